#!/usr/bin/env bash
# Backs up the Headroom database to a compressed SQL dump (schema, data, audit triggers).
#
#   docker/backup.sh [FILE]          default FILE: headroom-<UTC time>.sql.gz
#
# With Docker Compose (the default) the dump runs inside the "db" service of docker/compose.yaml.
# Against any other MariaDB, set DB_HOST (and DB_PORT, DB_NAME, DB_USER, DB_PASSWORD); the
# mariadb-dump client must be on the PATH, or in the folder named by MARIADB_BIN.
# The dump is consistent without stopping the app (--single-transaction). Keep backups encrypted
# and away from the server: they hold health data.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
file=${1:-headroom-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
options="--single-transaction --quick --routines --triggers --hex-blob --default-character-set=utf8mb4 --no-tablespaces"
umask 077

if [ -n "${DB_HOST:-}" ]; then
  MYSQL_PWD="${DB_PASSWORD:-}" "${MARIADB_BIN:+$MARIADB_BIN/}mariadb-dump" --host="$DB_HOST" --port="${DB_PORT:-3306}" \
    --user="${DB_USER:-headroom}" $options "${DB_NAME:-headroom}" | gzip > "$file"
else
  ${COMPOSE:-docker compose} -f "$here/compose.yaml" exec -T db \
    sh -c "MYSQL_PWD=\"\$MARIADB_PASSWORD\" mariadb-dump --user=\"\$MARIADB_USER\" $options \"\$MARIADB_DATABASE\"" \
    | gzip > "$file"
fi

# A dump that stopped half way has no closing line: refuse it.
if ! gunzip -c "$file" | tail -n 1 | grep -q 'Dump completed'; then
  echo "The backup in $file is incomplete" >&2
  exit 1
fi
echo "Backup written to $file"
