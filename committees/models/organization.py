from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel


class LegislativeTerm(DomainModel):
    """OParl LegislativeTerm: the Wahlperiode."""

    name = models.CharField(_("Bezeichnung"), max_length=100)
    start_date = models.DateField(_("Beginn"))
    end_date = models.DateField(_("Ende"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Wahlperiode")
        verbose_name_plural = _("Wahlperioden")
        ordering = ["-start_date"]

    def __str__(self):
        return self.name


class Organization(DomainModel):
    """OParl Organization: a council body (Kreistag, Ausschuss) or an administrative unit (Referat)."""

    class Kind(models.TextChoices):
        KREISTAG = "kreistag", _("Kreistag")
        KREISAUSSCHUSS = "kreisausschuss", _("Kreisausschuss")
        AUSSCHUSS = "ausschuss", _("Fachausschuss")
        VERWALTUNG = "verwaltung", _("Verwaltungseinheit")

    name = models.CharField(_("Name"), max_length=200, unique=True)
    short_name = models.CharField(_("Kurzname"), max_length=40)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    meets_in_public = models.BooleanField(
        _("tagt öffentlich"),
        default=True,
        help_text=_(
            "Vorgabe für neue Sitzungen und Beratungen; der Kreisausschuss tagt nicht öffentlich (§ 78 NKomVG)."
        ),
    )
    legislative_term = models.ForeignKey(
        LegislativeTerm, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("Wahlperiode")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Gremium oder Organisationseinheit")
        verbose_name_plural = _("Gremien und Organisationseinheiten")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name

    @property
    def is_committee(self) -> bool:
        return self.kind != self.Kind.VERWALTUNG

    @property
    def label(self) -> str:
        """ "A.41 Assistenz, Strategie und Kommunikation" for units, the name for committees."""
        if self.is_committee or self.short_name in self.name:
            return self.name
        return f"{self.short_name} {self.name}"


class Person(DomainModel):
    """OParl Person; linked to a login so that committee memberships decide what one may see."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="committee_person",
        verbose_name=_("Benutzerkonto"),
    )
    form_of_address = models.CharField(_("Anrede"), max_length=20, blank=True)
    given_name = models.CharField(_("Vorname"), max_length=100)
    family_name = models.CharField(_("Nachname"), max_length=100)
    faction = models.CharField(_("Fraktion"), max_length=100, blank=True)
    calendar_token = models.CharField(_("Kalenderschlüssel"), max_length=64, blank=True, db_index=True)
    history = HistoricalRecords(excluded_fields=["calendar_token"])

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["family_name", "given_name"]

    def __str__(self):
        return f"{self.given_name} {self.family_name}"


class MembershipQuerySet(models.QuerySet):
    def current(self, on=None):
        from django.db.models import Q
        from django.utils import timezone

        on = on or timezone.localdate()
        return self.filter(Q(start_date__isnull=True) | Q(start_date__lte=on)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=on)
        )


class Membership(DomainModel):
    class Role(models.TextChoices):
        CHAIR = "vorsitz", _("Vorsitz")
        DEPUTY_CHAIR = "stellv_vorsitz", _("stellvertretender Vorsitz")
        MEMBER = "mitglied", _("Mitglied")
        SUBSTITUTE = "stellv_mitglied", _("stellvertretendes Mitglied")
        ADVISORY = "beratend", _("beratendes Mitglied")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("Person"))
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("Gremium")
    )
    role = models.CharField(_("Funktion"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    start_date = models.DateField(_("von"), null=True, blank=True)
    end_date = models.DateField(_("bis"), null=True, blank=True)
    history = HistoricalRecords()

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        ordering = ["organization", "role", "person"]

    def __str__(self):
        return f"{self.person} – {self.organization} ({self.get_role_display()})"
