"""The staff desk: login, the referrals of the staff member's organisation,
one referral with its contact details, its status, and the CSV export; for
coordinators the anonymous figures ("Cijfers", bot/figures.py).
Every read of personal data and every change is audited."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import Blueprint, Response, abort, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from bot import figures, staff
from bot.criteria import VALUES, criteria
from bot.export import to_csv
from bot.messages import text
from bot.store import (
    ABUSE,
    ABUSE_FROM,
    ABUSE_REASONS,
    REFERRAL_STATUSES,
    SETTABLE_STATUSES,
    InvalidRequest,
    ReferralNotFound,
    StorageError,
)
from web.common import SESSION_VERSION, get_store, staff_required, start_staff_session
from web.texts import VALUE_KEYS, criteria_total, labels, status_label

bp = Blueprint("desk", __name__)


def abuse_reason_labels() -> dict[str, str]:
    """The label of each abuse reason (bot.storage.referrals.ABUSE_REASONS), in
    that order; the keys are written out so the catalogue tests find them."""
    names = {
        "not_requested": text("desk.abuse.reason.not_requested"),
        "fake_details": text("desk.abuse.reason.fake_details"),
        "repeated": text("desk.abuse.reason.repeated"),
        "other": text("desk.abuse.reason.other"),
    }
    return {code: names[code] for code in ABUSE_REASONS}


def flash(code: str | None) -> str | None:
    """The message after a change: `m=1` a status, `m=abuse` a mark as abuse."""
    if code == "abuse":
        return text("desk.abuse.done")
    return text("desk.detail.status_changed") if code else None


def label_of(status: str) -> str:
    """The label of any status, `abuse` included (web/texts.py knows the others)."""
    return text("desk.status.abuse") if status == ABUSE else status_label(status)


def abuse_reason(reference: str) -> str | None:
    """The label of the reason an abuse referral was marked with (its audit event)."""
    marks = [e for e in get_store().audit_events(reference) if e.action == "mark_abuse"]
    code = (marks[-1].detail or {}).get("reason") if marks else None
    return abuse_reason_labels().get(code) if isinstance(code, str) else None


def my_referral(reference: str, *, with_contact: bool = True) -> dict[str, Any]:
    """The referral, if it is for the staff member's organisation; otherwise 404,
    as for an unknown reference. The organisation is checked before the contact
    details are read, so another organisation's referral is never decrypted and
    leaves no audit event (a `view_contact` would say it was seen)."""
    store = get_store()
    try:
        item = store.get(reference)
        org = session.get("organisation")
        if org != "*" and item["recipient"] != org:
            abort(404)
        if with_contact:
            item = store.get(item["reference"], with_contact=True, actor=session["staff_id"])
    except ReferralNotFound:
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
    """Rate limited per client (web/limits.py); the account locks after too many
    wrong passwords (bot.staff.desk_login). Every failure - unknown id, wrong
    password, locked or inactive account - gets the same page and status, which
    names the lock-out rule, so a guesser learns nothing about the account."""
    staff_id = (request.form.get("staff_id") or "").strip().lower()[:64]
    try:
        login = staff.desk_login(get_store(), staff_id, request.form.get("password") or "")
        member = login.member
        if member is None or not member.organisation:
            get_store().audit(staff_id or "?", "login_failed", None, {"locked": True} if login.locked else None)
    except StorageError:
        return render_template("desk_login.html", error=text("web_error.database")), 503
    if login.locked or member is None or not member.organisation:
        hint = text("web_error.login_rule", attempts=staff.MAX_LOGIN_FAILURES, minutes=staff.LOCK_MINUTES)
        return render_template("desk_login.html", error=text("web_error.login_failed"), error_hint=hint), 401
    start_staff_session(member.staff_id, member.organisation, member.session_version)
    get_store().audit(member.staff_id, "login")
    return redirect(url_for("desk.desk_list"))


@bp.post("/desk/logout")
def desk_logout() -> ResponseReturnValue:
    """Ends the session everywhere: every copy of the cookie (and the member's
    other desk sessions) stops working, not just this browser's. A cookie of a
    session that already ended ends nothing more."""
    staff_id, version = session.get("staff_id"), session.get(SESSION_VERSION)
    session.clear()
    if staff_id:
        try:
            if staff.session_member(get_store(), staff_id, version) is not None:
                staff.end_sessions(get_store(), staff_id)
                get_store().audit(staff_id, "logout")
        except StorageError:
            return render_template("desk_login.html", error=text("web_error.database")), 503
    return redirect(url_for("desk.desk_login"))


@bp.get("/desk")
@staff_required
def desk_list() -> ResponseReturnValue:
    status = request.args.get("status") or ""
    if status and status not in REFERRAL_STATUSES:
        status = ""
    items = visible(status or None)
    for item in items:
        item["status_label"] = label_of(item["status"])
    get_store().audit(session["staff_id"], "view_list", None, {"status": status or None, "count": len(items)})
    return render_template(
        "desk_list.html",
        staff_id=session["staff_id"],
        organisation=session["organisation"],
        status=status,
        statuses=[(s, label_of(s)) for s in REFERRAL_STATUSES],
        referrals=items,
        criteria_total=criteria_total(),
    )


@bp.get("/desk/r/<reference>")
@staff_required
def desk_detail(reference: str) -> ResponseReturnValue:
    item = my_referral(reference)
    item.update(
        status_label=label_of(item["status"]), criteria_labels=criteria().labels(), value_labels=labels(VALUE_KEYS)
    )
    return render_template(
        "desk_detail.html",
        staff_id=session["staff_id"],
        r=item,
        statuses=[(s, status_label(s)) for s in SETTABLE_STATUSES],
        message=flash(request.args.get("m")),
        criteria_total=criteria_total(),
        can_mark_abuse=item["status"] in ABUSE_FROM,
        abuse_reasons=list(abuse_reason_labels().items()),
        abuse_reason=abuse_reason(item["reference"]) if item["status"] == ABUSE else None,
    )


@bp.post("/desk/r/<reference>/status")
@staff_required
def desk_status(reference: str) -> ResponseReturnValue:
    item = my_referral(reference, with_contact=False)
    status = request.form.get("status")
    if status not in SETTABLE_STATUSES:
        abort(400)
    try:
        get_store().set_status(item["reference"], status, session["staff_id"])
    except StorageError:
        abort(409)
    return redirect(url_for("desk.desk_detail", reference=item["reference"], m=1))


@bp.post("/desk/r/<reference>/abuse")
@staff_required
def desk_abuse(reference: str) -> ResponseReturnValue:
    """Mark a referral as misuse, with a reason from the list: its contact
    details and answers are erased at once, the mark is audited."""
    item = my_referral(reference, with_contact=False)
    reason = request.form.get("reason")
    if reason not in ABUSE_REASONS:
        abort(400)
    try:
        get_store().set_status(item["reference"], ABUSE, session["staff_id"], reason=reason)
    except InvalidRequest:  # no longer open (closed, withdrawn, marked already)
        abort(409)
    except StorageError:
        abort(503)
    return redirect(url_for("desk.desk_detail", reference=item["reference"], m="abuse"))


@bp.get("/desk/export.csv")
@staff_required
def desk_export() -> ResponseReturnValue:
    status = request.args.get("status") or None
    if status not in REFERRAL_STATUSES:
        status = None
    items = visible(status)
    get_store().audit(session["staff_id"], "export_csv", None, {"status": status, "count": len(items)})
    body = to_csv(items, criteria().ids, with_contact=False)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={text('desk.list.export_filename')}"},
    )


# --- the anonymous figures, for coordinators ---------------------------------------------------
PERIOD = re.compile(r"^\d{4}-(W\d{2}|Q[1-4])$")
COORDINATOR = "*"


def period_label(period: str) -> str:
    key = "figures.page.week" if "-W" in period else "figures.page.quarter"
    return text(key, number=int(period[6:]), year=int(period[:4]))


def day_label(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def bars(table: figures.Table, items: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """(metric, label) pairs -> what a chart and its table show."""
    out = []
    for metric, label in items:
        figure = table[metric]
        out.append({"label": label, "number": figure.number, "state": figure.state, "text": figure.text})
    return out


def chart(
    chart_id: str, title: str, table: figures.Table, items: list[tuple[str, str]], *, width: int = 640
) -> dict[str, Any]:
    """One bar chart (web/templates/_charts.html): `width` of its drawing (a
    narrow one for the charts side by side, so the text keeps its size)."""
    rows = bars(table, items)
    listed = "; ".join(text("figures.page.chart.item", label=r["label"], value=r["text"]) for r in rows)
    summary = text("figures.page.chart.summary", title=title, period=period_label(table.period), items=listed)
    shown = [r["number"] for r in rows if r["number"] is not None]
    # At least 20 wide: a "< 5" outline (up to 5) never fills the chart as if it were large.
    return {
        "id": chart_id,
        "title": title,
        "summary": summary,
        "bars": rows,
        "scale": max([20, *shown]),
        "width": width,
    }


def charts(table: figures.Table) -> dict[str, Any]:
    """Every chart of one published week or quarter: the funnel, the refusals,
    the histogram of signals, one chart per criterion, the stops, the help lines."""
    defs = criteria()
    labels = defs.labels()
    total = len(defs.ids)
    metric = {m: text(f"figures.metric.{m}") for m in ("started", "completed", "referral")}
    refused = [(m, text(f"figures.metric.{m}")) for m in (figures.CONSENT_REFUSED, figures.SHARE_REFUSED)]
    stages = [
        (f"{figures.STOPPED}.{cid}", text("figures.stage", index=i, label=labels[cid]))
        for i, cid in enumerate(defs.ids, start=1)
    ]
    return {
        "funnel": chart("chart-funnel", text("figures.page.chart.funnel"), table, list(metric.items()), width=480),
        "refusals": chart("chart-refusals", text("figures.page.chart.refusals"), table, refused, width=480),
        "signals": chart(
            "chart-signals",
            text("figures.page.chart.signals"),
            table,
            [(f"signals.{n}", text("figures.signals", count=n, total=total)) for n in range(total + 1)],
        ),
        "criteria": [
            chart(
                f"chart-criterion-{cid}",
                text("figures.page.chart.criterion", label=labels[cid]),
                table,
                [(f"criterion.{cid}.{v}", text(VALUE_KEYS[v])) for v in VALUES],
                width=360,
            )
            for cid in defs.ids
        ],
        "stops": chart("chart-stops", text("figures.page.chart.stops"), table, stages),
        "crisis": chart(
            "chart-crisis",
            text("figures.page.chart.crisis"),
            table,
            [(f"crisis.{k}", text(f"figures.crisis.{k}")) for k in figures.crisis_kinds()],
        ),
    }


def channel_rows(table: figures.Table) -> list[dict[str, Any]]:
    """started / completed / referral per channel (quarters only)."""
    return [
        {
            "label": text(f"figures.metric.{m}"),
            "cells": [table[f"{m}.{ch}"].text for ch in figures.CHANNELS] + [table[m].text],
        }
        for m in figures.CHANNEL_SPLIT
        if f"{m}.{figures.WEB}" in table.figures
    ]


OVERVIEW = (figures.STARTED, figures.COMPLETED, figures.REFERRAL, figures.CONSENT_REFUSED, figures.SHARE_REFUSED)


def overview(weeks: list[figures.Table]) -> list[dict[str, Any]]:
    """One row per published week of the quarter."""
    return [
        {
            "period": period_label(w.period),
            "cells": [text("figures.cell.withheld") if w.withheld else w[m].text for m in OVERVIEW],
        }
        for w in weeks
    ]


def quarters_to_offer(counts: dict[figures.CountKey, int], today: dt.date) -> list[str]:
    """From the first quarter with figures to the running one, newest first."""
    current = figures.quarter_of(figures.week_of_date(today))
    first = min((figures.quarter_of(week) for week, _, _ in counts), default=current)
    out = [first]
    while out[-1] < current:
        out.append(figures.next_quarter(out[-1]))
    return out[::-1]


@bp.get("/desk/cijfers")
@staff_required
def desk_figures() -> ResponseReturnValue:
    page: dict[str, Any] = {"staff_id": session["staff_id"]}
    if session.get("organisation") != COORDINATOR:
        return render_template("desk_figures.html", allowed=False, **page), 403
    store = get_store()
    today = figures.today_in_belgium()
    names = figures.municipalities(store) or [figures.deployment_municipality()]
    name = request.args.get("gemeente")
    name = name if name in names else names[0]
    counts = figures.counts_of(store, name)
    quarters = quarters_to_offer(counts, today)
    period = request.args.get("periode") or ""
    try:
        quarter = period if "-Q" in period else figures.quarter_of(period)
    except ValueError:  # not a week or a quarter (e.g. 2026-W99)
        quarter = ""
    if not PERIOD.match(period) or quarter not in quarters:
        over = [q for q in quarters if figures.is_over(q, today)]
        period = quarter = over[0] if over else quarters[0]
    weeks, whole = figures.quarter_tables(counts, name, quarter, today=today)
    if "-Q" in period:
        selected = whole
    else:
        selected = next((w for w in weeks if w.period == period), None)
    store.audit(session["staff_id"], "view_figures", None, {"period": period})
    first, last = figures.period_days(period)
    return render_template(
        "desk_figures.html",
        allowed=True,
        municipality=name,
        municipalities=names,
        period=period,
        period_name=period_label(period),
        days=text("figures.page.days", first=day_label(first), last=day_label(last)),
        last_day=day_label(last),
        is_quarter="-Q" in period,
        quarters=[(q, period_label(q)) for q in quarters],
        weeks=[(w.period, period_label(w.period)) for w in weeks],
        overview=overview(weeks) if "-Q" in period else [],
        overview_columns=[text(f"figures.metric.{m}") for m in OVERVIEW],
        table=selected,
        charts=charts(selected) if selected is not None and not selected.withheld else None,
        channels=channel_rows(selected) if selected is not None and not selected.withheld else [],
        channel_columns=[text("desk.channel.chat"), text("desk.channel.desk"), text("figures.page.total")],
        **page,
    )
