#!/bin/sh
# Starts a Galera node in the official mariadb image (docker-compose.yml, profile "province"), then
# hands over to the image's own entrypoint. Environment:
#   KNS_GALERA_NODES      every node's host name, comma-separated (galera1,galera2,galera3)
#   KNS_GALERA_FIRST=1    on the node that starts a new cluster when its data folder is empty
#   KNS_GALERA_BOOTSTRAP=1  after the whole cluster was stopped: start a new cluster from this node's
#                         data (the one whose grastate.dat says safe_to_bootstrap: 1), then unset it
#   MARIADB_ROOT_PASSWORD the full copy to a joining node (mariadb-backup) signs in as root
set -eu
set -- "$@" \
  --wsrep-cluster-address="gcomm://${KNS_GALERA_NODES:?}" \
  --wsrep-node-name="$(hostname)" \
  --wsrep-sst-auth="root:${MARIADB_ROOT_PASSWORD:?}"
if [ "${KNS_GALERA_BOOTSTRAP:-0}" = 1 ]; then
  set -- "$@" --wsrep-new-cluster
elif [ "${KNS_GALERA_FIRST:-0}" = 1 ] && [ ! -d /var/lib/mysql/mysql ]; then
  # the very first start: this node's empty folder becomes the cluster (database and user made here)
  set -- "$@" --wsrep-new-cluster
fi
exec docker-entrypoint.sh "$@"
