import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.utils import translation

from helmstedt_strategy import charts

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


def parse(svg: str):
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text
    assert desc is not None and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    return root


def test_line_chart_parses_and_carries_title_desc_target_and_break():
    svg = charts.line_chart(
        chart_id="ew",
        title="Einwohnerzahl <31.12.>",
        desc="Acht Werte & eine Lücke",
        points=[("2019", 91297), ("2020", 91518), ("2021", None), ("2022", 92470), ("2023", 92123)],
        target=90000,
        target_label="Ziel ≥ 90.000",
        break_before="2023",
        break_label="Wechsel der Datenbasis",
    )
    root = parse(svg)
    assert root.find(f"{SVG}title").text == "Einwohnerzahl <31.12.>"
    assert root.find(f".//{SVG}line[@class='chart-target']").get("stroke-dasharray")
    assert root.find(f".//{SVG}line[@class='chart-break']") is not None
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Ziel ≥ 90.000" in texts and "Wechsel der Datenbasis" in texts
    assert any(t and "." in t and t.replace(".", "").isdigit() for t in texts)  # German grouping: 90.000
    # Gap and break: 2019–2020 is one line; 2021 is missing; 2022 stands alone before the break.
    lines = root.findall(f".//{SVG}polyline")
    assert len(lines) == 1 and len(lines[0].get("points").split()) == 2
    assert len(root.findall(f".//{SVG}circle")) == 3  # markers before the break
    assert len(root.findall(f".//{SVG}rect[@class='chart-point chart-point-after-break']")) == 1
    labels = [t.text for t in root.iter(f"{SVG}title")]
    assert "2023: 92.123" in labels and not any(label and label.startswith("2021") for label in labels)


def test_line_chart_band_and_empty_data():
    root = parse(
        charts.line_chart(chart_id="b", title="Band", desc="d", points=[("2024", 5)], target=4, target_upper=6)
    )
    assert root.find(f".//{SVG}rect[@class='chart-band']") is not None
    empty = parse(charts.line_chart(chart_id="e", title="Leer", desc="keine Daten", points=[("2024", None)]))
    assert empty.find(f".//{SVG}polyline") is None


def test_small_line_chart_parses():
    parse(charts.line_chart(chart_id="s", title="t", desc="d", points=[("1", 1), ("2", 2)], target=2, small=True))


def test_bar_chart_writes_values_in_german():
    root = parse(
        charts.bar_chart(
            chart_id="bar", title="Balken", desc="d", bars=[("A", Decimal("1234.5")), ("B", None)], decimals=1
        )
    )
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "1.234,5" in texts and "—" in texts
    assert len(root.findall(f".//{SVG}rect")) == 1


def test_progress_bar_shows_percentage_as_text():
    root = parse(charts.progress_bar(chart_id="p", title="Fortschritt", desc="d", value=3, maximum=5, label="3 von 5"))
    assert [t.text for t in root.iter(f"{SVG}text")] == ["60 % · 3 von 5"]
    parse(charts.progress_bar(chart_id="p0", title="t", desc="d", value=None, maximum=0))


def test_a_dense_series_marks_only_its_latest_value():
    """Ten years of monthly values: the line carries the series, one marker the latest value."""
    points = [(f"{2016 + i // 12}-{i % 12 + 1:02d}", 100 + i) for i in range(120)] + [("2026-01", None)]
    for small in (True, False):
        root = parse(charts.line_chart(chart_id="m", title="Monatlich", desc="d", points=points, small=small))
        markers = root.findall(f".//{SVG}circle")
        assert len(markers) == 1
        assert markers[0].find(f"{SVG}title").text == "2025-12: 219"
        assert len(root.find(f".//{SVG}polyline").get("points").split()) == 120
    few = parse(charts.line_chart(chart_id="j", title="Jährlich", desc="d", points=points[:12], small=True))
    assert len(few.findall(f".//{SVG}circle")) == 12
