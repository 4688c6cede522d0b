from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel
from helmstedt_strategy.publishing import PublishedQuerySet


class Municipality(DomainModel):
    """A member municipality (kreisangehörige Kommune): partner of measures."""

    class Kind(models.TextChoices):
        STADT = "stadt", _("Stadt")
        GEMEINDE = "gemeinde", _("Gemeinde")
        SAMTGEMEINDE = "samtgemeinde", _("Samtgemeinde")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    is_district_seat = models.BooleanField(_("Kreisstadt"), default=False)
    population = models.PositiveIntegerField(_("Einwohner"), null=True, blank=True)
    population_date = models.DateField(_("Stand der Einwohnerzahl"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ActionSpaceQuerySet(models.QuerySet):
    def ordered(self):
        return self.order_by("order", "name")


class ActionSpace(DomainModel):
    """One of the six Aktionsräume of goal 1; all six pay into goal 2."""

    name = models.CharField(_("Name"), max_length=100, unique=True)
    slug = models.SlugField(_("Kurzname in Adressen"), max_length=60, unique=True)
    short_description = models.TextField(_("Kurzbeschreibung"), blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    colour = models.CharField(
        _("Farbe"),
        max_length=7,
        default="#1d5a3a",
        help_text=_("Farbe in Diagrammen als #RRGGBB; sie muss auf Weiß mindestens 4,5:1 Kontrast haben."),
    )
    icon = models.CharField(_("Symbol"), max_length=40, blank=True, help_text=_("Kurzes Symbolzeichen für Diagramme"))
    goals = models.ManyToManyField(
        "goals.StrategicGoal", related_name="action_spaces", verbose_name=_("zahlt ein auf"), blank=True
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="edited_action_spaces",
        blank=True,
        verbose_name=_("Redaktion"),
        help_text=_("Mitarbeitende der Redaktion, die Karte und Maßnahmen dieses Aktionsraums bearbeiten dürfen."),
    )
    history = HistoricalRecords(m2m_fields=[goals])

    objects = ActionSpaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aktionsraum")
        verbose_name_plural = _("Aktionsräume")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class WorkshopGroup(DomainModel):
    """One of the six workshop groups (Fachgruppen) of 2024 that ideas came from."""

    name = models.CharField(_("Name"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Fachgruppe")
        verbose_name_plural = _("Fachgruppen")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Sponsor(DomainModel):
    """A Themenpate: a council member sponsoring an Aktionsraum.

    Council members become persons in the committees app later; until then a
    name, the party or role as text and an optional login are enough.
    """

    action_space = models.ForeignKey(
        ActionSpace, on_delete=models.CASCADE, related_name="sponsors", verbose_name=_("Aktionsraum")
    )
    name = models.CharField(_("Name"), max_length=200)
    party_role = models.CharField(_("Fraktion oder Funktion"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sponsorships",
        verbose_name=_("Benutzerkonto"),
    )
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Themenpate")
        verbose_name_plural = _("Themenpaten")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class StrategyCardQuerySet(PublishedQuerySet):
    pass


class StrategyCard(DomainModel):
    """The Strategiekarte of one Aktionsraum: definition, target picture, ideas."""

    class Status(models.TextChoices):
        DRAFT = "entwurf", _("Entwurf")
        IN_CONSULTATION = "in_abstimmung", _("in Abstimmung")
        DECIDED = "beschlossen", _("beschlossen")

    action_space = models.OneToOneField(
        ActionSpace, on_delete=models.CASCADE, related_name="card", verbose_name=_("Aktionsraum")
    )
    definition = models.TextField(_("Definition"), blank=True)
    target_2035 = models.TextField(_("Zielbild 2035"), blank=True)
    ideas = models.TextField(_("Ideen"), blank=True, help_text=_("Eine Idee pro Zeile."))
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    decision_reference = models.CharField(
        _("Beschluss"),
        max_length=200,
        blank=True,
        help_text=_("Gremium, Datum und Drucksache des Beschlusses, z. B. „Kreistag, 18.09.2024“."),
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    history = HistoricalRecords()
    # Full-text search; GIN index on PostgreSQL.
    SEARCH_FIELDS = ["definition", "target_2035", "ideas"]

    objects = StrategyCardQuerySet.as_manager()

    class Meta:
        verbose_name = _("Strategiekarte")
        verbose_name_plural = _("Strategiekarten")
        permissions = [
            ("view_unpublished", _("Kann unveröffentlichte Strategiekarten sehen")),
            ("edit_all_actionspaces", _("Kann alle Aktionsräume bearbeiten")),
        ]

    def __str__(self):
        return _("Strategiekarte %(name)s") % {"name": self.action_space.name}

    @property
    def idea_list(self) -> list[str]:
        return [line.strip() for line in self.ideas.splitlines() if line.strip()]

    def summary(self) -> "CardSummary":
        """Measures by status and overall progress, from the (prefetched) measures."""
        return CardSummary.of(list(self.measures.all()))


@dataclass
class CardSummary:
    total: int
    by_status: list[tuple[str, int]]
    progress: int | None

    @classmethod
    def of(cls, measures) -> "CardSummary":
        counts = Counter(m.status for m in measures)
        by_status = [(label, counts[value]) for value, label in Measure.Status.choices if counts[value]]
        active = [m.progress for m in measures if m.counts_for_progress]
        # Dropped measures do not pull the average down.
        progress = round(sum(active) / len(active)) if active else None
        return cls(total=len(measures), by_status=by_status, progress=progress)


class MeasureQuerySet(PublishedQuerySet):
    """A measure is published with its card."""

    flag = None
    parents = {"card": StrategyCardQuerySet}


class Measure(DomainModel):
    """A Maßnahme on a strategy card."""

    class Status(models.TextChoices):
        IDEA = "idee", _("Idee")
        PLANNED = "geplant", _("geplant")
        IN_PROGRESS = "in_umsetzung", _("in Umsetzung")
        DONE = "abgeschlossen", _("abgeschlossen")
        DROPPED = "verworfen", _("verworfen")

    card = models.ForeignKey(StrategyCard, on_delete=models.CASCADE, related_name="measures", verbose_name=_("Karte"))
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    responsible_unit = models.CharField(_("verantwortliche Organisationseinheit"), max_length=200, blank=True)
    responsible_person = models.CharField(_("verantwortliche Person"), max_length=200, blank=True)
    partners = models.ManyToManyField(
        Municipality, related_name="measures", blank=True, verbose_name=_("Partnerkommunen")
    )
    workshop_group = models.ForeignKey(
        WorkshopGroup,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measures",
        verbose_name=_("Fachgruppe"),
        help_text=_("Die Fachgruppe, aus der die Idee stammt."),
    )
    status = models.CharField(_("Status"), max_length=20, choices=Status.choices, default=Status.IDEA)
    progress = models.PositiveSmallIntegerField(
        _("Fortschritt in %"),
        default=0,
        validators=[
            MinValueValidator(0, _("Der Fortschritt muss zwischen 0 und 100 Prozent liegen.")),
            MaxValueValidator(100, _("Der Fortschritt muss zwischen 0 und 100 Prozent liegen.")),
        ],
    )
    start = models.DateField(_("Beginn"), null=True, blank=True)
    end = models.DateField(_("Ende"), null=True, blank=True)
    # Moved by the up/down buttons; not part of the edit form, so reordering never
    # causes an edit conflict.
    order = models.PositiveIntegerField(_("Reihenfolge"), default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[partners])
    # Full-text search; GIN index on PostgreSQL.
    SEARCH_FIELDS = ["title", "description"]

    objects = MeasureQuerySet.as_manager()

    class Meta:
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")
        ordering = ["order", "id"]

    def __str__(self):
        return self.title

    @property
    def counts_for_progress(self) -> bool:
        return self.status != self.Status.DROPPED


class MilestoneQuerySet(PublishedQuerySet):
    """A milestone is published with its measure (and so with the card)."""

    flag = None
    parents = {"measure": MeasureQuerySet}


class Milestone(DomainModel):
    """A Meilenstein of a measure: a date and what happens then."""

    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("Maßnahme")
    )
    due_on = models.DateField(_("Datum"))
    title = models.CharField(_("Meilenstein"), max_length=200)
    note = models.TextField(_("Notiz"), blank=True)
    is_reached = models.BooleanField(_("erreicht"), default=False)
    history = HistoricalRecords()

    objects = MilestoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Meilensteine")
        ordering = ["due_on", "id"]

    def __str__(self):
        return self.title
