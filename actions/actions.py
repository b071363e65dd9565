"""Custom actions: adapt Rasa to bot/ (criteria, interpretation, consent, storage)."""
from __future__ import annotations

import abc
import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import (ActiveLoop, AllSlotsReset, EventType, FollowupAction, Restarted,
                             SlotSet)
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import dialogue
from bot.criteria import VALUES, criteria
from bot.dialogue import CONTACT_ERRORS, CONTACT_QUESTIONS, FAMILY, STAFF, Message
from bot.interpret import interpret_answer
from bot.municipalities import lookup as lookup_municipality
from bot.nlp.numbers import is_valid_email, normalise_phone
from bot.scoring import score_answers
from bot.store import Contact, StorageError, Store, StorageUnavailable, normalise_reference
from bot.text import clean, fold
from bot.texts import crisis_kind, person_route, privacy_answer

logger = logging.getLogger(__name__)   # never log user text or personal data

CRITERIA = criteria().ids
CONTACT_SLOTS = ["contact_name", "contact_phone", "contact_email", "contact_municipality",
                 "contact_best_time", "contact_confirmed"]
REFERRAL_SLOTS = ["referral_consent", "share_answers"] + CONTACT_SLOTS
NONE = "none"            # a contact channel the person does not want to give
YES, NO = "yes", "no"

_store: Optional[Store] = None


def store() -> Store:
    """The shared Store, created on first use (migrations run then)."""
    global _store
    if _store is None:
        _store = Store()
    return _store


def send(dispatcher: CollectingDispatcher, message: Message) -> None:
    dispatcher.utter_message(
        text=message.text,
        buttons=[{"title": t, "payload": p} for t, p in message.buttons],
        json_message=message.custom,
    )


def mode_of(tracker: Tracker) -> str:
    return STAFF if tracker.get_slot("mode") == STAFF else FAMILY


def latest(tracker: Tracker):
    msg = tracker.latest_message or {}
    intent = (msg.get("intent") or {}).get("name")
    confidence = float((msg.get("intent") or {}).get("confidence") or 0.0)
    return clean(msg.get("text")), intent, confidence, msg.get("entities") or []


def entity(tracker: Tracker, name: str) -> Optional[str]:
    for ent in (tracker.latest_message or {}).get("entities") or []:
        if ent.get("entity") == name:
            return str(ent.get("value"))
    return None


def said(text: str) -> str:
    """Typed text for comparing with a short phrase: folded, without commas and dots
    (fold keeps them, so 'Ja, ik geef toestemming' would not match otherwise)."""
    return " ".join(re.sub(r"[,.]", " ", fold(text)).split())


def reset(slots: List[str]) -> List[EventType]:
    return [SlotSet(s, None) for s in slots]


def answers_of(tracker: Tracker) -> Dict[str, str]:
    return {cid: tracker.get_slot(cid) for cid in CRITERIA if tracker.get_slot(cid) in VALUES}


class StapsteenFormValidation(FormValidationAction):
    """Validates only what the person just typed or tapped.

    When a form is (re)activated, Rasa asks to validate the slots that are
    already filled; those values were validated when they were given, and the
    latest message (e.g. '/resume') says nothing about them, so they are kept.
    """

    @abc.abstractmethod
    def name(self) -> Text:
        """Each form's validation action names itself."""

    async def get_validation_events(self, dispatcher, tracker, domain):
        typed = (tracker.latest_message or {}).get("text")
        kept, fresh = [], {}
        for slot, value in tracker.slots_to_validate().items():
            if value is None or value == typed:
                fresh[slot] = value
            else:
                kept.append(SlotSet(slot, value))
        if not fresh:
            return kept
        events = await super().get_validation_events(dispatcher, _only(tracker, fresh), domain)
        return kept + events


def _only(tracker: Tracker, fresh: Dict[Text, Any]) -> Tracker:
    """A copy of the tracker whose slots_to_validate() returns only `fresh`."""
    copy = tracker.copy()
    copy.slots_to_validate = lambda: dict(fresh)   # type: ignore[assignment]
    return copy


# --- start, stop, resume ---------------------------------------------------
class ActionGreet(Action):
    def name(self) -> Text:
        return "action_greet"

    async def run(self, dispatcher, tracker, domain):
        if mode_of(tracker) == STAFF:
            dispatcher.utter_message(text="Hallo! Je bent in medewerkersmodus. Typ 'verder' om verder te gaan.")
            return []
        send(dispatcher, dialogue.intro())
        return [SlotSet("mode", FAMILY)]


