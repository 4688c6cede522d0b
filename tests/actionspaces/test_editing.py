import pytest
from django.urls import reverse

from actionspaces.models import ActionSpace, Measure, Milestone, Municipality, StrategyCard

pytestmark = pytest.mark.django_db


def card_data(card, **changes):
    data = {
        "definition": card.definition,
        "target_2035": card.target_2035,
        "ideas": card.ideas,
        "status": card.status,
        "decision_reference": card.decision_reference,
        "is_published": "on" if card.is_published else "",
        "loaded_version": card.version,
    }
    return data | changes


def measure_data(measure, **changes):
    data = {
        "title": measure.title,
        "description": measure.description,
        "responsible_unit": measure.responsible_unit,
        "responsible_person": measure.responsible_person,
        "partners": [m.pk for m in measure.partners.all()],
        "workshop_group": measure.workshop_group_id or "",
        "status": measure.status,
        "progress": measure.progress,
        "start": measure.start.strftime("%d.%m.%Y") if measure.start else "",
        "end": measure.end.strftime("%d.%m.%Y") if measure.end else "",
        "loaded_version": measure.version,
    }
    return data | changes


def test_redaktion_edits_its_card_and_the_history_names_who_and_what(client_for, card, redaktion):
    client = client_for("redaktion")
    url = reverse("actionspaces:card_edit", args=["gesundheit"])
    response = client.post(url, card_data(card, target_2035="Hausarzt in 15 Minuten."))
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.target_2035 == "Hausarzt in 15 Minuten."
    assert card.history.first().history_user == redaktion
    history = client.get(reverse("actionspaces:card_history", args=["gesundheit"])).text
    assert "Zielbild 2035" in history
    assert "Hausarzt in 15 Minuten." in history
    assert "Keller (Beispiel)" in history


def test_stale_card_save_gets_a_german_conflict_and_overwrites_nothing(client_for, card):
    stale = card_data(card)
    url = reverse("actionspaces:card_edit", args=["gesundheit"])
    assert client_for("strategie").post(url, stale | {"definition": "Fassung Strategie"}).status_code == 302
    response = client_for("redaktion").post(url, stale | {"definition": "Fassung Redaktion"})
    assert response.status_code == 409
    assert "Bearbeitungskonflikt" in response.text
    assert "Albers (Beispiel)" in response.text  # who changed it meanwhile
    assert "Fassung Strategie" in response.text  # what changed meanwhile
    assert "Fassung Redaktion" in response.text  # the user's own input is kept
    card.refresh_from_db()
    assert card.definition == "Fassung Strategie"


def test_stale_measure_save_gets_a_conflict(client_for, measure):
    stale = measure_data(measure)
    url = reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])
    assert client_for("strategie").post(url, stale | {"progress": 65}).status_code == 302
    response = client_for("redaktion").post(url, stale | {"progress": 70})
    assert response.status_code == 409
    assert "Fortschritt in %" in response.text
    measure.refresh_from_db()
    assert measure.progress == 65


def test_stale_milestone_save_gets_a_conflict(client_for, milestone):
    data = {"due_on": "01.12.2024", "title": milestone.title, "note": "", "loaded_version": milestone.version}
    url = reverse("actionspaces:milestone_edit", args=["gesundheit", milestone.pk])
    assert client_for("strategie").post(url, data | {"note": "A"}).status_code == 302
    assert client_for("redaktion").post(url, data | {"note": "B"}).status_code == 409
    milestone.refresh_from_db()
    assert milestone.note == "A"


def test_measure_edit_saves_partner_municipalities(client_for, measure):
    lehre = Municipality.objects.get(name="Gemeinde Lehre")
    url = reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])
    assert client_for("redaktion").post(url, measure_data(measure, partners=[lehre.pk])).status_code == 302
    assert list(measure.partners.all()) == [lehre]


def test_restore_an_earlier_card_version(client_for, card):
    original = card.definition
    client = client_for("strategie")
    client.post(reverse("actionspaces:card_edit", args=["gesundheit"]), card_data(card, definition="Überschrieben"))
    card.refresh_from_db()
    first = card.history.order_by("history_date").first()
    restore_url = reverse("actionspaces:card_restore", args=["gesundheit", first.history_id])
    assert restore_url in client.get(reverse("actionspaces:card_history", args=["gesundheit"])).text
    assert client.post(restore_url, {"loaded_version": card.version}).status_code == 302
    card.refresh_from_db()
    assert card.definition == original
    assert card.history.first().history_change_reason.startswith("Wiederhergestellt")


def test_restore_an_earlier_measure_version_and_stale_restore_is_refused(client_for, measure):
    client = client_for("redaktion")
    edit_url = reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])
    client.post(edit_url, measure_data(measure, title="Umbenannt"))
    first = measure.history.order_by("history_date").first()
    restore_url = reverse("actionspaces:measure_restore", args=["gesundheit", measure.pk, first.history_id])
    refused = client.post(restore_url, {"loaded_version": 1}, follow=True)
    assert "Bearbeitungskonflikt" in refused.text
    assert Measure.objects.get(pk=measure.pk).title == "Umbenannt"
    assert client.post(restore_url, {"loaded_version": 2}).status_code == 302
    assert Measure.objects.get(pk=measure.pk).title == "Landarzt-Stipendium"


