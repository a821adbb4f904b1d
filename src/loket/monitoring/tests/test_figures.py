"""Every figure of the analysis against the hand-computed municipality of ``town.py``."""

from decimal import Decimal as D

import pytest
from django.utils import translation
from freezegun import freeze_time

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.domain.coverage import ExpansionWeights
from loket.monitoring import selectors
from loket.monitoring.tables import Analysis
from loket.placements.selectors import vulnerable_share_per_location

from .town import FROZEN, build_town

L5, STAR, NONE = "< 5", "*", "—"


@pytest.fixture(autouse=True)
def english_labels():
    """The row labels are translated; these tests read the English source labels."""
    with translation.override("en"):
        yield


@pytest.fixture
def town(db):
    with freeze_time(FROZEN):
        yield build_town()


@pytest.fixture
def analysis(town):
    return Analysis(selectors.scope_for(town.municipality, 2026))


def rows_by_name(table):
    return {row[0]: row[1:] for row in table.rows}


# Raw counts ------------------------------------------------------------------------------------


def test_population_year_is_the_newest_up_to_the_reference_year(town):
    m = town.municipality
    assert selectors.scope_for(m, 2026).population_year == 2026
    assert selectors.scope_for(m, 2027).population_year == 2026
    assert selectors.scope_for(m, 2025).population_year == 2025
    assert selectors.scope_for(m, 2023).population_year == 2025  # none earlier: the oldest


def test_neighbourhood_counts(analysis):
    counts = {n.code: n for n in analysis.neighbourhoods}
    assert list(counts) == ["A", "B", "C", "?"]
    a, b, c, unknown = (counts[k] for k in ("A", "B", "C", "?"))
    assert (a.children_0_3, a.places, a.income_related_places) == (120, 60, 40)
    assert (b.children_0_3, b.places, b.income_related_places) == (80, 20, 10)  # closed: no
    assert (c.children_0_3, c.places, c.income_related_places) == (3, 0, 0)
    assert (unknown.has_population, unknown.places, unknown.income_related_places) == (
        False,
        8,
        8,
    )
    # Known to the desk (asked in 2026 or in care in 2026), by the family's neighbourhood.
    assert (a.known, a.known_vulnerable, a.known_child_poverty) == (20, 8, 2)
    assert (b.known, b.known_vulnerable, b.known_child_poverty) == (11, 5, 0)
    assert (c.known, c.known_vulnerable, unknown.known, unknown.known_vulnerable) == (1, 1, 1, 0)
    # In care in 2026: planned, confirmed and ended places that overlap the year.
    assert (a.in_care, a.in_care_vulnerable, b.in_care, b.in_care_vulnerable) == (8, 2, 6, 3)
    # Asked in 2026, and of them placed from that request.
    assert (a.asked, a.asked_vulnerable, a.placed, a.placed_vulnerable) == (20, 8, 8, 2)
    assert (b.asked, b.asked_vulnerable, b.placed, b.placed_vulnerable) == (10, 5, 5, 3)


def test_group_counts(analysis):
    groups = {g.key: (g.asked, g.offered, g.placed, g.unanswered) for g in analysis.children.groups}
    assert groups == {
        "all": (32, 14, 13, 17),
        "vulnerable": (14, 6, 5, 8),
        "not_vulnerable": (18, 8, 8, 9),
        "single_parent": (6, 3, 2, 3),
        "job_seeker": (10, 5, 5, 5),
        "newcomer": (1, 0, 0, 1),
    }


def test_waiting_days_per_group(analysis):
    w = analysis.waiting
    assert w["all"] == [5, 10, 20, 25, 27, 31, 35, 40, 45, 60, 70, 90, 100, 120]
    assert w["vulnerable"] == [5, 31, 35, 45, 70, 90]
    assert w["not_vulnerable"] == [10, 20, 25, 27, 40, 60, 100, 120]
    assert w["single_parent"] == [35, 70, 90]
    assert w["job_seeker"] == [5, 31, 45, 100, 120]
    assert w["urgent"] == [5, 10, 20, 25, 27, 31, 40, 45]
    assert "newcomer" not in w


def test_urgent_and_monthly_counts(analysis):
    assert analysis.demand.urgent["all"] == [10, 6, 2]
    assert analysis.demand.urgent["vulnerable"] == [5, 2, 2]
    assert analysis.demand.urgent["not_vulnerable"] == [5, 4, 0]
    months = [(m.month, n, u) for m, n, u in analysis.demand.months]
    assert months[:6] == [(1, 1, 0), (2, 6, 5), (3, 5, 0), (4, 8, 0), (5, 10, 5), (6, 2, 0)]
    assert all(n == 0 for _m, n, _u in months[6:])


