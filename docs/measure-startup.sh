#!/usr/bin/env bash
# Measures start-up: seconds from process start to the first answer of /login.
#   docs/measure-startup.sh LABEL java [options] -jar JAR [app arguments]
# The app must listen on port 8090 (--server.port=8090). Stops the app (and its embedded MariaDB)
# afterwards. Used for the start-up table in docs/performance.md.
set -u
label=$1; shift
log=$(mktemp)
start=$(date +%s.%N)
"$@" > "$log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do curl -sf -o /dev/null http://localhost:8090/login && break; sleep 0.1; done
end=$(date +%s.%N)
echo "$label: first /login after $(echo "$end - $start" | bc) s;" \
  "$(grep -o 'Started Application in [0-9.]* seconds' "$log");" \
  "application start logged $(grep -h 'Starting Application' "$log" | cut -c12-23)," \
  "embedded MariaDB up $(grep -h 'MariaDB listening' "$log" | cut -c12-23)"
kill "$pid"; wait "$pid" 2>/dev/null
rm -f "$log"