def test_restore_a_milestone(client_for, milestone):
    client = client_for("strategie")
    data = {"due_on": "01.12.2024", "title": "Neuer Titel", "note": "", "loaded_version": milestone.version}
    client.post(reverse("actionspaces:milestone_edit", args=["gesundheit", milestone.pk]), data)
    first = milestone.history.order_by("history_date").first()
    url = reverse("actionspaces:milestone_restore", args=["gesundheit", milestone.pk, first.history_id])
    assert client.post(url, {"loaded_version": 2}).status_code == 302
    assert Milestone.objects.get(pk=milestone.pk).title == milestone.title


def test_add_a_measure_with_partners_appears_last_on_the_card(client_for, card):
    velpke = Municipality.objects.get(name="Samtgemeinde Velpke")
    response = client_for("redaktion").post(
        reverse("actionspaces:measure_add", args=["gesundheit"]),
        {
            "title": "Hebammenzentrale",
            "status": "geplant",
            "progress": 5,
            "partners": [velpke.pk],
            "start": "01.01.2026",
        },
    )
    assert response.status_code == 302
    measure = Measure.objects.get(title="Hebammenzentrale")
    assert measure.card == card
    assert list(measure.partners.all()) == [velpke]
    assert measure.order == card.measures.count() - 1
    page = client_for(None).get(reverse("actionspaces:card", args=["gesundheit"])).text
    assert "Hebammenzentrale" in page
    assert "Samtgemeinde Velpke" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "Dieses Feld ist zwingend erforderlich."),
        ({"progress": 120}, "Der Fortschritt muss zwischen 0 und 100 Prozent liegen."),
        ({"start": "01.01.2026", "end": "01.01.2025"}, "Das Ende darf nicht vor dem Beginn liegen."),
        ({"start": "32.13.2025"}, "Bitte ein gültiges Datum eingeben."),
    ],
)
def test_invalid_measure_input_names_the_problem_in_german_and_changes_nothing(client_for, measure, changes, message):
    url = reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])
    response = client_for("redaktion").post(url, measure_data(measure) | changes)
    assert response.status_code == 200
    assert message in response.text
    fresh = Measure.objects.get(pk=measure.pk)
    assert (fresh.title, fresh.progress, fresh.version) == (measure.title, measure.progress, measure.version)


def test_invalid_new_measure_is_not_created(client_for, card):
    count = card.measures.count()
    response = client_for("redaktion").post(
        reverse("actionspaces:measure_add", args=["gesundheit"]), {"title": "", "status": "idee", "progress": 0}
    )
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in response.text
    assert card.measures.count() == count


def test_reorder_by_post_buttons(client_for, card):
    client = client_for("redaktion")
    titles = list(card.measures.order_by("order").values_list("title", flat=True))
    second = card.measures.get(title=titles[1])
    response = client.post(reverse("actionspaces:measure_move", args=["gesundheit", second.pk]), {"richtung": "up"})
    assert response.status_code == 302
    assert list(card.measures.order_by("order").values_list("title", flat=True))[:2] == [titles[1], titles[0]]
    page = client.get(reverse("actionspaces:card", args=["gesundheit"])).text
    assert page.index(titles[1]) < page.index(titles[0])
    client.post(reverse("actionspaces:measure_move", args=["gesundheit", second.pk]), {"richtung": "quer"})
    assert list(card.measures.order_by("order").values_list("title", flat=True))[0] == titles[1]


def test_remove_a_measure_after_confirmation(client_for, measure, redaktion):
    client = client_for("redaktion")
    url = reverse("actionspaces:measure_remove", args=["gesundheit", measure.pk])
    confirm = client.get(url)
    assert "wirklich entfernen" in confirm.text
    assert Measure.objects.filter(pk=measure.pk).exists()  # GET changes nothing
    measure_id = measure.pk
    assert client.post(url).status_code == 302
    assert not Measure.objects.filter(pk=measure_id).exists()
    assert Measure.history.filter(id=measure_id, history_type="-").get().history_user == redaktion


def test_add_edit_and_remove_a_milestone(client_for, measure):
    client = client_for("redaktion")
    response = client.post(
        reverse("actionspaces:milestone_add", args=["gesundheit", measure.pk]),
        {"due_on": "15.03.2026", "title": "Zwischenbericht im Ausschuss", "note": "AWS"},
    )
    assert response.status_code == 302
    milestone = Milestone.objects.get(title="Zwischenbericht im Ausschuss")
    edit_page = client.get(reverse("actionspaces:measure_edit", args=["gesundheit", measure.pk])).text
    assert "Zwischenbericht im Ausschuss" in edit_page
    card_page = client.get(reverse("actionspaces:card", args=["gesundheit"])).text
    assert '<time datetime="2026-03-15">15.03.2026</time>' in card_page
    remove = reverse("actionspaces:milestone_remove", args=["gesundheit", milestone.pk])
    assert client.post(remove).status_code == 302
    assert not Milestone.objects.filter(title="Zwischenbericht im Ausschuss").exists()


def test_first_save_creates_a_missing_card(client_for, demo, strategie):
    space = ActionSpace.objects.create(name="Neuer Raum", slug="neuer-raum")
    client = client_for("strategie")
    page = client.get(reverse("actionspaces:card", args=["neuer-raum"])).text
    assert reverse("actionspaces:card_edit", args=["neuer-raum"]) in page
    assert client.get(reverse("actionspaces:card_edit", args=["neuer-raum"])).status_code == 200
    response = client.post(
        reverse("actionspaces:card_edit", args=["neuer-raum"]),
        {"definition": "Neu", "status": "entwurf", "decision_reference": ""},
    )
    assert response.status_code == 302
    card = StrategyCard.objects.get(action_space=space)
    assert card.history.get().history_user == strategie
