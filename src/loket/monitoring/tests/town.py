"""A small municipality whose every figure is worked out by hand in the tests (frozen on
15 November 2026, reference year 2026, Europe/Brussels).

Neighbourhoods and places (population figures of 2026; 2025 has other figures):

| nb          | children 0-3 | places | income-related | locations                          |
|-------------|-------------:|-------:|---------------:|------------------------------------|
| A Noord     |          120 |     60 |             40 | L1 income 40/40, L2 free 20/0      |
| B Zuid      |           80 |     20 |             10 | L3 mixed 20/10 (+ inactive 50 free)|
| C Heide     |            3 |      0 |              0 |                                    |
| (none)      |            - |      8 |              8 | L4 income 8/8                      |
| total       |          203 |     88 |             58 |                                    |

Families, by their facts (the default Koksijde rule decides "vulnerable"):

- O  working                              -> not vulnerable
- V  low_income + single_parent           -> vulnerable, single parent
- P  low_income + health_or_care + weak income/housing/education -> vulnerable, child poverty
- VJ low_income + job_seeking             -> vulnerable, job seeker
- OJ job_seeking                          -> not vulnerable, job seeker
- VN no_secondary_diploma + integration_course -> vulnerable, newcomer

Requests registered in 2026 (32); "+n": an offer n days after registration:

| nb | who | n | registered  | motive            | outcome                                       |
|----|-----|--:|-------------|-------------------|-----------------------------------------------|
| A  | O   | 6 | 1 Feb 10:00 | activation        | placed at L1, first 5 urgent; +10 +20 +25 +27 |
|    |     |   |             |                   | +40 +60; one place ended 31 Oct               |
| A  | O   | 1 | 1 Jan 00:30 | activation        | waiting (31 Dec 23:30 UTC: 2026 locally)      |
| A  | O   | 5 | 10 Mar      | activation        | waiting, no offer                             |
| A  | V   | 2 | 1 Apr       | family_strength   | placed at L1 (confirmed; planned); +35        |
|    |     |   |             |                   | (expired, then +50), +90                      |
| A  | V   | 1 | 1 Apr       | family_strength   | +70 declined, waiting                         |
| A  | V   | 3 | 15 Apr      | family_strength   | waiting, no offer                             |
| A  | P   | 2 | 20 Apr      | support_or_crisis | waiting, no offer                             |
| B  | VJ  | 5 | 1 May       | activation, urgent| 3 placed at L3 (planned, 1 Dec) +5 +31 +45;   |
|    |     |   |             |                   | 2 waiting                                     |
| B  | OJ  | 5 | 1 May       | activation        | 2 placed at L3 (confirmed) +100 +120; 3 wait  |
| C  | VN  | 1 | 1 Jun       | integration       | waiting, no offer                             |
| -  | O   | 1 | 15 Jun      | child_development | cancelled                                     |

Outside 2026: A O registered 31 Dec 2025 23:30 (waiting); B O registered 1 Jun 2025, in care at
L3 since 1 Sep 2025 (confirmed); B O registered 1 May 2024, placed 2024-09-01 to 2025-12-31
(ended); a draft in A. Another municipality ("Elders") has requests, offers and places too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from loket.families.tests.factories import ChildFactory, FactFactory, FamilyFactory
from loket.locations.tests.factories import LocationFactory
from loket.municipalities.tests.factories import (
    MunicipalityFactory,
    NeighbourhoodFactory,
    PopulationFactory,
)
from loket.placements.models import Offer, Placement
from loket.registrations.tests.factories import ChildcareRequestFactory

BRUSSELS = ZoneInfo("Europe/Brussels")
FROZEN = "2026-11-15 11:00:00"  # UTC

PROFILES = {
    "O": ["working"],
    "V": ["low_income", "single_parent"],
    "P": [
        "low_income",
        "health_or_care_situation",
        "weak_income",
        "weak_housing",
        "weak_education",
        "not_active",
    ],
    "VJ": ["low_income", "job_seeking"],
    "OJ": ["job_seeking"],
    "VN": ["no_secondary_diploma", "integration_course"],
}


def local(year, month, day, hour=10, minute=0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


def square(x: float, y: float, size: float = 0.01) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


@dataclass
class Town:
    municipality: object
    neighbourhoods: dict = field(default_factory=dict)
    locations: dict = field(default_factory=dict)
    requests: list = field(default_factory=list)


def _family(municipality, neighbourhood, profile):
    family = FamilyFactory(municipality=municipality, neighbourhood=neighbourhood)
    for key in PROFILES[profile]:
        FactFactory(family=family, key=key, source="declared")
    return family


def _request(municipality, neighbourhood, profile, registered, *, status="waiting", **extra):
    family = _family(municipality, neighbourhood, profile)
    child = ChildFactory(family=family, birth_date=dt.date(2025, 8, 1))
    return ChildcareRequestFactory(
        child=child,
        municipality=municipality,
        registered_at=registered,
        status=status,
        **extra,
    )


def _offer(req, location, days: int, status="accepted"):
    offer = Offer.objects.create(
        request=req,
        location=location,
        age_band="baby",
        days=["mon"],
        start_date=dt.date(2026, 9, 1),
        status=status,
        deadline=req.registered_at + dt.timedelta(days=days + 7),
    )
    Offer.objects.filter(pk=offer.pk).update(created_at=req.registered_at + dt.timedelta(days=days))
    return offer


def _place(req, location, *, start, status="confirmed", end=None, vulnerable=False, offer=None):
    return Placement.objects.create(
        request=req,
        location=location,
        offer=offer,
        age_band="baby",
        days=["mon"],
        start_date=start,
        end_date=end,
        status=status,
        vulnerable=vulnerable,
    )


def build_town() -> Town:
    """The municipality of the table above (call inside ``freeze_time(FROZEN)``)."""
    m = MunicipalityFactory(name="Klein-Lindendaal")
    town = Town(municipality=m)
    for code, name, children, x in (("A", "Noord", 120, 4.30), ("B", "Zuid", 80, 4.31),
                                    ("C", "Heide", 3, 4.32)):  # fmt: skip
        nb = NeighbourhoodFactory(
            municipality=m, code=code, name=name, lat=51.0, lon=x, geometry=square(x, 51.0)
        )
        PopulationFactory(neighbourhood=nb, year=2026, children_0_3=children)
        PopulationFactory(neighbourhood=nb, year=2025, children_0_3=children + 10)
        town.neighbourhoods[code] = nb
    a, b, c = (town.neighbourhoods[k] for k in "ABC")
    loc = town.locations
    loc["L1"] = LocationFactory(
        municipality=m,
        neighbourhood=a,
        name="Het Nestje",
        pricing="income",
        licensed_places=40,
        income_related_places=40,
    )
    loc["L2"] = LocationFactory(
        municipality=m,
        neighbourhood=a,
        name="Kleine Stapjes",
        pricing="free",
        subsidy_step="1",
        licensed_places=20,
        income_related_places=0,
    )
    loc["L3"] = LocationFactory(
        municipality=m,
        neighbourhood=b,
        name="De Rupsjes",
        pricing="mixed",
        licensed_places=20,
        income_related_places=10,
    )
    loc["L4"] = LocationFactory(
        municipality=m,
        neighbourhood=None,
        name="Zonnekind",
        pricing="income",
        licensed_places=8,
        income_related_places=8,
    )
    loc["closed"] = LocationFactory(municipality=m, neighbourhood=b, name="Gesloten",
                                    pricing="free", subsidy_step="0", licensed_places=50,
                                    income_related_places=0, active=False)  # fmt: skip
    add = town.requests.append

    # A: six working families placed at L1, the first five urgent.
    for i, days in enumerate((10, 20, 25, 27, 40, 60)):
        registered = local(2026, 2, 1)
        urgent = i < 5
        req = _request(
            m,
            a,
            "O",
            registered,
            status="placed",
            motive="activation",
            urgent=urgent,
            urgent_deadline=dt.date(2026, 3, 1) if urgent else None,
        )
        offer = _offer(req, loc["L1"], days)
        ended = i == 5
        _place(req, loc["L1"], start=dt.date(2026, 9, 1), offer=offer,
               status="ended" if ended else "confirmed",
               end=dt.date(2026, 10, 31) if ended else None)  # fmt: skip
        add(req)
    add(_request(m, a, "O", local(2026, 1, 1, 0, 30), motive="activation"))
    for _ in range(5):
        add(_request(m, a, "O", local(2026, 3, 10), motive="activation"))
    # A: vulnerable single parents.
    first = _request(m, a, "V", local(2026, 4, 1), status="accepted", motive="family_strength")
    _offer(first, loc["L2"], 35, status="expired")
    offer = _offer(first, loc["L1"], 50)
    _place(first, loc["L1"], start=dt.date(2026, 9, 1), offer=offer, vulnerable=True)
    second = _request(m, a, "V", local(2026, 4, 1), status="accepted", motive="family_strength")
    offer = _offer(second, loc["L1"], 90)
    _place(second, loc["L1"], start=dt.date(2026, 12, 1), status="planned", offer=offer,
           vulnerable=True)  # fmt: skip
    declined = _request(m, a, "V", local(2026, 4, 1), motive="family_strength")
    _offer(declined, loc["L1"], 70, status="declined")
    town.requests += [first, second, declined]
    for _ in range(3):
        add(_request(m, a, "V", local(2026, 4, 15), motive="family_strength"))
    for _ in range(2):
        add(_request(m, a, "P", local(2026, 4, 20), motive="support_or_crisis"))
    # B: urgent vulnerable job seekers, and other job seekers.
    for i in range(5):
        req = _request(m, b, "VJ", local(2026, 5, 1), motive="activation", urgent=True,
                       urgent_deadline=dt.date(2026, 6, 1),
                       status="accepted" if i < 3 else "waiting")  # fmt: skip
        if i < 3:
            offer = _offer(req, loc["L3"], (5, 31, 45)[i])
            _place(req, loc["L3"], start=dt.date(2026, 12, 1), status="planned", offer=offer,
                   vulnerable=True)  # fmt: skip
        add(req)
    for i in range(5):
        req = _request(m, b, "OJ", local(2026, 5, 1), motive="activation",
                       status="placed" if i < 2 else "waiting")  # fmt: skip
        if i < 2:
            offer = _offer(req, loc["L3"], (100, 120)[i])
            _place(req, loc["L3"], start=dt.date(2026, 10, 1), offer=offer)
        add(req)
    # C and no neighbourhood.
    add(_request(m, c, "VN", local(2026, 6, 1), motive="integration"))
    add(_request(m, None, "O", local(2026, 6, 15), status="cancelled",
                 motive="child_development"))  # fmt: skip
    # Outside the reference year, and a draft.
    _request(m, a, "O", local(2025, 12, 31, 23, 30), motive="activation")
    old = _request(m, b, "O", local(2025, 6, 1), status="placed", motive="activation")
    _place(old, loc["L3"], start=dt.date(2025, 9, 1))
    older = _request(m, b, "O", local(2024, 5, 1), status="placed", motive="activation")
    _place(older, loc["L3"], start=dt.date(2024, 9, 1), end=dt.date(2025, 12, 31),
           status="ended")  # fmt: skip
    _request(m, a, "O", None, status="draft", motive="activation", lottery=None)
    _elsewhere()
    return town


def _elsewhere() -> None:
    """Another municipality with plenty of data that must never show up."""
    m = MunicipalityFactory(name="Elders")
    nb = NeighbourhoodFactory(municipality=m, code="X", name="Buitenwijk", geometry=square(5, 50))
    PopulationFactory(neighbourhood=nb, year=2026, children_0_3=500)
    location = LocationFactory(municipality=m, neighbourhood=nb, name="Elders Opvang",
                               licensed_places=56, income_related_places=56)  # fmt: skip
    for i in range(12):
        req = _request(m, nb, "V", local(2026, 3, 1), status="placed", motive="activation")
        offer = _offer(req, location, 3 + i)
        _place(req, location, start=dt.date(2026, 4, 1), offer=offer, vulnerable=True)
