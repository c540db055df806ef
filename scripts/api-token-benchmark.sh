#!/usr/bin/env bash
# Bearer-token API throughput (issue 12.1; README "API tokens", docs/benchmarks.md): the production jar on a fresh
# PostgreSQL database with 10,000 generated applicants (BenchmarkGenerator / BenchmarkData, 5 match years, seed 1).
#   1. a fresh database; the generator stores the applicants; VACUUM ANALYZE;
#   2. the app starts; the benchmark advisor creates a personal API token with HTTP Basic (POST /api/v1/me/tokens);
#   3. wrk (2 threads, 8 connections, 10 s each) runs on GET /actuator/health and on GET /api/v1/applicants/{id} with
#      Authorization: Bearer <token> (a real read: tenant check, record, access-log row), in two rounds:
#      "cold": after a 5 s warm-up of each (how issue 12 measured: the JIT compilers still busy, health about a third
#      of its later speed); "steady": after WARM_ROUNDS (3) more alternating 10 s runs of both, the JIT done;
#   4. printed per round: requests/s, latency percentiles and CPU per request of both, the ratio; the access-log rows.
# Target: bearer read >= 50% of health's requests/s in the same run, and its p99 < 50 ms. Exits 1 when either round
# misses it.
# Usage: scripts/api-token-benchmark.sh [applicants=10000]   (builds the jar unless MATCHWISE_JAR names one)
# Environment: PGHOST/PGPORT/PGUSER/PGPASSWORD, MATCHWISE_JAR, MATCHWISE_BENCH_PORT (8107), JAVA_HOME, HEAP (512m),
#   BENCH_DB (reuse an already generated database instead of a fresh one; it is then kept), WRK_DURATION (10s),
#   WARM_ROUNDS (3).
# Measure on a quiet machine: the script prints `uptime` before and after; write the load beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PORT="${MATCHWISE_BENCH_PORT:-8107}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DURATION="${WRK_DURATION:-10s}"
WORK="$(mktemp -d)"
PW="bench-password-42"
ADVISOR="advisor@benchmark-school-of-medicine.invalid"
APP_PID=""
KEEP_DB="${BENCH_DB:+yes}"
DB="${BENCH_DB:-matchwise_tokbench_$$}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  [ -n "$KEEP_DB" ] || dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

JAR="${MATCHWISE_JAR:-}"
if [ -z "$JAR" ]; then
  echo "building the production jar ..."
  ./mvnw -B -q -DskipTests package >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
  JAR=web-ui/target/matchwise.jar
fi
url="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
common=(--spring.profiles.active=postgres --spring.datasource.url="$url" --spring.datasource.username="$PGUSER"
        --spring.datasource.password="${PGPASSWORD:-}" --matchwise.data-dir="$WORK/data" --server.port="$PORT")

if [ -z "$KEEP_DB" ]; then
  createdb "$DB"
  echo "generating $N applicants over 5 match years ..."
  t0=$(date +%s)
  "$JAVA" -Xmx1g -jar "$JAR" "${common[@]}" --matchwise.generate.applicants="$N" --matchwise.generate.years=5 \
    --matchwise.generate.password="$PW" > "$WORK/generate.log" 2>&1 || { tail -30 "$WORK/generate.log"; exit 1; }
  echo "generated in $(( $(date +%s) - t0 )) s"
  psql -q -d "$DB" -c 'VACUUM ANALYZE' >/dev/null
fi
echo "applicants: $(psql -d "$DB" -Atc 'SELECT count(*) FROM applicant')"

"$JAVA" -Xmx"${HEAP:-512m}" ${BENCH_JAVA_OPTS:-} -jar "$JAR" "${common[@]}" --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do curl -fsS "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "localhost:$PORT/actuator/health/readiness" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }

TOKEN=$(curl -fsS -u "$ADVISOR:$PW" -H 'Content-Type: application/json' \
  -d '{"name": "benchmark", "expiresInDays": 1}' "localhost:$PORT/api/v1/me/tokens" | jq -r .token)
case "$TOKEN" in mw_*) ;; *) echo "no token created" >&2; exit 1 ;; esac
ID=$(psql -d "$DB" -Atc "SELECT id FROM applicant ORDER BY id OFFSET $(( N / 2 )) LIMIT 1")
APPLICANT_URL="http://localhost:$PORT/api/v1/applicants/$ID"
HEALTH_URL="http://localhost:$PORT/actuator/health"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$APPLICANT_URL")
[ "$code" = 200 ] || { echo "bearer GET $APPLICANT_URL answered $code" >&2; exit 1; }

