"""The location's choice rule (keuzeregel) of contract allocation-v1, made incremental and fast.

``choose(S)`` takes the children of ``S`` in priority order and runs three passes: open seats
(``capacity[d] - r[d]``), reserved seats for vulnerable children (``r[d]``), then the reversion pass
up to ``capacity[d]``. A child is kept in a pass when, on every day it needs, the pass still has a
free seat.

**Packed day counters.** The free seats of a pass on all weekdays are held in one Python integer,
one bit field per weekday, each field storing ``guard + free`` where ``guard`` is the field's top
bit. A child's week is the integer with a 1 in the field of every day it needs. Then "a seat is
free on every day the child needs" is ``(free - week) & guards == guards`` and taking the seats is
``free -= week``: one subtraction for the whole week, whatever the number of days.

**Prefix states.** For the set ``H`` a location holds (always the output of ``choose``, so
``choose(H) == H``), :func:`run_choice` records the state of each pass just before each child.
For a newcomer ``c`` at priority position ``i``:

* the open pass treats the children above ``c`` exactly as in ``choose(H)``, so ``c`` is kept in it
  iff ``open_before[i]`` has room for ``c``'s week; same for the reserved pass;
* if ``c`` is kept in neither, the open and reserved passes of everyone else are unchanged, and the
  reversion pass reaches ``c`` with ``total_before[i]`` free seats.

So ``c in choose(H | {c})`` is three subtractions after a binary search (:func:`is_kept`), and a
rejected proposal costs no rebuild at all. When ``c`` is kept, the location re-runs the rule on
``H | {c}`` (``len(H)`` is about the capacity) and the children not kept are rejected.
Removing a child that was not kept changes no state, so the arrays of the kept children are the
recorded ones with the rejected entries dropped.
"""

from __future__ import annotations

from bisect import bisect_left


class LocationState:
    """What a location holds during deferred acceptance: children in priority order + prefixes.

    ``free`` is the packed number of places still free per day with everything held, including
    ``pending`` children: those were accepted while the location still had room for them on all
    their days (then the choice rule keeps everybody, so nobody is rejected) and are merged into
    the sorted lists, and the prefix states rebuilt, only when the location is next contested
    (:func:`flush`).
    """

    __slots__ = (
        "ranks",
        "kids",
        "passes",
        "open_before",
        "reserved_before",
        "total_before",
        "free",
        "pending",
    )

    def __init__(self, open_init: int, reserved_init: int, total_init: int) -> None:
        self.ranks: list[int] = []
        self.kids: list[int] = []
        #: The pass that keeps each held child: 1 open, 2 reserved, 3 reversion.
        self.passes: list[int] = []
        self.open_before: list[int] = [open_init]
        self.reserved_before: list[int] = [reserved_init]
        self.total_before: list[int] = [total_init]
        self.free = total_init
        self.pending: list[tuple[int, int]] = []


def flush(
    state: LocationState,
    weeks: list[int],
    vulnerable: list[bool],
    open_init: int,
    reserved_init: int,
    total_init: int,
    guards: int,
) -> None:
    """Merge the pending children into the sorted lists and rebuild the prefix states."""
    if not state.pending:
        return
    ranks, kids = state.ranks, state.kids
    start = len(ranks)
    for rank, kid in state.pending:
        i = bisect_left(ranks, rank)
        ranks.insert(i, rank)
        kids.insert(i, kid)
        if i < start:
            start = i
    state.pending = []
    rejected = run_choice(
        state, weeks, vulnerable, open_init, reserved_init, total_init, guards, start
    )
    assert not rejected, "pending children fit on all their days"


def is_kept(state: LocationState, rank: int, week: int, vulnerable: bool, guards: int) -> bool:
    """Whether the location's choice rule keeps a newcomer (``c in choose(H | {c})``).

    The state must be flushed (no pending children).
    """
    i = bisect_left(state.ranks, rank)
    return (
        (state.total_before[i] - week) & guards == guards
        or (state.open_before[i] - week) & guards == guards
        or (vulnerable and (state.reserved_before[i] - week) & guards == guards)
    )


def run_choice(
    state: LocationState,
    weeks: list[int],
    vulnerable: list[bool],
    open_init: int,
    reserved_init: int,
    total_init: int,
    guards: int,
    start: int = 0,
) -> list[int]:
    """Apply the choice rule to ``state.kids`` (sorted by rank); keep the chosen, return the rest.

    ``start``: the lists changed only from that position on (a child inserted or removed there),
    so the open and reserved passes above it are as recorded and are not run again.
    """
    kids = state.kids
    n = len(kids)
    if start > n:
        start = n
    passes = state.passes[:start]  # 1 open, 2 reserved, 3 reversion, 0 not kept
    passes.extend([0] * (n - start))
    old_open = state.open_before
    open_before = old_open[:start]
    open_before.extend([0] * (n + 1 - start))
    free = old_open[start]
    for i in range(start, n):
        open_before[i] = free
        y = free - weeks[kids[i]]
        if y & guards == guards:
            free = y
            passes[i] = 1
    open_before[n] = open_end = free

    if reserved_init == guards:  # no reserved place on any day
        reserved_before = [reserved_init] * (n + 1)
        reserved_end = reserved_init
    else:
        old_res = state.reserved_before
        reserved_before = old_res[:start]
        reserved_before.extend([0] * (n + 1 - start))
        free = old_res[start]
        for i in range(start, n):
            reserved_before[i] = free
            if not passes[i]:
                k = kids[i]
                if vulnerable[k]:
                    y = free - weeks[k]
                    if y & guards == guards:
                        free = y
                        passes[i] = 2
        reserved_before[n] = reserved_end = free

    free = total_init - (open_init - open_end) - (reserved_init - reserved_end)
    old_total = state.total_before
    if free == old_total[0]:
        total_before = old_total[:start]
        total_before.extend([0] * (n + 1 - start))
        free = old_total[start]
        begin = start
    else:
        total_before = [0] * (n + 1)
        begin = 0
    rejected: list[int] = []
    for i in range(begin, n):
        total_before[i] = free
        if passes[i] == 0 or passes[i] == 3:
            y = free - weeks[kids[i]]
            if y & guards == guards:
                free = y
                passes[i] = 3
            else:
                passes[i] = 0
                rejected.append(i)
    total_before[n] = free

    if rejected:
        # A child not kept changes no state: drop its entries (states before it = after it).
        out = [kids[i] for i in rejected]
        ranks = state.ranks
        for i in reversed(rejected):
            del kids[i]
            del ranks[i]
            del passes[i]
            del open_before[i]
            del reserved_before[i]
            del total_before[i]
    else:
        out = []
    state.passes = passes
    state.open_before = open_before
    state.reserved_before = reserved_before
    state.total_before = total_before
    state.free = free
    return out
