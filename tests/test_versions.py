"""Versioned data files change only together with their `version`.

A stored referral records the criteria version it was scored with, and a
consent event the notice version the family saw. So a change to
bot/data/criteria.yml or bot/data/consent.yml without a new `version` would
make old records point at texts or rules they were not made with.

tests/data/versions.yml records, per file, `version -> SHA-256` of the file's
canonical content: the parsed YAML dumped as JSON with sorted keys, so
comments, key order, quoting and whitespace do not count. The test fails when
the current version is recorded with another hash (the file changed, the
version did not) and when the current version is not recorded yet.

After a deliberate change: bump `version` in the data file, then print the
line to add with

    .venv/bin/python -m tests.test_versions

Never rewrite the hash of a version that was released: records point at it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "data" / "versions.yml"
RECORD_NAME = "tests/data/versions.yml"
PRINT_COMMAND = ".venv/bin/python -m tests.test_versions"
VERSIONED = ("bot/data/criteria.yml", "bot/data/consent.yml")


def canonical_sha256(data: Any) -> str:
    """SHA-256 of parsed YAML: sorted-key JSON, so only the content counts."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def current(path: Path) -> tuple[str | None, str]:
    """(version, canonical hash) of a data file; version None when missing or not a string."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    version = data.get("version") if isinstance(data, dict) else None
    return (version if isinstance(version, str) else None), canonical_sha256(data)


def record_line(version: str, digest: str) -> str:
    return f'  "{version}": {digest}'


def problem(name: str, path: Path, recorded: dict[str, dict[str, str]]) -> str | None:
    """Why `path` (shown as `name`) is not in line with the record, or None."""
    version, digest = current(path)
    if version is None:
        return f'{name} has no `version`, or it is not a quoted string (write version: "2026.1", not version: 2026.1)'
    known = {str(k): str(v) for k, v in (recorded.get(name) or {}).items()}
    if version not in known:
        return (
            f"{name} has version {version}, which is not recorded in {RECORD_NAME}: "
            f"if the file changed on purpose, add this line under `{name}:` there\n"
            f"{record_line(version, digest)}\n"
            f"(`{PRINT_COMMAND}` prints it)"
        )
    if known[version] != digest:
        return (
            f"{name} changed but its version is still {version}: "
            f"bump `version` and record the new hash in {RECORD_NAME} "
            f"(`{PRINT_COMMAND}` prints the line to add)"
        )
    return None


def load_record(path: Path = RECORD) -> dict[str, dict[str, str]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


# the real files ------------------------------------------------------------


@pytest.mark.parametrize("name", VERSIONED)
def test_versioned_file_matches_its_recorded_hash(name):
    message = problem(name, ROOT / name, load_record())
    if message:
        pytest.fail(message, pytrace=False)


def test_record_is_well_formed():
    record = load_record()
    assert set(record) == set(VERSIONED), f"{RECORD_NAME} must list exactly {', '.join(VERSIONED)}"
    for name, versions in record.items():
        assert versions, f"{RECORD_NAME}: no versions under {name}"
        for version, digest in versions.items():
            assert isinstance(version, str), f"{RECORD_NAME}: quote the version {version!r} under {name}"
            assert re.fullmatch(r"[0-9a-f]{64}", str(digest)), f"{RECORD_NAME}: {name} {version}: not a SHA-256"


# the check itself, on copies -------------------------------------------------


@pytest.fixture
def copy(tmp_path):
    """A copy of consent.yml and a record that matches it."""
    path = tmp_path / "consent.yml"
    shutil.copyfile(ROOT / "bot/data/consent.yml", path)
    version, digest = current(path)
    assert version is not None
    return path, version, {"bot/data/consent.yml": {version: digest}}


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_matching_copy_passes(copy):
    path, _, record = copy
    assert problem("bot/data/consent.yml", path, record) is None


def test_comments_and_whitespace_do_not_count(copy):
    path, _, record = copy
    text = path.read_text(encoding="utf-8")
    path.write_text("# a new comment\n\n" + text.replace("\n", "   # c\n", 1).rstrip("\n") + "\n\n\n", encoding="utf-8")
    assert problem("bot/data/consent.yml", path, record) is None


def test_changed_text_with_same_version_fails(copy):
    path, version, record = copy
    _replace(path, "retention_days: 365", "retention_days: 730")
    message = problem("bot/data/consent.yml", path, record)
    assert message is not None
    assert message.startswith(
        f"bot/data/consent.yml changed but its version is still {version}: "
        f"bump `version` and record the new hash in tests/data/versions.yml"
    )


def test_bumped_version_not_recorded_fails_and_says_what_to_add(copy):
    path, version, record = copy
    _replace(path, f'version: "{version}"', 'version: "2099.9"')
    _, digest = current(path)
    message = problem("bot/data/consent.yml", path, record)
    assert message is not None
    assert "has version 2099.9, which is not recorded in tests/data/versions.yml" in message
    assert f'  "2099.9": {digest}' in message
    assert PRINT_COMMAND in message


def test_unquoted_version_fails(copy):
    path, version, record = copy
    _replace(path, f'version: "{version}"', "version: 2026.10")
    assert "not a quoted string" in (problem("bot/data/consent.yml", path, record) or "")


def main() -> int:
    """Print the current version and hash of each file, as lines for tests/data/versions.yml."""
    record = load_record() if RECORD.exists() else {}
    for name in VERSIONED:
        version, digest = current(ROOT / name)
        if version is None:
            print(f"{name}: no quoted `version`", file=sys.stderr)
            continue
        known = (record.get(name) or {}).get(version)
        state = (
            "recorded"
            if known == digest
            else "NOT recorded: add this line"
            if known is None
            else "recorded with ANOTHER hash: bump `version` in the file "
            "(replace the hash only if this version was never released)"
        )
        print(f"{name}:")
        print(f"{record_line(version, digest)}   # {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
