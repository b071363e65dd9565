"""The deployment file (bot/deployment.py): who is responsible for the data.

Validated on every start; in production (STAPSTEEN_ENV=production) the demo
file shipped for `make run` stops the start, in the web server and in the
action server.
"""
from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path

import pytest
import yaml

from bot import deployment as dep_mod
from bot.deployment import DeploymentError, check_for_start, load_deployment

SHIPPED = Path(dep_mod.__file__).parent / "data" / "deployment.yml"

# A filled-in deployment (a made-up but not demo-looking municipality).
REAL = {
    "demo": False,
    "controller": {"type": "local_authority", "name": "Lokaal bestuur Zandhoven-Oost (OCMW Zandhoven-Oost)",
                   "email": "info@zandhoven-oost.be", "phone": "03 123 45 67",
                   "address": "Markt 1, 2240 Zandhoven-Oost"},
    "dpo": {"name": "Functionaris voor gegevensbescherming, Lokaal bestuur Zandhoven-Oost",
            "email": "dpo@zandhoven-oost.be", "phone": "+32 3 123 45 68", "address": "Markt 1, 2240 Zandhoven-Oost"},
    "legal_basis": {"consent": "artikel 6.1.a van de AVG", "health": "artikel 9.2.a van de AVG"},
}


def write_deployment(path: Path, data: dict | None = None) -> Path:
    path.write_text(yaml.safe_dump(REAL if data is None else data, allow_unicode=True), encoding="utf-8")
    return path


def changed(**parts) -> dict:
    data = copy.deepcopy(REAL)
    for dotted, value in parts.items():
        *where, last = dotted.split("__")
        target = data
        for key in where:
            target = target[key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    return data


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.delenv("STAPSTEEN_ENV", raising=False)
    monkeypatch.delenv("STAPSTEEN_DEPLOYMENT_FILE", raising=False)
    dep_mod.deployment.cache_clear()
    yield
    dep_mod.deployment.cache_clear()


def test_the_shipped_file_is_a_valid_demo_of_a_local_authority():
    dep = load_deployment(SHIPPED)
    assert dep.demo is True
    assert "Voorbeeld-gemeente" in dep.controller.name
    assert dep.controller.type == "local_authority" and dep.authority == "vtc"
    assert "6.1.a" in dep.legal_basis.consent and "9.2.a" in dep.legal_basis.health
    assert dep.demo_values()                                    # every demo value says so


def test_the_setting_names_another_file(tmp_path, monkeypatch):
    path = write_deployment(tmp_path / "d.yml")
    monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(path))
    assert dep_mod.deployment().controller.email == "info@zandhoven-oost.be"


@pytest.mark.parametrize("kind, authority", [("local_authority", "vtc"), ("non_profit", "gba")])
def test_the_supervisory_authority_follows_the_controller_type(tmp_path, kind, authority):
    assert load_deployment(write_deployment(tmp_path / "d.yml", changed(controller__type=kind))).authority == authority


@pytest.mark.parametrize("data, problem", [
    (changed(controller__type="company"), "controller.type"),
    (changed(dpo__email="geen-adres"), "dpo.email"),
    (changed(dpo__phone="bel ons"), "dpo.phone"),
    (changed(dpo=None), "dpo: field required"),
    (changed(legal_basis__health=None), "legal_basis.health"),
    (changed(controller__fax="x"), "controller.fax: extra fields not permitted"),
    (changed(demo="misschien"), "demo"),
])
def test_a_broken_file_names_the_problem(tmp_path, data, problem):
    with pytest.raises(DeploymentError, match=problem):
        load_deployment(write_deployment(tmp_path / "d.yml", data))


def test_a_missing_or_unreadable_file_stops_every_start(tmp_path):
    with pytest.raises(DeploymentError, match="deployment file not found"):
        check_for_start(production=False, path=tmp_path / "nope.yml")
    (tmp_path / "bad.yml").write_text("controller: [", encoding="utf-8")
    with pytest.raises(DeploymentError, match="not valid YAML"):
        check_for_start(production=False, path=tmp_path / "bad.yml")


def test_development_starts_with_the_demo_file():
    assert check_for_start(production=False).demo is True


def test_production_refuses_the_demo_file():
    with pytest.raises(DeploymentError, match=r"demo values \(demo: true\).*STAPSTEEN_DEPLOYMENT_FILE"):
        check_for_start(production=True)


def test_production_refuses_example_values_left_in_a_copy(tmp_path):
    data = changed(dpo__email="privacy@voorbeeld-gemeente.be")
    with pytest.raises(DeploymentError, match=r"example values in dpo\.email"):
        check_for_start(production=True, path=write_deployment(tmp_path / "d.yml", data))


def test_production_starts_with_a_filled_in_file(tmp_path, monkeypatch):
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.setenv("STAPSTEEN_DEPLOYMENT_FILE", str(write_deployment(tmp_path / "d.yml")))
    assert check_for_start().demo is False


def test_the_action_server_does_not_start_on_the_demo_file_in_production(monkeypatch):
    """rasa_sdk imports actions/ at start: actions/common.py checks on import."""
    monkeypatch.setenv("STAPSTEEN_ENV", "production")
    monkeypatch.delitem(sys.modules, "actions.common", raising=False)
    with pytest.raises(DeploymentError, match="demo values"):
        importlib.import_module("actions.common")
    monkeypatch.delenv("STAPSTEEN_ENV")
    monkeypatch.delitem(sys.modules, "actions.common", raising=False)
    assert importlib.import_module("actions.common").check_for_start
