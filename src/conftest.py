"""Shared fixtures: one municipality with a location, and a user for every role."""

import pytest

from loket.accounts.roles import Role
from loket.accounts.tests.factories import UserFactory
from loket.locations.tests.factories import LocationFactory
from loket.municipalities.tests.factories import MunicipalityFactory
from loket.partners.tests.factories import PartnerFactory


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Lindendaal")


@pytest.fixture
def other_municipality(db):
    return MunicipalityFactory(name="Elders")


@pytest.fixture
def location(municipality):
    return LocationFactory(municipality=municipality, with_capacity=True)


@pytest.fixture
def desk_user(municipality):
    user = UserFactory(role=Role.DESK)
    user.municipalities.add(municipality)
    return user


@pytest.fixture
def provider_user(location):
    user = UserFactory(role=Role.PROVIDER)
    user.organisers.add(location.organiser)
    return user


@pytest.fixture
def partner(municipality):
    return PartnerFactory(municipality=municipality)


@pytest.fixture
def partner_user(partner):
    return UserFactory(role=Role.PARTNER, partner=partner)


@pytest.fixture
def analyst_user(municipality):
    user = UserFactory(role=Role.ANALYST)
    user.municipalities.add(municipality)
    return user


@pytest.fixture
def parent_user(db):
    return UserFactory(role=Role.PARENT)


# Browser tests ----------------------------------------------------------------------------------

SCREENSHOTS = __import__("pathlib").Path(__file__).resolve().parent.parent / "var" / "screenshots"


@pytest.fixture
def browser():
    """Debian's Chromium, headless, driven through its ChromeDriver (no download of a browser)."""
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not (binary and driver_path):
        pytest.fail("Chromium and ChromeDriver are needed for the browser tests.")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=420,900",
        "--lang=nl",
    ):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl,nl-BE"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


@pytest.fixture
def screenshot(browser):
    """Save a full-height screenshot of the current page under var/screenshots/NAME.png."""

    def take(name: str, width: int = 420) -> str:
        import base64

        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.set_window_size(width, 900)
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": width,
                "height": min(max(height, 600), 8000),
                "deviceScaleFactor": 1,
                "mobile": False,
            },
        )
        data = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})["data"]
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        browser.execute_script("return document.readyState")
        path = SCREENSHOTS / f"{name}.png"
        path.write_bytes(base64.b64decode(data))
        return str(path)

    return take
