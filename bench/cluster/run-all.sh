#!/usr/bin/env bash
# Several servers on this machine, proven in one run (14 min on a quiet 2-core machine): a three-node Galera cluster, two app
# nodes behind HAProxy, the load client's bench learners, then
#   1. stickiness: the balancer's cookie kept per learner, both nodes serving, no session lost
#   2. one node against two behind the balancer (a realistic pace, then a fast one): answer p50/p95
#   3. a single MariaDB against Galera under the same load on one app node (the cost of certification)
#   4. kill -9 of an app node mid-quiz: time until its learners answer again; 0 answers lost or twice
#   5. kill -9 of the database node the app writes through; it rejoins (IST/SST); where writes go then;
#      certification failures and brute-force aborts on every node; 0 answers lost or twice
#   6. a mariadb-backup of one Galera node under load, prepared, restored into a single mariadbd and
#      checked (every answer acknowledged before the backup is in it; nothing twice)
#   7. a course correction published through Galera node 3: how soon app node B's course page shows it
# then stops everything (also on failure or Ctrl-C) and prints the figures. Exit 0 only if every check holds.
#   bench/cluster/run-all.sh                 # KEEP_WORK=1 keeps the logs and figures (under /tmp/kns-cluster-run.*)
# Needs: apt-get install -y mariadb-server galera-4 mariadb-backup socat haproxy; the jar and the test
# classes (built when missing). Ports: Galera 3311–3313, app nodes 8101/8102, balancer 8100 (stats 8199),
# a single MariaDB 3318 with an app on 8103, the restored backup on 3320. Everything on 127.0.0.1.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../load/common.sh"
export GALERA_DIR=/tmp/kns-galera NODES_DIR=/tmp/kns-nodes
LB=http://127.0.0.1:8100
PREFIX=cl
LEARNERS_REAL=${LEARNERS_REAL:-200}   # a realistic pace: 15–30 s a question, 20–40 s a lesson page
LEARNERS_FAST=${LEARNERS_FAST:-120}   # a fast pace: 2–4 s a question and a lesson page
MEASURED=${MEASURED:-35}              # measured seconds of each comparison run
# the app nodes' pooled connections live 40 s (production: 5 min), so that after a database node
# comes back the pool's move back onto it happens within the run
export SPRING_DATASOURCE_HIKARI_MAXLIFETIME=${DB_MAX_LIFETIME_MS:-40000}
WORK=$(mktemp -d /tmp/kns-cluster-run.XXXXXX)
ACKS=$WORK/acks.jsonl                 # every acknowledged answer on the cluster, all phases
SUMMARY=$WORK/summary.txt
CLIENT_PID= RESTORED_PID=
failures=()
started=$SECONDS

cleanup() {
  set +e
  [[ -n $CLIENT_PID ]] && kill "$CLIENT_PID" 2>/dev/null && wait "$CLIENT_PID" 2>/dev/null
  [[ -s $WORK/single-app.pid ]] && kill -9 "$(cat "$WORK/single-app.pid")" 2>/dev/null
  [[ -s $WORK/single-db.pid ]] && kill "$(cat "$WORK/single-db.pid")" 2>/dev/null
  [[ -n $RESTORED_PID ]] && kill "$RESTORED_PID" 2>/dev/null && wait "$RESTORED_PID" 2>/dev/null
  "$HERE/nodes.sh" stop >/dev/null 2>&1
  "$HERE/galera.sh" stop >/dev/null 2>&1
  [[ -n ${KEEP_WORK:-} ]] && log "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { log "$*"; echo "$*" >>"$SUMMARY"; }
check() { # condition-as-text, then the test
  local what=$1; shift
  if "$@"; then say "  CHECK ok: $what"; else say "  CHECK FAILED: $what"; failures+=("$what"); fi
}
fig() { grep -m1 "^$2=" "$WORK/$1.txt" 2>/dev/null | cut -d= -f2 || echo "?"; }
line() { grep -m1 "^$2" "$WORK/$1.txt" 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo "?"; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "?" && a + 0 <= b + 0) }'; }
eq() { [[ $1 == "$2" ]]; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "?" && a + 0 > b + 0) }'; }
now_ms() { date +%s%3N; }

