"""CSV export of referrals (the dict shape of `Store.export`).

Used by the staff command line and the staff desk. Free text from families
(contact details) is guarded against spreadsheet formula injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from bot.storage.referrals import is_verified

CSV_COLUMNS: list[str] = [
    "reference",
    "created_at",
    "channel",
    "verified",  # false: typed online by someone unknown, not checked (the desk's not-verified mark)
    "recorded_by",
    "municipality",
    "recipient",
    "status",
    "score",
    "unknown",
    "vulnerable",
    "criteria_version",
    "share_answers",
]
CONSENT_COLUMNS: list[str] = [
    "consent.given_at",
    "consent.text_version",
    "consent.text_sha256",
    "consent.withdrawn_at",
]
CONTACT_COLUMNS: list[str] = ["contact.name", "contact.phone", "contact.email", "contact.best_time"]

# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@")


def columns(criterion_ids: Sequence[str], with_contact: bool) -> list[str]:
    """The CSV header: fixed columns, one column per criterion, consent, contact."""
    result = CSV_COLUMNS + [f"criteria.{c}" for c in criterion_ids] + CONSENT_COLUMNS
    if with_contact:
        result += CONTACT_COLUMNS
    return result


def to_csv(items: Sequence[Mapping[str, Any]], criterion_ids: Sequence[str], with_contact: bool) -> str:
    """Referrals as CSV text, one row per referral."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns(criterion_ids, with_contact), lineterminator="\n")
    writer.writeheader()
    for item in items:
        row: dict[str, Any] = {k: item[k] for k in CSV_COLUMNS if k != "verified"}
        row["verified"] = is_verified(item["channel"])
        for cid in criterion_ids:
            row[f"criteria.{cid}"] = (item["criteria"] or {}).get(cid)
        for key, value in item["consent"].items():
            row[f"consent.{key}"] = value
        for key, value in (item.get("contact") or {}).items():
            row[f"contact.{key}"] = csv_safe(value)
        writer.writerow(row)
    return out.getvalue()


def csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas in free text (CSV injection).

    Phone numbers such as '+32 470 12 34 56' stay as they are."""
    if isinstance(value, str) and value[:1] in FORMULA_PREFIXES and not value[1:].replace(" ", "").isdigit():
        return "'" + value
    return value
