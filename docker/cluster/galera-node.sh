#!/bin/bash
# Entry point of a Galera node in docker/cluster/compose.yaml, around the MariaDB image's own.
#   NODE_NAME   this node's name (and host name in the compose network)
#   BOOTSTRAP   "yes" on the node that starts a new cluster: on the very first start (empty data),
#               or after the whole cluster stopped, on the node whose grastate.dat says
#               safe_to_bootstrap: 1 (the last to leave). Never on a node joining a running cluster.
set -euo pipefail
datadir=/var/lib/mysql
args=(--wsrep-node-name="$NODE_NAME" --wsrep-node-address="$NODE_NAME"
      --wsrep-sst-auth="root:${MARIADB_ROOT_PASSWORD}")
if [ "${BOOTSTRAP:-no}" = yes ]; then
  if [ -f "$datadir/grastate.dat" ] && grep -q '^safe_to_bootstrap: 0' "$datadir/grastate.dat"; then
    echo "galera-node: $NODE_NAME was not the last node to leave; bootstrap from the one that was" >&2
    exit 1
  fi
  args+=(--wsrep-new-cluster)
elif [ ! -d "$datadir/mysql" ]; then
  # A joining node gets all its data from the cluster (state transfer): the image must not create
  # a database of its own first.
  mkdir -p "$datadir/mysql"
  chown -R mysql:mysql "$datadir"
fi
exec docker-entrypoint.sh mariadbd "${args[@]}"
