"""Withdrawing consent on the web, linked from the privacy page (issue 10): the
same steps as in the chat, as plain HTML forms (no JavaScript needed).

    GET  /privacy/withdraw          the code
    POST /privacy/withdraw          -> the choice: everything, or only the answers
    POST /privacy/withdraw/confirm  -> the confirmation (nothing is erased before it)
    POST /privacy/withdraw/done     -> done: the same answer for every code

The code and the choice travel in hidden fields; nothing is kept between the
steps. Every form has the CSRF token of Flask-WTF (web/app.py). Only the last
step looks the code up (bot.withdrawal.withdraw: audited, and the answer never
tells whether the code exists); it has a rate limit per client (web/limits.py
WITHDRAW_LIMIT), with a kind page on a 429 (audited, without the address).
"""

from __future__ import annotations

import logging

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError

from bot import withdrawal
from bot.messages import text
from bot.store import StorageError, normalise_reference
from web.common import get_store

bp = Blueprint("withdraw", __name__, url_prefix="/privacy/withdraw")
logger = logging.getLogger(__name__)  # never log a code

CODE, CHOICE, CONFIRM, DONE = "code", "choice", "confirm", "done"


def page(step: str, status: int = 200, **values: object) -> ResponseReturnValue:
    return render_template("withdraw.html", step=step, **values), status


class FormProblem(Exception):
    """A step's form is not right: the page to show instead."""

    def __init__(self, response: ResponseReturnValue) -> None:
        super().__init__("form problem")
        self.response = response


def typed_reference() -> str:
    """The code of the form; FormProblem: the code page again, with the reason."""
    reference = normalise_reference(request.form.get("reference", "")[:100])
    if reference is None:
        raise FormProblem(page(CODE, 400, error=text("withdraw.not_a_reference")))
    return reference


def typed_choice(reference: str) -> str:
    """ALL or ANSWERS; FormProblem: the choice page again."""
    choice = request.form.get("choice", "")
    if choice not in withdrawal.WITHDRAWALS:
        raise FormProblem(page(CHOICE, 400, reference=reference, error=text("withdraw_page.choose")))
    return choice


def confirm_page(reference: str, choice: str, status: int = 200, **values: object) -> ResponseReturnValue:
    if choice == withdrawal.ALL:
        question = text("withdraw_page.confirm_all", reference=reference)
    else:
        question = text("withdraw_page.confirm_answers", reference=reference)
    return page(CONFIRM, status, reference=reference, choice=choice, question=question, **values)


@bp.get("")
def withdraw_start() -> ResponseReturnValue:
    return page(CODE)


@bp.post("")
def withdraw_code() -> ResponseReturnValue:
    return page(CHOICE, reference=typed_reference())


@bp.post("/confirm")
def withdraw_confirm() -> ResponseReturnValue:
    reference = typed_reference()
    return confirm_page(reference, typed_choice(reference))


@bp.post("/done")
def withdraw_done() -> ResponseReturnValue:
    reference = typed_reference()
    choice = typed_choice(reference)
    try:
        withdrawal.withdraw(get_store, reference, choice, channel=withdrawal.WEB)
    except StorageError as exc:  # the class name only: driver messages can quote SQL parameters
        logger.error("withdrawal on the web failed: %s", type(exc).__name__)
        return confirm_page(reference, choice, 503, error=text("withdraw.unavailable"))
    return page(DONE, answer=text(withdrawal.ANSWERED_KEYS[choice], reference=reference))


@bp.errorhandler(FormProblem)
def form_problem(exc: FormProblem) -> ResponseReturnValue:
    return exc.response


@bp.errorhandler(429)
def too_many(exc: Exception) -> ResponseReturnValue:
    """Too many attempts from this client (web/limits.py): a kind page, audited."""
    try:
        get_store().audit(withdrawal.ACTOR, "withdraw.rate_limited", None, {"channel": withdrawal.WEB})
    except StorageError:
        pass  # the refusal does not depend on the audit
    return page(CODE, 429, error=text("withdraw_page.too_many"))


@bp.errorhandler(CSRFError)
def form_expired(exc: CSRFError) -> ResponseReturnValue:
    return page(CODE, 400, error=text("web_error.form_expired"))
