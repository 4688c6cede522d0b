"""`make audit-pypi`: what PyPI itself says about the pinned runtime dependencies.

A stand-in for pip-audit where its advisory sources are out of reach (pip-audit asks PyPI's
per-version JSON API or OSV; a registry mirror or proxy may answer neither). PyPI's project
endpoint (`/pypi/<name>/json`) describes the project's newest release, including the known
vulnerabilities of that release. So for each pin in requirements.txt:

- the pin is the newest release: PyPI's known vulnerabilities apply to it and are listed;
- the pin is older (e.g. an LTS line): it is checked to be the newest release of its own
  line (same major.minor); its vulnerabilities cannot be read from this endpoint, which the
  report says instead of passing silently.

Exit status 1 when a vulnerability is listed for a pin, a newer release of its line exists,
or PyPI cannot be asked; 0 otherwise. Standard library only: it runs before any install.
"""

import json
import re
import sys
import urllib.request
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;#]+)")


def pins(path: Path) -> list[tuple[str, str]]:
    found = []
    for line in path.read_text().splitlines():
        match = PIN.match(line.strip())
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def release_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in re.split(r"[.+-]", version))


def is_final(version: str) -> bool:
    return bool(re.fullmatch(r"[0-9]+(\.[0-9]+)*", version))


def check(name: str, version: str, project: dict) -> tuple[bool, str]:
    """(ok, one line of report) for one pin, from PyPI's project JSON."""
    newest = project["info"]["version"]
    if newest == version:
        vulnerabilities = project.get("vulnerabilities") or []
        if not vulnerabilities:
            return True, f"{name}=={version}: newest release, no known vulnerabilities"
        ids = ", ".join(v.get("id", "?") for v in vulnerabilities)
        return False, f"{name}=={version}: newest release, KNOWN VULNERABILITIES: {ids}"
    line = version.split(".")[:2]
    same_line = [v for v in project.get("releases", {}) if is_final(v) and v.split(".")[:2] == line]
    newest_of_line = max(same_line, key=release_key, default=version)
    if release_key(newest_of_line) > release_key(version):
        return False, f"{name}=={version}: {newest_of_line} is out in the same line – update the pin"
    return True, (
        f"{name}=={version}: newest of its line {'.'.join(line)} (newest overall {newest}); "
        "PyPI's project data lists vulnerabilities of the newest release only: not checkable here"
    )


def main(path: str = "requirements.txt") -> int:
    ok = True
    for name, version in pins(Path(path)):
        try:
            with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as response:
                project = json.load(response)
        except OSError as exc:
            ok = False
            print(f"{name}=={version}: PyPI not reachable ({exc})")
            continue
        passed, line = check(name, version, project)
        ok = ok and passed
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
