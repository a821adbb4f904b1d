"""Store the demo municipality of loket.domain.demo in the database.

The rows are written in bulk (an Antwerp-sized demo has 15,000 requests); the whole load is one
transaction and one audit event, since it is an import by the system, not a person's write.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from loket.accounts.models import User
from loket.accounts.roles import Role, role_group
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.domain.demo import DemoMunicipality, generate_children_in_care, generate_municipality
from loket.domain.eligibility import assess_vulnerability
from loket.domain.requests import FULL_DAY, PlanDay, PlanKind, WeeklyPlan, urgent_deadline
from loket.families.models import Child, Consent, ConsentPurpose, Family, FamilyFact, Guardian
from loket.locations.models import Location, LocationCapacity, OpeningHours, Organiser
from loket.municipalities.models import Municipality, Neighbourhood, NeighbourhoodPopulation, Street
from loket.partners.models import PartnerKind, PartnerOrganisation
from loket.registrations.models import (
    ChildcareRequest,
    RequestPreference,
    RequestStatus,
    RequestStatusChange,
)

SITUATION_FACTS = (
    "working",
    "job_seeking",
    "vocational_training",
    "integration_course",
    "dutch_lessons",
    "not_active",
)


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str


DEMO_LOGINS = (
    DemoLogin(Role.DESK, "desk@demo.loket", "demo-desk-2026"),
    DemoLogin(Role.PROVIDER, "provider@demo.loket", "demo-provider-2026"),
    DemoLogin(Role.PARTNER, "partner@demo.loket", "demo-partner-2026"),
    DemoLogin(Role.ANALYST, "analyst@demo.loket", "demo-analyst-2026"),
    DemoLogin(Role.PARENT, "parent@demo.loket", "demo-parent-2026"),
    DemoLogin(Role.ADMINISTRATOR, "admin@demo.loket", "demo-admin-2026"),
)


def _batch(model, rows, size=2000):
    return model.objects.bulk_create(rows, batch_size=size)


@transaction.atomic
def load_demo(
    *,
    seed: int = 1,
    scale: float = 1.0,
    reference_date: dt.date | None = None,
    with_users: bool = True,
    progress: Callable[[str, int, int], None] | None = None,
) -> Municipality:
    """Generate and store the demo municipality; returns it."""
    data: DemoMunicipality = generate_municipality(
        seed=seed, scale=scale, reference_date=reference_date
    )
    rng = random.Random(seed + 1)
    nis = data.nis_code if scale == 1 else f"9{int(scale * 10) % 10000:04d}"
    mun = Municipality.objects.create(
        name=data.name,
        nis_code=nis,
        inhabitants=data.inhabitants,
        lat=sum(n.lat for n in data.neighbourhoods) / len(data.neighbourhoods),
        lon=sum(n.lon for n in data.neighbourhoods) / len(data.neighbourhoods),
        desk_name=f"Loket Kinderopvang {data.name}",
        desk_email="kinderopvang@lindendaal.example",
        desk_phone="050 12 34 56",
        desk_address=f"Huis van het Kind, Marktplein 1, {data.neighbourhoods[0].postcode}",
        desk_hours="ma-vr 9-12 u, wo 13-19 u",
    )
    nbs = {}
    for n in data.neighbourhoods:
        nbs[n.code] = Neighbourhood.objects.create(
            municipality=mun,
            code=n.code,
            name=n.name,
            postcode=n.postcode,
            lat=n.lat,
            lon=n.lon,
            geometry={"type": "Polygon", "coordinates": [[list(p) for p in n.polygon]]},
        )
    _batch(
        NeighbourhoodPopulation,
        [
            NeighbourhoodPopulation(neighbourhood=nbs[n.code], year=year, children_0_3=count)
            for n in data.neighbourhoods
            for year, count in sorted(n.children_0_3.items())
        ],
    )
    _batch(
        Street,
        [
            Street(
                municipality=mun,
                neighbourhood=nbs[s.neighbourhood],
                name=s.name,
                postcode=s.postcode,
                lat=s.lat,
                lon=s.lon,
            )
            for s in data.streets
        ],
    )
    organisers = {}
    for name in data.organisers:
        organisers[name], _ = Organiser.objects.get_or_create(name=name)
    locs = {}
    loc_rows = []
    for d in data.locations:
        pricing = "income" if d.income_related else "free"
        if d.income_related and d.daily_price_free:
            pricing = "mixed"
        loc_rows.append(
            Location(
                organiser=organisers[d.organiser],
                municipality=mun,
                neighbourhood=nbs[d.neighbourhood],
                code=d.key,
                name=d.name,
                kind=d.kind,
                subsidy_step=d.subsidy_step,
                pricing=pricing,
                licensed_places=d.licensed_places,
                income_related_places=d.income_related_places,
                free_price_per_day_cents=d.daily_price_free,
                street=d.street,
                house_number=str(d.house_number),
                postcode=d.postcode,
                lat=d.lat,
                lon=d.lon,
                languages=list(d.languages),
                occasional_places=d.occasional_places,
                accepts_vouchers=d.accepts_vouchers,
                reserve_share=d.reserve_share,
            )
        )
    for loc in _batch(Location, loc_rows):
        locs[loc.code] = loc
    caps, hours = [], []
    free_by_location: dict[str, dict[tuple[str, str], int]] = {}
    for d in data.locations:
        loc = locs[d.key]
        for day, places in d.capacity.items():
            babies = round(places * d.baby_share)
            for band, n in (("baby", babies), ("toddler", places - babies)):
                free = rng.choice([0, 0, 0, 0, 1, 1, 2]) if n else 0
                free_by_location.setdefault(d.key, {})[(day, band)] = min(free, n)
                caps.append(
                    LocationCapacity(
                        location=loc, weekday=day, age_band=band, places=n, free_places=min(free, n)
                    )
                )
        for day, (opens, closes) in d.hours.items():
            hours.append(
                OpeningHours(
                    location=loc,
                    weekday=day,
                    opens=dt.time.fromisoformat(opens),
                    closes=dt.time.fromisoformat(closes),
                )
            )
    _batch(LocationCapacity, caps)
    _batch(OpeningHours, hours)
    partners = [
        PartnerOrganisation.objects.create(
            municipality=mun,
            name=f"OCMW {data.name}",
            kind=PartnerKind.OCMW,
            email="ocmw@lindendaal.example",
        ),
        PartnerOrganisation.objects.create(
            municipality=mun,
            name=f"Huis van het Kind {data.name}",
            kind=PartnerKind.HUIS_VAN_HET_KIND,
            email="hvhk@lindendaal.example",
        ),
    ]
    _load_requests(mun, data, nbs, locs, partners, rng, progress)
    _load_children_in_care(mun, generate_children_in_care(data, free_by_location, seed), nbs, locs)
    if with_users:
        _demo_users(mun, organisers, partners, data)
    audit_record(
        actor=None,
        action=AuditAction.CREATE,
        obj=mun,
        municipality_id=mun.pk,
        note=f"demo municipality loaded (seed {seed}, scale {scale})",
    )
    load_demo_vouchers(mun, seed=seed, scale=scale, today=data.reference_date)
    return mun


def _load_requests(mun, data, nbs, locs, partners, rng, progress) -> None:
    total = len(data.requests)
    families, guardians, children = [], [], []
    for i, r in enumerate(data.requests):
        families.append(
            Family(
                municipality=mun,
                reference=f"G-{mun.nis_code}-{i + 1:06d}",
                street=r.street,
                house_number=str(r.house_number),
                postcode=r.postcode,
                neighbourhood=nbs[r.neighbourhood],
                lat=r.lat,
                lon=r.lon,
                preferred_language=r.language,
                registered_by_desk=r.assisted,
                referred_by=partners[i % 2] if r.vulnerable and r.assisted and i % 3 == 0 else None,
            )
        )
    families = _batch(Family, families)
    if progress:
        progress("families", total, total)
    facts, consents = [], []
    for fam, r in zip(families, data.requests, strict=True):
        guardians.append(
            Guardian(
                family=fam,
                first_name=r.parent_first_name,
                last_name=r.parent_last_name,
                email=r.parent_email or "",
                phone=r.parent_phone,
                preferred_language=r.language,
                situation=next((f for f in r.facts if f in SITUATION_FACTS), "not_active"),
            )
        )
        if r.second_parent_first_name:
            guardians.append(
                Guardian(
                    family=fam,
                    first_name=r.second_parent_first_name,
                    last_name=r.parent_last_name,
                    preferred_language=r.language,
                    situation="working",
                )
            )
        children.append(
            Child(
                family=fam,
                first_name=r.child_first_name if r.birth_date else "",
                last_name=r.parent_last_name,
                birth_date=r.birth_date,
                expected_date=r.expected_date,
            )
        )
        source = "checked" if r.assisted else "declared"
        for key in dict.fromkeys(r.facts):
            facts.append(
                FamilyFact(
                    family=fam,
                    key=key,
                    source="attested" if fam.referred_by_id else source,
                    partner_id=fam.referred_by_id,
                    location=locs[r.siblings_at[0]] if key == "sibling_in_care" else None,
                )
            )
        given_by = f"{r.parent_first_name} {r.parent_last_name}"
        consents.append(
            Consent(family=fam, purpose=ConsentPurpose.SHARE_WITH_DESK, given_by=given_by)
        )
        consents.append(
            Consent(family=fam, purpose=ConsentPurpose.SHARE_WITH_PROVIDERS, given_by=given_by)
        )
        if fam.referred_by_id:
            consents.append(
                Consent(
                    family=fam,
                    purpose=ConsentPurpose.SHARE_WITH_PARTNER,
                    partner_id=fam.referred_by_id,
                    given_by=given_by,
                )
            )
    _batch(Guardian, guardians)
    children = _batch(Child, children)
    _batch(FamilyFact, facts)
    _batch(Consent, consents)
    if progress:
        progress("children", total, total)
    reqs = []
    recent = dt.datetime.combine(data.reference_date, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(
        days=30
    )
    for i, (child, r) in enumerate(zip(children, data.requests, strict=True)):
        days = tuple(PlanDay(d, "morning" if d in r.half_days else FULL_DAY) for d in r.days)
        plan = WeeklyPlan(
            kind=PlanKind.FLEXIBLE if r.flexible_days_per_week else PlanKind.FIXED,
            days=days,
            days_per_week=r.flexible_days_per_week,
        )
        status = RequestStatus.SUBMITTED if r.registered_at >= recent else RequestStatus.WAITING
        if i % 41 == 0:
            status = RequestStatus.CANCELLED
        reqs.append(
            ChildcareRequest(
                municipality=mun,
                child=child,
                reference=f"A-{mun.nis_code}-{i + 1:06d}",
                desired_start=r.desired_start,
                plan=plan.to_json(),
                plan_kind=str(plan.kind),
                hours_per_day=9 if not r.half_days else 5,
                preference_mode="ranked",
                motive=r.motive,
                urgent=r.urgent,
                urgent_deadline=urgent_deadline(r.registered_at.date()) if r.urgent else None,
                social_emergency=r.social_emergency,
                referring_partner_id=child.family.referred_by_id,
                channel="desk" if r.assisted else "portal",
                status=status,
                registered_at=r.registered_at,
                lottery=r.lottery,
            )
        )
    reqs = _batch(ChildcareRequest, reqs)
    prefs, changes = [], []
    for req, r in zip(reqs, data.requests, strict=True):
        prefs.extend(
            RequestPreference(request=req, location=locs[key], rank=rank + 1)
            for rank, key in enumerate(r.preferences)
        )
        changes.append(RequestStatusChange(request=req, old_status="draft", new_status="submitted"))
        if req.status != RequestStatus.SUBMITTED:
            changes.append(
                RequestStatusChange(request=req, old_status="submitted", new_status=req.status)
            )
    _batch(RequestPreference, prefs, size=5000)
    _batch(RequestStatusChange, changes, size=5000)
    if progress:
        progress("requests", total, total)


def _load_children_in_care(mun, children, nbs, locs) -> None:
    """The children who already have a place: a family, a placed request and a confirmed
    placement each, so that the occupied seats, the share of vulnerable families per location
    and the children in care per neighbourhood are real rows."""
    from loket.placements.models import Placement

    families = _batch(
        Family,
        [
            Family(
                municipality=mun,
                reference=f"G-{mun.nis_code}-{c.key}",
                street=c.street,
                house_number="1",
                postcode=c.postcode,
                neighbourhood=nbs[c.neighbourhood],
                lat=c.lat,
                lon=c.lon,
                preferred_language=c.language,
            )
            for c in children
        ],
    )
    guardians, kids, facts, consents = [], [], [], []
    for fam, c in zip(families, children, strict=True):
        guardians.append(
            Guardian(
                family=fam,
                first_name=c.parent_first_name,
                last_name=c.parent_last_name,
                preferred_language=c.language,
                situation=c.facts[0],
            )
        )
        kids.append(
            Child(
                family=fam,
                first_name=c.child_first_name,
                last_name=c.parent_last_name,
                birth_date=c.birth_date,
            )
        )
        facts.extend(FamilyFact(family=fam, key=k, source="checked") for k in c.facts)
        name = f"{c.parent_first_name} {c.parent_last_name}"
        consents.extend(
            Consent(family=fam, purpose=p, given_by=name)
            for p in (ConsentPurpose.SHARE_WITH_DESK, ConsentPurpose.SHARE_WITH_PROVIDERS)
        )
    _batch(Guardian, guardians)
    kids = _batch(Child, kids)
    _batch(FamilyFact, facts)
    _batch(Consent, consents)
    reqs = []
    for kid, c in zip(kids, children, strict=True):
        registered = dt.datetime.combine(c.start, dt.time(9), tzinfo=dt.UTC) - dt.timedelta(
            days=200
        )
        plan = WeeklyPlan(days=tuple(PlanDay(d) for d in c.days))
        reqs.append(
            ChildcareRequest(
                municipality=mun,
                child=kid,
                reference=f"A-{mun.nis_code}-{c.key}",
                desired_start=c.start,
                plan=plan.to_json(),
                plan_kind="fixed",
                hours_per_day=9,
                preference_mode="ranked",
                motive="activation",
                channel="portal",
                status=RequestStatus.PLACED,
                registered_at=registered,
                lottery=0.5,
            )
        )
    reqs = _batch(ChildcareRequest, reqs)
    _batch(
        RequestPreference,
        [
            RequestPreference(request=r, location=locs[c.location], rank=1)
            for r, c in zip(reqs, children, strict=True)
        ],
    )
    _batch(
        RequestStatusChange,
        [
            RequestStatusChange(request=r, old_status=o, new_status=n)
            for r in reqs
            for o, n in (
                ("draft", "submitted"),
                ("submitted", "offered"),
                ("offered", "accepted"),
                ("accepted", "placed"),
            )
        ],
        size=5000,
    )
    _batch(
        Placement,
        [
            Placement(
                request=r,
                location=locs[c.location],
                age_band=c.band,
                days=list(c.days),
                start_date=c.start,
                status="confirmed",
                vulnerable=assess_vulnerability(c.facts).is_vulnerable,
            )
            for r, c in zip(reqs, children, strict=True)
        ],
    )


def _demo_users(mun, organisers, partners, data) -> None:
    users = {}
    for login in DEMO_LOGINS:
        user = User.objects.create_user(login.email, login.password)
        user.first_name = {
            "desk": "Sara",
            "provider": "Tom",
            "partner": "Nadia",
            "analyst": "Lien",
            "parent": "Yasmine",
            "administrator": "Admin",
        }[login.role]
        user.last_name = "Demo"
        if login.role == Role.ADMINISTRATOR:
            user.is_staff = user.is_superuser = True
        user.save()
        user.groups.add(role_group(login.role))
        users[login.role] = user
    users[Role.DESK].municipalities.add(mun)
    users[Role.ANALYST].municipalities.add(mun)
    users[Role.PROVIDER].organisers.add(organisers[data.organisers[1]])
    users[Role.PARTNER].partner = partners[0]
    users[Role.PARTNER].save(update_fields=["partner"])
    # The demo parent owns the file of the first request registered online.
    guardian = (
        Guardian.objects.filter(
            family__municipality=mun, family__registered_by_desk=False, user__isnull=True
        )
        .order_by("family__reference")
        .first()
    )
    if guardian:
        guardian.user = users[Role.PARENT]
        guardian.email = users[Role.PARENT].email
        guardian.save(update_fields=["user", "email"])


# Childcare vouchers (kinderopvangcheques) -------------------------------------------------------


def load_demo_vouchers(mun, *, seed: int, scale: float, today: dt.date) -> None:
    """Genk's voucher programme in the demo: about 50 booklets a year at scale 1, issued by the two
    partners to the families they referred, with realistic use (seed 001, 4.5): about a third
    never use a voucher, use drops off after the first ones, some use all 10, and most of those
    who used a few continue in regular care (a place starting within 3 months after their last
    voucher). Also one accepted place that did not start and one place that ended early, so the
    case meeting has something to discuss. Deterministic: everything comes from ``seed``."""
    from loket.domain import vouchers as voucher_rules
    from loket.domain.requests import add_months, age_band, age_in_months
    from loket.placements.models import Offer, OfferStatus, Placement, PlacementStatus
    from loket.vouchers.models import Booklet, Voucher, VoucherProgramme

    rng = random.Random(seed * 7919 + 17)
    tz = timezone.get_default_timezone()
    value = 2500  # EUR 25 per care moment, paid to the provider
    per_booklet = 10
    target = max(6, round(50 * scale))
    programme = VoucherProgramme.objects.create(
        municipality=mun,
        name=f"Kinderopvangcheques {mun.name}",
        budget_cents=round(target * 1.2) * per_booklet * value,
        valid_from=add_months(today, -12),
        valid_until=add_months(today, 6),
        vouchers_per_booklet=per_booklet,
        moment_value_cents=value,
    )
    accepting = list(Location.objects.filter(municipality=mun, accepts_vouchers=True, active=True))
    provider = User.objects.filter(email="provider@demo.loket").first()
    own_ids: set[int] = set()
    if provider is not None:
        own = Location.objects.filter(municipality=mun, organiser__in=provider.organisers.all())
        if own.exists() and not own.filter(accepts_vouchers=True).exists():
            first = own.order_by("name").first()
            first.accepts_vouchers = True
            first.save(update_fields=["accepts_vouchers"])
            accepting.append(first)
        own_ids = set(own.filter(accepts_vouchers=True).values_list("pk", flat=True))
    if not accepting:
        return
    families = list(
        Family.objects.filter(municipality=mun, referred_by__isnull=False)
        .select_related("neighbourhood")
        .prefetch_related("facts", "children__requests")
        .order_by("reference")
    )
    rng.shuffle(families)
    rule = programme.rule
    booklets, plans, new_facts = [], [], []
    for fam in families:
        if len(booklets) >= target:
            break
        child = next((c for c in fam.children.all() if c.birth_date), None)
        req = next(iter(child.requests.all()), None) if child else None
        if child is None or req is None:
            continue
        issued_on = max(req.registered_at.date(), programme.valid_from) + dt.timedelta(
            days=rng.randint(3, 45)
        )
        if issued_on >= today or age_in_months(child.birth_date, issued_on) >= 33:
            continue
        # The partner's check with the family: the weak domains it attests.
        facts = {f.key for f in fam.facts.all()}
        missing = [d for d in rule.domains if d not in facts]
        rng.shuffle(missing)
        while not voucher_rules.voucher_eligibility(facts, rule).eligible and missing:
            key = str(missing.pop())
            facts.add(key)
            new_facts.append(
                FamilyFact(family=fam, key=key, source="attested", partner_id=fam.referred_by_id)
            )
        booklets.append(
            Booklet(
                programme=programme,
                family=fam,
                child=child,
                partner_id=fam.referred_by_id,
                issued_at=dt.datetime.combine(issued_on, dt.time(10, 30), tzinfo=tz),
                language=fam.preferred_language
                if fam.preferred_language in voucher_rules.LANGUAGES
                else "nl",
            )
        )
        plans.append((fam, child, req, issued_on))
    _batch(FamilyFact, new_facts)
    booklets = _batch(Booklet, booklets)
    vouchers, placements, changes = [], [], []
    ended_one = False
    for booklet, (fam, child, req, issued_on) in zip(booklets, plans, strict=True):
        nearby = [loc for loc in accepting if loc.neighbourhood_id == fam.neighbourhood_id]
        home = rng.choice(nearby or accepting)
        if own_ids and rng.random() < 0.35:
            home = next(loc for loc in accepting if loc.pk in own_ids)
        if rng.random() < 0.34:
            uses = 0  # the largest drop-out: a booklet that is never used
        else:
            uses = rng.choices(range(1, 11), weights=[16, 12, 9, 6, 5, 4, 3, 3, 3, 39])[0]
        day = issued_on + dt.timedelta(days=rng.randint(3, 40))
        used_on = []
        for _ in range(uses):
            if day >= today:
                break
            used_on.append(day)
            day += dt.timedelta(days=rng.randint(2, 12))
        for number in range(1, per_booklet + 1):
            voucher = Voucher(
                booklet=booklet,
                code=voucher_rules.generate_code(rng.randrange),
                number=number,
            )
            if number <= len(used_on):
                moment = used_on[number - 1]
                loc = home if rng.random() < 0.85 else rng.choice(accepting)
                voucher.moment_date = moment
                voucher.location = loc
                voucher.redeemed_at = dt.datetime.combine(
                    min(moment + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])), today),
                    dt.time(rng.randint(8, 17), rng.randint(0, 59)),
                    tzinfo=tz,
                )
                voucher.redeemed_by = provider if loc.pk in own_ids else None
                voucher.value_cents = value
            vouchers.append(voucher)
        # Continuing in regular care: likely after a few vouchers, rare after one or two.
        if not used_on or req.status == RequestStatus.CANCELLED:
            continue
        chance = 0.8 if len(used_on) == per_booklet else (0.6 if len(used_on) >= 3 else 0.15)
        if rng.random() >= chance:
            continue
        start = used_on[-1] + dt.timedelta(days=rng.randint(7, 80))
        if start > today + dt.timedelta(days=30):
            continue
        started = start <= today
        ends = started and not ended_one and start + dt.timedelta(days=35) < today
        placements.append(
            Placement(
                request=req,
                location=home,
                kind="regular",
                age_band=age_band(child.birth_date, start),
                days=[d["day"] for d in req.plan.get("days", [])] or ["mon", "tue"],
                start_date=start,
                end_date=start + dt.timedelta(days=30) if ends else None,
                status=(PlacementStatus.ENDED if ends else PlacementStatus.CONFIRMED)
                if started
                else PlacementStatus.PLANNED,
                vulnerable=True,
                end_reason="de familie verhuisde" if ends else "",
                ended_at=dt.datetime.combine(start + dt.timedelta(days=30), dt.time(17), tzinfo=tz)
                if ends
                else None,
            )
        )
        ended_one = ended_one or ends
        new_status = RequestStatus.PLACED if started else RequestStatus.ACCEPTED
        changes.append(
            RequestStatusChange(
                request=req, old_status=req.status, new_status=new_status, note="demo: vouchers"
            )
        )
        req.status = new_status
        req.save(update_fields=["status"])
    _batch(Voucher, vouchers)
    _batch(Placement, placements)
    # One referred family with an accepted place that has not started (for the case meeting).
    waiting = next(
        (
            (fam, req)
            for fam in families
            for c in fam.children.all()
            for req in c.requests.all()
            if req.status == RequestStatus.WAITING and c.birth_date
        ),
        None,
    )
    if waiting is not None:
        fam, req = waiting
        pref = req.preferences.select_related("location").first()
        if pref is not None:
            start = today - dt.timedelta(days=10)
            Offer.objects.create(
                request=req,
                location=pref.location,
                age_band=age_band(req.child.birth_date, start),
                days=[d["day"] for d in req.plan.get("days", [])],
                start_date=start,
                status=OfferStatus.ACCEPTED,
                deadline=dt.datetime.combine(start - dt.timedelta(days=20), dt.time(12), tzinfo=tz),
                origin="desk",
                responded_at=dt.datetime.combine(
                    start - dt.timedelta(days=25), dt.time(12), tzinfo=tz
                ),
            )
            for old, new in (
                (req.status, RequestStatus.OFFERED),
                (RequestStatus.OFFERED, RequestStatus.ACCEPTED),
            ):
                changes.append(
                    RequestStatusChange(request=req, old_status=old, new_status=new, note="demo")
                )
            req.status = RequestStatus.ACCEPTED
            req.save(update_fields=["status"])
    _batch(RequestStatusChange, changes)
