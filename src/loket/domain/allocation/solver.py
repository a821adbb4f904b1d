"""Child-proposing deferred acceptance (uitgesteld aanvaarden) with the contract's choice rule.

1. **Deferred acceptance.** Children propose down their lists; a location holds
   ``choose(held | {c})`` and rejects the rest, who propose to their next location. Children are
   taken from a FIFO queue in id order, so the run does not depend on the order of any input list.
   When every child needs the same days the choice rule is substitutable and size-monotone: the
   result is the stable matching that is best for every child, and truthful ranking is a dominant
   strategy for families.
2. **Repair (only for part-time plans).** With different weekly plans a stable result may not
   exist and deferred acceptance can leave blocking pairs: a location whose held set lost a child
   may now have room on a day a rejected child needed, or a held child may have been rejected by a
   later combination of days. The repair pass lets every child that has a blocking pair move to the
   best location on its list that would keep it (re-checked just before the move, so feasibility
   is kept), the children this displaces continue deferred acceptance from where they were, and the
   blocking pairs are counted again. Rounds continue while the count strictly falls below the best
   seen (with a small patience for plateaus, and a hard bound); the best result is returned, so the
   engine never has more blocking pairs than plain deferred acceptance on the same instance.
   See ``docs/allocation.md`` for the limits.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .choice import LocationState, flush, is_kept, run_choice
from .instance import Instance, reserved_seats

#: Hard bound on repair rounds, and rounds allowed without a new best before stopping.
MAX_REPAIR_ROUNDS = 60
REPAIR_PATIENCE = 3


@dataclass(slots=True)
class CompiledInstance:
    """The instance as integer arrays: children and locations by index (sorted ids)."""

    instance: Instance
    child_ids: list[str]
    location_ids: list[str]
    #: Canonical weekdays; day ``j`` is bit field ``j`` of a packed week.
    weekdays: tuple[str, ...]
    width: int
    guards: int
    weeks: list[int]
    vulnerable: list[bool]
    prefs: list[list[int]]
    #: ``ranks[c][p]`` is child ``c``'s priority at ``prefs[c][p]``: ``tier * n + order`` (lower is
    #: better), where ``order`` is the child's place in the tie-break (lottery or registration, id).
    ranks: list[list[int]]
    capacity: list[list[int]]
    reserved: list[list[int]]
    open_init: list[int]
    reserved_init: list[int]
    total_init: list[int]
    #: Children indices in tie-break order.
    tie_order: list[int]
    uniform_days: bool

    @property
    def n_children(self) -> int:
        return len(self.child_ids)

    def field(self, packed: int, day: int) -> int:
        return (packed >> (self.width * day)) & ((1 << self.width) - 1)


def compile_instance(instance: Instance) -> CompiledInstance:
    """Index the instance: integer ids, packed weeks, per-location priority ranks."""
    weekdays = instance.weekdays
    day_index = {d: j for j, d in enumerate(weekdays)}
    locations = instance.locations
    children = instance.children
    n = len(children)
    loc_index = {loc.id: i for i, loc in enumerate(locations)}

    max_cap = max((max(loc.capacity.values(), default=0) for loc in locations), default=0)
    width = max(max_cap, 1).bit_length() + 1
    guard = 1 << (width - 1)
    guards = sum(guard << (width * j) for j in range(len(weekdays)))

    capacity, reserved, open_init, reserved_init, total_init = [], [], [], [], []
    for loc in locations:
        caps = [loc.capacity[d] for d in weekdays]
        res = [reserved_seats(loc.reserve_share, c) for c in caps]
        capacity.append(caps)
        reserved.append(res)
        open_init.append(
            sum(
                (guard + c - r) << (width * j)
                for j, (c, r) in enumerate(zip(caps, res, strict=True))
            )
        )
        reserved_init.append(sum((guard + r) << (width * j) for j, r in enumerate(res)))
        total_init.append(sum((guard + c) << (width * j) for j, c in enumerate(caps)))

    # Tie-break order: children are sorted by id already and the sort is stable.
    if instance.tie_break == "lottery":
        tie_order = sorted(range(n), key=lambda c: children[c].lottery)
    else:
        tie_order = sorted(range(n), key=lambda c: children[c].registered_at)
    place = [0] * n
    for g, c in enumerate(tie_order):
        place[c] = g

    # Tiers: locations sharing a tier list share a table; children sharing groups share a key.
    config_of: dict[tuple[tuple[str, ...], ...], int] = {}
    loc_config: list[int] = []
    for loc in locations:
        loc_config.append(config_of.setdefault(loc.priority_tiers, len(config_of)))
    configs = list(config_of)
    group_maps: list[dict[str, int]] = []
    for tiers in configs:
        gm: dict[str, int] = {}
        for t, tier in enumerate(tiers):
            for g in tier:
                gm.setdefault(g, t)
        group_maps.append(gm)
    no_tier = [len(tiers) for tiers in configs]
    sibling_tier = [gm.get("sibling", nt) for gm, nt in zip(group_maps, no_tier, strict=True)]
    tier_cache: list[dict[tuple[str, ...], int]] = [{} for _ in configs]

    weeks: list[int] = []
    vulnerable: list[bool] = []
    prefs: list[list[int]] = []
    ranks: list[list[int]] = []
    first_week = None
    uniform = True
    for c, child in enumerate(children):
        week = sum(1 << (width * day_index[d]) for d in child.days)
        if first_week is None:
            first_week = week
        elif week != first_week:
            uniform = False
        weeks.append(week)
        vulnerable.append(child.vulnerable)
        pl = [loc_index[p] for p in child.preferences]
        prefs.append(pl)
        groups = child.groups
        g = place[c]
        siblings = child.siblings_at if "sibling" in groups else ()
        row = []
        for lid, li in zip(child.preferences, pl, strict=True):
            k = loc_config[li]
            cache = tier_cache[k]
            t = cache.get(groups)
            if t is None:
                gm = group_maps[k]
                t = min(
                    (gm.get(x, no_tier[k]) for x in groups if x != "sibling"), default=no_tier[k]
                )
                cache[groups] = t
            if siblings and lid in siblings:
                t = min(t, sibling_tier[k])
            row.append(t * n + g)
        ranks.append(row)

    return CompiledInstance(
        instance=instance,
        child_ids=[c.id for c in children],
        location_ids=[loc.id for loc in locations],
        weekdays=weekdays,
        width=width,
        guards=guards,
        weeks=weeks,
        vulnerable=vulnerable,
        prefs=prefs,
        ranks=ranks,
        capacity=capacity,
        reserved=reserved,
        open_init=open_init,
        reserved_init=reserved_init,
        total_init=total_init,
        tie_order=tie_order,
        uniform_days=uniform,
    )


@dataclass(slots=True)
class Matching:
    """Mutable engine state: per-location held sets and each child's position in its list."""

    cp: CompiledInstance
    states: list[LocationState]
    #: Index in ``prefs[c]`` of the child's location, or ``len(prefs[c])`` when unassigned.
    pos: list[int]

    @classmethod
    def empty(cls, cp: CompiledInstance) -> Matching:
        states = [
            LocationState(o, r, t)
            for o, r, t in zip(cp.open_init, cp.reserved_init, cp.total_init, strict=True)
        ]
        return cls(cp, states, [0] * cp.n_children)

    def location_of(self, c: int) -> int:
        p = self.pos[c]
        pl = self.cp.prefs[c]
        return pl[p] if p < len(pl) else -1

    def flush(self, li: int) -> LocationState:
        """The location's state with pending children merged (prefix states up to date)."""
        cp = self.cp
        st = self.states[li]
        if st.pending:
            flush(
                st,
                cp.weeks,
                cp.vulnerable,
                cp.open_init[li],
                cp.reserved_init[li],
                cp.total_init[li],
                cp.guards,
            )
        return st

    def flush_all(self) -> None:
        for li in range(len(self.states)):
            self.flush(li)

    def rebuild(self, li: int, start: int = 0) -> list[int]:
        cp = self.cp
        return run_choice(
            self.states[li],
            cp.weeks,
            cp.vulnerable,
            cp.open_init[li],
            cp.reserved_init[li],
            cp.total_init[li],
            cp.guards,
            start,
        )

    def kept(self, c: int, p: int) -> bool:
        """Whether ``prefs[c][p]``'s choice rule keeps ``c`` together with what it holds now."""
        cp = self.cp
        li = cp.prefs[c][p]
        st = self.states[li]
        if (st.free - cp.weeks[c]) & cp.guards == cp.guards:
            return True
        if st.pending:
            self.flush(li)
        return is_kept(st, cp.ranks[c][p], cp.weeks[c], cp.vulnerable[c], cp.guards)

    def load(self, pos: list[int]) -> None:
        """Reset the held sets to the assignment ``pos`` (a feasible one: nobody is rejected)."""
        cp = self.cp
        self.pos = pos[:]
        self.states = [
            LocationState(o, r, t)
            for o, r, t in zip(cp.open_init, cp.reserved_init, cp.total_init, strict=True)
        ]
        members: list[list[tuple[int, int]]] = [[] for _ in self.states]
        for c, p in enumerate(pos):
            if p < len(cp.prefs[c]):
                members[cp.prefs[c][p]].append((cp.ranks[c][p], c))
        for li, m in enumerate(members):
            if m:
                m.sort()
                st = self.states[li]
                st.ranks = [r for r, _ in m]
                st.kids = [c for _, c in m]
                rejected = self.rebuild(li)
                assert not rejected, "a stored assignment must be feasible"


