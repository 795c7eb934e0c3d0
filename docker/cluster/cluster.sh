#!/usr/bin/env bash
# Headroom as a small cluster on this machine's loopback: three Galera nodes (galera.sh), two
# Headroom servers and HAProxy in front with sticky sessions and health checks.
#   docker/cluster/cluster.sh start|stop|status
# Needs the production build (./mvnw -Pproduction -DskipTests package) and Debian's mariadb-server,
# galera-4 and haproxy. Headroom answers on http://127.0.0.1:8080 (HAProxy); the servers listen
# on 8081 and 8082. Everything lives under ${CLUSTER_DIR:-target/cluster}. docs/scale-out.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CLUSTER_DIR=$(readlink -f "${CLUSTER_DIR:-target/cluster}")
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=$(ls target/headroom/headroom-*.jar 2>/dev/null | head -1 || true)
AOT=target/headroom/headroom.aot
URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/headroom"

server() {  # $1 = name (a|b), $2 = port, then extra arguments
  local name=$1 port=$2; shift 2
  local cache=(); [ -f "$AOT" ] && cache=("-XX:AOTCache=$AOT")
  HEADROOM_SECURITY_SECRETKEY=$(cat "$CLUSTER_DIR/secret.key") \
  SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=headroom_app \
  SPRING_DATASOURCE_PASSWORD=$(cat "$CLUSTER_DIR/app.password") \
  SPRING_FLYWAY_USER=headroom_owner SPRING_FLYWAY_PASSWORD=$(cat "$CLUSTER_DIR/owner.password") \
    "$JAVA" -Xmx1g "${cache[@]}" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
      --headroom.demo-data.enabled=true "$@" > "$CLUSTER_DIR/server-$name.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/server-$name.pid"
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/login" && { echo "server $name on 127.0.0.1:$port"; return 0; }
    kill -0 "$(cat "$CLUSTER_DIR/server-$name.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "server $name did not start; see $CLUSTER_DIR/server-$name.log" >&2; return 1
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
    # One server at a time: the first applies the migrations (and loads the demo practice into an
    # empty database), the second finds nothing left to do. Scheduled reminders run once per
    # cluster already (a lock row in the database, ADR 0016).
    server a 8081
    server b 8082
    sed "s|@DIR@|$CLUSTER_DIR|g" docker/cluster/haproxy.cfg > "$CLUSTER_DIR/haproxy.cfg"
    haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid"
    echo "Headroom on http://127.0.0.1:8080 (HAProxy)"
    ;;
  stop)
    [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
    for name in b a; do
      pid="$CLUSTER_DIR/server-$name.pid"
      if [ -f "$pid" ]; then kill "$(cat "$pid")" 2>/dev/null || true; rm -f "$pid"; fi
    done
    sleep 3
    docker/cluster/galera.sh stop
    ;;
  status)
    docker/cluster/galera.sh status
    for port in 8081 8082 8080; do
      printf '127.0.0.1:%s /login: %s\n' "$port" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)"
    done
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
