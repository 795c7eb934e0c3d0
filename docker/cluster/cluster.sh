#!/usr/bin/env bash
# Headroom as a small cluster on this machine's loopback: three Galera nodes (galera.sh), two
# Headroom servers and HAProxy in front with sticky sessions and health checks.
#   docker/cluster/cluster.sh start|stop|status
#   docker/cluster/cluster.sh server-stop|server-start a|b     one application server
#   docker/cluster/cluster.sh node-stop|node-start 1|2|3        one Galera node
# Needs the production build (./mvnw -Pproduction -DskipTests package) and Debian's mariadb-server,
# galera-4 and haproxy. Headroom answers on http://127.0.0.1:8080 (HAProxy); the servers listen
# on 8081 and 8082. Everything lives under ${CLUSTER_DIR:-target/cluster}. docs/scale-out.md.
# PRACTICE=demo (default) loads the demo practice on the first start; PRACTICE=synthetic loads a
# synthetic one of THERAPISTS (100) therapists, CLIENTS (2000) clients and YEARS (2) years.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CLUSTER_DIR=$(readlink -f "${CLUSTER_DIR:-target/cluster}")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/headroom/headroom-*.jar 2>/dev/null | head -1 || true)
AOT=target/headroom/headroom.aot
# Every server uses the first node that answers, moves to the next when it fails, and connects
# only to a node that is synced (Galera state 4). A transaction cut off by the failure is run
# again by Headroom itself (ConflictRetry), not replayed by the driver.
URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/headroom?galeraAllowedState=4"

PRACTICE=${PRACTICE:-demo}
HEAP=${HEAP:-1g}

# The settings every run of Headroom here shares: the cluster's address, which fails over from
# node to node in turn, the data-only account, the schema owner and the shared secret key.
# The command that starts Headroom with the cluster's settings: the failover address, the data-only
# account, the schema owner (for the migrate step) and the shared secret key. env replaces itself
# with java, so a server started in the background has its JVM's PID in $!.
headroom_command() {
  local cache=(); [ -f "$AOT" ] && cache=("-XX:AOTCache=$AOT")
  HEADROOM=(env HEADROOM_SECURITY_SECRETKEY="$(cat "$CLUSTER_DIR/secret.key")"
    SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=headroom_app
    SPRING_DATASOURCE_PASSWORD="$(cat "$CLUSTER_DIR/app.password")"
    SPRING_FLYWAY_USER=headroom_owner SPRING_FLYWAY_PASSWORD="$(cat "$CLUSTER_DIR/owner.password")"
    "$JAVA" "${cache[@]}")
}
headroom() { headroom_command; "${HEADROOM[@]}" "$@"; }

# The migrations, once, before any server: Headroom starts, migrates and exits. The servers never
# migrate (Flyway's lock on MariaDB is a named lock, which Galera does not replicate).
migrate() {
  headroom -Dspring.context.exit=onRefresh -jar "$JAR" --server.address=127.0.0.1 --server.port=0 \
    --headroom.demo-data.enabled=false > "$CLUSTER_DIR/migrate.log" 2>&1 \
    || { echo "migrations failed; see $CLUSTER_DIR/migrate.log" >&2; return 1; }
  echo "migrations: $(grep -c 'Migrating schema' "$CLUSTER_DIR/migrate.log" || true) applied"
}

healthy() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health"; }

server() {  # $1 = name (a|b), $2 = port, then extra arguments
  local name=$1 port=$2; shift 2
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "port $port is taken: is server $name still running?" >&2; return 1
  fi
  headroom_command
  "${HEADROOM[@]}" -Xmx"$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
    --spring.flyway.enabled=false --headroom.demo-data.enabled=false "$@" >> "$CLUSTER_DIR/server-$name.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/server-$name.pid"
  for _ in $(seq 1 1200); do
    healthy "$port" && { echo "server $name on 127.0.0.1:$port"; return 0; }
    kill -0 "$(cat "$CLUSTER_DIR/server-$name.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "server $name did not start; see $CLUSTER_DIR/server-$name.log" >&2; return 1
}

port_of() { [ "$1" = a ] && echo 8081 || echo 8082; }

