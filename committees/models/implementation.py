from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel


class ImplementationQuerySet(models.QuerySet):
    def visible_to(self, user):
        from .paper import of_visible_papers

        return self.filter(of_visible_papers(user))

    def with_overdue(self):
        today = timezone.localdate()
        return self.annotate(
            overdue=Case(
                When(Q(due_date__lt=today) & ~Q(status=Implementation.Status.DONE), then=Value(True)),
                default=Value(False),
            )
        )


class Implementation(DomainModel):
    """Beschlusskontrolle: who carries out a decision, by when, and how far it got."""

    class Status(models.TextChoices):
        OPEN = "offen", _("offen")
        IN_PROGRESS = "in_arbeit", _("in Arbeit")
        DONE = "erledigt", _("erledigt")

    paper = models.OneToOneField(
        "committees.Paper", on_delete=models.CASCADE, related_name="implementation", verbose_name=_("Vorlage")
    )
    responsible_unit = models.ForeignKey(
        "committees.Organization", on_delete=models.PROTECT, related_name="implementations", verbose_name=_("zuständig")
    )
    due_date = models.DateField(_("umzusetzen bis"))
    status = models.CharField(_("Stand"), max_length=20, choices=Status.choices, default=Status.OPEN)
    progress = models.PositiveSmallIntegerField(_("Fortschritt in Prozent"), default=0)
    history = HistoricalRecords()

    objects = ImplementationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Beschlussausführung")
        verbose_name_plural = _("Beschlusskontrolle")
        ordering = ["due_date"]

    def __str__(self):
        return str(self.paper)

    @property
    def is_overdue(self) -> bool:
        return self.status != self.Status.DONE and self.due_date < timezone.localdate()


class ImplementationNote(models.Model):
    implementation = models.ForeignKey(Implementation, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("Sachstand"))
    progress = models.PositiveSmallIntegerField(_("Fortschritt in Prozent"), default=0)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("durch"))
    created_at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Sachstandsvermerk")
        verbose_name_plural = _("Sachstandsvermerke")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.text[:60]
