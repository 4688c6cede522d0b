"""One plain function per OParl type: model instance → dict, empty values left out.

`ctx` carries the request (for canonical absolute URLs), `omit_internal` and
the per-page sets of visible ids prepared by `prepare`, so no serializer
queries the database itself.
"""

from dataclasses import dataclass, field
from urllib.parse import quote

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from . import public

SCHEMA = "https://schema.oparl.org/1.1/"
LICENSE = "https://www.govdata.de/dl-de/by-2-0"
TYPES = {
    "system": "System",
    "body": "Body",
    "organization": "Organization",
    "person": "Person",
    "membership": "Membership",
    "meeting": "Meeting",
    "agenda-item": "AgendaItem",
    "paper": "Paper",
    "consultation": "Consultation",
    "file": "File",
    "main-file": "File",
    "location": "Location",
    "legislative-term": "LegislativeTerm",
}
LIST_KINDS = [k for k in TYPES if k not in ("system", "body", "main-file")]
URL_MARK = 7_390_517_000  # placeholders in reversed URL templates: numbers no real URL of ours contains


@dataclass
class Context:
    request: object
    body_id: int
    omit_internal: bool = False
    visible_consultations: set = field(default_factory=set)
    visible_agenda_items: set = field(default_factory=set)

    _url_templates: dict = field(default_factory=dict, repr=False)

    def url(self, name, **kwargs):
        """The absolute URL of a named view. A list page links tens of thousands of objects, so each
        (name, arguments) is reversed once with placeholder numbers, which are then replaced."""
        key = (name, *sorted(kwargs))
        template = self._url_templates.get(key)
        if template is None:
            marks = {arg: str(URL_MARK + i) for i, arg in enumerate(sorted(kwargs))}
            template = self.request.build_absolute_uri(reverse(name, kwargs=marks)), marks
            self._url_templates[key] = template
        url, marks = template
        for arg, mark in marks.items():
            value = kwargs[arg]
            url = url.replace(mark, str(value) if isinstance(value, int) else quote(str(value), safe=""), 1)
        return url

    def obj(self, kind, pk):
        return self.url("oparl:object", kind=kind, pk=pk)

    def body_url(self):
        return self.obj("body", self.body_id)

    def list_url(self, kind):
        return self.url("oparl:list", body=self.body_id, kind=kind)


