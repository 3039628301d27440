#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine's loopback, from Debian's mariadb-server and
# galera-4 (apt-get install -y mariadb-server galera-4 mariadb-backup socat): for trying the app against a
# cluster, not for production (docs/deploy.md).
#   bench/cluster/galera.sh start      bootstrap node 1, join nodes 2 and 3, create the kns database and user
#   bench/cluster/galera.sh status     each node's view: cluster size, state, last committed
#   bench/cluster/galera.sh kill N     kill -9 node N (1–3)
#   bench/cluster/galera.sh rejoin N   start node N again: it catches up (IST, or a full SST by mariadb-backup)
#   bench/cluster/galera.sh stop       stop every node and remove the data
# Node N: SQL on 127.0.0.1:331N, group communication on 451N, IST on 461N, SST on 471N.
# The app: KNS_DB_URL=jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/kns
#          KNS_DB_USER=kns KNS_DB_PASSWORD=kns-galera
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=${GALERA_DIR:-/tmp/kns-galera}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
CLUSTER="gcomm://127.0.0.1:4511,127.0.0.1:4512,127.0.0.1:4513"

conf() {
  local n=$1 dir=$BASE/node$1
  # the settings every node shares are the ones docker-compose.yml mounts (deploy/galera/galera.cnf);
  # what follows is this node's own: paths, loopback ports, a small buffer pool
  cat > "$dir/my.cnf" <<CNF
!include $ROOT/deploy/galera/galera.cnf
[mariadbd]
user=root
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=331$n
bind-address=127.0.0.1
innodb_buffer_pool_size=128M
wsrep_provider=$PROVIDER
wsrep_cluster_address=$CLUSTER
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:451$n
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:451$n;ist.recv_addr=127.0.0.1:461$n;gcache.size=256M"
wsrep_sst_auth=root:
wsrep_sst_receive_address=127.0.0.1:471$n
CNF
}

sql() { # node, statement
  mariadb --no-defaults -uroot -S "$BASE/node$1/mysqld.sock" -N -e "$2"
}

status_of() {
  sql "$1" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
    ('WSREP_CLUSTER_SIZE','WSREP_LOCAL_STATE_COMMENT','WSREP_LAST_COMMITTED','WSREP_READY')
    ORDER BY VARIABLE_NAME" 2>/dev/null | paste -sd' ' || echo "down"
}

wait_synced() { # node, expected cluster size, seconds
  for _ in $(seq 1 "$3"); do
    if [ "$(sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = "Synced" ] &&
       [ "$(sql "$1" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2)" -ge "$2" ]; then
      return 0
    fi
    sleep 1
  done
  echo "node $1 not synced in a cluster of $2 after $3 s"; tail -20 "$BASE/node$1/error.log"; return 1
}

start_node() { # node, extra args
  local n=$1; shift
  mariadbd --defaults-file="$BASE/node$n/my.cnf" "$@" > /dev/null 2>&1 &
  echo $! > "$BASE/node$n/launcher.pid"
}

case "${1:-}" in
  start)
    "$0" stop > /dev/null 2>&1 || true
    for n in 1 2 3; do
      mkdir -p "$BASE/node$n/data"
      conf "$n"
    done
    mariadb-install-db --defaults-file="$BASE/node1/my.cnf" --auth-root-authentication-method=socket \
      > "$BASE/node1/install.log" 2>&1
    started=$(date +%s.%N)
    start_node 1 --wsrep-new-cluster
    wait_synced 1 1 60
    sql 1 "CREATE DATABASE IF NOT EXISTS kns CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER IF NOT EXISTS 'kns'@'127.0.0.1' IDENTIFIED BY 'kns-galera';
           GRANT ALL ON kns.* TO 'kns'@'127.0.0.1';"
    for n in 2 3; do
      start_node "$n" # an empty data folder: the node gets everything by SST (mariadb-backup) from a donor
      wait_synced "$n" "$n" 120
    done
    printf 'Galera: 3 nodes synced in %.1f s (%s)\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$BASE"
    "$0" status ;;
  status)
    for n in 1 2 3; do
      echo "node $n (127.0.0.1:331$n): $(status_of "$n")   [cluster size, last committed, state, ready]"
    done ;;
  kill)
    n=${2:?node}
    pkill -9 -f "defaults-file=$BASE/node$n/my.cnf" || true
    echo "node $n killed" ;;
  rejoin)
    n=${2:?node}
    started=$(date +%s.%N)
    start_node "$n"
    wait_synced "$n" 3 180
    printf 'node %s rejoined and synced in %.1f s\n' "$n" "$(echo "$(date +%s.%N) - $started" | bc)"
    grep -aoE "(IST|SST)[^\n]{0,60}(received|complete|completed)[^\n]{0,40}" "$BASE/node$n/error.log" | tail -2 || true ;;
  stop)
    for n in 3 2 1; do
      if [ -S "$BASE/node$n/mysqld.sock" ]; then
        mariadb-admin --no-defaults -uroot -S "$BASE/node$n/mysqld.sock" shutdown 2>/dev/null || true
      fi
    done
    sleep 2
    pkill -9 -f "defaults-file=$BASE/node" 2>/dev/null || true
    rm -rf "$BASE"
    echo "Galera stopped" ;;
  *)
    sed -n 2,13p "$0"; exit 2 ;;
esac
