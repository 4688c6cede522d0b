"""The dashboard's SVG charts are valid XML, accessible images, and carry a text equivalent on the page."""

import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def svgs(page: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", page, flags=re.S)


@pytest.mark.parametrize(("role", "name"), [("kreistag", "dashboard:home"), (None, "dashboard:portal")])
def test_every_chart_is_valid_and_labelled(client_for, full_demo, role, name):
    page = client_for(role).get(reverse(name)).content.decode()
    found = svgs(page)
    assert len(found) >= 6
    for svg in found:
        root = ElementTree.fromstring(svg)
        assert root.get("role") == "img"
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text.strip()
        assert desc is not None and desc.text.strip()
        assert set(root.get("aria-labelledby").split()) == {title.get("id"), desc.get("id")}
    ids = [m for svg in found for m in re.findall(r'id="([^"]+)"', svg)]
    assert len(ids) == len(set(ids)), "chart ids must be unique on a page"


def test_population_chart_has_a_text_equivalent_and_links_to_goal_2(client_for, full_demo):
    page = client_for("kreistag").get(reverse("dashboard:home")).content.decode()
    figure = re.search(r'<figure class="chart-figure mb-1">.*?</figure>', page, flags=re.S).group(0)
    assert f'href="{reverse("goals:detail", args=[2])}"' in figure
    assert "Zuletzt" in figure and "Ziel ≥ 90.000" in figure
    assert "Wechsel der Datenbasis" in figure


def test_progress_bars_write_their_percentage(client_for, full_demo):
    page = client_for("kreistag").get(reverse("dashboard:home")).content.decode()
    assert re.search(r"<text[^>]*>\d+ %</text>", page)
