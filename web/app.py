"""Flask app: family chat page (proxy to the Rasa REST webhook) and staff desk.

Security: CSRF on every state-changing request (Flask-WTF), session cookies
HttpOnly + SameSite=Strict with idle and absolute expiry, a strict
Content-Security-Policy without inline scripts, Jinja2 autoescaping, and the
browser never talks to Rasa directly (Rasa's HTTP API stays off).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import time
from functools import wraps
from typing import Any, Dict, Optional

import requests
from flask import (Flask, Response, abort, jsonify, redirect, render_template, request, session,
                   url_for)
from flask_wtf.csrf import CSRFError, CSRFProtect

from bot import consent, settings
from bot.cli import to_csv
from bot.criteria import criteria
from bot.crypto import read_or_create_secret
from bot.models import STATUSES
from bot.store import SETTABLE_STATUSES, ReferralNotFound, StorageError, Store
from bot.texts import texts

RASA_URL_ENV = "STAPSTEEN_RASA_URL"
WEB_SECRET_ENV = "STAPSTEEN_WEB_SECRET"
IDLE_MINUTES = 20
ABSOLUTE_HOURS = 8
MAX_MESSAGE = 5000
SENDER_RE = re.compile(r"^[A-Za-z0-9-]{8,64}$")

STATUS_LABELS = {"new": "Nieuw", "in_progress": "In behandeling", "closed": "Afgesloten",
                 "withdrawn": "Ingetrokken"}
VALUE_LABELS = {"inadequate": "ontoereikend", "adequate": "toereikend", "unknown": "onbekend"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
       "object-src 'none'")

csrf = CSRFProtect()


def create_app(store: Optional[Store] = None, rasa_url: Optional[str] = None,
               secure_cookies: Optional[bool] = None) -> Flask:
    app = Flask(__name__, static_folder="static", template_folder="templates")
    secret = os.environ.get(WEB_SECRET_ENV) or read_or_create_secret(settings.var_dir() / "web_secret.key")
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME="stapsteen_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=bool(secure_cookies if secure_cookies is not None
                                   else os.environ.get("STAPSTEEN_HTTPS") == "1"),
        PERMANENT_SESSION_LIFETIME=dt.timedelta(minutes=IDLE_MINUTES),
        WTF_CSRF_TIME_LIMIT=ABSOLUTE_HOURS * 3600,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    csrf.init_app(app)
    app.extensions["stapsteen_store"] = store
    app.extensions["stapsteen_rasa"] = (rasa_url or os.environ.get(RASA_URL_ENV)
                                        or "http://127.0.0.1:5005").rstrip("/")

    def get_store() -> Store:
        if app.extensions["stapsteen_store"] is None:
            app.extensions["stapsteen_store"] = Store()
        return app.extensions["stapsteen_store"]

    @app.after_request
    def security_headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if request.path.startswith("/desk") or request.path.startswith("/api"):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.errorhandler(CSRFError)
    def csrf_error(exc):
        if request.path.startswith("/api/"):
            return jsonify(error="De pagina is verlopen. Laad de pagina opnieuw."), 400
        return render_template("desk_login.html", error="De pagina is verlopen. Probeer opnieuw."), 400

    @app.errorhandler(413)
    def too_large(exc):
        return jsonify(error="Je bericht is te lang. Maak het korter, alsjeblieft."), 413

    # --- family chat -----------------------------------------------------------
    @app.get("/")
    def chat_page():
        return render_template("chat.html", mode="family")

    @app.get("/privacy")
    def privacy_page():
        sections = {name: section["text"] for name, section in texts()["privacy"].items()}
        notices = [{"title": "Wat je zegt tijdens het gesprek", "text": consent.notice("chat_use").text},
                   {"title": "Als je vraagt dat iemand je contacteert", "text": consent.notice(consent.REFERRAL).text},
                   {"title": "Als je ook je antwoorden doorgeeft", "text": consent.notice(consent.SHARE_ANSWERS).text}]
        return render_template("privacy.html", privacy=sections, notices=notices)

    @app.post("/api/chat")
    def chat_api():
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return jsonify(error="Dat bericht kon ik niet lezen. Probeer het opnieuw."), 400
        sender, message = data.get("sender"), data.get("message")
        if not isinstance(sender, str) or not SENDER_RE.match(sender) or not isinstance(message, str):
            return jsonify(error="Dat bericht kon ik niet lezen. Laad de pagina opnieuw."), 400
        try:
            resp = requests.post(f"{app.extensions['stapsteen_rasa']}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message[:MAX_MESSAGE]}, timeout=60)
            resp.raise_for_status()
            messages = resp.json()
        except (requests.RequestException, ValueError):
            return jsonify(error="Stapsteen is even niet bereikbaar. Probeer het zo meteen opnieuw."), 503
        return jsonify(messages if isinstance(messages, list) else [])

    # --- staff desk ------------------------------------------------------------
    def staff_required(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            now = time.time()
            if not session.get("staff_id") or now - session.get("login_at", 0) > ABSOLUTE_HOURS * 3600:
                session.clear()
                return redirect(url_for("desk_login"))
            session.permanent = True     # idle expiry, refreshed on each request
            return view(*args, **kwargs)
        return wrapper

    def my_referral(reference: str) -> Dict[str, Any]:
        try:
            item = get_store().get(reference, with_contact=True, actor=session["staff_id"])
        except ReferralNotFound:
            abort(404)
        org = session.get("organisation")
        if org != "*" and item["recipient"] != org:
            abort(404)
        return item

    @app.get("/desk/login")
    def desk_login():
        return render_template("desk_login.html")

    @app.post("/desk/login")
    def desk_login_post():
        from bot.staff import verify_password
        staff_id = (request.form.get("staff_id") or "").strip().lower()[:64]
        member = None
        try:
            member = verify_password(get_store(), staff_id, request.form.get("password") or "")
        except StorageError:
            return render_template("desk_login.html", error="De databank is even niet bereikbaar."), 503
        if member is None or not member.organisation:
            get_store().audit(staff_id or "?", "login_failed")
            return render_template("desk_login.html",
                                   error="Die combinatie van gebruikersnaam en wachtwoord klopt niet."), 401
        session.clear()                      # no session fixation
        session.permanent = True
        session.update(staff_id=member.staff_id, organisation=member.organisation, login_at=time.time())
        get_store().audit(member.staff_id, "login")
        return redirect(url_for("desk_list"))

    @app.post("/desk/logout")
    def desk_logout():
        if session.get("staff_id"):
            get_store().audit(session["staff_id"], "logout")
        session.clear()
        return redirect(url_for("desk_login"))

    def _visible(status: Optional[str]):
        org = session.get("organisation")
        return get_store().list(status=status, recipient=None if org == "*" else org)

    @app.get("/desk")
    @staff_required
    def desk_list():
        status = request.args.get("status") or ""
        if status and status not in STATUSES:
            status = ""
        items = _visible(status or None)
        for item in items:
            item["status_label"] = STATUS_LABELS[item["status"]]
        get_store().audit(session["staff_id"], "view_list", None, {"status": status or None, "count": len(items)})
        return render_template("desk_list.html", staff_id=session["staff_id"],
                               organisation=session["organisation"], status=status,
                               statuses=list(STATUS_LABELS.items()), referrals=items)

    @app.get("/desk/r/<reference>")
    @staff_required
    def desk_detail(reference: str):
        item = my_referral(reference)
        item.update(status_label=STATUS_LABELS[item["status"]], criteria_labels=criteria().labels(),
                    value_labels=VALUE_LABELS)
        return render_template("desk_detail.html", staff_id=session["staff_id"], r=item,
                               statuses=[(s, STATUS_LABELS[s]) for s in SETTABLE_STATUSES],
                               message=request.args.get("m") and "De status is aangepast.")

    @app.post("/desk/r/<reference>/status")
    @staff_required
    def desk_status(reference: str):
        item = my_referral(reference)
        status = request.form.get("status")
        if status not in SETTABLE_STATUSES:
            abort(400)
        try:
            get_store().set_status(item["reference"], status, session["staff_id"])
        except StorageError:
            abort(409)
        return redirect(url_for("desk_detail", reference=item["reference"], m=1))

    @app.get("/desk/export.csv")
    @staff_required
    def desk_export():
        status = request.args.get("status") or None
        if status not in STATUSES:
            status = None
        items = _visible(status)
        get_store().audit(session["staff_id"], "export_csv", None, {"status": status, "count": len(items)})
        body = to_csv(items, criteria().ids, with_contact=False)
        return Response(body, mimetype="text/csv", headers={
            "Content-Disposition": "attachment; filename=stapsteen-doorverwijzingen.csv"})

    return app


def main() -> None:  # pragma: no cover - started by scripts/run.sh
    from waitress import serve
    port = int(os.environ.get("STAPSTEEN_WEB_PORT", "8080"))
    serve(create_app(), host="127.0.0.1", port=port, threads=8, ident="stapsteen")


if __name__ == "__main__":  # pragma: no cover
    main()