def deferred_acceptance(
    m: Matching,
    queue: deque[int],
    touched_locations: set[int] | None = None,
    touched_children: set[int] | None = None,
) -> int:
    """Run child-proposing deferred acceptance from ``queue``; return the number of proposals.

    Each child in the queue proposes from ``m.pos[c]`` downwards. ``touched_*`` collect the
    locations whose held set changed and the children whose position changed.
    """
    cp = m.cp
    prefs, ranks, weeks, vul, guards = cp.prefs, cp.ranks, cp.weeks, cp.vulnerable, cp.guards
    states, pos = m.states, m.pos
    open_init, res_init, tot_init = cp.open_init, cp.reserved_init, cp.total_init
    proposals = 0
    while queue:
        c = queue.popleft()
        pl = prefs[c]
        pr = ranks[c]
        week = weeks[c]
        isv = vul[c]
        p = pos[c]
        end = len(pl)
        while p < end:
            li = pl[p]
            st = states[li]
            proposals += 1
            free = st.free - week
            if free & guards == guards:
                # Room on every day the child needs: the choice rule keeps everybody.
                st.free = free
                st.pending.append((pr[p], c))
                if touched_locations is not None:
                    touched_locations.add(li)
                break
            if st.pending:
                flush(st, weeks, vul, open_init[li], res_init[li], tot_init[li], guards)
            x = pr[p]
            rk = st.ranks
            i = bisect_left(rk, x)
            if (
                (st.total_before[i] - week) & guards == guards
                or (st.open_before[i] - week) & guards == guards
                or (isv and (st.reserved_before[i] - week) & guards == guards)
            ):
                rk.insert(i, x)
                st.kids.insert(i, c)
                rejected = run_choice(
                    st, weeks, vul, open_init[li], res_init[li], tot_init[li], guards, i
                )
                if touched_locations is not None:
                    touched_locations.add(li)
                for k in rejected:
                    pos[k] += 1
                    queue.append(k)
                    if touched_children is not None:
                        touched_children.add(k)
                break
            p += 1
        if touched_children is not None and p != pos[c]:
            touched_children.add(c)
        pos[c] = p
    return proposals


