#!/usr/bin/env bash
# Three `smartlead serve` replicas sharing each key's budget and each webhook delivery
# through one Redis, behind haproxy, all on this machine. Arguments go to every replica
# (e.g. --on-reply pause). Ports and the Redis URL come from the environment:
#   FRONT_PORT (8080), REPLICA1_PORT..REPLICA3_PORT (8081..8083), REDIS_PORT (6379);
#   REDIS_URL set: use that Redis instead of starting one.
# SMARTLEAD_API_KEY (or linked accounts) and SMARTLEAD_BASE_URL as for `smartlead serve`.
set -euo pipefail
cd "$(dirname "$0")"
export FRONT_PORT=${FRONT_PORT:-8080} REPLICA1_PORT=${REPLICA1_PORT:-8081} REPLICA2_PORT=${REPLICA2_PORT:-8082} REPLICA3_PORT=${REPLICA3_PORT:-8083}
STATE=${STATE_DIR:-$PWD/state}
mkdir -p "$STATE"
trap 'kill $(jobs -p) 2>/dev/null' EXIT INT TERM
if [ -z "${REDIS_URL:-}" ]; then
  REDIS_PORT=${REDIS_PORT:-6379}
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$STATE" &
  REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
fi
for port in "$REPLICA1_PORT" "$REPLICA2_PORT" "$REPLICA3_PORT"; do
  smartlead serve --listen "127.0.0.1:$port" --fleet-store "$REDIS_URL" --replicas 3 \
    --max-queue-wait-ms 60000 --events-db "$STATE/events-$port.db" "$@" &
done
haproxy -W -db -f haproxy.cfg &
wait -n
