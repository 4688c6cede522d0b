from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel

from .visibility import is_council_office, member_committees, member_units


class PaperQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The council office sees every paper. Others see released papers that have a public
        consultation, a consultation in one of their committees, or no consultation at all (e.g. a
        Mitteilung); and the drafts of their administrative units (`_of_units`)."""
        if is_council_office(user):
            return self
        consultations = Consultation.objects.filter(paper=OuterRef("pk"))
        public = consultations.filter(is_public=True).filter(Q(meeting__isnull=True) | Q(meeting__is_public=True))
        own = consultations.filter(organization__in=member_committees(user))
        released = ~Q(status__in=Paper.DRAFT_STATES) & (Exists(public) | Exists(own) | ~Exists(consultations))
        if not user.is_authenticated:
            return self.filter(released)
        return self.filter(released | (Q(status__in=Paper.DRAFT_STATES) & _of_units(user)))


def _of_units(user) -> Q:
    """Issued or prepared by one of the user's administrative units, or to be co-signed by one (Mitzeichnung)."""
    units = member_units(user)
    co_signs = SignOff.objects.filter(paper=OuterRef("pk"), unit__in=units)
    return Q(originator__in=units) | Q(prepared_by__in=units) | Exists(co_signs)


def of_visible_papers(user, paper_field: str = "paper_id") -> Exists:
    """The condition "its paper is visible to the user", for querysets of a paper's parts.

    A correlated EXISTS, decided per row by primary key: SQLite plans a `paper IN (visible papers)`
    subquery by deciding every paper's visibility first (16 s at 20,000 papers for one page).
    """
    return Exists(Paper.objects.visible_to(user).filter(pk=OuterRef(paper_field)))


class Paper(DomainModel):
    """OParl Paper: the Vorlage / Drucksache."""

    class Kind(models.TextChoices):
        RESOLUTION = "beschlussvorlage", _("Beschlussvorlage")
        NOTICE = "mitteilungsvorlage", _("Mitteilungsvorlage")
        MOTION = "antrag", _("Antrag")

    class Status(models.TextChoices):
        DRAFT = "entwurf", _("Entwurf")
        SIGNOFF = "mitzeichnung", _("in Mitzeichnung")
        RELEASED = "freigegeben", _("freigegeben")
        IN_CONSULTATION = "in_beratung", _("in Beratung")
        DECIDED = "beschlossen", _("beschlossen")
        REJECTED = "abgelehnt", _("abgelehnt")
        NOTED = "zur_kenntnis", _("zur Kenntnis genommen")
        IN_EXECUTION = "in_ausfuehrung", _("in Ausführung")
        DONE = "erledigt", _("erledigt")

    class UnCrpdCheck(models.TextChoices):
        YES = "ja", _("ja")
        NO = "nein", _("nein")
        NOT_APPLICABLE = "entfaellt", _("entfällt")

    class Approval(models.TextChoices):
        HEAD = "landrat", _("Landrat")
        DEPUTY = "vertretung", _("Landrat, in Vertretung")

    DRAFT_STATES = (Status.DRAFT, Status.SIGNOFF)

    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.RESOLUTION)
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False)
    number = models.PositiveIntegerField(_("lfd. Nr."), null=True, blank=True, editable=False)
    year = models.PositiveSmallIntegerField(_("Jahr"), null=True, blank=True, editable=False)
    reference = models.CharField(_("Aktenzeichen"), max_length=100, blank=True)
    originator = models.ForeignKey(
        "committees.Organization",
        on_delete=models.PROTECT,
        related_name="issued_papers",
        verbose_name=_("Referat"),
        limit_choices_to={"kind": "verwaltung"},
    )
    date = models.DateField(_("Datum"))
    name = models.CharField(_("Betreff"), max_length=500)
    resolution_proposal = models.TextField(_("Beschlussvorschlag"), blank=True)
    explanation = models.TextField(_("Sachdarstellung, Begründung"), blank=True)
    financial_effects = models.TextField(_("finanzielle Auswirkungen"), blank=True)
    un_crpd_check = models.CharField(
        _("UN-Behindertenrechtskonvention berücksichtigt"),
        max_length=10,
        choices=UnCrpdCheck.choices,
        default=UnCrpdCheck.NOT_APPLICABLE,
    )
    prepared_by = models.ForeignKey(
        "committees.Organization",
        on_delete=models.PROTECT,
        related_name="prepared_papers",
        verbose_name=_("gefertigt"),
        limit_choices_to={"kind": "verwaltung"},
    )
    approval = models.CharField(_("Sichtvermerk"), max_length=20, choices=Approval.choices, blank=True, editable=False)
    released_at = models.DateTimeField(_("freigegeben am"), null=True, blank=True, editable=False)
    goals = models.ManyToManyField("goals.StrategicGoal", blank=True, related_name="papers", verbose_name=_("Ziele"))
    action_spaces = models.ManyToManyField(
        "actionspaces.ActionSpace", blank=True, related_name="papers", verbose_name=_("Aktionsräume")
    )
    products = models.ManyToManyField(
        "products.Product", blank=True, related_name="papers", verbose_name=_("W-Produkte")
    )
    history = HistoricalRecords(m2m_fields=[goals, action_spaces, products])
    # Full-text search (Betreff, Beschlussvorschlag, Sachdarstellung); GIN index on PostgreSQL.
    SEARCH_FIELDS = ["name", "resolution_proposal", "explanation"]

    objects = PaperQuerySet.as_manager()

    class Meta:
        verbose_name = _("Vorlage")
        verbose_name_plural = _("Vorlagen")
        ordering = ["-date", "-pk"]
        # The list's order, so a page is read from the index instead of sorting every paper.
        indexes = [models.Index(fields=["-date", "-id"], name="paper_list_order")]
        constraints = [models.UniqueConstraint(fields=["year", "number"], name="paper_number_unique_per_year")]
        permissions = [("view_unpublished", _("Kann Entwürfe und nicht öffentliche Beratungen sehen"))]

    def __str__(self):
        return f"{self.number_label} {self.name}"

    def get_absolute_url(self):
        return reverse("committees:paper_detail", args=[self.pk])

    @property
    def number_label(self) -> str:
        """ "12/2024", or "Entwurf" before the Freigabe assigns the number."""
        if self.number is None:
            return str(_("ohne Nr."))
        return f"{self.number}/{self.year}"

    @property
    def is_draft(self) -> bool:
        return self.status in self.DRAFT_STATES


