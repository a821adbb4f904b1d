"""The analysis pages and exports through the test client: who may open them, what they show,
small cells suppressed, no family recognisable, and the files in Dutch."""

import csv
import io
import re
import shutil
import subprocess
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from freezegun import freeze_time

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.families.models import Child, Family
from loket.families.tests.factories import GuardianFactory

from .town import FROZEN, build_town

PAGES = [
    "monitoring:overview",
    "monitoring:coverage",
    "monitoring:representation",
    "monitoring:demand",
    "monitoring:locations",
    "monitoring:expansion",
    "monitoring:exports",
]
FILES = [
    ("monitoring:export_pdf", (), "application/pdf"),
    ("monitoring:export_xlsx", (),
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("monitoring:export_zip", (), "application/zip"),
    ("monitoring:export_csv", ("coverage",), "text/csv; charset=utf-8"),
]  # fmt: skip


@pytest.fixture
def town(db):
    with freeze_time(FROZEN):
        town = build_town()
        # Guardians with names that must never appear in an aggregate.
        for i, family in enumerate(Family.objects.filter(municipality=town.municipality)):
            GuardianFactory(family=family, first_name="Zoë", last_name=f"Geheimnaam{i:03d}")
        yield town


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def analyst(town):
    user = UserFactory(role=Role.ANALYST)
    user.municipalities.add(town.municipality)
    return user


@pytest.fixture
def desk(town):
    user = UserFactory(role=Role.DESK)
    user.municipalities.add(town.municipality)
    return user


def table_rows(html: str, table_id: str) -> dict[str, list[str]]:
    """The body rows of the table with ``table_id``: row header -> cells as HTML text."""
    table = re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, flags=re.S).group(0)
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        head = re.search(r'<th scope="row">(.*?)</th>', row, flags=re.S)
        if head:
            rows[head.group(1).strip()] = [
                c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
            ]
    return rows


def assert_no_family_in(text: str, town) -> None:
    for family in Family.objects.filter(municipality=town.municipality):
        assert family.reference not in text
    assert "Geheimnaam" not in text
    for child in Child.objects.filter(family__municipality=town.municipality):
        assert f">{child.first_name}<" not in text and f" {child.first_name} " not in text
    for req in town.requests:
        assert req.reference not in text


# Access ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_analyst_and_desk_open_every_page(town, analyst, desk, name):
    for user in (analyst, desk):
        response = client_for(user).get(reverse(name))
        assert response.status_code == 200, (user, name)
        assert_no_family_in(response.content.decode(), town)


@pytest.mark.parametrize("name, args, content_type", FILES)
def test_analyst_downloads_every_export(town, analyst, name, args, content_type):
    response = client_for(analyst).get(reverse(name, args=args))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "klein-lindendaal-2026" in response["Content-Disposition"]


@pytest.mark.parametrize("role", [Role.PARENT, Role.PROVIDER, Role.PARTNER, Role.ADMINISTRATOR])
def test_other_roles_get_403_on_the_analysis(town, role):
    user = UserFactory(role=role)
    user.municipalities.add(town.municipality)  # even when linked to the municipality
    client = client_for(user)
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 403, (role, name)
    for name, args, _type in FILES:
        assert client.get(reverse(name, args=args)).status_code == 403, (role, name)


