"""Why a child did not get a location it ranked higher (motivering per locatie).

For every child and every location it ranked above its outcome (all of them when it has no
place), the engine replays the location's choice rule on the children the location finally holds
plus this child, and reads off why the child was not kept. Reasons, in the order they are tried:

``not_open``
    The location has no places at all on a day the child needs (capacity 0). ``days``: those days.
``unresolved``
    The choice rule would keep the child: a blocking pair that the engine could not remove (only
    possible with part-time plans, where a stable result may not exist). ``days``: the child's
    days. The desk should look at these by hand.
``outranked``
    On ``days`` every place was taken by children with a higher priority. ``cutoff`` is the
    priority of the last child admitted there: its tier (0 is the first priority group) and its
    lottery number or registration time. With several such days, the day with the highest bar.
``reserve_taken``
    For a vulnerable child: as ``outranked``, and the places reserved for vulnerable children on
    ``days`` were taken by vulnerable children with a higher priority (``cutoff`` as above). For
    another child: the places still free on ``days`` are reserved for vulnerable children, who took
    them (``cutoff`` is null).
``full``
    On ``days`` the places were taken, partly by children with a lower priority whose weekly plan
    fitted in the open places when the child's plan did not (part-time plans only). ``cutoff`` is
    null.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .instance import format_timestamp
from .solver import Matching

REASONS = ("not_open", "unresolved", "outranked", "reserve_taken", "full")


def explanations(m: Matching) -> dict[str, list[dict[str, Any]]]:
    """Explanation entries per child id (children with nothing to explain are left out).

    Works on guard bits: for a packed state ``x`` and a week ``w``, the guard bits cleared in
    ``(x - w) & guards`` are the days the child needs on which ``x`` has no place left; for a
    packed count ``k``, ``(k + lows) & guards`` has the guard bit of every day with ``k > 0``.
    """
    cp = m.cp
    n = cp.n_children
    width = cp.width
    guards = cp.guards
    to_ones = width - 1
    lows = guards - (guards >> to_ones)  # guard - 1 in every field
    weekdays = cp.weekdays
    n_days = len(weekdays)
    children = cp.instance.children
    by_lottery = cp.instance.tie_break == "lottery"
    loc_ids = cp.location_ids
    states = m.states
    weeks = cp.weeks
    prefs, ranks_of, pos = cp.prefs, cp.ranks, m.pos
    closed = [guards & ~((t - guards + lows) & guards) for t in cp.total_init]
    has_reserve = [(r - guards + lows) & guards for r in cp.reserved_init]
    names: dict[int, tuple[str, ...]] = {}

    def day_names(mask: int) -> list[str]:
        got = names.get(mask)
        if got is None:
            got = tuple(weekdays[j] for j in range(n_days) if (mask >> (width * j + to_ones)) & 1)
            names[mask] = got
        return list(got)

    out: dict[str, list[dict[str, Any]]] = {}
    for c in range(n):
        end = pos[c]
        if end == 0:
            continue
        week = weeks[c]
        week_guards = week << to_ones
        vulnerable = cp.vulnerable[c]
        pl = prefs[c]
        pr = ranks_of[c]
        entries = []
        for p in range(end):
            li = pl[p]
            shut = closed[li] & week_guards
            if shut:
                entries.append(
                    {
                        "location": loc_ids[li],
                        "reason": "not_open",
                        "days": day_names(shut),
                        "cutoff": None,
                    }
                )
                continue
            st = states[li]
            i = bisect_left(st.ranks, pr[p])
            left = (st.total_before[i] - week) & guards
            reserved_left = (st.reserved_before[i] - week) & guards
            if (
                left == guards
                or (st.open_before[i] - week) & guards == guards
                or (vulnerable and reserved_left == guards)
            ):
                entries.append(
                    {
                        "location": loc_ids[li],
                        "reason": "unresolved",
                        "days": day_names(week_guards),
                        "cutoff": None,
                    }
                )
                continue
            held = len(st.kids)
            binding = guards & ~left
            below_open = st.open_before[i] - st.open_before[held]
            below_reserved = st.reserved_before[i] - st.reserved_before[held]
            lower_reserved = (below_reserved + lows) & guards
            lower = ((below_open + lows) & guards) | lower_reserved
            higher = binding & ~lower
            if higher:
                reason = "outranked"
                if vulnerable and higher & has_reserve[li] & ~reserved_left:
                    reason = "reserve_taken"
                # The last admitted child on each of these days, and of those the highest bar.
                todo = higher >> to_ones
                kids = st.kids
                bar = -1
                for q in range(i - 1, -1, -1):
                    hit = weeks[kids[q]] & todo
                    if hit:
                        todo ^= hit
                        if not todo:
                            bar = q
                            break
                cutoff = None
                if bar >= 0:
                    k = kids[bar]
                    tier = st.ranks[bar] // n
                    if by_lottery:
                        cutoff = {"tier": tier, "lottery": children[k].lottery}
                    else:
                        stamp = format_timestamp(children[k].registered_at)
                        cutoff = {"tier": tier, "registered_at": stamp}
                entries.append(
                    {
                        "location": loc_ids[li],
                        "reason": reason,
                        "days": day_names(higher),
                        "cutoff": cutoff,
                    }
                )
                continue
            reserved_days = binding & lower_reserved
            if reserved_days and not vulnerable:
                entry = {
                    "location": loc_ids[li],
                    "reason": "reserve_taken",
                    "days": day_names(reserved_days),
                    "cutoff": None,
                }
            else:
                entry = {
                    "location": loc_ids[li],
                    "reason": "full",
                    "days": day_names(binding),
                    "cutoff": None,
                }
            entries.append(entry)
        out[cp.child_ids[c]] = entries
    return out
