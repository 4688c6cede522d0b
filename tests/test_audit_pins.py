"""scripts/audit_pins.py (`make audit-pypi`): the decisions it takes from PyPI's project data."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_pins.py"
spec = importlib.util.spec_from_file_location("audit_pins", SCRIPT)
audit_pins = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit_pins)


def project(newest, releases, vulnerabilities=()):
    return {
        "info": {"version": newest},
        "releases": dict.fromkeys(releases, []),
        "vulnerabilities": list(vulnerabilities),
    }


def test_newest_release_without_known_vulnerabilities_passes():
    ok, line = audit_pins.check("nh3", "0.3.8", project("0.3.8", ["0.3.7", "0.3.8"]))
    assert ok and "no known vulnerabilities" in line


def test_newest_release_with_a_known_vulnerability_fails_and_names_it():
    ok, line = audit_pins.check("x", "1.0", project("1.0", ["1.0"], [{"id": "PYSEC-2026-1"}]))
    assert not ok and "PYSEC-2026-1" in line


def test_an_lts_pin_that_is_newest_of_its_line_passes_but_says_it_was_not_checkable():
    releases = ["5.2.18", "5.2.19", "5.2.20rc1", "6.0", "6.1.3"]
    ok, line = audit_pins.check("Django", "5.2.19", project("6.1.3", releases))
    assert ok and "not checkable" in line


def test_a_pin_behind_its_own_line_fails():
    ok, line = audit_pins.check("Django", "5.2.9", project("6.1.3", ["5.2.9", "5.2.10", "6.1.3"]))
    assert not ok and "5.2.10" in line


def test_pins_are_read_from_requirements_with_extras_and_comments(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("# comment\nDjango==5.2.19\npsycopg[binary]==3.3.9  # driver\n-r other.txt\n")
    assert audit_pins.pins(path) == [("Django", "5.2.19"), ("psycopg", "3.3.9")]
