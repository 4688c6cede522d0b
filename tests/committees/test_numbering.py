"""lfd. Nr./Jahr: given at the Freigabe, per year, without gaps, also under concurrent releases."""

import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from committees import services
from committees.models import Paper, PaperNumberCounter
from tests.committees.factories import ConsultationFactory, OrganizationFactory, PaperFactory, UnitFactory


def _ready_paper(unit, committee, year):
    paper = PaperFactory(originator=unit, prepared_by=unit, date=date(year, 3, 1), status=Paper.Status.SIGNOFF)
    ConsultationFactory(paper=paper, organization=committee, order=1)
    return paper


@pytest.mark.django_db
def test_numbers_are_sequential_per_year(strategie):
    unit, committee = UnitFactory(), OrganizationFactory()
    labels = []
    for year in (2030, 2030, 2031, 2030, 2031):
        paper = services.paper_release(
            paper=_ready_paper(unit, committee, year), approval=Paper.Approval.HEAD, user=strategie
        )
        labels.append(paper.number_label)
    assert labels == ["1/2030", "2/2030", "1/2031", "3/2030", "2/2031"]


@pytest.mark.django_db
def test_a_failed_release_uses_no_number(strategie):
    unit, committee = UnitFactory(), OrganizationFactory()
    services.paper_release(paper=_ready_paper(unit, committee, 2030), approval=Paper.Approval.HEAD, user=strategie)
    with pytest.raises(ValidationError):
        services.paper_release(paper=_ready_paper(unit, committee, 2030), approval="falsch", user=strategie)
    paper = services.paper_release(
        paper=_ready_paper(unit, committee, 2030), approval=Paper.Approval.HEAD, user=strategie
    )
    assert paper.number_label == "2/2030"


CONCURRENT = 12


@pytest.mark.django_db(transaction=True)
def test_concurrent_releases_get_distinct_numbers_without_gaps(strategie):
    """On PostgreSQL the releases really run at the same time; the locked counter row serialises them.
    SQLite allows one writer at a time, so there the same releases run one after another."""
    unit, committee = UnitFactory(), OrganizationFactory()
    papers = [_ready_paper(unit, committee, 2030) for _ in range(CONCURRENT)]
    errors = []

    def release(paper):
        try:
            services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    if connection.vendor == "postgresql":
        barrier = threading.Barrier(CONCURRENT)

        def run(paper):
            barrier.wait()
            release(paper)

        threads = [threading.Thread(target=run, args=(p,)) for p in papers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        for paper in papers:
            services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)

    assert errors == []
    numbers = sorted(Paper.objects.filter(year=2030).values_list("number", flat=True))
    assert numbers == list(range(1, CONCURRENT + 1))
    assert PaperNumberCounter.objects.get(year=2030).last_number == CONCURRENT
