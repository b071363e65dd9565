"""The CSV export of referrals (bot/export.py), without a database."""
from __future__ import annotations

import csv
import io

import pytest

from bot.criteria import criteria
from bot.export import CSV_COLUMNS, csv_safe, to_csv

IDS = criteria().ids
CONSENT = {"given_at": "2026-03-04T09:30:15Z", "text_version": "3", "text_sha256": "ab" * 32,
           "withdrawn_at": None}


def item(reference: str = "STP-2345-6789", answers: dict | None = None, contact: dict | None = None) -> dict:
    """A referral in the shape of Store.export()."""
    data = {"reference": reference, "created_at": "2026-03-04T09:30:15Z", "channel": "web",
            "recorded_by": "self", "municipality": "Gent", "recipient": "OCMW Gent", "status": "new",
            "criteria": answers, "score": 2 if answers else None, "unknown": 0 if answers else None,
            "vulnerable": False if answers else None, "criteria_version": "2026.1",
            "share_answers": answers is not None, "consent": dict(CONSENT)}
    if contact is not None:
        data["contact"] = contact
    return data


def parse(text: str) -> tuple[list, list]:
    return next(csv.reader(io.StringIO(text))), list(csv.DictReader(io.StringIO(text)))


def test_header_has_a_column_per_criterion_in_order():
    header, rows = parse(to_csv([], IDS, with_contact=False))
    assert rows == []
    assert header[:len(CSV_COLUMNS)] == CSV_COLUMNS
    assert [c for c in header if c.startswith("criteria.")] == [f"criteria.{c}" for c in IDS]
    assert [c for c in header if c.startswith("consent.")] == [f"consent.{k}" for k in CONSENT]
    assert not [c for c in header if c.startswith("contact.")]


def test_columns_follow_the_criteria_passed_in():
    header, _ = parse(to_csv([item()], IDS[:2], with_contact=False))
    assert [c for c in header if c.startswith("criteria.")] == [f"criteria.{c}" for c in IDS[:2]]


def test_rows_hold_answers_and_consent_and_blanks_without_shared_answers():
    answers = {cid: ("inadequate" if i % 2 else "adequate") for i, cid in enumerate(IDS)}
    _, rows = parse(to_csv([item("STP-2345-6789", answers), item("STP-9876-5432")], IDS, False))
    shared, private = rows
    assert shared["reference"] == "STP-2345-6789" and private["reference"] == "STP-9876-5432"
    for cid in IDS:
        assert shared[f"criteria.{cid}"] == answers[cid]
        assert private[f"criteria.{cid}"] == ""
    assert shared["score"] == "2" and private["score"] == ""
    assert shared["consent.text_sha256"] == CONSENT["text_sha256"]
    assert shared["consent.withdrawn_at"] == ""


def test_contact_columns_only_when_asked():
    person = {"name": "An Peeters", "phone": "+32 470 11 22 33", "email": "an@example.be",
              "best_time": "maandag"}
    header, rows = parse(to_csv([item(contact=person)], IDS, with_contact=True))
    assert header[-4:] == ["contact.name", "contact.phone", "contact.email", "contact.best_time"]
    assert {k: rows[0][f"contact.{k}"] for k in person} == person


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "-2+3",
                                     "@SUM(A1:A9)"])
def test_formulas_in_contact_details_are_neutralised(formula):
    person = {"name": formula, "phone": None, "email": "an@example.be", "best_time": formula}
    _, rows = parse(to_csv([item(contact=person)], IDS, with_contact=True))
    for column in ("contact.name", "contact.best_time"):
        assert rows[0][column] == "'" + formula
    assert csv_safe(formula) == "'" + formula


@pytest.mark.parametrize("value", ["+32 470 11 22 33", "+32470112233", "An Peeters", "", None, 12])
def test_phone_numbers_and_plain_text_stay_as_they_are(value):
    assert csv_safe(value) == value