class ActionStartQuestions(Action):
    def name(self) -> Text:
        return "action_start_questions"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="Fijn. We beginnen. Je kunt altijd 'stop' typen of vragen waarom ik iets vraag.")
        return [SlotSet("chat_consent", True)]


class ActionStop(Action):
    def name(self) -> Text:
        return "action_stop"

    async def run(self, dispatcher, tracker, domain):
        send(dispatcher, Message("Oké, we stoppen hier. Ik heb niets bewaard. Je kunt altijd opnieuw beginnen.",
                                 [("Opnieuw beginnen", "/restart")], {"stopped": True}))
        return [ActiveLoop(None), AllSlotsReset()]


class ActionRestart(Action):
    """Overrides Rasa's action_restart: forget everything, then greet again."""

    def name(self) -> Text:
        return "action_restart"

    async def run(self, dispatcher, tracker, domain):
        send(dispatcher, dialogue.intro())
        return [Restarted(), SlotSet("mode", FAMILY)]


class ActionResume(Action):
    def name(self) -> Text:
        return "action_resume"

    async def run(self, dispatcher, tracker, domain):
        if mode_of(tracker) == FAMILY and not tracker.get_slot("chat_consent"):
            send(dispatcher, dialogue.intro())
            return []
        if len(answers_of(tracker)) < len(CRITERIA):
            dispatcher.utter_message(text="Oké, we gaan verder.")
            return [FollowupAction("criteria_form")]
        return [FollowupAction("action_show_result")]


# --- the six questions -------------------------------------------------------
def _make_ask_action(cid: str):
    class _Ask(Action):
        def name(self) -> Text:
            return f"action_ask_{cid}"

        async def run(self, dispatcher, tracker, domain):
            pending = tracker.get_slot("pending_value") or ""
            if pending.startswith(cid + ":"):
                send(dispatcher, dialogue.check_back(cid, pending.split(":", 1)[1]))
            else:
                send(dispatcher, dialogue.question(cid, mode_of(tracker)))
            return []

    _Ask.__name__ = f"ActionAsk_{cid}"
    return _Ask


for _cid in CRITERIA:
    globals()[f"ActionAsk_{_cid}"] = _make_ask_action(_cid)


def validate_criterion(cid: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
    text, intent, confidence, entities = latest(tracker)
    if crisis_kind(text) != "general":
        # Safety net when the classifier missed a crisis: help lines first.
        send(dispatcher, dialogue.crisis(text))
        return {cid: None, "pending_value": None}
    pending = tracker.get_slot("pending_value") or ""
    if pending.startswith(cid + ":"):
        if intent == "affirm":
            return {cid: pending.split(":", 1)[1], "pending_value": None}
        if intent == "deny":
            dispatcher.utter_message(text="Oké. Kies dan de knop die het best past, of zeg het anders.")
            return {cid: None, "pending_value": None}
    if intent == dialogue.ANSWER_INTENT:           # a button (or a typed payload)
        value = entity(tracker, dialogue.ANSWER_ENTITY)
        if value in VALUES:
            return {cid: value, "pending_value": None}
        dispatcher.utter_message(text="Dat antwoord ken ik niet. Kies een van de knoppen.")
        return {cid: None, "pending_value": None}
    result = interpret_answer(cid, text, intent=intent, confidence=confidence, entities=entities)
    if result.value is None:
        dispatcher.utter_message(text=dialogue.not_understood())
        return {cid: None, "pending_value": None}
    if result.certain:
        return {cid: result.value, "pending_value": None}
    return {cid: None, "pending_value": f"{cid}:{result.value}"}


class ValidateCriteriaForm(StapsteenFormValidation):
    def name(self) -> Text:
        return "validate_criteria_form"


def _make_validator(cid: str):
    async def _validate(self, slot_value, dispatcher, tracker, domain):
        return validate_criterion(cid, dispatcher, tracker)
    return _validate


for _cid in CRITERIA:
    setattr(ValidateCriteriaForm, f"validate_{_cid}", _make_validator(_cid))


class ActionExplain(Action):
    def name(self) -> Text:
        return "action_explain"

    async def run(self, dispatcher, tracker, domain):
        slot = tracker.get_slot("requested_slot")
        if slot in CRITERIA:
            send(dispatcher, dialogue.explanation(slot))
        elif slot in REFERRAL_SLOTS:
            dispatcher.utter_message(text="We vragen alleen wat nodig is om je te kunnen contacteren. "
                                          "Zonder je toestemming bewaren we niets.")
        else:
            dispatcher.utter_message(text="Ik stel deze vragen om te zien of er steun is voor jouw gezin. "
                                          "Je beslist zelf wat je vertelt.")
        return []


class ActionChangeAnswer(Action):
    def name(self) -> Text:
        return "action_change_answer"

    async def run(self, dispatcher, tracker, domain):
        cid = entity(tracker, "criterion")
        if cid not in CRITERIA:
            labels = criteria().labels()
            send(dispatcher, Message("Welk antwoord wil je aanpassen?", [
                (label.capitalize(), '/change_answer{"criterion": "%s"}' % c) for c, label in labels.items()]))
            return []
        dispatcher.utter_message(text=f"Oké, we passen je antwoord over {criteria().labels()[cid]} aan.")
        return [SlotSet(cid, None), SlotSet("pending_value", None), SlotSet("chat_consent", True),
                FollowupAction("criteria_form")]


# --- help at any moment -----------------------------------------------------
class ActionPrivacy(Action):
    def name(self) -> Text:
        return "action_privacy"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=privacy_answer(latest(tracker)[0]))
        return []


