"""What the assistant says, built from the data in bot/ (no Rasa imports).

Every builder returns a `Message`: text, buttons (title, payload) and an
optional machine-readable `custom` payload for the web chat and test drivers.
Payloads starting with '/' are intents; any value they carry is validated again
in the form validation, because a user can type such a payload by hand.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from bot import consent
from bot.criteria import CriteriaSet, criteria
from bot.scoring import Score
from bot.texts import crisis_lines, texts

FAMILY, STAFF = "family", "staff"
ANSWER_INTENT = "answer"            # /answer{"criterion_value": "..."}
ANSWER_ENTITY = "criterion_value"


@dataclass
class Message:
    text: str
    buttons: List[Tuple[str, str]] = field(default_factory=list)
    custom: Optional[Dict[str, Any]] = None


def answer_payload(value: str) -> str:
    return "/" + ANSWER_INTENT + json.dumps({ANSWER_ENTITY: value})


def _join(labels: List[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " en " + labels[-1]


def intro() -> Message:
    notice = consent.notice("chat_use")
    return Message(texts()["intro"] + "\n" + notice.text, [
        ("Ja, dat is goed", "/affirm"),
        ("Nee, liever niet", "/deny"),
        ("Ik wil met iemand praten", "/talk_to_person"),
    ])


def staff_intro(staff_id: str) -> Message:
    return Message(texts()["staff_intro"].format(staff_id=staff_id))


def question(criterion_id: str, mode: str = FAMILY, defs: Optional[CriteriaSet] = None,
             hint: Optional[str] = None) -> Message:
    defs = defs or criteria()
    crit = defs.get(criterion_id)
    index, total = defs.index_of(criterion_id), len(defs.criteria)
    meta = {"criterion": criterion_id, "index": index, "total": total}
    prefix = f"{hint}\n" if hint else ""
    if mode == STAFF:
        return Message(f"{prefix}{index}/{total} {crit.label.capitalize()}. {crit.staff_question}",
                       [(o.title, answer_payload(o.value)) for o in defs.staff_options], meta)
    buttons = [(o.title, answer_payload(o.value)) for o in crit.options]
    buttons.append(("Waarom vraag je dit?", "/ask_why"))
    return Message(f"{prefix}Vraag {index} van {total}. {crit.family_question}", buttons, meta)


def check_back(criterion_id: str, value: str, defs: Optional[CriteriaSet] = None) -> Message:
    crit = (defs or criteria()).get(criterion_id)
    return Message(f"Begrijp ik goed dat {crit.check_back[value]}?",
                   [("Ja, dat klopt", "/affirm"), ("Nee", "/deny")],
                   {"criterion": criterion_id, "check_back": value})


def explanation(criterion_id: str, defs: Optional[CriteriaSet] = None) -> Message:
    crit = (defs or criteria()).get(criterion_id)
    return Message(f"Waarom vraag ik dit? {crit.why}")


def not_understood() -> str:
    return "Sorry, dat begrijp ik niet goed. Kies een knop, of zeg het in andere woorden."


def result(score: Score, mode: str = FAMILY, defs: Optional[CriteriaSet] = None) -> Message:
    """The result, kindly: 'signals in X of the 6 areas', never a label."""
    defs = defs or criteria()
    labels = defs.labels()
    total = len(defs.criteria)
    weak = [labels[c] for c in score.inadequate_ids]
    unknown = [labels[c] for c in score.unknown_ids]
    meta = {"score": score.score, "unknown": score.unknown, "vulnerable": score.vulnerable}
    if mode == STAFF:
        lines = [f"Resultaat: ontoereikend op {score.score} van {total} criteria"
                 + (f" ({_join(weak)})" if weak else "") + ".",
                 f"Onbekend: {score.unknown}" + (f" ({_join(unknown)})." if unknown else "."),
                 f"Drempel ({score.threshold}) {'bereikt' if score.vulnerable else 'niet bereikt'}."
                 " Jij beslist samen met het gezin over een doorverwijzing."]
        return Message("\n".join(lines), [("Doorverwijzing registreren", "/affirm"),
                                          ("Geen doorverwijzing", "/deny")], meta)
    if score.score == 0:
        text = "Dank je voor je antwoorden. Ik zie nu geen grote moeilijkheden. Fijn!"
    else:
        text = (f"Dank je voor je antwoorden. Ze tonen op {score.score} van de {total} domeinen "
                f"dat het nu moeilijk kan zijn: {_join(weak)}.")
    if unknown:
        text += f"\nOver {_join(unknown)} zei je liever niets. Dat is goed."
    if score.vulnerable:
        text += ("\nDe sociale dienst (OCMW) kan je misschien helpen. Bijvoorbeeld met geld, "
                 "je rechten, je woning of zorg voor de kinderen.\n"
                 "Wil je dat iemand van het OCMW contact met je opneemt?")
        buttons = [("Ja, graag", "/affirm"), ("Nee, bedankt", "/deny"), ("Ik heb een vraag", "/ask_question")]
    else:
        text += ("\nGoed om te weten: in het Huis van het Kind en bij het OCMW kun je altijd terecht "
                 "met vragen over geld, wonen, gezondheid of opvoeden.\n"
                 "Wil je toch dat iemand contact met je opneemt?")
        buttons = [("Ja, graag", "/affirm"), ("Nee, bedankt", "/deny")]
    return Message(text, buttons, meta)


def referral_consent_question(mode: str = FAMILY) -> Message:
    notice = consent.notice(consent.REFERRAL, consent.recipient_phrase())
    if mode == STAFF:
        return Message("Lees dit voor aan de ouder of laat het lezen:\n" + notice.text
                       + "\nHeb je de vijf punten uitgelegd en gaf de ouder zelf toestemming?",
                       [("Ja, de ouder gaf toestemming", "/give_consent"), ("Nee", "/deny")])
    return Message(notice.text, [("Ja, ik geef toestemming", "/give_consent"), ("Nee", "/deny"),
                                 ("Ik heb een vraag", "/ask_question")])


def consent_needs_explicit_yes() -> str:
    return "Ga je akkoord? Kies dan 'Ja, ik geef toestemming'. Wil je niet? Kies dan 'Nee'."


def share_answers_question(mode: str = FAMILY) -> Message:
    notice = consent.notice(consent.SHARE_ANSWERS, consent.recipient_phrase())
    yes = "Ja, de ouder gaf ook hiervoor toestemming" if mode == STAFF else "Ja, mijn antwoorden mogen mee"
    return Message(notice.text, [(yes, "/affirm"), ("Nee, alleen naam en contact", "/deny")])


CONTACT_QUESTIONS = {
    "contact_name": Message("Wat is je naam? Je voornaam is genoeg."),
    "contact_phone": Message("Op welk telefoonnummer kunnen we je bellen? Bijvoorbeeld 0470 12 34 56.",
                             [("Ik heb liever e-mail", "/deny")]),
    "contact_email": Message("Wat is je e-mailadres?", [("Geen e-mail", "/deny")]),
    "contact_municipality": Message("In welke gemeente woon je? Je mag ook je postcode typen."),
    "contact_best_time": Message("Wanneer bellen we je best?", [
        ("In de voormiddag", "in de voormiddag"), ("In de namiddag", "in de namiddag"),
        ("Na 17 uur", "na 17 uur"), ("Maakt niet uit", "maakt niet uit")]),
}

CONTACT_ERRORS = {
    "contact_name": "Ik heb een naam nodig, zodat de medewerker weet wie hij moet vragen. Een voornaam is genoeg.",
    "contact_phone": "Dat telefoonnummer ken ik niet. Typ een Belgisch nummer, bijvoorbeeld 0470 12 34 56 of 09 123 45 67.",
    "contact_phone_or_email": "We hebben een telefoonnummer of een e-mailadres nodig om je te bereiken.",
    "contact_email": "Dat e-mailadres lijkt niet juist. Typ het zo: naam@voorbeeld.be",
    "contact_municipality": "Die gemeente ken ik niet. Typ de naam of de postcode van een Vlaamse of Brusselse gemeente, bijvoorbeeld 9000 of Gent.",
    "contact_best_time": "Typ een moment, bijvoorbeeld 'woensdagnamiddag', of kies een knop.",
}


def contact_summary(contact: Dict[str, Optional[str]], municipality: str, recipient: str,
                    share_answers: bool) -> Message:
    lines = ["Klopt dit?",
             f"Naam: {contact.get('name')}",
             f"Telefoon: {contact.get('phone') or '-'}",
             f"E-mail: {contact.get('email') or '-'}",
             f"Gemeente: {municipality} (naar {recipient})",
             f"Wanneer bellen: {contact.get('best_time') or '-'}",
             f"Antwoorden doorgeven: {'ja' if share_answers else 'nee'}"]
    return Message("\n".join(lines), [("Ja, dat klopt", "/affirm"), ("Aanpassen", "/deny")])


def saved(reference: str, recipient: str) -> Message:
    return Message(
        f"Dank je. Je vraag gaat naar {recipient}. Een medewerker neemt contact met je op.\n"
        f"Je referentiecode is {reference}. Schrijf die op of maak een foto.\n"
        "Wil je je toestemming intrekken? Typ dan 'toestemming intrekken' en geef je code.",
        [], {"reference": reference})


def crisis(message: str) -> Message:
    cfg = texts()["crisis"]
    return Message("\n".join([cfg["intro"], *crisis_lines(message), cfg["outro"]]),
                   [("Verder met de vragen", "/resume"), ("Stoppen", "/stop")],
                   {"crisis": True})
