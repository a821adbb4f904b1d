from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.coverage.expansion import (
    DEFAULT_WEIGHTS,
    ExpansionWeights,
    expansion_score,
    rank_neighbourhoods_by_need,
)
from loket.domain.coverage.figures import NeighbourhoodFigures

from .municipality import CENTRE, HEATH, NORTH, TOWN

D = Decimal


def points(advice):
    return {c.key: c.points for c in advice.components}


def measures(advice):
    return {c.key: c.measure for c in advice.components}


# Default weights 1/1/1, norm 33, social norm = the municipality's social coverage,
# 5000/203 = 24.6305...


def test_north_by_hand():
    advice = expansion_score(NORTH, 10, True, TOWN)
    # coverage 25 -> gap 8; social 12.5 -> gap 24.6305 - 12.5 = 12.1305; poverty 24/80 = 30%.
    assert measures(advice) == {
        "coverage_gap": D("8.00"),
        "social_coverage_gap": D("12.13"),
        "child_poverty_share": D("30.00"),
    }
    assert points(advice) == measures(advice)
    assert advice.score == D("50.13")
    # What-if: 30 places and 20 income-related places for 80 children; municipality 90 and 60
    # for 203: 44.334... and 29.556...
    assert (advice.coverage_before, advice.coverage_after) == (D("25.00"), D("37.50"))
    assert (advice.social_coverage_before, advice.social_coverage_after) == (D("12.50"), D("25.00"))
    assert (advice.municipality_coverage_before, advice.municipality_coverage_after) == (
        D("39.41"),
        D("44.33"),
    )
    assert (
        advice.municipality_social_coverage_before,
        advice.municipality_social_coverage_after,
    ) == (D("24.63"), D("29.56"))


def test_centre_by_hand():
    advice = expansion_score(CENTRE, 0, True, TOWN)
    # coverage 50 and social 33.33 are above the norms; poverty 18/120 = 15%.
    assert points(advice) == {
        "coverage_gap": D("0.00"),
        "social_coverage_gap": D("0.00"),
        "child_poverty_share": D("15.00"),
    }
    assert advice.score == D("15.00")
    assert advice.coverage_after == advice.coverage_before == D("50.00")


def test_heath_by_hand():
    advice = expansion_score(HEATH, 0, True, TOWN)
    # no places: gaps 33 and 24.63; poverty 1/3 = 33.33%.
    assert points(advice) == {
        "coverage_gap": D("33.00"),
        "social_coverage_gap": D("24.63"),
        "child_poverty_share": D("33.33"),
    }
    assert advice.score == D("90.96")


def test_free_price_places_only_count_the_coverage_gap():
    advice = expansion_score(NORTH, 10, False, TOWN)
    assert points(advice) == {
        "coverage_gap": D("8.00"),
        "social_coverage_gap": D("0.00"),
        "child_poverty_share": D("0.00"),
    }
    assert [c.applies for c in advice.components] == [True, False, False]
    # The measures are still shown.
    assert measures(advice)["social_coverage_gap"] == D("12.13")
    assert advice.score == D("8.00")
    assert advice.social_coverage_after == advice.social_coverage_before == D("12.50")
    assert advice.coverage_after == D("37.50")
    assert advice.municipality_social_coverage_after == D("24.63")


def test_free_price_places_can_count_everything_when_configured():
    weights = ExpansionWeights(social_points_only_for_income_related=False)
    assert expansion_score(NORTH, 10, False, TOWN, weights).score == D("50.13")


def test_custom_weights_by_hand():
    weights = ExpansionWeights.from_dict(
        {
            "coverage_gap": 2,
            "social_coverage_gap": "0.5",
            "child_poverty_share": 0,
            "social_norm": 30,
        }
    )
    advice = expansion_score(NORTH, 5, True, TOWN, weights)
    # 2 x 8 = 16; 0.5 x (30 - 12.5) = 8.75; 0 x 30 = 0.
    assert points(advice) == {
        "coverage_gap": D("16.00"),
        "social_coverage_gap": D("8.75"),
        "child_poverty_share": D("0.00"),
    }
    assert advice.score == D("24.75")


def test_ranking_by_hand():
    ranking = rank_neighbourhoods_by_need(TOWN)
    assert [(a.code, a.score) for a in ranking] == [
        ("C", D("90.96")),
        ("B", D("50.13")),
        ("A", D("15.00")),
    ]


def test_ranking_ties_by_code():
    twin = replace(NORTH, code="A2", name="Noord-bis")
    ranking = rank_neighbourhoods_by_need([NORTH, twin])
    assert [a.code for a in ranking] == ["A2", "B"]
    assert ranking[0].score == ranking[1].score


