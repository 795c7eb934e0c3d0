#!/usr/bin/env bash
# The load test of docs/performance.md, in one command:
#   docs/load-test.sh
# Builds Headroom for production, starts it on the synthetic practice (port 8090, embedded MariaDB in
# $HEADROOM_EMBEDDED_DB_DATA_DIR, default ~/.headroom/perf), warms it up, runs the therapist journey
# (src/load/java) at each number of concurrent therapists, then measures the live heap with open
# sessions, and stops it. Results: target/load/results.md (copied into docs/load-results.md by hand),
# Gatling's HTML reports under target/gatling/.
# Settings: LEVELS="50 100 200"  SESSIONS="50 100 200"  HEAP=1g  RAMP=60  HOLD=180  CLIENTS=2
#           WARMUP=60 (seconds of 10 therapists first)  SESSION_HOLD=120
#           ACCOUNTS=50 (synthetic therapist accounts; as many as therapists, none is shared)
#           JAVA_OPTS="" (more options for the server's JVM, such as a GC log or a flight recording)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export HEADROOM_EMBEDDED_DB_DATA_DIR=${HEADROOM_EMBEDDED_DB_DATA_DIR:-$HOME/.headroom/perf}
LEVELS=${LEVELS:-50 100 200}
SESSIONS=${SESSIONS:-50 100 200}
HEAP=${HEAP:-1g}
RAMP=${RAMP:-60}
HOLD=${HOLD:-180}
CLIENTS=${CLIENTS:-2}
WARMUP=${WARMUP:-60}
SESSION_HOLD=${SESSION_HOLD:-120}
ACCOUNTS=${ACCOUNTS:-50}
out=target/load
results=$out/results.md

if [ ! -d "$HEADROOM_EMBEDDED_DB_DATA_DIR" ]; then
  echo "No synthetic practice in $HEADROOM_EMBEDDED_DB_DATA_DIR: generate it first (docs/performance.md)." >&2
  exit 1
fi
mkdir -p "$out"
./mvnw -q -Pproduction -DskipTests -Dspotless.check.skip package
./mvnw -q -Pload test-compile
jar=$(ls target/headroom-*.jar | head -1)

"$JAVA_HOME/bin/java" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$jar" --server.port=8090 --headroom.demo-data.enabled=false \
  > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null http://localhost:8090/login && break; sleep 1; done
curl -sf -o /dev/null http://localhost:8090/login

# CPU seconds the server process (and its MariaDB) has used so far.
cpu() {
  local total=0
  for p in $app $(pgrep -f "mariadbd.*$HEADROOM_EMBEDDED_DB_DATA_DIR" || true); do
    total=$(awk -v t="$total" '{ print t + ($14 + $15) / 100 }' "/proc/$p/stat")
  done
  echo "$total"
}
# Live heap in MB: a class histogram forces a full collection and counts what survives.
live_heap() {
  "$JAVA_HOME/bin/jcmd" "$app" GC.class_histogram | awk '/^Total/ { printf "%.1f", $3 / 1048576 }'
}
gatling() {
  ./mvnw -q -Pload -Dspotless.check.skip gatling:test "$@"
}
latest_report() {
  ls -td target/gatling/"$1"-* | head -1
}

{
  echo "# Load test results"
  echo
  echo "$(date -u +%F): $(nproc) cores, $(free -g | awk '/Mem/ { print $2 }') GB, server heap -Xmx$HEAP, " \
    "Gatling on the same machine. Ramp ${RAMP} s, then ${HOLD} s at the level; $CLIENTS clients per sign-in;" \
    "$ACCOUNTS synthetic accounts."
  echo
} > "$results"

echo "Warm-up: 10 therapists"
gatling -Dload.description=warm-up -Daccounts="$ACCOUNTS" -Dtherapists=10 -DrampSeconds=10 -DholdSeconds="$WARMUP" -DclientsPerSignIn=1 > "$out/warm-up.log"

for n in $LEVELS; do
  echo "Journey: $n concurrent therapists"
  before=$(cpu); start=$(date +%s)
  status=0
  gatling -Dload.description="$n therapists" -Daccounts="$ACCOUNTS" -Dtherapists="$n" -DrampSeconds="$RAMP" -DholdSeconds="$HOLD" \
    -DclientsPerSignIn="$CLIENTS" > "$out/journey-$n.log" || status=$?
  after=$(cpu); end=$(date +%s)
  report=$(latest_report therapistjourneysimulation)
  python3 docs/load-summary.py "$report" "$n concurrent therapists" >> "$results"
  echo "Server CPU (application and MariaDB): $(echo "scale=2; ($after - $before) / ($end - $start)" | bc) of" \
    "$(nproc) cores on average over $((end - start)) s; Gatling exit status $status." >> "$results"
  echo >> "$results"
done

echo "## Heap per open session" >> "$results"
echo >> "$results"
echo "| open sessions | live heap MB | without sessions MB | per session KB |" >> "$results"
echo "|---|---|---|---|" >> "$results"
for n in $SESSIONS; do
  echo "Open sessions: $n"
  base=$(live_heap)
  rm -f "$out/sessions-open"
  gatling -Dload.simulation=org.headroom.load.OpenSessionsSimulation \
    -Dload.description="$n open sessions" -Dsessions="$n" -Dtherapists="$n" -Daccounts="$ACCOUNTS" -DrampSeconds="$RAMP" -DholdSeconds="$SESSION_HOLD" > "$out/sessions-$n.log" &
  sim=$!
  for _ in $(seq 1 600); do [ -f "$out/sessions-open" ] && break; sleep 1; done
  if [ -f "$out/sessions-open" ]; then
    heap=$(live_heap)
    echo "| $n | $heap | $base | $(echo "scale=0; ($heap - $base) * 1024 / $n" | bc) |" >> "$results"
  else
    echo "| $n | not all sessions opened (see $out/sessions-$n.log) | $base | |" >> "$results"
  fi
  wait $sim || echo "Open-sessions run with $n ended with errors: $out/sessions-$n.log" >> "$results"
done
echo >> "$results"
cat "$results"
