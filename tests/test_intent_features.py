"""The intent classifier's lexicon features (bot.interpret.lexicon_features,
components/lexicon_featurizer.py)."""

from __future__ import annotations

import numpy as np
import pytest

from bot import interpret
from bot.criteria import VALUES
from bot.interpret import LEXICON_STRENGTHS, lexicon_features, lexicon_fingerprint


def flags(text: str) -> set[tuple[str, str]]:
    vector = lexicon_features(text)
    pairs = [(s, v) for s in LEXICON_STRENGTHS for v in VALUES]
    return {pair for pair, x in zip(pairs, vector, strict=False) if x}


def test_the_vector_has_one_flag_per_strength_and_value_and_doubt():
    assert len(lexicon_features("iets")) == len(LEXICON_STRENGTHS) * len(VALUES) + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("de oudste spijbelt veel", ("keyword", "inadequate")),  # stimulation's list, whatever was asked
        ("we hebben geen vaste woning", ("keyword", "inadequate")),
        ("ik heb een vast contract", ("keyword", "adequate")),
        ("'t is soms een beetje krap", ("hedged", "inadequate")),
    ],
)
def test_a_deciding_phrase_of_any_criterion_sets_its_flag(text, expected):
    assert expected in flags(text)


def test_words_that_do_not_decide_set_no_flag():
    """Proxies ("huis", "thuis") and ambiguous words ("middelbaar") are left to the
    classifier's own reading: it must be able to confirm them independently."""
    assert flags("wij huren een huis") == set()
    assert flags("de kleine is thuis bij mij") == set()
    assert flags("Ahmed") == set()


def test_doubt_is_the_last_flag():
    assert lexicon_features("ik denk dat hij bso gedaan heeft")[-1] == 1.0
    assert lexicon_features("hij heeft bso gedaan")[-1] == 0.0


def test_the_fingerprint_follows_the_files_the_features_come_from(tmp_path, monkeypatch):
    extra = tmp_path / "words.yml"
    extra.write_text("a", encoding="utf-8")
    monkeypatch.setattr(interpret, "LEXICON_SOURCES", (*interpret.LEXICON_SOURCES, str(extra)))
    before = lexicon_fingerprint()
    extra.write_text("b", encoding="utf-8")
    assert lexicon_fingerprint() != before


def test_the_featurizer_adds_a_sentence_and_a_sequence_feature():
    from rasa.nlu.constants import TOKENS_NAMES
    from rasa.nlu.tokenizers.tokenizer import Token
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.lexicon_featurizer import LexiconFeaturizer

    featurizer = LexiconFeaturizer({**LexiconFeaturizer.get_default_config(), "weight": 2.0}, "lexicon")
    text = "de oudste spijbelt veel"
    tokens = [Token(w, i) for i, w in enumerate(text.split())]
    message = Message(data={TEXT: text, TOKENS_NAMES[TEXT]: tokens})
    [out] = featurizer.process([message])
    sequence, sentence = out.get_dense_features(TEXT)
    assert sentence.features.shape == (1, len(lexicon_features(text)))
    assert sequence.features.shape == (len(tokens), len(lexicon_features(text)))
    assert np.array_equal(sentence.features[0], np.array(lexicon_features(text), dtype=np.float32) * 2.0)
    assert LexiconFeaturizer.fingerprint_addon({}) == lexicon_fingerprint()