def test_anonymous_is_sent_to_the_login(town):
    response = Client().get(reverse("monitoring:coverage"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_analyst_cannot_open_any_family_file_or_desk_page(town, analyst):
    client = client_for(analyst)
    for family in Family.objects.filter(municipality=town.municipality)[:5]:
        assert client.get(reverse("families:file", args=[family.pk])).status_code == 403
    for req in town.requests[:3]:
        assert client.get(reverse("desk:request", args=[req.pk])).status_code == 403
    for name in ("desk:requests", "desk:intake", "rounds:list", "placements:dashboard"):
        assert client.get(reverse(name)).status_code == 403, name


def test_analyst_of_another_municipality_sees_nothing_of_this_one(town):
    from loket.municipalities.models import Municipality

    elders = Municipality.objects.get(name="Elders")
    other = UserFactory(role=Role.ANALYST)
    other.municipalities.add(elders)
    client = client_for(other)
    for name in PAGES:
        response = client.get(reverse(name), {"municipality": town.municipality.pk})
        assert response.status_code == 404, name
        html = client.get(reverse(name)).content.decode()
        assert "Elders" in html
        for word in ("Klein-Lindendaal", "Noord", "Zuid", "Het Nestje", "De Rupsjes"):
            assert word not in html, (name, word)
    for name, args, _type in FILES:
        url = reverse(name, args=args)
        assert client.get(url, {"municipality": town.municipality.pk}).status_code == 404


def test_analyst_without_municipality_gets_an_explanation(db):
    user = UserFactory(role=Role.ANALYST)
    response = client_for(user).get(reverse("monitoring:overview"))
    assert response.status_code == 200
    assert "municipality" in response.content.decode() or "gemeente" in response.content.decode()
    assert client_for(user).get(reverse("monitoring:export_pdf")).status_code == 404


@pytest.mark.parametrize("query", [{"year": "abc"}, {"year": "1999"}, {"municipality": "x"}])
def test_bad_choices_give_404(town, analyst, query):
    assert client_for(analyst).get(reverse("monitoring:coverage"), query).status_code == 404


def test_old_figures_page_and_menu_lead_to_the_analysis(town, analyst, desk):
    response = client_for(analyst).get(reverse("web:figures"))  # the analyst's landing page
    assert response.status_code == 200
    assert 'class="kpis"' in response.content.decode()
    assert client_for(desk).get(reverse("web:figures")).status_code == 403  # desk: own menu item
    for user in (analyst, desk):
        html = client_for(user).get(reverse("monitoring:overview")).content.decode()
        menu = re.search(r'<nav class="main".*?</nav>', html, flags=re.S).group(0)
        assert menu.count(f'href="{reverse("monitoring:overview")}"') == 1


# What the pages show ---------------------------------------------------------------------------


def test_coverage_page_suppresses_small_cells(town, analyst):
    html = client_for(analyst).get(reverse("monitoring:coverage")).content.decode()
    rows = table_rows(html, "table-coverage")
    assert rows["Noord"] == ["120", "60", "40", "50,00", "33,33", "0"]
    assert rows["Zuid"] == ["80", "20", "10", "25,00", "12,50", "7"]
    assert rows["Heide"] == ["&lt; 5", "0", "0", "*", "*", "*"]
    assert "2026" in html  # the year of the population figures
    # The map and the bar chart, with their accessible names and the table beside them.
    for chart in ("map-coverage", "map-social_coverage", "bars-coverage"):
        assert f'id="{chart}" role="img" aria-labelledby="{chart}-title {chart}-desc"' in html
        assert f'<title id="{chart}-title">' in html
    assert html.count("<path ") == 6  # three neighbourhoods on two maps
    assert 'id="table-bars"' in html


def test_representation_page(town, analyst):
    html = (
        client_for(analyst)
        .get(reverse("monitoring:representation"), HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    rows = table_rows(html, "table-representation_care")
    assert rows["Noord"] == ["20", "8", "40.00", "8", "&lt; 5", "*", "*", "*"]
    assert rows["Heide"] == ["&lt; 5", "&lt; 5", "*", "&lt; 5", "&lt; 5", "*", "*", "*"]
    groups = table_rows(html, "table-groups")
    assert groups["Single parents"] == ["6", "&lt; 5", "&lt; 5", "&lt; 5", "&lt; 5", "*"]


def test_demand_page(town, analyst):
    html = (
        client_for(analyst)
        .get(reverse("monitoring:demand"), HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    waiting = table_rows(html, "table-waiting")
    assert waiting["Vulnerable families"] == ["6", "35", "90", "8"]
    assert waiting["Single parents"] == ["&lt; 5", "*", "*", "&lt; 5"]
    assert 'id="chart-waiting"' in html and 'id="chart-months"' in html
    motives = table_rows(html, "table-motives")
    assert len(motives) == 5 + 1  # the five motives and the total
    assert motives["All motives"] == ["14", "18", "32", "100"]


def test_locations_page_hides_small_locations(town, analyst):
    html = client_for(analyst).get(reverse("monitoring:locations")).content.decode()
    rows = table_rows(html, "table-locations")
    assert rows["Het Nestje"] == ["Noord", "40", "7", "&lt; 5", "*", "*"]


def test_expansion_advice_page(town, analyst):
    client = client_for(analyst)
    query = {"neighbourhood": "B", "new_places": "20", "kind": "income"}
    html = client.get(reverse("monitoring:expansion"), query).content.decode()
    assert 'id="advice"' in html
    score = table_rows(html, "table-score")
    assert [cells[2] for cells in score.values()] == ["8,00", "16,07", "6,25", "30,32"]
    whatif = table_rows(html, "table-whatif")
    assert list(whatif.values())[0] == ["25,00", "50,00"]
    assert list(whatif.values())[2] == ["43,35", "53,20"]
    ranking = table_rows(html, "table-need")
    assert ranking["1"][0] == "Zuid" and ranking["1"][-1] == "30,32"
    bad = client.get(reverse("monitoring:expansion"), {**query, "new_places": "0"})
    assert bad.status_code == 200 and 'id="advice"' not in bad.content.decode()


# Exports ---------------------------------------------------------------------------------------


def _csv(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_csv_is_dutch_with_semicolons_even_for_an_english_page(town, analyst):
    client = client_for(analyst)
    client.cookies["loket_language"] = "en"
    response = client.get(reverse("monitoring:export_csv", args=["coverage"]))
    rows = _csv(response.content)
    assert rows[0][0] == "Wijk"  # Dutch header
    body = {row[0]: row[1:] for row in rows[1:]}
    assert body["Zuid"] == ["80", "20", "10", "25,00", "12,50", "7"]
    assert body["Heide"] == ["< 5", "0", "0", "*", "*", "*"]
    assert body["Gemeente"] == ["203", "88", "58", "43,35", "28,57", "0"]
    assert client.get(reverse("monitoring:export_csv", args=["nothing"])).status_code == 404


def test_zip_holds_every_table_and_a_read_me(town, analyst):
    response = client_for(analyst).get(reverse("monitoring:export_zip"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len([n for n in names if n.endswith(".csv")]) == 12
    assert any(n.endswith(".txt") for n in names)
    waiting = next(n for n in names if n.endswith("-waiting.csv"))
    rows = _csv(archive.read(waiting))
    assert ["6", "35", "90", "8"] in [r[1:] for r in rows]
    for name in names:
        assert_no_family_in(archive.read(name).decode("utf-8-sig"), town)


def test_xlsx_has_one_sheet_per_table(town, analyst):
    from openpyxl import load_workbook

    response = client_for(analyst).get(reverse("monitoring:export_xlsx"))
    book = load_workbook(io.BytesIO(response.content))
    assert len(book.sheetnames) == 13  # about + 12 tables
    sheet = book[book.sheetnames[1]]
    values = {row[0]: row[1:] for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]}
    assert values["Zuid"][:6] == (80, 20, 10, 25.0, 12.5, 7)
    assert values["Heide"][:4] == ("< 5", 0, 0, "*")
    text = " ".join(
        str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
    )
    assert_no_family_in(text, town)


def test_pdf_report(town, analyst):
    response = client_for(analyst).get(reverse("monitoring:export_pdf"))
    assert response.content.startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF")
    text = subprocess.run(  # noqa: S603 - our own PDF, poppler's pdftotext
        [pdftotext, "-layout", "-", "-"], input=response.content, capture_output=True, check=True
    ).stdout.decode()
    assert "Klein-Lindendaal" in text
    assert re.search(r"Zuid\s+80\s+20\s+10\s+25,00\s+12,50\s+7", text)
    assert re.search(r"Heide\s+<\s?5\s+0\s+0\s+\*", text)  # pdftotext may drop the space
    assert_no_family_in(text, town)
