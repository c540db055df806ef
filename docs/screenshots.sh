#!/usr/bin/env bash
# Retakes the screenshots of the advisor's workspace (docs/screenshots/worklist.png, worklist-phone.png,
# notification-settings.png, dashboard.png, dashboard-tablet.png, list.png) and the applicant's home
# (applicant-home.png, applicant-home-phone.png, my-progress-phone.png): builds the app, starts it on a fresh embedded database (demo school, demo cohort of 60), signs in
# as the demo advisor in Debian's headless Chromium and saves the screens. Then the case view's (case-view.png at
# 1280 px, case-view-tablet.png and case-view-edit.png at 800 px, case-view-phone.png at 390 px) from its browser test, which starts the app
# itself on an in-memory database. Needs chromium and chromium-driver.
# Usage: docs/screenshots.sh            (PORT=18471 by default; SKIP_BUILD=1 reuses web-ui/target/matchwise.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${PORT:-18471}"
DATA="$(mktemp -d /tmp/mw-screenshots-XXXXXX)"
LOG="$DATA/app.log"

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -q -pl web-ui -am package -DskipTests
fi
# a copy: the test runs below make web-ui/target/matchwise.jar again while the app runs
cp web-ui/target/matchwise.jar "$DATA/matchwise.jar"
"$JAVA_HOME/bin/java" -jar "$DATA/matchwise.jar" --server.port="$PORT" --matchwise.data-dir="$DATA" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

# the demo cohort is loaded after the server starts: wait for the loader's last log line
for _ in $(seq 1 900); do
  if grep -q "Demo cohort:" "$LOG"; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$LOG"; echo "the app stopped" >&2; exit 1; fi
  sleep 1
done
grep -q "Demo cohort:" "$LOG" || { tail -50 "$LOG"; echo "the demo cohort did not load" >&2; exit 1; }

MATCHWISE_SCREENSHOTS_URL="http://localhost:$PORT" MATCHWISE_SCREENSHOTS_DIR="$PWD/docs/screenshots" \
  ./mvnw -B -q -pl web-ui -am test -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false
ls -l docs/screenshots/worklist.png docs/screenshots/worklist-phone.png docs/screenshots/notification-settings.png \
  docs/screenshots/dashboard.png docs/screenshots/dashboard-tablet.png docs/screenshots/list.png \
  docs/screenshots/applicant-home.png docs/screenshots/applicant-home-phone.png docs/screenshots/my-progress-phone.png

# the case view: its browser test makes a case and takes the pictures
./mvnw -B -q -pl web-ui -am test -Dtest='CaseViewEndToEndTest#screenshot' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmatchwise.screenshots="$PWD/docs/screenshots"
ls -l docs/screenshots/case-view.png docs/screenshots/case-view-tablet.png docs/screenshots/case-view-edit.png \
  docs/screenshots/case-view-phone.png
