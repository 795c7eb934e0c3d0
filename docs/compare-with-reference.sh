#!/usr/bin/env bash
# Start-up, memory per session and round trips of Headroom and of the reference Vaadin application,
# measured one after the other in one run on one machine (docs/performance.md, "Start-up and memory
# against the reference application"). Compare figures only within one run.
#
#   PERF_TOOLS=dir/with/vaadin-baseline.sh REFERENCE_JAR=spring-petclinic-vaadin-flow.jar \
#   EXTERNAL_URL=jdbc:mariadb://127.0.0.1:3407/headroom EXTERNAL_APP=user:pass EXTERNAL_OWNER=user:pass \
#   docs/compare-with-reference.sh
#
# Needs the production build (./mvnw -Pproduction -DskipTests package, JDK 25: target/headroom with
# headroom.aot), the embedded default's data folder with the demo practice (~/.headroom/mariadb, made
# by the first start), and for the external figure an empty MariaDB database with an owner and an
# application account (README, Production). Results: target/compare/<time>/. ROUNDS (2) further
# rounds of heap per session and round trips follow, the two applications alternately.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
: "${PERF_TOOLS:?the folder of vaadin-baseline.sh, vaadin-startup.sh and vaadin-sessions.sh}"
: "${REFERENCE_JAR:?the production jar of the reference application}"
OUT=target/compare/$(date +%Y%m%d-%H%M); mkdir -p "$OUT"; OUT=$(readlink -f "$OUT")
echo "$(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, $(uname -r), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" > "$OUT/machine.txt"
JAR=$(readlink -f target/headroom/headroom-*.jar); AOT=$(readlink -f target/headroom/headroom.aot)

# 1. The reference: start-up (5 fresh JVMs), heap per session (200 sessions on its owner list), round trips.
SESSIONS="200" STARTUP_RUNS=5 "$PERF_TOOLS/vaadin-baseline.sh" "$REFERENCE_JAR" owners/find owners/find,vets \
  "$OUT/reference" > "$OUT/reference.txt" 2>&1
# 2. Headroom as README starts it, the embedded default with its data folder, with the cache.
JAVA_OPTS="-Xmx1g -XX:AOTCache=$AOT" LOGIN=sarah:headroom-demo READY_PATH=/login SESSIONS="200" STARTUP_RUNS=5 \
  "$PERF_TOOLS/vaadin-baseline.sh" "$JAR" clients clients,account/security "$OUT/headroom" > "$OUT/headroom.txt" 2>&1
# 3. Headroom on an external MariaDB: start-up only; the first start (demo practice loaded) is not counted.
if [ -n "${EXTERNAL_URL:-}" ]; then
  SECRET=$(head -c 32 /dev/urandom | base64)
  EXT="--spring.datasource.url=$EXTERNAL_URL --spring.datasource.username=${EXTERNAL_APP%%:*}"
  EXT="$EXT --spring.datasource.password=${EXTERNAL_APP#*:} --spring.flyway.user=${EXTERNAL_OWNER%%:*}"
  EXT="$EXT --spring.flyway.password=${EXTERNAL_OWNER#*:} --headroom.demo-data.enabled=true --headroom.security.secret-key=$SECRET"
  # The first start loads the demo practice after its first answer: wait until it is loaded, so that
  # the measured starts find a practice (and not an empty database).
  "$JAVA_HOME/bin/java" -Xmx1g -XX:AOTCache="$AOT" -jar "$JAR" --server.address=127.0.0.1 --server.port=18150 $EXT \
    > "$OUT/external-first.txt" 2>&1 &
  first=$!
  for _ in $(seq 1 600); do grep -q 'Demo logins' "$OUT/external-first.txt" && break; sleep 0.5; done
  kill "$first"; wait "$first" 2>/dev/null || true
  JAVA_OPTS="-Xmx1g -XX:AOTCache=$AOT" APP_ARGS="$EXT" "$PERF_TOOLS/vaadin-startup.sh" "$JAR" 5 18150 /login > "$OUT/external.txt" 2>&1
fi
# 4. Headroom's single jar without the cache, for comparison.
"$PERF_TOOLS/vaadin-startup.sh" "$(readlink -f target/headroom-*.jar)" 3 18151 /login > "$OUT/single-jar.txt" 2>&1

