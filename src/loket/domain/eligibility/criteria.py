"""A named criterion over facts, shared by priority groups and vulnerability characteristics.

A family meets a criterion when it has at least one fact of ``any_of`` and none of ``none_of``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .facts import Fact, ordered, validate_facts


def check_config_keys(
    data: Mapping[str, Any], *, allowed: Iterable[str], required: Iterable[str], what: str
) -> None:
    """Raise ValueError naming unknown or missing keys of a config dict describing ``what``."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{what} must be a dict, not {type(data).__name__}")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise ValueError(f"unknown key(s) in {what}: {', '.join(map(repr, unknown))}")
    missing = [key for key in required if key not in data]
    if missing:
        raise ValueError(f"missing key(s) in {what}: {', '.join(map(repr, missing))}")


def check_int(value: object, what: str, *, minimum: int = 0) -> int:
    """Return ``value`` when it is an int (not a bool) at least ``minimum``; else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{what} must be a whole number of at least {minimum}, not {value!r}")
    return value


def check_bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{what} must be true or false, not {value!r}")
    return value


def check_list(value: object, what: str) -> list[Any]:
    """Return ``value`` as a list when it is a list or tuple (not a string); else ValueError."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValueError(f"{what} must be a list, not {value!r}")
    return list(value)


@dataclass(frozen=True, slots=True)
class Criterion:
    """A family meets the criterion ``name`` with one fact of ``any_of`` and none of ``none_of``."""

    name: str
    any_of: frozenset[Fact]
    none_of: frozenset[Fact] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ValueError(f"a criterion needs a name, not {self.name!r}")
        any_of = validate_facts(self.any_of)
        none_of = validate_facts(self.none_of)
        if not any_of:
            raise ValueError(f"criterion {self.name!r} needs at least one fact in any_of")
        overlap = any_of & none_of
        if overlap:
            raise ValueError(
                f"criterion {self.name!r} has {', '.join(ordered(overlap))} in any_of and none_of"
            )
        object.__setattr__(self, "name", str(self.name))  # a StrEnum member becomes its value
        object.__setattr__(self, "any_of", any_of)
        object.__setattr__(self, "none_of", none_of)

    def supporting(self, facts: frozenset[Fact]) -> tuple[Fact, ...]:
        """The facts of the family that speak for the criterion."""
        return ordered(self.any_of & facts)

    def blocking(self, facts: frozenset[Fact]) -> tuple[Fact, ...]:
        """The facts of the family that rule the criterion out."""
        return ordered(self.none_of & facts)

    def is_met(self, facts: frozenset[Fact]) -> bool:
        """Whether a family with ``facts`` (already validated) meets the criterion."""
        return bool(self.any_of & facts) and not self.none_of & facts

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "any_of": [str(fact) for fact in ordered(self.any_of)],
            "none_of": [str(fact) for fact in ordered(self.none_of)],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Criterion:
        check_config_keys(
            data,
            allowed=("name", "any_of", "none_of"),
            required=("name", "any_of"),
            what="criterion",
        )
        return cls(
            name=data["name"],
            any_of=validate_facts(check_list(data["any_of"], "any_of")),
            none_of=validate_facts(check_list(data.get("none_of", []), "none_of")),
        )
