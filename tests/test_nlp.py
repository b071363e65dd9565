"""The Dutch spaCy pipeline: lemmas, entity ruler, saving and loading.

Everything here runs offline on the blank Dutch pipeline. The test that
needs nl_core_news_sm is skipped when that package is not installed.
"""
import json
import os
import subprocess
import sys
import textwrap

import pytest
import spacy

from bot.nlp import pipeline
from bot.nlp.pipeline import LABELS, build_pipeline, save_pipeline

pytestmark = pytest.mark.model

SM_MISSING_REASON = (
    "nl_core_news_sm is not installed (offline machine); "
    "install with: python -m spacy download nl_core_news_sm"
)

# Sentences whose entities must be the same after saving and reloading.
ROUND_TRIP_SENTENCES = [
    "we hebben 1.400 euro per maand",
    "ik woon in 9000 Gent",
    "bel me op 0470 12 34 56",
    "mail naar an.peeters@telenet.be",
    "we hebben drie kinderen",
    "ik woon in sint niklaas",
    "Mijn huur is € 650,00 en ik woon in Gentbrugge, bel +32 470 12 34 56.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(base=None)


_EMAIL_ONLY = [{"label": "EMAIL", "pattern": [{"LIKE_EMAIL": True}]}]


def ents(nlp, text):
    return [(e.label_, e.text) for e in nlp(text).ents]


def test_blank_pipeline_components(nlp):
    assert nlp.lang == "nl"
    assert nlp.pipe_names == ["lemmatizer", "entity_ruler"]
    assert nlp.get_pipe("lemmatizer").mode == "lookup"
    assert set(nlp.get_pipe("entity_ruler").labels) == set(LABELS)


def test_none_forces_blank_even_when_sm_is_installed(nlp):
    assert "ner" not in nlp.pipe_names


@pytest.mark.parametrize(
    "word, lemma",
    [
        ("woonden", "wonen"),
        ("gewerkt", "werken"),
        ("gehuurd", "huren"),
        ("schulden", "schuld"),
        ("kreeg", "krijgen"),
        ("zochten", "zoeken"),
        ("hadden", "hebben"),
    ],
)
def test_lemmas(nlp, word, lemma):
    doc = nlp(f"wij {word} toen")
    assert doc[1].lemma_ == lemma


@pytest.mark.parametrize(
    "text, expected",
    [
        # MONEY
        ("we hebben 1.400 euro per maand", [("MONEY", "1.400 euro")]),
        ("de huur is € 1.250,50", [("MONEY", "€ 1.250,50")]),
        ("de huur is €1.250,50", [("MONEY", "€1.250,50")]),
        ("ik krijg €1250", [("MONEY", "€1250")]),
        ("ik krijg 1250 euro", [("MONEY", "1250 euro")]),
        ("ik krijg 1.250 EUR", [("MONEY", "1.250 EUR")]),
        ("ik krijg 1400 eur", [("MONEY", "1400 eur")]),
        ("ik krijg 1.400,00 €", [("MONEY", "1.400,00 €")]),
        ("ik krijg 1400€", [("MONEY", "1400€")]),
        ("ik krijg € 1 400", [("MONEY", "€ 1 400")]),
        ("ik krijg 1250euro", [("MONEY", "1250euro")]),
        ("ik heb duizend euro schulden", [("MONEY", "duizend euro")]),
        ("ik verdien 2000 per maand", [("MONEY", "2000 per maand")]),
        ("ik verdien 1800 netto", [("MONEY", "1800 netto")]),
        # NUMBER
        ("we hebben drie kinderen", [("NUMBER", "drie")]),
        ("twee", [("NUMBER", "twee")]),
        ("Vijf kinderen", [("NUMBER", "Vijf")]),
        ("we zijn met twintig", [("NUMBER", "twintig")]),
        ("ik ben drieëntwintig", [("NUMBER", "drieëntwintig")]),
        ("we hebben 3 kinderen", [("NUMBER", "3")]),
        ("ik ben 45 jaar", [("NUMBER", "45")]),
        ("sinds 2020 werkloos", [("NUMBER", "2020")]),  # a year, not Antwerpen
        # MUNICIPALITY
        ("ik woon in 9000 Gent", [("MUNICIPALITY", "9000 Gent")]),
        ("ik woon in 9000", [("MUNICIPALITY", "9000")]),
        ("ik woon in Gent", [("MUNICIPALITY", "Gent")]),
        ("ik woon in gent", [("MUNICIPALITY", "gent")]),
        ("ik woon in sint niklaas", [("MUNICIPALITY", "sint niklaas")]),
        ("ik woon in Sint-Niklaas", [("MUNICIPALITY", "Sint-Niklaas")]),
        ("ik woon in St-Niklaas", [("MUNICIPALITY", "St-Niklaas")]),
        ("ik woon in heist op den berg", [("MUNICIPALITY", "heist op den berg")]),
        ("we wonen in Gentbrugge", [("MUNICIPALITY", "Gentbrugge")]),
        ("ik woon in Elsene", [("MUNICIPALITY", "Elsene")]),
        ("j'habite à Ixelles", [("MUNICIPALITY", "Ixelles")]),
        ("ik woon in Biévène", [("MUNICIPALITY", "Biévène")]),
        ("ik woon in Bievene", [("MUNICIPALITY", "Bievene")]),
        ("ik woon in 's-Gravenwezel", [("MUNICIPALITY", "'s-Gravenwezel")]),
        ("ik woon in Merelbeke-Melle", [("MUNICIPALITY", "Merelbeke-Melle")]),
        ("ik woon in 2400 Mol", [("MUNICIPALITY", "2400 Mol")]),
        ("ik woon in 2400 mol", [("MUNICIPALITY", "2400 mol")]),
        ("ik woon in Mol", [("MUNICIPALITY", "Mol")]),
        ("ik werk in Meer", [("MUNICIPALITY", "Meer")]),
        # PHONE
        ("bel me op 0470 12 34 56", [("PHONE", "0470 12 34 56")]),
        ("bel me op 0470123456", [("PHONE", "0470123456")]),
        ("bel me op +32 470 12 34 56", [("PHONE", "+32 470 12 34 56")]),
        ("bel me op 0032470123456", [("PHONE", "0032470123456")]),
        ("bel me op 09 123 45 67", [("PHONE", "09 123 45 67")]),
        ("bel me op 02/123.45.67", [("PHONE", "02/123.45.67")]),
        ("bel me op 0470/12.34.56", [("PHONE", "0470/12.34.56")]),
        ("bel me op 0470 123 456", [("PHONE", "0470 123 456")]),
        ("bel me op +32 (0)470 12 34 56", [("PHONE", "+32 (0)470 12 34 56")]),
        # EMAIL
        ("mail naar an.peeters@telenet.be", [("EMAIL", "an.peeters@telenet.be")]),
        ("mijn mail: jan_de-smet+ocmw@skynet.be.", [("EMAIL", "jan_de-smet+ocmw@skynet.be")]),
        # several at once
        (
            "Ik woon in 8500 Kortrijk, we zijn met vier, de huur is 750 euro, "
            "bel 056 12 34 56 of mail els@proximus.be",
            [
                ("MUNICIPALITY", "8500 Kortrijk"),
                ("NUMBER", "vier"),
                ("MONEY", "750 euro"),
                ("PHONE", "056 12 34 56"),
                ("EMAIL", "els@proximus.be"),
            ],
        ),
    ],
)
def test_entities(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3 kinderen",
        "we hebben 3 kinderen en 2 honden",
        "ik ben 45 jaar",
        "ik woon in 9000 Gent",
        "bel me op 0470 12 34 56",
        "in 2018 ben ik verhuisd",
        "mijn huisnummer is 12",
    ],
)
def test_no_money_on_plain_numbers(nlp, text):
    assert "MONEY" not in [label for label, _ in ents(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "ik wil meer geld",
        "Meer info graag",
        "ik moet de kinderen halen",
        "ik wil iets melden",
        "het doel is werk vinden",
        "ik heb een boom in de tuin",
        "mijn lot is zwaar",
        "we moeten de schulden afbetalen",
        "ik kan niet werken",
        "mijn haren zijn nat",
        "ik zit op zolder",
        "de geel-zwarte bus",
        "in 2018 ben ik verhuisd",
    ],
)
def test_no_false_municipality(nlp, text):
    assert "MUNICIPALITY" not in [label for label, _ in ents(nlp, text)]


