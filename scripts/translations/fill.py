#!/usr/bin/env python3
"""Fill the nl, fr and ar catalogues from data_part*.py, fix the headers, and check the result.

Re-reads each .po right before writing (polib: load, fill, save), so entries added meanwhile by
`makemessages` are kept; msgids that have no translation here are listed so they can be added.

Usage: .venv/bin/python scripts/translations/fill.py [--check] [--locale DIR]
  --check   only report what is missing or wrong; write nothing.
  --locale  fill the catalogues under DIR instead of src/loket/locale.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402
import importlib.util  # noqa: E402

PARTS = [importlib.import_module(p.stem) for p in sorted(HERE.glob("data_part*.py"))]

# The monitoring app keeps its own translations (msgid -> (nl, fr, ar)) next to its code, where
# its test checks that they cover the app; load that file directly (no Django needed).
MONITORING = HERE.parent.parent / "src" / "loket" / "monitoring" / "translations.py"
if MONITORING.exists():
    _spec = importlib.util.spec_from_file_location("monitoring_translations", MONITORING)
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    PARTS.append(_module)
PLURALS: dict = {}
for _part in PARTS:
    PLURALS.update(getattr(_part, "PLURALS", {}))

LOCALE = HERE.parent.parent / "src" / "loket" / "locale"
if "--locale" in sys.argv:  # another locale directory, e.g. a trial copy
    LOCALE = Path(sys.argv[sys.argv.index("--locale") + 1])
LANGS = {"nl": 0, "fr": 1, "ar": 2}
PLURAL_FORMS = {
    "nl": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 && n%100<=99 ? 4 : 5;",
}
NPLURALS = {"nl": 2, "en": 2, "fr": 2, "ar": 6}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}|%[sd]")
NBSP = "\u00a0"


def merged() -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for part in PARTS:
        for k, v in part.T.items():
            if k in out and out[k] != v:
                raise SystemExit(f"conflicting translations for {k!r}")
            out[k] = v
    return out


def french(text: str) -> str:
    """Non-breaking space before : ; ? ! and inside « », as French typography wants."""
    text = re.sub(r" ([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def same_placeholders(src: str, dst: str) -> bool:
    return sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(dst))


def edges_ok(src: str, dst: str) -> bool:
    """Leading/trailing whitespace kept, and a trailing ':' kept."""
    lead = src[: len(src) - len(src.lstrip())]
    trail = src[len(src.rstrip()) :]
    if not dst.startswith(lead) or not dst.endswith(trail):
        return False
    return not (src.rstrip().endswith(":") and not dst.rstrip().endswith(":"))


def fix_header(po: polib.POFile, lang: str) -> None:
    po.metadata["Language"] = lang
    po.metadata["Plural-Forms"] = PLURAL_FORMS[lang]
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    po.metadata["PO-Revision-Date"] = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M%z")
    po.metadata_is_fuzzy = []


def unfuzzy(entry: polib.POEntry) -> None:
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    entry.previous_msgid_plural = None
    entry.previous_msgctxt = None


def process(lang: str, data, check_only: bool) -> list[str]:
    problems: list[str] = []
    path = LOCALE / lang / "LC_MESSAGES" / "django.po"
    before = path.read_text(encoding="utf-8")
    po = polib.pofile(before, wrapwidth=79)
    n = 0
    for e in po:
        if e.obsolete:
            continue
        if lang == "en":
            continue
        i = LANGS[lang]
        if e.msgid_plural:
            forms = PLURALS.get(e.msgid, {}).get(lang)
            if not forms:
                problems.append(f"{lang}: no plural translation for {e.msgid!r}")
                continue
            if len(forms) != NPLURALS[lang]:
                problems.append(f"{lang}: {len(forms)} plural forms for {e.msgid!r}")
                continue
            if lang == "fr":
                forms = [french(f) for f in forms]
            for f in forms:
                if not same_placeholders(e.msgid_plural, f) or not edges_ok(e.msgid, f):
                    problems.append(f"{lang}: placeholder/edge mismatch in plural {f!r}")
            e.msgstr_plural = dict(enumerate(forms))
            unfuzzy(e)
            n += 1
            continue
        if e.msgid not in data:
            problems.append(f"{lang}: no translation for {e.msgid!r} ({e.occurrences[:2]})")
            continue
        text = data[e.msgid][i]
        if lang == "fr":
            text = french(text)
        if not text.strip():
            problems.append(f"{lang}: empty translation for {e.msgid!r}")
            continue
        if not same_placeholders(e.msgid, text):
            problems.append(f"{lang}: placeholders differ for {e.msgid!r}: {text!r}")
        if not edges_ok(e.msgid, text):
            problems.append(f"{lang}: leading/trailing text differs for {e.msgid!r}: {text!r}")
        if e.msgstr and e.msgstr != text and not e.fuzzy:
            print(f"{lang}: replacing existing {e.msgstr!r} with {text!r}")
        e.msgstr = text
        unfuzzy(e)
        n += 1
    fix_header(po, lang)
    if not check_only:
        # Re-read right before writing: if the file changed since we loaded it, do not overwrite.
        if path.read_text(encoding="utf-8") != before:
            problems.append(f"{lang}: the catalogue changed while filling; run again")
        else:
            po.save(str(path))
    print(f"{lang}: {n} entries translated, {len(problems)} problems")
    return problems


def main() -> int:
    check_only = "--check" in sys.argv
    data = merged()
    problems: list[str] = []
    for lang in ("nl", "en", "fr", "ar"):
        problems += process(lang, data, check_only)
    used = set()
    po = polib.pofile(str(LOCALE / "nl" / "LC_MESSAGES" / "django.po"))
    used = {e.msgid for e in po}
    unused = sorted(set(data) - used)
    if unused:
        print(f"{len(unused)} translations not (or no longer) in the catalogue: {unused[:10]}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
