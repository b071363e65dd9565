#!/usr/bin/env bash
# Start the action server and the Rasa server; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SANIC_HOST=127.0.0.1 PYTHONWARNINGS=ignore
VENV=.venv
ACTION_PORT=${STAPSTEEN_ACTION_PORT:-5055}
RASA_PORT=${STAPSTEEN_RASA_PORT:-5005}
WEB_PORT=${STAPSTEEN_WEB_PORT:-8080}
WEB_ORIGIN=${STAPSTEEN_WEB_ORIGIN:-http://127.0.0.1:$WEB_PORT}
mkdir -p var/log

# endpoints.yml names the default action port; follow STAPSTEEN_ACTION_PORT.
sed "s#127.0.0.1:5055#127.0.0.1:$ACTION_PORT#" endpoints.yml > var/endpoints.yml
# Redis mode (STAPSTEEN_REDIS_URL): conversations in Redis (the tracker store reads the
# setting) and Rasa's RedisLockStore, so one conversation is never handled twice at once.
if [ -n "${STAPSTEEN_REDIS_URL:-}" ]; then
  printf '\nlock_store:\n  type: channels.tracker_store.RedisLockStore\n' >> var/endpoints.yml
fi
# Fail loudly: Rasa would silently replace a tracker store it cannot load by one
# that never forgets. This builds the stores as Rasa will and stops here if not.
"$VENV/bin/python" -m channels.startup_check var/endpoints.yml

# Create the database (and the encryption key) before anything talks to it.
"$VENV/bin/python" -m bot db upgrade >/dev/null

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Stapsteen stopt..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Gestopt."
  exit 0
}
trap stop INT TERM EXIT

"$VENV/bin/python" -m rasa_sdk --actions actions --port "$ACTION_PORT" --cors "$WEB_ORIGIN" \
  >var/log/actions.log 2>&1 &
pids+=($!)
"$VENV/bin/rasa" run --model models/stapsteen.tar.gz --interface 127.0.0.1 --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints var/endpoints.yml --cors "$WEB_ORIGIN" \
  >var/log/rasa.log 2>&1 &
pids+=($!)
STAPSTEEN_RASA_URL="http://127.0.0.1:$RASA_PORT" STAPSTEEN_WEB_PORT="$WEB_PORT" \
  "$VENV/bin/python" -m web.app >var/log/web.log 2>&1 &
pids+=($!)

echo "Stapsteen start (logs in var/log/)..."
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$ACTION_PORT/health" >/dev/null 2>&1 \
     && curl -fs "http://127.0.0.1:$WEB_PORT/" >/dev/null 2>&1; then
    cat <<MSG

Stapsteen is klaar.
  Chat voor gezinnen: http://127.0.0.1:$WEB_PORT/
  Balie (medewerkers): http://127.0.0.1:$WEB_PORT/desk
  Rasa server:   http://127.0.0.1:$RASA_PORT  (REST en socket.io)
  Action server: http://127.0.0.1:$ACTION_PORT
Praat met de assistent:
  curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
       -H 'Content-Type: application/json' -d '{"sender": "test", "message": "hallo"}'
of in de terminal (tweede venster): .venv/bin/rasa shell --port 5006 -m models/stapsteen.tar.gz
Stoppen: Ctrl-C
MSG
    wait -n "${pids[@]}" || true
    echo "Een server is gestopt; zie var/log/." >&2
    exit 1
  fi
  for pid in "${pids[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Een server startte niet; zie var/log/." >&2; tail -20 var/log/*.log >&2; exit 1; fi
  done
  sleep 1
done
echo "Stapsteen startte niet binnen 240 s; zie var/log/." >&2
exit 1
