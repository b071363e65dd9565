"""Free text -> criterion value (bot/interpret.py), without Rasa."""
import datetime as dt
from decimal import Decimal

import pytest

from bot.criteria import criteria
from bot.interpret import interpret_answer

DAY = dt.date(2026, 1, 15)          # leefloon cat. 3 in force: 1776.07


def interp(cid, text, **kw):
    kw.setdefault("today", DAY)
    return interpret_answer(cid, text, **kw)


@pytest.mark.parametrize("cid", criteria().ids)
def test_every_button_title_maps_to_its_value(cid):
    for option in criteria().get(cid).options:
        got = interp(cid, option.title.upper())
        assert (got.value, got.certain, got.reason) == (option.value, True, "button")


@pytest.mark.parametrize("word,value", [("ontoereikend", "inadequate"), ("toereikend", "adequate"),
                                        ("Onbekend", "unknown")])
def test_staff_words(word, value):
    assert interp("housing", word).value == value


@pytest.mark.parametrize("text,value", [
    ("we hebben 1.400 euro per maand", "inadequate"),
    ("€ 1.776,07", "adequate"),           # equal to the leefloon is not below it
    ("1776,06 euro", "inadequate"),
    ("we verdienen 2500 eur netto", "adequate"),
])
def test_income_amounts_use_the_leefloon(text, value):
    got = interp("income", text)
    assert (got.value, got.reason, got.certain) == (value, "amount", True)
    assert got.amount is not None and got.amount > Decimal(1000)


def test_amount_from_a_money_entity():
    got = interp("income", "ongeveer zoveel", entities=[{"entity": "MONEY", "value": "1.200 euro"}])
    assert (got.value, got.amount) == ("inadequate", Decimal("1200"))


def test_a_bare_number_for_another_question_is_not_an_amount():
    assert interp("housing", "1400").value is None


@pytest.mark.parametrize("cid,text,value", [
    ("education", "ik heb BSO gedaan", "inadequate"),
    ("education", "ik heb een bachelor", "adequate"),
    ("housing", "er is schimmel in de badkamer", "inadequate"),
    ("employment", "ik werk via interim", "inadequate"),
    ("health", "mijn zoon heeft een handicap", "inadequate"),
    ("stimulation", "ze gaat niet naar de kleuterschool", "inadequate"),
])
def test_keywords_decide(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain, got.reason) == (value, True, "keyword")


def test_negated_keyword_is_checked_back_not_guessed():
    got = interp("housing", "nee, geen schimmel of zo")
    assert got.value != "inadequate" or not got.certain


def test_intent_with_low_confidence_asks_back():
    got = interp("housing", "tja het is zoals het is", intent="answer_problem", confidence=0.55)
    assert (got.value, got.certain) == ("inadequate", False)


def test_intent_with_high_confidence_is_accepted():
    got = interp("housing", "tja het is zoals het is", intent="answer_fine", confidence=0.95)
    assert (got.value, got.certain) == ("adequate", True)


def test_refusal_is_unknown():
    assert interp("health", "zeg ik liever niet").value == "unknown"


@pytest.mark.parametrize("cid,intent,value", [("income", "affirm", "adequate"), ("income", "deny", "inadequate"),
                                              ("health", "affirm", "inadequate"), ("health", "deny", "adequate")])
def test_yes_no_follows_the_question_polarity(cid, intent, value):
    assert interp(cid, "ja" if intent == "affirm" else "nee", intent=intent, confidence=0.99).value == value


def test_yes_to_an_open_question_is_not_understood():
    assert interp("housing", "ja", intent="affirm", confidence=0.99).value is None


@pytest.mark.parametrize("text", ["", "   ", "😀", "<script>alert(1)</script>", "a" * 5000, "\x00\x07"])
def test_nonsense_is_not_understood(text):
    assert interp("housing", text).value is None


# -- normalisation: Flemish spreektaal, loanwords, learner Dutch (bot.normalise.spoken) -------------

from bot.interpret import find_signals  # noqa: E402
from bot.normalise import fold, spoken  # noqa: E402


@pytest.mark.parametrize("typed,plain", [
    ("'t gaat ni goe", "het gaat niet goed"),
    ("lukt nie", "lukt niet"),
    ("da werkt nie meer", "dat werkt niet meer"),
    ("'t is nimmer zo", "het is niet meer zo"),
    ("'t en is ni goe", "het is niet goed"),          # the Flemish negative particle 'en'
    ("k en weet het ni", "ik weet het niet"),
    ("kheb gene werk", "ik heb geen werk"),
    ("nergens plaats, niemand helpt, nooit geld", "nergens plaats , niemand helpt , nooit geld"),
])
def test_spoken_negation(typed, plain):
    assert spoken(typed) == plain


@pytest.mark.parametrize("typed,plain", [
    ("goe", "goed"), ("da's goe", "dat is goed"), ("kzit thuis", "ik zit thuis"), ("kheb", "ik heb"),
    ("'tis zwaar", "het is zwaar"), ("ge moet da weten", "je moet dat weten"), ("gij", "je"),
    ("gaat u niet aan", "gaat je niet aan"), ("zijde zeker", "ben je zeker"), ("hebde kinders", "heb je kinderen"),
    ("mijne vent", "mijn man"), ("ne job", "een job"), ("nen appartement", "een appartement"),
    ("wa wilde", "wat wilde"), ("efkes", "even"), ("ambetant", "vervelend"), ("k'heb m'n diploma", "ik heb mijn diploma"),
    ("B.S.O.", "bso"), ("art. 60", "artikel 60"), ("flexi-job", "flexi job"),
    # phone shorthand; "ma" is "maar" unless a word before it makes it the mother
    ("gn warm water", "geen warm water"), ("mn vriend", "mijn vriend"), ("wss vast", "waarschijnlijk vast"),
    ("idk tis krap", "het is krap"), ("idk", "ik weet niet"), ("idk wat hij verdient", "ik weet niet wat hij verdient"),
    ("astma ma met de puffer", "astma maar met de puffer"), ("ons ma helpt", "ons ma helpt"),
    ("bij mijn ma, ma goed", "bij mijn ma , maar goed"), ("we zijn mee pensioen", "we zijn met pensioen"),
    # English or Spanish "no": before a thing "geen", before a pronoun or a comma "nee"
    ("no warm water", "geen warm water"), ("no, ik werk", "nee , ik werk"), ("no ik niet", "nee ik niet"),
    ("no", "nee"),
])
def test_spoken_spelling(typed, plain):
    assert spoken(typed) == plain


@pytest.mark.parametrize("typed,plain", [
    ("ça va", "gaat wel"), ("Ça va pas", "gaat niet goed"), ("c'est bon", "is goed"),
    ("allez, merci", "bedankt"), ("oké", "ok"), ("okee", "ok"), ("sorry, basta", ""),
    ("pas de problème", "geen probleem"), ("oui", "ja"), ("non", "nee"),
])
def test_spoken_loanwords(typed, plain):
    assert spoken(typed) == plain


@pytest.mark.parametrize("typed,plain", [
    ("ik niet werken", "ik werk niet"),
    ("ik hebben geen werk", "ik heb geen werk"),
    ("ik ook niet hebben diploma", "ik heb ook niet diploma"),
    ("mijn kinder", "mijn kinderen"),
    ("we hebbe geen geld", "we hebben geen geld"),
    ("we kome nie rond", "we komen niet rond"),
])
def test_spoken_learner_dutch(typed, plain):
    assert spoken(typed) == plain


def test_spoken_keeps_clauses_and_fold_is_unchanged():
    assert spoken("goed, maar te klein. En koud!") == "goed , maar te klein , en koud"
    assert spoken("1.400 euro") == "1400 euro" or spoken("1.400 euro").endswith("euro")
    assert fold("Ça va, 't is goe!") == "ca va, t is goe"   # fold() is unchanged for its other callers
    assert spoken("") == "" and spoken(None) == ""


# -- negation: a sentence that says something does not work never reads as fine --------------------

@pytest.mark.parametrize("cid,text", [
    ("housing", "'t gaat ni goe"), ("stimulation", "lukt nie"), ("stimulation", "da lukt nie goe me de kinders"),
    ("housing", "'t en is ni goe"), ("health", "'t is nimmer goe met mijne rug"), ("income", "da gaat nie"),
    ("housing", "niet ok, echt ni"), ("stimulation", "ça va pas"),
])
@pytest.mark.parametrize("confidence", [0.0, 0.95])
def test_negated_fine_never_reads_as_fine(cid, text, confidence):
    got = interp(cid, text, intent="answer_fine" if confidence else None, confidence=confidence)
    assert got.value != "adequate"
    assert not (got.value == "adequate" and got.certain)


def test_fine_intent_with_an_unknown_negation_is_checked_back():
    got = interp("housing", "'t is ni zoals het hoort", intent="answer_fine", confidence=0.95)
    assert got.certain is False


