"""Install the roles (Groups) shipped in fixtures/roles.json."""

from django.db import migrations


def install(apps, schema_editor):
    from loket.accounts.roles_fixture import install_roles

    install_roles(apps.get_model("auth", "Group"))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
