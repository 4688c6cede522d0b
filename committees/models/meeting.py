from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel

from .visibility import is_council_office, member_committees


class Location(DomainModel):
    """OParl Location: where a meeting takes place."""

    description = models.CharField(_("Bezeichnung"), max_length=200)
    room = models.CharField(_("Raum"), max_length=100, blank=True)
    street_address = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postleitzahl"), max_length=10, blank=True)
    locality = models.CharField(_("Ort"), max_length=100, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        ordering = ["description"]

    def __str__(self):
        return ", ".join(part for part in [self.description, self.room] if part)

    @property
    def address(self) -> str:
        return ", ".join(p for p in [self.street_address, f"{self.postal_code} {self.locality}".strip()] if p)


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Public meetings for everyone; non-public ones for the council office and the committee's members."""
        if is_council_office(user):
            return self
        return self.filter(Q(is_public=True) | Q(organization__in=member_committees(user)))


class Meeting(DomainModel):
    """OParl Meeting: one session of one committee."""

    class State(models.TextChoices):
        PLANNED = "geplant", _("geplant")
        INVITED = "eingeladen", _("eingeladen")
        HELD = "durchgefuehrt", _("durchgeführt")
        CANCELLED = "abgesagt", _("abgesagt")

    organization = models.ForeignKey(
        "committees.Organization", on_delete=models.PROTECT, related_name="meetings", verbose_name=_("Gremium")
    )
    name = models.CharField(_("Bezeichnung"), max_length=200, blank=True)
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(_("Ende"), null=True, blank=True)
    location = models.ForeignKey(
        Location, on_delete=models.SET_NULL, null=True, blank=True, related_name="meetings", verbose_name=_("Ort")
    )
    state = models.CharField(_("Status"), max_length=20, choices=State.choices, default=State.PLANNED)
    is_public = models.BooleanField(_("öffentliche Sitzung"), default=True)
    history = HistoricalRecords()

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        ordering = ["start"]

    def __str__(self):
        from django.utils import formats, timezone

        day = formats.date_format(timezone.localtime(self.start), "SHORT_DATE_FORMAT")
        return self.name or f"{self.organization.name}, {day}"


class AgendaItemQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Public items of public meetings for everyone, all items of a committee's meetings for its members;
        and an item that treats a paper only where its consultation (and so the paper) is visible: a draft
        put on a public agenda stays the planning of those who may see the draft."""
        if is_council_office(user):
            return self
        from .paper import Consultation

        members = member_committees(user)
        consultation = Consultation.objects.visible_to(user).filter(pk=OuterRef("consultation_id"))
        return self.filter(Q(is_public=True, meeting__is_public=True) | Q(meeting__organization__in=members)).filter(
            Q(consultation__isnull=True) | Exists(consultation)
        )


class AgendaItem(DomainModel):
    """OParl AgendaItem: a numbered item of a meeting, public ("Ö 3") or not ("N 1")."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("Sitzung")
    )
    is_public = models.BooleanField(_("öffentlich"), default=True)
    number = models.PositiveSmallIntegerField(_("Nummer"))
    name = models.CharField(_("Gegenstand"), max_length=500)
    consultation = models.OneToOneField(
        "committees.Consultation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_item",
        verbose_name=_("Beratung"),
    )
    history = HistoricalRecords()

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("Tagesordnungspunkt")
        verbose_name_plural = _("Tagesordnungspunkte")
        ordering = ["meeting", "-is_public", "number"]
        constraints = [models.UniqueConstraint(fields=["meeting", "is_public", "number"], name="agenda_number_unique")]

    def __str__(self):
        return f"{self.label} {self.name}"

    @property
    def label(self) -> str:
        return f"{'Ö' if self.is_public else 'N'} {self.number}"
