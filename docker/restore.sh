#!/usr/bin/env bash
# Restores a backup made by docker/backup.sh into an empty Headroom database.
#
#   docker/restore.sh FILE
#
# Stop the app first (docker compose stop app), restore, then start it again: it checks the
# schema version on start. With Docker Compose (the default) the restore runs inside the "db"
# service; against any other MariaDB set DB_HOST (and DB_PORT, DB_NAME, DB_USER, DB_PASSWORD) as for
# backup.sh. The target database must exist and be empty, unless FORCE=1, so that a restore never
# mixes two practices' records.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
file=${1:?usage: docker/restore.sh FILE}
[ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }

if [ -n "${DB_HOST:-}" ]; then
  client() {
    MYSQL_PWD="${DB_PASSWORD:-}" "${MARIADB_BIN:+$MARIADB_BIN/}mariadb" --host="$DB_HOST" --port="${DB_PORT:-3306}" \
      --user="${DB_USER:-headroom}" --default-character-set=utf8mb4 "$@" "${DB_NAME:-headroom}"
  }
else
  client() {
    ${COMPOSE:-docker compose} -f "$here/compose.yaml" exec -T db \
      sh -c "MYSQL_PWD=\"\$MARIADB_PASSWORD\" mariadb --user=\"\$MARIADB_USER\" --default-character-set=utf8mb4 $* \"\$MARIADB_DATABASE\""
  }
fi

tables=$(client -N -e "select count(*) from information_schema.tables where table_schema = database()" </dev/null)
if [ "$tables" != "0" ] && [ "${FORCE:-0}" != "1" ]; then
  echo "The target database already has $tables tables; restore into an empty one, or set FORCE=1" >&2
  exit 1
fi
# Triggers are recreated as the restoring user: the account that made the dump may not exist here.
gunzip -c "$file" | sed -E 's#/\*!50017 DEFINER=[^*]*\*/##g' | client
echo "Restored $file"