class PaperNumberCounter(models.Model):
    """The last lfd. Nr. given per year; its row is locked while the next number is taken."""

    year = models.PositiveSmallIntegerField(_("Jahr"), unique=True)
    last_number = models.PositiveIntegerField(_("zuletzt vergeben"), default=0)

    class Meta:
        verbose_name = _("Nummernkreis")
        verbose_name_plural = _("Nummernkreise")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class SignOff(DomainModel):
    """Mitzeichnung: one participating unit ("beteiligt") signs the draft."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="sign_offs", verbose_name=_("Vorlage"))
    unit = models.ForeignKey(
        "committees.Organization", on_delete=models.PROTECT, related_name="sign_offs", verbose_name=_("beteiligt")
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("gezeichnet von")
    )
    signed_at = models.DateTimeField(_("gezeichnet am"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Mitzeichnung")
        verbose_name_plural = _("Mitzeichnungen")
        ordering = ["unit__short_name"]
        constraints = [models.UniqueConstraint(fields=["paper", "unit"], name="signoff_unique_unit")]

    def __str__(self):
        return f"{self.paper.number_label}: {self.unit.short_name}"


class ConsultationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A consultation shows where its paper does and it is public, or to members of its committee."""
        if is_council_office(user):
            return self
        return self.filter(of_visible_papers(user)).of_visible_paper(user)

    def of_visible_paper(self, user):
        """The same rule for consultations of papers the caller has already checked are visible (a paper
        page, a page of the paper list): without re-deciding every paper's visibility in a subquery."""
        if is_council_office(user):
            return self
        public = Q(is_public=True) & (Q(meeting__isnull=True) | Q(meeting__is_public=True))
        own = Q(organization__in=member_committees(user))
        return self.filter(public | own)


