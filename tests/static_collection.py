"""`collectstatic` for the test session, with the storage production uses.

The tests render every page and PDF with the manifest storage as shipped (hashed,
compressed names), so they need the collected files and their manifest in STATIC_ROOT,
exactly as after a deployment. Collecting takes ~15 s (brotli); it runs again only
when a source file changed (a fingerprint of names, sizes and change times), under a
file lock so two test runs in one checkout do not write the folder at once.
"""

import fcntl
import hashlib
import os

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.utils.functional import empty

STAMP = ".collected"


def source_fingerprint() -> str:
    digest = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    entries = []
    for finder in get_finders():
        for name, storage in finder.list([]):
            stat = os.stat(storage.path(name))
            entries.append(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}")
    for entry in sorted(entries):
        digest.update(entry.encode() + b"\n")
    return digest.hexdigest()


def collect_static() -> None:
    root = settings.STATIC_ROOT
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.parent / f"{root.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        fingerprint = source_fingerprint()
        stamp = root / STAMP
        if not (stamp.exists() and stamp.read_text() == fingerprint):
            root.mkdir(exist_ok=True)
            call_command("collectstatic", interactive=False, clear=True, verbosity=0)
            stamp.write_text(fingerprint)
    # The storage reads its manifest once; make sure it reads the one just written.
    staticfiles_storage._wrapped = empty
