"""Vorlagen, Sitzungen, Gremien, Personen: on the seed Drucksache, its public AWS meeting and
the non-public Kreisausschuss meeting (which the kreistag persona must not see).

Least privilege: `redaktion` (Referat A) sees neither non-public committee material nor the drafts
of other units; only the draft its unit must co-sign. `strategie` is the council office."""

from . import everyone, signed_in_only, strategie_only

STAFF = {"anonym": 302, "strategie": 200, "redaktion": 403, "kreistag": 403, "kreisausschuss": 403}

EXPECTED = {
    "committees:paper_list": everyone(),
    "committees:paper_create": STAFF,
    "committees:paper_detail": everyone(),
    "committees:paper_edit": STAFF,
    # From the Freigabe on the text is locked: the editor sends staff back to the paper page.
    "committees:paper_edit#freigegeben": STAFF | {"strategie": 302},
    "committees:paper_history": STAFF,
    "committees:paper_restore": STAFF | {"strategie": 405},
    "committees:paper_action": everyone(405),
    "committees:consultation_add": STAFF,
    "committees:implementation_start": STAFF,
    "committees:file_upload": STAFF,
    "committees:file_download": everyone(),
    "committees:consultation_result": STAFF,
    "committees:consultation_postpone": STAFF,
    "committees:consultation_schedule": STAFF,
    "committees:implementation_list": everyone(),
    "committees:implementation_note": STAFF,
    "committees:meeting_list": everyone(),
    "committees:meeting_create": STAFF,
    "committees:meeting_detail": everyone(),
    "committees:meeting_edit": STAFF,
    "committees:meeting_state": everyone(405),
    "committees:agenda_item_add": STAFF,
    "committees:ical_public": everyone(),
    "committees:ical_personal": everyone(),
    "committees:calendar_token_renew": everyone(405),
    "committees:organization_list": everyone(),
    "committees:organization_detail": everyone(),
    "committees:person_detail": everyone(),
    # Privacy: the non-public Kreisausschuss meeting and paper exist only for its members and the council office.
    "committees:meeting_detail#nichtoeffentlich": {
        "anonym": 404,
        "strategie": 200,
        "redaktion": 404,
        "kreistag": 404,
        "kreisausschuss": 200,
    },
    "committees:paper_detail#nichtoeffentlich": {
        "anonym": 404,
        "strategie": 200,
        "redaktion": 404,
        "kreistag": 404,
        "kreisausschuss": 200,
    },
    # The Entwurf of A.41: the council office only.
    "committees:paper_detail#entwurf": everyone(404) | {"strategie": 200},
    # In Mitzeichnung, Referat A (redaktion's unit) must co-sign it.
    "committees:paper_detail#mitzeichnung": everyone(404) | {"strategie": 200, "redaktion": 200},
}
_ = signed_in_only, strategie_only


def _seed():
    from committees.models import Paper

    return Paper.objects.get(reference="A.41 - 10.14.01/04")


def _paper(reference):
    from committees.models import Paper

    return Paper.objects.get(reference=reference)


def _draft():
    from committees.models import Paper

    return Paper.objects.get(status=Paper.Status.DRAFT)


def _meeting(committee_short_name):
    from committees.models import Meeting

    return Meeting.objects.filter(organization__short_name=committee_short_name).order_by("start").first()


def _consultation():
    return _seed().consultations.order_by("order").first()


def _file():
    from django.core.files.base import ContentFile

    from committees.models import File

    attachment = File.objects.filter(paper=_seed()).first()
    if attachment is None:
        attachment = File(paper=_seed(), name="Anlage", mime_type="application/pdf", size=9)
        attachment.file.save("anlage.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        attachment.save()
    return attachment


URL_KWARGS = {
    "committees:paper_detail": lambda: {"pk": _seed().pk},
    "committees:paper_edit": lambda: {"pk": _draft().pk},
    "committees:paper_edit#freigegeben": lambda: {"pk": _seed().pk},
    "committees:paper_history": lambda: {"pk": _seed().pk},
    "committees:paper_restore": lambda: {"pk": _draft().pk, "history_id": _draft().history.first().history_id},
    "committees:paper_action": lambda: {"pk": _seed().pk, "action": "freigeben"},
    "committees:consultation_add": lambda: {"pk": _seed().pk},
    "committees:implementation_start": lambda: {"pk": _seed().pk},
    "committees:file_upload": lambda: {"pk": _seed().pk},
    "committees:file_download": lambda: {"pk": _file().pk},
    "committees:consultation_result": lambda: {"pk": _consultation().pk},
    "committees:consultation_postpone": lambda: {"pk": _consultation().pk},
    "committees:consultation_schedule": lambda: {"pk": _consultation().pk},
    "committees:implementation_note": lambda: {"pk": _seed().implementation.pk},
    "committees:meeting_detail": lambda: {"pk": _meeting("AWS").pk},
    "committees:meeting_edit": lambda: {"pk": _meeting("AWS").pk},
    "committees:meeting_state": lambda: {"pk": _meeting("AWS").pk},
    "committees:agenda_item_add": lambda: {"pk": _meeting("AWS").pk},
    "committees:ical_personal": lambda: {"token": _token()},
    "committees:organization_detail": lambda: {"pk": _meeting("AWS").organization_id},
    "committees:person_detail": lambda: {"pk": _person().pk},
    "committees:meeting_detail#nichtoeffentlich": lambda: {"pk": _meeting("KA").pk},
    "committees:paper_detail#nichtoeffentlich": lambda: {"pk": _paper("A.41 - 11.02.03/01").pk},
    "committees:paper_detail#entwurf": lambda: {"pk": _draft().pk},
    "committees:paper_detail#mitzeichnung": lambda: {"pk": _paper("A.41 - 10.14.01/09").pk},
}


def _person():
    from committees.models import Person

    return Person.objects.order_by("pk").first()


def _token():
    person = _person()
    if not person.calendar_token:
        person.calendar_token = "testtoken-0123456789abcdef-0123456789abcdef"
        person.save(update_fields=["calendar_token"])
    return person.calendar_token
