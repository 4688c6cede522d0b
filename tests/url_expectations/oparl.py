"""OParl 1.1 API: anonymous, read-only, the same answer for every persona (it shows public data only)."""

from . import everyone

EXPECTED = {
    "oparl:system": everyone(),
    "oparl:body_list": everyone(),
    "oparl:list": everyone(),
    "oparl:organization_meetings": everyone(),
    "oparl:organization_consultations": everyone(),
    "oparl:object": everyone(),
    "oparl:file_access": everyone(),
    "oparl:file_download": everyone(),
    # Privacy: a non-public meeting does not exist in OParl, not even for its committee's members.
    "oparl:object#nichtoeffentlich": everyone(404),
}


def _body():
    from goals.models import District

    return District.objects.order_by("pk").first().pk


def _committee():
    from committees.models import Organization

    return Organization.objects.get(kind=Organization.Kind.KREISAUSSCHUSS).pk


def _public_file():
    from django.core.files.base import ContentFile

    from committees.models import File
    from oparl import public

    attachment = public.files().first()
    if attachment is None:
        attachment = File(paper=public.papers().first(), name="Anlage", mime_type="application/pdf", size=9)
        attachment.file.save("anlage.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        attachment.save()
    return attachment.pk


def _paper():
    from oparl import public

    return public.papers().order_by("pk").first().pk


def _hidden_meeting():
    from committees.models import Meeting

    return Meeting.objects.filter(is_public=False).order_by("pk").first().pk


URL_KWARGS = {
    "oparl:list": lambda: {"body": _body(), "kind": "paper"},
    "oparl:organization_meetings": lambda: {"pk": _committee()},
    "oparl:organization_consultations": lambda: {"pk": _committee()},
    "oparl:object": lambda: {"kind": "paper", "pk": _paper()},
    "oparl:object#nichtoeffentlich": lambda: {"kind": "meeting", "pk": _hidden_meeting()},
    "oparl:file_access": lambda: {"pk": _public_file()},
    "oparl:file_download": lambda: {"pk": _public_file()},
}
