from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.coverage.figures import NeighbourhoodFigures
from loket.domain.coverage.suppression import (
    SUPPRESSED_MARK,
    is_suppressed,
    suppress,
    suppress_derived,
    suppressed_figures,
)

from .municipality import HEATH, NORTH


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_small_counts_show_less_than_five(count):
    assert suppress(count) == "< 5"


@pytest.mark.parametrize("count", [5, 6, 17, 1000])
def test_counts_from_five_are_shown(count):
    assert suppress(count) == count


def test_other_threshold():
    assert suppress(9, threshold=10) == "< 10"
    assert suppress(10, threshold=10) == 10


@pytest.mark.parametrize("bad", [-1, 2.0, None, True])
def test_bad_counts_are_refused(bad):
    with pytest.raises(ValueError):
        is_suppressed(bad)


@pytest.mark.parametrize("threshold", [0, -3, 2.5])
def test_bad_threshold_is_refused(threshold):
    with pytest.raises(ValueError, match="threshold"):
        suppress(10, threshold=threshold)


def test_derived_figure_suppressed_with_its_numerator_or_denominator():
    share = Decimal("12.50")
    assert suppress_derived(share, 7, 56) == share
    assert suppress_derived(share, 4, 32) == SUPPRESSED_MARK
    assert suppress_derived(share, 5, 4) == SUPPRESSED_MARK
    assert suppress_derived(share, 0, 40) == SUPPRESSED_MARK
    assert suppress_derived(None, 10, 10) is None
    assert suppress_derived(share, 3, 30, mark="x") == "x"


def test_a_tiny_neighbourhood_is_fully_suppressed_except_places():
    cells = suppressed_figures(HEATH)
    assert cells["places"] == 0
    assert cells["income_related_places"] == 0
    for key in ("children_0_3", "vulnerable_children", "children_in_care"):
        assert cells[key] == "< 5", key
    assert cells["vulnerable_children_in_care"] == "< 5"  # a zero is suppressed too
    for key in (
        "coverage",
        "social_coverage",
        "share_among_children",
        "share_among_children_in_care",
        "representation_index",
        "representation_gap",
    ):
        assert cells[key] == SUPPRESSED_MARK, key


def test_a_large_neighbourhood_is_shown():
    cells = suppressed_figures(NORTH)
    assert cells["children_0_3"] == 80
    assert cells["vulnerable_children_in_care"] == 7
    assert cells["coverage"] == Decimal("25.00")
    assert cells["representation_index"] == Decimal("0.83")
    assert cells["representation_gap"] == Decimal("5.00")


def test_a_small_numerator_hides_only_what_depends_on_it():
    n = NeighbourhoodFigures("X", "X", 100, 30, 20, 12, 3, 40)
    cells = suppressed_figures(n)
    assert cells["vulnerable_children_in_care"] == "< 5"
    assert cells["share_among_children_in_care"] == SUPPRESSED_MARK
    assert cells["representation_index"] == SUPPRESSED_MARK
    assert cells["share_among_children"] == Decimal("12.00")
    assert cells["coverage"] == Decimal("30.00")


# Complementary suppression of a column with its total ------------------------------------------


def test_one_small_part_hides_the_smallest_other_part():
    from loket.domain.coverage.suppression import hidden_cells, suppress_column

    # 3 + 40 + 12 + 9 = 64: with 64 shown, hiding only the 3 would give it away (64-40-12-9).
    assert hidden_cells([3, 40, 12, 9], 64) == ["primary", None, None, "secondary"]
    assert suppress_column([3, 40, 12, 9], 64) == ["< 5", 40, 12, SUPPRESSED_MARK]


def test_two_small_parts_protect_each_other():
    from loket.domain.coverage.suppression import suppress_column

    assert suppress_column([3, 40, 2], 45) == ["< 5", 40, "< 5"]


def test_no_total_or_a_small_total_needs_no_second_cell():
    from loket.domain.coverage.suppression import suppress_column

    assert suppress_column([3, 40, 12]) == ["< 5", 40, 12]
    assert suppress_column([3, 0, 0], 3) == ["< 5", "< 5", "< 5"]
    assert suppress_column([40, 12], 52) == [40, 12]


def test_ties_hide_the_first_smallest_part():
    from loket.domain.coverage.suppression import hidden_cells

    assert hidden_cells([1, 9, 9], 19) == ["primary", "secondary", None]


def test_linked_suppression_leaves_no_equation_with_one_unknown():
    from loket.domain.coverage import suppress_linked

    # 19 booklets, 15 first uses, 4 never used: hiding only the 4 would leave 19 - 15.
    values = {"issued": 19, "first": 15, "never": 4, "all": 10, "stopped": 5}
    shown = suppress_linked(values, [("issued", ["first", "never"]), ("first", ["all", "stopped"])])
    assert shown["never"] == "< 5"
    hidden = [k for k, v in shown.items() if isinstance(v, str)]
    # issued = first + never: a second member is hidden; then first = all + stopped has one
    # unknown, so one more goes.
    assert len(hidden) >= 3
    for total, parts in (("issued", ["first", "never"]), ("first", ["all", "stopped"])):
        members = [total, *parts]
        assert sum(1 for k in members if isinstance(shown[k], str)) != 1


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=3, max_size=8))
def test_linked_suppression_hides_every_small_cell_and_never_a_lone_unknown(parts):
    from loket.domain.coverage import suppress_linked

    values = {f"p{i}": n for i, n in enumerate(parts)} | {"total": sum(parts)}
    equation = ("total", [f"p{i}" for i in range(len(parts))])
    shown = suppress_linked(values, [equation])
    for key, count in values.items():
        if count < 5:
            assert isinstance(shown[key], str)
        if not isinstance(shown[key], str):
            assert shown[key] == count
    assert sum(1 for v in shown.values() if isinstance(v, str)) != 1