# The practice, loaded by the first server into an empty database (the demo practice), or made
# before any server starts (a synthetic practice: Headroom generates it and exits). A server's
# health says UP only once its start-up work is done, so the second server starts after that.
practice() {
  if [ "$PRACTICE" = synthetic ]; then
    headroom -Xmx"$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port=0 --spring.flyway.enabled=false \
      --headroom.demo-data.enabled=false --headroom.synthetic.generate=true --headroom.synthetic.exit=true \
      --headroom.synthetic.therapists="${THERAPISTS:-100}" --headroom.synthetic.clients="${CLIENTS:-2000}" \
      --headroom.synthetic.years="${YEARS:-2}" > "$CLUSTER_DIR/synthetic.log" 2>&1 \
      || { echo "synthetic practice failed; see $CLUSTER_DIR/synthetic.log" >&2; return 1; }
    grep -o 'Synthetic practice loaded in.*' "$CLUSTER_DIR/synthetic.log" | cut -c1-120 || true
  else
    echo --headroom.demo-data.enabled=true > "$CLUSTER_DIR/first-server.args"
  fi
}

case "${1:-}" in
  start)
    [ -n "$JAR" ] || { echo "No target/headroom: build first (./mvnw -Pproduction -DskipTests package)" >&2; exit 1; }
    docker/cluster/galera.sh start
    if [ ! -f "$CLUSTER_DIR/secret.key" ]; then
      head -c 32 /dev/urandom | base64 > "$CLUSTER_DIR/secret.key"
      head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$CLUSTER_DIR/app.password"
      head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$CLUSTER_DIR/owner.password"
      chmod 600 "$CLUSTER_DIR"/*.key "$CLUSTER_DIR"/*.password
      mariadb --no-defaults --socket="$CLUSTER_DIR/node1/mysqld.sock" -uroot -e "
        CREATE DATABASE IF NOT EXISTS headroom;
        CREATE USER 'headroom_owner'@'127.0.0.1' IDENTIFIED BY '$(cat "$CLUSTER_DIR/owner.password")';
        GRANT ALL PRIVILEGES ON headroom.* TO 'headroom_owner'@'127.0.0.1';
        CREATE USER 'headroom_app'@'127.0.0.1' IDENTIFIED BY '$(cat "$CLUSTER_DIR/app.password")';
        GRANT SELECT, INSERT, UPDATE, DELETE ON headroom.* TO 'headroom_app'@'127.0.0.1';"
    fi
    migrate
    rm -f "$CLUSTER_DIR/first-server.args"
    practice
    # Scheduled reminders run once per cluster (a lock row in the database, ADR 0016).
    # shellcheck disable=SC2046
    server a 8081 $(cat "$CLUSTER_DIR/first-server.args" 2>/dev/null || true)
    server b 8082
    HAPROXY_RUN=$CLUSTER_DIR HAPROXY_BIND=127.0.0.1:8080 SERVER_A=127.0.0.1:8081 SERVER_B=127.0.0.1:8082 \
      haproxy -D -f docker/cluster/haproxy.cfg -p "$CLUSTER_DIR/haproxy.pid"
    echo "Headroom on http://127.0.0.1:8080 (HAProxy)"
    ;;
  stop)
    [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
    for name in b a; do
      pid="$CLUSTER_DIR/server-$name.pid"
      if [ -f "$pid" ]; then
        kill "$(cat "$pid")" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$(cat "$pid")" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$(cat "$pid")" 2>/dev/null || true
        rm -f "$pid"
      fi
    done
    docker/cluster/galera.sh stop
    ;;
  status)
    docker/cluster/galera.sh status
    for port in 8081 8082 8080; do
      printf '127.0.0.1:%s /actuator/health: %s\n' "$port" \
        "$(curl -s --max-time 2 "http://127.0.0.1:$port/actuator/health" || echo none)"
    done
    ;;
  server-stop)  # SIGKILL: the server is gone at once, as if its machine failed.
    pid="$CLUSTER_DIR/server-${2:?a or b}.pid"
    [ -f "$pid" ] && kill -9 "$(cat "$pid")" 2>/dev/null || true
    rm -f "$pid"
    ;;
  server-start)
    server "${2:?a or b}" "$(port_of "$2")"
    ;;
  node-stop|node-start)
    docker/cluster/galera.sh "$1" "${2:?1, 2 or 3}"
    ;;
  *) echo "usage: $0 start|stop|status|server-stop|server-start|node-stop|node-start" >&2; exit 2 ;;
esac