@pytest.mark.parametrize("cid,text,value", [
    ("income", "we komen nie rond", "inadequate"),
    ("income", "we hebbe gene cent", "inadequate"),
    ("employment", "kheb gene werk", "inadequate"),
    ("employment", "ik heb geen vast contract", "inadequate"),
    ("health", "nee, niemand is ziek", "adequate"),
    ("housing", "'k en heb nooit gene verwarming", "inadequate"),  # negative concord: still one negation
])
def test_negative_phrases_decide(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


@pytest.mark.parametrize("cid,text,value", [
    ("employment", "ik werk nie meer", "inadequate"),    # 'werk' turned around: checked back
    ("employment", "ik niet werken", "inadequate"),
    ("income", "we kunnen amper rondkomen", "inadequate"),
    ("housing", "geen schimmel, geen vocht", "adequate"),
    ("housing", "het huis is niet goed", "inadequate"),
])
def test_negated_keywords_turn_around_and_check_back(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, False)


def test_negation_in_another_clause_does_not_count():
    assert interp("housing", "niet groot, maar droog en veilig").value == "adequate"
    assert interp("education", "ik heb de lagere school niet afgemaakt").value == "inadequate"
    assert interp("education", "ik heb de lagere school niet afgemaakt").certain


# -- spreektaal spelling, loanwords and learner Dutch in whole answers ---------------------------------

@pytest.mark.parametrize("cid,text,value", [
    ("employment", "kzit zonder werk", "inadequate"),
    ("employment", "mijne vent zit op den dop", "inadequate"),
    ("income", "kheb nen deurwaarder aan mijn deur gehad", "inadequate"),
    ("income", "we geraken ni rond", "inadequate"),
    ("housing", "'t es e kot me schimmel", "inadequate"),
    ("education", "kheb BSO gedaan", "inadequate"),
    ("stimulation", "ze gaan alle dage graag naar school", "adequate"),
    ("health", "mijne zoon hee astma", "inadequate"),
])
def test_spreektaal_answers(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


@pytest.mark.parametrize("text", ["ça va", "allez, 't is oké", "bof", "merci, 't gaat wel"])
def test_loanword_answers_are_hints_not_decisions(text):
    got = interp("housing", text)
    assert got.value is not None and not got.certain


def test_loanword_fine_with_a_confident_classifier_is_taken():
    assert interp("stimulation", "ça va bien, merci", intent="answer_fine", confidence=0.9) == \
        interp("stimulation", "ça va bien, merci", intent="answer_fine", confidence=0.9)
    got = interp("stimulation", "ça va bien, merci", intent="answer_fine", confidence=0.9)
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("cid,text,value", [
    ("stimulation", "mijn kinder niet school", "inadequate"),
    ("housing", "huis te klein", "inadequate"),
    ("income", "we hebbe geen geld", "inadequate"),
    ("employment", "ik hebben geen werk", "inadequate"),
    ("health", "mijn man ziek, lang ziek", "inadequate"),
    ("housing", "schimel in badkamer", "inadequate"),        # a typo
    ("employment", "ik ben werklooos", "inadequate"),
])
def test_learner_dutch_answers(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


# -- conflicting signals check back ---------------------------------------------------------------------

@pytest.mark.parametrize("cid,text", [
    ("employment", "ik had vast werk, nu ben ik werkloos"),          # keyword against keyword, one person
    ("employment", "mijn vrouw werkt vast, ik doe interim"),
    ("income", "we hebben genoeg, maar 't is elke maand anders"),
    ("income", "geen schulden maar het is krap"),                  # keyword against a negated keyword
    ("education", "TSO maar niet afgemaakt"),
    ("education", "weet ik niet, BSO denk ik"),                     # keyword against 'weet ik niet'
])
def test_conflicting_keywords_check_back(cid, text):
    got = interp(cid, text)
    assert got.value is not None and not got.certain


@pytest.mark.parametrize("cid,text,intent,value", [
    ("employment", "ik werk via interim", "answer_fine", "inadequate"),
    ("housing", "er is schimmel", "answer_fine", "inadequate"),
    ("education", "ik heb een bachelor", "answer_problem", "adequate"),
    ("income", "we komen goed rond", "refuse_answer", "adequate"),
])
def test_keyword_against_a_confident_classifier_checks_back(cid, text, intent, value):
    assert interp(cid, text).certain  # alone it decides
    got = interp(cid, text, intent=intent, confidence=0.9)
    assert (got.value, got.certain) == (value, False)


def test_a_weak_classifier_does_not_overrule_a_keyword():
    got = interp("employment", "ik werk via interim", intent="answer_fine", confidence=0.5)
    assert (got.value, got.certain) == ("inadequate", True)


# -- proxies do not settle a criterion on their own ----------------------------------------------------

@pytest.mark.parametrize("cid,text", [
    ("stimulation", "thuis"), ("stimulation", "ze blijft thuis bij mij"), ("housing", "goed"),
    ("stimulation", "het lukt"), ("education", "school"), ("employment", "werk"), ("housing", "een huis"),
    ("income", "we gaan naar het OCMW"), ("employment", "zelfstandige"), ("health", "ziekenhuis"),
    ("housing", "in de opvang van de kinderen? geen idee"), ("stimulation", "ze zijn druk"),
])
def test_proxies_alone_check_back(cid, text):
    got = interp(cid, text)
    assert not got.certain


def test_a_proxy_confirmed_by_a_confident_classifier_is_taken():
    got = interp("housing", "ons huis is goed", intent="answer_fine", confidence=0.95)
    assert (got.value, got.certain) == ("adequate", True)
    got = interp("stimulation", "ze zitten veel thuis", intent="answer_problem", confidence=0.95)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("cid,text", [
    ("education", "ik heb middelbaar gedaan"), ("education", "ik heb een diploma"),
    ("employment", "ik ben huisvrouw"), ("income", "we komen net rond"),
])
def test_ambiguous_words_always_check_back(cid, text):
    for intent in ("answer_fine", "answer_problem"):
        assert not interp(cid, text, intent=intent, confidence=0.99).certain


def test_proxy_and_ambiguous_marks_in_the_criteria_file(tmp_path):
    import copy

    import yaml

    from bot.criteria import DEFAULT_PATH, load_criteria
    raw = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    extra = copy.deepcopy(raw["criteria"][0])
    extra.update(id="mobility", keywords={"inadequate": ["geen auto", "~bus"], "adequate": ["eigen auto", "?fiets"]})
    raw["criteria"].append(extra)
    path = tmp_path / "c.yml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    defs = load_criteria(path)
    assert interpret_answer("mobility", "we hebben geen auto", defs=defs).certain
    assert not interpret_answer("mobility", "de bus", defs=defs).certain
    assert interpret_answer("mobility", "de bus", intent="answer_problem", confidence=0.9, defs=defs).certain
    assert not interpret_answer("mobility", "met de fiets", intent="answer_fine", confidence=0.99, defs=defs).certain


# -- multi-topic answers decide by the criterion's real content ----------------------------------------

@pytest.mark.parametrize("cid,text,value", [
    ("housing", "we huren, maar 't is veel te klein en er is schimmel", "inadequate"),
    ("housing", "het huis is groot genoeg maar overal vocht", "inadequate"),
    ("housing", "sociale woning, proper en warm, geen schimmel", "adequate"),
    ("health", "mijne zoon heeft astma maar verder zijn we gezond", "inadequate"),
    ("stimulation", "ze spelen veel buiten maar de oudste spijbelt", "inadequate"),
    ("employment", "vroeger interim, nu vast contract", "adequate"),
    ("employment", "mijne vent werkt vast, ik ben huisvrouw", "adequate"),
    ("education", "ik heb mijn diploma in het BSO gehaald", "inadequate"),
])
def test_multi_topic_answers(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


def test_renting_is_not_a_housing_problem():
    housing = criteria().get("housing")
    assert not any("eigen woning" in o.title.lower() for o in housing.options)
    got = interp("housing", "we huren een appartement", intent="answer_fine", confidence=0.7)
    assert got.value == "adequate"
    assert interp("housing", "we hebben geen eigen huis, we huren").value != "inadequate" or \
        not interp("housing", "we hebben geen eigen huis, we huren").certain


# -- vocabulary, per criterion (Flemish words of OCMW, VDAB, Wonen-Vlaanderen, Kind en Gezin) ---------

@pytest.mark.parametrize("cid,text,value", [
    # income: unemployment benefit, leefloon, debt collection, prepaid energy meter, food aid
    ("income", "we stempelen allebei", "inadequate"),
    ("income", "we krijgen ons geld van de hulpkas", "inadequate"),
    ("income", "ik krijg een werkloosheidsuitkering van de RVA", "inadequate"),
    ("income", "we leven van het leefloon", "inadequate"),
    ("income", "de deurwaarder is al twee keer geweest", "inadequate"),
    ("income", "we zitten in collectieve schuldenregeling", "inadequate"),
    ("income", "het OCMW doet ons budgetbeheer", "inadequate"),
    ("income", "we hebben een budgetmeter voor de elektriciteit", "inadequate"),
    ("income", "we gaan naar de voedselbank", "inadequate"),
    ("income", "we kunnen elke maand wat sparen", "adequate"),
    # employment: precarious work counts, as do sheltered work and unemployment
    ("employment", "ik werk met dagcontracten", "inadequate"),
    ("employment", "flexi-job in een restaurant", "inadequate"),
    ("employment", "ik werk onder artikel 60 bij het OCMW", "inadequate"),
    ("employment", "seizoenswerk in de fruitpluk", "inadequate"),
    ("employment", "mijn man rijdt voor Deliveroo", "inadequate"),
    ("employment", "hij doet zwartwerk", "inadequate"),
    ("employment", "ik werk in een maatwerkbedrijf", "inadequate"),
    ("employment", "we zijn alle twee werkzoekend bij de VDAB", "inadequate"),
    ("employment", "mijn man heeft een contract onbepaalde duur", "adequate"),
    ("employment", "ik ben vastbenoemd", "adequate"),
    # education: BSO counts even when finished; special education; part-time; primary only
    ("education", "BSO afgewerkt, met diploma van het 7de jaar", "inadequate"),
    ("education", "ik zat in het buitengewoon onderwijs, type 3", "inadequate"),
    ("education", "BuSO opleidingsvorm 3", "inadequate"),
    ("education", "deeltijds leren en werken", "inadequate"),
    ("education", "alleen de lagere school in Marokko", "inadequate"),
    ("education", "ik heb geen diploma", "inadequate"),
    ("education", "ik ben analfabeet", "inadequate"),
    ("education", "ik heb een professionele bachelor", "adequate"),
    ("education", "humaniora afgemaakt", "adequate"),
    # housing
    ("housing", "er zit overal vocht en het tocht", "inadequate"),
    ("housing", "we wonen met vijf op een kot", "inadequate"),
    ("housing", "we zitten in de nachtopvang", "inadequate"),
    ("housing", "we zijn dakloos", "inadequate"),
    ("housing", "we krijgen een uithuiszetting", "inadequate"),
    ("housing", "het huis is onbewoonbaar verklaard", "inadequate"),
    ("housing", "het is een krot", "inadequate"),
    ("housing", "de woning is droog, warm en groot genoeg", "adequate"),
    # health
    ("health", "ik ben chronisch ziek", "inadequate"),
    ("health", "mijn man zit in invaliditeit", "inadequate"),
    ("health", "ik heb een depressie", "inadequate"),
    ("health", "we zijn niet in orde met de mutualiteit", "inadequate"),
    ("health", "de tandarts is te duur", "inadequate"),
    ("health", "iedereen is kerngezond", "adequate"),
    # stimulation
    ("stimulation", "ze zitten de hele dag op de tablet", "inadequate"),
    ("stimulation", "we hebben geen boeken of speelgoed", "inadequate"),
    ("stimulation", "de oudste gaat maar soms naar de kleuterklas", "inadequate"),
    ("stimulation", "ze gaat graag naar de onthaalouder", "adequate"),
    ("stimulation", "ze gaan naar de speelpleinwerking en de chiro", "adequate"),
    ("stimulation", "ik lees elke avond voor", "adequate"),
    ("stimulation", "de kleine gaat naar de onthaalouder", "adequate"),   # care that works decides
    ("stimulation", "ze zit in de peuterklas", "adequate"),
])
def test_vocabulary(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


@pytest.mark.parametrize("cid,text,value", [
    ("stimulation", "we gaan soms naar het Huis van het Kind", "adequate"),
    ("health", "onze dochter heeft ADHD", "inadequate"),                 # ADHD alone: asked (autism decides)
    ("housing", "we staan op de wachtlijst voor een sociale woning", "inadequate"),
    ("health", "we staan op een wachtlijst", "inadequate"),
    ("education", "ik heb OKAN gedaan", "inadequate"),
    ("employment", "ik zit op de mutualiteit", "inadequate"),
    ("income", "we leven van de ziekte-uitkering", "inadequate"),
])
def test_vocabulary_that_only_hints(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, False)


# -- the official definitions ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik kan nog niet goed Nederlands lezen, ik volg les",
    "ik leer Nederlands, schrijven is nog moeilijk",
])
@pytest.mark.parametrize("confidence", [0.0, 0.95])
def test_a_newcomer_learning_dutch_is_not_illiterate(text, confidence):
    got = interp("education", text, intent="answer_problem" if confidence else None, confidence=confidence)
    assert not (got.value == "inadequate" and got.certain)


def test_a_newcomer_with_a_university_degree():
    got = interp("education", "universiteit in Syrië, nu leer ik Nederlands")
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("text,value,certain", [
    ("we hebben schulden van 5000 euro", "inadequate", False),             # a debt, not an income
    ("1900 euro maar we betalen 400 af aan de bank", "inadequate", True),   # 1500 left: the rule itself
    ("2100, maar daar gaat elke maand 500 af voor de lening", "inadequate", True),
    ("2800 euro en we betalen 300 af voor de auto", "adequate", True),      # 2500 left
    ("1900 euro, 400 voor de lening en 700 huur", "inadequate", False),     # the rent is no debt: a guess
    ("2000 loon, de huur is 800 en we betalen 100 af", "inadequate", False),
    ("tja soms 1100 soms 2300, 't is elke maand anders", "inadequate", True),
    ("het hangt ervan af, 1500 of 2200", "inadequate", True),
    ("1000 euro per maand na afbetaling van de schulden", "inadequate", True),
    ("2000 euro met het groeipakket erbij", "adequate", False),             # Groeipakket counted in
    ("1800 euro zonder het groeipakket", "adequate", True),
    ("1500 euro met het groeipakket", "inadequate", True),                  # below even with it
    ("mijn loon is 1650 euro en mijn vrouw heeft 900 euro", "adequate", False),
    ("tussen 1200 en 1400 euro", "inadequate", True),
    ("400 euro per week", "inadequate", False),
    ("2500 euro bruto", "adequate", False),
    ("1900 euro van de dop", "inadequate", True),                           # living on unemployment benefit
    ("we krijgen leefloon, 1800 euro, maar de huur is 900", "inadequate", True),
    ("mijn man stempelt, ik verdien 1600", "inadequate", True),               # below the leefloon anyway
    ("mijn man stempelt, ik verdien 2300", "inadequate", False),              # a benefit and a wage: asked
    ("2000 euro maar elke maand anders, ik werk interim", "inadequate", False),  # irregular, never below: ask
    ("de ene maand 1200 de andere 2000", "inadequate", True),               # irregular and some months below
    ("soms 900 soms 2000", "inadequate", True),
    ("2100 euro, mijn man werkt via interim", "inadequate", False),          # a kind of job: maybe one parent's
    ("rond de 1900, het wisselt wat", "inadequate", False),
])
def test_income_amount_rules(text, value, certain):
    got = interp("income", text)
    assert (got.value, got.certain, got.reason) == (value, certain, "amount")


def test_an_hourly_wage_is_not_a_monthly_income():
    assert interp("income", "15 euro per uur").reason != "amount"


@pytest.mark.parametrize("cid,text", [("health", "neen gelukkig nie"), ("health", "nee"), ("income", "ja hoor")])
def test_short_yes_no_to_a_yes_no_question(cid, text):
    assert interp(cid, text).certain
    assert interp(cid, text).reason == "yes_no"


def test_signals_are_explained():
    signals = find_signals(criteria().get("employment"), spoken("vroeger interim, nu vast contract"))
    assert [(s.value, s.strength, s.words) for s in signals] == [
        ("inadequate", "proxy", "interim"), ("adequate", "keyword", "nu vast"), ("adequate", "proxy", "contract")]


@pytest.mark.parametrize("cid,text", [
    ("income", "ik moet alles alleen betalen, het lukt ni"),   # a generic 'no' against a keyword
    ("income", "ja, maar net"),                                 # a yes with a reservation
    ("health", "ik heb kanker gehad maar ben genezen"),         # the past only hints
    ("education", "kheb ma tot mijn 15 school gedaan"),         # 'school' says nothing about the level
])
def test_reservations_check_back(cid, text):
    for intent, confidence in ((None, 0.0), ("answer_fine", 0.95)):
        got = interp(cid, text, intent=intent, confidence=confidence)
        assert got.value is not None and not got.certain


@pytest.mark.parametrize("cid,text,value", [
    ("income", "geld? pff, altijd te kort", "inadequate"),
    ("health", "mijne schoonmoeder is dement en woont bij ons", "inadequate"),
])
def test_more_spreektaal_vocabulary(cid, text, value):
    assert (interp(cid, text).value, interp(cid, text).certain) == (value, True)


def test_a_multi_topic_problem_against_a_sure_classifier_checks_back():
    text = "het huis is groot genoeg maar overal vocht"
    assert interp("housing", text, intent="answer_fine", confidence=0.5).certain        # a weak classifier: decided
    assert not interp("housing", text, intent="answer_fine", confidence=0.9).certain    # a sure one: checked back
    two = "groot genoeg, maar vocht en schimmel"
    assert interp("housing", two, intent="answer_fine", confidence=0.9).certain         # two problem items


# == issue 8 part 2: answers understood the way a social worker would ==================================

def _checked_back(got):
    return got.value is not None and not got.certain


# -- 1. hedged answers check back; a clear problem after the hedge still decides -----------------------

@pytest.mark.parametrize("cid,text", [
    ("housing", "'t gaat"),
    ("stimulation", "ja, het gaat"),
    ("health", "het gaat wel"),
    ("stimulation", "soms wat lastig mee de kinders"),
    ("income", "'t is soms een beetje krap"),
    ("income", "krap, mor we redden ons"),
    ("stimulation", "de oudste is nogal druk, zoals alle kinderen"),
    ("housing", "'t is wat klein voor ons vieren, mor 't valt wel mee"),
    ("health", "ik heb last van mijn rug, niks ernstig"),
    ("housing", "er is wat vocht in de badkamer maar het is ok"),
    ("stimulation", "een beetje moeilijk soms, we trekken ons plan"),
])
@pytest.mark.parametrize("intent,confidence", [(None, 0.0), ("answer_problem", 0.95), ("answer_fine", 0.95)])
def test_hedged_answers_check_back(cid, text, intent, confidence):
    assert _checked_back(interp(cid, text, intent=intent, confidence=confidence))


@pytest.mark.parametrize("cid,text,value", [
    ("housing", "'t gaat, mor in de slaapkamer zit overal schimmel", "inadequate"),
    ("stimulation", "ze spelen graag, maar de oudste spijbelt veel", "inadequate"),
    ("health", "het valt mee, maar mijne vent heeft wel suikerziekte", "inadequate"),
    ("housing", "schimmel in de douche, maar verder is alles in orde", "inadequate"),   # "verder": the rest
])
def test_a_clear_problem_after_the_hedge_still_decides(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


@pytest.mark.parametrize("cid,text,value", [
    ("education", "kweet ni meer of da tso of bso was", None),  # TSO or BSO: either may be proposed
    ("education", "ik denk dat mijn man bso gedaan heeft, ik weet het niet zeker", "inadequate"),
    ("stimulation", "misschien moet hij naar het buitengewoon onderwijs", "inadequate"),
    ("employment", "mijn man heeft vast werk denk ik", "adequate"),
    ("housing", "er is schimmel, geloof ik, in de kelder van de buren", None),
])
@pytest.mark.parametrize("intent,confidence", [(None, 0.0), ("answer_problem", 0.95), ("answer_fine", 0.95)])
def test_doubt_about_ones_own_answer_checks_back(cid, text, value, intent, confidence):
    got = interp(cid, text, intent=intent, confidence=confidence)
    assert got.certain is False
    if value is not None and got.reason == "keyword":
        assert got.value == value


@pytest.mark.parametrize("text", [
    "den oudste heeft ADHD, de rest is gezond",
    "iedereen is gezond, alleen de kleine heeft autisme",
])
def test_a_possible_problem_item_beside_a_fine_health_checks_back(text):
    got = interp("health", text, intent="answer_fine", confidence=0.95)
    assert got.certain is False


def test_never_making_ends_meet_is_a_problem_not_a_negated_end_of_the_month():
    got = interp("income", "we komen nooit rond op het einde van de maand", intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text", ["we komen juist rond, ni meer ni minder", "we komen nipt rond", "we komen net rond"])
def test_just_making_ends_meet_checks_back_even_with_a_sure_classifier(text):
    assert _checked_back(interp("income", text, intent="answer_fine", confidence=0.97))


@pytest.mark.parametrize("text", [
    "mijn kind is 1 jaar, nog niet naar school, ik zorg zelf en wij spelen veel",
    "ons dochtertje van twee jaar gaat nog niet naar school, we spelen veel samen",
    "de baby gaat nog niet naar school, we spelen samen",
    "hij is 18 maanden, nog niet naar de klas, maar we spelen elke dag",
])
def test_a_child_under_school_age_not_at_school_is_no_problem(text):
    assert interp("stimulation", text).value == "adequate"
    assert interp("stimulation", text, intent="answer_problem", confidence=0.9).certain is False


@pytest.mark.parametrize("text", ["mijn zoon is 5 en gaat niet naar school", "ze is 4 jaar en gaat niet naar school"])
def test_a_child_of_school_age_not_at_school_still_is(text):
    assert (lambda g: (g.value, g.certain))(interp("stimulation", text)) == ("inadequate", True)


@pytest.mark.parametrize("cid,text", [
    ("employment", "Over ons werk wil ik niks kwijt."),
    ("income", "ge moet da ni weten he"),
    ("health", "da hoef je ni te weten"),
])
def test_flemish_ways_to_keep_an_answer_private_are_unknown(cid, text):
    assert interp(cid, text).value == "unknown"


@pytest.mark.parametrize("cid,text,value,certain", [
    ("housing", "bij elke regenbui komt er water binnen in de living", "inadequate", True),
    ("stimulation", "onze jongste woont bij een pleeggezin", "inadequate", False),
    ("stimulation", "de kleuterjuf zegt dat ze achterloopt met taal", "inadequate", False),
    ("stimulation", "hij heeft een spraakachterstand", "inadequate", False),
])
def test_everyday_words_for_leaks_foster_care_and_delays(cid, text, value, certain):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, certain)


@pytest.mark.parametrize("cid,text,value,certain", [
    ("income", "hij verdient 2100 maar we betalen 500 per maand aan de schuldbemiddelaar", "inadequate", True),
    ("income", "ikzelf heb 1500, wat hij verdient weet ik niet", "inadequate", False),
    ("employment", "da wil'k ni invullen", "unknown", True),
    ("employment", "da ga'k ni beantwoorden", "unknown", True),
    ("stimulation", "laat de kleine hierbuiten aub", "unknown", True),
    ("health", "dat deel ik niet", "unknown", True),
    ("health", "onze zoon heeft de ziekte van Crohn", "inadequate", True),
    ("health", "iedereen is gezond, maar de apotheek kan ik niet betalen", "inadequate", True),
    ("stimulation", "ik heb geen energie meer om met ze te spelen", "inadequate", True),
])
def test_words_from_the_third_round(cid, text, value, certain):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, certain)


# sixteenth session: phenomena of the blind rounds 82-89 (read after their measurement), in new sentences;
# checked by test_everyday_words_of_the_fourteenth_round with that round's
BLIND_82_TO_89 = [
    ("housing", "ons huis is groot genoeg, mor der zijn zwarte plekke op de mure van de slaapkamer", "inadequate", True),
    ("housing", "we wone in een rijhuis me drie kamers, alles in orde", "adequate", True),  # "wone": wonen
    ("housing", "no warm water sinds vorige week", "inadequate", True),     # "no" before a thing: "geen"
    ("income", "we hebbe genoeg, mor allen as de kinderbijslag der bij komt", "adequate", False),  # only if: asked
    ("income", "'t is genoeg as hij werk heeft via 't interim, anders niks", "adequate", False),
    ("income", "genoeg, we komen goed rond", "adequate", True),
    ("employment", "ik ben alleen met de kinderen, ik werk vast bij Colruyt", "adequate", True),  # not "only if"
    ("income", "1500 plus het kindergeld, samen 2000", "inadequate", True),  # the total holds the Groeipakket
    ("income", "1150 van het ziekenfonds en dan nog zijn loon, samen 2600", "adequate", True),  # income added
    ("employment", "dat gaat niemand nie aan", "unknown", True),
    # the diploma of the same school not obtained is no lower level beside a higher one: asked, not "TSO"
    ("education", "ik heb aso gedaan mor mijn diploma nooit gehaald", "inadequate", False),
    ("education", "aso gedaan, daarna hogeschool niet afgemaakt", "adequate", True),
    ("stimulation", "ze gaan niet meer naar school sinds de verhuis", "inadequate", True),
    ("stimulation", "hij zat in de kleuterklas, mor nu gaat hij niet meer", "inadequate", False),
]
# Seventeenth session: the income answers of rounds 82-89 still taken wrong, in other words than theirs.
SEVENTEENTH = [
    # a sentence ends a clause: two wages in the first, the loan paid off in the next (2400 + 800 - 300)
    ("income", "Mijn vrouw verdient 2400 netto bij de post, ik 800 halftijds in de winkel. Min lening voor de keuken 300 per maand.",
     "adequate", True),
    # an amount in words beside one in digits: the total holds the Groeipakket, the amount in words is without
    ("income", "zestienhonderd en dan komt het kindergeld erbij, alles samen 2300", "inadequate", True),
    # "da hangt e bitje af": it varies, so it is asked
    ("income", "rond de drieduust, mor dat hangt e bitje af van de maand", "inadequate", False),
]

EIGHTEENTH = [
    # a home loan is a debt: paid to the bank for the house, or a "hypotheek", is taken off (2900 - 1200)
    ("income", "we verdienen 2900 samen mo 1200 gaat elk maand naar de bank voor ons huis", "inadequate", True),
    ("income", "3400 netto, en de hypotheek is 650", "adequate", True),
    ("income", "ons loon van 2300 komt op de bank, meer is er niet", "adequate", True),  # on the bank: no loan
    # a season with nothing: the income varies
    ("income", "in den zomer 2500 op de camping, in de winter niks", "inadequate", True),
    ("income", "1800 loon en 250 van de papa, mor sinds april niks meer van hem gezien", "adequate", True),  # stopped
    # a benefit no longer lived on; no debts to pay off
    ("income", "geen leefloon meer, sinds de zomer werk ik vast, 2250 netto", "adequate", True),
    ("income", "2500 netto, niks af te betalen", "adequate", True),
    # money from the OCMW is the leefloon, whatever the sum with the Groeipakket
    ("income", "we krijgen geld van het OCMW en kindergeld, samen 2300", "inadequate", True),
    # "kontrakt": spelled with a k
    ("employment", "dagkontrakten in de haven, nooit zeker", "inadequate", True),
    # "tot 13 joar": the answer to "tot waar naar school?" names no school
    ("education", "tot 13 joar, dan moest ik werken op het veld", "inadequate", True),
    # tired of the baby is not poor health
    ("health", "nee hoor, gewoon moe van de baby", "adequate", True),
    # the care there is no money for replaced by a grandmother: care all the same; not for a child of four
    ("stimulation", "creche te duur, ons kleine van 1 jaar is bij bomma", "adequate", True),
    ("stimulation", "ze blijft thuis bij bomma, ze is al vier", "inadequate", True),
    # under school age: a waiting list for the creche is care looked for, not school missed; a baby at home
    ("stimulation", "wachtlijst voor de creche, de tweeling van 1 jaar blijft bij mij", "adequate", False),
    ("stimulation", "hij is pas zeven maand, hij blijft thuis bij zijn mama", "adequate", False),
    # of school age, a waiting list for the kleuterschool is school missed
    ("stimulation", "hij is 4 en staat op de wachtlijst voor de kleuterschool", "inadequate", True),
]

# Phenomena of the blind rounds 102-105 (their answers read after the first run), in other words than theirs.
NINETEENTH = [
    # hours a week are no weekly pay: the amount stays monthly ("20u per week, 1250 euro")
    ("income", "kwerk 20u per week in de kuis, da's 1250 euro", "inadequate", True),
    ("income", "ik verdien 450 per week, 38 uur per week", "adequate", False),  # 450 a week: 1950 a month, asked
    # only the months someone can work: an irregular income
    ("income", "we komen rond, maar alleen de maanden dat hij werk heeft via het interimkantoor", "inadequate", False),
    # living in with family, Flemish "bij ... in"; one room for a parent and the children
    ("housing", "we zitten bij mijn schoonouders in, voorlopig", "inadequate", True),
    ("housing", "ik woon bij mijn vriendin in, een mooi appartement met twee slaapkamers", "adequate", True),  # partner
    ("housing", "ik en de kinderen slapen op 1 kamer", "inadequate", True),
    ("housing", "we wonen met zesse in een huis met 2 kamers", "inadequate", True),
    # unsafe electricity; damp walls said softly are still damp walls
    ("housing", "de elektriciteit is heel oud, het stopcontact in de keuken vonkt", "inadequate", True),
    ("housing", "een oud huisje, ça va, mo de muren zijn wat nat", "inadequate", True),
    # never to the dentist, not knowing how care works here: little access to health care
    ("health", "we zijn gezond, maar we weten niet hoe het werkt met de dokter hier", "inadequate", True),
    # a temporary contract in French; a sheltered workshop next to fixed work is asked as weak work
    ("employment", "je travaille avec un contrat a duree determinee, tot september", "inadequate", True),
    ("employment", "mijn vrouw werkt vast in de Colruyt, ik in een maatwerkbedrijf", "inadequate", False),
    # a school asked about is no school gone to: a child of four at home
    ("stimulation", "wat is een kleuterschool? mijn zoon is 4, hij blijft thuis met mij", "inadequate", True),
    # a toddler at home because the creche is too expensive: asked as fine
    ("stimulation", "de creche is te duur, de kleine van 1 jaar blijft thuis bij mij", "adequate", False),
    # the whole day on a screen; a child not allowed to go to school
    ("stimulation", "hij zit heel de dag op zijn gsm, buiten spelen kan niet", "inadequate", True),
    ("stimulation", "mijn dochter van zes mag niet naar school van haar vader", "inadequate", True),
    # "it does not matter": no answer given
    ("education", "dat doet er niet toe", "unknown", True),
    # a course named as "kantoor" alone is TSO or BSO: asked
    ("education", "middelbaar gedaan, iets met kantoor", "inadequate", False),
    # both parents out of work: they live on the unemployment benefit, whatever the sum
    ("income", "we zijn allebei werkloos, samen 2300", "inadequate", True),
    ("income", "ik ben werkloos, mijn man verdient 2600", "adequate", True),
    # works in shifts, but whether it is fixed work the parent does not know: asked
    ("employment", "ik werk in ploegen in een fabriek, of het vast is weet ik niet", "unknown", False),
]


@pytest.mark.parametrize("text,certain", [
    ("de badkamer was vol schimmel, maar de huisbaas heeft het laten doen en nu is het in orde", False),
    ("de badkamer was vol schimmel en nu is het nog altijd niet in orde", True),
])
def test_a_housing_problem_that_was_there_and_is_solved_now_is_asked(text, certain):
    """A problem said in the past with "nu is het in orde" after it does not decide; one still there does."""
    got = interp("housing", text)
    assert (got.value, got.certain) == ("inadequate", certain)


def test_a_clear_fine_health_without_doubt_is_taken():
    assert (lambda g: (g.value, g.certain))(interp("health", "iedereen is gezond")) == ("adequate", True)


def test_reassurance_alone_checks_back_as_fine_and_a_softened_problem_as_a_problem():
    assert interp("housing", "valt wel mee").value == "adequate"
    assert interp("stimulation", "ze zijn druk, zoals ieder kind").value == "adequate"
    assert interp("income", "soms wat krap").value == "inadequate"
    assert interp("income", "we komen krap rond, mor we redden ons").certain is False


# -- 2. precarious work is inadequate employment, even when the answer says "werkt" ---------------------

@pytest.mark.parametrize("text", [
    "mijne vent werkt al drie jaar via een uitzendkantoor",
    "ik ben interimair in een magazijn",
    "hij is uitzendkracht bij Randstad",
    "ik werk, maar altijd met weekcontracten",
    "kheb nen contract van ne maand, dan zien we wel",
    "hij werkt, mor voor 3 maanden",
    "ik werk met een contract van zes weken",
    "ik heb werk, tijdelijk contract tot de zomer",
    "mijn vrouw doet flexi in ne frituur",
    "ik zit in art. 60 bij het OCMW",
    "hij gaat elk jaar aardbeien plukken, seizoenswerk",
    "hij brengt pakjes rond als zelfstandige in bijberoep",
    "mijne man rijdt voor Uber",
    "ik werk in 't zwart op de bouw",
    "we hebben allebei soms werk",
])
def test_precarious_work_is_inadequate(text):
    got = interp("employment", text)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text,value,certain", [
    ("de ene maand 1300, de andere maand 2100", "inadequate", True),
    ("ik werk interim, zo'n 2000 euro", "inadequate", False),
])
def test_irregular_income_amounts_are_never_adequate(text, value, certain):
    got = interp("income", text)
    assert (got.value, got.certain, got.reason) == (value, certain, "amount")


@pytest.mark.parametrize("text", [
    "de ene maand is er genoeg, de andere bijna niks",
    "da hangt af van de weken da hij werkt",
    "ons inkomen schommelt nogal",
])
def test_irregular_income_in_words_is_inadequate(text):
    got = interp("income", text)
    assert got.value == "inadequate"


# -- 3. income unknown, debt repayments and the Groeipakket -------------------------------------------

@pytest.mark.parametrize("text", [
    "kweet het ni precies",
    "mijne vent regelt da allemaal",
    "mijn vrouw doet de papieren",
    "geen idee, mijn man doet dat",
    "da moet ik aan mijn man vragen",
])
def test_income_not_known_is_unknown_not_inadequate(text):
    assert interp("income", text).value == "unknown"


@pytest.mark.parametrize("text,amount,certain", [
    ("1800 mor we betalen nog 250 af", Decimal("1550"), True),            # a bare amount, then a repayment
    ("2100 euro maar we betalen 450 af voor de auto", Decimal("1650"), True),
    ("1900 euro, waarvan 300 kindergeld", Decimal("1600"), False),       # Groeipakket counted in: subtracted
])
def test_repayments_and_groeipakket_are_subtracted(text, amount, certain):
    got = interp("income", text)
    assert (got.value, got.certain, got.amount) == ("inadequate", certain, amount)


def test_an_amount_with_the_groeipakket_counted_in_is_never_taken_as_adequate():
    got = interp("income", "1900 euro met het kindergeld erbij")
    assert not (got.value == "adequate" and got.certain)


def test_a_year_or_a_small_number_is_not_an_amount():
    assert interp("income", "sinds 2019 leven we van het leefloon").reason != "amount"
    assert interp("income", "we zijn met 5 en het lukt ni").reason != "amount"


# -- 4. education ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik ben naar de unief geweest maar niet afgemaakt",
    "kzat op de hogeschool mor kheb da ni afgemaakt",
    "twee jaar aan de universiteit in Kameroen, geen diploma",
])
def test_started_higher_education_implies_a_secondary_diploma(text):
    got = interp("education", text)
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("text", [
    "ik leer Nederlands", "ik volg les bij het CBE", "ik zit in NT2 niveau 1", "ik doe nu inburgering",
    "ik volg een cursus bij de VDAB", "geen diploma, mor ik kan lezen en schrijven",
])
@pytest.mark.parametrize("intent,confidence", [(None, 0.0), ("answer_problem", 0.95)])
def test_learning_dutch_a_course_or_literacy_alone_checks_back(text, intent, confidence):
    assert _checked_back(interp("education", text, intent=intent, confidence=confidence))


