"""Install the roles of ``fixtures/roles.json`` (used by a data migration and by tests)."""

import json
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "roles.json"


def role_names() -> list[str]:
    return [row["fields"]["name"] for row in json.loads(FIXTURE.read_text())]


def install_roles(group_model) -> None:
    for name in role_names():
        group_model.objects.get_or_create(name=name)