hap() { echo "$*" | socat stdio "unix-connect:$NODES_DIR/haproxy.sock"; }
# each app node in the balancer: sessions so far, requests redispatched, state
balancer() { hap "show stat" | awk -F, '$1 == "app" && ($2 == "a" || $2 == "b") { printf "%s: %s sessions, %s redispatched, %s; ", $2, $8, $17, $18 }'; }
sessions() { hap "show stat" | awk -F, -v s="$1" '$1 == "app" && $2 == s { print $8 }'; }

gsql() { mariadb --no-defaults -uroot -S "$GALERA_DIR/node$1/mysqld.sock" -N -e "$2" 2>/dev/null; }
# per Galera node: certification failures, brute-force aborts, write-sets it sent (writes made through it), app connections
wsrep() {
  for n in 1 2 3; do
    local v
    v=$(gsql "$n" "SELECT GROUP_CONCAT(CONCAT(LOWER(SUBSTRING(VARIABLE_NAME, 7)), '=', VARIABLE_VALUE) ORDER BY VARIABLE_NAME SEPARATOR ' ')
        FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
        ('WSREP_LOCAL_CERT_FAILURES', 'WSREP_LOCAL_BF_ABORTS', 'WSREP_REPLICATED', 'WSREP_LAST_COMMITTED');
        SELECT CONCAT('app_connections=', COUNT(*)) FROM information_schema.PROCESSLIST WHERE USER = 'kns'" | paste -sd' ')
    echo "node$n: ${v:-down}"
  done
}
replicated() { local v; v=$(gsql "$1" "SHOW STATUS LIKE 'wsrep_replicated'" | cut -f2 || true); echo "${v:-0}"; }

# load NAME URL LEARNERS PACE LESSON RAMP WARMUP MEASURED: the load client, in the foreground
load() {
  "$JAVA" -Xmx512m -cp "$CP" vn.kynangso.bench.LoadClient --url="$2" --prefix=$PREFIX --learners="$3" \
    --pace="$4" --lesson="$5" --ramp="$6" --warmup="$7" --seconds=$(( $7 + $8 )) \
    --acks="${ACKFILE:-$ACKS}" --report="$WORK/$1.txt" >"$WORK/$1.log" 2>&1
}
# load_bg …: the same in the background (CLIENT_PID)
load_bg() { load "$@" & CLIENT_PID=$!; }
wait_client() { wait "$CLIENT_PID" || true; CLIENT_PID=; }
figures() { # NAME: one line of what the load client measured
  say "  $1: answer p50 $(fig "$1" answer_p50) / p95 $(fig "$1" answer_p95) ms, next question p95 $(fig "$1" next_p95) ms, $(fig "$1" answers_per_second) answers/s, errors $(fig "$1" errors), reconnects $(fig "$1" reconnects) (screens lost $(fig "$1" sessions_lost))"
}
timeline() { # NAME EPOCH_MS: acknowledged answers around a fault
  "$JAVA" -cp "$CP" vn.kynangso.bench.AckTimeline --acks="$ACKS" --at="$2" --name="$1" | paste -sd' '
}
bench_check() { # NAME [acks file]: BenchSeed check on KNS_DB_URL; its figures in WORK/NAME.txt
  local status=0
  "$JAVA" -Xmx768m -cp "$CP" vn.kynangso.bench.BenchSeed check --prefix=$PREFIX --acks="${2:-$ACKS}" 2>&1 |
    grep -E '^[a-z_]+=|RESULT' >"$WORK/$1.txt" || status=1
  say "  $1: $(grep -E '^(acknowledged|in_database|lost|answered_twice|attempts_handed_in|grade_not_sum_of_answers|rebuild_differences)=' "$WORK/$1.txt" | paste -sd' ')"
  grep -q "RESULT: OK" "$WORK/$1.txt"
}
# a single MariaDB with one app node (8103) and the learners
prepare_single() {
  start_mariadb "$WORK/single" 3318
  echo "$DB_PID" >"$WORK/single-db.pid"
  APP_JAVA_OPTS=-Xmx512m start_app 8103 "$WORK/single-app.log"
  echo "$APP_PID" >"$WORK/single-app.pid"
  wait_ready 8103 600 || { echo "single app not ready"; return 1; }
  "$JAVA" -Xmx768m -cp "$CP" vn.kynangso.bench.BenchSeed seed --prefix=$PREFIX --learners="$LEARNERS_FAST" 2>&1 | grep learners
}
galera_db() {
  export KNS_DB_URL=jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kns KNS_DB_USER=kns KNS_DB_PASSWORD=kns-galera
}

for tool in mariadbd galera_recovery mariadb-backup socat haproxy; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y mariadb-server galera-4 mariadb-backup socat haproxy"; exit 1; }
done
for port in 3311 3312 3313 3318 3320 8100 8101 8102 8103 8199; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use"; exit 1; fi
done
CP=$(classpath); JAR=$(app_jar)
say "=== several servers on one machine: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- set-up ---------------------------------------------------------------------------------------
"$HERE/galera.sh" start >"$WORK/galera-start.log" 2>&1 || { cat "$WORK/galera-start.log"; exit 1; }
say "Galera: $(grep -o 'synced in [0-9.]* s' "$WORK/galera-start.log") (3 nodes)"
galera_db
t=$SECONDS
NODES_PROFILE= "$HERE/nodes.sh" start >"$WORK/nodes-start.log" 2>&1 &
nodes_pid=$!
wait_ready 8101 300 || { log "node A not ready"; tail -30 "$NODES_DIR/node-a.log"; exit 1; }
say "node A ready after $(( SECONDS - t )) s (migrations, content)"
# the learners while node B starts
"$JAVA" -Xmx768m -cp "$CP" vn.kynangso.bench.BenchSeed seed --prefix=$PREFIX --learners="$LEARNERS_REAL" --newcomer=${PREFIX}new 2>&1 |
  grep -E 'learners' | tail -1 >"$WORK/seed.txt" || true
wait "$nodes_pid" || { cat "$WORK/nodes-start.log"; tail -30 "$NODES_DIR/node-b.log"; exit 1; }
say "$(tail -1 "$WORK/nodes-start.log"); bench learners: $(cat "$WORK/seed.txt")"

# --- 1 and 2: stickiness, one node against two ------------------------------------------------------
say "--- 1-2. one app node against two, through the balancer (Galera behind both)"
a_cookie=$(curl -s -o /dev/null -D - "$LB/login" | grep -o 'KNSNODE=[ab]' || true)
b_cookie=$(curl -s -o /dev/null -D - "$LB/login" | grep -o 'KNSNODE=[ab]' || true)
say "  two visitors placed by the balancer: $a_cookie, $b_cookie"
check "the balancer places visitors on both nodes with its cookie" eq "$( (echo "$a_cookie"; echo "$b_cookie") | sort -u | wc -l)" 2
# both JVMs warmed first (unmeasured), or the first run would measure the JIT compiler at work
load warm-up $LB "$LEARNERS_FAST" 2-4 2-4 12 0 30
say "  warm-up through the balancer: $(fig warm-up acknowledged_total) answers in 30 s (not measured)"
a0=$(sessions a); b0=$(sessions b)
load two-real $LB "$LEARNERS_REAL" 15-30 20-40 25 35 "$MEASURED"
figures two-real
a1=$(sessions a); b1=$(sessions b)
say "  balancer: node A $(( a1 - a0 )) sessions, node B $(( b1 - b0 )) during the run; $(balancer)"
check "both nodes served learners" gt "$(( (a1 - a0) * (b1 - b0) ))" 0
check "sticky: no learner lost its screen with two nodes (0 errors, 0 screens lost)" eq "$(fig two-real errors)/$(fig two-real sessions_lost)" 0/0
check "two nodes, realistic pace: answer p95 <= 250 ms" le "$(fig two-real answer_p95)" 250
hap "disable server app/b" >/dev/null
load one-real $LB "$LEARNERS_REAL" 15-30 20-40 25 35 "$MEASURED"
figures one-real
check "one node, realistic pace: answer p95 <= 250 ms" le "$(fig one-real answer_p95)" 250
load one-fast $LB "$LEARNERS_FAST" 2-4 2-4 12 20 "$MEASURED"
figures one-fast
hap "enable server app/b" >/dev/null
sleep 3
load two-fast $LB "$LEARNERS_FAST" 2-4 2-4 12 20 "$MEASURED"
figures two-fast
check "sticky at a fast pace too (0 errors, 0 screens lost)" eq "$(fig two-fast errors)/$(fig two-fast sessions_lost)" 0/0
say "  Galera counters after phase 2: $(wsrep | paste -sd';')"

# --- 4: an app node killed mid-quiz -------------------------------------------------------------------
say "--- 4. kill -9 of app node A mid-quiz, through the balancer"
load_bg kill-app $LB "$LEARNERS_FAST" 2-4 2-4 12 27 48   # measured from 3 s before the kill
sleep 30
kill_at=$(now_ms)
kill -9 "$(cat "$NODES_DIR/node-a.pid")"
t=$SECONDS
log "node A killed; started again at once (as a service manager would)"
NODES_PROFILE= "$HERE/nodes.sh" start-node a >"$WORK/node-a-restart.log" 2>&1 &
restart_pid=$!
wait "$restart_pid" && say "  node A ready again $(( SECONDS - t )) s after the kill" || say "  node A did not start again"
wait_client
figures kill-app
say "  reconnect_time (kill to the quiz on screen again, per learner): $(line kill-app reconnect_time)"
say "  $(timeline appkill "$kill_at")"
say "  balancer: $(balancer)"
lost_screens=$(fig kill-app sessions_lost)
after_kill=$(grep -o 'appkill_acknowledged_after=[0-9]*' "$SUMMARY" | cut -d= -f2 || true)
check "learners of the killed node lost their screens (screens lost > 0)" gt "$lost_screens" 0
check "learners answered after the kill" gt "${after_kill:-0}" 0
check "app kill: 0 acknowledged answers lost, none twice" bench_check check-after-app-kill

# --- 5: the database node the app writes through, killed ---------------------------------------------
say "--- 5. kill -9 of Galera node 1 (first in the sequential URL) under load"
say "  before: $(wsrep | paste -sd';')"
load_bg kill-db $LB "$LEARNERS_FAST" 2-4 2-4 12 27 97
sleep 30
kill_at=$(now_ms)
"$HERE/galera.sh" kill 1 >/dev/null
t=$SECONDS
sleep 20
say "  20 s after the kill: $(wsrep | paste -sd';')"
"$HERE/galera.sh" rejoin 1 >"$WORK/rejoin.log" 2>&1 || true
say "  node 1: $(head -1 "$WORK/rejoin.log") ($(( SECONDS - t )) s after the kill); $(grep -aoE 'IST received[^,]*|SST[^.]*complete[^.]*|Receiving IST[^.]*' "$GALERA_DIR/node1/error.log" | tail -1)"
# a backup of node 3 while the learners answer (phase 6)
backup_start=$(date -u +%s)
t=$SECONDS
mariadb-backup --no-defaults --backup --galera-info --user=root --socket="$GALERA_DIR/node3/mysqld.sock" \
  --datadir="$GALERA_DIR/node3/data" --target-dir="$WORK/backup" >"$WORK/backup.log" 2>&1 || { tail -20 "$WORK/backup.log"; failures+=("backup"); }
backup_seconds=$(( SECONDS - t ))
# where the writes go once node 1 is back: the pool's connections retire (40 s here) and new ones go to node 1
for step in 1 2 3; do
  r1=$(replicated 1); r2=$(replicated 2); r3=$(replicated 3)
  sleep 10
  say "  after the rejoin, ${step}×10 s: write-sets sent by node1 +$(( $(replicated 1) - r1 )), node2 +$(( $(replicated 2) - r2 )), node3 +$(( $(replicated 3) - r3 )); $(wsrep | grep -o 'node[0-9].*app_connections=[0-9]*' | sed -E 's/:.*app_connections=/ connections /' | paste -sd',')"
done
wait_client
figures kill-db
say "  reconnect_time: $(line kill-db reconnect_time); first errors: $(line kill-db first_errors); first reconnect causes: $(line kill-db first_reconnect_causes | cut -c1-300)"
say "  $(timeline dbkill "$kill_at")"
say "  after: $(wsrep | paste -sd';')"
conflicts=$(grep -ciE 'deadlock|certification|wsrep|WSREP has not yet prepared' "$NODES_DIR"/node-*.log || true)
say "  app logs: lines naming a deadlock, certification or wsrep: $(echo "$conflicts" | paste -sd' ')"
grep -hiE 'deadlock|certification|wsrep' "$NODES_DIR"/node-*.log | cut -c1-240 | sort | uniq -c | sort -rn | head -5 >>"$SUMMARY" || true
applog() { cat "$NODES_DIR"/node-*.log | grep -c "$1" || true; }
say "  app logs: the driver's failover (\"Driver has reconnect connection\") $(applog 'Driver has reconnect connection'), of them during a COMMIT $(applog 'during a COMMIT'); database-fault notice or page $(applog 'request failed, database'); Vaadin's internal error page $(applog 'InternalServerError')"
check "database node killed: 0 acknowledged answers lost, none twice" bench_check check-after-db-kill
check "node 1 rejoined and synced" grep -q "rejoined and synced" "$WORK/rejoin.log"

# --- 7: content published through one node, seen on another ---------------------------------------------
say "--- 7. a course correction published by the app's code through Galera node 3, seen on app node B's course page"
text="probe-$(date +%s)"
"$JAVA" -cp "$CP" vn.kynangso.bench.ContentProbe --url=http://127.0.0.1:8102 --user=${PREFIX}new --text="$text" \
  --seconds=150 >"$WORK/probe.txt" 2>&1 &
probe_pid=$!
for _ in $(seq 120); do grep -q ready "$WORK/probe.txt" && break; sleep 0.5; done
KNS_DB_URL=jdbc:mariadb://127.0.0.1:3313/kns "$JAVA" -Xmx768m -cp "$CP" vn.kynangso.bench.BenchSeed publish --text="$text" \
  2>&1 | grep -E '^published_' >"$WORK/publish.txt" || true
wait "$probe_pid" || true
published=$(grep -o 'published_at_ms=[0-9]*' "$WORK/publish.txt" | cut -d= -f2 || true)
seen=$(grep -o 'seen_at_ms=[0-9]*' "$WORK/probe.txt" | cut -d= -f2 || true)
if [[ -n $published && -n $seen ]]; then
  say "  revision $(grep -o 'revision=[0-9]*' "$WORK/publish.txt" | cut -d= -f2) committed; on node B's page $(( seen - published )) ms later (page polled every 100 ms + one round trip)"
fi
check "the correction published through database node 3 is seen on app node B" test -n "$seen"

# --- 6: the backup, prepared and restored into a single server ------------------------------------------
say "--- 6. mariadb-backup of Galera node 3 under load, restored into a single mariadbd"
say "  backup: ${backup_seconds} s, $(du -sm "$WORK/backup" | cut -f1) MB, Galera position $(cat "$WORK/backup/xtrabackup_galera_info" 2>/dev/null || cat "$WORK/backup/mariadb_backup_galera_info" 2>/dev/null)"
t=$SECONDS
mariadb-backup --no-defaults --prepare --target-dir="$WORK/backup" >"$WORK/prepare.log" 2>&1 || { tail -20 "$WORK/prepare.log"; failures+=("prepare"); }
prepare_seconds=$(( SECONDS - t ))
t=$SECONDS
mkdir -p "$WORK/restored/data"
mariadb-backup --no-defaults --copy-back --target-dir="$WORK/backup" --datadir="$WORK/restored/data" >"$WORK/restore.log" 2>&1 || { tail -20 "$WORK/restore.log"; failures+=("copy-back"); }
mariadbd --no-defaults --user="$(id -un)" --datadir="$WORK/restored/data" --port=3320 --bind-address=127.0.0.1 \
  --socket="$WORK/restored/mysqld.sock" --pid-file="$WORK/restored/mysqld.pid" --log-error="$WORK/restored/err.log" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >/dev/null 2>&1 &
RESTORED_PID=$!
for _ in $(seq 120); do mariadb --no-defaults -uroot -S "$WORK/restored/mysqld.sock" -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
say "  prepare ${prepare_seconds} s; copy back and start $(( SECONDS - t )) s"
rsql() { mariadb --no-defaults -uroot -S "$WORK/restored/mysqld.sock" -N kns -e "$1"; }
say "  restored: $(rsql "SELECT CONCAT(COUNT(*), ' answers') FROM attempt_answer"), $(rsql "SELECT CONCAT(COUNT(*), ' attempts') FROM quiz_attempt"), answers without their attempt: $(rsql "SELECT COUNT(*) FROM attempt_answer aa LEFT JOIN quiz_attempt qa ON qa.id = aa.attempt_id WHERE qa.id IS NULL")"
# the answers acknowledged before the backup began must all be in it
cutoff=$(date -u -d "@$(( backup_start - 1 ))" +%Y-%m-%dT%H:%M:%S)
awk -v c="$cutoff" '{ if (match($0, /"verdictAt":"[^"]*"/)) { v = substr($0, RSTART + 13, 19); if (v < c) print } }' "$ACKS" >"$WORK/acks-before-backup.jsonl"
KNS_DB_URL=jdbc:mariadb://127.0.0.1:3320/kns check "the restored backup holds every answer acknowledged before it began; nothing twice" \
  bench_check check-restored "$WORK/acks-before-backup.jsonl"
kill "$RESTORED_PID"; wait "$RESTORED_PID" 2>/dev/null || true; RESTORED_PID=

# --- 3: a single MariaDB against Galera --------------------------------------------------------------------
say "--- 3. one app node on a single MariaDB (no Galera) under the fast load (the cluster stopped)"
"$HERE/nodes.sh" stop >/dev/null 2>&1 || true
"$HERE/galera.sh" stop >/dev/null 2>&1 || true
t=$SECONDS
prepare_single >"$WORK/single-prepare.log" 2>&1 || { cat "$WORK/single-prepare.log"; tail -30 "$WORK/single-app.log"; exit 1; }
say "  single MariaDB, its app node and the learners ready in $(( SECONDS - t )) s: $(tail -1 "$WORK/single-prepare.log")"
# a longer warm-up: this node is new, node A had served every run before its one-node figures
ACKFILE=$WORK/acks-single.jsonl load single-fast http://127.0.0.1:8103 "$LEARNERS_FAST" 2-4 2-4 12 50 "$MEASURED"
figures single-fast
say "  (Galera, the same load on one node: one-fast above)"

# --- summary ------------------------------------------------------------------------------------------------
echo
echo "================ figures ($(( SECONDS - started )) s in all; $(nproc) cores, everything on one machine) ================"
cat "$SUMMARY"
if (( ${#failures[@]} )); then
  echo "FAILED: ${failures[*]}"
  exit 1
fi
echo "ALL CHECKS HELD"