# 5. Two more rounds of heap per session and round trips, the two applications alternately, each on a
#    fresh JVM, in the baseline's order (200 sessions; then empty round trips x3, navigation,
#    heartbeat). Together with steps 1 and 2 that gives three values of each figure per application;
#    the summary shows all three and their median.
ROUNDS=${ROUNDS:-2}; T=$PERF_TOOLS
measure() {  # $1 = name, $2 = jar, $3 = route, $4 = navigation, $5 = login, $6 = ready path, $7... java options
  local name=$1 jar=$2 route=$3 nav=$4 login=$5 ready=$6; shift 6
  local dir=$OUT/$name; mkdir -p "$dir/tmp"
  for what in sessions roundtrip; do
    ( cd "$dir" && exec "$JAVA_HOME/bin/java" "$@" -Djava.io.tmpdir="$dir/tmp" -jar "$jar" \
        --server.address=127.0.0.1 --server.port=18160 > "$dir/app-$what.log" 2>&1 ) &
    local pid=$!
    for _ in $(seq 1 360); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:18160$ready" || true)" = 200 ] && break
      sleep 0.5
    done
    sleep 2
    if [ $what = sessions ]; then
      "$T/vaadin-sessions.sh" http://127.0.0.1:18160 "$route" 200 --pid "$pid" ${login:+--login "$login"} > "$dir/sessions-200.txt"
    else
      for i in 1 2 3; do "$T/vaadin-roundtrip.sh" http://127.0.0.1:18160 "$route" 2000 ${login:+--login "$login"} --mode sync \
        --warmup 500 > "$dir/rt-sync-$i.txt"; done
      "$T/vaadin-roundtrip.sh" http://127.0.0.1:18160 "$route" 2000 ${login:+--login "$login"} --mode nav --nav-routes "$nav" \
        --warmup 200 > "$dir/rt-nav.txt"
      "$T/vaadin-roundtrip.sh" http://127.0.0.1:18160 "$route" 2000 ${login:+--login "$login"} --mode heartbeat \
        --warmup 500 > "$dir/rt-heartbeat.txt"
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
}
for r in $(seq 2 $((ROUNDS + 1))); do
  measure "reference-$r" "$REFERENCE_JAR" owners/find owners/find,vets "" / -Xmx1g
  measure "headroom-$r" "$JAR" clients clients,account/security sarah:headroom-demo /login -Xmx1g -XX:AOTCache="$AOT"
done

grep -h -A8 SUMMARY "$OUT/reference.txt" "$OUT/headroom.txt"
tail -n 1 "$OUT"/external.txt "$OUT/single-jar.txt" 2>/dev/null || true
python3 - "$OUT" "$ROUNDS" <<'PY'
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def value(path, pattern):
    m = re.search(pattern, open(path).read())
    return float(m.group(1))
figures = [("heap per session KB", "sessions-200.txt", r"HEAP_PER_SESSION_KB=([\d.]+)"),
           ("empty round trip p50 ms (third series)", "rt-sync-3.txt", r"p50=([\d.]+)"),
           ("empty round trip p95 ms (third series)", "rt-sync-3.txt", r"p95=([\d.]+)"),
           ("navigation p50 ms", "rt-nav.txt", r"p50=([\d.]+)"),
           ("navigation p95 ms", "rt-nav.txt", r"p95=([\d.]+)"),
           ("heartbeat p50 ms", "rt-heartbeat.txt", r"p50=([\d.]+)")]
print("== ROUNDS: the baseline's values, then each further round; median; ratio of the medians")
for label, file, pattern in figures:
    vals = {}
    for app in ("reference", "headroom"):
        dirs = [f"{out}/{app}"] + [f"{out}/{app}-{r}" for r in range(2, rounds + 2)]
        vals[app] = [value(f"{d}/{file}", pattern) for d in dirs]
    ref, hr = statistics.median(vals["reference"]), statistics.median(vals["headroom"])
    print(f"{label}: reference {vals['reference']} median {ref}; headroom {vals['headroom']} median {hr}; ratio {hr / ref:.2f}")
PY
