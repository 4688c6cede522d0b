from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel
from helmstedt_strategy.publishing import PublishedQuerySet


class District(DomainModel):
    """The district's identity is data, so another district can run the same code."""

    name = models.CharField(_("Name"), max_length=200)
    short_name = models.CharField(_("Kurzname"), max_length=100)
    kreisschluessel = models.CharField(_("Kreisschlüssel (AGS)"), max_length=8)
    address = models.TextField(_("Anschrift"))
    head_title = models.CharField(
        _("Bezeichnung der Verwaltungsspitze"), max_length=100, help_text=_("z. B. DER LANDRAT")
    )
    website = models.URLField(_("Internetseite"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Landkreis")
        verbose_name_plural = _("Landkreise")

    def __str__(self):
        return self.name


class VisionQuerySet(PublishedQuerySet):
    pass


class GoalQuerySet(PublishedQuerySet):
    """A goal is published with its vision: an unpublished vision hides all its goals."""

    parents = {"vision": VisionQuerySet}


class Vision(DomainModel):
    """The strategic horizon: goals to be reached by a year, binding for budgets from a year."""

    title = models.CharField(_("Titel"), max_length=200)
    horizon_year = models.PositiveSmallIntegerField(_("Zieljahr"))
    binding_from_year = models.PositiveSmallIntegerField(_("verbindlich für die Haushaltsplanung ab"))
    statement = models.TextField(_("Leitsatz"))
    decided_by = models.CharField(_("beschlossen durch"), max_length=100, blank=True)
    decided_on = models.DateField(_("beschlossen am"), null=True, blank=True)
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    history = HistoricalRecords()

    objects = VisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Vision")
        verbose_name_plural = _("Visionen")

    def __str__(self):
        return self.title


class StrategicGoal(DomainModel):
    vision = models.ForeignKey(Vision, on_delete=models.PROTECT, related_name="goals", verbose_name=_("Vision"))
    number = models.PositiveSmallIntegerField(_("Nummer"))
    title = models.CharField(_("Ziel"), max_length=300)
    sub_points = models.TextField(
        _("Unterpunkte"), blank=True, help_text=_("Ein Unterpunkt pro Zeile, im Wortlaut des Beschlusses.")
    )
    description = models.TextField(_("Beschreibung"), blank=True)
    decided_by = models.CharField(_("beschlossen durch"), max_length=100, blank=True)
    decided_on = models.DateField(_("beschlossen am"), null=True, blank=True)
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    history = HistoricalRecords()

    objects = GoalQuerySet.as_manager()

    class Meta:
        verbose_name = _("Strategisches Ziel")
        verbose_name_plural = _("Strategische Ziele")
        ordering = ["vision", "number"]
        constraints = [models.UniqueConstraint(fields=["vision", "number"], name="goal_number_unique_per_vision")]
        permissions = [("view_unpublished", _("Kann unveröffentlichte Ziele sehen"))]

    def __str__(self):
        return f"{self.number}. {self.title}"

    @property
    def sub_point_list(self) -> list[str]:
        return [line.strip() for line in self.sub_points.splitlines() if line.strip()]
