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
