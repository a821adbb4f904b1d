"""A realistic, deterministic demo municipality (demogemeente), as plain data.

Pure Python so that the Django loader (``manage.py load_demo``) and the benchmarks share it.
The same ``seed``, ``scale`` and ``reference_date`` always give the same municipality.

At scale 1 it resembles a Flemish town of about 80,000 inhabitants: 10 neighbourhoods that
differ in income and child poverty (vulnerable share 10% to 35%), about 60 locations (group care
and childminders, income-related and free price, a few with atypical hours) and about 1,500
requests registered over the past year. Places are concentrated in the better-off neighbourhoods
and vulnerable families register later and rank fewer, nearer locations, as the seeds describe
(seed 001, sections 1 and 2.1). Scale 10 gives an Antwerp-sized instance (about 600 locations and
15,000 requests).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .geo import distance_km
from .requests import Motive, add_months

INHABITANTS = 80_000
LOCATIONS = 60
REQUESTS = 1_500
NAME = "Lindendaal"
NIS_CODE = "99001"
#: Bounding box of the base municipality: (min lon, min lat, max lon, max lat).
BBOX = (4.300, 50.980, 4.420, 51.040)

NEIGHBOURHOOD_NAMES = [
    "Centrum",
    "Stationskwartier",
    "Molenwijk",
    "Rietveld",
    "Hoogkouter",
    "Sint-Anna",
    "Nieuwdorp",
    "Kanaalzone",
    "Bosrand",
    "Heidepark",
]
STREET_WORDS = [
    "Kerk",
    "Molen",
    "School",
    "Linden",
    "Beuken",
    "Kouter",
    "Veld",
    "Beek",
    "Brug",
    "Hoeve",
    "Zonne",
    "Wilgen",
    "Eiken",
    "Heide",
    "Vaart",
]
STREET_KINDS = ["straat", "laan", "weg", "plein", "dreef"]
FIRST_NAMES = [
    "Emma",
    "Noah",
    "Olivia",
    "Liam",
    "Louise",
    "Arthur",
    "Mila",
    "Jules",
    "Elena",
    "Lucas",
    "Nora",
    "Adam",
    "Ella",
    "Finn",
    "Lina",
    "Victor",
    "Yasmine",
    "Mohamed",
    "Amira",
    "Youssef",
    "Fatima",
    "Ibrahim",
    "Zeynep",
    "Emir",
    "Aya",
    "Omar",
    "Maria",
    "Oliwia",
    "Jakub",
    "Sofia",
    "Ana",
    "David",
    "Sara",
    "Ali",
    "Hanna",
    "Milan",
    "Amina",
    "Kenan",
    "Nour",
    "Rayan",
]
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Van den Broeck",
    "Dubois",
    "El Amrani",
    "Yilmaz",
    "Kaya",
    "Nowak",
    "Kowalski",
    "Benali",
    "Diallo",
    "Popescu",
    "Haddad",
    "Rahimi",
    "Vermeulen",
    "Hermans",
    "Aerts",
    "Smets",
    "Bogaerts",
    "Ahmadi",
    "Öztürk",
    "Mukendi",
]
PARENT_LANGUAGES = ["nl", "nl", "nl", "nl", "nl", "nl", "en", "fr", "fr", "ar", "ar"]
ORGANISER_NAMES = [
    "Stad {m} - Kinderopvang",
    "Kinderopvang Okidoki vzw",
    "Het Speelhuis vzw",
    "Kleine Stapjes bv",
    "Dienst Onthaalouders Regio",
    "Kinderdagverblijf De Zonnebloem",
    "Crèche Les Petits Loups",
    "Kinderopvang Kadee vzw",
]


@dataclass(frozen=True, slots=True)
class DemoNeighbourhood:
    code: str
    name: str
    postcode: str
    #: Children aged 0 to 3 living there, by year (the population figures of the analysis).
    children_0_3: dict[int, int]
    #: Share of children in families that count as vulnerable (10% to 35%).
    vulnerable_share: float
    #: 1 (poorest) to 5 (best off).
    income_level: int
    #: Outline as a closed ring of (lon, lat) points (GeoJSON order).
    polygon: tuple[tuple[float, float], ...]
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class DemoStreet:
    name: str
    postcode: str
    neighbourhood: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class DemoLocation:
    key: str
    name: str
    organiser: str
    kind: str  # "group" or "childminder"
    neighbourhood: str
    street: str
    house_number: int
    postcode: str
    lat: float
    lon: float
    subsidy_step: str  # "0", "1", "2A", "2B", "3"
    income_related: bool
    licensed_places: int
    income_related_places: int
    #: Places per weekday (mon..sun); weekend only at a few atypical locations.
    capacity: dict[str, int]
    #: Share of places per weekday for babies (under 18 months); the rest are for toddlers.
    baby_share: float
    #: Opening hours per weekday as ("HH:MM", "HH:MM").
    hours: dict[str, tuple[str, str]]
    languages: tuple[str, ...]
    occasional_places: int
    accepts_vouchers: bool
    reserve_share: float
    daily_price_free: int | None  # euro cents per day for free-price places


@dataclass(frozen=True, slots=True)
class DemoRequest:
    key: str
    neighbourhood: str
    street: str
    house_number: int
    postcode: str
    lat: float
    lon: float
    parent_first_name: str
    parent_last_name: str
    parent_email: str | None
    parent_phone: str
    language: str
    second_parent_first_name: str | None
    child_first_name: str
    birth_date: dt.date | None
    expected_date: dt.date | None
    desired_start: dt.date
    registered_at: dt.datetime
    days: list[str]
    half_days: list[str]
    flexible_days_per_week: int | None
    preferences: list[str]
    groups: list[str]
    facts: list[str]
    siblings_at: list[str]
    vulnerable: bool
    motive: str
    urgent: bool
    social_emergency: bool
    lottery: float
    assisted: bool


@dataclass(slots=True)
class DemoMunicipality:
    name: str
    nis_code: str
    inhabitants: int
    reference_date: dt.date
    neighbourhoods: list[DemoNeighbourhood] = field(default_factory=list)
    streets: list[DemoStreet] = field(default_factory=list)
    organisers: list[str] = field(default_factory=list)
    locations: list[DemoLocation] = field(default_factory=list)
    requests: list[DemoRequest] = field(default_factory=list)

    @property
    def children_0_3(self) -> int:
        year = self.reference_date.year
        return sum(n.children_0_3.get(year, 0) for n in self.neighbourhoods)


def _grid(n: int) -> tuple[int, int]:
    cols = max(1, math.ceil(math.sqrt(n * 2)))
    rows = math.ceil(n / cols)
    return cols, rows


def generate_municipality(
    seed: int = 1,
    scale: float = 1.0,
    reference_date: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoMunicipality:
    """Generate the demo municipality. ``progress`` is called with the number of requests made."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    today = reference_date or dt.date(2026, 9, 1)
    rng = random.Random(seed)
    n_nb = 10 if scale <= 1.5 else round(10 * math.sqrt(scale))
    side = math.sqrt(scale) if scale > 1.5 else 1.0
    min_lon, min_lat, max_lon, max_lat = BBOX
    width, height = (max_lon - min_lon) * side, (max_lat - min_lat) * side
    cols, rows = _grid(n_nb)
    m = DemoMunicipality(
        name=NAME if scale == 1 else f"{NAME} (x{scale:g})",
        nis_code=NIS_CODE,
        inhabitants=round(INHABITANTS * scale),
        reference_date=today,
    )
    # Neighbourhoods: poorer ones near the canal and the station, better-off ones at the edge.
    total_children = round(INHABITANTS * scale * 0.031)
    weights = [rng.uniform(0.6, 1.4) for _ in range(n_nb)]
    levels = [1 + (i * 5) // n_nb for i in range(n_nb)]
    rng.shuffle(levels)
    postcodes = [str(2990 + i) for i in range(max(1, n_nb // 4))]
    for i in range(n_nb):
        c, r = i % cols, i // cols
        x0 = min_lon + width * c / cols
        x1 = min_lon + width * (c + 1) / cols
        y0 = min_lat + height * r / rows
        y1 = min_lat + height * (r + 1) / rows
        ring = ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0))
        level = levels[i]
        # Vulnerable share from 35% (level 1) down to 10% (level 5), with a little noise.
        share = round(
            min(0.35, max(0.10, 0.35 - (level - 1) * 0.0625 + rng.uniform(-0.02, 0.02))), 3
        )
        base = round(total_children * weights[i] / sum(weights))
        per_year = {
            today.year - k: max(10, round(base * (1 + rng.uniform(-0.04, 0.04) - 0.01 * k)))
            for k in range(0, 4)
        }
        name = (
            NEIGHBOURHOOD_NAMES[i]
            if n_nb == len(NEIGHBOURHOOD_NAMES)
            else f"{NEIGHBOURHOOD_NAMES[i % 10]} {i // 10 + 1}"
        )
        m.neighbourhoods.append(
            DemoNeighbourhood(
                code=f"W{i + 1:02d}",
                name=name,
                postcode=postcodes[i % len(postcodes)],
                children_0_3=per_year,
                vulnerable_share=share,
                income_level=level,
                polygon=tuple((round(x, 6), round(y, 6)) for x, y in ring),
                lat=round((y0 + y1) / 2, 6),
                lon=round((x0 + x1) / 2, 6),
            )
        )
    # Streets: a handful per neighbourhood, used as the gazetteer for addresses.
    used: set[str] = set()
    for nb in m.neighbourhoods:
        (x0, y0), _, (x1, y1) = nb.polygon[0], nb.polygon[1], nb.polygon[2]
        for _ in range(6):
            for _attempt in range(50):
                name = rng.choice(STREET_WORDS) + rng.choice(STREET_KINDS)
                if name not in used:
                    break
                name = f"{name} {nb.name}"
                if name not in used:
                    break
            used.add(name)
            m.streets.append(
                DemoStreet(
                    name=name,
                    postcode=nb.postcode,
                    neighbourhood=nb.code,
                    lat=round(rng.uniform(y0, y1), 6),
                    lon=round(rng.uniform(x0, x1), 6),
                )
            )
    streets_by_nb: dict[str, list[DemoStreet]] = {}
    for s in m.streets:
        streets_by_nb.setdefault(s.neighbourhood, []).append(s)

    m.organisers = [o.format(m=NAME) for o in ORGANISER_NAMES]
    _make_locations(m, rng, round(LOCATIONS * scale), streets_by_nb)
    _make_requests(m, rng, round(REQUESTS * scale), streets_by_nb, today, progress)
    return m


def _make_locations(m, rng, n_locations, streets_by_nb) -> None:
    nbs = m.neighbourhoods
    # Places follow income: better-off neighbourhoods get about three times as many per child.
    nb_weights = [n.children_0_3[m.reference_date.year] * (0.5 + 0.5 * n.income_level) for n in nbs]
    group_names = [
        "'t Kriebeltje",
        "De Rupsjes",
        "Het Nestje",
        "Pimpampoentje",
        "Zonnekind",
        "De Kleine Reus",
        "Ukkepuk",
        "Het Speelbos",
        "Kadee",
        "De Boomhut",
    ]
    for i in range(n_locations):
        nb = rng.choices(nbs, weights=nb_weights)[0]
        street = rng.choice(streets_by_nb[nb.code])
        is_group = rng.random() < 0.45
        if is_group:
            places = rng.choice([14, 18, 21, 28, 35, 42, 56])
            kind = "group"
            name = f"{rng.choice(group_names)} {nb.name}" + (f" {i}" if i >= 10 else "")
        else:
            places = rng.choice([4, 5, 6, 7, 8])
            kind = "childminder"
            name = f"Onthaalouder {rng.choice(LAST_NAMES)} ({nb.name})"
        # Income-related care is a little less common in the better-off neighbourhoods.
        p_income = 0.85 - 0.07 * (nb.income_level - 1)
        income_related = rng.random() < p_income
        mixed = income_related and is_group and rng.random() < 0.15
        income_places = places if income_related and not mixed else (places // 2 if mixed else 0)
        step = (
            rng.choice(["2A", "2A", "2A", "2B", "3"]) if income_related else rng.choice(["0", "1"])
        )
        atypical = rng.random() < 0.07
        days = ["mon", "tue", "wed", "thu", "fri"] + (["sat"] if atypical and is_group else [])
        capacity = {}
        for d in days:
            cap = places
            if kind == "childminder" and d == "wed" and rng.random() < 0.3:
                cap = max(2, places - 2)
            if d == "sat":
                cap = max(4, places // 3)
            capacity[d] = cap
        opens, closes = (
            ("06:00", "20:00")
            if atypical
            else (rng.choice(["07:00", "07:30"]), rng.choice(["18:00", "18:30"]))
        )
        hours = {d: (opens, closes) if d != "sat" else ("08:00", "16:00") for d in days}
        if kind == "childminder" and "wed" in capacity and capacity["wed"] < places:
            hours["wed"] = (opens, "13:00")
        langs = ["nl"] + [lang for lang in ("fr", "en", "ar", "tr") if rng.random() < 0.15]
        m.locations.append(
            DemoLocation(
                key=f"L{i + 1:04d}",
                name=name,
                organiser=m.organisers[0] if step == "3" else rng.choice(m.organisers),
                kind=kind,
                neighbourhood=nb.code,
                street=street.name,
                house_number=rng.randint(1, 180),
                postcode=street.postcode,
                lat=round(street.lat + rng.uniform(-0.002, 0.002), 6),
                lon=round(street.lon + rng.uniform(-0.003, 0.003), 6),
                subsidy_step=step,
                income_related=income_related,
                licensed_places=places,
                income_related_places=income_places,
                capacity=capacity,
                baby_share=0.4 if is_group else 0.5,
                hours=hours,
                languages=tuple(langs),
                occasional_places=(2 if is_group and rng.random() < 0.3 else 0),
                accepts_vouchers=rng.random() < 0.6,
                reserve_share=0.2 if income_related else 0.0,
                daily_price_free=None
                if income_related and not mixed
                else rng.choice([3200, 3500, 3800, 4100, 4500]),
            )
        )


def _phone(rng: random.Random) -> str:
    parts = (rng.randint(70, 99), rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
    return "04{} {} {} {}".format(*parts)


class _LocationGrid:
    """Locations bucketed in cells of about one kilometre, to find the nearest ones quickly."""

    CELL = 0.01

    def __init__(self, locations) -> None:
        self.cells: dict[tuple[int, int], list] = {}
        for loc in locations:
            self.cells.setdefault(self.cell(loc.lat, loc.lon), []).append(loc)
        self.count = len(locations)

    def cell(self, lat: float, lon: float) -> tuple[int, int]:
        return (math.floor(lat / self.CELL), math.floor(lon / self.CELL))


def _nearest(grid: _LocationGrid, lat: float, lon: float, n: int) -> list:
    """The ``n`` locations nearest to a point, nearest first (ties by key).

    Rings of cells are searched outwards until ``n`` are found, then one ring more, so that a
    nearer location just across a cell border is never missed.
    """
    ci, cj = grid.cell(lat, lon)
    found: list = []
    ring = 0
    enough_at: int | None = None
    while len(found) < grid.count:
        for i in range(ci - ring, ci + ring + 1):
            for j in range(cj - ring, cj + ring + 1):
                if max(abs(i - ci), abs(j - cj)) == ring:
                    found.extend(grid.cells.get((i, j), ()))
        if enough_at is None and len(found) >= n:
            enough_at = ring
        if enough_at is not None and ring >= enough_at + 1:
            break
        ring += 1
    found.sort(key=lambda loc: (distance_km(lat, lon, loc.lat, loc.lon), loc.key))
    return found[:n]


def _make_requests(m, rng, n_requests, streets_by_nb, today, progress) -> None:
    nbs = m.neighbourhoods
    nb_weights = [n.children_0_3[today.year] for n in nbs]
    grid = _LocationGrid(m.locations)
    start = dt.datetime.combine(today - dt.timedelta(days=365), dt.time(8, 0), tzinfo=dt.UTC)
    for i in range(n_requests):
        nb = rng.choices(nbs, weights=nb_weights)[0]
        street = rng.choice(streets_by_nb[nb.code])
        vulnerable = rng.random() < nb.vulnerable_share
        lat = street.lat + rng.uniform(-0.001, 0.001)
        lon = street.lon + rng.uniform(-0.0015, 0.0015)
        registered = start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
        # Vulnerable families register later: a shorter lead time to the start they need.
        lead_months = (
            rng.choice([1, 1, 2, 3, 4]) if vulnerable else rng.choice([3, 5, 6, 7, 8, 9, 10])
        )
        desired = add_months(registered.date(), lead_months)
        if desired < today:
            desired = today + dt.timedelta(days=rng.randrange(14, 300))
        unborn = rng.random() < 0.35 and not vulnerable and lead_months >= 6
        if unborn:
            expected = registered.date() + dt.timedelta(days=rng.randrange(30, 180))
            if expected > desired:
                desired = expected + dt.timedelta(days=rng.randrange(90, 150))
            birth = expected if expected <= today else None
            expected_date = None if birth else expected
        else:
            birth = desired - dt.timedelta(days=rng.randrange(90, 900))
            if birth > registered.date():
                # Born by the time the family registered, or shortly before.
                birth = registered.date() - dt.timedelta(days=rng.randrange(0, 60))
            expected_date = None
        born = birth or expected_date
        if born and (desired - born).days > 3 * 365 - 40:
            desired = born + dt.timedelta(days=rng.randrange(120, 700))
            if desired < today:
                desired = today + dt.timedelta(days=rng.randrange(14, 200))
        # Weekly plan: vulnerable families more often part time or flexible.
        r = rng.random()
        flexible = None
        half: list[str] = []
        if r < (0.45 if vulnerable else 0.6):
            days = ["mon", "tue", "wed", "thu", "fri"]
        elif r < (0.65 if vulnerable else 0.85):
            days = ["mon", "tue", "wed", "thu", "fri"]
            days.remove(rng.choice(["wed", "fri", "mon"]))
        else:
            days = sorted(
                rng.sample(["mon", "tue", "wed", "thu", "fri"], rng.choice([2, 3])),
                key=["mon", "tue", "wed", "thu", "fri"].index,
            )
            if rng.random() < 0.3:
                half = [days[-1]]
            if vulnerable and rng.random() < 0.3:
                flexible = len(days) - 1 if len(days) > 2 else None
        # Preferences: nearby locations; vulnerable families rank fewer and nearer ones.
        usable = [
            loc for loc in _nearest(grid, lat, lon, 12) if all(d in loc.capacity for d in days)
        ]
        n_choices = rng.choice([1, 2, 2, 3]) if vulnerable else rng.choice([3, 4, 5, 5, 6])
        pool = usable[: (4 if vulnerable else 12)]
        prefs = [loc.key for loc in rng.sample(pool, min(n_choices, len(pool)))]
        prefs.sort(key=lambda k: rng.random() * 2 + [p.key for p in pool].index(k) * 0.3)
        # Facts and priority groups.
        facts: list[str] = []
        works = rng.random() < (0.45 if vulnerable else 0.9)
        if works:
            facts.append(rng.choice(["working", "working", "job_seeking", "vocational_training"]))
            if rng.random() < 0.8 and not vulnerable:
                facts.append("works_four_fifths")
        elif vulnerable and rng.random() < 0.4:
            facts.append(rng.choice(["integration_course", "dutch_lessons"]))
        else:
            facts.append("not_active")
        single = rng.random() < (0.4 if vulnerable else 0.1)
        if single:
            facts.append("single_parent")
        if rng.random() < (0.75 if vulnerable else 0.04):
            facts.append("low_income")
        if vulnerable:
            facts += [
                f
                for f, p in (
                    ("health_or_care_situation", 0.3),
                    ("no_secondary_diploma", 0.5),
                    ("weak_housing", 0.4),
                    ("weak_income", 0.7),
                    ("weak_education", 0.5),
                    ("weak_employment", 0.5),
                    ("no_social_network", 0.3),
                )
                if rng.random() < p
            ]
        foster = rng.random() < 0.01
        if foster:
            facts.append("foster_child")
        siblings_at: list[str] = []
        if prefs and rng.random() < 0.08:
            siblings_at = [prefs[0]]
            facts.append("sibling_in_care")
        groups = []
        if any(
            f in facts
            for f in (
                "working",
                "job_seeking",
                "vocational_training",
                "integration_course",
                "dutch_lessons",
            )
        ):
            groups.append("work_or_training")
        for f, g in (
            ("single_parent", "single_parent"),
            ("low_income", "low_income"),
            ("foster_child", "foster_child"),
            ("sibling_in_care", "sibling"),
        ):
            if f in facts:
                groups.append(g)
        if works or "integration_course" in facts or "dutch_lessons" in facts:
            motive = (
                Motive.INTEGRATION
                if "integration_course" in facts or "dutch_lessons" in facts
                else Motive.ACTIVATION
            )
        else:
            motive = rng.choice(
                [Motive.FAMILY_STRENGTH, Motive.CHILD_DEVELOPMENT, Motive.SUPPORT_OR_CRISIS]
            )
        urgent = (lead_months <= 1 and motive in (Motive.ACTIVATION, Motive.INTEGRATION)) or (
            motive == Motive.SUPPORT_OR_CRISIS and rng.random() < 0.5
        )
        social_emergency = vulnerable and motive == Motive.SUPPORT_OR_CRISIS and rng.random() < 0.5
        last = rng.choice(LAST_NAMES)
        language = rng.choice(PARENT_LANGUAGES)
        has_email = rng.random() < (0.6 if vulnerable else 0.97)
        first = rng.choice(FIRST_NAMES)
        m.requests.append(
            DemoRequest(
                key=f"R{i + 1:06d}",
                neighbourhood=nb.code,
                street=street.name,
                house_number=rng.randint(1, 220),
                postcode=street.postcode,
                lat=round(lat, 6),
                lon=round(lon, 6),
                parent_first_name=first,
                parent_last_name=last,
                parent_email=(f"ouder{i + 1}@example.org" if has_email else None),
                parent_phone=_phone(rng),
                language=language,
                second_parent_first_name=None if single else rng.choice(FIRST_NAMES),
                child_first_name=rng.choice(FIRST_NAMES),
                birth_date=birth,
                expected_date=expected_date,
                desired_start=desired,
                registered_at=registered,
                days=days,
                half_days=half,
                flexible_days_per_week=flexible,
                preferences=prefs,
                groups=groups,
                facts=facts,
                siblings_at=siblings_at,
                vulnerable=vulnerable,
                motive=str(motive),
                # Urgent requests are recent: an urgent need is met or gone within weeks.
                urgent=urgent and registered.date() >= today - dt.timedelta(days=45),
                social_emergency=social_emergency
                and registered.date() >= today - dt.timedelta(days=45),
                lottery=rng.random(),
                assisted=(not has_email) or (vulnerable and rng.random() < 0.5),
            )
        )
        if progress and (i + 1) % 500 == 0:
            progress(i + 1)
    m.requests.sort(key=lambda r: r.registered_at)


@dataclass(frozen=True, slots=True)
class DemoChildInCare:
    """A child who already has a place (registered in earlier years): the occupied seats."""

    key: str
    location: str
    band: str
    days: tuple[str, ...]
    start: dt.date
    neighbourhood: str
    street: str
    postcode: str
    lat: float
    lon: float
    parent_first_name: str
    parent_last_name: str
    language: str
    child_first_name: str
    birth_date: dt.date
    facts: tuple[str, ...]
    vulnerable: bool


def generate_children_in_care(
    m: DemoMunicipality, free: dict[str, dict[tuple[str, str], int]], seed: int = 1
) -> list[DemoChildInCare]:
    """Fill every seat that is not free with a child already in care.

    ``free`` maps a location key to its free places per (weekday, age band). Vulnerable families
    are under-represented among children in care, as the seeds describe (the best-off families
    use childcare two to three times as often, seed 001 section 1): a family in care is
    vulnerable with about half its neighbourhood's share.
    """
    rng = random.Random(seed * 7919 + 17)
    today = m.reference_date
    nbs = {n.code: n for n in m.neighbourhoods}
    streets_by_nb: dict[str, list[DemoStreet]] = {}
    for s in m.streets:
        streets_by_nb.setdefault(s.neighbourhood, []).append(s)
    codes = [n.code for n in m.neighbourhoods]
    weights = [n.children_0_3[today.year] for n in m.neighbourhoods]
    out: list[DemoChildInCare] = []
    for loc in m.locations:
        for band in ("baby", "toddler"):
            occupied = {}
            for day, places in loc.capacity.items():
                band_places = (
                    round(places * loc.baby_share)
                    if band == "baby"
                    else (places - round(places * loc.baby_share))
                )
                occupied[day] = max(0, band_places - free.get(loc.key, {}).get((day, band), 0))
            while any(occupied.values()):
                open_days = [d for d in WEEK if occupied.get(d, 0) > 0]
                if len(open_days) >= 4 and rng.random() < 0.6:
                    days = open_days
                else:
                    k = min(len(open_days), rng.choice([2, 3, 3, 4]))
                    days = sorted(rng.sample(open_days, k), key=WEEK.index)
                for d in days:
                    occupied[d] -= 1
                nb_code = (
                    loc.neighbourhood if rng.random() < 0.6 else rng.choices(codes, weights)[0]
                )
                nb = nbs[nb_code]
                street = rng.choice(streets_by_nb[nb_code])
                vulnerable = rng.random() < nb.vulnerable_share * 0.5
                age_months = rng.randint(3, 17) if band == "baby" else rng.randint(18, 35)
                birth = today - dt.timedelta(days=int(age_months * 30.4) + rng.randint(0, 20))
                start = birth + dt.timedelta(days=rng.randint(90, max(91, (today - birth).days)))
                start = min(start, today - dt.timedelta(days=rng.randint(1, 60)))
                facts = [rng.choice(["working", "working", "working", "vocational_training"])]
                if vulnerable:
                    facts += ["low_income"] + [
                        f
                        for f, p in (
                            ("single_parent", 0.5),
                            ("no_secondary_diploma", 0.5),
                            ("health_or_care_situation", 0.3),
                        )
                        if rng.random() < p
                    ]
                elif rng.random() < 0.08:
                    facts.append("single_parent")
                out.append(
                    DemoChildInCare(
                        key=f"K{len(out) + 1:06d}",
                        location=loc.key,
                        band=band,
                        days=tuple(days),
                        start=max(start, birth + dt.timedelta(days=90)),
                        neighbourhood=nb_code,
                        street=street.name,
                        postcode=street.postcode,
                        lat=street.lat,
                        lon=street.lon,
                        parent_first_name=rng.choice(FIRST_NAMES),
                        parent_last_name=rng.choice(LAST_NAMES),
                        language=rng.choice(PARENT_LANGUAGES),
                        child_first_name=rng.choice(FIRST_NAMES),
                        birth_date=birth,
                        facts=tuple(facts),
                        vulnerable=vulnerable,
                    )
                )
    return out


WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
