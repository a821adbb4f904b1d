from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.coverage.figures import (
    BARCELONA_NORM,
    FLEMISH_AVERAGE_2025,
    NeighbourhoodFigures,
    coverage,
    coverage_table,
    municipality_totals,
    per_hundred,
    places_short_of,
    representation,
    representation_table,
    social_coverage,
)

from .municipality import CENTRE, HEATH, NORTH, TOWN

D = Decimal


def test_references():
    assert BARCELONA_NORM.places_per_100 == 33
    assert FLEMISH_AVERAGE_2025.places_per_100 == D("46.07")
    assert "secondary" in FLEMISH_AVERAGE_2025.source


@pytest.mark.parametrize(
    ("places", "children", "expected"),
    [
        (60, 120, D("50.00")),
        (1, 3, D("33.33")),  # 33.333...
        (2, 3, D("66.67")),  # 66.666... rounds up
        (1, 8, D("12.50")),
        (1, 200, D("0.50")),
        (1, 400, D("0.25")),
        (1, 800, D("0.13")),  # 0.125 rounds half up
        (0, 7, D("0.00")),
        (45, 30, D("150.00")),
    ],
)
def test_coverage(places, children, expected):
    assert coverage(places, children) == expected
    assert social_coverage(places, children) == expected


def test_no_children_no_coverage():
    assert coverage(10, 0) is None
    assert social_coverage(0, 0) is None
    assert per_hundred(3, 0) is None


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_counts_must_be_whole_and_non_negative(bad):
    with pytest.raises(ValueError, match="places"):
        coverage(bad, 10)


def test_municipality_totals_by_hand():
    total = municipality_totals(TOWN)
    assert (
        total.children_0_3,
        total.places,
        total.income_related_places,
        total.vulnerable_children,
        total.vulnerable_children_in_care,
        total.children_in_care,
    ) == (203, 80, 50, 43, 13, 95)
    assert total.code == "total"


def test_coverage_table_by_hand():
    rows = {row.code: row for row in coverage_table(TOWN)}
    assert list(rows) == ["A", "B", "C", "total"]
    # A: 60/120, 40/120; ceil(33% of 120 = 39.6) = 40 places needed, has 60.
    assert (rows["A"].coverage, rows["A"].social_coverage, rows["A"].places_short_of_norm) == (
        D("50.00"),
        D("33.33"),
        0,
    )
    # B: 20/80, 10/80; needs ceil(26.4) = 27 places, has 20.
    assert (rows["B"].coverage, rows["B"].social_coverage, rows["B"].places_short_of_norm) == (
        D("25.00"),
        D("12.50"),
        7,
    )
    # C: no places for 3 children; needs ceil(0.99) = 1.
    assert (rows["C"].coverage, rows["C"].social_coverage, rows["C"].places_short_of_norm) == (
        D("0.00"),
        D("0.00"),
        1,
    )
    # Municipality: 8000/203 = 39.408..., 5000/203 = 24.630...; needs ceil(66.99) = 67, has 80.
    assert (
        rows["total"].coverage,
        rows["total"].social_coverage,
        rows["total"].places_short_of_norm,
    ) == (D("39.41"), D("24.63"), 0)


def test_coverage_table_with_another_norm():
    rows = {row.code: row for row in coverage_table(TOWN, norm=FLEMISH_AVERAGE_2025.places_per_100)}
    # B: 46.07% of 80 = 36.856 -> 37 places needed, has 20.
    assert rows["B"].places_short_of_norm == 17
    # A: 46.07% of 120 = 55.284 -> 56 needed, has 60.
    assert rows["A"].places_short_of_norm == 0


def test_representation_by_hand():
    a = representation(CENTRE)
    # 18/120 = 15%; 6/66 = 9.0909%; 9.0909/15 = 0.606; 15 - 9.0909 = 5.909 points.
    assert (a.share_among_children, a.share_among_children_in_care, a.index, a.gap) == (
        D("15.00"),
        D("9.09"),
        D("0.61"),
        D("5.91"),
    )
    assert a.under_represented
    b = representation(NORTH)
    # 24/80 = 30%; 7/28 = 25%; 25/30 = 0.833; 5 points.
    assert (b.share_among_children, b.share_among_children_in_care, b.index, b.gap) == (
        D("30.00"),
        D("25.00"),
        D("0.83"),
        D("5.00"),
    )
    c = representation(HEATH)
    assert (c.share_among_children, c.share_among_children_in_care, c.index, c.gap) == (
        D("33.33"),
        D("0.00"),
        D("0.00"),
        D("33.33"),
    )


def test_representation_of_the_municipality_by_hand():
    total = representation_table(TOWN)[-1]
    # 43/203 = 21.1823%; 13/95 = 13.6842%; (13 x 203)/(95 x 43) = 2639/4085 = 0.646;
    # 21.1823 - 13.6842 = 7.498 points.
    assert (
        total.share_among_children,
        total.share_among_children_in_care,
        total.index,
        total.gap,
    ) == (D("21.18"), D("13.68"), D("0.65"), D("7.50"))


def test_over_represented():
    n = NeighbourhoodFigures("X", "X", 100, 40, 40, 10, 10, 40)
    rep = representation(n)
    # 10% of children, 25% of children in care: index 2.5, gap -15 points.
    assert (rep.index, rep.gap, rep.under_represented) == (D("2.50"), D("-15.00"), False)


def test_representation_undefined_without_children_in_care_or_vulnerable_children():
    nobody_in_care = representation(NeighbourhoodFigures("X", "X", 50, 0, 0, 10, 0, 0))
    assert nobody_in_care.share_among_children == D("20.00")
    assert nobody_in_care.share_among_children_in_care is None
    assert nobody_in_care.index is None
    assert nobody_in_care.gap is None
    assert nobody_in_care.under_represented is None
    no_vulnerable = representation(NeighbourhoodFigures("Y", "Y", 50, 20, 20, 0, 0, 20))
    assert no_vulnerable.share_among_children == D("0.00")
    assert no_vulnerable.index is None  # 0 / 0
    assert no_vulnerable.gap == D("0.00")


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ((10, 5, 6, 0, 0, 0), "income_related_places .6. exceeds places .5."),
        ((10, 5, 5, 11, 0, 0), "vulnerable_children .11. exceeds children_0_3"),
        ((10, 5, 5, 2, 0, 11), "children_in_care .11. exceeds children_0_3"),
        ((10, 5, 5, 2, 3, 3), "vulnerable_children_in_care .3. exceeds vulnerable_children"),
        ((10, 5, 5, 4, 3, 2), "vulnerable_children_in_care .3. exceeds children_in_care"),
        ((10, -5, 0, 0, 0, 0), "places"),
    ],
)
def test_inconsistent_figures_are_refused(counts, message):
    with pytest.raises(ValueError, match=message):
        NeighbourhoodFigures("X", "X", *counts)


def test_duplicate_codes_are_refused():
    with pytest.raises(ValueError, match="'A'"):
        municipality_totals([CENTRE, CENTRE])


@given(
    st.decimals(min_value=0, max_value=100, places=2),
    st.integers(0, 500),
    st.integers(0, 5000),
)
def test_adding_the_places_short_reaches_the_norm(norm, places, children):
    short = places_short_of(norm, places, children)
    if children:
        assert Decimal(places + short) * 100 / children >= norm
        if short:  # and one place fewer would not
            assert Decimal(places + short - 1) * 100 / children < norm
    else:
        assert short == 0
