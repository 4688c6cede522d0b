"""The PDF part of `make bench`: server time for the demo Drucksache and the Strategiebericht, each
rendered fully (HTML + WeasyPrint, cache bypassed), WeasyPrint alone on the same HTML, and the
cached download of the Drucksache through the whole request stack."""

import statistics

from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from committees import drucksache
from committees.demo import SEED_SUBJECT
from committees.models import Paper
from helmstedt_strategy.benchmark import measure_page, percentile, time_calls
from helmstedt_strategy.pdf import html_to_pdf, render_html

from . import strategy_report

REPORT_YEAR = 2025


def _timing(label: str, call, repeat: int) -> dict:
    samples = time_calls(call, repeat=repeat, warmup=1)
    return {
        "label": label,
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(percentile(samples, 0.95), 2),
    }


def measure_pdfs(repeat: int) -> list[dict]:
    repeat = max(1, min(repeat, 5))  # a render takes up to seconds; a few samples say enough
    reader = AnonymousUser()
    paper = Paper.objects.get(name=SEED_SUBJECT)
    paper_html = render_html(drucksache.TEMPLATE, {"d": drucksache.drucksache_view(paper, reader)})
    report_html = render_html(strategy_report.TEMPLATE, strategy_report.report_context(REPORT_YEAR, reader))
    cached = measure_page(
        Client(),
        label="Drucksache (Cache)",
        url=reverse("committees:paper_pdf", args=[paper.pk]),
        role="anonym",
        repeat=repeat,
    )
    return [
        _timing("Drucksache (gesamt)", lambda: drucksache.render_drucksache(paper, reader), repeat),
        _timing("Drucksache (WeasyPrint)", lambda: html_to_pdf(paper_html), repeat),
        {"label": cached.label, "median_ms": cached.median_ms, "p95_ms": cached.p95_ms},
        _timing(
            f"Strategiebericht {REPORT_YEAR} (gesamt)",
            lambda: strategy_report.render_report(REPORT_YEAR, reader),
            repeat,
        ),
        _timing(f"Strategiebericht {REPORT_YEAR} (WeasyPrint)", lambda: html_to_pdf(report_html), repeat),
    ]
