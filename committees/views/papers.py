"""Vorlagen: list with search and filters, the paper page with its Beratungsfolge, and the staff editors."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from goals.models import StrategicGoal
from helmstedt_strategy import views as shared
from helmstedt_strategy.params import query_id, query_year
from helmstedt_strategy.permissions import require_permission
from products.models import Product

from .. import services
from ..forms import (
    FileForm,
    PaperCreateForm,
    PaperForm,
)
from ..models import Consultation, File, Organization, Paper, SignOff
from ..permissions import (
    MANAGE_PERMISSION,
    UPLOAD_PERMISSION,
    can_manage_papers,
    can_see_workflow,
    get_file_for_user,
    get_paper_for_user,
)
from ..uploads import mime_type_for
from .common import apply_errors, back_to_paper, form_page

PAGE_SIZE = 25


def paper_list(request):
    user = request.user
    papers = Paper.objects.visible_to(user)
    query = request.GET.get("q", "").replace("\x00", "").strip()  # PostgreSQL text never holds NUL
    filters = {
        "jahr": query_year(request.GET.get("jahr")),
        "art": request.GET.get("art", ""),
        "gremium": query_id(request.GET.get("gremium")),
        "status": request.GET.get("status", ""),
        "ziel": query_id(request.GET.get("ziel")),
    }
    if query:
        papers = papers.filter(
            Q(name__icontains=query)
            | Q(reference__icontains=query)
            | Q(resolution_proposal__icontains=query)
            | Q(explanation__icontains=query)
        )
    if filters["jahr"]:
        papers = papers.filter(Q(year=filters["jahr"]) | Q(year__isnull=True, date__year=filters["jahr"]))
    if filters["art"] in Paper.Kind.values:
        papers = papers.filter(kind=filters["art"])
    if filters["status"] in Paper.Status.values:
        papers = papers.filter(status=filters["status"])
    if filters["gremium"]:
        # Only consultations the user may see count, or a filter would reveal a non-public one.
        seen = Consultation.objects.visible_to(user).filter(organization_id=filters["gremium"])
        papers = papers.filter(pk__in=seen.values("paper_id"))
    if filters["ziel"]:
        papers = papers.filter(goals__id=filters["ziel"])
    papers = papers.select_related("originator").prefetch_related(
        Prefetch(
            "consultations",
            # The papers of the page are visible already: only the consultation rule is left to apply.
            queryset=Consultation.objects.of_visible_paper(user).select_related("organization", "meeting"),
            to_attr="visible_consultations",
        )
    )
    page = Paginator(papers, PAGE_SIZE).get_page(request.GET.get("seite"))
    statuses = (
        Paper.Status.choices
        if can_see_workflow(user)
        else [c for c in Paper.Status.choices if c[0] not in Paper.DRAFT_STATES]
    )
    return render(
        request,
        "committees/paper_list.html",
        {
            "page": page,
            "query": query,
            "filters": filters,
            "kinds": Paper.Kind.choices,
            "statuses": statuses,
            "committees": Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG),
            "goals": StrategicGoal.objects.visible_to(user),
            "years": range(2024, 2028),
            "can_manage": can_manage_papers(user),
        },
    )


def paper_detail(request, pk: int):
    user = request.user
    paper = get_paper_for_user(user, pk)
    consultations = (
        Consultation.objects.of_visible_paper(user)  # the paper itself was checked above
        .filter(paper=paper)
        .select_related("organization", "meeting", "agenda_item")
        .order_by("order")
    )
    workflow = can_see_workflow(user, paper)
    can_manage = can_manage_papers(user)
    context = {
        "paper": paper,
        "consultations": consultations,
        "goals": StrategicGoal.objects.visible_to(user).filter(papers=paper),
        "action_spaces": paper.action_spaces.all(),
        "products": Product.objects.visible_to(user).filter(papers=paper),
        "files": paper.files.all(),
        "sign_offs": paper.sign_offs.select_related("unit", "signed_by") if workflow else [],
        "events": paper.events.select_related("user") if workflow else [],
        "implementation": getattr(paper, "implementation", None) if not paper.is_draft else None,
        "show_workflow": workflow,
        "can_manage": can_manage,
        "can_upload": user.has_perm(UPLOAD_PERMISSION),
        "approvals": Paper.Approval.choices,
    }
    if can_manage and paper.status == Paper.Status.DRAFT:
        context["addable_units"] = Organization.objects.filter(kind=Organization.Kind.VERWALTUNG).exclude(
            sign_offs__paper=paper
        )
    if context["implementation"] is not None:
        context["notes"] = context["implementation"].notes.select_related("user")
    return render(request, "committees/paper_detail.html", context)


@require_permission(MANAGE_PERMISSION)
def paper_create(request):
    form = PaperCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("loaded_version",)}
        try:
            paper = services.paper_create(user=request.user, **data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, _("Der Entwurf wurde angelegt. Legen Sie nun die Beratungsfolge fest."))
            return HttpResponseRedirect(reverse("committees:paper_detail", args=[paper.pk]))
    return form_page(
        request,
        form,
        heading=_("Neue Vorlage"),
        back_url=reverse("committees:paper_list"),
        back_label=_("Zurück zu den Vorlagen"),
    )


def _text_locked(paper) -> str:
    """Why the paper's text may not change any more, or "" while it is a draft or in Mitzeichnung.

    From the Freigabe on the council holds the paper as released: its text stays as it was
    released, and a change goes to the committees as a new paper (Ergänzungsvorlage).
    """
    if paper.is_draft:
        return ""
    return _(
        "Die Vorlage %(number)s ist freigegeben (Status: %(status)s). Ihr Text bleibt so, wie ihn die "
        "Gremien erhalten haben; eine Änderung geht als neue Vorlage (Ergänzungsvorlage) in die Beratung."
    ) % {"number": paper.number_label, "status": paper.get_status_display()}


@require_permission(MANAGE_PERMISSION)
def paper_edit(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    refusal = _text_locked(paper)
    if refusal and request.method != "POST":
        messages.error(request, refusal)
        return HttpResponseRedirect(paper.get_absolute_url())
    return shared.edit_versioned(
        request,
        instance=paper,
        form_class=PaperForm,
        template="editing/edit.html",
        success_url=reverse("committees:paper_detail", args=[paper.pk]),
        context=back_to_paper(paper) | {"heading": _("Vorlage bearbeiten"), "title": paper},
        refusal=refusal,
    )


@require_permission(MANAGE_PERMISSION)
def paper_history(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    locked = _text_locked(paper)
    return shared.show_history(
        request,
        instance=paper,
        template="editing/history.html",
        restore_url=None
        if locked
        else lambda history_id: reverse("committees:paper_restore", args=[paper.pk, history_id]),
        context=back_to_paper(paper) | {"title": paper, "locked_note": locked},
    )


@require_permission(MANAGE_PERMISSION)
def paper_restore(request, pk: int, history_id: int):
    paper = get_paper_for_user(request.user, pk)
    refusal = _text_locked(paper)
    if refusal:
        messages.error(request, refusal)
        return HttpResponseRedirect(reverse("committees:paper_history", args=[paper.pk]))
    return shared.restore(
        request,
        instance=paper,
        history_id=history_id,
        success_url=reverse("committees:paper_history", args=[paper.pk]),
    )


@require_POST
@require_permission(MANAGE_PERMISSION)
def paper_action(request, pk: int, action: str):
    """The workflow buttons of the paper page; the rules live in services."""
    paper = get_paper_for_user(request.user, pk)
    try:
        if action == "mitzeichnung":
            services.paper_submit_for_signoff(paper=paper, user=request.user)
            messages.success(request, _("Die Vorlage ist in der Mitzeichnung."))
        elif action == "mitzeichnen":
            sign_off = SignOff.objects.filter(paper=paper, pk=query_id(request.POST.get("sign_off"))).first()
            if sign_off is None:
                raise ValidationError(_("Bitte wählen Sie die beteiligte Stelle."))
            services.paper_sign_off(paper=paper, unit=sign_off.unit, user=request.user)
            messages.success(request, _("Die Mitzeichnung wurde vermerkt."))
        elif action == "beteiligen":
            unit = Organization.objects.filter(
                kind=Organization.Kind.VERWALTUNG, pk=query_id(request.POST.get("unit"))
            ).first()
            if unit is None:
                raise ValidationError(_("beteiligt: Bitte wählen Sie eine Verwaltungseinheit."))
            services.paper_add_participant(paper=paper, unit=unit, user=request.user)
            messages.success(request, _("%(unit)s ist nun beteiligt.") % {"unit": unit.label})
        elif action == "freigabe":
            paper = services.paper_release(paper=paper, approval=request.POST.get("approval", ""), user=request.user)
            messages.success(request, _("Die Vorlage ist freigegeben: Drucksache %(n)s.") % {"n": paper.number_label})
        elif action == "erledigt":
            services.paper_complete(paper=paper, user=request.user)
            messages.success(request, _("Die Beschlussausführung ist erledigt."))
        else:
            raise ValidationError(_("Unbekannter Vorgang."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return HttpResponseRedirect(reverse("committees:paper_detail", args=[pk]))


@require_permission(UPLOAD_PERMISSION)
def file_upload(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    form = FileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        attachment = File(
            paper=paper,
            name=form.cleaned_data["name"],
            file=upload,
            mime_type=mime_type_for(upload.name),
            size=upload.size,
        )
        attachment._history_user = request.user
        attachment.save()
        messages.success(request, _("Die Anlage wurde hochgeladen."))
        return HttpResponseRedirect(reverse("committees:paper_detail", args=[paper.pk]) + "#anlagen")
    return form_page(
        request, form, heading=_("Anlage hochladen"), **back_to_paper(paper), status=400 if form.errors else 200
    )


def file_download(request, pk: int):
    """Attachments are never served from MEDIA_URL: only here, after the same visibility check as the paper."""
    attachment = get_file_for_user(request.user, pk)
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.file.name.rsplit("/", 1)[-1]
    )
    response["Content-Type"] = attachment.mime_type
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