@pytest.mark.parametrize("text", [
    "ik ben maar vier jaar naar school geweest",
    "school tot 12 jaar, in Syrië",
    "ik ben tot mijn 11 naar school gegaan",
    "lagere school in Marokko, dan werken",
    "tot het 3de leerjaar",
    "BSO, mor wel met diploma",                     # BSO counts even when finished
    "kheb BSO afgewerkt",
])
def test_short_schooling_and_bso_are_inadequate(text):
    got = interp("education", text)
    assert (got.value, got.certain) == ("inadequate", True)


def test_a_school_leaving_age_in_between_checks_back():
    assert _checked_back(interp("education", "tot mijn 16 naar school in Turkije"))
    assert interp("education", "ik ben 16 jaar naar school geweest").value is None or \
        interp("education", "ik ben 16 jaar naar school geweest").value != "inadequate"


# -- 5. housing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "vocht in de kelder maar daar wonen we niet",
    "er is wat schimmel op zolder, mor daar slapen we ni",
    "schimmel, maar alleen in de garage",
])
def test_a_problem_where_nobody_lives_checks_back(text):
    assert _checked_back(interp("housing", text))


@pytest.mark.parametrize("text", [
    "we huren", "we huren een appartementje", "sociale woning", "we hebben geen eigen huis, we huren",
    "mooi huis maar de afbetaling is zwaar", "'t huis is goe mor de huur is hoog",
])
def test_renting_and_the_cost_of_the_home_are_not_a_housing_problem(text):
    got = interp("housing", text)
    assert got.value != "inadequate"
    assert got.value is not None


def test_the_renter_is_not_called_a_problem_on_a_button():
    for option in criteria().get("housing").options:
        title = option.title.lower()
        assert option.value != "inadequate" or not any(w in title for w in ("huur", "eigen woning", "eigen huis"))


@pytest.mark.parametrize("text", [
    "we moeten eruit en we hebben nog niks gevonden",
    "de huisbaas heeft opgezegd en we vinden niks",
    "we worden volgende maand uitgezet",
])
def test_eviction_with_nothing_found_is_inadequate(text):
    got = interp("housing", text)
    assert (got.value, got.certain) == ("inadequate", True)


# -- 6. health -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "mijn mama is ziek maar woont niet bij ons",
    "mijne schoonvader heeft kanker, hij woont in Marokko",
    "mijn oma heeft dementie, ze zit in het rusthuis",
])
def test_illness_outside_the_household_is_adequate(text):
    got = interp("health", text)
    assert (got.value, got.certain) == ("adequate", True)


def test_illness_of_a_relative_who_may_live_elsewhere_checks_back():
    assert _checked_back(interp("health", "mijn moeder heeft kanker"))
    got = interp("health", "mijn moeder heeft kanker en woont bij ons")
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text", [
    "ik heb MS", "mijn man heeft diabetes", "mijne vent drinkt te veel", "ik heb reuma",
    "mijn vrouw heeft COPD", "hij is verslaafd", "ik zit al een jaar met een depressie",
    "onze oudste heeft epilepsie",
])
def test_chronic_or_serious_illness_is_inadequate(text):
    got = interp("health", text)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text", [
    "de oudste heeft ADHD", "hij wordt getest voor autisme", "veel stress, kslaap slecht", "ik slaap ni goe",
])
@pytest.mark.parametrize("intent,confidence", [(None, 0.0), ("answer_problem", 0.95)])
def test_adhd_autism_stress_and_sleep_check_back(text, intent, confidence):
    assert _checked_back(interp("health", text, intent=intent, confidence=confidence))


@pytest.mark.parametrize("text", ["ons zoontje heeft autisme", "onze dochter is autistisch, we wachten op begeleiding"])
def test_autism_is_a_disability_and_decides(text):
    # all eight blind writers who wrote it (rounds 1-22) recorded autism as a health problem (a disability)
    got = interp("health", text)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text", [
    "de kleine heeft griep", "we zijn allemaal wat verkouden", "ne keer ziek, zoals iedereen",
    "soms hoofdpijn, niks ernstig", "de kleine is ziek, een griepje",
])
def test_a_passing_illness_is_never_inadequate(text):
    got = interp("health", text)
    assert got.value != "inadequate" or not got.certain


@pytest.mark.parametrize("text", ["dat is mijn zaak, niet de uwe", "da gaat u ni aan", "da gaat niemand iets aan"])
def test_refusing_the_health_question_is_unknown(text):
    assert interp("health", text).value == "unknown"


# -- 7. stimulation --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "de grootouders passen op als we werken",
    "mijn mama past op de kleine",
    "ze is overdag bij oma",
    "ze gaat naar het kinderdagverblijf",
    "hij zit in de peuterklas",
    "ze gaan alle twee naar de kleuterschool",
    "ze is pas 6 maanden, ik speel en lees met haar",
    "de baby is thuis bij mij, we zingen liedjes en spelen samen",
    "ze gaan ni graag, mor ze gaan wel",
])
def test_care_that_works_is_adequate(text):
    got = interp("stimulation", text)
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("text", [
    "ze gaan niet elke dag",
    "hij mist veel school omdat niemand hem kan brengen",
    "ze gaan naar de kleuterschool mor ni elke dag",
    "de oudste is vaak afwezig",
])
def test_irregular_school_attendance_is_inadequate(text):
    got = interp("stimulation", text)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text", [
    "hij heeft een leerachterstand", "de school denkt aan buitengewoon onderwijs",
    "ze moet misschien naar het BuO", "het CLB zegt dat hij achterstand heeft",
])
@pytest.mark.parametrize("intent,confidence", [(None, 0.0), ("answer_problem", 0.95)])
def test_a_learning_delay_checks_back(text, intent, confidence):
    assert _checked_back(interp("stimulation", text, intent=intent, confidence=confidence))


# -- 8. short Flemish yes / no and quantity words ------------------------------------------------------

