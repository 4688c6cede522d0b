import secrets

from django.db import migrations, models


def first_version(apps, schema_editor):
    # Random from the start: two installations that share one Redis never share a cache key.
    apps.get_model("helmstedt_strategy", "ContentVersion").objects.create(pk=1, token=secrets.token_hex(16))


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("token", models.CharField(max_length=32)),
            ],
            options={
                "verbose_name": "content version",
            },
        ),
        migrations.RunPython(first_version, migrations.RunPython.noop),
    ]
