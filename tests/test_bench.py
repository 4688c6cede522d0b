"""`make bench` runs end to end (in a subprocess: it builds databases of its own)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def test_bench_measures_pages_at_two_scales_and_writes_json(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "helmstedt_strategy.settings",
        "SECRET_KEY": "bench-test-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGH",
        "STATIC_ROOT": str(settings.STATIC_ROOT),  # collected for this session (tests/static_collection.py)
        "DEBUG": "false",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "bench", "--scales", "1,2", "--repeat", "2", "--output", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "framework floor" in result.stdout
    report = json.loads(next(tmp_path.glob("latest-*.json")).read_text())
    small, large = report["runs"]["1"], report["runs"]["2"]
    assert small["floor"]["median_ms"] > 0
    labels = [p["label"] for p in small["pages"]]
    assert "Startseite" in labels and "Ziel 2 Verlauf" in labels
    for before, after in zip(small["pages"], large["pages"], strict=True):
        assert before["status"] == after["status"] == 200
        assert before["queries"] > 0 or before["label"] == "Anmeldung"
        assert after["queries"] <= before["queries"] + 1  # fixed query counts hold at the larger scale
    assert large["sizes"]["goal edits"] > small["sizes"]["goal edits"]
    pdfs = {pdf["label"]: pdf["median_ms"] for pdf in small["pdfs"]}
    assert pdfs["Drucksache (gesamt)"] > 0 and pdfs["Drucksache (WeasyPrint)"] > 0
    assert pdfs["Drucksache (Cache)"] < pdfs["Drucksache (gesamt)"]
    assert "Strategiebericht 2025 (gesamt)" in pdfs and "PDF" in result.stdout
