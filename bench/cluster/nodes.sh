#!/usr/bin/env bash
# Two app nodes behind HAProxy on this machine's loopback, sticky by a cookie, on the Galera cluster
# of galera.sh (start that first) or on KNS_DB_URL. Needs the app's jar (./mvnw -DskipTests package)
# and HAProxy (apt-get install -y haproxy).
#   bench/cluster/nodes.sh start        node A (loads the demo data on a fresh database), then node B, then the balancer
#   bench/cluster/nodes.sh check        sticky sessions, then node A killed: how long until its visitors reach B
#   bench/cluster/nodes.sh start-node a|b   start one node again (after a kill) and wait until it is ready
#   bench/cluster/nodes.sh stop         stop the balancer and both nodes
# NODES_PROFILE=demo (the default) loads the demo; NODES_PROFILE= starts plain nodes (migrations and content).
# HAProxy's runtime API: socat stdio $BASE/haproxy.sock ("disable server app/b", "show stat").
# Balancer 127.0.0.1:8100 (HAProxy's page on 8199); node A on 8101, node B on 8102.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=${NODES_DIR:-/tmp/kns-nodes}
JAR=$(ls "$ROOT"/target/kynangso-*.jar 2>/dev/null | grep -v plain | head -1 || true)
export KNS_DB_URL=${KNS_DB_URL:-jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kns}
export KNS_DB_USER=${KNS_DB_USER:-kns}
export KNS_DB_PASSWORD=${KNS_DB_PASSWORD:-kns-galera}
export KNS_TRUSTED_PROXIES=127.0.0.1
# the JDK 21+ the build uses (./mvnw picks one when the default java is older)
. "$ROOT/.mvn/select-jdk.sh"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

node_port() { [ "$1" = a ] && echo 8101 || echo 8102; }

start_node() { # a|b
  local port; port=$(node_port "$1")
  # the java process itself in the pid file (a list behind & would be a subshell's pid)
  (cd "$ROOT" || exit 1
   SPRING_PROFILES_ACTIVE=${NODES_PROFILE-demo} nohup "$JAVA" -Xmx512m -jar "$JAR" --server.port="$port" \
     >> "$BASE/node-$1.log" 2>&1 < /dev/null &
   echo $! > "$BASE/node-$1.pid")
}

wait_ready() { # port, seconds
  for _ in $(seq 1 "$2"); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" | grep -q 200 && return 0
    sleep 1
  done
  echo "nothing ready on $1 after $2 s"; return 1
}

# the balancer's settings are docker-compose.yml's (deploy/haproxy.cfg); here only the addresses
haproxy_env() {
  export KNS_BALANCER_BIND=127.0.0.1:8100 KNS_STATS_BIND=127.0.0.1:8199 KNS_HAPROXY_SOCKET=$BASE/haproxy.sock
  export KNS_NODE_A=127.0.0.1:8101 KNS_NODE_B=127.0.0.1:8102 KNS_CHECK_PORT_A=8101 KNS_CHECK_PORT_B=8102
}

case "${1:-}" in
  start)
    [ -n "$JAR" ] || { echo "no jar: ./mvnw -DskipTests package"; exit 1; }
    mkdir -p "$BASE"
    started=$(date +%s)
    start_node a
    wait_ready 8101 240
    # the demo's data and season are loaded before node A answers ready; B then finds them there
    start_node b
    wait_ready 8102 240
    haproxy_env
    haproxy -f "$ROOT/deploy/haproxy.cfg" -D -p "$BASE/haproxy.pid" > "$BASE/haproxy.log" 2>&1 < /dev/null
    wait_ready 8100 30
    echo "two nodes and the balancer up in $(( $(date +%s) - started )) s: http://127.0.0.1:8100" ;;
  start-node)
    n=${2:?a or b}
    start_node "$n"
    wait_ready "$(node_port "$n")" 240 ;;
  check)
    jar_a=$BASE/cookies-1; jar_b=$BASE/cookies-2; rm -f "$jar_a" "$jar_b"
    curl -s -o /dev/null -c "$jar_a" -b "$jar_a" http://127.0.0.1:8100/login
    curl -s -o /dev/null -c "$jar_b" -b "$jar_b" http://127.0.0.1:8100/login
    first=$(grep -o 'KNSNODE.*' "$jar_a" | awk '{print $2}'); second=$(grep -o 'KNSNODE.*' "$jar_b" | awk '{print $2}')
    echo "two visitors placed on nodes: $first and $second"
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -c "$jar_a" -b "$jar_a" http://127.0.0.1:8100/login; done
    echo "the first visitor, five requests later, still on: $(grep -o 'KNSNODE.*' "$jar_a" | awk '{print $2}')"
    victim=$first
    kill -9 "$(cat "$BASE/node-$victim.pid")"
    t0=$(date +%s%N); errors=0
    while :; do
      code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' -c "$jar_a" -b "$jar_a" http://127.0.0.1:8100/login || true)
      [ "$code" = 200 ] && break
      errors=$((errors + 1)); sleep 0.1
    done
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    echo "node $victim killed: its visitor answered again after $ms ms ($errors failed tries), now on node $(grep -o 'KNSNODE.*' "$jar_a" | awk '{print $2}')"
    echo "(the open screens of node $victim are gone: its visitors sign in again; answers given are in the database)" ;;
  stop)
    [ -f "$BASE/haproxy.pid" ] && kill "$(cat "$BASE/haproxy.pid")" 2>/dev/null || true
    for n in a b; do [ -f "$BASE/node-$n.pid" ] && kill "$(cat "$BASE/node-$n.pid")" 2>/dev/null || true; done
    sleep 3
    pkill -f "kynangso-.*jar --server.port=810" 2>/dev/null || true
    rm -rf "$BASE"
    echo "nodes and balancer stopped" ;;
  *)
    sed -n 2,12p "$0"; exit 2 ;;
esac