# CPU time (clock ticks, user + system) of the app's JVM and of this database's PostgreSQL backends: the cost of a
# request in CPU, which a loaded machine distorts far less than requests/s (the other processes take cores, not ticks)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local sum=0 pid
  for pid in $(psql -d "$DB" -Atc "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"); do
    sum=$(( sum + $(ticks "$pid") ))
  done
  echo "$sum"
}
run() { # name url [header] -> wrk output in $WORK/<name>.txt, CPU ticks in $WORK/<name>.cpu (app, PostgreSQL)
  local name="$1" target="$2"; shift 2
  local a0 p0
  a0=$(ticks "$APP_PID"); p0=$(pg_ticks)
  wrk -t2 -c8 -d"$DURATION" --latency "$@" "$target" > "$WORK/$name.txt"
  echo "$(( $(ticks "$APP_PID") - a0 )) $(( $(pg_ticks) - p0 ))" > "$WORK/$name.cpu"
}
echo "warm-up (5 s each) ..."
wrk -t2 -c8 -d5s "$HEALTH_URL" >/dev/null
wrk -t2 -c8 -d5s -H "Authorization: Bearer $TOKEN" "$APPLICANT_URL" >/dev/null
LOG0=$(psql -d "$DB" -Atc "SELECT count(*) FROM access_log")
rps() { awk '/^Requests\/sec:/ {print $2}' "$WORK/$1.txt"; }
pct() { awk -v p="$2" '$1 == p {v = $2; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; print v}' "$WORK/$1.txt"; }
non2xx() { awk '/Non-2xx/ {print $NF}' "$WORK/$1.txt"; }
total() { awk '/requests in/ {print $1}' "$WORK/$1.txt"; }
HZ=$(getconf CLK_TCK)
cpu() { # name -> "app ms, PostgreSQL ms" of CPU per request
  awk -v n="$(total "$1")" -v hz="$HZ" '{printf "app %.3f ms + PostgreSQL %.3f ms = %.3f ms", 1000 * $1 / hz / n, 1000 * $2 / hz / n, 1000 * ($1 + $2) / hz / n}' "$WORK/$1.cpu"
}
MISSED=0
measure() { # round -> both runs, their figures, the verdict of the round
  local round="$1" H A
  echo "load before: $(uptime)"
  run "health-$round" "$HEALTH_URL"
  run "applicant-$round" "$APPLICANT_URL" -H "Authorization: Bearer $TOKEN"
  H=$(rps "health-$round"); A=$(rps "applicant-$round")
  printf '%s health:            %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  (%s requests, non-2xx: %s)\n' "$round" "$H" \
    "$(pct "health-$round" 50%)" "$(pct "health-$round" 99%)" "$(total "health-$round")" "$(non2xx "health-$round" || true)"
  printf '%s bearer applicant:  %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  (%s requests, non-2xx: %s)\n' "$round" "$A" \
    "$(pct "applicant-$round" 50%)" "$(pct "applicant-$round" 99%)" "$(total "applicant-$round")" \
    "$(non2xx "applicant-$round" || true)"
  echo "$round CPU per request, health:           $(cpu "health-$round")"
  echo "$round CPU per request, bearer applicant: $(cpu "applicant-$round")"
  awk -v round="$round" -v h="$H" -v a="$A" -v p99="$(pct "applicant-$round" 99%)" -v cores="$(nproc)" 'BEGIN {
    ratio = a / h;
    printf "BENCHMARK (%s) bearer GET /api/v1/applicants/{id}: %.1f req/s = %.0f%% of /actuator/health (%.1f req/s), p99 %.1f ms; %d cores\n",
      round, a, 100 * ratio, h, p99, cores;
    ok = ratio >= 0.5 && p99 < 50;
    print ok ? "TARGET MET (" round ": >= 50% of health, p99 < 50 ms)" : "TARGET MISSED (" round ": >= 50% of health, p99 < 50 ms)";
    exit ok ? 0 : 1 }' || MISSED=1
}
measure cold
echo "warming to steady state (${WARM_ROUNDS:-3} rounds of 10 s of each) ..."
for _ in $(seq 1 "${WARM_ROUNDS:-3}"); do
  wrk -t2 -c8 -d10s "$HEALTH_URL" >/dev/null
  wrk -t2 -c8 -d10s -H "Authorization: Bearer $TOKEN" "$APPLICANT_URL" >/dev/null
done
measure steady
echo "load after:  $(uptime)"
sleep 1
LOG1=$(psql -d "$DB" -Atc "SELECT count(*) FROM access_log")
echo "access-log rows written during the runs: $(( LOG1 - LOG0 ))"
exit "$MISSED"
