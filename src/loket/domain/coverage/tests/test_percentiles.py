import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.coverage.percentiles import (
    median_waiting_days,
    nearest_rank_percentile,
    p90_waiting_days,
    summarise_waiting_days,
)


def test_even_count_median_is_the_lower_middle_value():
    # sorted 10 20 30 40: median rank ceil(0.5 x 4) = 2 -> 20; p90 rank ceil(3.6) = 4 -> 40.
    assert median_waiting_days([30, 10, 40, 20]) == 20
    assert p90_waiting_days([30, 10, 40, 20]) == 40


def test_ten_values():
    days = [5, 1, 9, 3, 7, 2, 10, 4, 8, 6]
    assert median_waiting_days(days) == 5  # rank 5
    assert p90_waiting_days(days) == 9  # rank 9


def test_eleven_values():
    days = list(range(11, 0, -1))
    assert median_waiting_days(days) == 6  # rank ceil(5.5) = 6
    assert p90_waiting_days(days) == 10  # rank ceil(9.9) = 10


def test_one_value():
    assert median_waiting_days([42]) == 42
    assert p90_waiting_days([42]) == 42


def test_empty_is_none():
    assert median_waiting_days([]) is None
    assert p90_waiting_days([]) is None
    summary = summarise_waiting_days([])
    assert (summary.count, summary.median, summary.p90) == (0, None, None)


def test_summary():
    summary = summarise_waiting_days([120, 0, 30, 30, 95, 200, 14])
    # sorted 0 14 30 30 95 120 200: median rank 4 -> 30; p90 rank ceil(6.3) = 7 -> 200.
    assert (summary.count, summary.median, summary.p90) == (7, 30, 200)


@pytest.mark.parametrize("percent", [0, -5, 101])
def test_percent_out_of_range(percent):
    with pytest.raises(ValueError, match="percent"):
        nearest_rank_percentile([1, 2], percent)


@pytest.mark.parametrize("bad", [-1, 2.5, "3"])
def test_bad_waiting_days(bad):
    with pytest.raises(ValueError, match="waiting days"):
        median_waiting_days([1, bad])


@given(st.lists(st.integers(0, 1000), min_size=1), st.integers(1, 100))
def test_nearest_rank_is_an_observed_value_with_enough_values_at_or_below(days, percent):
    value = nearest_rank_percentile(days, percent)
    assert value in days
    at_or_below = sum(1 for d in days if d <= value)
    below = sum(1 for d in days if d < value)
    # At least p% of the values are <= the result, fewer than p% are < it.
    assert at_or_below * 100 >= percent * len(days)
    assert below * 100 < percent * len(days)


@given(st.lists(st.integers(0, 1000), min_size=1))
def test_median_at_most_p90(days):
    assert median_waiting_days(days) <= p90_waiting_days(days)
