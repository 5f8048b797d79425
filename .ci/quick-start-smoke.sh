#!/usr/bin/env bash
# Runs `npm start` as a newcomer would, on an empty data directory: the web app is served,
# the demo accounts log in, a second process on the same directory is refused, and a
# restart reuses the data.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
log=$(mktemp)
# npm starts node (the compiled server, server/compile-server.mjs): each start gets a process group of its own
# (setsid), and stopping it stops the whole group, so no server outlives the script.
stop() { kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }
cleanup() { [ -n "${pid:-}" ] && stop; rm -rf "$data" "$log"; }
trap cleanup EXIT

start() { DATA_DIR="$data" PORT="$port" setsid npm start >"$log" 2>&1 & pid=$!; }
wait_health() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; return 1; }
    sleep 1
  done
  cat "$log"; return 1
}

start; wait_health
curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"database":"pglite"'
curl -fsS "http://127.0.0.1:$port/systems" | grep -q '<div id="root">'
grep -q 'dinhbinh.cntt' "$log"
login=$(curl -fsS -c "$data/cookies" -H 'content-type: application/json' \
  -d '{"username":"dinhbinh.cntt","password":"YenDinh@2023"}' "http://127.0.0.1:$port/api/auth/login")
echo "$login" | grep -q 'Định Bình'
curl -fsS -b "$data/cookies" "http://127.0.0.1:$port/api/systems" | grep -q '"total":1'
# A document renders on the compiled server's worker thread (document-worker.js beside the compiled server).
dossier=$(curl -fsS -b "$data/cookies" "http://127.0.0.1:$port/api/dossiers?limit=1" | grep -o '"id":"[^"]*' | head -n 1 | cut -d'"' -f4)
curl -fsS -b "$data/cookies" "http://127.0.0.1:$port/api/dossiers/$dossier/documents/explanation.pdf" -o "$data/explanation.pdf"
head -c 5 "$data/explanation.pdf" | grep -q '%PDF-'

# A second process on the same directory gets a clear error naming the holder.
second=$(DATA_DIR="$data" PORT=$((port + 1)) npm start 2>&1 || true)
echo "$second" | grep -q "tiến trình $pid\|tiến trình [0-9]" || { echo "$second"; exit 1; }

stop
start; wait_health
curl -fsS -b "$data/cookies" "http://127.0.0.1:$port/api/auth/me" | grep -q 'dinhbinh.cntt'
if grep -q 'Đang nạp dữ liệu mẫu' "$log"; then echo 'second start seeded again'; exit 1; fi
echo "quick start smoke: ok"
