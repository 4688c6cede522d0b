"""Backup and restore: one .tar.gz with the database as Django JSON, the media files and a manifest.

The archive holds
- ``manifest.json``: format version, date, the applied migrations, rows per model and a SHA-256
  checksum of every other member;
- ``data.json``: every row of every model (history tables included), serialised with natural
  foreign keys, so content types and permissions are found by name in the target database;
- ``media/<path>``: every file under MEDIA_ROOT (the attachments).

Not in the archive: content types and permissions (``migrate`` creates them), sessions and the
login throttling records of django-axes (short-lived by nature).

Restore goes into a freshly migrated, empty database, all or nothing: the checksums are verified
first, the rows are loaded in one transaction, the media files are written inside it (a failure
rolls the rows back), and on PostgreSQL the id sequences are set past the restored ids.
"""

import hashlib
import io
import json
import os
import tarfile
from datetime import UTC, datetime, time
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils.translation import gettext as _

from . import content_version

FORMAT_VERSION = 1
# The content version is cache bookkeeping: a restore moves it (every restored row does), never sets it back.
EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "helmstedt_strategy.contentversion",
}
EXCLUDED_APPS = {"axes"}
# Rows `migrate` itself creates (the role groups); they do not make a database "not empty".
CREATED_BY_MIGRATE = {"auth.group", "auth.group_permissions"}


def backed_up_models():
    """Every concrete model whose rows the archive holds, in dependency order (users before history)."""
    models = [
        model
        for model in apps.get_models()
        if model._meta.app_label not in EXCLUDED_APPS
        and model._meta.label_lower not in EXCLUDED_MODELS
        and not model._meta.proxy
    ]
    return serializers.sort_dependencies([(None, models)], allow_cycles=True)


def _rows(model):
    return model._base_manager.order_by(model._meta.pk.name)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def applied_migrations(using=DEFAULT_DB_ALIAS) -> list[str]:
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


class LosslessEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps the microseconds."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def serialize_all(models=None) -> str:
    objects = (obj for model in (models or backed_up_models()) for obj in _rows(model).iterator())
    return serializers.serialize("json", objects, indent=1, use_natural_foreign_keys=True, cls=LosslessEncoder)


def media_files(root: Path):
    if not root.exists():
        return
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path.relative_to(root).as_posix(), path


def _add(archive, name, data: bytes):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


def create_backup(target) -> dict:
    """Write the archive to `target` (path or binary file object); return the manifest."""
    models = backed_up_models()
    with transaction.atomic():  # one consistent snapshot on PostgreSQL (repeatable within the dump)
        data = serialize_all(models).encode()
        counts = {model._meta.label_lower: _rows(model).count() for model in models}
    media_root = Path(settings.MEDIA_ROOT)
    files = {name: path.read_bytes() for name, path in media_files(media_root)}
    manifest = {
        "format": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "migrations": applied_migrations(),
        "counts": counts,
        "checksums": {"data.json": _sha256(data)} | {f"media/{name}": _sha256(body) for name, body in files.items()},
    }
    opened = open(target, "wb") if isinstance(target, str | os.PathLike) else None  # noqa: SIM115
    try:
        with tarfile.open(fileobj=opened or target, mode="w:gz") as archive:
            _add(archive, "manifest.json", json.dumps(manifest, indent=1, sort_keys=True).encode())
            _add(archive, "data.json", data)
            for name, body in files.items():
                _add(archive, f"media/{name}", body)
    finally:
        if opened:
            opened.close()
    return manifest


