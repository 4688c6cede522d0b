"""The load test's reader paths (loadtest/django_steps.py) exist and answer 200 on the demo data,
so `make load` measures pages, not error pages."""

import pytest
from django.core.management import call_command

from loadtest.django_steps import reader_paths


@pytest.mark.django_db
def test_every_reader_path_answers_200_for_its_reader(client_for):
    call_command("load_demo", verbosity=0)
    paths = reader_paths()
    assert any(p.startswith("/oparl/") for p in paths["public"])
    assert "/dashboard/" in paths["member"] and "/dashboard/" not in paths["public"]
    for role, kind in [(None, "public"), ("kreistag", "member"), ("kreisausschuss", "member")]:
        client = client_for(role)
        for path in paths[kind]:
            assert client.get(path).status_code == 200, (role, path)
