"""Home, login, goals, Aktionsräume, Produkte."""

from . import PERSONAS, editors, everyone, signed_in_only, strategie_only

EXPECTED = {
    "home": everyone(),
    "login": {"anonym": 200, **dict.fromkeys(PERSONAS[1:], 302)},  # signed-in users are sent on
    "logout": everyone(405),
    "password_change": signed_in_only(),
    "password_change_done": signed_in_only(),
    "set_language": everyone(302),  # GET only redirects back; the language changes on POST
    "goals:overview": everyone(),
    "goals:detail": everyone(),
    "goals:edit": strategie_only(),
    "goals:history": strategie_only(),
    "goals:restore": strategie_only(405),
    "goals:vision_edit": strategie_only(),
    "goals:vision_history": strategie_only(),
    "goals:vision_restore": strategie_only(405),
    # Aktionsräume, on the Gesundheit card the redaktion persona is assigned to.
    "actionspaces:overview": everyone(),
    "actionspaces:card": everyone(),
    "actionspaces:print": everyone(),
    "actionspaces:card_edit": editors(),
    "actionspaces:card_history": editors(),
    "actionspaces:card_restore": editors(405),
    "actionspaces:measure_add": editors(),
    "actionspaces:measure_edit": editors(),
    "actionspaces:measure_history": editors(),
    "actionspaces:measure_restore": editors(405),
    "actionspaces:measure_remove": editors(),
    "actionspaces:measure_move": everyone(
        405
    ),  # POST only, refused before any lookup; POST rights in tests/actionspaces
    "actionspaces:milestone_add": editors(),
    "actionspaces:milestone_edit": editors(),
    "actionspaces:milestone_history": editors(),
    "actionspaces:milestone_restore": editors(405),
    "actionspaces:milestone_remove": editors(),
    # Produkte und Kennzahlen, on a product the redaktion persona is responsible for (363).
    "products:list": everyone(),
    "products:detail": everyone(),
    "products:kpi": everyone(),
    "products:entry": editors(),
    "products:periods": signed_in_only(),  # read-only list; locking is strategie only
    "products:period_lock": everyone(405),  # POST only; POST rights in tests/products
    "products:export_csv": everyone(),
    "products:export_xlsx": everyone(),
    "products:import": strategie_only(),
    "products:import_confirm": everyone(405),  # POST only; POST rights in tests/products
}

# Arguments for patterns that need them: real objects of the demo data.
URL_KWARGS = {
    "goals:detail": lambda: {"number": 2},
    "goals:edit": lambda: {"number": 2},
    "goals:history": lambda: {"number": 2},
    "goals:restore": lambda: {"number": 2, "history_id": _goal_history_id()},
    "goals:vision_restore": lambda: {"history_id": _vision_history_id()},
    "actionspaces:card": lambda: {"slug": "gesundheit"},
    "actionspaces:print": lambda: {"slug": "gesundheit"},
    "actionspaces:card_edit": lambda: {"slug": "gesundheit"},
    "actionspaces:card_history": lambda: {"slug": "gesundheit"},
    "actionspaces:card_restore": lambda: {"slug": "gesundheit", "history_id": _card().history.first().history_id},
    "actionspaces:measure_add": lambda: {"slug": "gesundheit"},
    "actionspaces:measure_edit": lambda: {"slug": "gesundheit", "pk": _measure().pk},
    "actionspaces:measure_history": lambda: {"slug": "gesundheit", "pk": _measure().pk},
    "actionspaces:measure_restore": lambda: {
        "slug": "gesundheit",
        "pk": _measure().pk,
        "history_id": _measure().history.first().history_id,
    },
    "actionspaces:measure_remove": lambda: {"slug": "gesundheit", "pk": _measure().pk},
    "actionspaces:measure_move": lambda: {"slug": "gesundheit", "pk": _measure().pk},
    "actionspaces:milestone_add": lambda: {"slug": "gesundheit", "pk": _measure().pk},
    "actionspaces:milestone_edit": lambda: {"slug": "gesundheit", "pk": _milestone().pk},
    "actionspaces:milestone_history": lambda: {"slug": "gesundheit", "pk": _milestone().pk},
    "actionspaces:milestone_restore": lambda: {
        "slug": "gesundheit",
        "pk": _milestone().pk,
        "history_id": _milestone().history.first().history_id,
    },
    "actionspaces:milestone_remove": lambda: {"slug": "gesundheit", "pk": _milestone().pk},
    "products:detail": lambda: {"pk": _product().pk},
    "products:kpi": lambda: {"pk": _product().kpis.order_by("pk").first().pk},
    "products:entry": lambda: {"pk": _product().kpis.order_by("pk").first().pk},
    "products:period_lock": lambda: {"pk": _open_period().pk},
}


def _card():
    from actionspaces.models import StrategyCard

    return StrategyCard.objects.get(action_space__slug="gesundheit")


def _measure():
    return _card().measures.order_by("order", "pk").first()


def _milestone():
    from actionspaces.models import Milestone

    return Milestone.objects.filter(measure__card__action_space__slug="gesundheit").order_by("pk").first()


def _product():
    from products.models import Product

    return Product.objects.get(number__startswith="363")


def _open_period():
    from products.models import ReportingPeriod

    return ReportingPeriod.objects.filter(is_locked=False).order_by("pk").first()


def _goal_history_id():
    from goals.models import StrategicGoal

    return StrategicGoal.objects.get(number=2).history.first().history_id


def _vision_history_id():
    from goals.models import Vision

    return Vision.objects.get().history.first().history_id
