#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: a fresh cluster in a temporary folder, owned by the
# `postgres` user, listening on 127.0.0.1 only, on a free port, with trust authentication (local
# test use only, never a real deployment). Installs Debian's `postgresql` package when missing.
#
#   source tests/postgres.sh   # exports DIAGNOSTIC_TEST_POSTGRES; the server stops when the shell exits
#   bash tests/postgres.sh     # prints the export line; stop it with the printed pg_ctl command
#
# When DIAGNOSTIC_TEST_POSTGRES is already set, nothing is started: that server is used as is.

diagnostic_postgres_start() {
    if [ -n "${DIAGNOSTIC_TEST_POSTGRES:-}" ]; then
        echo "postgres.sh: using DIAGNOSTIC_TEST_POSTGRES already set" >&2
        return 0
    fi
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "postgres.sh: installing Debian's postgresql package" >&2
        if [ "$(id -u)" -ne 0 ]; then echo "postgres.sh: need root to install postgresql" >&2; return 1; fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi

    # initdb and postgres refuse to run as root: run them as the postgres user when we are root.
    local run_as=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
        run_as=(runuser -u postgres --)
    fi

    DIAGNOSTIC_POSTGRES_DIR=$(mktemp -d /tmp/diagnostic-postgres.XXXXXX)
    chmod 755 "$DIAGNOSTIC_POSTGRES_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIAGNOSTIC_POSTGRES_DIR"
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
        echo $((20000 + RANDOM % 20000)))

    "${run_as[@]}" "$bin/initdb" -D "$DIAGNOSTIC_POSTGRES_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$DIAGNOSTIC_POSTGRES_DIR/initdb.log" 2>&1 ||
        { cat "$DIAGNOSTIC_POSTGRES_DIR/initdb.log" >&2; return 1; }
    # Speed over durability: the cluster is thrown away; many test databases are created and dropped.
    "${run_as[@]}" "$bin/pg_ctl" -D "$DIAGNOSTIC_POSTGRES_DIR/data" -l "$DIAGNOSTIC_POSTGRES_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $DIAGNOSTIC_POSTGRES_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { cat "$DIAGNOSTIC_POSTGRES_DIR/server.log" >&2; return 1; }

    DIAGNOSTIC_POSTGRES_STOP="${run_as[*]} $bin/pg_ctl -D $DIAGNOSTIC_POSTGRES_DIR/data -m fast stop"
    export DIAGNOSTIC_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($DIAGNOSTIC_POSTGRES_DIR)" >&2
}

diagnostic_postgres_stop() {
    [ -n "${DIAGNOSTIC_POSTGRES_STOP:-}" ] || return 0
    $DIAGNOSTIC_POSTGRES_STOP >/dev/null 2>&1
    rm -rf "$DIAGNOSTIC_POSTGRES_DIR"
    unset DIAGNOSTIC_POSTGRES_STOP DIAGNOSTIC_POSTGRES_DIR
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced: start, export, and stop when the calling shell exits (after any EXIT trap it already had).
    if diagnostic_postgres_start; then
        previous_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
        trap "diagnostic_postgres_stop; ${previous_trap:-:}" EXIT
        unset previous_trap
    else
        return 1
    fi
else
    set -euo pipefail
    diagnostic_postgres_start
    echo "export DIAGNOSTIC_TEST_POSTGRES='$DIAGNOSTIC_TEST_POSTGRES'"
    echo "# stop with: $DIAGNOSTIC_POSTGRES_STOP && rm -rf $DIAGNOSTIC_POSTGRES_DIR"
fi
