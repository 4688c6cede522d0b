from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel


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
    history = HistoricalRecords(m2m_fields=[goals])

    objects = ActionSpaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aktionsraum")
        verbose_name_plural = _("Aktionsräume")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name
