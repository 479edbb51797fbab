#!/usr/bin/env bash
# @operations — a newcomer's first steps on a fresh machine, as whoever runs it (root in CI): clones the
# committed repository into a `mktemp -d` folder (mode 0700: no other user may enter it), runs
# `npm install` and `npm run dev`, and expects /api/health to answer OK. Then a second checkout starts
# while the first runs, asked for the very port the first one's embedded PostgreSQL holds: it must say so,
# take another port, and serve its own data folder, while the first still serves its own.
#
# node_modules: each clone starts from hard links to this checkout's node_modules (same files, no copy),
# then runs `npm install`, which checks them against the lockfile and runs the project's postinstall. The
# embedded PostgreSQL binaries thus sit inside the 0700 folder, as after a clean install. Set
# FRESH_CHECKOUT_CLEAN_INSTALL=1 to install from npm's cache instead (several minutes more).
set -euo pipefail

source_repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
root="$(mktemp -d)"
chmod 700 "$root"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
  done
  rm -rf "$root"
}
trap cleanup EXIT

fail() {
  echo "ÉCHEC : $*" >&2
  for log in "$root"/*.log; do
    echo "--- $log" >&2
    tail -40 "$log" >&2
  done
  exit 1
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

checkout() {
  local dir="$root/$1"
  git clone --quiet "$source_repo" "$dir"
  if [ "${FRESH_CHECKOUT_CLEAN_INSTALL:-}" != "1" ] && [ -d "$source_repo/node_modules" ]; then
    cp -al "$source_repo/node_modules" "$dir/node_modules"
  fi
  (cd "$dir" && npm install --no-audit --no-fund --prefer-offline >"$root/$1-install.log" 2>&1) || fail "npm install ($1)"
}

# Starts `npm run dev` in its own process group (so that cleanup stops it and its children).
start_dev() {
  local name="$1" port="$2" pg_port="$3"
  (cd "$root/$name" && PORT="$port" EMBEDDED_POSTGRES_PORT="$pg_port" exec setsid npm run dev >"$root/$name-dev.log" 2>&1) &
  pids+=($!)
}

wait_health() {
  local name="$1" port="$2"
  for _ in $(seq 1 360); do
    if curl -fsS "http://127.0.0.1:$port/api/health" 2>/dev/null | grep -q '"status":"ok"'; then
      echo "$name : /api/health OK"
      return 0
    fi
    sleep 1
  done
  fail "$name : /api/health ne répond pas OK"
}

# The data folder the embedded server on this port serves (the setting scripts/lib/embedded-postgres.ts sets).
served_data_dir() {
  (cd "$root/first" && node -e '
    const pg = require("pg");
    const client = new pg.Client({ connectionString: `postgresql://monenfant:monenfant-local@127.0.0.1:${process.argv[1]}/monenfant` });
    client.connect().then(() => client.query("SELECT current_setting($$monenfant.data_dir$$) AS dir"))
      .then((r) => { console.log(r.rows[0].dir); return client.end(); })' "$1")
}

echo "Dossier de test : $root ($(stat -c %a "$root"), utilisateur $(id -un))"
checkout first
pg_port="$(free_port)"
first_port="$(free_port)"
start_dev first "$first_port" "$pg_port"
wait_health first "$first_port"
[ "$(served_data_dir "$pg_port")" = "$root/first/.data/postgres" ] || fail "le port $pg_port ne sert pas la base de first"

checkout second
second_port="$(free_port)"
start_dev second "$second_port" "$pg_port"
wait_health second "$second_port"
moved="$(grep -o "démarre sur le port [0-9]*" "$root/second-dev.log" | grep -o "[0-9]*$")" ||
  fail "second n'a pas dit avoir changé de port"
[ "$moved" != "$pg_port" ] || fail "second a pris le port de first"
[ "$(served_data_dir "$moved")" = "$root/second/.data/postgres" ] || fail "le port $moved ne sert pas la base de second"
[ "$(served_data_dir "$pg_port")" = "$root/first/.data/postgres" ] || fail "first a perdu sa base"
echo "second : sa propre base sur le port $moved (le port $pg_port reste à first)"
echo "OK"
