#!/usr/bin/env bash
# make load: gunicorn on 127.0.0.1 with production settings, 100 readers + 5 editors for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${LOADTEST_PORT:-8765}"
DURATION="${LOADTEST_DURATION:-45s}"
OUT=var/loadtest
mkdir -p "$OUT"
export DJANGO_SETTINGS_MODULE=helmstedt_strategy.settings
export SECRET_KEY="loadtest-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
export DEBUG=false ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
export STATIC_ROOT="$PWD/$OUT/static"
if [ -n "${DATABASE_URL:-}" ]; then
  base="${DATABASE_URL%/*}"; export DATABASE_URL="$base/helmstedt_loadtest"
  psql "$base/postgres" -qc "drop database if exists helmstedt_loadtest" && psql "$base/postgres" -qc "create database helmstedt_loadtest"
else
  export SQLITE_PATH="$PWD/$OUT/loadtest.sqlite3"; rm -f "$SQLITE_PATH"
fi
.venv/bin/python manage.py collectstatic --no-input -v0
.venv/bin/python -m loadtest.django_steps prepare "$OUT/paths.json"
.venv/bin/gunicorn helmstedt_strategy.wsgi -w 2 -b "127.0.0.1:$PORT" --no-control-socket --access-logfile /dev/null \
  --pid "$OUT/gunicorn.pid" --daemon
trap 'kill "$(cat "$OUT/gunicorn.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
status=0
LOADTEST_SAVED="$OUT/saved.txt" LOADTEST_PATHS="$OUT/paths.json" .venv-load/bin/locust -f loadtest/locustfile.py --headless -u 105 -r 25 -t "$DURATION" \
  --host "http://127.0.0.1:$PORT" --csv "$OUT/result" --only-summary --stop-timeout 5 || status=$?
.venv/bin/python -m loadtest.django_steps verify "$OUT/saved.txt" || status=1
python3 - "$OUT/result_stats.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
total = next(r for r in rows if r["Name"] == "Aggregated")
print(f"requests: {total['Request Count']}  failures: {total['Failure Count']}  "
      f"req/s: {float(total['Requests/s']):.1f}  median: {total['50%']} ms  p95: {total['95%']} ms")
PY
exit $status
