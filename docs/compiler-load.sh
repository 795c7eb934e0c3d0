#!/usr/bin/env bash
# How busy the JVM's compilers still are while the comparison measures empty round trips
# (docs/performance.md, "What sets the empty round trip's p95"). Starts one fresh JVM as
# vaadin-baseline.sh does, waits for the first answer and two seconds more, then sends the
# baseline's series of empty round trips (500 unmeasured, 2 000 measured, a new signed-in session
# each) and prints, for each series, the latencies and the processor time that each kind of thread
# used during it (read from /proc: the C2 and C1 compilers, the garbage collector, Tomcat's threads).
#
#   PERF_TOOLS=dir/with/vaadin-roundtrip.sh docs/compiler-load.sh headroom          # production build
#   PERF_TOOLS=... docs/compiler-load.sh reference spring-petclinic-vaadin-flow.jar
#
# SERIES (3) series; EXTRA_OPTS adds JVM options (for trying compiler settings), EXTRA_ARGS the
# application's (e.g. --server.tomcat.threads.min-spare=1); BURST=n sends n requests at once
# before the first series, as a page's first load does. Linux only.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
: "${PERF_TOOLS:?the folder of vaadin-roundtrip.sh}"
WHAT=${1:?headroom or reference}; PORT=${PORT:-18170}; B=http://127.0.0.1:$PORT
if [ "$WHAT" = headroom ]; then
  JAR=$(readlink -f target/headroom/headroom-*.jar)
  OPTS="-XX:AOTCache=$(readlink -f target/headroom/headroom.aot)"
  ROUTE=clients; LOGIN=(--login sarah:headroom-demo); READY=/login
else
  JAR=$(readlink -f "${2:?the jar of the reference application}"); OPTS=""; ROUTE=owners/find; LOGIN=(); READY=/
fi
LOG=$(mktemp); "$JAVA_HOME/bin/java" -Xmx1g $OPTS ${EXTRA_OPTS:-} -jar "$JAR" ${EXTRA_ARGS:-} \
  --server.address=127.0.0.1 --server.port="$PORT" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 360); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$B$READY" || true)" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.5
done
sleep 2
if [ -n "${BURST:-}" ]; then
  seq 1 "$BURST" | xargs -P "$BURST" -I{} curl -s -o /dev/null "$B$READY"
fi
# Milliseconds of processor time per kind of thread so far: C2 C1 GC Tomcat.
threads() {
  local c2=0 c1=0 gc=0 http=0 t name ticks hz
  hz=$(getconf CLK_TCK)
  for t in /proc/"$PID"/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    ticks=$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
    case "$name" in
      C2*) c2=$((c2 + ticks)) ;;
      C1*) c1=$((c1 + ticks)) ;;
      G1* | GC*) gc=$((gc + ticks)) ;;
      http-nio*) http=$((http + ticks)) ;;
    esac
  done
  echo "$((c2 * 1000 / hz)) $((c1 * 1000 / hz)) $((gc * 1000 / hz)) $((http * 1000 / hz))"
}
before=($(threads))
echo "series  p50 ms  p95 ms   C2 ms  C1 ms  GC ms  Tomcat ms   ($WHAT, $(nproc) cores)"
for i in $(seq 1 "${SERIES:-3}"); do
  line=$("$PERF_TOOLS/vaadin-roundtrip.sh" "$B" "$ROUTE" 2000 "${LOGIN[@]}" --mode sync --warmup 500 | grep LATENCY_MS)
  after=($(threads))
  p50=$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<< "$line"); p95=$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<< "$line")
  printf '%6s  %6s  %6s  %6d %6d %6d %10d\n' "$i" "$p50" "$p95" $((after[0] - before[0])) \
    $((after[1] - before[1])) $((after[2] - before[2])) $((after[3] - before[3]))
  before=("${after[@]}")
done