class Consultation(DomainModel):
    """OParl Consultation: one step of the Beratungsfolge."""

    class Role(models.TextChoices):
        PRELIMINARY = "vorberatung", _("Vorberatung")
        DECISION = "entscheidung", _("Entscheidung")
        NOTICE = "kenntnisnahme", _("Kenntnisnahme")

    class Result(models.TextChoices):
        ACCEPTED = "angenommen", _("angenommen")
        REJECTED = "abgelehnt", _("abgelehnt")
        AMENDED = "geaendert", _("geändert")
        POSTPONED = "vertagt", _("vertagt")
        NOTED = "zur_kenntnis", _("zur Kenntnis genommen")

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="consultations", verbose_name=_("Vorlage"))
    order = models.PositiveSmallIntegerField(_("Reihenfolge"))
    organization = models.ForeignKey(
        "committees.Organization", on_delete=models.PROTECT, related_name="consultations", verbose_name=_("Gremium")
    )
    meeting = models.ForeignKey(
        "committees.Meeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultations",
        verbose_name=_("Sitzung"),
    )
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices, default=Role.PRELIMINARY)
    is_public = models.BooleanField(_("öffentlich"), default=True)
    result = models.CharField(_("Ergebnis"), max_length=20, choices=Result.choices, blank=True)
    amended_text = models.TextField(_("geänderter Beschlusstext"), blank=True)
    votes_yes = models.PositiveSmallIntegerField(_("Ja-Stimmen"), null=True, blank=True)
    votes_no = models.PositiveSmallIntegerField(_("Nein-Stimmen"), null=True, blank=True)
    votes_abstain = models.PositiveSmallIntegerField(_("Enthaltungen"), null=True, blank=True)
    is_unanimous = models.BooleanField(_("einstimmig"), default=False)
    decided_at = models.DateTimeField(_("Ergebnis erfasst am"), null=True, blank=True)
    history = HistoricalRecords()

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Beratung")
        verbose_name_plural = _("Beratungsfolge")
        ordering = ["paper", "order"]
        constraints = [models.UniqueConstraint(fields=["paper", "order"], name="consultation_order_unique")]

    def __str__(self):
        return f"{self.paper.number_label} – {self.organization.short_name}"

    @property
    def is_deciding(self) -> bool:
        return self.role == self.Role.DECISION

    @property
    def vote_label(self) -> str:
        if self.is_unanimous:
            return str(_("einstimmig"))
        if self.votes_yes is None:
            return ""
        return str(_("Ja %(yes)s, Nein %(no)s, Enthaltung %(abstain)s")) % {
            "yes": self.votes_yes,
            "no": self.votes_no or 0,
            "abstain": self.votes_abstain or 0,
        }


class PaperEvent(models.Model):
    """The transition log of a paper: what happened, who did it, when."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="events", verbose_name=_("Vorlage"))
    action = models.CharField(_("Vorgang"), max_length=40)
    from_status = models.CharField(_("von"), max_length=20, choices=Paper.Status.choices, blank=True)
    to_status = models.CharField(_("nach"), max_length=20, choices=Paper.Status.choices, blank=True)
    description = models.CharField(_("Beschreibung"), max_length=500)
    consultation = models.ForeignKey(
        Consultation, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("durch")
    )
    created_at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Vorgang")
        verbose_name_plural = _("Vorgänge")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.description


def attachment_path(instance, filename):
    from ..uploads import safe_name

    return f"anlagen/{instance.paper_id}/{safe_name(filename)}"


class FileQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_council_office(user):
            return self
        return self.filter(of_visible_papers(user))


class File(DomainModel):
    """OParl File: an attachment (Anlage) of a paper, served only through a permission-checking view."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="files", verbose_name=_("Vorlage"))
    name = models.CharField(_("Bezeichnung"), max_length=300)
    file = models.FileField(_("Datei"), upload_to=attachment_path)
    mime_type = models.CharField(_("Dateityp"), max_length=100)
    size = models.PositiveIntegerField(_("Größe in Bytes"))
    history = HistoricalRecords()

    objects = FileQuerySet.as_manager()

    class Meta:
        verbose_name = _("Anlage")
        verbose_name_plural = _("Anlagen")
        ordering = ["paper", "name"]

    def __str__(self):
        return self.name