def test_location_shares_use_the_definition_of_the_desks_page(town, analysis):
    shares = {s.name: (s.children, s.vulnerable) for s in analysis.location_shares}
    assert shares == {"Het Nestje": (7, 1), "De Rupsjes": (3, 0), "Zonnekind": (0, 0)}
    desk = UserFactory(role=Role.DESK)
    desk.municipalities.add(town.municipality)
    theirs = vulnerable_share_per_location(viewer=desk, year=2026)
    assert {s.location.name: (s.children, s.vulnerable) for s in theirs} == shares


# Published tables ------------------------------------------------------------------------------


def test_coverage_table(analysis):
    rows = rows_by_name(analysis.coverage)
    assert rows["Noord"] == [120, 60, 40, D("50.00"), D("33.33"), 0]
    assert rows["Zuid"] == [80, 20, 10, D("25.00"), D("12.50"), 7]
    assert rows["Heide"] == [L5, 0, 0, STAR, STAR, STAR]
    assert rows["Neighbourhood unknown"] == [NONE, 8, 8, NONE, NONE, NONE]
    assert analysis.coverage.total[1:] == [203, 88, 58, D("43.35"), D("28.57"), 0]


def test_representation_of_children_in_care(analysis):
    rows = rows_by_name(analysis.representation_care)
    # known, vulnerable, share, in care, vulnerable, share, index, gap
    assert rows["Noord"] == [20, 8, D("40.00"), 8, L5, STAR, STAR, STAR]
    assert rows["Zuid"] == [11, 5, D("45.45"), 6, L5, STAR, STAR, STAR]
    assert rows["Heide"] == [L5, L5, STAR, L5, L5, STAR, STAR, STAR]
    assert analysis.representation_care.total[1:] == [
        33, 14, D("42.42"), 14, 5, D("35.71"), D("0.84"), D("6.71"),
    ]  # fmt: skip


def test_representation_on_requests(analysis):
    rows = rows_by_name(analysis.representation_requests)
    assert rows["Noord"] == [20, 8, D("40.00"), 8, L5, STAR, STAR, STAR]
    assert rows["Zuid"] == [10, 5, D("50.00"), 5, L5, STAR, STAR, STAR]
    assert analysis.representation_requests.total[1:] == [
        32, 14, D("43.75"), 13, 5, D("38.46"), D("0.88"), D("5.29"),
    ]  # fmt: skip


def test_child_poverty_table(analysis):
    rows = rows_by_name(analysis.child_poverty)
    # children, known, in child poverty, share, vulnerable, share, vulnerable per 100 children
    assert rows["Noord"] == [120, 20, L5, STAR, 8, D("40.00"), D("6.67")]
    assert rows["Zuid"] == [80, 11, L5, STAR, 5, D("45.45"), D("6.25")]
    assert rows["Heide"] == [L5, L5, L5, STAR, L5, STAR, STAR]
    assert analysis.child_poverty.total[1:] == [203, 33, L5, STAR, 14, D("42.42"), D("6.90")]


def test_evolution_by_year(analysis):
    rows = rows_by_name(analysis.evolution_table)
    assert rows["2023"] == [L5, L5, STAR, L5, STAR]
    assert rows["2024"] == [L5, L5, STAR, L5, STAR]  # 1 request
    assert rows["2025"] == [L5, L5, STAR, L5, STAR]  # 2 requests (31 Dec 23:30 is 2025)
    assert rows["2026"] == [32, 14, D("43.75"), L5, STAR]


def test_demand_and_places_by_group(analysis):
    rows = rows_by_name(analysis.groups)
    # asked, offered, placed, gap, unanswered, share placed
    assert rows["All families"] == [32, 14, 13, 19, 17, D("40.63")]
    assert rows["Vulnerable families"] == [14, 6, 5, 9, 8, D("35.71")]
    assert rows["Other families"] == [18, 8, 8, 10, 9, D("44.44")]
    assert rows["Single parents"] == [6, L5, L5, L5, L5, STAR]
    assert rows["Job seekers"] == [10, 5, 5, 5, 5, D("50.00")]
    assert rows["Newcomers"] == [L5, L5, L5, L5, L5, STAR]


def test_a_hidden_place_count_hides_its_gap_too(analysis):
    """Asked = placed + without a place: 30 asked, 3 placed, 27 without would reveal the 3."""
    from loket.monitoring.selectors import GroupCounts

    analysis.children.groups[4] = GroupCounts("job_seeker", "Job seekers", 30, 9, 3, 20)
    analysis.__dict__.pop("groups", None)
    rows = rows_by_name(analysis.groups)
    assert rows["Job seekers"] == [30, 9, L5, STAR, 20, STAR]


def test_urgent_requests_answered_within_a_month(analysis):
    rows = rows_by_name(analysis.urgent)
    assert rows["All families"] == [10, 6, D("60.00")]
    assert rows["Vulnerable families"] == [5, L5, STAR]
    assert rows["Other families"] == [5, L5, STAR]


