#!/bin/bash
# Runs once, when the MariaDB container creates its database. MARIADB_USER (the owner) runs the
# migrations and the backups; the application itself connects as a data-only account that can read
# and write rows but not change tables or triggers, so it cannot empty the audit trail.
set -euo pipefail
: "${DB_APP_PASSWORD:?set DB_APP_PASSWORD in docker/.env}"
mariadb --user=root --password="$MARIADB_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'headroom_app'@'%' IDENTIFIED BY '${DB_APP_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO 'headroom_app'@'%';
SQL
