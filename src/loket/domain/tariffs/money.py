"""Money in euro cents and price ranges (prijsvork) for estimates with unknown figures.

Every amount is a whole number of euro cents. A product with a rate or a percentage is rounded to
the cent, half up (0.005 goes up), right away: each step of an estimate starts from the rounded
amount the previous step shows, so a family can redo the sum with a calculator.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def round_cents(value: Decimal) -> int:
    """``value`` in cents rounded to a whole cent, half up: 1578.5 → 1579."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def euros_to_cents(value: Decimal | int | str, what: str = "amount") -> int:
    """Exact euros with at most two decimals → cents; ValueError for anything else."""
    try:
        amount = Decimal(value) if not isinstance(value, Decimal) else value
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"{what} is not a number: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"{what} is not a number: {value!r}")
    if amount != amount.quantize(CENT):
        raise ValueError(f"{what} has more than two decimals (cents): {value}")
    return int(amount * 100)


def cents_to_euros(cents: int) -> Decimal:
    """1586 → Decimal('15.86')."""
    return (Decimal(cents) / 100).quantize(CENT)


def multiply(cents: int, factor: Decimal) -> int:
    """``cents × factor``, rounded to the cent half up."""
    return round_cents(Decimal(cents) * factor)


@dataclass(frozen=True, slots=True)
class PriceRange:
    """An amount in cents, or the range it lies in when a figure is not known.

    ``low == high`` is an exact amount. ``None`` for a bound means that bound is not known.
    Every operation below is non-decreasing, so applying it to both bounds keeps the range true.
    """

    low: int | None
    high: int | None

    @classmethod
    def exact(cls, cents: int) -> PriceRange:
        return cls(cents, cents)

    @classmethod
    def unknown(cls) -> PriceRange:
        return cls(None, None)

    @property
    def is_exact(self) -> bool:
        return self.low is not None and self.low == self.high

    @property
    def cents(self) -> int | None:
        """The amount in cents when exact, else None."""
        return self.low if self.is_exact else None

    @property
    def euros(self) -> Decimal | None:
        """The amount in euros when exact, else None."""
        return None if self.cents is None else cents_to_euros(self.cents)

    def map(self, operation) -> PriceRange:
        """Apply a non-decreasing ``operation(cents) -> cents`` to each known bound."""
        return PriceRange(
            None if self.low is None else operation(self.low),
            None if self.high is None else operation(self.high),
        )

    def times(self, factor: Decimal) -> PriceRange:
        return self.map(lambda cents: multiply(cents, factor))

    def minus(self, cents: int) -> PriceRange:
        return self.map(lambda amount: amount - cents)

    def at_most(self, cents: int) -> PriceRange:
        """Capped at ``cents``: an unknown upper bound becomes ``cents``."""
        return PriceRange(
            None if self.low is None else min(self.low, cents),
            cents if self.high is None else min(self.high, cents),
        )

    def at_least(self, cents: int) -> PriceRange:
        """Floored at ``cents``: an unknown lower bound becomes ``cents``."""
        return PriceRange(
            cents if self.low is None else max(self.low, cents),
            None if self.high is None else max(self.high, cents),
        )

    def __add__(self, other: PriceRange) -> PriceRange:
        return PriceRange(
            None if self.low is None or other.low is None else self.low + other.low,
            None if self.high is None or other.high is None else self.high + other.high,
        )
