"""scripts/benchmark.py --hide: a blind round's sentences never reach the output, its figures do."""

import pytest

from scripts import benchmark


@pytest.fixture
def hidden():
    benchmark.HIDDEN.clear()
    benchmark.HIDDEN.update({"round-4", "round-5"})
    yield
    benchmark.HIDDEN.clear()


def test_a_hidden_round_prints_a_placeholder(hidden):
    assert benchmark.shown({"text": "kheb geen werk", "source": "round-4"}) == "<round-4: hidden>"
    assert benchmark.shown({"text": "kheb geen werk", "source": "round-5"}) == "<round-5: hidden>"


def test_other_rounds_print_their_sentence(hidden):
    assert benchmark.shown({"text": "kheb geen werk", "source": "round-3"}) == "'kheb geen werk'"
    assert benchmark.shown({"text": "kheb geen werk"}) == "'kheb geen werk'"  # round 1


def test_the_listing_of_failures_keeps_a_hidden_sentence_out(hidden, capsys):
    results = [
        {"criterion": "income", "n": 1, "tag": "spreektaal", "text": "geheim zinnetje", "source": "round-5",
         "value": "inadequate", "grade": "silent_wrong", "observed": {"value": "adequate"}},
        {"criterion": "income", "n": 2, "tag": "clean", "text": "open zinnetje", "source": "round-2",
         "value": "inadequate", "grade": "silent_wrong", "observed": {"value": "adequate"}},
    ]
    benchmark.listing(results, "silent_wrong", "Silent wrong", lambda r: "x")
    out = capsys.readouterr().out
    assert "geheim" not in out and "<round-5: hidden>" in out and "'open zinnetje'" in out
    assert "Silent wrong: 2" in out
