from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from helmstedt_strategy.models import DomainModel
from helmstedt_strategy.publishing import PublishedQuerySet

from ..status import roll_up


class ProductQuerySet(PublishedQuerySet):
    def for_list(self, user):
        """With what list and detail pages show: the goals `user` may see, action spaces, latest values."""
        from goals.models import StrategicGoal

        from .kpi import KPIValue

        return self.prefetch_related(
            models.Prefetch("goals", queryset=StrategicGoal.objects.visible_to(user)),
            "action_spaces",
            models.Prefetch("kpis__values", queryset=KPIValue.objects.latest_actual_per_kpi()),
        )


class WorkshopTopic(models.TextChoices):
    """The six workshop groups of the potential analysis (first half of 2024)."""

    SAFETY = "sicherheit", _("Sicherheit und Ordnung")
    SCHOOL = "schule", _("Schule und Kultur")
    SOCIAL = "soziales", _("Soziales und Jugend")
    HEALTH = "gesundheit", _("Gesundheit und Sport")
    ECONOMY = "wirtschaft", _("Wirtschaft und Tourismus")
    ENVIRONMENT = "umwelt", _("Gestaltung der Umwelt")


class Product(DomainModel):
    """A Wesentliches Produkt: a budget product of financial or political importance with steering goals."""

    class Importance(models.TextChoices):
        FINANCIAL = "finanziell", _("finanziell")
        POLITICAL = "politisch", _("politisch")
        BOTH = "beides", _("finanziell und politisch")

    number = models.CharField(
        _("Produktnummer"), max_length=20, unique=True, help_text=_("nach dem niedersächsischen Produktrahmen")
    )
    name = models.CharField(_("Bezeichnung"), max_length=200)
    budget_area = models.CharField(_("Teilhaushalt"), max_length=100, blank=True)
    unit = models.CharField(_("verantwortliche Organisationseinheit"), max_length=100, blank=True)
    responsible_person = models.CharField(_("verantwortliche Person"), max_length=150, blank=True)
    workshop_topic = models.CharField(_("Workshop-Thema"), max_length=20, choices=WorkshopTopic.choices, blank=True)
    services = models.TextField(_("Leistungsbeschreibung"), blank=True)
    importance = models.CharField(_("Bedeutung"), max_length=20, choices=Importance.choices, default=Importance.BOTH)
    importance_reason = models.TextField(_("Begründung der Wesentlichkeit"), blank=True)
    goals = models.ManyToManyField(
        "goals.StrategicGoal", related_name="products", blank=True, verbose_name=_("strategische Ziele")
    )
    action_spaces = models.ManyToManyField(
        "actionspaces.ActionSpace", related_name="products", blank=True, verbose_name=_("Aktionsräume")
    )
    # A measure's W-Produkte are declared here, on the higher layer (DESIGN.md: imports point down).
    measures = models.ManyToManyField(
        "actionspaces.Measure", related_name="products", blank=True, verbose_name=_("Maßnahmen")
    )
    responsible_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="responsible_products",
        blank=True,
        verbose_name=_("Erfassung durch"),
        help_text=_("Diese Personen dürfen Kennzahlwerte des Produkts erfassen."),
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    history = HistoricalRecords(m2m_fields=[goals, action_spaces, measures])
    # Full-text search; GIN index on PostgreSQL.
    SEARCH_FIELDS = ["number", "name", "services"]

    objects = ProductQuerySet.as_manager()

    class Meta:
        verbose_name = _("Wesentliches Produkt")
        verbose_name_plural = _("Wesentliche Produkte")
        ordering = ["number"]
        permissions = [("view_unpublished", _("Kann unveröffentlichte Produkte sehen"))]

    def __str__(self):
        return f"{self.number} {self.name}"

    @property
    def status(self):
        """Worst of its KPIs' statuses (expects `kpis__values` prefetched on lists)."""
        return roll_up(kpi.status for kpi in self.kpis.all())


class ProductGoal(DomainModel):
    """Produktziel: a steering goal of a product."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="product_goals")
    title = models.CharField(_("Produktziel"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Produktziel")
        verbose_name_plural = _("Produktziele")
        ordering = ["product", "order", "id"]

    def __str__(self):
        return self.title


class ProductBudget(DomainModel):
    """Planned and actual income and expenses of a product in one budget year (in euro)."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="budgets")
    year = models.PositiveSmallIntegerField(_("Haushaltsjahr"))
    planned_income = models.DecimalField(_("Erträge (Plan)"), max_digits=14, decimal_places=2, null=True, blank=True)
    actual_income = models.DecimalField(_("Erträge (Ist)"), max_digits=14, decimal_places=2, null=True, blank=True)
    planned_expenses = models.DecimalField(
        _("Aufwendungen (Plan)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual_expenses = models.DecimalField(
        _("Aufwendungen (Ist)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Haushaltsansatz")
        verbose_name_plural = _("Haushaltsansätze")
        ordering = ["product", "year"]
        constraints = [models.UniqueConstraint(fields=["product", "year"], name="budget_year_unique_per_product")]

    def __str__(self):
        return f"{self.product.number} {self.year}"
