"""The criteria data file: the real one loads, broken ones fail with a clear message."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from bot.criteria import DEFAULT_PATH, CriteriaError, load_criteria

from tests.oracle import CRITERIA, THRESHOLD

VALUES = {"inadequate", "adequate", "unknown"}


@pytest.fixture(scope="module")
def real():
    return load_criteria()


@pytest.fixture
def raw():
    """The real file as plain data, to break in one place per test."""
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def write(tmp_path: Path, data, name="criteria.yml") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


# -- the real file -------------------------------------------------------------------

def test_default_path_is_the_packaged_file():
    assert DEFAULT_PATH == Path(__file__).resolve().parent.parent / "bot" / "data" / "criteria.yml"
    assert DEFAULT_PATH.is_file()


def test_real_file_loads_the_expected_criteria_in_order(real):
    assert [c.id for c in real.criteria] == list(CRITERIA)
    assert real.ids == list(CRITERIA)


def test_real_file_has_version_and_threshold(real, raw):
    assert isinstance(real.version, str) and real.version.strip()
    assert real.version == str(raw["version"])
    assert real.threshold == THRESHOLD
    assert real.effective_date is not None


@pytest.mark.parametrize("cid", CRITERIA)
def test_each_criterion_is_complete(real, cid):
    c = real.get(cid)
    assert c.label.strip()
    assert c.family_question.strip() and c.staff_question.strip()
    assert c.why.strip()
    assert c.explain and c.explain.strip() and c.explain != c.family_question  # "wat bedoel je?"
    assert {o.value for o in c.options} == VALUES
    titles = [o.title for o in c.options]
    assert len(titles) == len(set(titles)), "button titles must be unique"
    assert all(t.strip() for t in titles)
    assert c.weak_items and all(item.strip() for item in c.weak_items)


def test_staff_options_cover_the_three_values(real):
    assert {o.value for o in real.staff_options} == VALUES


def test_income_question_follows_the_domain_rule(real):
    """domain.md: income minus debt repayments, without Groeipakket, against the leefloon."""
    text = real.get("income").staff_question.lower()
    for word in ("groeipakket", "schulden", "leefloon"):
        assert word in text


def test_education_counts_bso_even_completed(real):
    items = " ".join(real.get("education").weak_items).lower()
    assert "bso" in items and "buso" in items


def test_get_unknown_id_raises_key_error(real):
    with pytest.raises(KeyError):
        real.get("wealth")


# -- broken files ------------------------------------------------------------------

def assert_broken(path: Path, *needles: str) -> CriteriaError:
    with pytest.raises(CriteriaError) as info:
        load_criteria(path)
    message = str(info.value)
    assert str(path) in message, f"message does not name the file: {message}"
    for needle in needles:
        assert needle in message, f"{needle!r} not in message: {message}"
    return info.value


def test_not_yaml(tmp_path):
    assert_broken(write(tmp_path, "version: '1'\ncriteria: [unclosed, {\n"), "YAML")


def test_empty_file(tmp_path):
    assert_broken(write(tmp_path, ""), "mapping")


def test_top_level_list(tmp_path):
    assert_broken(write(tmp_path, "- income\n- employment\n"), "mapping")


def test_missing_file(tmp_path):
    assert_broken(tmp_path / "nope.yml", "not found")


def test_a_file_with_fewer_criteria_loads_in_its_own_order(tmp_path, raw):
    """criteria.yml is the master of the set: a file without housing is valid."""
    raw["criteria"] = [c for c in raw["criteria"] if c["id"] != "housing"][::-1]
    defs = load_criteria(write(tmp_path, raw))
    assert defs.ids == [c for c in CRITERIA if c != "housing"][::-1]


def test_no_criteria(tmp_path, raw):
    raw["criteria"] = []
    assert_broken(write(tmp_path, raw), "at least one criterion")


def test_threshold_above_the_number_of_criteria(tmp_path, raw):
    raw["criteria"] = raw["criteria"][:2]
    raw["threshold"] = 3
    assert_broken(write(tmp_path, raw), "threshold 3 is more than the 2 criteria")


def test_duplicate_id(tmp_path, raw):
    raw["criteria"].append(copy.deepcopy(raw["criteria"][0]))   # income twice
    assert_broken(write(tmp_path, raw), "income")


def test_duplicate_id_replacing_another(tmp_path, raw):
    raw["criteria"][3]["id"] = "income"       # housing is gone, income twice
    assert_broken(write(tmp_path, raw), "income", "unique")


@pytest.mark.parametrize("bad_id", ["Wealth", "7th", "well-being", "x"])
def test_criterion_id_must_be_a_slot_name(tmp_path, raw, bad_id):
    raw["criteria"][0]["id"] = bad_id
    assert_broken(write(tmp_path, raw), "criteria.0.id")


def test_invalid_option_value(tmp_path, raw):
    raw["criteria"][2]["options"][0]["value"] = "weak"
    assert_broken(write(tmp_path, raw), "weak")


def test_option_values_must_all_be_reachable(tmp_path, raw):
    health = raw["criteria"][4]
    health["options"] = [o for o in health["options"] if o["value"] != "unknown"]
    assert_broken(write(tmp_path, raw), "unknown")


@pytest.mark.parametrize("threshold", [7, 0, -1, "drie"])
def test_threshold_out_of_range(tmp_path, raw, threshold):
    raw["threshold"] = threshold
    assert_broken(write(tmp_path, raw), "threshold")


@pytest.mark.parametrize("key", ["version", "threshold", "criteria", "leefloon"])
def test_missing_top_level_key(tmp_path, raw, key):
    del raw[key]
    assert_broken(write(tmp_path, raw), key)


def test_empty_version(tmp_path, raw):
    raw["version"] = ""
    assert_broken(write(tmp_path, raw), "version")


def test_misspelt_key_is_not_ignored(tmp_path, raw):
    raw["treshold"] = raw.pop("threshold")
    assert_broken(write(tmp_path, raw), "treshold")


@pytest.mark.parametrize("field", ["why", "weak_items", "options", "family_question"])
def test_missing_criterion_field(tmp_path, raw, field):
    del raw["criteria"][1][field]
    assert_broken(write(tmp_path, raw), field)


def test_empty_weak_items(tmp_path, raw):
    raw["criteria"][0]["weak_items"] = []
    assert_broken(write(tmp_path, raw), "weak_items")


def test_duplicate_leefloon_date(tmp_path, raw):
    row = raw["leefloon"]["amounts"][0]
    raw["leefloon"]["amounts"].append(dict(row))
    assert_broken(write(tmp_path, raw), "leefloon")


def test_no_leefloon_amounts(tmp_path, raw):
    raw["leefloon"]["amounts"] = []
    assert_broken(write(tmp_path, raw), "amounts")


def test_a_valid_copy_loads(tmp_path, raw):
    """Guards the tests above: the unbroken copy written the same way loads."""
    defs = load_criteria(write(tmp_path, raw))
    assert defs.ids == list(CRITERIA)
