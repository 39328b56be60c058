#!/usr/bin/env bash
# ensure_postgres: makes sure a PostgreSQL server answers on 127.0.0.1:5432,
# starting the local cluster (Debian's pg_ctlcluster) when it is installed but down.
# Returns non-zero when no server can be had; the tests then fail in CI and skip
# outside it.

ensure_postgres() {
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    local version
    version="$(ls /etc/postgresql | sort -V | tail -n 1)"
    echo "Starting PostgreSQL $version ..." >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    for _ in $(seq 1 30); do
      pg_isready -q -h 127.0.0.1 -p 5432 && return 0
      sleep 1
    done
  fi
  echo "PostgreSQL is not reachable on 127.0.0.1:5432." >&2
  return 1
}