def _blocking_mask(m: Matching, c: int) -> int:
    """Bit ``p`` set when ``(c, prefs[c][p])`` is a blocking pair (``p`` above c's outcome)."""
    mask = 0
    for p in range(m.pos[c]):
        if m.kept(c, p):
            mask |= 1 << p
    return mask


def blocking_masks(m: Matching) -> list[int]:
    """:func:`_blocking_mask` for every child, flushing first (the fast path of the count)."""
    m.flush_all()
    cp = m.cp
    states, guards = m.states, cp.guards
    masks = []
    for c, pl in enumerate(cp.prefs):
        mask = 0
        end = m.pos[c]
        if end:
            week = cp.weeks[c]
            isv = cp.vulnerable[c]
            pr = cp.ranks[c]
            for p in range(end):
                st = states[pl[p]]
                if (st.free - week) & guards == guards:
                    mask |= 1 << p
                    continue
                i = bisect_left(st.ranks, pr[p])
                if (
                    (st.total_before[i] - week) & guards == guards
                    or (st.open_before[i] - week) & guards == guards
                    or (isv and (st.reserved_before[i] - week) & guards == guards)
                ):
                    mask |= 1 << p
        masks.append(mask)
    return masks


@dataclass(slots=True)
class RepairStats:
    blocking_pairs_da: int = 0
    blocking_pairs: int = 0
    rounds: int = 0
    moves: int = 0
    history: list[int] = field(default_factory=list)


