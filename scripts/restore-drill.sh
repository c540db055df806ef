#!/usr/bin/env bash
# Restore drill (README, "Backups and restore"): proves that a pg_dump of a Matchwise database brings back the
# data, its history and the stored files (export ZIPs live in the database by default), by doing it:
#   1. a fresh source database; Matchwise starts on it with the demo data (applicants with history) and exports a
#      cohort (a ZIP in the file store);
#   2. histories of some applicants and the ZIP are fetched through the API; the app stops; rows are counted per table;
#   3. pg_dump -Fc, restore into another fresh database, rows counted again: every table must match;
#   4. Matchwise starts on the restored database (no demo, no new data): readiness UP, the same histories and
#      the same ZIP, byte for byte, through the API.
# Deterministic: fixed demo data, sorted comparisons, its own databases (dropped at the end), no wall-clock data compared.
#
# Usage: scripts/restore-drill.sh  (after ./mvnw package; CI runs it after the tests, see .ci/run)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; MATCHWISE_JAR
# (web-ui/target/matchwise.jar); MATCHWISE_DRILL_PORT (a free port); JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAR="${MATCHWISE_JAR:-web-ui/target/matchwise.jar}"
# a free port unless given: a fixed one collided with other runs on the same machine
PORT="${MATCHWISE_DRILL_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
SRC="matchwise_drill_src_$$"
DST="matchwise_drill_dst_$$"
WORK="$(mktemp -d)"
ADVISOR="advisor@demo.example:demo-advisor"
APP_PID=""

say() { printf '[restore-drill] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }
for tool in jq curl pg_dump pg_restore psql createdb dropdb sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool is needed (Debian: apt-get install -y jq curl postgresql-client)"
done
[ -f "$JAR" ] || fail "$JAR is missing: build it with ./mvnw -DskipTests package"

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  dropdb --if-exists --force "$SRC" >/dev/null 2>&1 || true
  dropdb --if-exists --force "$DST" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

start_app() { # database, log name, extra args...
  local db="$1" name="$2"; shift 2
  # C1 only: the drill's two short-lived starts spend most of their CPU in the JIT otherwise (start ~40% faster)
  "$JAVA" -Xmx384m -XX:TieredStopAtLevel=1 -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" --matchwise.node-name="drill-$name" \
    --matchwise.data-dir="$WORK/data-$name" --db-scheduler.polling-interval=1s "$@" >"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  # up to 10 minutes: a start takes seconds on a quiet machine, minutes when many builds share two cores
  for _ in $(seq 1 600); do
    if curl -fsS "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/$name.log"; fail "the app on $db exited"; }
    sleep 1
  done
  tail -n 40 "$WORK/$name.log"; fail "the app on $db did not become ready"
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

api() { curl -fsS -u "$ADVISOR" "localhost:$PORT$1"; }

counts() { # database -> "table rows" lines, sorted; one query for all tables
  psql -d "$1" -AtF' ' -c "SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I',
                      table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables
                      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
}

say "source database $SRC: demo data, then a cohort export"
createdb "$SRC"
start_app "$SRC" source --matchwise.demo.enabled=true
YEAR=2026
JOB=$(curl -fsS -u "$ADVISOR" -X POST "localhost:$PORT/api/v1/cohorts/$YEAR/exports" | jq -r .id)
for _ in $(seq 1 300); do
  STATUS=$(api "/api/v1/exports/$JOB" | jq -r .status)
  [ "$STATUS" = DONE ] && break
  [ "$STATUS" = FAILED ] && fail "the export failed: $(api "/api/v1/exports/$JOB")"
  sleep 1
done
[ "$STATUS" = DONE ] || fail "the export did not finish"
api "/api/v1/exports/$JOB/file" > "$WORK/source.zip"
IDS=$(api "/api/v1/applicants?size=200" | jq -r '.items[].id' | sort -n | head -n 8)
# canonical form: keys sorted, and every list sorted, so entries written in the same instant compare equal
# whatever order the restored tables return them in (content, not physical row order, is what must survive);
# inside texts, the entries of a map printed as {K=V, ...} are sorted too: the history prints some maps (programs
# per tier) in their hash order, which differs from one JVM to the next
canonical() {
  jq -S 'walk(if type == "array" then sort_by(tojson)
              elif type == "string" then gsub("\\{(?<m>[^{}]*=[^{}]*)\\}"; "{" + (.m | split(", ") | sort | join(", ")) + "}")
              else . end)'
}
for id in $IDS; do api "/api/v1/applicants/$id/history" | canonical > "$WORK/source-history-$id.json"; done
CHANGES=$(cat "$WORK"/source-history-*.json | jq -s '[.[].changes | length] | add')
[ "$CHANGES" -gt 0 ] || fail "the source has no history to compare"
stop_app
counts "$SRC" > "$WORK/source-counts.txt"

say "pg_dump -Fc $SRC, pg_restore into $DST"
pg_dump -Fc --no-owner -d "$SRC" -f "$WORK/matchwise.dump"
createdb "$DST"
pg_restore --no-owner --exit-on-error -d "$DST" "$WORK/matchwise.dump"
counts "$DST" > "$WORK/restored-counts.txt"
diff -u "$WORK/source-counts.txt" "$WORK/restored-counts.txt" || fail "row counts differ after the restore"
TABLES=$(wc -l < "$WORK/source-counts.txt")
ROWS=$(awk '{s += $2} END {print s}' "$WORK/source-counts.txt")

say "Matchwise on the restored database"
start_app "$DST" restored --matchwise.demo.enabled=false
for id in $IDS; do
  api "/api/v1/applicants/$id/history" | canonical > "$WORK/restored-history-$id.json"
  if ! diff -u "$WORK/source-history-$id.json" "$WORK/restored-history-$id.json" > "$WORK/history.diff"; then
    head -n 60 "$WORK/history.diff"
    fail "the history of applicant $id differs after the restore"
  fi
done
api "/api/v1/exports/$JOB/file" > "$WORK/restored.zip"
[ "$(sha256sum < "$WORK/source.zip")" = "$(sha256sum < "$WORK/restored.zip")" ] \
  || fail "the export ZIP differs after the restore"
stop_app

say "OK: $TABLES tables, $ROWS rows equal; $(echo "$IDS" | wc -w) applicants' histories ($CHANGES changes) equal;" \
  "export ZIP ($(wc -c < "$WORK/source.zip") bytes) equal, served by the restored database"
# wall time, and the CPU time (user, system) of everything the drill ran: what load on a shared machine inflates less
times > "$WORK/times"
read -r child_user child_sys < <(tail -n 1 "$WORK/times")
say "took ${SECONDS} s wall; CPU of the drill's processes: user ${child_user}, system ${child_sys}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
