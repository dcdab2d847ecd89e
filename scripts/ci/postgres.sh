#!/usr/bin/env bash
# The KPI tests (test/kpi/) start their own throwaway PostgreSQL clusters on loopback (initdb +
# postgres, as the postgres user when run as root): they need Debian's server binaries and nothing
# else. Installs them when missing and prints the bin directory the tests will use.
set -euo pipefail

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(server_bin)" ] || [ ! -x "$(server_bin)/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin="$(server_bin)"
[ -x "$bin/initdb" ] && [ -x "$bin/postgres" ] || { echo "PostgreSQL server binaries not found after install" >&2; exit 1; }
id -u postgres >/dev/null || { echo "the postgres user is missing" >&2; exit 1; }
echo "PostgreSQL server: $bin ($("$bin/postgres" --version))"
