"""Permission matrix: every view of the app, every persona."""

import pytest
from django.urls import reverse

from actionspaces.models import ActionSpace, Measure, StrategyCard

pytestmark = pytest.mark.django_db

ROLES = [None, "strategie", "redaktion", "kreistag", "kreisausschuss"]


def urls_for(slug: str) -> dict[str, str]:
    card = StrategyCard.objects.get(action_space__slug=slug)
    measure = card.measures.filter(milestones__isnull=False).first() or card.measures.first()
    milestone = measure.milestones.first()
    urls = {
        "card_edit": reverse("actionspaces:card_edit", args=[slug]),
        "card_history": reverse("actionspaces:card_history", args=[slug]),
        "measure_add": reverse("actionspaces:measure_add", args=[slug]),
        "measure_edit": reverse("actionspaces:measure_edit", args=[slug, measure.pk]),
        "measure_history": reverse("actionspaces:measure_history", args=[slug, measure.pk]),
        "measure_remove": reverse("actionspaces:measure_remove", args=[slug, measure.pk]),
        "milestone_add": reverse("actionspaces:milestone_add", args=[slug, measure.pk]),
    }
    if milestone is not None:
        urls |= {
            "milestone_edit": reverse("actionspaces:milestone_edit", args=[slug, milestone.pk]),
            "milestone_history": reverse("actionspaces:milestone_history", args=[slug, milestone.pk]),
            "milestone_remove": reverse("actionspaces:milestone_remove", args=[slug, milestone.pk]),
        }
    return urls


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_overview_published_card_and_print_view(client_for, demo, role):
    client = client_for(role)
    for url in [
        reverse("actionspaces:overview"),
        reverse("actionspaces:card", args=["gesundheit"]),
        reverse("actionspaces:print", args=["gesundheit"]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Gesundheit" in response.text


@pytest.mark.parametrize(
    ("role", "sees_draft"),
    [(None, False), ("kreistag", False), ("kreisausschuss", False), ("redaktion", True), ("strategie", True)],
)
def test_draft_card_and_its_measures_only_for_staff(client_for, demo, role, sees_draft):
    client = client_for(role)
    draft_measure = "Schulwegzeiten-Analyse"
    card_page = client.get(reverse("actionspaces:card", args=["bildung"]))
    assert card_page.status_code == 200  # the Aktionsraum itself is public
    assert (draft_measure in card_page.text) is sees_draft
    assert ("noch nicht veröffentlicht" in card_page.text) is not sees_draft
    overview = client.get(reverse("actionspaces:overview")).text
    assert ("unveröffentlicht" in overview) is sees_draft
    assert client.get(reverse("actionspaces:print", args=["bildung"])).status_code == (200 if sees_draft else 404)
    measure = Measure.objects.get(title=draft_measure)
    # Even a strategie-only page never leaks the draft to those who cannot see it.
    edit = client.get(reverse("actionspaces:measure_edit", args=["bildung", measure.pk]))
    assert edit.status_code in ((200,) if role == "strategie" else (302, 403, 404))


# GET pages of the editing area: on Gesundheit (redaktion is assigned) and Natur (it is not).
@pytest.mark.parametrize(
    ("role", "slug", "status"),
    [
        (None, "gesundheit", 302),
        ("strategie", "gesundheit", 200),
        ("redaktion", "gesundheit", 200),
        ("kreistag", "gesundheit", 403),
        ("kreisausschuss", "gesundheit", 403),
        ("strategie", "natur", 200),
        ("redaktion", "natur", 403),
        ("kreistag", "natur", 403),
    ],
)
def test_edit_history_and_confirmation_pages_permission_matrix(client_for, demo, role, slug, status):
    client = client_for(role)
    for name, url in urls_for(slug).items():
        response = client.get(url)
        assert response.status_code == status, (name, url)
        if status == 302:
            assert response["Location"].startswith(reverse("login"))


def post_actions(slug: str) -> dict[str, tuple[str, dict]]:
    card = StrategyCard.objects.get(action_space__slug=slug)
    measures = list(card.measures.order_by("order"))
    measure = measures[1]
    milestone = measures[0].milestones.first() or measure.milestones.first()
    actions = {
        "card_restore": (
            reverse("actionspaces:card_restore", args=[slug, card.history.first().history_id]),
            {"loaded_version": card.version},
        ),
        "measure_restore": (
            reverse("actionspaces:measure_restore", args=[slug, measure.pk, measure.history.first().history_id]),
            {"loaded_version": measure.version},
        ),
        "measure_move": (reverse("actionspaces:measure_move", args=[slug, measure.pk]), {"richtung": "up"}),
        "measure_remove": (reverse("actionspaces:measure_remove", args=[slug, measure.pk]), {}),
    }
    if milestone is not None:
        actions |= {
            "milestone_restore": (
                reverse(
                    "actionspaces:milestone_restore", args=[slug, milestone.pk, milestone.history.first().history_id]
                ),
                {"loaded_version": milestone.version},
            ),
            "milestone_remove": (reverse("actionspaces:milestone_remove", args=[slug, milestone.pk]), {}),
        }
    return actions


@pytest.mark.parametrize(
    ("role", "slug"),
    [(None, "gesundheit"), ("kreistag", "gesundheit"), ("kreisausschuss", "gesundheit"), ("redaktion", "natur")],
)
def test_changes_by_post_are_refused_without_the_right(client_for, demo, role, slug):
    client = client_for(role)
    before = list(Measure.objects.order_by("pk").values_list("pk", "order", "version"))
    for name, (url, data) in post_actions(slug).items():
        response = client.post(url, data)
        assert response.status_code == (302 if role is None else 403), name
        if role is None:
            assert response["Location"].startswith(reverse("login"))
    assert list(Measure.objects.order_by("pk").values_list("pk", "order", "version")) == before


@pytest.mark.parametrize(("role", "slug"), [("strategie", "natur"), ("redaktion", "gesundheit")])
def test_changes_by_post_are_allowed_for_editors(client_for, demo, role, slug):
    client = client_for(role)
    for name, (url, data) in post_actions(slug).items():
        assert client.post(url, data).status_code == 302, name


def test_edit_buttons_only_for_those_who_may_edit(client_for, demo):
    edit_url = reverse("actionspaces:card_edit", args=["gesundheit"])
    natur_edit = reverse("actionspaces:card_edit", args=["natur"])
    card_url = reverse("actionspaces:card", args=["gesundheit"])
    natur_url = reverse("actionspaces:card", args=["natur"])
    assert edit_url in client_for("strategie").get(card_url).text
    assert edit_url in client_for("redaktion").get(card_url).text
    assert natur_edit not in client_for("redaktion").get(natur_url).text
    for role in [None, "kreistag", "kreisausschuss"]:
        assert edit_url not in client_for(role).get(card_url).text


def test_move_needs_post(client_for, demo):
    measure = Measure.objects.filter(card__action_space__slug="gesundheit").first()
    url = reverse("actionspaces:measure_move", args=["gesundheit", measure.pk])
    assert client_for("strategie").get(url).status_code == 405


def test_measure_of_another_aktionsraum_is_404(client_for, demo):
    natur_measure = Measure.objects.filter(card__action_space__slug="natur").first()
    url = reverse("actionspaces:measure_edit", args=["gesundheit", natur_measure.pk])
    # redaktion may edit Gesundheit but must not reach Natur's measure through its address
    assert client_for("redaktion").get(url).status_code == 404


def test_unknown_aktionsraum_is_404(client_for, demo):
    assert client_for(None).get(reverse("actionspaces:card", args=["gibt-es-nicht"])).status_code == 404
    assert ActionSpace.objects.count() == 6
