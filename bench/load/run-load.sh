#!/usr/bin/env bash
# The load client in a process of its own, against an app started separately.
#   bench/load/run-load.sh seed  [--prefix=load] [--learners=2000]   # make bench learners in the app's database (KNS_DB_URL, KNS_DB_PASSWORD)
#   bench/load/run-load.sh run   --url=http://127.0.0.1:8080 --learners=250 [--pace=15-30] [--lesson=20-40] [--seconds=300] [--warmup=60] [--ramp=60] [--acks=…] [--report=…]
#   bench/load/run-load.sh check [--prefix=load] [--acks=target/load/acks.jsonl]   # acknowledged answers vs the database, twice-counts, coverage rebuild
# --pace=0 --lesson=0 removes every pause (saturation). Java options for the client: LOAD_JAVA_OPTS.
set -euo pipefail
source "$(dirname "$0")/common.sh"
command=${1:-}; shift || true
cp=$(classpath)
cd "$ROOT"   # relative paths (--acks, --report) are the repository's
case $command in
  seed|check) exec "$JAVA" -Xmx1g -cp "$cp" vn.kynangso.bench.BenchSeed "$command" "$@" ;;
  run) exec "$JAVA" ${LOAD_JAVA_OPTS:--Xmx1g} -cp "$cp" vn.kynangso.bench.LoadClient "$@" ;;
  *) sed -n '2,6p' "$0"; exit 2 ;;
esac
