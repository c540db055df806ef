#!/usr/bin/env bash
# Export throughput through the application (issue 13, item 8; docs/benchmarks.md, reports/BENCHMARK.md):
# the production jar on PostgreSQL with a bounded heap exports a cohort of N generated applicants (2 PDFs each
# plus the cohort summary) through the real job: API start, db-scheduler, ReportService, file store, ZIP.
#   1. a fresh database; the generator stores N applicants in one match year (BenchmarkData, seed 1);
#   2. the app starts with -Xmx${HEAP}; after a warm-up export of a small cohort (JIT), the cohort export runs;
#   3. printed: wall time from POST to DONE, the process's CPU time during it, GC count, ZIP size, load average.
# Usage: scripts/export-benchmark.sh [applicants=500] [heap=256m]   (after ./mvnw -DskipTests package)
# Environment: PGHOST/PGPORT/PGUSER/PGPASSWORD, MATCHWISE_JAR, MATCHWISE_BENCH_PORT (8106), JAVA_HOME.
# Measure on a quiet machine: the script prints `uptime` before and after; write the load beside the figure.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-500}"
HEAP="${2:-256m}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAR="${MATCHWISE_JAR:-web-ui/target/matchwise.jar}"
PORT="${MATCHWISE_BENCH_PORT:-8106}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DB="matchwise_bench_$$"
WORK="$(mktemp -d)"
PW="bench-password-42"
ADVISOR="advisor@benchmark-school-of-medicine.invalid:$PW"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
url="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
common=(--spring.profiles.active=postgres --spring.datasource.url="$url" --spring.datasource.username="$PGUSER"
        --spring.datasource.password="${PGPASSWORD:-}" --matchwise.data-dir="$WORK/data" --server.port="$PORT")

createdb "$DB"
echo "generating $N applicants ..."
"$JAVA" -Xmx1g -jar "$JAR" "${common[@]}" --matchwise.generate.applicants="$N" --matchwise.generate.years=1 \
  --matchwise.generate.password="$PW" > "$WORK/generate.log" 2>&1 || { tail -30 "$WORK/generate.log"; exit 1; }
YEAR=$(psql -d "$DB" -Atc "SELECT match_year FROM applicant GROUP BY match_year ORDER BY count(*) DESC LIMIT 1")
# a small second cohort for the warm-up (a running node has compiled the renderer long before)
"$JAVA" -Xmx1g -jar "$JAR" "${common[@]}" --matchwise.generate.applicants=20 --matchwise.generate.years=1 \
  --matchwise.generate.seed=7 --matchwise.generate.school="Warmup School" --matchwise.generate.password="$PW" \
  > "$WORK/generate-warmup.log" 2>&1

"$JAVA" -Xmx"$HEAP" -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -jar "$JAR" "${common[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
# up to 10 minutes: seconds on a quiet machine, minutes when many builds share the cores
for _ in $(seq 1 600); do curl -fsS "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done

# polls sign in with a personal API token (one indexed lookup), not the password: with HTTP Basic every poll is a
# bcrypt check, and in the 2026-12-04 profile those made 43% of the process's CPU during the export
auth_for() { # email:password -> curl option for the polls
  local token
  token=$(curl -fsS -u "$1" -X POST -H 'Content-Type: application/json' -d '{"name":"export benchmark","expiresInDays":1}' \
    "localhost:$PORT/api/v1/me/tokens" 2>/dev/null | jq -r '.token // empty')
  if [ -n "$token" ]; then echo "Authorization: Bearer $token"; else echo "Authorization: Basic $(printf %s "$1" | base64 -w0)"; fi
}

export_once() { # credentials -> seconds, prints job
  local who="$1" id status header
  header=$(auth_for "$who")
  id=$(curl -fsS -H "$header" -X POST "localhost:$PORT/api/v1/cohorts/$YEAR/exports" | jq -r .id)
  for _ in $(seq 1 3000); do
    status=$(curl -fsS -H "$header" "localhost:$PORT/api/v1/exports/$id" | jq -r .status)
    case "$status" in DONE) echo "$id"; return 0 ;; FAILED|CANCELLED) echo "export $id: $status" >&2; return 1 ;; esac
    sleep 1
  done
  return 1
}
cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
gcs() { curl -fsS -u "admin@benchmark-school-of-medicine.invalid:$PW" "localhost:$PORT/actuator/prometheus" \
  | awk '/^jvm_gc_pause_seconds_count/ {s += $NF} END {print s + 0}'; }

echo "warm-up export (20 applicants of another school) ..."
export_once "advisor@warmup-school.invalid:$PW" > /dev/null
echo "load before: $(uptime)"
TICKS=$(getconf CLK_TCK)
c0=$(cpu); g0=$(gcs); t0=$(date +%s.%N)
JOB=$(export_once "$ADVISOR")
t1=$(date +%s.%N); c1=$(cpu); g1=$(gcs)
SIZE=$(curl -fsS -u "$ADVISOR" "localhost:$PORT/api/v1/exports/$JOB/file" | wc -c)
DONE=$(curl -fsS -u "$ADVISOR" "localhost:$PORT/api/v1/exports/$JOB" | jq -r .done)
echo "load after:  $(uptime)"
awk -v n="$DONE" -v t0="$t0" -v t1="$t1" -v c="$((c1 - c0))" -v hz="$TICKS" -v g="$((g1 - g0))" -v z="$SIZE" \
  -v heap="$HEAP" -v cores="$(nproc)" 'BEGIN {
  wall = t1 - t0; cpu = c / hz;
  printf "BENCHMARK export through the app: %d applicants (%d PDFs + summary) in %.1f s wall (%.0f ms per applicant),",
    n, 2 * n, wall, 1000 * wall / n;
  printf " process CPU %.1f s (%.0f ms per PDF), %d GC pauses, ZIP %.1f MB; heap -Xmx%s, %d cores\n",
    cpu, 1000 * cpu / (2 * n), g, z / 1048576, heap, cores }'
