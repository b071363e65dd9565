"""Everyday Flemish words in the phrase lists of the six criteria (bot/data/criteria.yml).

Realistic answers of parents (spreektaal, learner Dutch, short and messy), each
with what `interpret_answer` must make of it: (value, certain). A plain keyword
decides; a proxy or an ambiguous word is checked back (certain=False). No model:
the classifier result is simulated where it matters (intent=None otherwise).
"""

from __future__ import annotations

import pytest

from bot.interpret import interpret_answer

BAD, OK = "inadequate", "adequate"

# (criterion, answer, intent, expected value, expected certain)
CASES = [
    # -- income: benefits, debt and collection, the end of the month ------------------------------
    ("income", "we leven van de werkloosheidsvergoeding", None, BAD, True),
    ("income", "kheb dopgeld van de capac", None, BAD, True),
    ("income", "we krijgen geld van de vakbond, ik ben al een jaar thuis", None, BAD, True),
    ("income", "we krijgen een integratie-inkomen", None, BAD, True),
    ("income", "de gerechtsdeurwaarder staat aan de deur", None, BAD, True),
    ("income", "der zijn veel openstaande facturen", None, BAD, True),
    ("income", "de rekeningen stapelen zich op", None, BAD, True),
    ("income", "we moeten geld lenen bij mijn schoonmoeder", None, BAD, True),
    ("income", "op het einde van de maand is er niks meer", None, BAD, True),
    ("income", "op t einde vd maand blijft er niks over", None, BAD, True),
    ("income", "er blijft ni veel over", None, BAD, True),
    ("income", "we moeten elke euro omdraaien", None, BAD, True),
    ("income", "we leven van de hand in de tand", None, BAD, True),
    ("income", "soms sla ik een maaltijd over zodat de kinderen kunnen eten", None, BAD, False),
    ("income", "we gaan naar de voedselbedeling", None, BAD, True),
    ("income", "we hebben een afbetalingsplan bij de energieleverancier", None, BAD, False),
    ("income", "we hebben een afbetalingsplan bij de energieleverancier", "answer_fine", BAD, False),
    ("income", "het hangt af van de opdrachten", None, BAD, True),
    ("income", "we houden elke maand wat over", None, OK, True),
    ("income", "we kunnen wat opzij zetten", None, OK, True),
    ("income", "mijne vent verdient goed", None, OK, True),
    ("income", "we komen nooit tekort", None, OK, True),
    # -- employment: contracts, precarious work, leave, sickness ----------------------------------
    ("employment", "ik ben al een jaar in ziekteverlof", None, BAD, False),
    ("employment", "ik ben huismoeder", "answer_problem", BAD, False),  # and the other parent?
    ("employment", "mijn man werkt maar het is niet aangegeven", None, BAD, True),
    ("employment", "ik doe klusjes hier en daar", None, BAD, True),  # two hints that agree
    ("employment", "ik werk via het ocmw", None, BAD, True),
    ("employment", "ik doe de fruitpluk in de zomer", None, BAD, True),
    ("employment", "j'ai un cdd", None, BAD, True),
    ("employment", "niemand van ons werkt nu", None, BAD, True),
    ("employment", "ik krijg een uitkering", None, BAD, False),
    ("employment", "ik zit in moederschapsrust", None, OK, True),  # a leave from a job: there is a job
    ("employment", "mijn vrouw heeft een vaste aanstelling", None, OK, True),
    ("employment", "ik heb een contract van onbepaalde tijd", None, OK, True),
    # -- education: school types, diplomas, literacy ----------------------------------------------
    ("education", "ik ben laaggeletterd", None, BAD, True),
    ("education", "ik heb moeite met lezen en schrijven", None, BAD, True),
    ("education", "middelbaar niet afgerond", None, BAD, True),
    ("education", "ik ben vroeg gestopt, moest gaan werken", None, BAD, True),
    ("education", "ik heb speciaal onderwijs gedaan", None, BAD, True),
    ("education", "ik zat op een speciale school", None, BAD, True),
    ("education", "ik heb tweedekansonderwijs gedaan", None, BAD, False),
    ("education", "ik heb mijn diploma via de examencommissie", None, OK, False),  # a secondary diploma, which one: asked
    ("education", "ik ben niet naar school geweest", None, BAD, True),
    ("education", "ik heb technisch onderwijs gedaan, elektriciteit", None, OK, True),
    ("education", "ik heb de kunsthumaniora gedaan", None, OK, True),
    ("education", "ik heb een universitair diploma uit Syrie", None, OK, True),
    ("education", "baccalaureaat in marokko", None, OK, True),
    ("education", "ik heb lycee gedaan in Marokko", None, OK, False),  # secondary school, finished or not: asked
    # -- housing: damp, cold, too small, no home of one's own -------------------------------------
    ("housing", "er zijn schimmelplekken in de slaapkamer", None, BAD, True),
    ("housing", "zwarte plekken op de muur van de badkamer", None, BAD, True),
    ("housing", "we hebben vochtproblemen", None, BAD, True),
    ("housing", "er zit salpeter op de muren", None, BAD, True),
    ("housing", "de muren zijn nat in de winter", None, BAD, True),
    ("housing", "veel condens op de ramen", None, BAD, False),
    ("housing", "er hangen losse draden", None, BAD, True),
    ("housing", "we hebben geen kinderkamer", None, BAD, True),
    ("housing", "de kinderen slapen op een matras op de grond", None, BAD, True),
    ("housing", "de chauffage werkt niet", None, BAD, True),
    ("housing", "geen chauffage in de winter", None, BAD, True),
    ("housing", "we wonen in bij mijn schoonouders", None, BAD, True),
    ("housing", "we logeren bij vrienden", None, BAD, True),
    ("housing", "we zitten in een transitwoning", None, BAD, True),
    ("housing", "we hebben plaats genoeg", None, OK, True),
    ("housing", "we hebben ruimte genoeg maar er is salpeter", None, BAD, True),
    # -- health: illness, disability, mental health, access to care --------------------------------
    ("health", "mijn man is mindervalide", None, BAD, True),
    ("health", "ik heb mentale problemen sinds de bevalling", None, BAD, True),
    ("health", "mijne vent heeft ne gokverslaving", None, BAD, True),
    ("health", "ik heb long covid", None, BAD, True),
    ("health", "ik heb fibromyalgie", None, BAD, True),
    ("health", "mijn zoon heeft hartproblemen", None, BAD, True),
    ("health", "we hebben geen tandarts", None, BAD, True),
    ("health", "ik versta de dokter niet", None, BAD, True),
    ("health", "mijn ziekenfonds is nie in orde", None, BAD, True),
    ("health", "mijn mama is mindervalide maar woont niet bij ons", None, OK, True),
    ("health", "de kinderen zijn zelden ziek", None, OK, True),
    ("health", "de kinderen zijn nooit ziek", None, OK, True),
    # -- stimulation: school attendance, play, screens, care --------------------------------------
    ("stimulation", "de oudste brost veel", None, BAD, True),
    ("stimulation", "ze hebben te veel schermtijd", None, BAD, True),
    ("stimulation", "hij zit uren op de playstation", "answer_fine", BAD, False),
    ("stimulation", "we krijgen opvoedingsondersteuning", None, BAD, False),
    ("stimulation", "hij luistert niet en is agressief", None, BAD, True),  # two hints that agree
    ("stimulation", "de kleine gaat naar de opvang", None, OK, True),
    ("stimulation", "ze gaat naar de speelgroep in het huis van het kind", None, OK, True),
    ("stimulation", "ze gaan naar turnles en dansles", None, OK, True),
    ("stimulation", "hij zit in de voetbalclub", None, OK, True),
    ("stimulation", "in de vakantie gebruiken we de grabbelpas", None, OK, True),
    ("stimulation", "hij gamet de hele dag", None, BAD, True),
    ("stimulation", "we doen gezelschapsspelletjes", None, OK, True),
    ("stimulation", "ik help met het huiswerk", None, OK, True),
    ("stimulation", "geen geld voor turnles", None, BAD, False),
]


@pytest.mark.parametrize(("cid", "text", "intent", "value", "certain"), CASES)
def test_everyday_words(cid, text, intent, value, certain):
    result = interpret_answer(cid, text, intent=intent, confidence=0.9 if intent else 0.0)
    assert (result.value, result.certain) == (value, certain), result


def test_enough_cases_per_criterion():
    counts = {}
    for cid, *_ in CASES:
        counts[cid] = counts.get(cid, 0) + 1
    assert len(counts) == 6 and min(counts.values()) >= 8
