#!/usr/bin/env bash
# Database faults under a signed-in learner (docs/decisions/DD012-database-faults.md), in under 15 minutes:
#   1. outage: kill -9 MariaDB while the learner answers, restart it after OUTAGE_SECONDS; prints what the
#      learner saw, when readiness went DOWN and UP again, and when an answer was saved again;
#   2. slow database: a mysql session holds the attempts' rows (SELECT ... FOR UPDATE) for LOCK_SECONDS
#      while the learner answers and another screen is opened; prints both timings;
#   3. SIGTERM while answering: the app stops gracefully; prints whether the answer in flight was saved.
# Runs its own MariaDB (Debian's mariadb-server, installed with apt-get if missing; data under $WORK,
# a free loopback port) and the production jar (built if $JAR is missing) on another free port. Not part of verify.
# LOAD_LEARNERS (200) bench learners answer throughout (load client, 5–10 s a question); at the end their
# acknowledged answers are checked against the database (lost, twice, graded twice; exit 1 if any).
# LOAD_CMD, if set, also runs in the background for the whole run, with KNS_BASE_URL set.
# Usage: bench/faults/db-outage.sh        (from the repository root; as root, or with sudo for apt-get)
set -euo pipefail
cd "$(dirname "$0")/../.."

WORK=${WORK:-/tmp/kns-db-outage}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
DB_PORT=${DB_PORT:-$(free_port)}
APP_PORT=${APP_PORT:-$(free_port)}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-20}
LOCK_SECONDS=${LOCK_SECONDS:-10}
RUN_LIMIT=${RUN_LIMIT:-840}             # the whole run is stopped after 14 minutes
LEARNER=${LEARNER:-0912345678}          # demo resident (demo profile: password demo1234)
COURSE=${COURSE:-thanh-toan-truc-tuyen}          # outage and lock: at most ~8 of its 10 questions
STOP_COURSE=${STOP_COURSE:-tu-bao-ve-tren-khong-gian-mang}  # SIGTERM: answers back to back
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
BASE="http://127.0.0.1:$APP_PORT"
SOCK="$WORK/mysqld.sock"
DB_PASSWORD=kns-faults

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

pids=()
cleanup() {
  set +e
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null
  [ -f "$WORK/mysqld.pid" ] && kill -9 "$(cat "$WORK/mysqld.pid")" 2>/dev/null
  sleep 1
  [ "${KEEP_WORK:-}" = 1 ] || rm -rf "$WORK/data"
}
trap cleanup EXIT
( sleep "$RUN_LIMIT"; log "run limit of $RUN_LIMIT s reached"; kill -TERM $$ ) & pids+=($!)

# --- MariaDB ---------------------------------------------------------------------------------------------
if ! command -v mariadbd >/dev/null; then
  log "installing mariadb-server (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server >/dev/null
  service mariadb stop >/dev/null 2>&1 || true   # only ours runs
fi
rm -rf "$WORK/data"; mkdir -p "$WORK"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$WORK/data" \
  --auth-root-authentication-method=normal --skip-test-db >"$WORK/install.log" 2>&1

start_db() {
  mariadbd --no-defaults --user="$(id -un)" --datadir="$WORK/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$SOCK" --pid-file="$WORK/mysqld.pid" --log-error="$WORK/err.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci &
  for _ in $(seq 1 60); do
    mariadb --no-defaults -S "$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "MariaDB did not start: $WORK/err.log"; exit 1
}
sql() { mariadb --no-defaults -S "$SOCK" -uroot "$@"; }

start_db
sql -e "CREATE DATABASE kns CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'kns'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON kns.* TO 'kns'@'127.0.0.1';"
log "MariaDB on 127.0.0.1:$DB_PORT"