class ActionCrisis(Action):
    """Stop the questions at once and give the right help lines."""

    def name(self) -> Text:
        return "action_crisis"

    async def run(self, dispatcher, tracker, domain):
        send(dispatcher, dialogue.crisis(latest(tracker)[0]))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionTalkToPerson(Action):
    def name(self) -> Text:
        return "action_talk_to_person"

    async def run(self, dispatcher, tracker, domain):
        known = lookup_municipality(tracker.get_slot("contact_municipality") or "")
        dispatcher.utter_message(text=person_route(known.name if known else None,
                                                   known.region if known else None))
        return []


class ActionFallback(Action):
    """Two stages: first ask to rephrase, then offer clear choices."""

    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher, tracker, domain):
        previous = [e.get("name") for e in tracker.events if e.get("event") == "action"
                    and e.get("name") not in ("action_listen", None)]
        if previous and previous[-1] == "action_fallback":
            send(dispatcher, Message("Ik begrijp het nog altijd niet, sorry. Kies wat je wil doen:", [
                ("Verder met de vragen", "/resume"), ("Met iemand praten", "/talk_to_person"),
                ("Vraag over privacy", "/ask_privacy"), ("Stoppen", "/stop")]))
        else:
            dispatcher.utter_message(text="Sorry, dat begrijp ik niet goed. Kun je het in andere woorden zeggen?")
        return []


# --- result and referral ------------------------------------------------------
class ActionShowResult(Action):
    def name(self) -> Text:
        return "action_show_result"

    async def run(self, dispatcher, tracker, domain):
        answers = answers_of(tracker)
        if len(answers) < len(CRITERIA):
            return [FollowupAction("criteria_form")]
        send(dispatcher, dialogue.result(score_answers(answers), mode_of(tracker)))
        return []


def _make_simple_ask(slot: str, build):
    class _Ask(Action):
        def name(self) -> Text:
            return f"action_ask_{slot}"

        async def run(self, dispatcher, tracker, domain):
            send(dispatcher, build(tracker))
            return []

    _Ask.__name__ = f"ActionAsk_{slot}"
    return _Ask


ActionAskReferralConsent = _make_simple_ask(
    "referral_consent", lambda t: dialogue.referral_consent_question(mode_of(t)))
ActionAskShareAnswers = _make_simple_ask(
    "share_answers", lambda t: dialogue.share_answers_question(mode_of(t)))
for _slot in CONTACT_QUESTIONS:
    globals()[f"ActionAsk_{_slot}"] = _make_simple_ask(_slot, lambda t, s=_slot: CONTACT_QUESTIONS[s])


def _contact(tracker: Tracker) -> Dict[str, Optional[str]]:
    def real(slot):
        value = tracker.get_slot(slot)
        return None if value in (None, NONE) else value
    return {"name": real("contact_name"), "phone": real("contact_phone"),
            "email": real("contact_email"), "best_time": real("contact_best_time")}


def _summary(tracker: Tracker) -> Message:
    place = lookup_municipality(tracker.get_slot("contact_municipality") or "")
    return dialogue.contact_summary(_contact(tracker), place.name if place else "?",
                                    place.recipient if place else "?",
                                    tracker.get_slot("share_answers") == YES)


ActionAskContactConfirmed = _make_simple_ask("contact_confirmed", _summary)


def _plain(text: str, limit: int = 80) -> Optional[str]:
    """Free text for a contact field: no markup, no payloads, sensible length."""
    text = clean(text)
    if not text or text.startswith("/") or "<" in text or ">" in text or len(text) > limit:
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    return text


