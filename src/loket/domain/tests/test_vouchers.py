"""The voucher rules: codes, eligibility, redemption, statement totals, funnel, case signals."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain import vouchers as v
from loket.domain.eligibility import ExtrasMode

TODAY = dt.date(2026, 11, 22)
D = dt.date

# Codes ------------------------------------------------------------------------------------------


def test_alphabet_is_crockford_base32_without_look_alikes():
    assert len(v.ALPHABET) == 32 == len(set(v.ALPHABET))
    assert not set("ILOU") & set(v.ALPHABET)
    assert v.RANDOM_BITS >= 80


def test_generated_code_is_well_formed_and_grouped():
    code = v.generate_code()
    assert len(code) == v.CODE_LENGTH
    assert v.code_problem(code) is None
    shown = v.format_code(code)
    assert [len(g) for g in shown.split("-")] == [4, 4, 4, 4, 4]
    assert v.normalise_code(shown) == code


def test_codes_are_not_sequential_and_do_not_repeat():
    codes = [v.generate_code() for _ in range(2000)]
    assert len(set(codes)) == len(codes)
    # Every position takes many different symbols (no counter hidden in a part of the code).
    for i in range(v.RANDOM_SYMBOLS):
        assert len({c[i] for c in codes}) > 25


def test_code_uses_the_given_random_source():
    calls = []

    def fake(n):
        calls.append(n)
        return 0

    assert v.generate_code(fake).startswith("0" * v.RANDOM_SYMBOLS)
    assert calls == [32] * v.RANDOM_SYMBOLS


bodies = st.text(alphabet=v.ALPHABET, min_size=v.RANDOM_SYMBOLS, max_size=v.RANDOM_SYMBOLS)


def with_check(body: str) -> str:
    return body + v._check_symbols(body)


@given(bodies, st.integers(0, v.CODE_LENGTH - 1), st.sampled_from(v.ALPHABET))
def test_every_single_mistyped_symbol_is_caught(body, position, symbol):
    code = with_check(body)
    typo = code[:position] + symbol + code[position + 1 :]
    if typo != code:
        assert v.code_problem(typo) == v.CodeProblem.CHECKSUM


@given(bodies, st.integers(0, v.RANDOM_SYMBOLS - 2))
def test_every_swap_of_neighbours_is_caught(body, position):
    code = with_check(body)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    if swapped != code:
        assert v.code_problem(swapped) == v.CodeProblem.CHECKSUM


@given(bodies, st.sampled_from(["", " ", "-", "  -  "]))
def test_typed_codes_are_read_forgivingly(body, separator):
    code = with_check(body)
    groups = [code[i : i + 4] for i in range(0, 20, 4)]
    typed = separator.join(groups).lower().replace("0", "o").replace("1", "l")
    assert v.normalise_code(typed) == code
    assert v.code_problem(typed) is None


def test_code_problems():
    code = v.generate_code()
    assert v.code_problem("") == v.CodeProblem.EMPTY
    assert v.code_problem(code[:-1]) == v.CodeProblem.LENGTH
    assert v.code_problem(code[:-1] + "U") == v.CodeProblem.CHARACTERS
    assert v.code_problem("https://x.example/vouchers/redeem/?code=" + code) is None


# Eligibility ------------------------------------------------------------------------------------


def test_default_rule_needs_three_weak_domains():
    two = ["weak_income", "weak_housing"]
    assert not v.voucher_eligibility(two).eligible
    assert v.voucher_eligibility([*two, "weak_health"]).eligible
    # Extra signals are reported, not counted, by default; other facts are ignored.
    assert not v.voucher_eligibility([*two, "no_social_network", "low_income"]).eligible


def test_programme_rule_can_weigh_genk_extras():
    rule = {"extras_mode": ExtrasMode.COUNT_AS_DOMAINS.value}
    facts = ["weak_income", "weak_housing", "no_social_network"]
    assert v.voucher_eligibility(facts, rule).eligible
    lowered = {"extras_mode": "lower_threshold", "extras_lower_threshold_by": 1}
    assert v.voucher_eligibility(
        ["weak_income", "weak_housing", "burden_exceeds_capacity"], lowered
    ).eligible
    assert v.programme_rule({}).threshold == 3


domains = st.sets(st.sampled_from([str(d) for d in v.DEFAULT_CHILD_POVERTY_RULE.domains]))


@given(domains)
def test_eligible_exactly_when_three_or_more_domains(weak):
    assert v.voucher_eligibility(weak).eligible == (len(weak) >= 3)


# Redemption -------------------------------------------------------------------------------------

STATE = v.VoucherState(
    municipality=1,
    valid_from=D(2026, 1, 1),
    valid_until=D(2026, 12, 31),
    issued_on=D(2026, 3, 1),
    used=False,
)


def refusal(code=None, voucher=STATE, **kw):
    args = {
        "code": code or v.generate_code(),
        "voucher": voucher,
        "location_municipality": 1,
        "location_accepts": True,
        "moment_date": TODAY,
        "today": TODAY,
    }
    args.update(kw)
    return v.redemption_refusal(**args)


def test_a_valid_voucher_is_accepted():
    assert refusal() is None


def test_each_refusal():
    assert refusal(code="ABCD") == v.Refusal.MISTYPED
    assert refusal(voucher=None) == v.Refusal.UNKNOWN
    assert refusal(location_municipality=2) == v.Refusal.WRONG_PROGRAMME
    assert refusal(location_accepts=False) == v.Refusal.LOCATION_REFUSES
    used = v.VoucherState(**{**_fields(STATE), "used": True})
    assert refusal(voucher=used) == v.Refusal.ALREADY_USED
    assert refusal(moment_date=TODAY + dt.timedelta(days=1)) == v.Refusal.FUTURE_DATE
    assert refusal(moment_date=D(2026, 2, 27)) == v.Refusal.NOT_YET_VALID


def test_expiry_with_grace_for_late_registration():
    end = STATE.valid_until
    late = end + dt.timedelta(days=v.GRACE_DAYS)
    assert refusal(moment_date=end, today=late) is None
    assert refusal(moment_date=end, today=late + dt.timedelta(days=1)) == v.Refusal.EXPIRED
    assert refusal(moment_date=end + dt.timedelta(days=1), today=late) == v.Refusal.EXPIRED


def test_used_is_said_before_expired():
    used = v.VoucherState(**{**_fields(STATE), "used": True, "valid_until": D(2025, 1, 1)})
    assert refusal(voucher=used) == v.Refusal.ALREADY_USED


def _fields(state):
    return {f: getattr(state, f) for f in state.__slots__}


# Statements -------------------------------------------------------------------------------------

lines = st.lists(
    st.builds(
        v.StatementLine,
        location=st.sampled_from(["De Vlinder", "Het Nest", "Zonnetje"]),
        moment_date=st.dates(D(2026, 1, 1), D(2026, 1, 31)),
        redeemed_on=st.dates(D(2026, 1, 1), D(2026, 1, 31)),
        code=st.just("X"),
        value_cents=st.integers(0, 100_000),
    ),
    max_size=60,
)


@given(lines)
def test_statement_adds_up_exactly(rows):
    totals = v.statement_totals(rows)
    assert totals.total_cents == sum(r.value_cents for r in rows)
    assert totals.count == len(rows)
    assert sum(t.total_cents for t in totals.by_location) == totals.total_cents
    assert sum(t.count for t in totals.by_location) == totals.count


def test_statement_refuses_fractions_and_negatives():
    row = v.StatementLine("A", TODAY, TODAY, "X", 1)
    with pytest.raises(ValueError):
        v.statement_totals([v.StatementLine("A", TODAY, TODAY, "X", 1.5)])
    with pytest.raises(ValueError):
        v.statement_totals([row, v.StatementLine("A", TODAY, TODAY, "X", -1)])


@given(st.integers(-(10**9), 10**9))
def test_format_cents_is_exact(cents):
    text = v.format_cents(cents)
    whole, part = text.lstrip("-").split(",")
    assert (int(whole) * 100 + int(part)) * (-1 if text.startswith("-") else 1) == cents


def test_month_bounds():
    assert v.month_bounds(2028, 2) == (D(2028, 2, 1), D(2028, 2, 29))
    assert v.month_bounds(2026, 12) == (D(2026, 12, 1), D(2026, 12, 31))


# Funnel -----------------------------------------------------------------------------------------


def use(family, used=(), starts=(), vouchers=10, partner="OCMW", nb="Centrum"):
    return v.FamilyUse(
        family=family,
        vouchers=vouchers,
        used_on=tuple(used),
        regular_starts=tuple(starts),
        partner=partner,
        neighbourhood=nb,
    )


def test_funnel_against_a_hand_computed_case():
    ten = [D(2026, 1, d) for d in range(1, 11)]
    uses = [
        use("a"),  # booklet, never used
        use("b"),  # booklet, never used
        use("c", [D(2026, 2, 1)]),  # one use in February, nothing after: not continued
        use("d", [D(2026, 3, 1), D(2026, 3, 8)], [D(2026, 5, 1)]),  # continued after 2 uses
        use("e", ten, [D(2026, 4, 10)]),  # all used, continued exactly 3 months later
        use("f", ten, [D(2026, 4, 11)]),  # all used, started one day too late
        use("g", [D(2026, 10, 1)], partner="HvhK", nb="Molenwijk"),  # 3 months not over yet
    ]
    f = v.funnel(uses, TODAY)
    assert (f.issued, f.first_use, f.all_used, f.continued, f.awaiting) == (7, 5, 2, 2, 1)
    assert (f.never_used, f.stopped_before_all, f.not_continued) == (2, 3, 2)
    by_partner = v.funnel_by(uses, lambda u: u.partner, TODAY)
    assert list(by_partner) == ["HvhK", "OCMW"]
    assert by_partner["OCMW"].issued == 6 and by_partner["HvhK"].awaiting == 1
    by_nb = v.funnel_by(uses, lambda u: u.neighbourhood, TODAY)
    assert by_nb["Molenwijk"].first_use == 1 and by_nb["Centrum"].first_use == 4


def test_a_place_before_the_last_voucher_is_not_continuing():
    assert not use("x", [D(2026, 3, 1)], [D(2026, 2, 1)]).continued
    assert use("x", [D(2026, 3, 1)], [D(2026, 3, 1)]).continued


def test_a_family_is_counted_once():
    with pytest.raises(ValueError):
        v.funnel([use("a"), use("a")], TODAY)
    merged = v.merge_uses([use("a", [D(2026, 1, 1)]), use("a", [D(2026, 2, 1)])])
    assert len(merged) == 1 and merged[0].vouchers == 20 and len(merged[0].used_on) == 2


family_uses = st.lists(
    st.builds(
        lambda i, n, used, starts: use(i, used[:n], starts, vouchers=n),
        st.integers(0, 10**6),
        st.integers(1, 10),
        st.lists(st.dates(D(2025, 1, 1), TODAY), max_size=10),
        st.lists(st.dates(D(2025, 1, 1), D(2027, 6, 1)), max_size=2),
    ),
    max_size=40,
    unique_by=lambda u: u.family,
)


@given(family_uses)
def test_funnel_steps_never_grow_and_dropouts_add_up(uses):
    f = v.funnel(uses, TODAY)
    assert f.issued >= f.first_use >= f.all_used
    assert f.first_use >= f.continued + f.awaiting
    assert f.never_used + f.first_use == f.issued
    assert f.continued + f.awaiting + f.not_continued == f.first_use
    assert min(f.never_used, f.stopped_before_all, f.not_continued) >= 0
    groups = v.funnel_by(uses, lambda u: str(u.family % 3), TODAY)
    assert sum(g.issued for g in groups.values()) == f.issued
    assert sum(g.continued for g in groups.values()) == f.continued


# Case meetings ----------------------------------------------------------------------------------


def test_vouchers_idle_for_30_days():
    base = {"vouchers": 10, "valid_until": D(2027, 6, 30), "today": TODAY}
    assert v.vouchers_idle(issued_on=TODAY - dt.timedelta(days=30), used_on=[], **base)
    assert not v.vouchers_idle(issued_on=TODAY - dt.timedelta(days=29), used_on=[], **base)
    recent = [TODAY - dt.timedelta(days=3)]
    assert not v.vouchers_idle(issued_on=D(2026, 1, 1), used_on=recent, **base)
    all_used = [D(2026, 1, 1)] * 10
    assert not v.vouchers_idle(issued_on=D(2026, 1, 1), used_on=all_used, **base)
    assert not v.vouchers_idle(
        issued_on=D(2026, 1, 1), used_on=[], vouchers=10, valid_until=D(2026, 6, 30), today=TODAY
    )


def test_ended_early_is_before_kindergarten():
    birth = D(2025, 1, 15)
    assert v.ended_early(birth_date=birth, end_date=D(2027, 7, 14))
    assert not v.ended_early(birth_date=birth, end_date=D(2027, 7, 15))


# Booklet texts ----------------------------------------------------------------------------------


def test_booklet_texts_in_every_language_with_the_same_keys():
    keys = set(v.BOOKLET_TEXTS["nl"])
    for lang in v.LANGUAGES:
        assert set(v.BOOKLET_TEXTS[lang]) == keys
        texts = v.booklet_texts(lang, count=10, partner="OCMW", phone="089 65 44 11")
        assert "10" in texts["intro"] and "OCMW" in texts["steps"][0]
        assert "{number}" in texts["voucher"]  # filled in per voucher


def test_booklet_texts_fall_back_to_dutch_and_take_overrides():
    assert v.booklet_texts("tr")["title"] == "Kinderopvangcheques"
    texts = v.booklet_texts("fr", {"fr": {"title": "Chèques Genk {oops"}})
    assert texts["title"] == "Chèques Genk {oops"
