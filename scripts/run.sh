#!/usr/bin/env bash
# Start Stapsteen; Ctrl-C stops everything.
#   scripts/run.sh                 (make run)          an action server, a Rasa server and the web server;
#                                                      conversations in the memory of the Rasa server
#   scripts/run.sh --instances 2   (make run-cluster)  Redis, two Rasa servers each with its own action
#                                                      server, one web server spreading the chats over them
# scripts/supervise.py restarts a server that crashes (back-off, restart count in var/log/supervisor.log).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SANIC_HOST=127.0.0.1 PYTHONWARNINGS=ignore
VENV=.venv
PY="$VENV/bin/python"
INSTANCES=1
case "${1:-}" in
  "") ;;
  --instances) INSTANCES=${2:-} ;;
  *) echo "usage: scripts/run.sh [--instances N]" >&2; exit 2 ;;
esac
[[ "$INSTANCES" =~ ^[1-9]$ ]] || { echo "--instances: a number from 1 to 9" >&2; exit 2; }
# Instance i (1, 2, ...) listens on these ports + i - 1.
ACTION_PORT=${STAPSTEEN_ACTION_PORT:-5055}
RASA_PORT=${STAPSTEEN_RASA_PORT:-5005}
WEB_PORT=${STAPSTEEN_WEB_PORT:-8080}
WEB_ORIGIN=${STAPSTEEN_WEB_ORIGIN:-http://127.0.0.1:$WEB_PORT}
mkdir -p "${STAPSTEEN_VAR_DIR:-var}/log"
VAR=$(cd "${STAPSTEEN_VAR_DIR:-var}" && pwd)

supervisor="" redis_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$supervisor" ] && kill -0 "$supervisor" 2>/dev/null; then
    echo; echo "Stapsteen stopt..."
    kill -TERM "$supervisor" 2>/dev/null || true
    wait "$supervisor" 2>/dev/null || true
  fi
  if [ -n "$redis_pid" ]; then kill -TERM "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'cleanup; echo "Gestopt."; exit 0' INT TERM

if [ "$INSTANCES" -gt 1 ]; then
  # Every Rasa server must read the conversations another one wrote: one conversation key,
  # from the environment or one shared file, made here once before any server starts.
  if [ -z "${STAPSTEEN_TRACKER_KEY:-}${STAPSTEEN_TRACKER_KEY_FILE:-}" ]; then
    export STAPSTEEN_TRACKER_KEY_FILE="$VAR/tracker.key"
    "$PY" -c 'import sys, pathlib, bot.crypto; bot.crypto.read_or_create_secret(pathlib.Path(sys.argv[1]))' \
      "$STAPSTEEN_TRACKER_KEY_FILE"
  fi
  # Our own Redis unless one is given: loopback only, never writing to disk.
  if [ -z "${STAPSTEEN_REDIS_URL:-}" ]; then
    REDIS_PORT=${STAPSTEEN_REDIS_PORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    mkdir -p "$VAR/redis"
    "${STAPSTEEN_REDIS_SERVER:-redis-server}" --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$VAR/redis" \
      >"$VAR/log/redis.log" 2>&1 &
    redis_pid=$!
    export STAPSTEEN_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
    "$PY" -c 'import sys, time, redis
for _ in range(100):
    try:
        sys.exit(not redis.Redis.from_url(sys.argv[1]).ping())
    except redis.ConnectionError:
        time.sleep(0.1)
sys.exit(1)' "$STAPSTEEN_REDIS_URL" || { echo "redis-server startte niet; zie $VAR/log/redis.log" >&2; exit 1; }
  fi
  # A message on a server that was killed holds its conversation's lock this long (Rasa's default: 60 s).
  export TICKET_LOCK_LIFETIME=${TICKET_LOCK_LIFETIME:-20}
fi

# One endpoints file per instance (endpoints.yml names the default action port; each Rasa
# server calls its own action server). Redis mode (STAPSTEEN_REDIS_URL): conversations in
# Redis (the tracker store reads the setting) and Rasa's RedisLockStore, so one conversation
# is never handled twice at once.
endpoints_file() {
  if [ "$INSTANCES" -gt 1 ]; then echo "$VAR/endpoints-$1.yml"; else echo "$VAR/endpoints.yml"; fi
}
for i in $(seq 1 "$INSTANCES"); do
  sed "s#127.0.0.1:5055#127.0.0.1:$((ACTION_PORT + i - 1))#" endpoints.yml > "$(endpoints_file "$i")"
  if [ -n "${STAPSTEEN_REDIS_URL:-}" ]; then
    printf '\nlock_store:\n  type: channels.tracker_store.RedisLockStore\n' >> "$(endpoints_file "$i")"
  fi
done
# Fail loudly: Rasa would silently replace a tracker store it cannot load by one
# that never forgets. This builds the stores as Rasa will and stops here if not.
"$PY" -m channels.startup_check "$(endpoints_file 1)"

# The database (migrations: once, here) and the referral and web keys exist before any server starts.
"$PY" -m bot db upgrade >/dev/null
# The owner role migrates; the servers run as the application role only (README "Storage").
unset STAPSTEEN_MIGRATION_DATABASE_URL
"$PY" -c 'import os, bot.crypto, bot.settings as s
bot.crypto.cipher()  # the referral key file, unless STAPSTEEN_SECRET_KEY is set
os.environ.get("STAPSTEEN_WEB_SECRET") or bot.crypto.read_or_create_secret(s.var_dir() / "web_secret.key")'

services=() rasa_urls="" action_urls=""
for i in $(seq 1 "$INSTANCES"); do
  name=""; [ "$INSTANCES" -gt 1 ] && name="-$i"
  action_port=$((ACTION_PORT + i - 1)) rasa_port=$((RASA_PORT + i - 1))
  services+=(--service "actions$name" "$PY" -m rasa_sdk --actions actions --port "$action_port" --cors "$WEB_ORIGIN")
  services+=(--service "rasa$name" "$VENV/bin/rasa" run --model models/stapsteen.tar.gz --interface 127.0.0.1
             --port "$rasa_port" --credentials credentials.yml --endpoints "$(endpoints_file "$i")" --cors "$WEB_ORIGIN")
  rasa_urls+="${rasa_urls:+,}http://127.0.0.1:$rasa_port"
  action_urls+="${action_urls:+,}http://127.0.0.1:$action_port"
done
# The web server spreads the chats over the Rasa servers and checks them all in /readyz.
export STAPSTEEN_RASA_URLS="$rasa_urls" STAPSTEEN_ACTION_URLS="$action_urls" STAPSTEEN_WEB_PORT="$WEB_PORT"
services+=(--service web "$PY" -m web.app)
"$PY" scripts/supervise.py --log-dir "$VAR/log" "${services[@]}" &
supervisor=$!

echo "Stapsteen start (logs in $VAR/log/)..."
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$WEB_PORT/readyz" >/dev/null 2>&1; then
    cat <<MSG

Stapsteen is klaar.
  Chat voor gezinnen: http://127.0.0.1:$WEB_PORT/
  Balie (medewerkers): http://127.0.0.1:$WEB_PORT/desk
  Gezondheid: http://127.0.0.1:$WEB_PORT/healthz en /readyz
  Rasa server(s):   ${rasa_urls//,/ }
  Action server(s): ${action_urls//,/ }
  Conversaties: ${STAPSTEEN_REDIS_URL:+in Redis (}${STAPSTEEN_REDIS_URL:-in het geheugen van de Rasa server}${STAPSTEEN_REDIS_URL:+)}
Praat met de assistent:
  curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
       -H 'Content-Type: application/json' -d '{"sender": "test", "message": "hallo"}'
of in de terminal (tweede venster): .venv/bin/rasa shell --port $((RASA_PORT + INSTANCES)) -m models/stapsteen.tar.gz
Een server die crasht, start opnieuw (zie $VAR/log/supervisor.log). Stoppen: Ctrl-C
MSG
    status=0; wait "$supervisor" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "Stapsteen stopt: een server bleef crashen; zie $VAR/log/supervisor.log." >&2
    else
      echo "Gestopt."
    fi
    exit "$status"
  fi
  if ! kill -0 "$supervisor" 2>/dev/null; then
    echo "Stapsteen startte niet; zie $VAR/log/." >&2; tail -n 20 "$VAR"/log/*.log >&2; exit 1
  fi
  sleep 1
done
echo "Stapsteen startte niet binnen 300 s; zie $VAR/log/." >&2
exit 1