def test_requests_by_month(analysis):
    table = analysis.months
    cells = [row[1:] for row in table.rows]
    assert cells[:6] == [[L5, L5], [6, 5], [5, L5], [8, L5], [10, 5], [L5, L5]]
    assert cells[6:11] == [[L5, L5]] * 5  # July to November: 0, hidden
    assert cells[11] == [NONE, NONE]  # December has not begun
    assert table.total[1:] == [32, 10]


def test_motives(analysis):
    rows = rows_by_name(analysis.motives)
    assert [r[:4] for r in rows.values()] == [
        [5, 17, 22, D("68.75")],  # activation
        [STAR, L5, 6, D("18.75")],  # family strength: 6 = 6 + 0, so the 6 is hidden
        [L5, L5, L5, STAR],  # support or crisis
        [L5, L5, L5, STAR],  # child development
        [L5, L5, L5, STAR],  # integration
    ]
    assert analysis.motives.total[1:] == [14, 18, 32, D("100")]


def test_waiting_times(analysis):
    rows = rows_by_name(analysis.waiting_table)
    # with an offer, median, 90th percentile (nearest rank), still waiting without an offer
    assert rows["All families"] == [14, 35, 100, 17]
    assert rows["Vulnerable families"] == [6, 35, 90, 8]
    assert rows["Other families"] == [8, 27, 120, 9]
    assert rows["Single parents"] == [L5, STAR, STAR, L5]
    assert rows["Job seekers"] == [5, 45, 120, 5]
    assert rows["Newcomers"] == [L5, STAR, STAR, L5]
    assert rows["Urgent requests"] == [8, 25, 45, L5]


def test_twenty_percent_per_location(analysis):
    rows = rows_by_name(analysis.locations)
    assert rows["Het Nestje"] == ["Noord", 40, 7, L5, STAR, STAR]
    assert rows["De Rupsjes"] == ["Zuid", 10, L5, L5, STAR, STAR]
    assert rows["Zonnekind"] == [NONE, 8, L5, L5, STAR, STAR]
    assert "Kleine Stapjes" not in rows  # free price


def test_ranking_by_need(analysis):
    rows = rows_by_name(analysis.ranking())
    # rank -> neighbourhood, coverage, social, vulnerable per 100, 3 x points, score
    assert rows["1"] == ["Zuid", D("25.00"), D("12.50"), D("6.25"), D("8.00"), D("16.07"),
                         D("6.25"), D("30.32")]  # fmt: skip
    assert rows["2"] == ["Noord", D("50.00"), D("33.33"), D("6.67"), D("0.00"), D("0.00"),
                         D("6.67"), D("6.67")]  # fmt: skip
    assert rows[NONE] == ["Heide", STAR, STAR, STAR, STAR, STAR, STAR, STAR]
    free = rows_by_name(analysis.ranking(income_related=False))
    assert free["1"][0] == "Zuid" and free["1"][-1] == D("8.00")
    assert free["2"][0] == "Noord" and free["2"][-1] == D("0.00")


def test_expansion_advice_and_what_if(analysis):
    advice = analysis.publishable(analysis.advice("B", 20, True, ExpansionWeights()))
    assert advice["score"] == D("30.32")
    assert [(c["key"], c["measure"], c["points"]) for c in advice["components"]] == [
        ("coverage_gap", D("8.00"), D("8.00")),
        ("social_coverage_gap", D("16.07"), D("16.07")),
        ("child_poverty_share", D("6.25"), D("6.25")),
    ]
    assert (advice["coverage_before"], advice["coverage_after"]) == (D("25.00"), D("50.00"))
    assert (advice["social_coverage_before"], advice["social_coverage_after"]) == (
        D("12.50"),
        D("37.50"),
    )
    assert advice["municipality_coverage_after"] == D("53.20")
    assert advice["municipality_social_coverage_after"] == D("38.42")
    free = analysis.publishable(analysis.advice("B", 20, False, ExpansionWeights()))
    assert free["score"] == D("8.00")
    assert free["social_coverage_after"] == D("12.50")
    assert free["municipality_social_coverage_after"] == D("28.57")
    small = analysis.publishable(analysis.advice("C", 10, True, ExpansionWeights()))
    assert small["score"] == STAR and small["coverage_after"] == STAR


def test_table_keys_are_known_without_computing(analysis):
    from loket.monitoring.tables import TABLE_KEYS

    assert tuple(t.key for t in analysis.tables()) == TABLE_KEYS


def test_another_municipality_changes_nothing(town, analysis):
    """Elders has 12 placed vulnerable children; none of them is in Klein-Lindendaal's figures."""
    assert analysis.coverage.total[1:3] == [203, 88]
    assert analysis.representation_care.total[4] == 14
    assert {s.name for s in analysis.location_shares} == {"Het Nestje", "De Rupsjes", "Zonnekind"}