@pytest.mark.parametrize("cid,text,value", [
    ("income", "jaat", "adequate"), ("income", "jaja", "adequate"), ("income", "joa", "adequate"),
    ("income", "neeje", "inadequate"), ("income", "nee't", "inadequate"),
    ("health", "joa", "inadequate"), ("health", "neeje", "adequate"), ("health", "nee't", "adequate"),
    ("employment", "alle twee", "adequate"), ("employment", "allebei", "adequate"),
    ("employment", "geen van beide", "inadequate"), ("employment", "gene van de twee", "inadequate"),
])
def test_short_flemish_yes_no_and_both(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


def test_yes_no_words_on_an_open_question_are_not_understood():
    assert interp("housing", "jaat").value is None
    assert interp("education", "allebei").value is None


@pytest.mark.parametrize("typed,plain", [
    ("jaat", "ja"), ("joa", "ja"), ("nee't", "nee"), ("alle twee", "allebei"), ("alle 2", "allebei"),
    ("geen van beide", "geen van beiden"), ("mor", "maar"), ("kzat", "ik zat"),
])
def test_spoken_yes_no_both_and_but(typed, plain):
    assert spoken(typed) == plain


def test_signals_show_hedges_and_context():
    signals = find_signals(criteria().get("health"), spoken("mijn mama is ziek maar woont niet bij ons"))
    assert [(s.value, s.strength) for s in signals] == [("adequate", "keyword")]
    signals = find_signals(criteria().get("income"), spoken("krap, mor we redden ons"))
    assert ("inadequate", "hedged", "krap") in [(s.value, s.strength, s.words) for s in signals]


# An income that changes from month to month ("soms 1100, soms 2300", "hangt ervan
# af", "nooit hetzelfde") is irregular: weak whatever the amounts (Kind en Gezin), so
# never taken as adequate; living on unemployment benefit ("werkloosheid") likewise.
# It is checked back unless some month is below the leefloon (test_income_amount_rules).
@pytest.mark.parametrize("sentence", [
    "soms 2400 soms 2600",
    "rond de 2300 mor 't is nooit hetzelfde",
    "mijn vrouw heeft werkloosheid, ik werk halftijds, samen 2100",
])
def test_an_irregular_income_or_a_benefit_is_never_adequate(sentence):
    result = interpret_answer("income", sentence)
    assert result.value == "inadequate" and not result.certain


def test_a_steady_income_above_the_leefloon_stays_adequate():
    result = interpret_answer("income", "samen 2600 netto, allebei vast werk")
    assert result.value == "adequate" and result.certain


# -- 4. the classifier against the phrases --------------------------------------------------------------
# The classifier reads the whole message and does not know the question. When what pulls it the other
# way is said of another topic, in that topic's own words, the phrases of this question decide.
@pytest.mark.parametrize("cid,text,intent,value", [
    ("education", "hogeschool gedaan, maar nu ben ik al een jaar werkloos", "answer_problem", "adequate"),
    ("employment", "we hebben alle twee vast werk mor 't geld is nooit genoeg", "answer_problem", "adequate"),
    ("education", "ik heb bso verkoop gedaan en werk nu vast in de winkel", "answer_fine", "inadequate"),
])
def test_a_pull_of_the_classifier_explained_by_another_topic_does_not_doubt_the_phrase(cid, text, intent, value):
    got = interp(cid, text, intent=intent, confidence=0.97)
    assert (got.value, got.certain) == (value, True)


@pytest.mark.parametrize("cid,text,intent,value", [
    ("employment", "hij werkt al drie jaar als interimair bij dezelfde firma", "answer_fine", "inadequate"),
    ("education", "aso gedaan", "answer_problem", "adequate"),
])
def test_a_sure_classifier_that_pulls_the_other_way_for_no_named_reason_still_doubts(cid, text, intent, value):
    got = interp(cid, text, intent=intent, confidence=0.95)
    assert (got.value, got.certain) == (value, False)


@pytest.mark.parametrize("confidence,certain", [(0.7, True), (0.79, True), (0.8, False), (0.95, False)])
def test_the_classifier_doubts_a_phrase_only_from_the_confidence_it_is_trusted_at(confidence, certain):
    got = interp("education", "aso gedaan", intent="answer_problem", confidence=confidence)
    assert (got.value, got.certain) == ("adequate", certain)


@pytest.mark.parametrize("text", [
    "geen geld voor de schoolreis en de sportclub",
    "de muziekschool kunnen we ni betalen",
    "de zwemles is te duur voor ons",
])
def test_an_activity_there_is_no_money_for_is_checked_back(text):
    got = interp("stimulation", text, intent="answer_problem", confidence=0.97)
    assert (got.value, got.certain) == ("inadequate", False)


@pytest.mark.parametrize("text", [
    "da's mijn zaak", "daar wil ik ni over praten", "mag ik deze overslaan", "volgende vraag aub",
    "kan ik ni zeggen", "zeg ik ni", "niet uw zaak", "da vertel ik ni",
])
def test_saying_one_would_rather_not_say_is_unknown(text):
    assert interp("housing", text).value == "unknown"
    assert interp("housing", text, intent="refuse_answer", confidence=0.7).value == "unknown"
    # the classifier alone reads a problem in it: asked, never recorded as a problem
    got = interp("housing", text, intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("unknown", False)


@pytest.mark.parametrize("text", ["geen idee hoe ik da moet betalen", "kweet ni meer wa gedaan met die rekeningen"])
def test_not_knowing_how_is_no_refusal(text):
    got = interp("income", text, intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("cid", ["housing", "health", "income"])
@pytest.mark.parametrize("text,certain", [
    ("ni goe", True), ("nee, helemaal nie goed", True), ("slecht", True), ("echt ni goe eigenlijk", True),
    ("niet zo goed", False),   # softened: asked
    ("niet goed niet slecht", False),
])
def test_a_bare_bad_verdict_is_a_problem(cid, text, certain):
    got = interp(cid, text)
    assert (got.value, got.certain) == ("inadequate", certain)


def test_not_bad_is_no_bare_bad_verdict():
    assert interp("housing", "niet slecht").value == "adequate"


@pytest.mark.parametrize("text", ["over de kinderen zeg ik niks", "ik ga ni zeggen hoeveel", "laat maar, daar begin ik ni aan"])
def test_more_ways_to_say_one_would_rather_not_say(text):
    assert interp("stimulation", text, intent="refuse_answer", confidence=0.65).value == "unknown"
    assert interp("stimulation", text).value == "unknown"


@pytest.mark.parametrize("cid,text", [
    ("housing", "over ons huis wil ik niks zeggen"), ("education", "over school wil ik ni praten"),
    ("employment", "ik wil ni zeggen waar ik werk"), ("income", "over ons loon praat ik ni"),
])
def test_a_refusal_that_names_the_topic_is_no_answer_about_it(cid, text):
    """The topic word ("huis", "loon") is only a proxy: with a sure classifier it once made these adequate."""
    assert interp(cid, text).value == "unknown"
    got = interp(cid, text, intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("unknown", False)


@pytest.mark.parametrize("cid,text", [
    ("employment", "werk hebben wij niet, wij zoeken"), ("health", "een huisarts hebben wij niet"),
    ("employment", "een job heeft hij ni"),
    ("stimulation", "speelgoed heeft hij ni"),
])
def test_the_thing_first_and_the_negation_last_is_negated(cid, text):
    got = interp(cid, text)
    assert got.value != "adequate"


# The education question asks for the highest diploma of the parents; when the other parent's school
# stayed short, the highest is proposed in a check-back (outside raters were split on it), not taken.
@pytest.mark.parametrize("text", [
    "mijne vent heeft bso lassen, ik heb aso gedaan",
    "ik heb bso kapper, mijn vrouw heeft de hogeschool gedaan",
    "mijn man tso, ik alleen lagere school",
])
def test_the_highest_diploma_of_the_parents_is_proposed(text):
    got = interp("education", text, intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("adequate", False)


def test_two_parents_with_a_diploma_that_counts_are_taken():
    got = interp("education", "ik heb aso en mijn man heeft een master", intent="answer_fine", confidence=0.9)
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("text", [
    "ik heb aso gedaan maar niet afgemaakt, daarna bso",   # unfinished: which one? asked
    "ik aso, mijn vrouw kan ni lezen",                     # reading and writing: asked
])
def test_a_lower_level_is_not_set_aside_when_it_may_be_the_answer(text):
    got = interp("education", text, intent="answer_problem", confidence=0.9)
    assert not (got.value == "adequate" and got.certain)


# Work is weak when both parents (or the single parent) have none.
@pytest.mark.parametrize("text", [
    "ik ben werkloos, mijn man heeft vast werk",
    "mijn vrouw is poetshulp met vast contract, ik ga naar de inburgering en zoek werk",
    "mijn man werkt in Zaventem, vast contract, ik zoek nog werk",
    "ik rij vrachtwagen, contract onbepaald, mijn vrouw werkt niet",
])
def test_one_parent_in_steady_work_is_enough(text):
    got = interp("employment", text, intent="answer_problem", confidence=0.9)
    assert (got.value, got.certain) == ("adequate", True)


@pytest.mark.parametrize("text", [
    "mijn vrouw werkt vast, ik doe interim",          # precarious work is an item of its own
    "ik had vast werk, nu ben ik werkloos",           # one person, then and now
    "mijn man heeft vast werk maar hij is zijn werk kwijt",
])
def test_steady_work_does_not_hide_precarious_work_or_a_lost_job(text):
    got = interp("employment", text, intent="answer_problem", confidence=0.9)
    assert not (got.value == "adequate" and got.certain)


@pytest.mark.parametrize("text,certain", [
    ("wij zijn met 9 in een huis met 3 kamers", True),
    ("vijf personen in een appartement met een slaapkamer", True),
    ("we zijn met drie, appartement met 2 slaapkamers", None),   # not crowded: nothing said about it
])
def test_more_than_two_people_a_bedroom_is_too_small(text, certain):
    got = interp("housing", text)
    if certain is None:
        assert got.value != "inadequate"
    else:
        assert (got.value, got.certain) == ("inadequate", certain)


# Phenomena of the blind rounds 4 and 5, in other words than theirs.
def assert_read(got, value, certain):
    """The value and certainty expected of a reading; None: that part is not checked."""
    if value is not None:
        assert got.value == value
    if certain is not None:
        assert got.certain == certain


@pytest.mark.parametrize("cid,text,value,certain", [
    ("income", "ik werk 20 uur per week voor 1100 euro", "inadequate", True),        # hours a week, pay a month
    ("income", "sommige maanden lukt het, andere maanden is er bijna niks over", "inadequate", True),
    ("health", "bij de dokter is er geen tolk, dus ik ga niet", "inadequate", True),
    ("stimulation", "de kleuter gaat maar een paar dagen per week", "inadequate", True),
    ("stimulation", "ze missen veel dagen school omdat ik ze niet kan brengen", "inadequate", True),
    ("stimulation", "ik weet niet meer wat doen met die jongen", "inadequate", True),
    ("education", "A2 mechanica", "adequate", True),
    ("education", "A3 houtbewerking", "inadequate", True),
    ("housing", "het stinkt hier altijd naar riool", "inadequate", True),
    ("housing", "we kunnen niet stoken, de gas is te duur", "inadequate", True),
    ("housing", "ni nieuw, mor alles is in orde", "adequate", None),
])
def test_everyday_words_of_the_fourth_and_fifth_round(cid, text, value, certain):
    assert_read(interp(cid, text), value, certain)


@pytest.mark.parametrize("text", ["kpas", "kpas voor deze", "kzeg daar liever niks over", "da's te persoonlijk",
                                  "kvertel da ni", "wat maakt dat nu uit"])
def test_refusals_in_spreektaal(text):
    assert interp("income", text, intent="answer_problem", confidence=0.6).value == "unknown"


@pytest.mark.parametrize("cid,text", [
    ("employment", "hij werkt in de haven, welk contract weet ik niet"),
    ("stimulation", "ze gaan naar de opvang, wat ze daar doen weet ik niet"),
])
def test_partly_known_is_asked_not_taken_as_unknown(cid, text):
    got = interp(cid, text, intent="refuse_answer", confidence=0.95)
    assert not got.certain


def test_nobody_has_it_is_no_problem_taken_for_sure():
    got = interp("health", "niemand bij ons heeft een handicap of een ziekte", intent="answer_problem", confidence=0.95)
    assert not (got.value == "inadequate" and got.certain)


@pytest.mark.parametrize("text,value", [
    ("we slapen met de kinderen in de kelder", "inadequate"),
    ("ik woon in een caravan met mijn zoon", "inadequate"),
    ("schimmel in de garage, verder alles goed", "inadequate"),   # still asked: nobody lives there
])
def test_living_where_nobody_should(text, value):
    assert interp("housing", text).value == value


def test_living_in_a_garage_is_certain_but_a_garage_alone_is_not():
    assert interp("housing", "we wonen met vier in een garage").certain
    assert not interp("housing", "schimmel in de garage, verder alles goed").certain


@pytest.mark.parametrize("text", ["ik heb niet de tijd om met hem te spelen", "geen tijd om met ze te spelen"])
def test_no_time_to_play_is_a_problem_even_with_the_word_play(text):
    got = interp("stimulation", text)
    assert (got.value, got.certain) == ("inadequate", True)


def test_te_veel_is_not_every_te():
    """"veel" is a filler when matching: "te veel" once became a proxy on every "te"."""
    assert interp("education", "hij moet nog examen doen om hier te mogen werken").value != "inadequate"
    assert interp("stimulation", "de zorg voor de kleintjes is me te veel").value == "inadequate"


# Phenomena of the blind round 6, in other words than theirs.
@pytest.mark.parametrize("cid,text,value", [
    ("stimulation", "ze gaat alleen op maandag en vrijdag naar de kleuterschool", "inadequate"),
    ("stimulation", "hij heeft geen zin om te spelen", "inadequate"),
    ("stimulation", "ik weet me geen raad met zijn woedeaanvallen", "inadequate"),
    ("education", "ik ben tot het tweede middelbaar geweest", "inadequate"),
    ("education", "vakschool in Polen, voor lasser", "inadequate"),
    ("housing", "er staan champignons op de muur van de slaapkamer", "inadequate"),
    ("housing", "het plafond komt los in de keuken", "inadequate"),
    ("health", "we hebben geen kaart dringende medische hulp", "inadequate"),
])
def test_everyday_words_of_the_sixth_round(cid, text, value):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, True)


def test_every_day_at_school_is_not_some_days_only():
    assert interp("stimulation", "ze gaan elke dag naar school, woensdag alleen in de voormiddag").value == "adequate"


@pytest.mark.parametrize("text", [
    "vraag dat aan mijn vrouw, zij doet dat", "bedragen geef ik hier niet", "kheb gene zin om daarover te praten",
    "dat laat ik liever rusten", "da is geheim",
])
def test_more_refusals(text):
    assert interp("income", text).value == "unknown"


@pytest.mark.parametrize("text", ["'t is wa krap hier sinds de baby er is", "soms een beetje moeilijk"])
def test_a_softened_answer_read_by_the_classifier_alone_is_asked(text):
    got = interp("housing", text, intent="answer_problem", confidence=0.99)
    assert (got.value, got.certain) == ("inadequate", False)


def test_what_they_do_is_no_softener():
    got = interp("stimulation", "wat ze daar doen is schandalig", intent="answer_problem", confidence=0.99)
    assert (got.value, got.certain) == ("inadequate", True)


# Phenomena of the blind round 7, in other words than theirs.
@pytest.mark.parametrize("cid,text,value", [
    ("housing", "we zijn me acht in een huis me drie slaapkamers", "inadequate"),   # "me" is "met"
    ("housing", "we wonen met vijf in 40 vierkante meter", "inadequate"),
    ("health", "nee, allemaol gezond, gein probleme", "adequate"),                  # Limburgs
    ("stimulation", "ze gaat maar een paar keer per week naar de kleuterklas", "inadequate"),
    ("stimulation", "ze gamen tot laat in de nacht en slapen in de klas", "inadequate"),
    ("income", "hij gokt alles weg, op het einde van de maand is er niks meer", "inadequate"),
    ("education", "ik heb maar het eerste middelbaar gedaan", "inadequate"),
    ("education", "daar ga ik niet op in", "unknown"),
])
def test_everyday_words_of_the_seventh_round(cid, text, value):
    got = interp(cid, text)
    assert got.value == value


def test_a_roomy_home_is_not_crowded():
    assert interp("housing", "we zijn met vier in 110 vierkante meter").value != "inadequate"


# Phenomena of the blind round 8, in other words than theirs.
@pytest.mark.parametrize("cid,text,value,certain", [
    ("income", "kzou het echt ni weten, mijn man regelt dat", "unknown", None),
    ("income", "na de afbetaling van het huis houden we nog 2600 euro over", "adequate", True),
    ("income", "'t goat wel, we moen ons ni bekommeren", "adequate", None),
    ("employment", "mien man is beroepsmilitair, ik blijf thoes", "adequate", None),
    ("employment", "hij werkt in de haven, contract week per week", "inadequate", True),
    ("employment", "kpoets met dienstencheques, mor 't es e contract van drei moand", "inadequate", True),
    ("employment", "ik heb een vast contract en in het weekend doe ik er een flexi-job bij", "adequate", True),
    ("education", "mbo niveau 2 in Nederland, helpende", "inadequate", True),
    ("education", "geen idee hoe dat heet hier, mijn papieren zijn weg", "unknown", None),
    ("housing", "de tank van de stookolie is leeg en de kinderen slapen met hun jas aan", "inadequate", True),
    ("health", "medische zaken hou ik liever voor mezelf", "unknown", True),
    ("stimulation", "over de opvoeding ga ik ni in discussie", "unknown", None),
])
def test_everyday_words_of_the_eighth_round(cid, text, value, certain):
    assert_read(interp(cid, text), value, certain)


def test_a_precarious_job_of_ones_own_is_not_a_side_job():
    got = interp("employment", "ik doe flexi-jobs, mijn vrouw werkt niet", intent="answer_problem", confidence=0.9)
    assert got.value == "inadequate"


# Phenomena of the blind round 9 (read after its first run), in other words than theirs.
@pytest.mark.parametrize("cid,text,value", [
    ("employment", "we werken allebei aan de unief, telkens met een contract van een jaar", "inadequate"),
    ("employment", "mijn man is beroepsbrandweerman, ik ben thuis met de kinderen", "adequate"),
    ("employment", "amai, wat je allemaal wilt weten", "unknown"),
    ("stimulation", "ze is lang ziek en volgt de lessen thuis via Bednet", "adequate"),
])
def test_everyday_words_of_the_ninth_round(cid, text, value):
    assert interp(cid, text).value == value


# Phenomena of the blind round 10 (read after its first run), in other words than theirs.
@pytest.mark.parametrize("text,value,certain", [
    ("tussen 1700 en 1900, naargelang de overuren", "inadequate", False),   # straddles the leefloon: asked
    ("tss 1650 en 1950 netto, hangt af van de overuren", "inadequate", False),
    ("tussen 2300 en 2500, hangt af van de premies", "adequate", True),       # both above: overtime on a wage
    ("tussen 1100 en 1300, hangt af van de overuren", "inadequate", True),    # both below
    ("de ene maand 1100, de andere 2300, het is interim", "inadequate", True),  # irregular work still decides
])
def test_overtime_on_a_steady_wage_is_not_an_irregular_income(text, value, certain):
    got = interp("income", text)
    assert (got.value, got.certain) == (value, certain)


def test_ik_denk_is_doubt_about_ones_own_answer():
    got = interp("employment", "mijn vrouw werkt in de zorg, nu vast ik denk", intent="answer_fine", confidence=0.95)
    assert (got.value, got.certain) == ("adequate", False)


@pytest.mark.parametrize("text", [
    "ik heb de kracht niet om met hem te spelen",
    "kheb gene tijd om mee te knutselen",
    "ik heb het geld niet om ze naar de muziekschool te laten gaan en geen puf om voor te lezen",
])
def test_a_negation_on_the_om_te_clause_negates_its_verb(text):
    assert interp("stimulation", text).value == "inadequate"


@pytest.mark.parametrize("text", [
    "de kleine, kleuterklas soms, als ik de bus haal",
    "hij gaat niet altijd naar de klas, hij is vaak moe",
    "ze hangen heel de dag op hun gsm en ik kan ze niet meer bezighouden",
])
def test_some_days_at_school_and_screens_all_day(text):
    assert interp("stimulation", text).value == "inadequate"


def test_all_day_outside_is_not_screens_all_day():
    assert interp("stimulation", "heel de dag spelen ze buiten in de tuin").value == "adequate"


@pytest.mark.parametrize("text", [
    "zo'n 1700 netto, en hij heeft er nog een bijjob bij op zaterdag",
    "1650 per maand, plus een eindejaarspremie en vakantiegeld",
])
def test_income_on_top_of_a_low_amount_is_asked(text):
    got = interp("income", text)
    assert (got.value, got.certain) == ("inadequate", False)


def test_looking_for_extra_work_is_no_income_on_top():
    got = interp("income", "1200 euro leefloon, en ik zoek nog extra werk")
    assert (got.value, got.certain) == ("inadequate", True)


def test_living_on_a_debt_settlement_allowance_is_weak_however_counted():
    got = interp("income", "we zitten in schuldbemiddeling en krijgen 240 euro leefgeld per week")
    assert (got.value, got.certain) == ("inadequate", True)


def test_several_amounts_below_the_leefloon_even_together_decide():
    got = interp("income", "ik krijg 900 loon en 250 alimentatie, en ik betaal 150 af aan de deurwaarder")
    assert (got.value, got.certain) == ("inadequate", True)


@pytest.mark.parametrize("text,value", [
    ("al drie jaar in invaliditeit door mijn rug, werken lukt niet meer", "inadequate"),
    ("mijn vrouw zit in invaliditeit, ik heb een vast contract bij de stad", "adequate"),
])
def test_invalidity_is_no_work_unless_the_other_parent_works_steadily(text, value):
    assert interp("employment", text).value == value


# Phenomena of the blind round 12 (read after its first run), in other words than theirs.
@pytest.mark.parametrize("typed,plain", [
    ("ich weet et neet", "ik weet het niet"),             # Limburgish: neet = niet
    ("neet", "nee"),                                      # alone it answers no
    ("hae haet mich gebeld", "hij heeft mij gebeld"),
    ("we krijgen 1500 plus het groei pakket", "we krijgen 1500 plus het groeipakket"),
    ("alleen het leef loon van het o c m w", "alleen het leefloon van het ocmw"),
    ("de ganse dag", "de hele dag"),
    ("un master de l'universite d'Alger", "un master de l universite d alger"),  # French elision
])
def test_spoken_forms_of_the_twelfth_round(typed, plain):
    assert spoken(typed) == plain


@pytest.mark.parametrize("cid,text,value,certain", [
    ("income", "ich weet et neet, da regelt mien man", "unknown", True),
    ("income", "ongeveer 1900 met het groei pakket erbij", "inadequate", False),   # without it maybe below
    ("employment", "ik werk sinds kort bij een bakker, welk contract ik krijg weet ik nog niet", "unknown", False),
    ("education", "un master de l'universite d'Alger, maar hier is dat niet erkend", "adequate", None),
    ("education", "ik heb het zevende jaar kinderzorg gedaan", "inadequate", True),  # a 7th year is BSO
    ("housing", "vierde verdiep zonder lift met een buggy en een baby", "inadequate", False),
    ("housing", "sinds een maand zitten we in de vrouwenopvang", "inadequate", True),
    ("health", "ons dochtertje wordt onderzocht, ze weten nog niet wat het is", None, False),
    ("health", "ik ben zwanger en moet van de gynaecoloog plat liggen", "inadequate", True),
    ("stimulation", "boekjes lezen en buiten spelen komt er niet van, ik werk te veel", "inadequate", True),
    ("stimulation", "we doen ons best", "adequate", False),                     # vague: asked
])
def test_everyday_words_of_the_twelfth_round(cid, text, value, certain):
    assert_read(interp(cid, text), value, certain)


@pytest.mark.parametrize("text,joined", [
    ("ik ben al een jaar werk loos", "werkloos"),                 # voice typing splits compounds
    ("we zitten in schuld bemiddeling", "schuldbemiddeling"),
    ("mijn vrouw werkt half tijds", "halftijds"),
])
def test_a_compound_typed_apart_is_read_as_one_word(text, joined):
    from bot.interpret import _read

    assert joined in _read(text, criteria()).split()


@pytest.mark.parametrize("text", [
    "ik heb een vast contract en een auto",     # "contract" + "en" is no "contracten"
    "ik heb het niet zo voor lezen",            # a preposition stays apart: not "voorlezen"
    "ze spelen buiten gewoon op straat",
])
def test_words_that_stand_apart_are_not_joined(text):
    from bot.interpret import _read
    from bot.normalise import spoken

    assert _read(text, criteria()) == spoken(text)


def test_a_compound_typed_apart_decides_like_the_compound():
    assert interp("employment", "we zijn allebei werk loos").value == "inadequate"


# Phenomena of the blind round 13 (read after its first run), in other words than theirs.
def test_was_is_a_verb_not_wat_is():
    assert spoken("ik was kapper, nu niet meer") == "ik was kapper , nu niet meer"
    assert spoken("wa's da?") == "wat is dat"


@pytest.mark.parametrize("cid,text,value,certain", [
    ("employment", "ik had een eigen zaak, een kapsalon, maar die is failliet, mijn man werkt ook niet", "inadequate", True),
    ("employment", "ik heb mijn eigen zaakje, een frituur, dat draait goed", "adequate", None),  # "mijn zaak" is no refusal
    ("income", "dat is mijn zaak", "unknown", True),
    ("employment", "hij zit in het duaal leren bij een schrijnwerker", None, False),
    ("education", "ik heb de tweede graad aso gedaan en ben dan gestopt", None, False),
    ("housing", "we logeren bij mijn ouders tot de verbouwing klaar is", None, False),
    ("health", "waarom wil je dat weten? sla maar over", "unknown", True),
])
def test_everyday_words_of_the_thirteenth_round(cid, text, value, certain):
    assert_read(interp(cid, text), value, certain)


# Phenomena of the blind rounds 118-121 (twenty-first session, read after their first run), in other words.
TWENTY_FIRST = [
    # an average of an income that changes every week is irregular (weak), not an amount above the line
    ("income", "via het interimkantoor, elke week andere uren, gemiddeld 1900 denk ik", "inadequate", False),
    ("income", "we hebben samen 2600 netto, elke maand", "adequate", True),
    # permanent now, temp work before ("daarvoor ... gedaan"); a seasonal contract; work that is not declared
    ("employment", "sinds januari vast in de ploegen, daarvoor twee jaar interim gedaan", "adequate", True),
    ("employment", "vroeger interim, nu vast", "adequate", True),
    ("employment", "mijn man werkt met een seizoenscontract in de aardbeien", "inadequate", True),
    ("employment", "hij werkt in de horeca, maar niet officieel", "inadequate", True),
    # "only eight years of school": short, said so; "gestopt me 15" (met)
    ("education", "maar 8 jaar naar school geweest in Roemenie", "inadequate", True),
    ("education", "kben gestopt me 14 jaar", "inadequate", True),
    # renovated after a flood, better than before
    ("housing", "na de waterschade is alles vernieuwd, nu beter dan vroeger", "adequate", True),
    ("housing", "wuk moe da weten eigenlijk", "unknown", True),
    # too much for the grandparents; a child that minds the little ones; school "when we can"; speech behind
    ("stimulation", "de kinderen wonen bij ons, de grootouders, maar het wordt ons te veel", "inadequate", True),
    ("stimulation", "mijn dochter van 10 moet voor de kleintjes zorgen als ik werk", "inadequate", True),
    ("stimulation", "hij gaat naar de kleuterklas als we kunnen", "inadequate", False),
    ("stimulation", "de juf zegt dat ze achter is met praten", "inadequate", False),
    ("stimulation", "ze krijgt logopedie en het gaat goed vooruit, we oefenen thuis mee", "adequate", True),
    ("stimulation", "dat zijn mijn zaken", "unknown", True),
    # a complaint named softly, then "niks ergs": asked as good health; without it, asked as a problem
    ("health", "af en toe wat last van mijn knie, maar niks ergs", "adequate", False),
    ("health", "ik heb wat last van mijn knie", "inadequate", False),
    # (rounds 122-125) Hagelands "gienen", "nog gie werk"; varying work "de ene week ... de andere"; "zwart" alone
    ("income", "in de zomer verdienen we goed, in de winter gienen euro", "inadequate", False),
    ("employment", "nog gie werk, ik volg een opleiding bij de vdab", "inadequate", True),
    ("employment", "ik kuis bij mensen, de ene week veel uren, de andere bijna niks", "inadequate", False),
    ("employment", "hij werkt op de bouw, zwart", "inadequate", True),
    # years of school, then stopped to work; a family in one room of a host family's house
    ("education", "9 jaar school in Marokko, dan gestopt om te werken", "inadequate", True),
    ("housing", "we wonen bij een gastgezin in een groot huis, maar we hebben alleen een kamer", "inadequate", False),
    # quiet in Dutch with another language at home: asked; half days only at three: asked; "niet bespreken"
    ("stimulation", "hij zegt nog bijna niks in het Nederlands, thuis spreken we Turks", "inadequate", False),
    ("stimulation", "ze is drie en gaat alleen in de voormiddag naar school", "inadequate", False),
    ("stimulation", "dat wil ik liever niet bespreken", "unknown", True),
    # (rounds 126-129) the total after its amounts; a diploma from the exam board after a school left unfinished
    ("income", "1100 van mijn werk en 400 van het kindergeld van de RVA, 1500 in totaal", "inadequate", True),
    ("education", "ik had het BSO niet afgemaakt, maar later mijn diploma gehaald via de examencommissie", "adequate", True),
    # French vocational certificates; "'t buitengewoon" glued; "wuk moe ge da weten"
    ("education", "ik heb een CAP cuisine in Frankrijk", "inadequate", True),
    ("education", "kzat in tbuitengewoon tot mijn 18", "inadequate", True),
    ("education", "wuk moe ge da weten eigenlijk", "unknown", True),
    # meals delivered by bike for an app; work without papers yet; water through the ceiling, a bucket under it
    ("employment", "ik lever eten met de fiets via een app", "inadequate", True),
    ("employment", "mijn broer werkt in een snackbar, papieren nog niet in orde", "inadequate", True),
    ("housing", "als het regent komt het water door het plafond van de keuken", "inadequate", True),
    ("housing", "tgoa", "adequate", False),
    # coughing all winter in a damp home: asked; "kleuterschool is toch niet verplicht": not at school
    ("health", "we zijn wel gezond, maar de kinderen hoesten heel de winter", "inadequate", False),
    ("stimulation", "hij is drie, kleuterschool is toch niet verplicht", "inadequate", True),
    ("stimulation", "hij moet zijn derde leerjaar overdoen", "inadequate", False),
    ("stimulation", "ik weet niet goed hoe ik met mijn baby moet spelen", "inadequate", True),
    # (rounds 130-133) a range with overtime ("tusse"), a mortgage beside twice the leefloon, school "maar kort"
    ("income", "tusse de 1650 en 1850, afhankelijk van de overuren", "inadequate", False),
    ("income", "samen 4200 netto, de hypotheek betalen we zonder problemen", "adequate", False),
    ("education", "school in Syrie maar kort, 3 jaar", "inadequate", True),
    # a season, then nothing; a six-month contract; Dutch prevocational school
    ("employment", "in de aardbeien van mei tot augustus, daarna nix", "inadequate", True),
    ("employment", "mijn vrouw werkt in de kassen, contract 4 maand", "inadequate", True),
    ("education", "vmbo kader in Breda, meer niet", "inadequate", True),
    ("education", "ik heb de mavo gedaan", "inadequate", False),
    # a fuse that blows; at school "when she feels like it"; the children hardly seen; not knowing how to help
    ("housing", "alles goed, alleen springt er soms een stop als de droogkast draait", "adequate", False),
    ("stimulation", "hij gaat af en toe naar de kleuterklas, als hij zin heeft", "inadequate", True),
    ("stimulation", "de kinderen zie ik amper, ik werk in de nacht", "inadequate", True),
    ("stimulation", "de juf zegt dat hij achterloopt en ik weet niet hoe ik hem moet helpen", "inadequate", True),
    # "thuis spreken we Turks" says where the language is spoken; the school content: fine
    ("stimulation", "ze gaat naar een Nederlandstalige school, thuis spreken we Turks, de juf is tevreden", "adequate", True),
]

TWENTY_SECOND = [
    # one parent "au chômage" (French), the other in steady work: the household has work
    ("employment", "moi je suis au chomage maar mijn vrouw werkt vast bij de post", "adequate", True),
    ("employment", "ik zit in de chomage en mijn vriend ook", "inadequate", True),
    # a secondary diploma earned in second-chance education is a secondary diploma
    ("education", "mijn diploma secundair heb ik later nog gehaald in het tweedekansonderwijs", "adequate", True),
    ("education", "tweedekansonderwijs begonnen maar niet afgemaakt", "inadequate", True),
    # general secondary left after the fourth or fifth year ("tot 't vijfde"): asked, as "aso niet afgemaakt" is;
    # stopped there with the stream named, the lower secondary is done (domain.md; a writer of round 91 agrees)
    ("education", "ik heb aso gedaan tot het vijfde", "inadequate", False),
    ("education", "ik ben gestopt in het vijfde jaar tso", "adequate", True),
    ("education", "gestopt in het vijfde jaar", "inadequate", False),
    ("education", "ik heb aso gedaan tot het zesde en mijn diploma gehaald", "adequate", True),
    # an agricultural school: which stream is not said, asked
    ("education", "ik heb op de landbouwschool gezeten", "inadequate", False),
    # Limburgish "gèt" (a bit): "a bit small but fine" is asked
    ("housing", "gèt klein mar we zijn content", "inadequate", False),
    # a child seeing a child psychiatrist
    ("health", "onze zoon gaat elke maand naar de kinderpsychiater", "inadequate", True),
    # not knowing how to enrol a child is the problem itself, not an unknown answer
    ("stimulation", "ik weet niet hoe ik haar moet inschrijven op school, ze is 4 en blijft thuis", "inadequate", True),
    # "ik weet het niet meer": at one's wits' end with a child
    ("stimulation", "hij luistert totaal niet en bijt de andere kindjes, ik weet het niet meer", "inadequate", True),
    # kept home from school to mind a younger child
    ("stimulation", "de grootste moet af en toe thuisblijven van school voor zijn zusje", "inadequate", True),
    # rounds 138-141: under a collective debt settlement the living allowance is what the family has
    ("income", "mijn loon is 2100 maar we zitten in collectieve schuldenregeling, we krijgen 250 leefgeld per week",
     "inadequate", True),
    ("income", "collectieve schuldenregeling, de bemiddelaar stort ons 1900 leefgeld per maand", "adequate", True),
    # an amount below the line and maintenance of no amount on top: more may come in, asked
    ("income", "ikzelf 1500 en daarbij nog alimentatie als hij ze betaalt", "inadequate", False),
    ("income", "hij betaalt geen alimentatie meer, ik heb enkel mijn 1500 en daarbij het groeipakket", "inadequate", True),
    # a car loan said in French ("le prêt"), its repayment taken off
    ("income", "we verdienen 2700 samen, mais il y a le prêt voor de camionette, 400 per maand", "adequate", True),
    # not knowing "eigenlijk" whether the job is permanent
    ("employment", "kwerk bij nen tuinder, mor kweet eigenlijk nie of da nu nen vasten is of nie", "adequate", False),
    # years of school "dan werken" (learner Dutch): school stopped there; until 15 or 16: asked, as "op mijn 15e
    # van school gegaan"
    ("education", "8 jaar school in Marokko, dan werken", "inadequate", True),
    ("education", "in Brazilie school tot 15, dan werken", "inadequate", False),
    # a Spanish or Portuguese university degree
    ("education", "licenciatura in Portugal, nu volg ik Nederlands", "adequate", True),
    # no heating for days
    ("housing", "met die budgetmeter zitten we soms een week zonder verwarming", "inadequate", False),
    ("housing", "we zitten zonder verwarming", "inadequate", True),
    # born too early, fine now and the check-ups in order
    ("health", "ons dochterke is te vroeg geboren maar het gaat nu goed met haar", "adequate", True),
    ("health", "ons dochterke is te vroeg geboren en het gaat nu nog niet goed", "inadequate", False),
    # kept at home from the toddler class when the morning is late
    ("stimulation", "als we ons verslapen houden we ze thuis, het is toch maar kleuterschool", "inadequate", True),
    ("stimulation", "de oudste van 10 zorgt voor de kleinste als ik vroeg moet gaan werken", "inadequate", True),
    # rounds 142-145: "met alles erbij" near the line may hold the Groeipakket: asked
    ("income", "ongeveer 1950 met alles erbij", "adequate", False),
    ("income", "ongeveer 2300 met alles erbij", "adequate", True),
    ("income", "een 1950 me ol's derby", "adequate", False),
    # West-Flemish "betoalen" (betalen): two repayments taken off
    ("income", "2100 netto mo we betoalen nog 300 af op de camionette en 250 op de lening", "inadequate", True),
    # "niks afbetalen": no debts
    ("income", "hij verdient 2500 netto met een vast contract en we moeten niks afbetalen", "adequate", True),
    # seasonal: "de rest van het jaar" at home
    ("employment", "ik werk op de camping in de zomer, de rest van het jaar zit ik thuis", "inadequate", True),
    # meals delivered by bike for an app
    ("employment", "hij doet levering met fiets voor een app", "inadequate", True),
    # whether the work is declared, not known: asked
    ("employment", "hij werkt bij zijn neef in de garage, officieel of niet weet ik niet", "unknown", False),
    # a roofer with his own firm is not a day labourer (one letter away)
    ("employment", "mijn man is zelfstandig dakwerker", "adequate", True),
    # "wat gaat dat iemand aan"
    ("education", "wat gaat dat iemand aan", "unknown", True),
    # not even the first degree
    ("education", "kheb de eerste graad niet eens gedaan", "inadequate", True),
    # started work at 14: school stopped there
    ("education", "ik ben op mijn 14 beginnen werken in de bakkerij", "inadequate", True),
    # one room above a café, the shower shared
    ("housing", "we huren een kamer boven een cafe, de douche samen met de andere huurders", "inadequate", True),
    # the children alone with the oldest
    ("stimulation", "als ik nachtdienst heb zijn ze alleen met de oudste van tien", "inadequate", True),
]
TWENTIETH = [
    # a good month and a bad month, or "soms genoeg, soms niks": an irregular income (not "een goede maand" alone)
    ("income", "als zelfstandige: ne goeie maand 3500, ne slechte maand amper 600", "inadequate", True),
    ("income", "soms genoeg, soms niks, hij werkt als ze hem bellen", "inadequate", False),
    ("income", "een goede maand hebben we 2600, nooit minder dan 2400", "adequate", True),
    # working AT a temp agency may be its own staff (asked); work via one, a new place every week, work "als er
    # werk is": precarious
    ("employment", "ik werk bij een interimkantoor", "inadequate", False),
    ("employment", "ik werk via een interimkantoor in de haven", "inadequate", True),
    ("employment", "mijn vrouw gaat via een Pools bureau, elke week andere plaats", "inadequate", True),
    ("employment", "hij gaat mee met de ploeg als er werk is, anders zit hij thuis", "inadequate", True),
    # sleeping in the living room; "de drie kleine" with a parent on one room (one baby with a parent is not);
    # living in "for a while" is asked; "privé" after renting is the rental market; the neighbours are no home
    ("housing", "wij bij schoonmoeder, slapen in salon", "inadequate", True),
    ("housing", "ik slaap met de drie kleine op 1 kamer", "inadequate", True),
    ("housing", "klein appartement met 1 slaapkamer, de kleine van 5 maand slaapt bij mij", "adequate", False),
    ("housing", "ik woon voor even bij mijn mam in, tot we iets vinden", "inadequate", False),
    ("housing", "we huren privé, het huis is in orde", "adequate", True),
    ("housing", "het huis is in orde, alleen de bovenburen zijn lastig", "adequate", True),
    ("housing", "het is klein, maar we passen erin", "inadequate", False),  # small, or small enough? asked
    # a recognised disability ("erkend"); Flemish "buiten" for "except" (not when it is over); an item named
    # against a plain "goed" is asked about the item
    ("health", "mijn vrouw is voor 50% erkend na haar ongeval", "inadequate", True),
    ("health", "goed, buiten mijn knie dan", "inadequate", False),
    ("health", "goed, buiten mijn knie, maar die is geopereerd en nu in orde", "adequate", True),
    ("health", "de jongste heeft ADHD, met zijn medicatie gaat dat goed", "inadequate", False),
    # a two-year-old ("hij is twee") is young for school; not knowing "how that goes", said before what it is;
    # often late or absent; a child in special education goes to school (asked when it is only thought of)
    ("stimulation", "hij is twee, nog niet naar de kleuterschool, hij blijft bij mij", "adequate", False),
    ("stimulation", "ik weet niet goed hoe dat moet, praten met een baby", "inadequate", True),
    ("stimulation", "ik weet niet goed hoe dat moet, maar we lezen elke dag samen", "adequate", False),
    ("stimulation", "de juf zegt dat hij dikwijls te laat is of niet komt", "inadequate", True),
    ("stimulation", "ze is vier en gaat s voormiddags naar de kleuterschool, s namiddags is ze thuis", "inadequate", True),
    ("stimulation", "hij zit in het buitengewoon onderwijs en gaat elke dag graag", "adequate", True),
    ("stimulation", "de juf denkt dat hij misschien naar het buitengewoon onderwijs moet", "inadequate", False),
    # rounds 110-113: a season with nothing; one parent without work while the other works at what is not said;
    # a few years or classes of school; the exam board's diploma; adults and children counted apart; something
    # wrong with a part of the body; autism said as a spectrum; screens, but play after "maar"
    ("income", "hij plukt fruit, in de zomer goed geld, in de winter niks", "inadequate", True),
    ("employment", "mijn vrouw werkt in Polen, ik ben hier met de kinderen, geen werk", "inadequate", False),
    ("employment", "ik nog geen werk, mijn man ook zoeken werk", "inadequate", True),  # looking for work is none
    ("education", "middelbare school in Polen gedaan, met diploma, welke richting weet ik niet", "adequate", False),
    ("education", "ik heb ASO gedaan, welke richting weet ik niet meer, iets met talen", "adequate", True),
    ("education", "ik ben in Syrië maar vijf jaar naar school geweest", "inadequate", True),
    ("education", "in Marokko school zes klas, daarna naar het veld", "inadequate", True),
    ("education", "ik heb 12 klassen gedaan in Oekraine, met diploma", "adequate", True),
    ("education", "ik heb mijn diploma secundair later toch gehaald via de examencommissie", "adequate", True),
    ("housing", "1 slaapkamer voor 2 volwassenen en 2 kinderen", "inadequate", True),
    ("health", "hij heeft iets aan zijn knie, maar hij kan wel werken", "inadequate", False),
    ("health", "de kleine zit in het autismespectrum", "inadequate", True),
    ("health", "de baby was te vroeg, maar nu is hij helemaal gezond", "adequate", True),
    ("stimulation", "ze kijken veel tv, maar ik speel elke dag met hen", "inadequate", False),
    ("stimulation", "ik werk lang en de kinderen zitten veel alleen", "inadequate", True),
    # rounds 114-117: "stempelt" is out of work; still at school is asked; daily pills decide against "goed";
    # "kapot" of night shifts is asked; care that costs too much; "nu is dat weer goed"; attendance "als ik niet te
    # moe ben"; grandparents who step in; the teacher worried; no day care under school age; school refusal; "X,
    # dat lukt niet meer"; a baby in the parents' room asked; staying with family for now asked; gone to work
    # after the second year of secondary
    ("employment", "ik ben thuis met de kinderen en mijn man stempelt al een jaar", "inadequate", True),
    ("employment", "mijn vrouw werkt vast in het ziekenhuis, ik stempel", "adequate", True),
    ("employment", "ik ben 18 en zit nog op school, mijn vriend ook, we werken niet", "inadequate", False),
    ("health", "mijn vrouw heeft suiker, elke dag pillen, maar het gaat goed", "inadequate", True),
    ("health", "ik ben gezond maar zo kapot van de nachtdiensten", "inadequate", False),
    ("health", "gezond, maar naar de tandarts gaan we niet, dat kost te veel", "inadequate", False),
    ("health", "de jongste was vorige maand ziek, nu is dat weer goed", "adequate", True),
    ("stimulation", "hij gaat wel naar de kleuterklas, maar alleen als ik niet te moe ben", "inadequate", True),
    ("stimulation", "door mijn ziekte lukt spelen niet altijd, maar de grootouders springen bij", "adequate", False),
    ("stimulation", "ze gaat naar school maar zegt geen woord, de juf maakt zich zorgen", "inadequate", False),
    ("stimulation", "zoon 2 jaar, thuis bij mij, geen opvang", "adequate", False),
    ("stimulation", "ze is 4 en heeft geen opvang, ze blijft thuis", "inadequate", True),
    ("stimulation", "onze dochter van 14 weigert al weken naar school te gaan", "inadequate", True),
    ("stimulation", "voorlezen en naar de speeltuin gaan, dat lukt mij niet meer met mijn rug", "inadequate", False),
    ("stimulation", "voorlezen, dat doe ik elke avond", "adequate", True),
    ("housing", "één slaapkamer voor ons drie, de baby slaapt nog bij ons", "inadequate", False),
    ("housing", "we wonen tijdelijk terug bij mijn ouders tot we iets vinden", "inadequate", False),
    ("education", "na het tweede middelbaar ben ik gaan werken in de bouw, van mijn 15", "inadequate", True),
]


TWENTY_THIRD = [
    # (rounds 146-149) the family's own sum of what is left after the repayment, not a second income
    ("income", "hij verdient 2200 maar 700 gaat naar de afbetaling van de auto, dan blijft er 1500", "inadequate", True),
    ("income", "ik 2300 en hij 1700, maar 600 gaat naar de lening", "adequate", True),  # two incomes, no remainder
    # just enough, a little above the leefloon: the Groeipakket may be counted in
    ("income", "ik ben thuis met de kinderen, 1850 euro, net genoeg", "adequate", False),
    # West-Flemish h for g, "olle" for "alle"
    ("employment", "ik ben 20, volg avondschool en hen heen werk, de papa is weg", "inadequate", True),
    ("housing", "sociale woning, pas gerenoveerd, tis hoed", "adequate", True),
    ("stimulation", "de kleine gaat niet olle dagen naar de kleuterklas", "inadequate", True),
    # day-to-day work in the harbour pool: he hears the evening before whether there is work
    ("employment", "mijn man werkt in de haven, hij weet elke dag pas s avonds of hij de volgende dag werk heeft", "inadequate", True),
    # sewing or baking at home for neighbours: declared or not is asked
    ("employment", "ik naai kleren van thuis uit voor buren en kennissen", "inadequate", False),
    # years of training after school are no years of school
    ("education", "3 jaar verpleegkunde na het middelbaar, in Oekraine", "adequate", False),
    ("education", "school in Syrie 6 jaar, na school werken", "inadequate", True),
    ("housing", "dat is een lang verhaal, kan ik dat later vertellen", "unknown", True),
    ("health", "ons kleinste is veel verkouden, om de paar weken naar de dokter", "inadequate", False),
    ("health", "ik heb sarcoidose, maar het is stabiel", "inadequate", True),
    ("stimulation", "ons jongste gaat onregelmatig naar de kleuterschool, ik geraak smorgens niet op tijd", "inadequate", True),
    ("stimulation", "de oudste spijbelt soms, de jongste doet het goed op school", "inadequate", False),
    ("stimulation", "ze zitten veel op de gsm want ik werk tot laat, de buurvrouw past op", "inadequate", False),
]

# Phenomena of the blind rounds 150-153 (read after their first run), in other words than theirs.
TWENTY_FOURTH = [
    # West-Flemish oa for a; "een appartement van een slaapkamer" is one bedroom
    ("housing", "we zitten mee vier in een flat van een slaapkoamer", "inadequate", True),
    ("stimulation", "ons jongste goat nie alle doagen noar de klas", "inadequate", True),
    ("health", "mijn vrouw heur rugge is versleten, ze kan nie lang rechtstaan", "inadequate", True),
    # sick on a condition is how the family uses care
    ("health", "we zijn allemaal gezond, als er iemand ziek is bellen we de huisarts", "adequate", True),
    ("health", "gezond hoor, naar de dokter als ziek", "adequate", True),
    # born too early, "doet het nu goed"
    ("health", "ons dochter is te vroeg geboren mor ze doet het nu goe", "adequate", True),
    # the loan is already taken off the amount said
    ("income", "met ons twee 2900 netto, de lening van het huis is er al af", "adequate", True),
    # a new workplace every week
    ("employment", "ik doe inpakwerk via een bureau, elke dag ander plaats", "inadequate", True),
    # shouting too much, "niet simpel" alone with the children
    ("stimulation", "alleen met vier kinderen is da ni simpel, kroep te vaak", "inadequate", True),
    # (rounds 154-157) "wij met N kinderen" counts a parent too; learner "kinder"; French "loyer" is the rent
    ("housing", "appartement met 2 kamer, wij met 4 kinder", "inadequate", True),
    ("income", "chomage 1250, de loyer is 800", "inadequate", True),
    ("housing", "de boiler doet het al 2 weken niet", "inadequate", True),
    ("health", "alles goed, onze jongste heeft dikwijls oorontstekingen", "inadequate", False),
    ("stimulation", "da moet ge aan mijn vrouw vragen, zij doet dat", "unknown", True),
]
TWENTY_FIFTH = [  # (rounds 158-161) in other words than the writers'
    # the speaker's own amount, and another earner without one: not the household's income
    ("income", "ik krijg 1300 van de mutualiteit en mijn man werkt bij de bouw", "inadequate", False),
    ("income", "ik krijg 1300 van de mutualiteit en mijn man werkt niet", "inadequate", True),
    ("income", "ik heb 2400 loon en mijn vrouw werkt ook", "adequate", True),  # enough already
    # hairdressing: vocational school or an adult course? Not knowing the name of the course only
    ("education", "iets met kappers, weet niet meer hoe het heette", "inadequate", False),
    ("education", "weet niet meer hoe dat heette, iets met haarzorg", "inadequate", True),
    # drinking "nogal" is asked about
    ("health", "mijne man drinkt nogal, verder alles goed", "inadequate", False),
    # a diabetes of the pregnancy, over now
    ("health", "had zwangerschapsdiabetes bij de jongste, nu is dat weg", "adequate", True),
    # not knowing what comes after a contract
    ("employment", "artikel 60 bij het ocmw tot juni, daarna weet ik nog niet", "inadequate", True),
    # not knowing how to manage: no "unknown"
    ("stimulation", "de jongste heeft extra zorg nodig en ik weet niet hoe ik het moet volhouden", "inadequate", True),
    ("stimulation", "ik weet niet hoe ik dat moet beantwoorden", "unknown", True),  # not the answer
    # typed fast: a doubled r, a diminutive, a letter held down
    ("employment", "interrim in de haven", "inadequate", True),
    ("employment", "ik doe dagcontractjes bij de post", "inadequate", True),
    ("education", "alleen lagere schooool", "inadequate", True),
]

TWENTY_SIXTH = [  # (rounds 162-169) in other words than the writers'
    # what is left once the debts are off, said by the family itself
    ("income", "we hebben 2900 samen, de afbetaling van de lening eraf blijft er nog 2500", "adequate", True),
    ("income", "1500 loon, de schuldbemiddelaar houdt er 250 van af, dus we leven van 1250", "inadequate", True),
    ("income", "2900 samen, de afbetaling van de lening eraf", "inadequate", False),  # the repayment unsaid: asked
    # one month's amount, and nothing this month
    ("income", "vorige maand 2100 maar deze maand bijna niks, de zaak draait slecht", "inadequate", True),
    # the sickness fund named, and a parent who works part time: asked
    ("income", "de ziekenkas en hij werkt deeltijds", "inadequate", False),
    # a refusal, and an answer all the same: the answer is asked
    ("income", "we hebben genoeg, meer moet je niet weten", "adequate", False),
    ("housing", "dat gaat je niet aan hoe wij wonen, het is proper", "adequate", False),
    ("housing", "dat gaat je niet aan", "unknown", True),
    # irregular self-employed work is asked
    ("employment", "ik ben zelfstandig loodgieter, het gaat op en af", "inadequate", False),
    # looking for work for a long time, "welk werk?", delivery for an app, work off the books
    ("employment", "ik zoek al sinds de zomer werk", "inadequate", True),
    ("employment", "werk? welk werk, zonder diploma pakken ze u nergens", "inadequate", True),
    ("employment", "hij rijdt s avonds eten rond voor een app", "inadequate", True),
    ("employment", "ik help in de frituur van mijn nonkel, niet echt op papier", "inadequate", True),
    # a grandmother with dementia cared for at home; no doctor needed
    ("health", "mijn schoonmoeder woont bij ons, ze is aan het dementeren", "inadequate", True),
    ("health", "geen dokter nodig gehad, alleen de vaccins van de kleine", "adequate", True),
    ("health", "ik neem pillen voor mijn zenuwen maar het gaat", "inadequate", False),
    # no hot water, water heated in a pan; a bathroom shared with others in the building
    ("housing", "sinds vorige week geen warm water, we warmen het water in een pot", "inadequate", True),
    ("housing", "de douche delen we met andere mensen in het gebouw", "inadequate", True),
    ("housing", "over mijn huis zeg ik niks", "unknown", True),  # the topic of a refusal tells nothing
    # the children at primary school; at school "if it works out"; only when the weather is good
    ("stimulation", "ze gaan naar de basisschool in het dorp", "adequate", False),
    ("stimulation", "hij gaat naar school als het lukt met de auto", "adequate", False),
    ("stimulation", "ze gaat alleen als het weer goed is", "inadequate", True),
    # a few days at the creche is no school skipped
    ("stimulation", "maar nu gaat de baby drie dagen naar de creche en de oudste graag naar de kleuterklas", "adequate", True),
    ("stimulation", "hij gaat maar drie dagen naar school", "inadequate", True),
    # left school at 15 for work; primary school only
    ("education", "tot mijn 15 op school gezeten, toen gaan werken in de fabriek", "inadequate", True),
    ("education", "gestopt op mijn 15, later via avondschool toch mijn diploma gehaald", "inadequate", False),
    ("education", "enkel de primaire school in Turkije", "inadequate", True),
    # (rounds 170-173) a parent who corrects herself: what comes after "nee wacht" is the answer
    ("employment", "ik doe interim, nee wacht, sinds januari heb ik een vast contract", "adequate", True),
    ("employment", "ik heb een vast contract, nee sorry, het is nog altijd interim", "inadequate", True),
    # not knowing what the question wants: the question in other words
    ("housing", "ik weet niet wat je wilt weten, we wonen hier gewoon", None, False),
    # "niet breed" is asked; jobs named for both parents; undeclared work for both
    ("income", "we werken allebei maar we hebben het niet breed", "inadequate", False),
    ("employment", "ik ben verpleegster en mijn man is leerkracht", "adequate", True),
    ("employment", "ik pluk fruit en hij helpt op de markt, alles zonder papieren", "inadequate", True),
    # five in one room; the electricity off on a budget meter
    ("housing", "mijn zoon en zijn vrouw wonen bij ons in, ze slapen met vier op een kamer", "inadequate", True),
    ("housing", "de stroom is af, we hebben geen geld om op te laden", "inadequate", True),
    # at school only in good weather; shouting at the children is asked; not knowing where to enrol
    ("stimulation", "de oudste gaat naar school als het goed weer is", "inadequate", True),
    ("stimulation", "ik roep veel tegen de kinderen, ik ben op", "inadequate", False),
    ("stimulation", "kleuterschool? hij is drie. waar moet ik inschrijven?", "inadequate", True),
    # (rounds 174-177) two weekly wages, "in de week": both made monthly; a job that starts next month is asked
    ("income", "ik 420 in de week en hij 480, geen schulden", "adequate", False),
    ("employment", "binnenkort begin ik in de fabriek, nu ben ik nog thuis", "inadequate", False),
]

# Phenomena of the blind round 14 (read after its first run), in other words than theirs.
@pytest.mark.parametrize("cid,text,value,certain", [
    ("income", "2000 netto, maar 450 per maand gaat naar de afbetaling van mijn studieschuld", "inadequate", True),
    ("health", "wij zijn gezond, maar naar de tandarts gaan we al lang niet meer, dat is te duur", "inadequate", False),
    ("stimulation", "ze wordt gepest en wil niet meer naar school, ze zit nu drie weken thuis", "inadequate", True),
    ("employment", "ik mag niet werken door mijn rug, mijn man heeft een vaste contract in de haven", "adequate", True),
    ("employment", "ik doe schoonmaak met een contract per dag", "inadequate", True),
    ("employment", "wat heb jij daar nu mee te maken", "unknown", True),
] + BLIND_82_TO_89 + SEVENTEENTH + EIGHTEENTH + NINETEENTH + TWENTIETH + TWENTY_FIRST + TWENTY_SECOND + TWENTY_THIRD + TWENTY_FOURTH + TWENTY_FIFTH + TWENTY_SIXTH)
def test_everyday_words_of_the_fourteenth_round(cid, text, value, certain):
    got = interp(cid, text)
    assert (got.value, got.certain) == (value, certain)


# Phenomena of the blind rounds 11 and 15 (read after their first runs), in other words than theirs.
ROUNDS_11_AND_15 = [
    # some days a week at the toddler class only (Kind en Gezin: not or irregularly at kleuterschool)
    ("stimulation", "hij is vier en gaat maar drie dagen per week naar de kleuterklas", "inadequate", True),
    ("stimulation", "onze kleine gaat 1 of 2 dagen naar school, de andere dagen is ze bij mij thuis", "inadequate", False),
    ("stimulation", "ze gaat vijf dagen naar school en speelt daarna buiten", "adequate", None),
    # a baby at home with a parent who plays with it: no sign of anything, whatever the creche costs
    ("stimulation", "de creche kost te veel, dus ik ben thuis met de baby en we lezen en zingen veel", "adequate", True),
    ("stimulation", "zwemles en de muziekschool kunnen we niet betalen", "inadequate", False),
    # a boarding school in the week: asked, not decided
    ("stimulation", "hij zit op internaat tijdens de week", "inadequate", False),
    # lower secondary left: the grade and "gestopt" in any order
    ("education", "kben in het eerste middelbaar gestopt om te gaan werken", "inadequate", True),
    ("education", "in het derde secundair ben ik gestopt", "inadequate", True),
    # a waiting list for a diagnosis or a creche is no waiting list for a home
    ("housing", "de woning is prima, we staan wel op een wachtlijst voor logopedie voor de kleine", "adequate", None),
    ("housing", "we staan al drie jaar op de wachtlijst voor een sociale woning, nu huren we een kot", "inadequate", None),
    # war nightmares and no sleep: weak health
    ("health", "mijn vrouw heeft sinds de oorlog nachtmerries en slaapt bijna niet", "inadequate", True),
    # seasonal work only: precarious
    ("employment", "mijn man plukt fruit, alleen in het seizoen, in de winter is het niks", "inadequate", True),
    # "pas" after the why: a refusal
    ("education", "waarom wil je dat allemaal weten? ik pas", "unknown", True),
    # a guessed amount far from the leefloon decides; one close to it is asked
    ("income", "netto zo'n 2900 denk ik, geen schulden", "adequate", True),
    ("income", "ik denk ongeveer 1750", None, False),
    # a home described in its own words, without any problem: fine
    ("housing", "een huurappartement, niks mis mee", "adequate", True),
    ("housing", "rijhuis met vier slaapkamers en een tuin", "adequate", True),
    ("housing", "een huis", "adequate", False),
    # "vast bij" a firm, working full time: a steady job
    ("employment", "mijn vrouw is vast bij de post, ik ben huisman", "adequate", True),
    ("employment", "hij werkt voltijds bij een bakker", "adequate", True),
    # a seventh year alone may be BSO or TSO; with a BSO course it is BSO
    ("education", "ik heb een zevende jaar gedaan", "inadequate", False),
    ("education", "zevende jaar haarzorg afgewerkt", "inadequate", True),
]


def test_an_amount_reads_as_an_answer_not_as_an_emergency():
    from bot.crisis import nlu_verdict, reads_as_an_answer

    text = "rond de 1700 geloof ik, maar ik weet niet of het groeipakket erbij zit"
    assert reads_as_an_answer(text)
    assert nlu_verdict(text, "answer_problem", 0.6, 0.35) is None        # a crisis second guess does not ask
    assert not reads_as_an_answer("het is allemaal te veel")


@pytest.mark.parametrize("text", [
    "zo rond de 1700 1850 denk ik, ik weet het niet precies",           # two amounts across the line
    "hij verdient veel denk ik, maar ik krijg van hem 350 per maand",   # a low part of an unknown whole
])
def test_a_guess_is_only_taken_for_one_amount_far_above_the_leefloon(text):
    assert interp("income", text).certain is False


# Phenomena of the blind round 16 (read after its first run), in other words than theirs.
ROUND_16 = [
    ("housing", "een bad of douche hebben we niet, we wassen ons aan de gootsteen", "inadequate", True),
    ("employment", "geen van os beiden heeft werk", "inadequate", True),             # Limburgish "os" = ons
    ("education", "mijn man heeft de bac gedaan in Tunesie", "adequate", True),
    ("stimulation", "hij gaat twee dagen per week naar de kleuterklas, de rest van de week is hij bij oma", "inadequate", False),
    ("stimulation", "ze gaat graag naar de klas maar de juf vindt dat ze weinig praat", "inadequate", False),
    ("housing", "tiptop", "adequate", None),
]


@pytest.mark.parametrize("text", [
    "mijn vrouw had vorig jaar veel rugpijn van het poetsen",
    "ik heb de bac gedaan in Algerije maar het is hier nog niet erkend",
])
def test_a_health_or_school_answer_in_everyday_words_reads_as_an_answer(text):
    from bot.crisis import reads_as_an_answer

    assert reads_as_an_answer(text)


def test_an_income_below_the_leefloon_with_the_rent_said_too_decides():
    assert_read(interp("income", "we hebben 1550 per maand en de huur is 780"), "inadequate", True)
    # the amount named as the rent is left out, the other one is the income (raters: all decide this)
    assert_read(interp("income", "2400 en de huur is 950"), "adequate", True)
    assert_read(interp("income", "netto 2.480 euro. huur: 850."), "adequate", True)
    assert_read(interp("income", "2900, we werken allebei, maar de huur van het huis aan de kaai is 950"), "adequate", True)


def test_a_weekly_or_yearly_amount_is_decided_far_from_the_leefloon_and_asked_near_it():
    assert_read(interp("income", "samen ongeveer 48.000 netto per jaar"), "adequate", True)
    assert_read(interp("income", "ik krijg 150 per week"), "inadequate", True)
    assert_read(interp("income", "zo een 22.000 per jaar"), None, False)              # 1833 a month: asked
    assert_read(interp("income", "450 per week"), None, False)                       # 1950 a month: asked


@pytest.mark.parametrize("text", [
    "zei heeft een vast contract bij de post en ik zoek nog werk",       # Flemish "zei" for "zij"
    "mijn zaak is failliet gegaan, nu stempel ik, maar mijn man werkt vast bij de NMBS",
    "ik werk vast in de zorg, wat mijn ex doet weet ik niet",           # the other one's work not known
])
def test_a_steady_job_of_one_parent_decides_when_the_other_has_none_or_is_not_known(text):
    # domain.md: weak work is both parents (or the single parent) without work, or precarious work
    assert_read(interp("employment", text), "adequate", True)


def test_a_home_said_to_be_expensive_but_fine_is_fine():
    # the price of a home is a matter of income; with two words that the home is fine, decided (raters: all)
    assert_read(interp("housing", "ons appartement is in orde en goed, alleen te duur"), "adequate", True)
    assert_read(interp("housing", "te duur"), "adequate", False)                      # the price alone: asked


def test_a_small_number_of_months_or_children_is_no_amount():
    assert_read(interp("income", "nog geen inkomen, we wachten al 3 maand op het ocmw"), "inadequate", True)


# Phenomena of the blind round 17 (read after its first run), in other words than theirs.
ROUND_17 = [
    ("income", "vijftienhonderd per maand, alles samen", "inadequate", True),          # an amount in words
    ("income", "zowat tweeduizend vijfhonderd", "adequate", True),
    ("income", "zeventienhonderd ofzo, min of meer", None, False),                     # a guess close to the line
    ("education", "skool tot mijn 13 en dan gaan werke", "inadequate", True),
    ("employment", "het hangt af van de week, soms veel uren soms niks", "inadequate", False),
    ("stimulation", "vooral tv, ik heb geen tijd om met hem te spelen", "inadequate", True),
    ("stimulation", "we kijken soms tv maar we lezen elke avond samen", "adequate", True),
    ("stimulation", "ze gaat halve dagen naar de kleuterklas", "inadequate", False),
    ("education", "ik heb het abitur gehaald in Duitsland", "adequate", True),
]


# Phenomena of the blind rounds 19 and 20 (read after their first runs), in other words than theirs.
ROUNDS_19_AND_20 = [
    ("health", "mijn vrouw zit in een methadonprogramma", "inadequate", True),
    ("health", "de jongste draagt een hoorapparaat", "inadequate", True),
    ("employment", "hij werkt in de bouw als de baas belt, zonder contract", "inadequate", True),
    ("employment", "wij zijn de grootouders en allebei op pensioen", None, False),
    ("education", "ik heb op een bizondere skool gezeten", "inadequate", True),
    ("housing", "we wonen met twee gezinnen in een huis van drie kamers", "inadequate", True),
    ("education", "gestopt in het vijfde jaar, ik weet niet meer welke richting", None, False),
    ("education", "ik ben gestopt in het eerste jaar van de lagere school", "inadequate", True),
    ("income", "rond de 1850 als er overuren zijn, anders minder", None, False),
    ("stimulation", "ze komen niks tekort", "adequate", None),
]


# Phenomena of the blind round 21 (read after its first run), in other words than theirs.
ROUND_21 = [
    ("income", "samen 1850 met het groeipakket", "inadequate", True),       # without even one child's share: below
    ("income", "2600 met het groeipakket erbij", "adequate", False),
    ("employment", "ik ben alleen en ik zoek nog steeds werk wollah", "inadequate", True),
    ("education", "mijn diploma secundair heb ik via tweedekansonderwijs gehaald", "adequate", True),
    ("stimulation", "ze is 2 maand en ik praat veel tegen haar en zing liedjes", "adequate", True),
    ("stimulation", "ik weet niet goed hoe ik met hem moet spelen, hij ligt meestal in zijn bed", "inadequate", None),
]


# Phenomena of the blind round 22 (read after its first run), in other words than theirs.
ROUND_22 = [
    ("health", "iedereen is gezond, de jongste is wel vaak ziek sinds de kinderopvang", "adequate", True),
    ("health", "onze dochter is vaak ziek, ze heeft zware astma", "inadequate", True),
    ("housing", "we wonen in bij een kennis, een eigen woning hebben we niet", "inadequate", True),
    ("stimulation", "ik ben op, ik krijg hem amper gewassen", "inadequate", True),
    ("stimulation", "soms gaat hij naar de klas, soms niet", "inadequate", True),
]


@pytest.mark.parametrize("cid,text,value,certain",
                         ROUNDS_11_AND_15 + ROUND_16 + ROUND_17 + ROUNDS_19_AND_20 + ROUND_21 + ROUND_22)
def test_everyday_words_of_the_night_rounds(cid, text, value, certain):
    """Phenomena of the blind rounds read in the night (11, 15-17, 19-22), one table per round above."""
    assert_read(interp(cid, text), value, certain)


# The check-backs of rounds 1-22 that a social worker would have decided (late night): in our own words.
# (cid, text, intent, confidence, value, certain)
SETTLED_CHECK_BACKS = [
    # two hints that agree, and no word against them
    ("employment", "hij werkt in de haven, vast", "answer_fine", 0.7, "adequate", True),
    ("health", "mijn vrouw heeft een hart probleem, ze neemt elke dag pillen", None, 0.0, "inadequate", True),
    ("housing", "ons huis is goe", "affirm", 0.6, "adequate", True),
    ("employment", "mijn man staat op opzeg en ik werk deeltijds", "answer_problem", 0.6, "inadequate", False),
    # "I do not know, my partner handles that": not known, whatever the classifier reads in the rest
    ("income", "ik weet het niet, mijn vrouw regelt al het geld", "answer_problem", 0.95, "unknown", True),
    ("stimulation", "geen idee, hun papa heeft ze meestal", "answer_problem", 0.9, "unknown", True),
    ("income", "ik weet niet hoe we het moeten redden", "answer_problem", 0.95, "inadequate", None),
    # a guessed amount that decides all the same
    ("income", "we leven van het leefloon, 1450 of zo", None, 0.0, "inadequate", True),
    ("income", "alles samen zo een 1350 denk ik", None, 0.0, "inadequate", True),
    ("income", "zo een 1350 denk ik", None, 0.0, "inadequate", True),  # far below: the guess cannot lift it
    ("income", "hij verdient goed denk ik, maar ik krijg maar 500 voor het huishouden", None, 0.0, "inadequate", False),
    # a diploma that is not recognised is still a diploma; two phrases of higher education outweigh the classifier
    ("education", "ik heb in Iran de universiteit gedaan, apotheker, maar het diploma is hier niet erkend",
     None, 0.0, "adequate", True),
    ("education", "hogeschool gedaan in Kyiv, bachelor, diploma niet erkend", "answer_problem", 0.95, "adequate", True),
    ("education", "mijn diploma is nog niet gelijkgeschakeld, ik heb een master", None, 0.0, "adequate", True),
    # autism decides; a test for it is asked
    ("health", "onze tweede heeft autisme", "answer_problem", 0.9, "inadequate", True),
    ("health", "ze gaat getest worden op autisme", None, 0.0, "inadequate", False),
    # a child of toddler-class age who stays at home
    ("stimulation", "ons dochter is 4 en blijft thuis bij mij", None, 0.0, "inadequate", True),
    ("stimulation", "de kleine is drie en half en zit nog thuis", "answer_fine", 0.5, "inadequate", True),
    ("stimulation", "na school zijn de kinderen vaak alleen thuis", None, 0.0, "inadequate", True),
    # a past problem, and what is true now
    ("health", "ze is te vroeg geboren maar nu is alles in orde", "answer_fine", 0.9, "adequate", True),
    ("health", "hij had een gebroken been, alles goed nu", None, 0.0, "adequate", True),
    ("health", "mijn man heeft diabetes, nu alles onder controle", None, 0.0, "inadequate", True),
    # too small: a studio for a family
    ("housing", "met ons vier in een studio", None, 0.0, "inadequate", True),
    ("housing", "een studio, ik, mijn man en de twee kinderen", None, 0.0, "inadequate", True),
    ("housing", "ik slaap op de zetel bij mijn zus", None, 0.0, "inadequate", True),
    # not regularly at the toddler class
    ("stimulation", "kleuterklas soms gaan, als ik ziek ben niet", None, 0.0, "inadequate", True),
]


def test_going_to_the_park_after_school_is_not_irregular_attendance():
    got = interp("stimulation", "soms gaan we naar de speeltuin, na school")
    assert not (got.value == "inadequate" and got.certain)


# Phenomena of blind rounds 23-25 (Kempen short answers, newcomers in Ghent, CAW chats), in our own words.
ROUNDS_23_TO_25 = [
    ("income", "ik stempel", None, 0.0, "inadequate", True),
    ("income", "alleen tzomers, in de serre", None, 0.0, "inadequate", True),
    ("income", "zonder kindergeld 1200, met kindergeld 1500", None, 0.0, "inadequate", True),
    ("income", "1550 en met het groeipakket erbij 1850", None, 0.0, "inadequate", True),
    ("income", "2200 maar we betalen elke maand 600 terug aan de bank", None, 0.0, "inadequate", True),
    ("income", "1780 ongeveer", None, 0.0, None, False),
    ("income", "ongeveer 2900", None, 0.0, "adequate", True),
    ("employment", "alle twee niet", None, 0.0, "inadequate", True),
    ("employment", "hij is vast bij de post", None, 0.0, "adequate", True),
    ("employment", "ik zit in ouderschapsverlof", None, 0.0, "adequate", True),
    ("employment", "ze verlengen mijn contract elke week verlengd", None, 0.0, "inadequate", True),
    ("employment", "we hebben een melkveebedrijf", None, 0.0, "adequate", True),
    ("education", "ik stopte met school met 13 jaar", None, 0.0, "inadequate", True),
    ("education", "alleen lager school", None, 0.0, "inadequate", True),
    ("housing", "we slapen op een matras bij mijn zus", None, 0.0, "inadequate", True),
    ("housing", "één kamer, de badkamer delen we met de buren", None, 0.0, "inadequate", True),
    ("housing", "'t is een klein huis mo alles is in orde", None, 0.0, "adequate", None),
    ("housing", "bitje schimmel in de badkamer", None, 0.0, "inadequate", False),
    ("health", "niks speciaals", None, 0.0, "adequate", True),
    ("health", "ik heb geen huisdokter, ik weet niet hoe dat gaat", None, 0.0, "inadequate", True),
    ("health", "af en toe rugpijn, niks ernstig", None, 0.0, "adequate", True),
    ("stimulation", "niet altijd, soms blijft hij thuis", None, 0.0, "inadequate", True),
    ("stimulation", "ik kan't niet meer aan met die vier", None, 0.0, "inadequate", True),
    ("stimulation", "ze is 6 maand, ik zing en speel met haar", None, 0.0, "adequate", True),
    ("stimulation", "geen commentaar", None, 0.0, "unknown", True),
    # an irregular income with "nothing" or "half" on the other side
    ("income", "hij doet klussen, de ene week 400 de andere niks", None, 0.0, "inadequate", True),
    ("income", "deze maand 2000, volgende maand maar de helft", None, 0.0, "inadequate", True),
    ("income", "soms veel soms weinig, het hangt van de fooien af", None, 0.0, "inadequate", True),
    ("income", "wat hij verdient weet ik niet juist, maar we komen ruim toe", None, 0.0, "adequate", None),
    # a doubt about the answer, with a refusal word, is asked about
    ("employment", "poetsen met dienstencheques, contract is vast denk ik, ik weet niet zeker", "answer_fine", 0.7,
     None, False),
]


# Phenomena of blind rounds 27 and 28 (Genk and Vilvoorde WhatsApp style, West-Flemish night chats), in our own words.
ROUNDS_27_AND_28 = [
    ("income", "2000 euro moa der goa elke maand 500 af vo de lenienge", None, 0.0, "inadequate", True),
    ("income", "mijn pensioen is 1500 en ik krijg ook geld van pleegzorg", None, 0.0, "inadequate", False),
    ("income", "hij zit op tijdelijke werkloosheid, ik poets, samen 2400", None, 0.0, "inadequate", False),
    ("income", "we leven van de werkloosheid, 1500", None, 0.0, "inadequate", True),
    ("health", "allemoal gezond, moa 'k hen last van men rug", None, 0.0, None, False),
    ("health", "hij heeft een spraakachterstand", None, 0.0, "inadequate", False),
    ("health", "da hou ik liever voor mij", None, 0.0, "unknown", True),
    ("stimulation", "de baby is 2 maand, nog geen school natuurlijk", None, 0.0, "adequate", None),
    ("stimulation", "hij is 5 en zit al 3 maanden thuis zonder school", None, 0.0, "inadequate", None),
    ("stimulation", "we oefenen elke dag met de logo thuis", None, 0.0, "adequate", True),
    ("stimulation", "ik ben 70, ik kan niet meer mee met die kleine", None, 0.0, "inadequate", True),
    # rounds 29 and 30
    ("income", "2100 plus het kindergeld", None, 0.0, "adequate", True),
    ("employment", "dagcontractjes in de fabriek, als ze bellen", None, 0.0, "inadequate", True),
    ("employment", "mijn man is vast chauffeur, ik kan niet meer werken door mijn rug", None, 0.0, "adequate", True),
    ("employment", "mijn vrouw werkt vast, ik doe een flexi in de horeca in het weekend", None, 0.0, "inadequate", False),
    ("employment", "ik werk vast als lasser, in het weekend doe ik er nog een flexi bij", None, 0.0, "adequate", True),
    ("employment", "hij is vast bij de stad, ik doe hier en daar een dag in de bouw", None, 0.0, None, False),
    ("health", "hoezo gezond? ik slaap slecht en heb altijd hoofdpijn", None, 0.0, None, False),
    ("stimulation", "hoezo stimuleren? ik ben al blij als ze gegeten hebben", None, 0.0, "inadequate", True),
]


ROUNDS_26_AND_31_TO_34 = [
    # incomes in one clause, the repayment in a clause of its own: their sum minus the repayment
    ("income", "ik heb 1600 en mijne man 1800, maar 500 per maand gaat naar de lening", None, 0.0, "adequate", True),
    ("income", "hij 2100 en ik 1100, mo ge moogt er 700 afdoen voor de schuldbemiddeling", None, 0.0, "adequate", True),
    ("income", "ik 900 en hij 700, maar 400 gaat elke maand naar de schulden", None, 0.0, "inadequate", True),
    # "what is it to you", "is that for the control?": a refusal, also after "weet niet,"
    ("employment", "wa gaat gij da aan", None, 0.0, "unknown", True),
    ("housing", "is da voor de controle of wa?", None, 0.0, "unknown", True),
    ("education", "kweet ni, waarom moet gij da weten", None, 0.0, "unknown", True),
    ("education", "wa moet gij mee mijn diploma, da heeft niks mee de kinderen te maken", None, 0.0, "unknown", True),
    ("education", "ik weet niet hoe dat diploma heet", None, 0.0, "unknown", True),
    # "weet niet" with a story of its own is asked; "weet niet" alone, or with who knows, decides
    ("education", "ik weet het ni meer juist, iets met auto's in Genk, ik was 17 toen ik stopte", None, 0.0, "unknown", False),
    ("stimulation", "ze zijn de helft van de tijd bij hun vader, wat ze daar doen weet ik niet", None, 0.0, "unknown", False),
    ("income", "kweet ni", None, 0.0, "unknown", True),
    ("income", "geen idee, mijn man doet de papieren", None, 0.0, "unknown", True),
    ("income", "moet gij da nu echt weten?", None, 0.0, "unknown", True),
    ("housing", "kzie ni in waarom ik dat moet zeggen", None, 0.0, "unknown", True),
    ("health", "waarom wilde da weten, da's mijn zaak", None, 0.0, "unknown", True),
    ("stimulation", "kga die vraag skippen", None, 0.0, "unknown", True),
    ("health", "dat vertel ik liever aan een echte mens", None, 0.0, "unknown", True),
    ("income", "da gaat ge ni van mij te weten komen", None, 0.0, "unknown", True),
    # undeclared work said as cash or "zonder papier"
    ("employment", "ik kuis bij mensen thuis, zonder papier, ze betalen cash", None, 0.0, "inadequate", True),
    ("employment", "mijne man helpt bij zijne broer in de garage", None, 0.0, "inadequate", False),
    ("employment", "ik em ne frituur aan de markt", None, 0.0, "adequate", False),
    # leaving school at an age or in a year
    # (blind rounds 162-169: writers call leaving school at 15 for work weak, in Belgium; abroad it is asked)
    ("education", "op mijn 15e van school gegaan om te gaan werken", None, 0.0, "inadequate", True),
    ("education", "op mijn 13e van school gegaan", None, 0.0, "inadequate", True),
    ("education", "ik ben gestopt in het eerste jaar, ik was 14", None, 0.0, "inadequate", True),
    ("education", "gestopt in het tweede jaar van de unief", None, 0.0, "adequate", True),
    ("education", "geen idee meer precies, ik ben ergens in het middelbaar gestopt", None, 0.0, None, False),
    ("education", "ik heb de humanités gedaan in Lubumbashi", None, 0.0, "adequate", True),
    ("education", "nooit naar school, alleen mijn naam kan ik schrijven", None, 0.0, "inadequate", None),
    # housing: an asylum reception home, sleeping in the living room, rent arrears
    ("housing", "we zitten nog in een LOI", None, 0.0, "inadequate", True),
    ("housing", "we slapen in de living bij mijn schoonmoeder", None, 0.0, "inadequate", True),
    ("housing", "twee maand huur achter en de eigenaar is kwaad", None, 0.0, "inadequate", True),
    # health: insulin, a miner's lung, a past illness that is over, "maar verder niks"
    ("health", "mijn dochter heeft suiker, ze moet elke dag spuiten", None, 0.0, "inadequate", True),
    ("health", "mijn vrouw zit aan de insuline", None, 0.0, "inadequate", True),
    ("health", "ons pa woont bij ons en hij heeft een stoflong", None, 0.0, "inadequate", True),
    ("health", "ze had eczeem als baby, nu niet meer", None, 0.0, "adequate", True),
    ("health", "hij had astma en nu heeft hij nog altijd een puffer", None, 0.0, "inadequate", True),
    ("health", "soms last van mijn maag maar verder niks", None, 0.0, "adequate", True),
    ("health", "hij heeft epilepsie, verder niks", None, 0.0, "inadequate", True),
    ("health", "de kinderen zijn gezond ma we gaan ni naar de tandarts, te duur", None, 0.0, "inadequate", True),
    # stimulation: the thing first and the negation last; childcare and a grandmother; a baby of months
    ("stimulation", "buiten spelen doen ze ni veel", None, 0.0, "inadequate", None),
    ("stimulation", "naar de speeltuin gaan we nooit", None, 0.0, "inadequate", None),
    ("stimulation", "de zwemles kunnen we ni betalen", None, 0.0, "inadequate", False),
    ("stimulation", "twee dagen naar de opvang en de rest bij de oma, die doet veel met haar", None, 0.0, "adequate", True),
    ("stimulation", "ik heb er de energie ni voor, ze spelen alleen", None, 0.0, "inadequate", True),
    ("stimulation", "het is een baby van 3 maand", "answer_problem", 0.8, "adequate", False),
    ("housing", "ni groot ma proper en warm", None, 0.0, "adequate", None),
    # the Groeipakket counted in, well inside one child's share; a short guess far below the line
    ("income", "1700 me 't groeipakket derbij", None, 0.0, "inadequate", True),
    ("income", "1950 met het groeipakket erbij", None, 0.0, "inadequate", False),
    ("income", "1600 + 300 groeipakket", None, 0.0, "inadequate", True),
    ("income", "1100 ofzo", None, 0.0, "inadequate", True),
    ("income", "hij geeft mij 400 denk ik", None, 0.0, "inadequate", False),
    ("income", "2000 mor we betalen 400 terug voor de rekening van de tandarts", None, 0.0, "inadequate", True),
    # work: a training on the job, outplacement, the sheltered workshop, "wat" as "something"
    ("employment", "ik doe een IBO bij een bakker", None, 0.0, "inadequate", True),
    ("employment", "ik zit in outplacement sinds de herstructurering", None, 0.0, "inadequate", True),
    ("employment", "mijn broer zit in de beschutte, ik zelf stempel", None, 0.0, "inadequate", True),
    ("employment", "kdoe wa in 't zwart op de markt", None, 0.0, "inadequate", True),
    # education: abroad, a teacher's training, illiterate in one's own language too
    ("education", "lise afgemaakt in Izmir", None, 0.0, "adequate", True),
    ("education", "ik heb de middelbare school afgemaakt in Syrie, nu volg ik Nederlandse les", None, 0.0, "adequate", True),
    ("education", "middelbaar in Marokko, niet afgemaakt", None, 0.0, "inadequate", False),
    ("education", "regentaat wiskunde in Gent", None, 0.0, "adequate", True),
    ("education", "mijn man kan ni lezen, ook niet in zijn eigen taal", None, 0.0, "inadequate", True),
    # housing: a couch or the living room to sleep in, a toilet on the koer, a camping
    ("housing", "ik slaap met de kleine bij een vriendin op de zetel", None, 0.0, "inadequate", True),
    ("housing", "de wc staat buiten op de koer", None, 0.0, "inadequate", None),
    ("housing", "het toilet is buiten op de koer en er is geen douche", None, 0.0, "inadequate", True),
    ("housing", "we wonen al twee jaar op een camping in de Kempen", None, 0.0, "inadequate", True),
    ("housing", "een kamer voor ons vier, meer niet", None, 0.0, "inadequate", True),
    ("housing", "we slapen met ons vijven op twee kamers", None, 0.0, "inadequate", True),
    ("housing", "enkel glas en gene isolatie, de verwarming staat altijd aan", None, 0.0, "inadequate", True),
    ("housing", "als de budgetmeter leeg is zitten we in 't donker", None, 0.0, "inadequate", True),
    ("housing", "we zitten in een gekraakt gebouw", None, 0.0, "inadequate", True),
    ("housing", "e douche emme nie, we wassn ons an de lavabo", None, 0.0, "inadequate", True),
    # health: chronic illnesses by name; care put off for money
    ("health", "ons dochter heeft lupus", None, 0.0, "inadequate", True),
    ("health", "mijn zoon heeft thalassemie", None, 0.0, "inadequate", True),
    ("health", "iedereen gezont", None, 0.0, "adequate", True),
    ("health", "de brilglazen van de oudste kunnen we ni betalen", None, 0.0, "inadequate", None),
    # stimulation: a childminder, a toy library, a booklet and the pool; too much to care for
    ("stimulation", "bij de onthaalmoeder", None, 0.0, "adequate", True),
    ("stimulation", "we gaan naar de speelotheek", None, 0.0, "adequate", True),
    ("stimulation", "elke avond een boekje en in het weekend naar het zwembad", None, 0.0, "adequate", True),
    ("stimulation", "drie kleintjes alleen, het is mij teveel", None, 0.0, "inadequate", True),
    # round 36 (West Flanders): y for ij, kweten, zeggek, goa ik; amounts in words; two guesses and a debt
    ("income", "tweeduzend vyfhonderd netto, wy tweeen samen", None, 0.0, "adequate", True),
    ("income", "rond de 1900, 1950 zo, moa we betalen nog wa af", None, 0.0, None, False),
    ("income", "2000 en daar gaat 1900 af voor de schulden", None, 0.0, "inadequate", True),
    ("income", "uitzendwerk, deze maand 1400, vorige maand 900", None, 0.0, "inadequate", True),
    ("income", "da zeggek nie", None, 0.0, "unknown", True),
    ("stimulation", "kweten 't nie", None, 0.0, "unknown", True),
    ("employment", "kweet nie of da meetelt moa kzyn mee ouderschapsverlof, anders werk ik vast", None, 0.0, "adequate", False),
    ("employment", "kzit in de ziekte en myn man zoekt nog werk", None, 0.0, "inadequate", True),
    ("employment", "moi je travaille, vast contract, ma femme zoekt nog werk", None, 0.0, "adequate", True),
    ("education", "kzat in 't buitengewoon, type 2 of zo", None, 0.0, "inadequate", True),
    ("education", "een master in de economie, maar hier vind ik geen werk", "answer_problem", 0.99, "adequate", True),  # the problem is of work
    ("education", "da's myn zaak, da goa ik nie vertellen", None, 0.0, "unknown", True),
    ("housing", "kzyn by myn zuster goan wonen, kslape in de zetel", None, 0.0, "inadequate", True),
    ("stimulation", "kleuterschool? nee, ze blyft by mie tuus, ze is al drie", None, 0.0, "inadequate", True),
    ("stimulation", "kleuterschool, ja elke dag", None, 0.0, "adequate", True),
    ("stimulation", "elke week naar de spelnamiddag en de babymassage in het Huis van het Kind", None, 0.0, "adequate", True),
    # researched vocabulary (French of Brussels, foreign school names, chronic care, strain)
    ("income", "we zijn platzak tegen het midden van de maand", None, 0.0, "inadequate", True),
    ("income", "on vit du revenu d'integration", None, 0.0, "inadequate", True),
    ("employment", "mijne vent werkt au noir op de bouw", None, 0.0, "inadequate", True),
    ("employment", "ik ben vaste interim bij een drukkerij", None, 0.0, "inadequate", True),
    ("employment", "zijn contract is niet verlengd", None, 0.0, "inadequate", True),
    ("education", "ik heb alleen ilkokul gedaan in Turkije", None, 0.0, "inadequate", True),
    ("education", "meslek lisesi in Ankara", None, 0.0, "inadequate", True),
    ("education", "hoger beroepsonderwijs verpleegkunde", None, 0.0, "adequate", True),
    ("housing", "het is een krotwoning, de huisbaas doet niks", None, 0.0, "inadequate", True),
    ("housing", "de stroom is afgesloten sinds vorige week", None, 0.0, "inadequate", True),
    ("health", "mijn man krijgt chemotherapie", None, 0.0, "inadequate", True),
    ("health", "onze dochter heeft een persoonsvolgend budget van het VAPH", None, 0.0, "inadequate", True),
    ("stimulation", "ik trek het niet meer met die drie", None, 0.0, "inadequate", True),
    ("stimulation", "hij zit in de tweede kleuter en is goed mee", None, 0.0, "adequate", True),
    # rounds 37-38 (Brussels, Gent): day work and cash, "professionnel", rent as a matter of income,
    # a debt said gone after it, "weet niet hoe" + a phrase of helplessness, attendance
    ("employment", "hij doet dagwerk in de haven en ik ben thuis", None, 0.0, "inadequate", True),
    ("education", "j'ai fait professionnel, vente", None, 0.0, "inadequate", True),
    ("income", "samen 2400 euro, leningen hebben we niet meer", None, 0.0, "adequate", True),
    ("income", "1800 maar de lening is nog niet afbetaald, 500 per maand", None, 0.0, "inadequate", True),
    ("housing", "drie slaapkamers, maar de huur kunnen we bijna niet betalen", None, 0.0, "adequate", None),
    ("housing", "het is propre en iedereen heeft zijn eigen bed", None, 0.0, "adequate", True),
    ("housing", "de muur heeft een grote scheur, het huis zakt", None, 0.0, "inadequate", True),
    ("health", "ik heb een zwak hart, de kinderen zijn gezond", None, 0.0, "inadequate", True),
    ("education", "naar school in Roemenie tot 14, geen diploma", None, 0.0, "inadequate", True),
    ("stimulation", "ik weet niet hoe ik met haar moet spelen, ze is altijd kwaad", None, 0.0, "inadequate", True),
    ("stimulation", "ik weet niet hoe spelen met mijn dochter", None, 0.0, "inadequate", None),
    ("stimulation", "hij gaat naar school maar veel dagen niet, ik ben te moe", None, 0.0, "inadequate", True),
    # the Groeipakket of the children named, years of school abroad, dangers and access to care
    ("income", "1900 met het groeipakket van onze drie kinderen erbij", None, 0.0, "inadequate", True),
    ("income", "2600 met het groeipakket van onze twee kinderen erbij", None, 0.0, "adequate", True),
    ("income", "2200, het groeipakket van ons drie kinders zit erbij", None, 0.0, "inadequate", False),
    ("education", "in Irak ging ik tot klas 6", None, 0.0, "inadequate", True),
    ("education", "tot klas 9 in Syrie, dan de oorlog", None, 0.0, "inadequate", False),
    ("housing", "de co-melder piept en de geiser is stokoud", None, 0.0, "inadequate", True),
    ("housing", "de trap heeft geen leuning en de ramen gaan niet meer toe", None, 0.0, "inadequate", True),
    ("health", "de kinderen hebben nog geen vaccins gehad hier", None, 0.0, "inadequate", True),
    ("health", "zonder papieren durven we niet naar de dokter", None, 0.0, "inadequate", True),
    ("health", "nee, alleen wat hooikoorts", None, 0.0, "adequate", True),
    ("stimulation", "geen tuin, maar we gaan elke dag naar het park", None, 0.0, "adequate", True),
    # rounds 39-40 (the coast, the Kempen)
    ("income", "hij verdient 2000 per maand. schulden wij hebben niet", None, 0.0, "adequate", True),
    ("income", "samen 3200, mor der gaat 800 naar de lening en 300 naar de auto", None, 0.0, "adequate", True),
    ("income", "samen 2000, mor der gaat 500 naar de lening en 300 naar de auto", None, 0.0, "inadequate", True),
    ("employment", "de papa werkt als jobstudent in de frituur", None, 0.0, "inadequate", True),
    ("education", "in Wit-Rusland heb ik 11 klassen school gedaan", None, 0.0, "adequate", True),
    ("housing", "in de winter huren we een vakantiestudio, in juni moeten we der uit", None, 0.0, "inadequate", True),
    ("housing", "een eigen uusje met een tuintje", None, 0.0, "adequate", True),
    ("housing", "de kinderen slapen alle vier in een kamertje", None, 0.0, "inadequate", True),
    ("housing", "de kleine heeft astma van de vochtige kelder", None, 0.0, "inadequate", True),
    ("health", "de tandarts voor de kinderen kan ik niet betalen", None, 0.0, "inadequate", True),
    ("stimulation", "ik weet nie goe hoe ge me ne baby moet bezighouden", None, 0.0, "inadequate", True),
    # rounds 41-42 (Limburg, the Brussels periphery)
    ("income", "in het seizoen soms 1900 per maand, soms niks", None, 0.0, "inadequate", True),
    ("income", "vroeger leefden we van het leefloon, nu werkt hij vast, 2500 netto", None, 0.0, "adequate", True),
    ("education", "ich kin neet good leze", None, 0.0, "inadequate", None),
    ("education", "da wil ich neet zegge", None, 0.0, "unknown", True),
    ("income", "waat ich verdien? da geit oe neet aan", None, 0.0, "unknown", True),
    ("housing", "de raame trekke en de rest van 't hoes is kalt", None, 0.0, "inadequate", True),
    ("housing", "we pitte bij mien broer op de zetel", None, 0.0, "inadequate", True),
    ("housing", "hij kan de trap niet meer op en slaapt in de living op een ziekenhuisbed", None, 0.0, None, False),
    ("housing", "vroeger woonden we in een kot met lekken in het dak, nu een nieuw appartement", None, 0.0, None, False),
    ("health", "ik was depressief na de bevalling maar dat is voorbij", None, 0.0, "adequate", True),
    ("health", "gezond, ma de tandarts is te duur dus da laten we liggen", None, 0.0, "inadequate", None),
    ("health", "ons dochterke heeft epilepsie, ma goe onder controle", None, 0.0, "inadequate", True),
    ("stimulation", "vorig jaar ging hij bijna nooit naar school, nu gaat hij elke dag", None, 0.0, "adequate", None),
    # rounds 43-44 (a consultation bureau, a debt-counselling desk)
    ("income", "na de afhouding voor de schuldbemiddeling blijft er 2000 over", None, 0.0, "adequate", True),
    ("income", "1800 netto mo 'k betaal 200 af aan Cofidis en nog 100 aan Luminus", None, 0.0, "inadequate", True),
    ("education", "tot mijne 14 nor school, ton in de fabriek gegoan", None, 0.0, "inadequate", True),
    ("health", "ze ligt nog op de neo, te vroeg geboren", None, 0.0, "inadequate", True),
    ("health", "we stellen de tandarts uit, gin geld", None, 0.0, "inadequate", True),
    ("health", "soms een verkoudheid, meer ni", None, 0.0, "adequate", True),
    ("health", "Ziektes: geen. Handicap: geen.", None, 0.0, "adequate", None),
    ("stimulation", "ik krijg het ni gedaan en ik weet ni wat doen met hem", None, 0.0, "inadequate", True),
    ("stimulation", "zoon 4 jaar, niet naar school, hij blijft thuis bij mij en de baby", None, 0.0, "inadequate", True),
]

ROUNDS_45_TO_52 = [
    # phone shorthand: "gn" (geen), "mn", "wss", "idk" before an answer is a shrug, alone it is not knowing
    ("housing", "gn warm water sinds vorige week", None, 0.0, "inadequate", True),
    ("income", "idk", None, 0.0, "unknown", True),
    # a leave with a doubt about the job after it; not knowing the name of the contract, the day work told
    ("employment", "ik ben in bevallingsverlof, ik weet niet of ze mij houden daarna", None, 0.0, None, False),
    ("employment", "ik weet niet welk contract, de baas belt elke avond of ik morgen mag komen", None, 0.0,
     "inadequate", True),
    ("employment", "hij staat elke morgen aan het plein te wachten op werk", None, 0.0, "inadequate", True),
    ("employment", "gestopt met werken toen de tweede kwam, ik vind niks dat past", None, 0.0, "inadequate", True),
    # no income of one's own while a parent pays for everything: the household's income is not known
    ("income", "ik heb geen inkomen, mijn mama betaalt alles, ik woon nog thuis", None, 0.0, None, False),
    # an amount of the past, then the amount of now
    ("income", "vroeger 2600 met de ploegen, nu op de mutualiteit, da is 1400", None, 0.0, "inadequate", True),
    ("income", "vroeger 1200, nu 2500 met mijn nieuwe job", None, 0.0, "adequate", True),
    ("income", "drie duust netto", None, 0.0, "adequate", True),
    # care given up for the price, said of the household
    ("health", "wij gaan niet meer naar de tandarts, het is te duur", None, 0.0, "inadequate", True),
    ("health", "enkel een bril, verder niks", None, 0.0, "adequate", True),
    # an ex-partner: does that person belong to the household? asked
    ("health", "mijn ex heeft diabetes, wij zijn allemaal gezond", None, 0.0, None, False),
    ("education", "ik heb beroeps gedaan, mijn ex heeft een bachelor", None, 0.0, None, False),
    # going to school, but often not; staying home; not one who plays or reads aloud
    ("stimulation", "hij gaat naar de kleuterschool maar dikwijls niet, ik geraak er niet zonder auto", None, 0.0,
     "inadequate", True),
    ("stimulation", "als ik nachtdienst heb blijft ze vaak thuis van school", None, 0.0, "inadequate", True),
    ("stimulation", "ik ben niet zo iemand die speelt of voorleest", None, 0.0, "inadequate", True),
    ("stimulation", "ik kan niet helpen met huiswerk, maar ze gaan naar de huiswerkklas", None, 0.0, "adequate", False),
    # rounds 50-51 (the Westhoek, a school social worker): "sommige maand ... bijna niks" varies; "samen" after the
    # amounts is their total; retired (asked); interim before a steady job since last week; a contract "tot eind"
    ("income", "hij is zelfstandig, sommige maand goed, sommige maand bijna niks", None, 0.0, "inadequate", True),
    ("income", "1300 van mijn werk en nog wat van het ziekenfonds, samen 1700", None, 0.0, "inadequate", True),
    ("income", "samen 2400, maar daar gaat 900 af voor de lening", None, 0.0, "inadequate", True),
    ("employment", "we zijn allebei mee pensioen", None, 0.0, None, False),
    ("employment", "sinds vorige week een vast contract, daarvoor was het allemaal interim", None, 0.0, "adequate", True),
    ("employment", "hij werkt vast bij de post, ik heb een contract tot eind augustus", None, 0.0, None, False),
    ("education", "ik weet niet hoe dat heet hier, in Roemenie liceu 4 jaar met bacalaureat", None, 0.0, "adequate", True),
    ("health", "mijn knieen zijn versleten, ik kan de kleine niet meer optillen", None, 0.0, "inadequate", True),
    ("stimulation", "ze gaat naar de kleuterklas maar ze is vaak thuis want ze is veel ziek", None, 0.0, "inadequate",
     True),
    # rounds 52-53 (crisis lines; Limburg Turkish and Moroccan families): contracts of months renewed each time; which
    # study field is forgotten, the level is told (asked); "ma" after a word is "maar" ("astma ma met de puffer"), not the
    # mother; the doctor not understood; not knowing how to care for the baby; school "nog niet nodig" at 4
    ("employment", "hij werkt in Nederland met contracten van drie maanden die telkens verlengd worden", None, 0.0,
     "inadequate", True),
    ("education", "ik heb 6 jaar middelbaar gedaan maar welke richting weet ik niet meer", None, 0.0, None, False),
    ("health", "onze zoon heeft astma ma met de puffer gaat het", None, 0.0, "inadequate", True),
    ("health", "bij de dokter versta ik niet alles, mijn zoon moet altijd vertalen", None, 0.0, "inadequate", True),
    ("stimulation", "ik weet niet goed hoe ik voor de baby moet zorgen", None, 0.0, "inadequate", True),
    ("stimulation", "hij is 4 en blijft thuis, mijn man zegt school is nog niet nodig", None, 0.0, "inadequate", True),
    # rounds 54-55 (Antwerp-Kiel, Brussels): a range that hangs on night premiums (asked); a new contract every week;
    # one parent "vast" said bare; a refusal to say what is medical; French "pas tous les jours"; the boys in the
    # mother's bed; secondary school "tot het 4de jaar" (asked against the school's name)
    ("income", "tussen de 1700 en 1900, hangt af van de nachtpremies", None, 0.0, None, False),
    ("employment", "ik kuis bij een firma, elke week een nieuw contract", None, 0.0, "inadequate", True),
    ("employment", "mijn man is buschauffeur, vast. ik ben werkloos", None, 0.0, "adequate", None),
    ("health", "dat is medisch, dat vertel ik alleen aan mijn dokter", None, 0.0, "unknown", True),
    ("health", "hij moet niet meer naar de dokter, hij is genezen", None, 0.0, None, False),
    ("stimulation", "hij gaat naar school mais pas tous les jours", None, 0.0, "inadequate", True),
    ("housing", "drie kinderen en twee slaapkamers, de jongens slapen bij mij in bed", None, 0.0, "inadequate", True),
    ("education", "tot het 4de jaar humaniora in Kinshasa", None, 0.0, "inadequate", False),
    # rounds 56-58 (voice input, an OCMW social assistant's notes, Travellers): the Groeipakket said to come on top
    # ("en dan nog") is left out, "waarvan 450 GP" taken off; "gaat ulder nie aan" refuses; an agency ("bureau");
    # a home a bit small (asked); a shared shower block; "gien huisarts"; drinking too much; "anders is ze niet stil"
    # does not negate the tablet; "we gaan niet altijd" to school
    ("income", "2300 van mijn baas en dan nog het groeipakket van 400", None, 0.0, "adequate", True),
    ("income", "totaal 2000 per maand, waarvan 450 GP", None, 0.0, "inadequate", None),
    ("income", "ik verdien 1600, en dan nog 300 kindergeld erbij", None, 0.0, "inadequate", True),
    ("income", "da gaat ulder nie aan", None, 0.0, "unknown", True),
    ("employment", "hij werkt in Nederland met een bureau", None, 0.0, "inadequate", True),
    ("housing", "ons appartement is goed maar wel wat klein", None, 0.0, None, False),
    ("housing", "we staan op het woonwagenterrein, douche in een blok", None, 0.0, "inadequate", None),
    ("health", "gien huisarts, we gaan naar de spoed als het moet", None, 0.0, "inadequate", True),
    ("health", "mijn man drinkt te veel, dat weet hij zelf ook", None, 0.0, "inadequate", True),
    ("stimulation", "ze zit de hele dag op de gsm, anders is ze niet stil", None, 0.0, "inadequate", True),
    ("stimulation", "school is ver, we gaan niet altijd", None, 0.0, "inadequate", True),
    # rounds 61-62 (French-speaking African parents, East-Flemish farmers): the Groeipakket "apart" after its
    # amount; "afbetalingen hebben we gene"; "mee zeven" people; a teacher of the primary school is a bachelor;
    # not knowing how with the baby; not coping any more with the children
    ("income", "2300 van de fabriek en het kindergeld van 500 komt apart", None, 0.0, "adequate", True),
    ("income", "1500 loon en het groeipakket 400 erbovenop", None, 0.0, "inadequate", True),
    ("income", "rond de 2900 netto, leningen hebben we gene", None, 0.0, "adequate", True),
    ("housing", "we wonen mee acht in een huis mee drie kamers", None, 0.0, "inadequate", True),
    ("education", "ik ben regent lager onderwijs, mijn vrouw ook", None, 0.0, "adequate", True),
    ("stimulation", "ik weet nie goed hoe met de baby, er komt iemand helpen", None, 0.0, "inadequate", True),
    ("stimulation", "kkom er ni meer door met de drie kleinen", None, 0.0, "inadequate", True),
]


@pytest.mark.parametrize(
    "cid,text,intent,confidence,value,certain", SETTLED_CHECK_BACKS + ROUNDS_23_TO_25 + ROUNDS_27_AND_28
    + ROUNDS_26_AND_31_TO_34 + ROUNDS_45_TO_52,
)
def test_everyday_words_of_the_late_night_rounds(cid, text, intent, confidence, value, certain):
    """The check-backs of rounds 1-22 a social worker would settle, and the phenomena of the blind rounds
    read in the late night (23-25, 27-30), in the night of 2026-11-30 (26, 31-34 and after) and on
    2026-11-30 (45-52), one table each above, with the classifier's reading."""
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


@pytest.mark.parametrize(
    "cid,text",
    [
        ("income", "ik wil graag te weten komen of we recht hebben op iets"),
        ("housing", "we hebben een grote living en de kinderen slapen goed"),
        ("education", "ik wilde verpleegster worden maar ik ben gestopt"),
        ("housing", "kamer voor mij alleen, de kinderen hebben elk een kamer"),
        ("housing", "we vieren feest in onze grote living"),
        ("stimulation", "ik weet niet hoe laat de school begint, maar we spelen veel"),
        ("health", "de tandarts is duur maar we gaan toch"),
    ],
)
def test_words_of_a_problem_in_an_ordinary_answer(cid, text):
    """ "te weten komen", "de living", "wilde", "weet niet hoe laat", "duur" in an ordinary answer: no
    refusal, no sleeping place, no helplessness, no care put off."""
    got = interp(cid, text)
    assert got.value != "unknown"
    assert not (got.value == "inadequate" and got.certain)


def test_a_baby_not_at_school_is_never_a_problem():
    got = interp("stimulation", "de baby is 2 maand, nog geen school natuurlijk")
    assert got.value != "inadequate"


# (blind rounds 64-65: West-Flemish families, newcomers at a library help desk) the value, and whether it is decided
# (True) or checked back (False), with the classifier's reading where it matters
ROUNDS_64_65 = [
    # "nee" right after the thing, as on a form: no debts, no diploma
    ("income", "Hij werkt bij de post, vast. 2600 netto per maand. Leningen nee.", "answer_problem", 0.99, "adequate", True),
    ("education", "Diploma nee. Wel een attest Nederlands niveau A2 van het CVO.", None, 0.0, "inadequate", False),
    # a level of Dutch is no diploma: "A2" next to "niveau" or "NT2" says nothing of school
    ("education", "ik heb NT2 B1 gehaald, een diploma van school heb ik niet", None, 0.0, "inadequate", False),
    # a sheltered workshop is weak work (domain.md §1), whatever its contract
    ("employment", "ik zit al jaren in de beschutte werkplaats, vast contract", None, 0.0, "inadequate", True),
    ("employment", "seizoen werk in de aardbeien, in de winter niks", None, 0.0, "inadequate", True),
    # heating that does not work
    ("housing", "de chauffage doet niks sinds de herfst en de huisbaas komt niet", None, 0.0, "inadequate", True),
    # Flemish "omda": a negation after it is of that clause, not of what came before
    ("stimulation", "hij is dikwijls thuis van de kleuterschool omda we gene auto hebben", None, 0.0, "inadequate", True),
    # not knowing where to find care is the problem itself, not a refusal
    ("health", "we hebben geen dokter hier, hoe dat werkt weet ik niet", None, 0.0, "inadequate", True),
]

# the same words where they must not count: another person's fixed contract, a debt that is there
ROUNDS_64_65_NOT = [
    ("employment", "ik werk in een maatwerkbedrijf, mijn man heeft een vast contract bij de stad", None, 0.0, "inadequate", False),
    ("income", "2600 netto maar schulden ja, bij de bank", None, 0.0, "inadequate", False),
]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", ROUNDS_64_65 + ROUNDS_64_65_NOT)
def test_everyday_words_of_rounds_64_65(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


# Thirteenth session (issue 8): words that tell part of the answer are checked back, not decided.
# (cid, text, intent, confidence, value, certain)
PART_OF_THE_ANSWER = [
    # "krap" and "we komen rond" say how it feels, not whether the income is below the leefloon
    ("income", "t is krap deze maanden", "answer_problem", 0.99, "inadequate", False),
    ("income", "we komen rond hoor", "answer_fine", 0.99, "adequate", False),
    ("income", "we geraken rond", "answer_fine", 0.99, "adequate", False),
    # work without the kind of contract, or not knowing it
    ("employment", "ja, ik werk", "affirm", 0.95, "adequate", False),
    ("employment", "ik poets met dienstencheques", "answer_fine", 0.99, "adequate", False),
    ("employment", "hij werkt in de bouw, wat voor contract juist weet ik niet", "answer_fine", 0.9, "adequate", False),
    ("employment", "hij werkt bij zijn broer, of hij ingeschreven is, weet ik niet", "answer_problem", 0.6, "adequate", False),
    ("employment", "hij werkt in de haven, ik weet niet wat voor contract", "answer_fine", 0.95, "adequate", False),
    # a fixed contract with temporary unemployment: is the work there now?
    ("employment", "hij is technisch werkloos, maar hij heeft wel een vast contract", "answer_fine", 0.99, "adequate", False),
    # (fifteenth session) not knowing how much comes in, next to a keyword that says how it goes
    ("income", "dat loopt via budgetbeheer bij het ocmw, ik weet echt niet hoeveel er binnenkomt", "answer_problem", 1.0,
     "inadequate", False),
    # the Groeipakket told in a clause before the amount: maybe apart from it
    ("income", "ik krijg het groeipakket voor onze 4 kinderen en mijn vrouw werkt in de zorg, zij verdient 2000", None, 0.0,
     "inadequate", False),
    # a round figure just above the leefloon, nothing more said
    ("income", "1800", "inform", 0.98, "adequate", False),
]

# the same words where the answer is whole
WHOLE_ANSWER = [
    ("income", "we komen ruim toe", "answer_fine", 0.99, "adequate", True),
    ("income", "krap, er zit een deurwaarder achter ons", "answer_problem", 0.99, "inadequate", True),
    ("income", "krap, 1300 voor mij en de 2 kinderen", "answer_problem", 0.99, "inadequate", True),
    ("employment", "ik werk vast bij de stad en mijn vrouw ook vast", "answer_fine", 0.99, "adequate", True),
    ("employment", "dienstencheques, vast contract van 30 uur", "answer_fine", 0.99, "adequate", True),
    ("employment", "ik werk vast in de Colruyt, wat mijn ex doet weet ik niet", "answer_fine", 0.9, "adequate", True),
    ("employment", "weet ik niet", "refuse_answer", 0.9, "unknown", True),
    ("income", "weet niet hoeveel mijn vriend verdient, hij regelt dat allemaal", "refuse_answer", 1.0, "unknown", True),
    ("income", "1900", "inform", 0.98, "adequate", True),
    ("income", "1800 euro zonder het kindergeld", "inform", 0.98, "adequate", True),
]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", PART_OF_THE_ANSWER + WHOLE_ANSWER)
def test_part_of_the_answer_is_checked_back(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


# Fourteenth session (issue 8): West-Flemish and Limburgish sound shapes ("oa" for "aa", "y" for "ij",
# a spoken final -e), read as the plain word when that word is one of the phrase lists.
@pytest.mark.parametrize("typed,plain", [
    ("kwerke nie", "ik werk niet"), ("kzoeke nen job", "ik zoek een job"), ("gunder", "jullie"),
    ("der is vele te doen", "er is veel te doen"),
])
def test_spoken_west_flemish_forms(typed, plain):
    assert spoken(typed) == plain


SOUND_SHAPES = [
    ("education", "kzyn gestopt in t derde middelboar", None, 0.0, "inadequate", True),
    ("housing", "de sloapkoamer is vul schimmel", None, 0.0, "inadequate", True),
    ("stimulation", "da's onze zoake", None, 0.0, "unknown", True),
    ("income", "da goat gunder nie an he", None, 0.0, "unknown", True),
    ("housing", "over ons huis wil ik niet klappen", None, 0.0, "unknown", True),
    ("employment", "kzoeke werk sinds de zomer", None, 0.0, "inadequate", True),
]
# The plain form is only taken when it is a word the assistant knows: these stay as typed.
NOT_A_SOUND_SHAPE = [("koala", "koala"), ("boaz", "boaz"), ("yoga", "yoga"), ("ik stopte", "ik stopte")]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", SOUND_SHAPES)
def test_west_flemish_sound_shapes_are_read(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


@pytest.mark.parametrize("typed,read", NOT_A_SOUND_SHAPE)
def test_a_word_that_only_looks_like_a_sound_shape_stays(typed, read):
    from bot.interpret import _read

    assert _read(typed, criteria()) == read


# Income: one keyword against a word that may point the other way is asked about, as for employment;
# a room shared by the parents and their children counts them all; shared facilities are a problem.
ROUNDS_71 = [
    ("income", "we hebben genoeg, maar er blijft niet veel over", "answer_fine", 0.99, "adequate", False),
    ("income", "genoeg om van te leven, en er blijft wat over", "answer_fine", 0.99, "adequate", True),
    ("income", "t een jaar goed, t ander jaar niks, we zijn boeren", None, 0.0, "inadequate", True),
    ("housing", "een kamer voor mij, mijn vrouw en 2 kinderen", None, 0.0, "inadequate", True),
    ("housing", "we moeten de douche delen met de buren", None, 0.0, "inadequate", True),
    ("housing", "vier gezinnen en een keuken voor iedereen", None, 0.0, "inadequate", True),
]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", ROUNDS_71)
def test_everyday_words_of_round_71(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


def test_the_childrens_own_rooms_are_not_crowded():
    text = "een kamer voor mij en mijn vrouw, de 2 kinderen hebben elk hun kamer"
    assert interp("housing", text).value != "inadequate"


# Rounds 73-75 (read in the fourteenth session): an on-call job, undeclared work, a child minding the little
# ones, some days at school, a toddler class "not needed", "3k", Limburgish "ich wit", phrases of rewritten words.
ROUNDS_73_75 = [
    ("employment", "ja, als ze mij bellen, op oproepbasis in een magazijn", None, 0.0, "inadequate", True),
    ("employment", "gin van de twee", None, 0.0, "inadequate", True),
    ("stimulation", "de oudste van 10 past op de kleintjes als ik werk", None, 0.0, "inadequate", True),
    ("stimulation", "de kleuterschool soms twee dagen in de week, als de bus rijdt", None, 0.0, "inadequate", True),
    ("stimulation", "ze zijn 4, ze blijven thuis, kleuterschool is niet nodig vind ik", None, 0.0, "inadequate", True),
    ("stimulation", "we zijn verhuisd en ze is nu nergens ingeschreven", None, 0.0, "inadequate", True),
    ("stimulation", "oma past op, ze gaan elke dag naar school", None, 0.0, "adequate", True),
    ("income", "ik wit da nie, mijne vent doet de papiere", None, 0.0, "unknown", None),
    ("income", "we hebben genoeg om rond te komen", "answer_fine", 0.99, "adequate", False),
    ("housing", "wil ik nie over hebbe", None, 0.0, "unknown", True),
]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", ROUNDS_73_75)
def test_everyday_words_of_rounds_73_75(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


@pytest.mark.parametrize("typed,amount", [("rond de 3k netto", "3000"), ("2,5k per maand", "2500.0"), ("1800 of 1.8k", "1800.0")])
def test_thousands_in_chat_shorthand(typed, amount):
    from bot.nlp.numbers import parse_money

    got = parse_money(typed)
    assert (str(got) if got is not None else None) == amount


# Answers seen in the fourteenth session: a loan inside a compound and "eraf", school some times a week or
# "soms" next to going, the "geen" of a list said of its next item, a room for a parent and two children,
# seasonal self-employment and work "via een firma" (asked).
SEEN_FOURTEENTH = [
    ("income", "2.300 netto, maar elke maand gaat er 700 eraf voor de autolening", None, 0.0, "inadequate", True),
    ("stimulation", "ze gaat maar 1 keer per week naar de kleuterklas", None, 0.0, "inadequate", True),
    ("stimulation", "de kleuterschool is ver, soms gaat ze, soms niet", None, 0.0, "inadequate", True),
    ("stimulation", "ze gaat elke dag naar de kleuterschool, soms met de fiets", None, 0.0, "adequate", True),
    ("health", "geen allergie of astma bij ons", None, 0.0, "adequate", None),
    ("housing", "we wonen bij mijn tante, een kamer voor mij en twee kinderen", None, 0.0, "inadequate", None),
    ("employment", "zelfstandig met een ijskraam, s winters dicht", None, 0.0, None, False),
    ("employment", "we werken allebei in de haven via een bureau", None, 0.0, "adequate", False),
    ("employment", "vast contract, maar alleen 12 uur per week", None, 0.0, "adequate", False),
    ("employment", "vast contract, 38 uur per week", None, 0.0, "adequate", True),
    # the Groeipakket said not to be counted in; three amounts on both sides of the leefloon
    ("income", "1900 netto, het kindergeld niet meegeteld", None, 0.0, "adequate", True),
    ("income", "1900 netto met het kindergeld erbij", None, 0.0, "inadequate", None),
    ("income", "1600 vast, met de overuren 1900 of 2000", None, 0.0, None, False),
    ("income", "hij 2000 en ik 1200, 3200 samen", None, 0.0, "adequate", True),
    ("income", "ik zit in tijdskrediet, samen hebben we 2600 netto", None, 0.0, "adequate", True),
]


@pytest.mark.parametrize("cid,text,intent,confidence,value,certain", SEEN_FOURTEENTH)
def test_answers_seen_in_the_fourteenth_session(cid, text, intent, confidence, value, certain):
    assert_read(interp(cid, text, intent=intent, confidence=confidence), value, certain)


@pytest.mark.parametrize("cid,text", [
    ("stimulation", "kweet ni wa ge bedoelt met stimuleren"),
    ("housing", "ik snap niet goed wat je vraagt"),
    ("education", "weet niet wat dat wil zeggen"),
    # (blind rounds 158-161) said short
    ("stimulation", "wa bedoelde gij"),
    ("health", "hoe bedoel je"),
    ("income", "ik versta uw vraag nie"),
])
def test_not_knowing_what_the_question_means_is_no_answer(cid, text):
    """(blind rounds 150-153) "Ik weet niet wat je bedoelt" asks what the question means: no "unknown" is taken;
    the question is said in other words and asked again."""
    got = interp(cid, text)
    assert (got.value, got.reason) == (None, "meaning")


@pytest.mark.parametrize("cid,text", [
    ("stimulation", "wat bedoel je, ze spelen gewoon buiten"),  # an answer after the question
    ("income", "wat bedoelt ge met genoeg? we hebben 1100 leefloon"),
])
def test_asking_what_is_meant_and_answering_is_an_answer(cid, text):
    assert interp(cid, text).reason != "meaning"


def test_not_knowing_what_a_diagnosis_means_keeps_the_answer():
    assert interp("health", "de dokter zegt dat hij autisme heeft, ik weet niet wat dat betekent").value == "inadequate"