class ValidateReferralForm(StapsteenFormValidation):
    def name(self) -> Text:
        return "validate_referral_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):
        if tracker.get_slot("referral_consent") == NO:
            return ["referral_consent"]
        slots = list(domain_slots)
        phone = tracker.get_slot("contact_phone")
        if phone and phone != NONE:
            slots.remove("contact_email")      # minimum data: one way to reach you
        return slots

    async def validate_referral_consent(self, value, dispatcher, tracker, domain):
        text, intent, _, _ = latest(tracker)
        if intent == "give_consent" or said(text) in ("ja ik geef toestemming", "ik geef toestemming"):
            return {"referral_consent": YES}
        if intent == "deny":
            return {"referral_consent": NO}
        dispatcher.utter_message(text=dialogue.consent_needs_explicit_yes())
        return {"referral_consent": None}

    async def validate_share_answers(self, value, dispatcher, tracker, domain):
        _, intent, _, _ = latest(tracker)
        if intent in ("affirm", "give_consent"):
            return {"share_answers": YES}
        if intent == "deny":
            return {"share_answers": NO}
        dispatcher.utter_message(text="Kies 'ja' of 'nee', alsjeblieft.")
        return {"share_answers": None}

    async def validate_contact_name(self, value, dispatcher, tracker, domain):
        text = latest(tracker)[0]
        if crisis_kind(text) != "general":
            send(dispatcher, dialogue.crisis(text))
            return {"contact_name": None}
        for prefix in ("mijn naam is ", "ik ben ", "ik heet ", "naam: "):
            if text.lower().startswith(prefix):
                text = text[len(prefix):]
        name = _plain(text)
        if name is None:
            dispatcher.utter_message(text=CONTACT_ERRORS["contact_name"])
        return {"contact_name": name}

    async def validate_contact_phone(self, value, dispatcher, tracker, domain):
        text, intent, _, _ = latest(tracker)
        if intent == "deny" or said(text) in ("geen", "geen telefoon", "nee"):
            return {"contact_phone": NONE}
        phone = normalise_phone(entity(tracker, "PHONE") or text)
        if phone is None:
            dispatcher.utter_message(text=CONTACT_ERRORS["contact_phone"])
        return {"contact_phone": phone}

    async def validate_contact_email(self, value, dispatcher, tracker, domain):
        text, intent, _, _ = latest(tracker)
        if intent == "deny" or said(text) in ("geen", "geen e-mail", "nee"):
            if tracker.get_slot("contact_phone") in (None, NONE):
                dispatcher.utter_message(text=CONTACT_ERRORS["contact_phone_or_email"])
                return {"contact_email": None, "contact_phone": None}
            return {"contact_email": NONE}
        email = (entity(tracker, "EMAIL") or text).strip().lower()
        if not is_valid_email(email):
            dispatcher.utter_message(text=CONTACT_ERRORS["contact_email"])
            return {"contact_email": None}
        return {"contact_email": email}

    async def validate_contact_municipality(self, value, dispatcher, tracker, domain):
        text = latest(tracker)[0]
        place = lookup_municipality(entity(tracker, "MUNICIPALITY") or text) or lookup_municipality(text)
        if place is None:
            dispatcher.utter_message(text=CONTACT_ERRORS["contact_municipality"])
            return {"contact_municipality": None}
        return {"contact_municipality": place.name}

    async def validate_contact_best_time(self, value, dispatcher, tracker, domain):
        if crisis_kind(latest(tracker)[0]) != "general":
            send(dispatcher, dialogue.crisis(latest(tracker)[0]))
            return {"contact_best_time": None}
        moment = _plain(latest(tracker)[0])
        if moment is None:
            dispatcher.utter_message(text=CONTACT_ERRORS["contact_best_time"])
        return {"contact_best_time": moment}

    async def validate_contact_confirmed(self, value, dispatcher, tracker, domain):
        _, intent, _, _ = latest(tracker)
        if intent == "affirm":
            return {"contact_confirmed": YES}
        if intent == "deny":
            dispatcher.utter_message(text="Oké, we vullen je gegevens opnieuw in.")
            return {slot: None for slot in CONTACT_SLOTS}
        dispatcher.utter_message(text="Klopt alles? Kies 'Ja, dat klopt' of 'Aanpassen'.")
        return {"contact_confirmed": None}