def test_no_entity_for_the_article_een(nlp):
    assert ents(nlp, "ik heb een kind") == []


def test_municipality_entity_ids(nlp):
    doc = nlp("ik woon in Gentbrugge en werk in 8500")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Gentbrugge", "Gent"), ("8500", "Kortrijk")]


def test_entity_values_parse(nlp):
    """What the ruler finds, the parsers and lookup() understand."""
    from bot.municipalities import lookup
    from bot.nlp.numbers import is_valid_email, normalise_phone, parse_money, parse_number_words

    doc = nlp(
        "Ik woon in 9050 Gentbrugge, we zijn met drie, we hebben € 1.250,50 per maand, "
        "bel 0470/12.34.56 of mail an.peeters@telenet.be"
    )
    by_label = {e.label_: e.text for e in doc.ents}
    assert lookup(by_label["MUNICIPALITY"]).name == "Gent"
    assert parse_number_words(by_label["NUMBER"]) == 3
    assert str(parse_money(by_label["MONEY"])) == "1250.50"
    assert normalise_phone(by_label["PHONE"]) == "+32470123456"
    assert is_valid_email(by_label["EMAIL"])


def test_patterns_are_valid(nlp):
    """The ruler runs with validate=False (faster loading): check them here."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=True)
    patterns = nlp.get_pipe("entity_ruler").patterns
    assert {p["label"] for p in patterns} == set(LABELS)
    for i, entry in enumerate(patterns):
        matcher.add(f"p{i}", [entry["pattern"]])


def test_meta(nlp):
    assert nlp.meta["name"] == "stapsteen_nl"
    assert "blank nl" in nlp.meta["description"]


def test_patterns_are_token_patterns_only(nlp):
    """No phrase patterns: loading must not need to run other components."""
    patterns = nlp.get_pipe("entity_ruler").patterns
    assert patterns
    assert all(isinstance(p["pattern"], list) for p in patterns)


# --------------------------------------------------------------------------
# saving and loading (what Rasa's SpacyNLP does)
# --------------------------------------------------------------------------

LOAD_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import spacy
    nlp = spacy.load(sys.argv[1])
    assert "bot" not in sys.modules, "loading the pipeline imported the bot package"
    sentences = json.loads(sys.argv[2])
    out = {
        "pipe_names": nlp.pipe_names,
        "lemma": nlp("wij woonden")[1].lemma_,
        "ents": [[[e.label_, e.text] for e in nlp(s).ents] for s in sentences],
    }
    print("RESULT " + json.dumps(out))
    """
)


