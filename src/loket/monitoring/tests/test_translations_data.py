"""The app's Dutch, French and Arabic texts (``monitoring/translations.py``) cover every string."""

import ast
import re
from pathlib import Path

from django.utils.translation.template import templatize

from loket.monitoring.translations import T

APP = Path(__file__).resolve().parents[1]
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%%")


def app_msgids() -> set[str]:
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        if "tests" in path.parts or path.name == "translations.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in GETTEXT_NAMES
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    for path in APP.rglob("*.html"):
        code = templatize(path.read_text(), origin=str(path))
        for literal in re.findall(r"gettext\((u?'(?:[^'\\]|\\.)*')\)", code):
            found.add(ast.literal_eval(literal))
    return found


def test_every_string_of_the_app_has_its_translations():
    missing = sorted(app_msgids() - set(T))
    assert missing == [], f"{len(missing)} strings lack translations: {missing[:5]}"


def test_translations_keep_their_placeholders():
    for msgid, texts in T.items():
        assert len(texts) == 3 and all(texts), msgid
        for text in texts:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(msgid)), (
                msgid,
                text,
            )