class ActionSaveReferral(Action):
    """Store the referral and its consent through bot/, then forget personal slots."""

    def name(self) -> Text:
        return "action_save_referral"

    async def run(self, dispatcher, tracker, domain):
        forget = reset(REFERRAL_SLOTS + CRITERIA + ["pending_value"])
        if tracker.get_slot("referral_consent") != YES or tracker.get_slot("contact_confirmed") != YES:
            dispatcher.utter_message(response="utter_no_contact_wanted")
            return forget
        place = lookup_municipality(tracker.get_slot("contact_municipality") or "")
        answers = answers_of(tracker)
        if place is None or len(answers) < len(CRITERIA):
            dispatcher.utter_message(text="Er ontbreekt iets. We beginnen de vragen opnieuw.")
            return forget + [FollowupAction("action_restart")]
        staff = mode_of(tracker) == STAFF
        try:
            reference = store().create_referral(
                channel="desk" if staff else "web",
                recorded_by=(tracker.get_slot("staff_id") or "staff") if staff else "self",
                municipality=place.name, recipient=place.recipient,
                contact=Contact(**_contact(tracker)), answers=answers,
                share_answers=tracker.get_slot("share_answers") == YES)
        except StorageError as exc:
            # The class name only: driver messages can quote SQL parameters.
            logger.error("saving a referral failed: %s", type(exc).__name__)
            send(dispatcher, Message(
                "Het lukt nu even niet om je vraag op te slaan. Er is niets verloren. "
                "Probeer het zo meteen opnieuw.", [("Opnieuw proberen", "/retry")]))
            return []
        send(dispatcher, dialogue.saved(reference, place.recipient))
        return forget


# --- withdrawal ---------------------------------------------------------------
class ValidateWithdrawForm(StapsteenFormValidation):
    def name(self) -> Text:
        return "validate_withdraw_form"

    async def validate_withdraw_reference(self, value, dispatcher, tracker, domain):
        reference = normalise_reference(latest(tracker)[0])
        if reference is None:
            dispatcher.utter_message(text="Dat lijkt geen referentiecode. Een code ziet er zo uit: STP-7KQ4-M2PX.")
        return {"withdraw_reference": reference}


class ActionWithdraw(Action):
    def name(self) -> Text:
        return "action_withdraw"

    async def run(self, dispatcher, tracker, domain):
        reference = tracker.get_slot("withdraw_reference")
        events = [SlotSet("withdraw_reference", None)]
        if not reference:
            return events
        try:
            store().withdraw(reference, actor="self")
        except StorageUnavailable:
            logger.error("withdrawal failed: storage unavailable")
            send(dispatcher, Message("Het lukt nu even niet. Er is niets veranderd. Probeer het zo meteen opnieuw.",
                                     [("Opnieuw proberen", "/withdraw_consent")]))
            return events
        except StorageError:
            dispatcher.utter_message(text=f"Ik vind de code {reference} niet. Er is niets veranderd. "
                                          "Kijk de code nog eens na, of vraag hulp aan het OCMW.")
            return events
        send(dispatcher, Message(f"Je toestemming voor {reference} is ingetrokken. "
                                 "We hebben je naam, contactgegevens en antwoorden gewist.",
                                 [], {"withdrawn": reference}))
        return events


# --- staff mode -------------------------------------------------------------------
class ValidateStaffLoginForm(StapsteenFormValidation):
    def name(self) -> Text:
        return "validate_staff_login_form"

    async def validate_staff_code(self, value, dispatcher, tracker, domain):
        from bot.staff import verify_code
        try:
            staff_id = verify_code(store(), latest(tracker)[0])
        except StorageError:
            staff_id = None
        if staff_id:
            return {"staff_code": "ok", "staff_id": staff_id}
        attempts = int(tracker.get_slot("staff_attempts") or 0) + 1
        if attempts >= 3:
            return {"staff_code": "failed", "staff_attempts": attempts}
        dispatcher.utter_message(text="Die code klopt niet. Probeer nog eens.")
        return {"staff_code": None, "staff_attempts": attempts}


class ActionStaffReady(Action):
    def name(self) -> Text:
        return "action_staff_ready"

    async def run(self, dispatcher, tracker, domain):
        staff_id = tracker.get_slot("staff_id")
        if tracker.get_slot("staff_code") != "ok" or not staff_id:
            dispatcher.utter_message(text="De code klopt niet. De medewerkersmodus is niet gestart.")
            return [SlotSet("staff_code", None), SlotSet("staff_id", None), SlotSet("staff_attempts", 0)]
        send(dispatcher, dialogue.staff_intro(staff_id))
        return [SlotSet("mode", STAFF), SlotSet("chat_consent", True), SlotSet("staff_code", None),
                FollowupAction("criteria_form")]
