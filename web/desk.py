"""The staff desk: login, the referrals of the staff member's organisation,
one referral with its contact details, its status, and the CSV export.
Every read of personal data and every change is audited."""

from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, Response, abort, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from bot.criteria import criteria
from bot.export import to_csv
from bot.messages import text
from bot.models import STATUSES
from bot.staff import verify_password
from bot.store import SETTABLE_STATUSES, ReferralNotFound, StorageError
from web.common import get_store, staff_required
from web.texts import STATUS_KEYS, VALUE_KEYS, criteria_total, labels, status_label

bp = Blueprint("desk", __name__)


def my_referral(reference: str) -> dict[str, Any]:
    """The referral with its contact details, if it is for the staff member's organisation."""
    try:
        item = get_store().get(reference, with_contact=True, actor=session["staff_id"])
    except ReferralNotFound:
        abort(404)
    org = session.get("organisation")
    if org != "*" and item["recipient"] != org:
        abort(404)
    return item


def visible(status: str | None) -> list[dict[str, Any]]:
    """The referrals the staff member may see (all organisations for '*')."""
    org = session.get("organisation")
    return get_store().list(status=status, recipient=None if org == "*" else org)


@bp.get("/desk/login")
def desk_login() -> ResponseReturnValue:
    return render_template("desk_login.html")


@bp.post("/desk/login")
def desk_login_post() -> ResponseReturnValue:
    staff_id = (request.form.get("staff_id") or "").strip().lower()[:64]
    try:
        member = verify_password(get_store(), staff_id, request.form.get("password") or "")
    except StorageError:
        return render_template("desk_login.html", error=text("web_error.database")), 503
    if member is None or not member.organisation:
        get_store().audit(staff_id or "?", "login_failed")
        return render_template("desk_login.html", error=text("web_error.login_failed")), 401
    session.clear()  # no session fixation
    session.permanent = True
    session.update(staff_id=member.staff_id, organisation=member.organisation, login_at=time.time())
    get_store().audit(member.staff_id, "login")
    return redirect(url_for("desk.desk_list"))


@bp.post("/desk/logout")
def desk_logout() -> ResponseReturnValue:
    if session.get("staff_id"):
        get_store().audit(session["staff_id"], "logout")
    session.clear()
    return redirect(url_for("desk.desk_login"))


@bp.get("/desk")
@staff_required
def desk_list() -> ResponseReturnValue:
    status = request.args.get("status") or ""
    if status and status not in STATUSES:
        status = ""
    items = visible(status or None)
    for item in items:
        item["status_label"] = status_label(item["status"])
    get_store().audit(session["staff_id"], "view_list", None, {"status": status or None, "count": len(items)})
    return render_template(
        "desk_list.html",
        staff_id=session["staff_id"],
        organisation=session["organisation"],
        status=status,
        statuses=list(labels(STATUS_KEYS).items()),
        referrals=items,
        criteria_total=criteria_total(),
    )


@bp.get("/desk/r/<reference>")
@staff_required
def desk_detail(reference: str) -> ResponseReturnValue:
    item = my_referral(reference)
    item.update(
        status_label=status_label(item["status"]), criteria_labels=criteria().labels(), value_labels=labels(VALUE_KEYS)
    )
    return render_template(
        "desk_detail.html",
        staff_id=session["staff_id"],
        r=item,
        statuses=[(s, status_label(s)) for s in SETTABLE_STATUSES],
        message=request.args.get("m") and text("desk.detail.status_changed"),
        criteria_total=criteria_total(),
    )


@bp.post("/desk/r/<reference>/status")
@staff_required
def desk_status(reference: str) -> ResponseReturnValue:
    item = my_referral(reference)
    status = request.form.get("status")
    if status not in SETTABLE_STATUSES:
        abort(400)
    try:
        get_store().set_status(item["reference"], status, session["staff_id"])
    except StorageError:
        abort(409)
    return redirect(url_for("desk.desk_detail", reference=item["reference"], m=1))


@bp.get("/desk/export.csv")
@staff_required
def desk_export() -> ResponseReturnValue:
    status = request.args.get("status") or None
    if status not in STATUSES:
        status = None
    items = visible(status)
    get_store().audit(session["staff_id"], "export_csv", None, {"status": status, "count": len(items)})
    body = to_csv(items, criteria().ids, with_contact=False)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={text('desk.list.export_filename')}"},
    )