def date_time(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def date(value):
    return value.isoformat() if value else None


def clean(data: dict) -> dict:
    """OParl leaves empty values out rather than sending null or empty strings."""
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def base(ctx, kind, obj, **fields):
    return clean(
        {
            "id": ctx.obj(kind, obj.pk),
            "type": SCHEMA + TYPES[kind],
            **fields,
            "created": date_time(obj.created_at),
            "modified": date_time(obj.updated_at),
        }
    )


def tombstone(ctx, kind, record):
    return {
        "id": ctx.obj(kind, record.id),
        "type": SCHEMA + TYPES[kind],
        "created": date_time(record.created_at),
        "modified": date_time(record.history_date),
        "deleted": True,
    }


def paper_pdf_url(pk: int) -> str:
    """The Drucksache PDF of a paper (view `committees:paper_pdf`, built in parallel)."""
    try:
        return reverse("committees:paper_pdf", kwargs={"pk": pk})
    except NoReverseMatch:
        return f"/vorlagen/{pk}/drucksache.pdf"


def prepare(kind, objects, ctx):
    """Look up, once per page, which linked consultations and agenda items are public."""
    if kind == "meeting":
        ids = [item.consultation_id for m in objects for item in m.agenda_items.all()]
        ctx.visible_consultations = public.visible_ids(public.consultations(), ids)
    elif kind == "agenda-item":
        ctx.visible_consultations = public.visible_ids(public.consultations(), [i.consultation_id for i in objects])
    elif kind == "paper":
        ids = [c.pk for p in objects for c in p.consultations.all()]
        ctx.visible_agenda_items = public.visible_ids(public.agenda_items(), _agenda_item_ids(ids))
    elif kind == "consultation":
        ctx.visible_agenda_items = public.visible_ids(public.agenda_items(), _agenda_item_ids([c.pk for c in objects]))


def _agenda_item_ids(consultation_ids):
    from committees.models import AgendaItem

    if not consultation_ids:
        return []
    return AgendaItem.objects.filter(consultation_id__in=consultation_ids).values_list("pk", flat=True)


def _agenda_item_by_consultation(consultation_ids):
    from committees.models import AgendaItem

    if not consultation_ids:
        return {}
    return dict(AgendaItem.objects.filter(consultation_id__in=consultation_ids).values_list("consultation_id", "pk"))


def system(ctx, district):
    data = {
        "id": ctx.url("oparl:system"),
        "type": SCHEMA + "System",
        "oparlVersion": SCHEMA,
        "body": ctx.url("oparl:body_list"),
        "name": f"Ratsinformationen {district.name}" if district else "Ratsinformationen",
        "license": LICENSE,
        "website": ctx.url("home"),
        "web": ctx.url("home"),
    }
    if district:
        data["created"] = date_time(district.created_at)
        data["modified"] = date_time(district.updated_at)
    return clean(data)


def body(ctx, district, terms):
    data = base(
        ctx,
        "body",
        district,
        system=ctx.url("oparl:system"),
        name=district.name,
        shortName=district.short_name,
        website=district.website,
        license=LICENSE,
        ags=district.kreisschluessel,
        organization=ctx.list_url("organization"),
        person=ctx.list_url("person"),
        meeting=ctx.list_url("meeting"),
        paper=ctx.list_url("paper"),
        agendaItem=ctx.list_url("agenda-item"),
        consultation=ctx.list_url("consultation"),
        file=ctx.list_url("file"),
        locationList=ctx.list_url("location"),
        legislativeTermList=ctx.list_url("legislative-term"),
        membership=ctx.list_url("membership"),
        classification="Landkreis",
        web=ctx.url("home"),
    )
    # Required by the schema, so kept even with omit_internal.
    data["legislativeTerm"] = [legislative_term(ctx, t) for t in terms]
    return data


def legislative_term(ctx, term):
    return base(
        ctx,
        "legislative-term",
        term,
        body=ctx.body_url(),
        name=term.name,
        startDate=date(term.start_date),
        endDate=date(term.end_date),
    )


def organization(ctx, org):
    return base(
        ctx,
        "organization",
        org,
        body=ctx.body_url(),
        name=org.name,
        shortName=org.short_name,
        membership=[ctx.obj("membership", m.pk) for m in org.memberships.all()],
        meeting=ctx.url("oparl:organization_meetings", pk=org.pk) if org.is_committee else None,
        consultation=ctx.url("oparl:organization_consultations", pk=org.pk) if org.is_committee else None,
        organizationType="Gremium" if org.is_committee else "Verwaltungsbereich",
        classification=org.get_kind_display(),
        startDate=date(org.legislative_term.start_date) if org.legislative_term else None,
        endDate=date(org.legislative_term.end_date) if org.legislative_term else None,
        web=ctx.url("committees:organization_detail", pk=org.pk) if org.is_committee else None,
    )


def person(ctx, p):
    return base(
        ctx,
        "person",
        p,
        body=ctx.body_url(),
        name=str(p),
        familyName=p.family_name,
        givenName=p.given_name,
        formOfAddress=p.form_of_address,
        membership=None if ctx.omit_internal else [membership(ctx, m) for m in p.memberships.all()],
        web=ctx.url("committees:person_detail", pk=p.pk),
    )


def membership(ctx, m):
    return base(
        ctx,
        "membership",
        m,
        person=ctx.obj("person", m.person_id),
        organization=ctx.obj("organization", m.organization_id),
        role=m.get_role_display(),
        votingRight=m.role != m.Role.ADVISORY,
        startDate=date(m.start_date),
        endDate=date(m.end_date),
    )


def location(ctx, loc):
    return base(
        ctx,
        "location",
        loc,
        description=str(loc),
        streetAddress=loc.street_address,
        room=loc.room,
        postalCode=loc.postal_code,
        locality=loc.locality,
    )


def meeting(ctx, m):
    from committees.models import Meeting

    return base(
        ctx,
        "meeting",
        m,
        name=str(m),
        meetingState=m.get_state_display(),
        cancelled=True if m.state == Meeting.State.CANCELLED else None,
        start=date_time(m.start),
        end=date_time(m.end),
        location=location(ctx, m.location) if m.location else None,
        organization=[ctx.obj("organization", m.organization_id)],
        agendaItem=None if ctx.omit_internal else [agenda_item(ctx, i) for i in m.agenda_items.all()],
        web=ctx.url("committees:meeting_detail", pk=m.pk),
    )


def agenda_item(ctx, item, order=None):
    public_consultation = item.consultation_id in ctx.visible_consultations
    return base(
        ctx,
        "agenda-item",
        item,
        meeting=ctx.obj("meeting", item.meeting_id),
        number=str(item.number),
        order=item.number,
        name=item.name,
        public=item.is_public,
        consultation=ctx.obj("consultation", item.consultation_id) if public_consultation else None,
        web=ctx.url("committees:meeting_detail", pk=item.meeting_id),
    )


def consultation(ctx, c, agenda_items=None):
    item_id = (agenda_items or {}).get(c.pk)
    return base(
        ctx,
        "consultation",
        c,
        paper=ctx.obj("paper", c.paper_id),
        agendaItem=ctx.obj("agenda-item", item_id) if item_id in ctx.visible_agenda_items else None,
        meeting=ctx.obj("meeting", c.meeting_id) if c.meeting_id else None,
        organization=[ctx.obj("organization", c.organization_id)],
        authoritative=c.is_deciding,
        role=c.get_role_display(),
        web=ctx.url("committees:paper_detail", pk=c.paper_id),
    )


def file(ctx, f):
    return base(
        ctx,
        "file",
        f,
        name=f.name,
        fileName=f.file.name.rsplit("/", 1)[-1],
        mimeType=f.mime_type,
        date=date(timezone.localdate(f.created_at)),
        size=f.size,
        accessUrl=ctx.url("oparl:file_access", pk=f.pk),
        downloadUrl=ctx.url("oparl:file_download", pk=f.pk),
        paper=[ctx.obj("paper", f.paper_id)],
    )


def main_file(ctx, paper):
    """The Drucksache itself, rendered as PDF: the paper's mainFile."""
    number = paper.number_label.replace("/", "-")
    return base(
        ctx,
        "main-file",
        paper,
        name=f"Drucksache {paper.number_label}",
        fileName=f"Drucksache-{number}.pdf",
        mimeType="application/pdf",
        date=date(paper.date),
        accessUrl=ctx.request.build_absolute_uri(paper_pdf_url(paper.pk)),
        paper=[ctx.obj("paper", paper.pk)],
        web=ctx.url("committees:paper_detail", pk=paper.pk),
    )


def paper(ctx, p, agenda_items=None):
    embedded = not ctx.omit_internal
    return base(
        ctx,
        "paper",
        p,
        body=ctx.body_url(),
        name=p.name,
        reference=p.number_label,
        date=date(p.date),
        paperType=p.get_kind_display(),
        mainFile=main_file(ctx, p),
        auxiliaryFile=[file(ctx, f) for f in p.files.all()] if embedded else None,
        underDirectionOf=[ctx.obj("organization", p.prepared_by_id)],
        originatorOrganization=[ctx.obj("organization", p.originator_id)],
        consultation=[consultation(ctx, c, agenda_items) for c in p.consultations.all()] if embedded else None,
        web=ctx.url("committees:paper_detail", pk=p.pk),
    )


def serialize(kind, objects, ctx):
    """A page of objects of one kind, with the lookups they need done once."""
    prepare(kind, objects, ctx)
    if kind == "paper":
        items = _agenda_item_by_consultation([c.pk for p in objects for c in p.consultations.all()])
        return [paper(ctx, p, items) for p in objects]
    if kind == "consultation":
        items = _agenda_item_by_consultation([c.pk for c in objects])
        return [consultation(ctx, c, items) for c in objects]
    function = {
        "organization": organization,
        "person": person,
        "membership": membership,
        "meeting": meeting,
        "agenda-item": agenda_item,
        "file": file,
        "location": location,
        "legislative-term": legislative_term,
    }[kind]
    return [function(ctx, obj) for obj in objects]
