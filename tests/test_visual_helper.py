import pytest
from PIL import Image

from helmstedt_strategy.pdf import html_to_pdf
from tests.visual import assert_page_matches, difference, page_png

HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bild</title>
<link rel="stylesheet" href="/static/vendor/arimo/arimo.css"><link rel="stylesheet" href="/static/css/pdf.css"></head>
<body><h1>{title}</h1><p>Seite eins.</p></body></html>"""


def test_same_pdf_matches_and_changed_layout_fails(tmp_path):
    reference = tmp_path / "ref.png"
    pdf = html_to_pdf(HTML.format(title="Drucksache"))
    page_png(pdf, 1).save(reference)
    assert_page_matches(pdf, 1, reference)
    moved = html_to_pdf(HTML.format(title="Drucksache").replace("<h1>", "<h1 style='margin-top:80mm;font-size:40pt'>"))
    with pytest.raises(AssertionError, match="differs"):
        assert_page_matches(moved, 1, reference)


def test_difference_of_different_sizes_is_total():
    assert difference(Image.new("L", (2, 2)), Image.new("L", (3, 3))) == 1.0