def _load_in_fresh_process(path, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    # -I: isolated mode, neither the repository nor PYTHONPATH is on sys.path,
    # so importing bot is impossible. Rasa only calls spacy.load(path).
    proc = subprocess.run(
        [sys.executable, "-I", "-c", LOAD_SCRIPT, str(path), json.dumps(ROUND_TRIP_SENTENCES)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(line for line in proc.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def test_save_and_load_in_a_process_without_bot(nlp, tmp_path):
    output = tmp_path / "var" / "spacy" / "nl_stapsteen"
    assert save_pipeline(output, base=None) == output
    assert (output / "meta.json").is_file()
    assert (output / "config.cfg").is_file()
    result = _load_in_fresh_process(output, tmp_path)
    assert result["pipe_names"] == ["lemmatizer", "entity_ruler"]
    assert result["lemma"] == "wonen"
    expected = [[list(e) for e in ents(nlp, s)] for s in ROUND_TRIP_SENTENCES]
    assert result["ents"] == expected
    assert all(result["ents"])  # every sentence has at least one entity


def test_save_replaces_existing_pipeline_and_leaves_no_temp_dirs(tmp_path, monkeypatch):
    output = tmp_path / "nl_stapsteen"
    output.mkdir()
    (output / "stale-file").write_text("old")
    small = spacy.blank("nl")
    monkeypatch.setattr(pipeline, "build_pipeline", lambda base="auto": small)
    save_pipeline(output, base=None)
    assert not (output / "stale-file").exists()
    assert (output / "meta.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nl_stapsteen"]
    assert oct(output.stat().st_mode & 0o777) != oct(0o700)  # not mkdtemp's private mode


def test_failed_save_keeps_the_old_pipeline(tmp_path, monkeypatch):
    output = tmp_path / "nl_stapsteen"
    output.mkdir()
    (output / "meta.json").write_text("{}")

    class Broken:
        def to_disk(self, path):
            (path / "half-written").write_text("x")
            raise OSError("disk full")

    monkeypatch.setattr(pipeline, "build_pipeline", lambda base="auto": Broken())
    with pytest.raises(OSError):
        save_pipeline(output, base=None)
    assert sorted(p.name for p in output.iterdir()) == ["meta.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nl_stapsteen"]


def test_save_creates_parent_directories(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "build_pipeline", lambda base="auto": spacy.blank("nl"))
    output = tmp_path / "a" / "b" / "c"
    save_pipeline(output)
    assert spacy.load(output).lang == "nl"


# --------------------------------------------------------------------------
# a statistical base pipeline
# --------------------------------------------------------------------------

def test_ruler_goes_before_a_statistical_ner(tmp_path):
    """With a base that has "ner" (like nl_core_news_sm) the ruler wins.

    Uses a tiny, untrained ner so it runs offline; its random predictions
    must not replace the ruler's entities.
    """
    base = spacy.blank("nl")
    ner = base.add_pipe("ner")
    ner.add_label("LOC")
    ner.add_label("PER")
    base.initialize()
    base.to_disk(tmp_path / "base")
    nlp = build_pipeline(str(tmp_path / "base"))
    assert nlp.pipe_names == ["entity_ruler", "ner"]
    found = ents(nlp, "ik woon in 9000 Gent en we hebben 1.400 euro per maand")
    assert ("MUNICIPALITY", "9000 Gent") in found
    assert ("MONEY", "1.400 euro") in found


def test_auto_uses_blank_when_sm_is_missing(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    monkeypatch.setattr(pipeline, "entity_patterns", lambda nlp: _EMAIL_ONLY)
    nlp = build_pipeline("auto")
    assert nlp.pipe_names == ["lemmatizer", "entity_ruler"]


@pytest.mark.skipif(not spacy.util.is_package("nl_core_news_sm"), reason=SM_MISSING_REASON)
def test_with_nl_core_news_sm():
    nlp = build_pipeline("auto")
    assert "ner" in nlp.pipe_names
    assert nlp.pipe_names.index("entity_ruler") < nlp.pipe_names.index("ner")
    for text, expected in [
        ("we hebben 1.400 euro per maand", ("MONEY", "1.400 euro")),
        ("ik woon in 9000 Gent", ("MUNICIPALITY", "9000 Gent")),
        ("bel me op 0470 12 34 56", ("PHONE", "0470 12 34 56")),
        ("mail naar an.peeters@telenet.be", ("EMAIL", "an.peeters@telenet.be")),
        ("we hebben drie kinderen", ("NUMBER", "drie")),
        ("ik woon in sint niklaas", ("MUNICIPALITY", "sint niklaas")),
    ]:
        assert expected in ents(nlp, text), text
    assert nlp("wij woonden daar")[1].lemma_ == "wonen"
