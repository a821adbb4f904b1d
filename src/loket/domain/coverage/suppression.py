"""Small-number suppression for published figures about children.

A cell with fewer than 5 children shows ``"< 5"``, so that a published table cannot point at one
family. **Zero is suppressed too**: "0 vulnerable children in care in this neighbourhood" is as
telling about the few families who live there as "1", and showing 0 while hiding 1-4 would make
every hidden cell read as "at least one". A figure computed from a suppressed count (a share, a
ratio, a median over fewer than 5 requests) is replaced by :data:`SUPPRESSED_MARK`.

Counts of places are about locations, not children: they are never suppressed.

:func:`suppress_column` adds complementary (secondary) suppression for a column published with
its total: when exactly one part is hidden, the smallest other part is hidden too, so that the
total minus the shown parts does not give the hidden one away.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from .figures import NeighbourhoodFigures, coverage, representation, social_coverage

SMALL_CELL_THRESHOLD = 5

#: Shown instead of a figure computed from a suppressed count; the page explains it in a note.
SUPPRESSED_MARK = "*"


def _check_threshold(threshold: int) -> None:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(f"threshold must be a whole number of at least 1, not {threshold!r}")


def is_suppressed(count: int, threshold: int = SMALL_CELL_THRESHOLD) -> bool:
    """Whether a count of children is too small to publish (0 included)."""
    _check_threshold(threshold)
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"a count must be a whole number of at least 0, not {count!r}")
    return count < threshold


def suppress(count: int, threshold: int = SMALL_CELL_THRESHOLD) -> int | str:
    """``count``, or ``"< 5"`` when it is below ``threshold`` (0 included)."""
    return f"< {threshold}" if is_suppressed(count, threshold) else count


def suppress_derived(
    value: Decimal | None,
    *counts: int,
    threshold: int = SMALL_CELL_THRESHOLD,
    mark: str = SUPPRESSED_MARK,
) -> Decimal | str | None:
    """``value``, or ``mark`` when any count of children it was computed from is suppressed.

    Pass every count the figure depends on: ``suppress_derived(share, numerator, denominator)``.
    """
    if any(is_suppressed(count, threshold) for count in counts):
        return mark
    return value


def suppressed_figures(
    n: NeighbourhoodFigures, *, threshold: int = SMALL_CELL_THRESHOLD
) -> dict[str, Any]:
    """A neighbourhood's counts and derived figures, ready to publish (every cell suppressed)."""
    rep = representation(n)
    representation_counts = (
        n.vulnerable_children,
        n.children_0_3,
        n.vulnerable_children_in_care,
        n.children_in_care,
    )
    return {
        "code": n.code,
        "name": n.name,
        "places": n.places,
        "income_related_places": n.income_related_places,
        "children_0_3": suppress(n.children_0_3, threshold),
        "vulnerable_children": suppress(n.vulnerable_children, threshold),
        "children_in_care": suppress(n.children_in_care, threshold),
        "vulnerable_children_in_care": suppress(n.vulnerable_children_in_care, threshold),
        "coverage": suppress_derived(
            coverage(n.places, n.children_0_3), n.children_0_3, threshold=threshold
        ),
        "social_coverage": suppress_derived(
            social_coverage(n.income_related_places, n.children_0_3),
            n.children_0_3,
            threshold=threshold,
        ),
        "share_among_children": suppress_derived(
            rep.share_among_children, n.vulnerable_children, n.children_0_3, threshold=threshold
        ),
        "share_among_children_in_care": suppress_derived(
            rep.share_among_children_in_care,
            n.vulnerable_children_in_care,
            n.children_in_care,
            threshold=threshold,
        ),
        "representation_index": suppress_derived(
            rep.index, *representation_counts, threshold=threshold
        ),
        "representation_gap": suppress_derived(
            rep.gap, *representation_counts, threshold=threshold
        ),
    }


def hidden_cells(
    counts: Sequence[int],
    total: int | None = None,
    *,
    threshold: int = SMALL_CELL_THRESHOLD,
) -> list[str | None]:
    """Which parts of a column to hide, and why: ``"primary"`` (fewer than ``threshold``),
    ``"secondary"`` (hidden so that ``total`` minus the shown parts does not reveal a primary
    cell) or None (shown).

    ``total`` is the published total of the parts (None when no total is published). When the
    total is shown and exactly one part is hidden, the smallest shown part is hidden as well
    (ties: the first). A total that is itself suppressed needs no protection.
    """
    reasons: list[str | None] = [
        "primary" if is_suppressed(count, threshold) else None for count in counts
    ]
    primary = reasons.count("primary")
    if total is not None and not is_suppressed(total, threshold) and primary == 1:
        shown = [i for i, reason in enumerate(reasons) if reason is None]
        if shown:
            smallest = min(shown, key=lambda i: (counts[i], i))
            reasons[smallest] = "secondary"
    return reasons


def suppress_column(
    counts: Sequence[int],
    total: int | None = None,
    *,
    threshold: int = SMALL_CELL_THRESHOLD,
    mark: str = SUPPRESSED_MARK,
) -> list[int | str]:
    """A column of counts ready to publish with its ``total``: ``"< 5"`` for small cells and
    ``mark`` for cells hidden to protect them (see :func:`hidden_cells`)."""
    reasons = hidden_cells(counts, total, threshold=threshold)
    return [
        suppress(count, threshold) if reason == "primary" else mark if reason else count
        for count, reason in zip(counts, reasons, strict=True)
    ]


def suppress_linked(
    values: Mapping[Hashable, int],
    equations: Sequence[tuple[Hashable, Sequence[Hashable]]],
    *,
    threshold: int = SMALL_CELL_THRESHOLD,
    mark: str = SUPPRESSED_MARK,
) -> dict[Hashable, int | str]:
    """Publish counts that are tied by sums (``total = part + part + ...``) without giving a
    small count away by subtraction.

    Cells under ``threshold`` are hidden (``"< 5"``). Then, as long as some equation has
    exactly one hidden member, so that it could be solved for that member, the smallest shown
    member of that equation is hidden too (``mark``). Members that are not in ``values`` are
    ignored. The result hides at least every small cell and leaves no equation with a single
    unknown.
    """
    hidden: dict[Hashable, str] = {
        key: "primary" for key, count in values.items() if is_suppressed(count, threshold)
    }
    changed = True
    while changed:
        changed = False
        for total, parts in equations:
            members = [k for k in (total, *parts) if k in values]
            unknown = [k for k in members if k in hidden]
            if len(unknown) == 1 and len(members) > 1:
                shown = [k for k in members if k not in hidden]
                smallest = min(shown, key=lambda k: (values[k], str(k)))
                hidden[smallest] = "secondary"
                changed = True
    return {
        key: (suppress(count, threshold) if hidden.get(key) == "primary" else mark)
        if key in hidden
        else count
        for key, count in values.items()
    }
