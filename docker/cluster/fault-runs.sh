#!/usr/bin/env bash
# The cluster's measurements of docs/scale-out.md, in one command (about 25 minutes):
#   docker/cluster/fault-runs.sh
# Starts the cluster (cluster.sh, a synthetic practice of THERAPISTS therapists) unless it runs, then
# runs the therapist journey (src/load/java) through HAProxy:
#   1. with two servers, then with one (server b out of HAProxy's rotation): throughput and p95;
#   2. server b killed (SIGKILL) under load: the other serves, b's therapists sign in again;
#   3. Galera node 1 (the first of the servers' failover address) killed under load, restarted;
#   4. the whole database cluster stopped and started under light load, the servers left running;
#   5. the scheduling lock raced for by two servers on two nodes (SchedulingLockOnGaleraTest), and a
#      real certification conflict recognised as one to retry (CertificationConflictOnGaleraTest).
# After each run it counts the writes the simulation saw acknowledged (diary saves, signed notes)
# and the same writes in the database (the audit lines written in their transactions) and checks
# that none is missing. Results: target/cluster/results.md. Settings: LOAD=100 (therapists),
# LIGHT=10, RAMP=30, HOLD=150, FAULT_AT=60 (seconds into the run), RUNS="servers server node
# database lock" (which of the runs above, in that order).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export CLUSTER_DIR=$(readlink -f "${CLUSTER_DIR:-target/cluster}")
LOAD=${LOAD:-100}
LIGHT=${LIGHT:-10}
RAMP=${RAMP:-30}
HOLD=${HOLD:-150}
FAULT_AT=${FAULT_AT:-60}
RUNS=${RUNS:-servers server node database lock}
runs() { [[ " $RUNS " == *" $1 "* ]]; }
export PRACTICE=synthetic THERAPISTS=${THERAPISTS:-$LOAD}
results=$CLUSTER_DIR/results.md
cluster=docker/cluster/cluster.sh

sql() {  # a query on node 2 (any node holds every committed row)
  mariadb --no-defaults --socket="$CLUSTER_DIR/node2/mysqld.sock" -uroot -N -B headroom -e "$1"
}
haproxy_cmd() { echo "$1" | socat stdio "unix-connect:$CLUSTER_DIR/haproxy.sock"; }
now_utc() { date -u '+%F %T.%3N'; }

if ! curl -sf -o /dev/null --max-time 2 http://127.0.0.1:8080/actuator/health; then
  $cluster start
fi
./mvnw -q -Pload test-compile

# $1 = label, $2 = therapists; the rest are Gatling settings. Runs in the background: sets $sim.
journey() {
  local label=$1 n=$2; shift 2
  ./mvnw -q -Pload -Dspotless.check.skip gatling:test -DbaseUrl=http://127.0.0.1:8080 -Daccounts="$THERAPISTS" \
    -Dload.description="$label" -Dtherapists="$n" -DrampSeconds="$RAMP" -DholdSeconds="$HOLD" \
    -DclientsPerSignIn=2 "$@" > "$CLUSTER_DIR/$label.log" 2>&1 &
  sim=$!
}
# Waits until the run is $1 seconds in (Gatling's 5-second lines).
at_second() {
  local label=$1 second=$2
  until grep -q "[[:space:]]${second}s elapsed" "$CLUSTER_DIR/$label.log" 2>/dev/null; do sleep 1; done
}
# Starts the run $1 with $2 therapists and returns at its fault: sets $since and $fault (epoch s).
until_fault() {
  since=$(now_utc); journey "$1" "$2"
  at_second "$1" "$FAULT_AT"; fault=$(date +%s)
}
# Writes made in the database since $1: diary lines saved and notes signed.
written_since() {
  sql "select sum(record_type = 'DIARY' and action in ('CREATE', 'UPDATE') and detail is null),
              sum(record_type = 'NOTE' and action = 'SIGN')
       from audit_event where occurred_at >= '$1'" | tr '\t' ' '
}
# One row of the results: the Gatling figures, the acknowledged writes against the database's.
row() {  # $1 = label, $2 = run start (UTC), $3 = fault (epoch seconds) or ""
  local label=$1 since=$2 fault=${3:-}
  wait "$sim" || true
  local report; report=$(ls -td target/gatling/therapistjourneysimulation-* | head -1)
  local figures; figures=$(python3 docker/cluster/fault-summary.py "$report" "$CLUSTER_DIR/$label.log" $fault)
  sleep 2
  read -r diary notes <<< "$(written_since "$since")"
  local acked_diary acked_notes
  acked_diary=$(sed 's/.*diary_saves_acknowledged=\([0-9]*\).*/\1/' <<< "$figures")
  acked_notes=$(sed 's/.*notes_signed_acknowledged=\([0-9]*\).*/\1/' <<< "$figures")
  local lost=$(( (acked_diary > diary ? acked_diary - diary : 0) + (acked_notes > notes ? acked_notes - notes : 0) ))
  echo "| $label | $figures | database: diary=$diary notes=$notes | lost=$lost |" | tee -a "$results"
}

