import datetime as dt

from loket.domain.demo import generate_municipality
from loket.domain.requests import PlanDay, WeeklyPlan, validate_request


def test_demo_is_deterministic():
    a = generate_municipality(seed=3, reference_date=dt.date(2026, 9, 1))
    b = generate_municipality(seed=3, reference_date=dt.date(2026, 9, 1))
    assert a.requests == b.requests
    assert a.locations == b.locations


def test_demo_has_the_size_and_spread_of_the_issue():
    m = generate_municipality(seed=1, reference_date=dt.date(2026, 9, 1))
    assert len(m.neighbourhoods) == 10
    assert 55 <= len(m.locations) <= 65
    assert 1400 <= len(m.requests) <= 1600
    shares = [n.vulnerable_share for n in m.neighbourhoods]
    assert min(shares) >= 0.10 and max(shares) <= 0.35 and max(shares) - min(shares) > 0.15
    kinds = {loc.kind for loc in m.locations}
    assert kinds == {"group", "childminder"}
    assert any(loc.income_related for loc in m.locations)
    assert any(not loc.income_related for loc in m.locations)
    assert any(loc.hours["mon"][0] < "07:00" for loc in m.locations), "atypical hours"


def test_vulnerable_families_rank_fewer_locations_and_register_later():
    m = generate_municipality(seed=1, reference_date=dt.date(2026, 9, 1))
    vul = [r for r in m.requests if r.vulnerable]
    other = [r for r in m.requests if not r.vulnerable]
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    assert mean([len(r.preferences) for r in vul]) < mean([len(r.preferences) for r in other])
    lead = lambda r: (r.desired_start - r.registered_at.date()).days  # noqa: E731
    assert mean([lead(r) for r in vul]) < mean([lead(r) for r in other])


def test_every_demo_request_passes_the_request_rules():
    today = dt.date(2026, 9, 1)
    m = generate_municipality(seed=2, reference_date=today)
    known = [loc.key for loc in m.locations]
    for r in m.requests:
        plan = WeeklyPlan(days=tuple(PlanDay(d) for d in r.days))
        errors = validate_request(
            today=today,
            desired_start=r.desired_start,
            birth_date=r.birth_date,
            expected_date=r.expected_date,
            plan=plan,
            preference_mode="ranked",
            preferences=r.preferences,
            known_locations=known,
        )
        assert errors == [], (r.key, errors)


def test_scale_grows_locations_and_requests():
    m = generate_municipality(seed=1, scale=3, reference_date=dt.date(2026, 9, 1))
    assert len(m.locations) == 180 and len(m.requests) == 4500
