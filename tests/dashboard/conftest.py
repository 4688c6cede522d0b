from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone


@pytest.fixture
def full_demo(db, strategie, redaktion, kreistag, kreisausschuss):
    """All demo data (goals, Aktionsräume, W-Produkte, committees), with the Kreisausschuss meeting next week."""
    from committees.models import Meeting

    call_command("load_demo", stdout=StringIO())
    Meeting.objects.filter(organization__short_name="KA", state=Meeting.State.INVITED).update(
        start=timezone.now() + timedelta(days=7)
    )


@pytest.fixture
def secret_name(full_demo):
    from committees.models import Paper

    return Paper.objects.get(name__startswith="Vergabe eines Rahmenvertrags").name
