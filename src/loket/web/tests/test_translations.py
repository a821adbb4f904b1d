"""Every interface string is translated into Dutch, and the committed .mo files are current."""

import gettext
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def _catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def test_every_string_is_translated_into_dutch():
    po = _catalogue("nl")
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or e.fuzzy)]
    assert missing == [], f"{len(missing)} strings lack a Dutch translation: {missing[:10]}"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_parent_languages_are_translated(language):
    po = _catalogue(language)
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or e.fuzzy)]
    assert missing == [], f"{len(missing)} strings lack a {language} translation: {missing[:10]}"


@pytest.mark.parametrize("language", ["nl", "en", "fr", "ar"])
def test_compiled_messages_match_the_catalogue(language):
    po = _catalogue(language)
    mo_path = LOCALE / language / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), "run `make messages` (scripts/compile_messages.py)"
    with mo_path.open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    for entry in po:
        if entry.obsolete or entry.fuzzy or not entry.translated() or entry.msgid_plural:
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        assert mo._catalog.get(key) == entry.msgstr, f"{language}: stale .mo for {entry.msgid!r}"


@pytest.mark.parametrize("language", ["nl", "fr", "ar"])
def test_placeholders_survive_translation(language):
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
    for entry in _catalogue(language):
        if not entry.translated() or entry.msgid_plural:
            continue
        assert sorted(pattern.findall(entry.msgid)) == sorted(pattern.findall(entry.msgstr)), (
            language,
            entry.msgid,
        )
