#!/usr/bin/env bash
# The load curve: learners at a realistic pace (15–30 s a question, lessons read between attempts) at
# each step of STEPS, on a MariaDB and an app of the run's own (127.0.0.1 only). Per step: p50/p95/p99 of
# saving an answer and of opening the next question, errors, CPU in cores of the app, mariadbd and the
# load client (from /proc), and the app's heap after a full GC (jcmd GC.heap_info).
# Learners sign in spread over RAMP seconds (default learners/8, at least 60: a sign-in costs a password
# hash, ~0.1 s of a core), then WARMUP more seconds (30) pass before MEASURE seconds (210) are measured.
#   bench/load/curve.sh                                   # 250 500 1000 2000: ≈ 27 min on a quiet machine
#   STEPS="250 500" MEASURE=90 bench/load/curve.sh         # a short proof
#   STEPS=200 PACE=0 LESSON=0 bench/load/curve.sh          # saturation, the whole learner cycle (lessons between attempts)
#   STEPS=500 PACE=0 ONCE=1 bench/load/curve.sh            # saturation of answering alone: every learner opens the
#                                                          # quiz, then all answer one attempt at once, measured until
#                                                          # the last is handed in; the first WARM learners (20)
#                                                          # answer before, unmeasured, so the JIT has compiled
#                                                          # answering; the start waits until all are ready
#   STEPS=650 WARM=150 PACE=0 ONCE=1 bench/load/curve.sh  # the same, 500 measured on a warm server
# Writes target/load/curve.txt (and each step's client report beside it); everything it started is
# stopped and removed at the end.
set -euo pipefail
source "$(dirname "$0")/common.sh"
STEPS=${STEPS:-250 500 1000 2000}
MEASURE=${MEASURE:-210}
WARMUP=${WARMUP:-30}
PACE=${PACE:-15-30}
LESSON=${LESSON:-20-40}
DB_PORT=${DB_PORT:-3319}
APP_PORT=${APP_PORT:-8099}
OUT=$ROOT/target/load/curve.txt
WORK=$(mktemp -d /tmp/kns-curve.XXXXXX)
DB_PID= APP_PID= CLIENT_PID=
cleanup() {
  set +e
  [[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null && wait "$CLIENT_PID" 2>/dev/null
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [[ -n $DB_PID ]] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

max=0; for s in $STEPS; do (( s > max )) && max=$s; done
cp=$(classpath)
start_mariadb "$WORK/db" "$DB_PORT"
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx2g} start_app "$APP_PORT" "$WORK/app.log"
wait_ready "$APP_PORT" 180 || { tail -30 "$WORK/app.log"; exit 1; }
log "making $max bench learners"
"$JAVA" -Xmx1g -cp "$cp" vn.kynangso.bench.BenchSeed seed --prefix=load --learners="$max" 2>&1 | grep -v WARN | tail -1
mkdir -p "$(dirname "$OUT")"
{ echo "# load curve $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), pace $PACE s a question, lessons $LESSON s a page, $MEASURE s measured a step, after the sign-ins and $WARMUP s"
  echo "# learners answer_p50 p95 p99 next_p50 p95 p99 answers/s errors reconnects cpu_app cpu_db cpu_client heap_used_MB"; } >"$OUT"
for learners in $STEPS; do
  ramp=${RAMP:-$(( learners / 8 > 60 ? learners / 8 : 60 ))}
  unmeasured=$(( ramp + WARMUP ))
  log "step: $learners learners (sign-ins over $ramp s, measured from $unmeasured s for $MEASURE s)"
  "$JAVA" ${LOAD_JAVA_OPTS:--Xmx1g} -cp "$cp" vn.kynangso.bench.LoadClient --url="http://127.0.0.1:$APP_PORT" --prefix=load \
    --learners="$learners" --pace="$PACE" --lesson="$LESSON" --ramp="$ramp" --warmup="$unmeasured" \
    --seconds=$(( unmeasured + MEASURE )) --acks="$WORK/acks-$learners.jsonl" --report="$WORK/step-$learners.txt" \
    ${ONCE:+--once=true} ${WARM:+--warm=$WARM} >"$WORK/client-$learners.log" 2>&1 &
  CLIENT_PID=$!
  sleep "$unmeasured"
  if [[ -n ${ONCE:-} ]]; then # measured from the start the client gives once everyone is ready
    until grep -q "learners ready" "$WORK/client-$learners.log" || ! kill -0 "$CLIENT_PID" 2>/dev/null; do sleep 0.2; done
  fi
  a0=$(cpu_ticks "$APP_PID"); d0=$(cpu_ticks "$DB_PID"); c0=$(cpu_ticks "$CLIENT_PID"); t0=$(date +%s.%N)
  if [[ -n ${ONCE:-} ]]; then # every learner answers one attempt at once: measured until the last one is done
    wait "$CLIENT_PID" || true; CLIENT_PID=
    a1=$(cpu_ticks "$APP_PID"); d1=$(cpu_ticks "$DB_PID"); t1=$(date +%s.%N)
    c1=$(awk -F= -v c0="$c0" -v t0="$t0" -v t1="$t1" '/^client_cpu_cores=/ { printf "%d", c0 + $2 * (t1 - t0) * 100 }' "$WORK/step-$learners.txt")
  else
    sleep $(( MEASURE - 1 ))
    a1=$(cpu_ticks "$APP_PID"); d1=$(cpu_ticks "$DB_PID"); c1=$(cpu_ticks "$CLIENT_PID"); t1=$(date +%s.%N)
    wait "$CLIENT_PID" || true; CLIENT_PID=
  fi
  heap=$("$(dirname "$JAVA")/jcmd" "$APP_PID" GC.run >/dev/null 2>&1; "$(dirname "$JAVA")/jcmd" "$APP_PID" GC.heap_info 2>/dev/null \
    | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo 0)
  get() { grep -E "^$1=" "$WORK/step-$learners.txt" | cut -d= -f2; }
  awk -v l="$learners" -v a="$((a1 - a0))" -v d="$((d1 - d0))" -v c="$((c1 - c0))" -v t0="$t0" -v t1="$t1" -v h="$heap" \
    -v r="$(get answer_p50) $(get answer_p95) $(get answer_p99) $(get next_p50) $(get next_p95) $(get next_p99) $(get answers_per_second) $(get errors) $(get reconnects)" \
    'BEGIN { s = (t1 - t0) * 100; printf "%d %s %.2f %.2f %.2f %.0f\n", l, r, a / s, d / s, c / s, h / 1024 }' | tee -a "$OUT"
  grep -E "^(answer_save|next_question|first_errors|first_reconnect_causes)" "$WORK/step-$learners.txt" | cut -c1-400 | sed 's/^/   /' | tee -a "$OUT"
  cp "$WORK/step-$learners.txt" "$(dirname "$OUT")/curve-step-$learners.txt"
done
log "written to $OUT"
