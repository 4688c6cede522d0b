#!/usr/bin/env bash
# make smoke: deploy as README "Betrieb / Deployment" says, then crawl it as every persona.
#   collectstatic (default storage), DEBUG off, check --deploy, migrate, load_demo, gunicorn with
#   several workers on 127.0.0.1 behind a (simulated) TLS proxy: BEHIND_PROXY=true, X-Forwarded-Proto.
#   PostgreSQL when DATABASE_URL is set (database SMOKE_DATABASE, default helmstedt_smoke, dropped
#   and created), else SQLite in var/smoke/. scripts/smoke.py fetches everything reachable from /.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=var/smoke
rm -rf "$OUT" && mkdir -p "$OUT"
PY=.venv/bin/python
PORT="${SMOKE_PORT:-$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

# The README's environment; anything else the caller's shell carries must not soften it.
unset DEBUG SECURE_SSL_REDIRECT SECURE_HSTS_SECONDS SESSION_COOKIE_SECURE CSRF_COOKIE_SECURE CACHE_URL PROXY_COUNT
export DJANGO_SETTINGS_MODULE=helmstedt_strategy.settings
export SECRET_KEY="smoke-only-not-a-secret-$(date +%s)-0123456789-abcdefghijklmnopqrstuvwxyz"
export ALLOWED_HOSTS=127.0.0.1 CSRF_TRUSTED_ORIGINS="https://127.0.0.1:$PORT" BEHIND_PROXY=true
export STATIC_ROOT="$PWD/$OUT/static" MEDIA_ROOT="$PWD/$OUT/media"
if [ -n "${DATABASE_URL:-}" ]; then
  base="${DATABASE_URL%/*}" db="${SMOKE_DATABASE:-helmstedt_smoke}"
  psql "$base/postgres" -qc "drop database if exists \"$db\"" -qc "create database \"$db\""
  export DATABASE_URL="$base/$db"
  echo "== smoke: PostgreSQL database $db"
else
  export SQLITE_PATH="$PWD/$OUT/smoke.sqlite3"
  echo "== smoke: SQLite (set DATABASE_URL for PostgreSQL, as CI does)"
fi

started=$(date +%s)
$PY manage.py check --deploy --fail-level WARNING
$PY manage.py collectstatic --no-input -v0 &  # beside the database steps: it needs no database
collect=$!
$PY manage.py migrate --no-input -v0
$PY manage.py load_demo >/dev/null
wait $collect
echo "== smoke: deployed in $(( $(date +%s) - started )) s; gunicorn -w 4 on 127.0.0.1:$PORT"
.venv/bin/gunicorn helmstedt_strategy.wsgi -w 4 -b "127.0.0.1:$PORT" --timeout 120 --no-control-socket \
  --access-logfile "$OUT/access.log" >"$OUT/gunicorn.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true' EXIT

status=0
$PY scripts/smoke.py --upstream "http://127.0.0.1:$PORT" "$@" || status=$?
if [ $status -ne 0 ]; then
  echo "== gunicorn log (last 40 lines of $OUT/gunicorn.log)"; tail -n 40 "$OUT/gunicorn.log"
fi
echo "== smoke: $(( $(date +%s) - started )) s in all"
exit $status