# --- the app and the probe ---------------------------------------------------------------------------
JAR=${JAR:-$(ls target/kynangso-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  log "building the production jar"
  ./mvnw -B -ntp -q -Pproduction package -DskipTests
  JAR=$(ls target/kynangso-*.jar | grep -v original | head -1)
fi
if [ ! -f target/test-classes/vn/kynangso/bench/DbFaultProbe.class ] || [ ! -f target/test-classpath.txt ]; then
  log "compiling the probe"
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test
fi
PROBE_CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
probe() { "$JAVA" ${PROBE_OPTS:-} -cp "$PROBE_CP" vn.kynangso.bench.DbFaultProbe "$BASE" "$@"; }
lessons() { ls content/courses/"$1"/lessons/*.vi.md | wc -l; }

start_app() {
  SPRING_PROFILES_ACTIVE=demo PORT="$APP_PORT" KNS_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kns" \
    KNS_DB_USER=kns KNS_DB_PASSWORD="$DB_PASSWORD" KNS_PUBLIC_URL="$BASE" KNS_DATA_DIR="$WORK/unused" \
    "$JAVA" -Xmx1g -jar "$JAR" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
}
readiness() { curl -s -o /dev/null -w "%{http_code}" --max-time 10 "$BASE/actuator/health/readiness" || true; }
wait_ready() { # $1: seconds; prints the seconds it took
  local t0; t0=$(now)
  for _ in $(seq 1 $(($1 * 2))); do
    [ "$(readiness)" = 200 ] && { since "$t0"; return 0; }
    sleep 0.5
  done
  return 1
}

: >"$WORK/app.log"
start_app
log "app starting on $BASE (log: $WORK/app.log)"
wait_ready 240 >/dev/null || { log "the app did not become ready"; tail -30 "$WORK/app.log"; exit 1; }
log "readiness UP"
probe prepare "$LEARNER" "$COURSE" "$(lessons "$COURSE")"
probe prepare "$LEARNER" "$STOP_COURSE" "$(lessons "$STOP_COURSE")"

# --- learners answering throughout (LOAD_LEARNERS=0: the probe alone) --------------------------------------
LOAD_LEARNERS=${LOAD_LEARNERS:-200}
LOAD_PID=""
acks() { cat "$WORK/acks.jsonl" 2>/dev/null | wc -l; }
if [ "$LOAD_LEARNERS" -gt 0 ]; then
  log "making $LOAD_LEARNERS bench learners"
  rm -f "$WORK/acks.jsonl"
  KNS_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kns" KNS_DB_USER=kns KNS_DB_PASSWORD="$DB_PASSWORD" \
    "$JAVA" -Xmx1g -cp "$PROBE_CP" vn.kynangso.bench.BenchSeed seed --prefix=outage --learners="$LOAD_LEARNERS" 2>&1 \
    | grep -v WARN | tail -1
  log "load: $LOAD_LEARNERS learners, ${LOAD_PACE:-5-10} s a question (log: $WORK/load.log)"
  "$JAVA" -Xmx512m -cp "$PROBE_CP" vn.kynangso.bench.LoadClient --url="$BASE" --prefix=outage \
    --learners="$LOAD_LEARNERS" --pace="${LOAD_PACE:-5-10}" --lesson=2-4 --ramp=20 --warmup=0 --seconds="$RUN_LIMIT" \
    --correct=0.95 --content=content --acks="$WORK/acks.jsonl" --report="$WORK/load.txt" >"$WORK/load.log" 2>&1 &
  LOAD_PID=$!; pids+=("$LOAD_PID")
  for _ in $(seq 1 120); do [ "$(acks)" -ge "$LOAD_LEARNERS" ] && break; sleep 1; done
  log "learners answering: $(acks) answers acknowledged"
fi

if [ -n "${LOAD_CMD:-}" ]; then
  log "load: $LOAD_CMD"
  KNS_BASE_URL="$BASE" bash -c "$LOAD_CMD" >"$WORK/load.log" 2>&1 & pids+=($!)
fi

# --- 1. outage ---------------------------------------------------------------------------------------
log "== 1. MariaDB killed (kill -9) for $OUTAGE_SECONDS s while the learner answers"
probe answers "$LEARNER" "$COURSE" $((OUTAGE_SECONDS + 120)) >"$WORK/answers-outage.log" 2>&1 & ANSWERS=$!
for _ in $(seq 1 60); do [ "$(grep -c ' saved$' "$WORK/answers-outage.log")" -ge 2 ] && break; sleep 0.5; done
kill -9 "$(cat "$WORK/mysqld.pid")"; killed=$(now)
log "killed"
down=""
for _ in $(seq 1 40); do
  code=$(readiness); [ "$code" != 200 ] && { down=$(since "$killed"); break; }; sleep 0.5
done
log "readiness DOWN after ${down:-?} s (HTTP $(readiness)): $(curl -s --max-time 10 "$BASE/actuator/health/readiness")"
log "a plain page meanwhile: $(curl -s -o /dev/null -w 'HTTP %{http_code}' --max-time 10 "$BASE/verify/ABCD-EFGH-JKLM")"
sleep "$(awk -v s="$OUTAGE_SECONDS" -v d="$(since "$killed")" 'BEGIN { r = s - d; print (r > 0 ? r : 0) }')"
rm -f "$WORK/mysqld.pid"; start_db; back=$(now)
log "MariaDB back after $(awk -v a="$killed" -v b="$back" 'BEGIN { printf "%.1f", b - a }') s"
up=$(wait_ready 120 || echo "not within 120")
log "readiness UP $up s after MariaDB was back"
wait "$ANSWERS" || true
log "what the learner saw:"; sed 's/^/    /' "$WORK/answers-outage.log"
first_saved=$(awk '/ saved$/ { t=$2 } END { print t }' "$WORK/answers-outage.log")
log "the last line is the first answer saved again (t= seconds since the probe started)"
log "errors in the app log: $(grep -c ' ERROR ' "$WORK/app.log" || true); stack traces: $(grep -c '^\s*at ' "$WORK/app.log" || true)"

# --- 2. slow database --------------------------------------------------------------------------------
log "== 2. the attempts' rows locked for $LOCK_SECONDS s; the learner answers, another screen opens"
sql kns -e "START TRANSACTION; SELECT id FROM quiz_attempt FOR UPDATE; SELECT SLEEP($LOCK_SECONDS); ROLLBACK;" \
  >/dev/null & LOCK=$!
sleep 0.5
probe answers "$LEARNER" "$COURSE" $((LOCK_SECONDS + 20)) >"$WORK/answers-lock.log" 2>&1 & ANSWERS=$!
probe screens "$LEARNER" "learn" "$LOCK_SECONDS" >"$WORK/screens-lock.log" 2>&1 & SCREENS=$!
sleep 3
log "meanwhile in MariaDB: $(sql -N -e "SELECT CONCAT(COUNT(*), ' transactions, ', SUM(trx_state = 'LOCK WAIT'),
  ' waiting on a lock, rows locked by the holder: ', MAX(trx_rows_locked)) FROM information_schema.innodb_trx")"
wait "$LOCK" "$ANSWERS" "$SCREENS" || true
log "the learner answering:"; sed 's/^/    /' "$WORK/answers-lock.log"
log "the other screen (Học) meanwhile:"; sed 's/^/    /' "$WORK/screens-lock.log"

# --- 3. SIGTERM while answering ----------------------------------------------------------------------
log "== 3. SIGTERM while the learner answers"
before=$(sql kns -N -e "SELECT COUNT(*) FROM attempt_answer")
PROBE_OPTS=-Dkns.probe.pace=0 probe answers "$LEARNER" "$STOP_COURSE" 30 >"$WORK/answers-stop.log" 2>&1 & ANSWERS=$!
for _ in $(seq 1 60); do grep -q ' saved$' "$WORK/answers-stop.log" && break; sleep 0.2; done
term=$(now); kill -TERM "$APP_PID"
wait "$APP_PID" || true; APP_PID=""
log "app stopped $(since "$term") s after SIGTERM"
kill "$ANSWERS" 2>/dev/null || true; wait "$ANSWERS" 2>/dev/null || true
saved=$(grep -c ' saved$' "$WORK/answers-stop.log" || true)
after=$(sql kns -N -e "SELECT COUNT(*) FROM attempt_answer")
log "answers the learner was told were saved: $saved; rows added: $((after - before))"
sed 's/^/    /' "$WORK/answers-stop.log"
grep -i 'graceful' "$WORK/app.log" | tail -2 | sed 's/^/    /'

# --- the learners' answers against the database ------------------------------------------------------------
status=0
if [ -n "$LOAD_PID" ]; then
  kill "$LOAD_PID" 2>/dev/null; wait "$LOAD_PID" 2>/dev/null || true
  log "the $LOAD_LEARNERS learners over the whole run:"
  grep -E "^(answer_save|next_question|acknowledged_total|handed_in_total|errors|reconnects|reconnect_time|first_errors|first_reconnect_causes)" \
    "$WORK/load.log" | sed 's/^/    /'
  KNS_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kns" KNS_DB_USER=kns KNS_DB_PASSWORD="$DB_PASSWORD" \
    "$JAVA" -Xmx1g -cp "$PROBE_CP" vn.kynangso.bench.BenchSeed check --prefix=outage --acks="$WORK/acks.jsonl" 2>&1 \
    | grep -v WARN | sed 's/^/    /' | tee "$WORK/check.txt"
  grep -q "RESULT: OK" "$WORK/check.txt" || status=1
fi
log "done"
exit $status
