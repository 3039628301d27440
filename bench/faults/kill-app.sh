#!/usr/bin/env bash
# Crash test: kill -9 of the app, KILLS times, while LEARNERS learners answer; after each restart they
# sign in again and carry on. Then, in the database: every acknowledged answer saved (0 lost), no answer
# twice, no attempt graded twice, no certificate twice, and the coverage rebuild finds 0 differences.
#   bench/faults/kill-app.sh [KILLS=10] [LEARNERS=200]   # kill -9 once learners answer, restart, wait until they answer again; 2 kills for a quick run
# Its own MariaDB (Debian's mariadbd, 127.0.0.1:3317, datadir under /tmp) and app (127.0.0.1:8097);
# everything it started is stopped and removed at the end. Exit 0 only when every count is right.
set -euo pipefail
source "$(dirname "$0")/../load/common.sh"
KILLS=${1:-10}
LEARNERS=${2:-200}
DB_PORT=${DB_PORT:-3317}
APP_PORT=${APP_PORT:-8097}
PACE=${PACE:-3-6}          # seconds per question: faster than real learners, so a kill meets answers in flight
CORRECT=${CORRECT:-0.95}   # share of questions answered right: most attempts pass, so certificates are issued (and checked)
WORK=$(mktemp -d /tmp/kns-kill.XXXXXX)
DB_PID= APP_PID= CLIENT_PID=

cleanup() {
  set +e
  [[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null && wait "$CLIENT_PID" 2>/dev/null
  [[ -n $APP_PID ]] && kill -9 "$APP_PID" 2>/dev/null
  [[ -n $DB_PID ]] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null
  [[ -n ${KEEP_WORK:-} ]] && log "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
cp=$(classpath); jar=$(app_jar)
log "MariaDB on 127.0.0.1:$DB_PORT in $WORK"
start_mariadb "$WORK/db" "$DB_PORT"
log "app $(basename "$jar") on 127.0.0.1:$APP_PORT (first start: migrations, content)"
start_app "$APP_PORT" "$WORK/app.log"
wait_ready "$APP_PORT" 180 || { log "app not ready"; tail -30 "$WORK/app.log"; exit 1; }
log "making $LEARNERS bench learners"
"$JAVA" -Xmx1g -cp "$cp" vn.kynangso.bench.BenchSeed seed --prefix=fault --learners="$LEARNERS" 2>&1 | grep -v WARN | tail -2

seconds=$(( 600 + KILLS * 120 ))   # stopped by this script before that
log "load client: $LEARNERS learners, $PACE s a question"
"$JAVA" -Xmx512m -cp "$cp" vn.kynangso.bench.LoadClient --url="http://127.0.0.1:$APP_PORT" --prefix=fault \
  --learners="$LEARNERS" --pace="$PACE" --lesson=2-4 --ramp=20 --warmup=0 --seconds="$seconds" \
  --correct="$CORRECT" --content="$ROOT/content" \
  --acks="$WORK/acks.jsonl" --report="$WORK/load.txt" >"$WORK/client.log" 2>&1 &
CLIENT_PID=$!

acks() { cat "$WORK/acks.jsonl" 2>/dev/null | wc -l; }
# wait_answers N SECONDS: until N more answers are acknowledged (learners are back and answering)
wait_answers() {
  local target=$(( $(acks) + $1 )) start=$SECONDS
  while (( $(acks) < target && SECONDS - start < $2 )); do sleep 1; done
}
downtimes=()
wait_answers "$LEARNERS" 240
for k in $(seq "$KILLS"); do
  sleep $(( RANDOM % 8 ))   # a random moment, learners mid-answer
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  t=$SECONDS
  log "kill $k/$KILLS: app killed ($(acks) answers acknowledged so far)"
  start_app "$APP_PORT" "$WORK/app.log"
  wait_ready "$APP_PORT" 300 || { log "app not ready after kill $k"; tail -30 "$WORK/app.log"; exit 1; }
  downtimes+=($(( SECONDS - t )))
  log "        ready again after $(( SECONDS - t )) s"
  wait_answers $(( LEARNERS / 2 )) 120
  log "        learners answering again: $(acks) acknowledged after $(( SECONDS - t )) s"
done
wait_answers "$LEARNERS" 60   # every learner had a chance to come back after the last restart
kill "$CLIENT_PID"; wait "$CLIENT_PID" 2>/dev/null || true; CLIENT_PID=
# the app goes last (a clean stop), so that nothing is half-written when the check reads
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
grep -E "^(acknowledged_total|handed_in_total|errors|reconnects|reconnect_time|first_errors)" "$WORK/client.log" || tail -20 "$WORK/client.log"
log "kills: $KILLS, app down (kill to ready) in s: ${downtimes[*]}"
status=0
"$JAVA" -Xmx1g -cp "$cp" vn.kynangso.bench.BenchSeed check --prefix=fault --acks="$WORK/acks.jsonl" 2>&1 | grep -v WARN || status=$?
log "total $(( SECONDS - started )) s"
exit $status