def test_neighbourhood_without_children_scores_zero():
    empty = NeighbourhoodFigures("Z", "Industriezone", 0, 14, 0, 0, 0, 0)
    advice = expansion_score(empty, 10, True, [*TOWN, empty])
    assert advice.score == D("0.00")
    assert all(c.measure is None for c in advice.components)
    assert advice.coverage_before is None and advice.coverage_after is None


def test_neighbourhood_must_be_among_all():
    with pytest.raises(ValueError, match="'B'"):
        expansion_score(NORTH, 10, True, [CENTRE, HEATH])


def test_negative_new_places_are_refused():
    with pytest.raises(ValueError, match="new_places"):
        expansion_score(NORTH, -3, True, TOWN)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"coverage_gap": -1}, "coverage_gap"),
        ({"norm": "lots"}, "norm"),
        ({"social_norm": float("inf")}, "social_norm"),
        ({"poverty": 1}, "unknown key.*'poverty'"),
        ({"social_points_only_for_income_related": "no"}, "social_points"),
    ],
)
def test_bad_weights_are_refused(data, message):
    with pytest.raises(ValueError, match=message):
        ExpansionWeights.from_dict(data)


def test_weights_round_trip():
    weights = ExpansionWeights(
        coverage_gap=D("1.5"), social_coverage_gap=D(0), norm=D("46.07"), social_norm=D(25)
    )
    assert ExpansionWeights.from_dict(weights.to_dict()) == weights
    assert ExpansionWeights.from_dict(DEFAULT_WEIGHTS.to_dict()) == DEFAULT_WEIGHTS


# Monotonicity: more shortage never lowers the score.


@st.composite
def neighbourhoods(draw, code):
    children = draw(st.integers(0, 400))
    places = draw(st.integers(0, 300))
    income_related = draw(st.integers(0, places))
    vulnerable = draw(st.integers(0, children))
    in_care = draw(st.integers(0, children))
    vulnerable_in_care = draw(st.integers(0, min(in_care, vulnerable)))
    return NeighbourhoodFigures(
        code, code, children, places, income_related, vulnerable, vulnerable_in_care, in_care
    )


@st.composite
def towns(draw):
    size = draw(st.integers(1, 5))
    return [draw(neighbourhoods(f"N{i}")) for i in range(size)]


WEIGHTS = st.builds(
    ExpansionWeights,
    coverage_gap=st.decimals(0, 5, places=2),
    social_coverage_gap=st.decimals(0, 5, places=2),
    child_poverty_share=st.decimals(0, 5, places=2),
    norm=st.decimals(0, 100, places=2),
    social_norm=st.none() | st.decimals(0, 100, places=2),
    social_points_only_for_income_related=st.booleans(),
)


def _score(town, index, weights, income_related):
    return expansion_score(town[index], 0, income_related, town, weights).score


@given(towns(), st.data(), WEIGHTS, st.booleans())
def test_fewer_places_never_lower_the_score(town, data, weights, income_related):
    index = data.draw(st.integers(0, len(town) - 1))
    n = town[index]
    fewer = data.draw(st.integers(n.income_related_places, n.places))
    short = [*town[:index], replace(n, places=fewer), *town[index + 1 :]]
    assert _score(short, index, weights, income_related) >= _score(
        town, index, weights, income_related
    )


@given(towns(), st.data(), WEIGHTS, st.booleans())
def test_fewer_income_related_places_never_lower_the_score(town, data, weights, income_related):
    index = data.draw(st.integers(0, len(town) - 1))
    n = town[index]
    fewer = data.draw(st.integers(0, n.income_related_places))
    short = [*town[:index], replace(n, income_related_places=fewer), *town[index + 1 :]]
    assert _score(short, index, weights, income_related) >= _score(
        town, index, weights, income_related
    )


@given(towns(), st.data(), WEIGHTS, st.booleans())
def test_more_vulnerable_children_never_lower_the_score(town, data, weights, income_related):
    index = data.draw(st.integers(0, len(town) - 1))
    n = town[index]
    more = data.draw(st.integers(n.vulnerable_children, n.children_0_3))
    poorer = [*town[:index], replace(n, vulnerable_children=more), *town[index + 1 :]]
    assert _score(poorer, index, weights, income_related) >= _score(
        town, index, weights, income_related
    )


@given(towns(), st.data(), st.integers(0, 50), st.booleans())
def test_what_if_never_lowers_coverage(town, data, new_places, income_related):
    n = town[data.draw(st.integers(0, len(town) - 1))]
    advice = expansion_score(n, new_places, income_related, town)
    if advice.coverage_before is not None:
        assert advice.coverage_after >= advice.coverage_before
        # With at most 400 children, one place adds at least 0.25 per 100 children.
        if income_related and new_places:
            assert advice.social_coverage_after > advice.social_coverage_before
        else:
            assert advice.social_coverage_after == advice.social_coverage_before
    assert advice.score == sum(c.points for c in advice.components)
