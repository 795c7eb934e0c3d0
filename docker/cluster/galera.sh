#!/usr/bin/env bash
# Three MariaDB Galera nodes on loopback ports, from Debian's mariadb-server and galera-4 packages.
#   docker/cluster/galera.sh start|stop|status   (data under ${CLUSTER_DIR:-target/cluster})
#   docker/cluster/galera.sh node-stop N | node-start N   (one node leaves and rejoins)
# Node N (1..3): SQL port 3310+N, Galera replication 4560+N*10, state transfer 4561+N*10,
# incremental transfer 4562+N*10. Node 1 bootstraps the cluster; 2 and 3 join it by rsync.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=$(readlink -f "${CLUSTER_DIR:-target/cluster}")
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
NODES=${NODES:-3}
mkdir -p "$DIR"
# The servers run as the mysql user when started by root: the rsync daemon of a state transfer
# drops root for nobody, who could not read a root-owned data folder.
RUN_AS=$(id -un); [ "$RUN_AS" = root ] && RUN_AS=mysql

gcomm() { local a=""; for n in $(seq 1 "$NODES"); do a="$a${a:+,}127.0.0.1:$((4560 + n * 10))"; done; echo "gcomm://$a"; }

start_node() {  # $1 = node, $2 = "new" to bootstrap
  local n=$1 d="$DIR/node$1"
  mkdir -p "$d"
  [ "$RUN_AS" = "$(id -un)" ] || chown "$RUN_AS": "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$d/data" --user="$RUN_AS" --auth-root-authentication-method=normal \
      > "$d/install.log" 2>&1
  fi
  local cluster; cluster=$(gcomm); [ "${2:-}" = new ] && cluster="gcomm://"
  mariadbd --no-defaults --datadir="$d/data" --port=$((3310 + n)) --socket="$d/mysqld.sock" \
    --bind-address=127.0.0.1 --user="$RUN_AS" --pid-file="$d/mysqld.pid" --log-error="$d/error.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --log-bin-trust-function-creators=1 \
    --wsrep-on=ON --wsrep-provider="$PROVIDER" --wsrep-cluster-name=headroom \
    --wsrep-cluster-address="$cluster" --wsrep-node-name="node$n" \
    --wsrep-node-address="127.0.0.1:$((4560 + n * 10))" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((4560 + n * 10));ist.recv_addr=127.0.0.1:$((4562 + n * 10))" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$((4561 + n * 10))" &
  for _ in $(seq 1 120); do
    if mariadb --no-defaults --socket="$d/mysqld.sock" -uroot -N -e "show status like 'wsrep_ready'" 2>/dev/null | grep -q ON; then
      echo "node$n ready on 127.0.0.1:$((3310 + n))"; return 0
    fi
    sleep 0.5
  done
  echo "node$n did not become ready; see $d/error.log" >&2; return 1
}

stop_node() {  # $1 = node; a clean shutdown
  local pid="$DIR/node$1/mysqld.pid"
  if [ -f "$pid" ]; then kill "$(cat "$pid")" 2>/dev/null || true; fi
  for _ in $(seq 1 120); do [ -f "$pid" ] || break; sleep 0.5; done
  echo "node$1 stopped"
}

case "${1:-}" in
  start)
    start_node 1 new
    for n in $(seq 2 "$NODES"); do start_node "$n"; done
    ;;
  stop)
    # One after the other, node 1 last: the last node to leave is the one safe to start the
    # cluster again from (grastate.dat), and start bootstraps node 1.
    for n in $(seq "$NODES" -1 1); do stop_node "$n"; done
    echo stopped
    ;;
  node-stop)
    stop_node "${2:?node number}"
    ;;
  node-start)
    start_node "${2:?node number}"
    ;;
  status)
    for n in $(seq 1 "$NODES"); do
      printf 'node%s: ' "$n"
      mariadb --no-defaults --socket="$DIR/node$n/mysqld.sock" -uroot -N \
        -e "select variable_value from information_schema.global_status where variable_name in ('wsrep_cluster_size','wsrep_local_state_comment') order by variable_name" \
        2>/dev/null | tr '\n' ' ' || printf 'down'
      echo
    done
    ;;
  *) echo "usage: $0 start|stop|status|node-stop N|node-start N" >&2; exit 2 ;;
esac