{
  echo "# Cluster runs, $(date -u '+%F %H:%M') UTC"
  echo
  echo "$(nproc) cores and $(free -g | awk '/Mem/ { print $2 }') GB shared by three Galera nodes, two servers (-Xmx${HEAP:-1g}), HAProxy and Gatling."
  echo "Synthetic practice: $THERAPISTS therapists. Ramp $RAMP s, then $HOLD s; faults at $FAULT_AT s."
  echo
} >> "$results"

echo "Warm-up"
RAMP=10 HOLD=40 journey warm-up 10; wait "$sim" || true

if runs servers; then
  echo "Two servers, $LOAD therapists"
  since=$(now_utc); journey two-servers "$LOAD"; row two-servers "$since"

  echo "One server, $LOAD therapists"
  haproxy_cmd "disable server servers/b" > /dev/null
  since=$(now_utc); journey one-server "$LOAD"; row one-server "$since"
  haproxy_cmd "enable server servers/b" > /dev/null
  sleep 5
fi

if runs server; then
  echo "Server b killed under load"
  until_fault server-killed "$LOAD"
  $cluster server-stop b
  row server-killed "$since" "$fault"
  echo "  server b restarts: $( { time -p $cluster server-start b > /dev/null; } 2>&1 | awk '/real/ { print $2 }') s" | tee -a "$results"
fi

if runs node; then
  echo "Galera node 1 killed under load"
  until_fault node-killed "$LOAD"
  kill -9 "$(cat "$CLUSTER_DIR/node1/mysqld.pid")"
  at_second node-killed "$((FAULT_AT + 60))"
  rejoin_start=$(date +%s.%N)
  rm -f "$CLUSTER_DIR/node1/mysqld.pid"
  docker/cluster/galera.sh node-start 1 > /dev/null
  rejoined=$(echo "$(date +%s.%N) - $rejoin_start" | bc)
  row node-killed "$since" "$fault"
  echo "  node 1 rejoined (synced) in ${rejoined%.*} s; $(docker/cluster/galera.sh status | tr '\n' ';')" | tee -a "$results"
fi

if runs database; then
  echo "Whole database cluster restarted under light load"
  until_fault db-restarted "$LIGHT"
  docker/cluster/galera.sh stop > /dev/null
  docker/cluster/galera.sh start > /dev/null
  back=$(date +%s)
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null --max-time 2 http://127.0.0.1:8081/actuator/health \
      && curl -sf -o /dev/null --max-time 2 http://127.0.0.1:8082/actuator/health && break
    sleep 0.5
  done
  healthy=$(date +%s)
  row db-restarted "$since" "$fault"
  echo "  database down for $((back - fault)) s; both servers healthy $((healthy - back)) s after it was back, without a restart" | tee -a "$results"
fi
echo >> "$results"

if runs lock; then
  echo "Scheduling lock and a certification conflict, on two nodes"
  ./mvnw -q -Dspotless.check.skip test -Dtest='SchedulingLockOnGaleraTest,CertificationConflictOnGaleraTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dgalera.password="$(cat "$CLUSTER_DIR/app.password")" \
    > "$CLUSTER_DIR/galera-tests.log" 2>&1 \
    && grep -h -e "Scheduling lock on Galera" -e "Certification conflict on Galera" "$CLUSTER_DIR/galera-tests.log" | tee -a "$results" \
    || echo "Galera tests failed: $CLUSTER_DIR/galera-tests.log" | tee -a "$results"
fi
cat "$results"