def read_archive(source) -> tuple[dict, bytes, dict[str, bytes]]:
    """Read and verify an archive; raise ValidationError (German) if it is damaged or foreign."""
    try:
        is_path = isinstance(source, str | os.PathLike)
        with tarfile.open(
            name=source if is_path else None, fileobj=None if is_path else source, mode="r:gz"
        ) as archive:
            members = {}
            for member in archive.getmembers():
                if not member.isfile():
                    continue
                members[member.name] = archive.extractfile(member).read()
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise ValidationError(
            _("Die Sicherungsdatei ist beschädigt oder kein Archiv: %(error)s") % {"error": exc}
        ) from exc
    try:
        manifest = json.loads(members.pop("manifest.json"))
        data = members.pop("data.json")
    except (KeyError, ValueError):
        raise ValidationError(_("Die Sicherungsdatei enthält kein gültiges Manifest mit Daten.")) from None
    if manifest.get("format") != FORMAT_VERSION:
        raise ValidationError(_("Die Sicherungsdatei hat ein unbekanntes Format."))
    expected = manifest.get("checksums", {})
    got = {"data.json": _sha256(data)} | {name: _sha256(body) for name, body in members.items()}
    if got != expected:
        damaged = sorted(name for name in set(got) | set(expected) if got.get(name) != expected.get(name))
        raise ValidationError(
            _("Die Prüfsummen stimmen nicht; beschädigt oder fehlend: %(names)s") % {"names": ", ".join(damaged)}
        )
    media = {}
    for name, body in members.items():
        relative = PurePosixPath(name).relative_to("media") if name.startswith("media/") else None
        if relative is None or relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ValidationError(_("Die Sicherungsdatei enthält einen unzulässigen Pfad: %(name)s") % {"name": name})
        media[str(relative)] = body
    return manifest, data, media


def non_empty_tables(models=None) -> list[str]:
    return [
        model._meta.label_lower
        for model in (models or backed_up_models())
        if model._meta.label_lower not in CREATED_BY_MIGRATE and model._base_manager.exists()
    ]


def _wipe(models, using):
    """Delete every backed-up row without cascades or signals (foreign keys are checked at commit)."""
    tables = [model for model in models if model._meta.label_lower != "auth.group"]
    for model in [*reversed(tables), apps.get_model("auth", "Group")]:
        model._base_manager.using(using).all()._raw_delete(using)
    for model in apps.get_models(include_auto_created=True):
        if model._meta.auto_created and model._meta.app_label not in EXCLUDED_APPS:
            model._base_manager.using(using).all()._raw_delete(using)


def _save_m2m(obj, m2m_data, using):
    """Many-to-many rows straight into their tables: no m2m_changed signal, so no new history rows."""
    for name, targets in (m2m_data or {}).items():
        field = obj._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through._base_manager.using(using).bulk_create([through(**{source: obj.pk, target: pk}) for pk in targets])


def reset_sequences(models, using=DEFAULT_DB_ALIAS):
    """After rows with explicit ids, the next id must come after the largest (sqlsequencereset)."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def restore_backup(source, *, force=False, using=DEFAULT_DB_ALIAS) -> dict:
    """Load an archive into this database and MEDIA_ROOT, all or nothing; return its manifest."""
    manifest, data, media = read_archive(source)
    missing = sorted(set(manifest["migrations"]) - set(applied_migrations(using)))
    if missing:
        raise ValidationError(
            _(
                "Die Datenbank ist nicht auf dem Stand der Sicherung. "
                "Bitte zuerst „manage.py migrate“ ausführen. Es fehlt: %(migrations)s"
            )
            % {"migrations": ", ".join(missing[:5])}
        )
    models = backed_up_models()
    media_root = Path(settings.MEDIA_ROOT)
    with transaction.atomic(using=using):
        filled = non_empty_tables(models)
        if filled and not force:
            raise ValidationError(
                _(
                    "Die Datenbank ist nicht leer (%(tables)s). Eine Wiederherstellung ersetzt alle Daten; "
                    "dafür bitte --force angeben."
                )
                % {"tables": ", ".join(filled[:5])}
            )
        _wipe(models, using)
        loaded = 0
        for wrapped in serializers.deserialize("json", data, using=using):
            m2m_data = wrapped.m2m_data  # save() forgets it
            wrapped.save(using=using, save_m2m=False)
            _save_m2m(wrapped.object, m2m_data, using)
            loaded += 1
        if loaded != sum(manifest["counts"].values()):
            raise ValidationError(_("Die Zahl der geladenen Datensätze stimmt nicht mit dem Manifest überein."))
        connections[using].check_constraints()
        reset_sequences(models, using)
        content_version.bump()  # the wipe sent no signals: no cache may serve the replaced data
        for name, body in media.items():
            path = media_root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
    return manifest
