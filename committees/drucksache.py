"""The printed Drucksache of a paper: the view object `d` for templates/committees/pdf/drucksache.html,
the rendering and its cache.

What the reader may see decides what is printed: the rows of the Beratungsfolge come from
`Consultation.objects.visible_to(user)`, exactly as on the paper page, so an anonymous reader's
Drucksache has no row, date or result of the non-public Kreisausschuss consultation. The
participating units ("Beteiligt") are part of the printed form and shown to every reader; who
signed for them ("gez. <Name>") is internal, like the sign-offs on the paper page, so only staff
see the names.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.text import slugify

from goals.models import District
from helmstedt_strategy.linebreak import Line, break_lines
from helmstedt_strategy.pdf import PDF_A, PDF_UA, cached_pdf, render_pdf

from .models import Consultation, Paper
from .models.visibility import is_council_office

TEMPLATE = "committees/pdf/drucksache.html"
# The Sachdarstellung is set 167 mm wide in 10.5 pt (see static/css/drucksache.css).
STATEMENT_WIDTH_PT = 167 / 25.4 * 72
STATEMENT_SIZE_PT = 10.5
# Kept in the order of the printed form; "geändert" is what an amended acceptance shows.
RESULT_BOXES = {
    Consultation.Result.ACCEPTED: "angenommen",
    Consultation.Result.REJECTED: "abgelehnt",
    Consultation.Result.AMENDED: "geändert",
}
KIND_HEADINGS = {
    Paper.Kind.RESOLUTION: "Vorlage",
    Paper.Kind.NOTICE: "Mitteilungsvorlage",
    Paper.Kind.MOTION: "Antrag",
}


@dataclass
class CommitteeRow:
    name: str
    date: date | None
    public: bool
    non_public: bool
    result: str  # "angenommen" / "abgelehnt" / "geändert" or "" while open


@dataclass
class DrucksacheView:
    head_title: str
    unit_name: str
    file_number: str
    date: date
    number: int | None
    year: int
    number_label: str
    kind: str
    kind_heading: str
    committee_rows: list[CommitteeRow]
    unbrk: str
    execution_unit: str
    prepared_by: str
    involved: list[str]
    sign_off_title: str
    sign_off: str
    subject: str
    resolution: str
    statement_lines: list[Line]
    financial_effects: str
    attachments: list[str] = field(default_factory=list)
    district_name: str = ""


def visible_consultations(paper: Paper, user):
    return (
        Consultation.objects.visible_to(user)
        .filter(paper=paper)
        .select_related("organization", "meeting")
        .order_by("order")
    )


def _row(consultation: Consultation) -> CommitteeRow:
    meeting = consultation.meeting
    return CommitteeRow(
        name=consultation.organization.name,
        date=meeting.start.date() if meeting else None,
        public=consultation.is_public,
        non_public=not consultation.is_public,
        result=RESULT_BOXES.get(consultation.result, ""),
    )


def _signed(unit_short_name: str, user) -> str:
    if user is None:
        return unit_short_name
    name = user.get_full_name() or user.get_username()
    return f"{unit_short_name} gez. {name}"


def _approval(paper: Paper) -> tuple[str, str]:
    if paper.approval == Paper.Approval.DEPUTY:
        return "Landrat", "In Vertretung"
    if paper.approval == Paper.Approval.HEAD:
        return "Landrat", ""
    return "Sichtvermerk:", "–"


def drucksache_view(paper: Paper, user) -> DrucksacheView:
    """Everything the Drucksache prints, as plain values; the caller has checked that `user` may see `paper`."""
    district = District.objects.first()
    rows = [_row(c) for c in visible_consultations(paper, user)]
    rows.append(CommitteeRow(name="", date=None, public=False, non_public=False, result=""))  # the form's blank row
    implementation = getattr(paper, "implementation", None)
    sign_offs = paper.sign_offs.select_related("unit", "signed_by")
    sign_off_title, sign_off = _approval(paper)
    staff = is_council_office(user)
    return DrucksacheView(
        head_title=district.head_title if district else "DER LANDRAT",
        unit_name=paper.originator.name,
        file_number=paper.reference,
        date=paper.date,
        number=paper.number,
        year=paper.year or paper.date.year,
        number_label=paper.number_label,
        kind=paper.get_kind_display(),
        kind_heading=KIND_HEADINGS.get(paper.kind, "Vorlage") + (" – Entwurf" if paper.is_draft else ""),
        committee_rows=rows,
        unbrk=paper.un_crpd_check,
        execution_unit=implementation.responsible_unit.label if implementation else "",
        prepared_by=paper.prepared_by.short_name,
        involved=[
            _signed(s.unit.short_name, s.signed_by) if staff and s.signed_at else s.unit.short_name for s in sign_offs
        ],
        sign_off_title=sign_off_title,
        sign_off=sign_off,
        subject=paper.name,
        resolution=paper.resolution_proposal,
        statement_lines=break_lines(paper.explanation, width=STATEMENT_WIDTH_PT, size=STATEMENT_SIZE_PT),
        financial_effects=paper.financial_effects,
        attachments=[f.name for f in paper.files.all()],
        district_name=district.name if district else "",
    )


def filename_for(paper: Paper, variant: str) -> str:
    number = f"{paper.number}-{paper.year}" if paper.number else f"Entwurf-{paper.pk}"
    suffix = "-archiv" if variant == PDF_A else ""
    return f"Drucksache-{number}-{slugify(paper.name)[:60]}{suffix}.pdf"


def render_drucksache(paper: Paper, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    return render_pdf(
        template=TEMPLATE,
        context={"d": drucksache_view(paper, user)},
        filename=filename_for(paper, variant),
        variant=variant,
    )


def drucksache_pdf(paper: Paper, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    """The Drucksache from the cache while no content changed (any change, e.g. a meeting made
    non-public, gives a new key; see `content_version`)."""
    return cached_pdf(
        key_parts=("drucksache", paper.pk, variant),
        reader=user,
        render=lambda: render_drucksache(paper, user, variant),
    )
