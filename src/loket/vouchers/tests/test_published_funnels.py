"""An analyst cannot work out a hidden count of the voucher funnel by subtraction."""

from loket.domain.vouchers import Funnel
from loket.vouchers.selectors import ProgrammeFigures, published_funnels


def figures():
    ocmw = Funnel(issued=19, first_use=15, all_used=7, continued=6, awaiting=2)
    hvhk = Funnel(issued=12, first_use=9, all_used=3, continued=5, awaiting=0)
    overall = Funnel(issued=31, first_use=24, all_used=10, continued=11, awaiting=2)
    return ProgrammeFigures(
        programme=None,
        overall=overall,
        by_partner={"OCMW": ocmw, "Huis van het Kind": hvhk},
        by_neighbourhood={"Centrum": overall},
        booklets=31,
        vouchers_used=100,
        committed_cents=0,
        used_cents=0,
    )


def hidden(value) -> bool:
    return isinstance(value, str)


def test_the_desk_sees_every_count():
    shown = published_funnels(figures(), suppress=False)
    assert shown["by_partner"]["OCMW"]["never_used"] == 4
    assert shown["overall"]["issued"] == 31


def test_no_row_or_column_lets_an_analyst_recover_a_small_count():
    shown = published_funnels(figures(), suppress=True)
    ocmw = shown["by_partner"]["OCMW"]
    assert ocmw["never_used"] == "< 5"
    # issued = first use + never used: not both of the others may be shown.
    assert hidden(ocmw["issued"]) or hidden(ocmw["first_use"])
    # The "all used" column adds up to the overall figure: with Huis van het Kind's 3 hidden,
    # OCMW's 7 or the total 10 must be hidden too.
    column = [shown["overall"]["all_used"]] + [g["all_used"] for g in shown["by_partner"].values()]
    assert sum(1 for v in column if hidden(v)) != 1
    for group in shown["by_partner"].values():
        row = [group["issued"], group["first_use"], group["never_used"]]
        assert sum(1 for v in row if hidden(v)) != 1