def repair(
    m: Matching, max_rounds: int = MAX_REPAIR_ROUNDS, patience: int = REPAIR_PATIENCE
) -> RepairStats:
    """Let children with a blocking pair move up, as long as blocking pairs strictly decrease."""
    cp = m.cp
    n = cp.n_children
    prefs = cp.prefs
    applicants: list[list[tuple[int, int]]] = [[] for _ in m.states]
    for c in range(n):
        for p, li in enumerate(prefs[c]):
            applicants[li].append((c, p))

    masks = blocking_masks(m)
    count = sum(mk.bit_count() for mk in masks)
    stats = RepairStats(blocking_pairs_da=count, blocking_pairs=count, history=[count])
    best = count
    best_pos = m.pos[:]
    stall = 0
    while count and stats.rounds < max_rounds and stall < patience:
        stats.rounds += 1
        touched_locations: set[int] = set()
        touched_children: set[int] = set()
        for c in [c for c, mask in enumerate(masks) if mask]:
            target = -1
            for p in range(m.pos[c]):
                if m.kept(c, p):
                    target = p
                    break
            if target < 0:
                continue
            stats.moves += 1
            old = m.location_of(c)
            if old >= 0:
                st = m.flush(old)
                i = bisect_left(st.ranks, cp.ranks[c][m.pos[c]])
                del st.ranks[i]
                del st.kids[i]
                m.rebuild(old, i)
                touched_locations.add(old)
            li = prefs[c][target]
            st = m.flush(li)
            x = cp.ranks[c][target]
            i = bisect_left(st.ranks, x)
            st.ranks.insert(i, x)
            st.kids.insert(i, c)
            m.pos[c] = target
            touched_children.add(c)
            touched_locations.add(li)
            queue: deque[int] = deque()
            for k in m.rebuild(li, i):
                m.pos[k] += 1
                queue.append(k)
                touched_children.add(k)
            deferred_acceptance(m, queue, touched_locations, touched_children)

        for c in touched_children:
            new = _blocking_mask(m, c)
            count += new.bit_count() - masks[c].bit_count()
            masks[c] = new
        for li in sorted(touched_locations):
            for c, p in applicants[li]:
                if c in touched_children or p >= m.pos[c]:
                    continue
                bit = 1 << p
                now = bit if m.kept(c, p) else 0
                if (masks[c] & bit) != now:
                    count += 1 if now else -1
                    masks[c] ^= bit
        stats.history.append(count)
        if count < best:
            best = count
            best_pos = m.pos[:]
            stall = 0
        else:
            stall += 1
    if best < count:
        m.load(best_pos)
    stats.blocking_pairs = best
    return stats


@dataclass(frozen=True, slots=True)
class SolveStats:
    """How the result was reached (not part of the contract's JSON)."""

    method: str
    uniform_days: bool
    proposals: int
    #: Blocking pairs after plain deferred acceptance and at the end; ``None`` when not counted
    #: (same days for everybody: zero by theorem, and ``verify`` checks it).
    blocking_pairs_da: int | None
    blocking_pairs: int | None
    repair_rounds: int = 0
    repair_moves: int = 0


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of a round: contract allocation-v1 result plus solver statistics."""

    assignments: dict[str, str | None]
    explanations: dict[str, list[dict[str, Any]]]
    stats: SolveStats | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": 1,
            "assignments": self.assignments,
            "explanations": self.explanations,
        }


def run_engine(
    instance: Instance | CompiledInstance, *, repair_pass: bool = True
) -> tuple[Matching, SolveStats]:
    """Deferred acceptance (+ repair for part-time plans); the engine state and statistics."""
    cp = instance if isinstance(instance, CompiledInstance) else compile_instance(instance)
    m = Matching.empty(cp)
    proposals = deferred_acceptance(m, deque(range(cp.n_children)))
    if cp.uniform_days:
        return m, SolveStats("deferred acceptance", True, proposals, None, None)
    if not repair_pass:
        masks = blocking_masks(m)
        bp = sum(mk.bit_count() for mk in masks)
        return m, SolveStats("deferred acceptance", False, proposals, bp, bp)
    rs = repair(m)
    return m, SolveStats(
        "deferred acceptance + repair",
        False,
        proposals,
        rs.blocking_pairs_da,
        rs.blocking_pairs,
        rs.rounds,
        rs.moves,
    )


def solve(instance: Instance, *, repair: bool = True, explain: bool = True) -> Result:
    """Allocate the places of one round (contract allocation-v1).

    ``repair=False`` gives plain deferred acceptance (for comparisons); ``explain=False`` leaves
    the explanations out (faster, for benchmarks of the assignment alone).
    """
    from .explain import explanations  # local import: explain depends on this module

    # The engine allocates many small lists and no reference cycles: the cyclic garbage
    # collector would only rescan them (about a third of the run time on large rounds).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        m, stats = run_engine(instance, repair_pass=repair)
        m.flush_all()
        cp = m.cp
        loc_ids = cp.location_ids
        assignments: dict[str, str | None] = {}
        for c, cid in enumerate(cp.child_ids):
            li = m.location_of(c)
            assignments[cid] = loc_ids[li] if li >= 0 else None
        expl = explanations(m) if explain else {}
    finally:
        if gc_was_enabled:
            gc.enable()
    return Result(assignments, expl, stats)
