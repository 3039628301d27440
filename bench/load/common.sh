# Shared by bench/load/*.sh and bench/faults/*.sh: the JDK, the test classpath, a MariaDB of the
# run's own (Debian's mariadb-server, on a loopback port, datadir under /tmp), and the production jar.
# Everything listens on 127.0.0.1 only.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DB_PASSWORD=bench-db-2026

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

# target/test-classes, target/classes and every dependency (test scope included)
classpath() {
  if [[ ! -s $ROOT/target/test-classpath.txt || ! -d $ROOT/target/test-classes/vn/kynangso/bench ]]; then
    (cd "$ROOT" && ./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt) >&2
  fi
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/test-classpath.txt")"
}

# the production jar (built when missing)
app_jar() {
  local jar
  jar=$(ls "$ROOT"/target/kynangso-*.jar 2>/dev/null | grep -v original | head -1)
  if [[ -z $jar ]]; then
    (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package) >&2
    jar=$(ls "$ROOT"/target/kynangso-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# start_mariadb DIR PORT: a fresh server with database kns and user kns; sets DB_PID
start_mariadb() {
  local dir=$1 port=$2
  if ! command -v mariadbd >/dev/null; then
    log "installing mariadb-server (Debian)"; apt-get install -y mariadb-server >/dev/null
  fi
  mkdir -p "$dir"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/data" \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
  mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --log-error="$dir/err.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=512M --max-connections=300 &
  DB_PID=$!
  for _ in $(seq 60); do [[ -S $dir/mysqld.sock ]] && break; sleep 0.5; done
  mariadb --no-defaults -S "$dir/mysqld.sock" -uroot -e "CREATE DATABASE kns CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'kns'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON kns.* TO 'kns'@'127.0.0.1';"
  export KNS_DB_URL="jdbc:mariadb://127.0.0.1:$port/kns" KNS_DB_USER=kns KNS_DB_PASSWORD=$DB_PASSWORD
}

# start_app PORT LOGFILE: the production jar against KNS_DB_URL; sets APP_PID
start_app() {
  local port=$1 logfile=$2
  PORT=$port KNS_CONTENT_DIR=$ROOT/content KNS_PUBLIC_URL=http://127.0.0.1:$port \
    "$JAVA" ${APP_JAVA_OPTS:--Xmx1g} -jar "$(app_jar)" --server.address=127.0.0.1 >>"$logfile" 2>&1 &
  APP_PID=$!
}

# wait_ready PORT SECONDS: until the readiness probe answers UP; returns 1 on time-out
wait_ready() {
  local port=$1 limit=$2 start=$SECONDS
  while (( SECONDS - start < limit )); do
    curl -fs -m 5 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP && return 0
    sleep 0.5
  done
  return 1
}

# cpu_ticks PID: user+system CPU ticks (1/100 s) of a process so far
cpu_ticks() {
  awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
