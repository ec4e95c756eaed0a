# SPDX-License-Identifier: MIT
# tests/bench/lib.sh - what the benchmarks that start their own Release server share (sourced, not run):
# messages, the PostgreSQL tools, a free port, the server on a fresh data directory, and cleaning up.
# The sourcing script sets BENCH_NAME first. The server starts its payment sandbox, so both are built.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER_BIN=$ROOT/build/release/server/backroom-server

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

# Each named variable must hold a positive whole number.
require_counts() {
    local v
    for v in "$@"; do
        [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive whole number, got '${!v}'" >&2; exit 2; }
    done
}

PG_BIN=""
if command -v pg_config >/dev/null && [[ -x $(pg_config --bindir 2>/dev/null)/pgbench ]]; then
    PG_BIN=$(pg_config --bindir)
else
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        [[ -x $d/pgbench ]] && { PG_BIN=$d; break; }
    done
fi
[[ -n $PG_BIN ]] || die "pgbench not found (apt install postgresql)"
for t in wrk curl cmake; do command -v $t >/dev/null || die "$t not found"; done

TMP=""
SERVER_PID=""
# pg_ctl on the server's embedded cluster, as the cluster's owner.
cluster_ctl() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$PG_BIN/pg_ctl" "$@" -D "$TMP/data/postgres/data"
    else
        "$PG_BIN/pg_ctl" "$@" -D "$TMP/data/postgres/data"
    fi
}
# Stops the server started by start_server, which stops its embedded cluster.
stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_server
    if [[ -n $TMP && -f $TMP/data/postgres/data/postmaster.pid ]]; then
        cluster_ctl stop -m fast -w >/dev/null 2>&1 || true
    fi
    if [[ -n $TMP && -d $TMP ]]; then
        if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "bench: kept $TMP" >&2; else rm -rf "$TMP"; fi
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# a / b with two decimals; n/a when either is not a number or b is 0.
ratio() { # a b
    awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else printf "n/a" }'
}

free_port() {
    local p
    for _ in $(seq 200); do
        p=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    die "no free port found"
}

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    say "building the Release server"
    (cd "$ROOT" && cmake --preset release >/dev/null \
        && cmake --build build/release -j"$(nproc)" --target backroom-server backroom-payments-sandbox) >&2 \
        || die "the Release build failed"
fi
[[ -x $SERVER_BIN ]] || die "$SERVER_BIN is missing"

# The server on TMP's data directory, on a free port, once it is ready: sets SERVER_PID and BASE. After
# stop_server, the same directory (and TOKEN, whose signing keys live there) serves again.
serve_on_data_dir() {
    local port
    port=$(free_port)
    say "starting backroom-server on 127.0.0.1:$port${*:+ ($*)}"
    "$SERVER_BIN" serve --data-dir "$TMP/data" --listen "127.0.0.1:$port" --access-log off \
        --rate-limits "ip=off; user=off" --access-token-lifetime 2h "$@" >>"$TMP/server.log" 2>&1 &
    SERVER_PID=$!
    BASE=http://127.0.0.1:$port
    local i
    for i in $(seq 600); do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server.log" >&2; die "the server exited while starting"; }
        curl -fsS -o /dev/null --max-time 2 "$BASE/readyz" 2>/dev/null && break
        ((i < 600)) || die "the server was not ready within 60 s"
        sleep 0.1
    done
}

# Starts the server on a fresh data directory under TMP with an admin (bench@backroom.test), waits until
# it is ready and signs the admin in. Sets TMP, SERVER_PID, BASE, TOKEN, PASSWORD and the PG* variables
# of its embedded cluster; extra arguments go to `backroom-server serve`.
start_server() {
    TMP=$(mktemp -d "/tmp/backroom-bench-$BENCH_NAME.XXXXXX")
    chmod 755 "$TMP"
    mkdir -m 755 "$TMP/data"
    PASSWORD=$(head -c 18 /dev/urandom | base64)
    BACKROOM_ADMIN_EMAIL=bench@backroom.test BACKROOM_ADMIN_PASSWORD=$PASSWORD serve_on_data_dir "$@"
    TOKEN=$(curl -fsS --max-time 30 -H 'Content-Type: application/json' \
        -d "{\"email\":\"bench@backroom.test\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [[ -n $TOKEN ]] || die "the bench admin could not sign in"
    export PGHOST=$TMP/data/postgres PGPORT=5432 PGUSER=backroom PGDATABASE=backroom
}
