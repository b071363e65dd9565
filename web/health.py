"""Health of the web server and of what it needs, for scripts/run.sh, tests and
load balancers.

- `/healthz`: the web process answers (200 "ok"), nothing else is checked.
- `/readyz`: 200 only when every Rasa server (GET /), every action server
  (GET /health), the database (`SELECT 1`) and, when STAPSTEEN_REDIS_URL is
  set, Redis answer; otherwise 503. The JSON names each part ("rasa",
  "actions", or "rasa-1", "rasa-2" ... as scripts/run.sh names the servers;
  "database", "redis") with "ok" or "down": never a URL, key or error text.
"""

from __future__ import annotations

import logging

import requests
from flask import Blueprint, Response, jsonify
from flask.typing import ResponseReturnValue
from sqlalchemy import text as sql

from bot import settings
from web.common import action_urls, get_store, rasa_http, rasa_urls

CHECK_TIMEOUT = (1.5, 5)  # seconds to connect, to answer

bp = Blueprint("health", __name__)
logger = logging.getLogger(__name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    return Response("ok", mimetype="text/plain", headers={"Cache-Control": "no-store"})


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    checks = {name: http_ok(url) for name, url in named("rasa", rasa_urls(), "/")}
    checks.update({name: http_ok(url) for name, url in named("actions", action_urls(), "/health")})
    checks["database"] = database_ok()
    redis_url = settings.redis_url()
    if redis_url:
        checks["redis"] = redis_ok(redis_url)
    down = [name for name, ok in checks.items() if not ok]
    resp = jsonify(
        status="down" if down else "ready",
        checks={name: "ok" if ok else "down" for name, ok in checks.items()},
        down=down,
    )
    resp.headers["Cache-Control"] = "no-store"
    return resp, 503 if down else 200


def named(kind: str, urls: list[str], path: str) -> list[tuple[str, str]]:
    """[("rasa", url)] for one server, [("rasa-1", url), ("rasa-2", url)] for several."""
    if len(urls) == 1:
        return [(kind, urls[0] + path)]
    return [(f"{kind}-{number}", url + path) for number, url in enumerate(urls, start=1)]


def http_ok(url: str) -> bool:
    try:
        return rasa_http().get(url, timeout=CHECK_TIMEOUT).status_code == 200
    except requests.RequestException:
        return False


def database_ok() -> bool:
    try:
        with get_store().db.session() as session:
            session.execute(sql("SELECT 1"))
        return True
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready"; the store cannot be opened
        logger.warning("readyz: the database is not reachable (%s)", type(exc).__name__)
        return False


def redis_ok(url: str) -> bool:
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=CHECK_TIMEOUT[0], socket_timeout=CHECK_TIMEOUT[1])
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (redis.RedisError, ValueError):
        return False
