"""Is a message Dutch? If not, which language is it, and in which language do we answer?

Stapsteen speaks Dutch only. Someone who writes in another language gets a
short message in that language (bot/data/messages/other_languages.yml): how to
reach a person and an interpreter, and the offer to go on in simple Dutch.

The one rule above everything: **Dutch is never taken for another language.**
Flemish spreektaal, non-native Dutch, loanwords ("ça va", "merci", "sorry"),
short answers, amounts, postcodes, names and button payloads all stay Dutch.
So a message is only called foreign when every guard below lets it through and
the detector is sure:

1. button payloads ("/affirm"), e-mail addresses, web addresses and anything
   with digits are never looked at;
2. a message written mostly in a script Dutch never uses (Arabic, Cyrillic,
   Ethiopic, ...) is foreign by its script: Arabic script is Arabic (Persian or
   Urdu when it uses their own letters), Cyrillic goes to the detector;
3. one distinctively Dutch or Flemish word (`DUTCH_WORDS`: "ik", "niet",
   "geen", "mijne", "kweetni", "leefloon", ...) makes the message Dutch;
4. Arabic written in Latin letters (Arabizi: "ma kanfhamch", "ana ma3andich")
   is recognised by a few of its typical words and digit-letters;
5. a short message that only names a language ("English please") asks for it;
6. words that are mostly capitalised are a name or an address: Dutch;
7. a message made only of loanwords and courtesy words (`LOANWORDS`) is Dutch, and so is
   a short one that names a school or diploma from abroad (`DIPLOMA_WORDS`);
8. fewer than `MIN_WORDS` words or `MIN_LETTERS` letters: too short to tell;
9. then the detector, lingua (lingua-language-detector, offline, restricted to
   `LATIN_CANDIDATES`), must give the other language at least
   `MIN_CONFIDENCE` (`MIN_CONFIDENCE_SHORT` under `LONG_WORDS` words) and Dutch
   at most `MAX_DUTCH`; or at least `SUPPORTED_CONFIDENCE`, twice Dutch's, with
   `MIN_FUNCTION_WORDS` common words of that language (`FUNCTION_WORDS`).

Candidates: the languages of the largest groups of newcomers in Flanders that
are written in Latin script (French, English, Turkish, Spanish, Polish,
Romanian) besides Dutch. German and Afrikaans are left out on purpose: they are
the closest to Dutch (Flemish spreektaal such as "da's e klein kot" scores as
German, "ik nie werk" as Afrikaans), and a German reader follows simple Dutch
better than most. Every Latin candidate costs about 32 MB of memory.

The detector is made on first use and loads a language's model only when
needed; messages the guards settle never reach it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.messages import catalogue
from bot.normalise import clean, fold
from bot.storage.references import normalise_reference

if TYPE_CHECKING:  # lingua is imported on first use: it loads a native library
    from lingua import LanguageDetector

DUTCH = "nl"
FALLBACK = "en"  # the answer for a language we have no text for (README: "Other languages")
UNDETERMINED = "und"  # a script we know is not Dutch, but not which language (BCP 47 'und')
SECTION = "other_language"  # the catalogue section: other_language.<code>.<key>
INTENT = "other_language"  # the intent components/language_check.py sets

LATIN_CANDIDATES = ("nl", "fr", "en", "tr", "es", "pl", "ro")
CYRILLIC_CANDIDATES = ("ru", "uk", "bg")

MIN_WORDS = 2
MIN_LETTERS = 12
LONG_WORDS = 4
MIN_CONFIDENCE = 0.6
MIN_CONFIDENCE_SHORT = 0.8
MAX_DUTCH = 0.15
NAME_MAX_WORDS = 6

# Distinctively Dutch or Flemish words: one of them makes a message Dutch.
# None of them is a common word of a candidate language (tests/test_language.py
# checks them against spaCy's stop words of French, English, Turkish, Spanish,
# Polish and Romanian; the words left out are listed below the set).
DUTCH_WORDS = frozenset(
    """
    ik kik mij mijn mijne jij jou jouw gij ge uw hij zij wij ons jullie hun
    het een nen dees
    niet niks niets nooit geen geeneen
    heb hebt heeft hebben hebbe hadden kheb
    zijn zijt zit zitten kzit kben
    wordt worden werd kunnen kunt kun konden wil wilt willen moet moeten mag
    mogen zullen zou zouden gaat gaan ga gegaan komt komen kwam doet doen gedaan
    weet weten kweet kweetni kweetnie weetni versta verstaan begrijp begrijpen graag
    spreek spreken praten zeggen zeg
    maar omdat toch ook nog wel veel weinig beetje altijd soms misschien alleen enkel
    echt eigenlijk allemaal iets niemand iemand waar waarom daar daarom
    naar bij uit aan voor zonder tegen tussen tijdens sinds
    goed goe slecht slechte genoeg moeilijk makkelijk gemakkelijk duur
    geld uitkering leefloon dop stempelgeld groeipakket kinderbijslag schulden schuld
    deurwaarder afbetaling afbetalen lening budgetmeter rondkomen
    werk werken werkt gewerkt werkloos werkloosheid jobke dagcontract interimkantoor
    dienstencheques deeltijds voltijds tijdelijk tijdelijke zelfstandige poetsen
    lagere middelbaar humaniora onderwijs buitengewoon opleiding lessen
    huis thuis woning woon wonen huur huren huurder eigenaar appartementje
    vochtig schimmel verwarming kapot klein kleine groot grote
    ziek ziekte zieke dokter huisarts ziekenhuis ziekenfonds mutualiteit gezond gezondheid
    pijn rugpijn suikerziekte kinesist
    kinderen kinders kindjes kleuter kleuters zoon zonen dochter dochters
    vrouw lief ouders moeder vader broer zus
    scholen kinderopvang opvang onthaalmoeder peuterklas speelgoed spelen speelt
    buiten voorlezen boekjes chiro
    twee drie vier vijf zes zeven acht negen allebei alletwee beiden
    dagen maand maanden jaar jaren weken elke iedere
    nederlands vlaams goeiedag goeiemiddag goeienavond dank bedankt alsjeblieft alstublieft
    awel amai allee goesting efkes seffens
    """.split()
)
# Left out on purpose, because a candidate language uses them as well: de, en,
# ja, nie (Polish), ni (French), da (Romanian), ne (French), ze, je, we, is, in,
# van, was, met, want, man, kind, week, heel, hem, gene, bent, snap, scouts,
# school, job, sorry, hallo (English), ben, kan (Turkish), dit, les, vent,
# sociale, tien (French), kot (Polish), hier, onze, nu, om, te.

# Names of Flemish services and places that a parent writing in another language keeps in
# Dutch ("the baby goes to an onthaalmoeder", blind round 149): alone they do not make a
# message Dutch when it has FOREIGN_SENTENCE_WORDS function words of one other language.
KEPT_IN_DUTCH = frozenset(
    """
    onthaalmoeder kinderopvang opvang peuterklas kleuter kleuters chiro leefloon dop
    stempelgeld groeipakket kinderbijslag budgetmeter deurwaarder interimkantoor
    dienstencheques mutualiteit ziekenfonds huisarts kinesist humaniora ocmw
    """.split()
)
FOREIGN_SENTENCE_WORDS = 4

# Loanwords and courtesy words Flemish people use every day: a message made only
# of these is Dutch ("merci beaucoup", "ok merci", "allez, ça va", "sorry").
LOANWORDS = frozenset(
    """
    merci beaucoup ca va allez bon bonjour bonsoir salut voila pardon enfin bah bof bwa
    bien pas mal comme ci c est la vie tout tres probleme souci de rien
    sorry ok oke okay okee cool super top nice hello hi hey thanks thank thx you please yes no
    bye ciao alright perfect parfait excellent madame monsieur chef oh ah euh uh hm hmm pff pfff
    problem problemo fine sure great lol omg god whatever anyway welcome excuse me my bad one
    good job very much a lot happy new year merry christmas
    """.split()
)

# Schools and diplomas from abroad, named by their own name: a short message with one of them is an
# answer to the education question ("bac pro en France, lycée professionnel, commerce", "liceu in
# Romania, 12 clase, bacalaureat": blind rounds 102-105), not a wish to go on in that language.
DIPLOMA_WORDS = frozenset(
    """
    bac baccalaureat bacalaureat bachillerato bachelier bachelor master licence licenta lisans
    lycee liceu liceo lise liceum lyceum diplome diploma universite universidad universitate
    ensino escuela ecole szkola matura technikum brevet
    """.split()
)
DIPLOMA_MAX_WORDS = 8

# Common words of the answered Latin-script languages that Dutch does not use
# (folded: lower case, no accents). Two of them back up a detector that is only
# fairly sure ("I don't speak Dutch" gets English 0.49, Dutch 0.19).
FUNCTION_WORDS = {
    "en": frozenset(
        """
        i im you your the and my have has do does don dont can cant not only just speak
        understand need are am what how this with someone anyone english dutch language our
        they very would could
        it a an he she his her no husband wife
        now before from
        """.split()
    ),
    "fr": frozenset(
        """
        j jai ne parle parlez parles comprends comprend le la un une du est c suis vous nous
        mon mes pour avec pouvez peux besoin aide francais neerlandais flamand quelqu qui que et
        on il elle ai aux sil plait
        tout va bien merci mais mari femme travaille les
        """.split()
    ),
    "tr": frozenset(
        """
        sen biz bir ve bu cok yok var degil mı mi mu musunuz misiniz icin ama turkce
        hollandaca felemenkce flamanca bilmiyorum anlamıyorum konusuyorum yardım lutfen benim
        beni bana evet hayır
        """.split()
    ),
    "es": frozenset(
        """
        hablo habla hablas entiendo necesito ayuda yo mi mis el los las que por para con una
        es estoy tengo espanol neerlandes holandes favor puede puedes alguien muy pero
        """.split()
    ),
    "pl": frozenset(
        """
        nie mowie rozumiem jestem mam potrzebuje pomocy pomoc po polsku niderlandzku czy sie
        mi mnie jak to w z i dla prosze ktos moj moje dzieci pracy
        """.split()
    ),
    "ro": frozenset(
        """
        vorbesc inteleg am sunt eu si nevoie ajutor rog olandeza romana romaneste cu pentru
        mea meu copii care este
        """.split()
    ),
}
MIN_FUNCTION_WORDS = 2
SUPPORTED_CONFIDENCE = 0.4

# Arabic in Latin letters (Arabizi / Darija / Levantine / Egyptian): typical words.
ARABIZI_WORDS = frozenset(
    """
    ana nta nti howa hiya ma mafhamtch mafhemtch mafhemch kanfhamch kanhderch kanhdarch
    kanhdar kanfham nefhem nefhemch bghit bghina wach wesh chno chnou kifach kifash
    3arbiya l3arbiya 3arabiya 3arabi arabiya lhollandia hollandi holandi hulandiya
    afham atakallam natkallam tatakallam mesh mish msh ma3lich ma3lish bzaf chwiya shwaya
    mezyan zwin lugha tarjama mutarjim terjman khoya khti yallah inchallah wallah
    """.split()
)
# a digit for a sound between letters ('ma3andich', 'l3arbiya'); not '3de', '5km'
_ARABIZI_DIGIT_WORD = re.compile(r"^[a-z]+[235679][a-z]+$")
_ARABIZI_NEGATION = re.compile(r"\bma ?[a-z0-9]{2,}(?:ch|sh)\b")  # ma ... ch: 'ma kanfhamch'
MIN_ARABIZI = 2
# A reference code inside a longer message (bot/storage/references.py: STP and 8 symbols).
_REFERENCE_IN_TEXT = re.compile(r"\bstp[\s\-_.]*[a-z0-9]{4}[\s\-_.]*[a-z0-9]{4}\b", re.IGNORECASE)

# A short message that only names a language, in that language, asks for it.
LANGUAGE_NAMES = {
    "english": "en",
    "francais": "fr",
    "turkce": "tr",
    "espanol": "es",
    "polski": "pl",
    "romaneste": "ro",
    "arabic": "ar",
    "arabe": "ar",
}

# Letters only Persian and Urdu use (keheh, farsi yeh); Arabic keyboards type ك and ي.
_PERSIAN_LETTERS = frozenset("\u06a9\u06cc")
_ARABIC_LETTERS = frozenset("\u0643\u064a")
_SKIP = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\S*\d\S*")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class Detection:
    """What bot/ concluded about one message."""

    language: str  # ISO 639-1 code; "nl" also when the message is too short to tell
    reason: str  # which rule decided: payload, empty, script, dutch word, arabizi, ...
    confidence: float = 1.0

    @property
    def foreign(self) -> bool:
        return self.language != DUTCH


def _script(char: str) -> str:
    """'LATIN', 'ARABIC', 'CYRILLIC', ... (the first word of the Unicode name)."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = LATIN_CANDIDATES + CYRILLIC_CANDIDATES
    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def warm_up() -> threading.Thread:
    """Load the detector in the background (about 3.5 s), so that the first
    family whose message needs it does not wait. Called when Rasa loads the model."""
    thread = threading.Thread(target=_detector, name="language-detector-warm-up", daemon=True)
    thread.start()
    return thread


def _confidences(text: str) -> dict[str, float]:
    """Confidence per candidate language (they add up to 1)."""
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): v.value for v in values}


def _by_script(letters: list[str], text: str) -> Detection | None:
    """Foreign by its script, when most letters are not Latin."""
    scripts = Counter(_script(c) for c in letters)
    script, count = scripts.most_common(1)[0]
    if script == "LATIN" or count < 2 or count * 2 <= len(letters):
        return None
    if script == "ARABIC":
        persian = sum(c in _PERSIAN_LETTERS for c in letters)
        arabic = sum(c in _ARABIC_LETTERS for c in letters)
        return Detection("fa" if persian > arabic else "ar", "script")
    if script == "CYRILLIC":
        ranked = sorted(_confidences(text).items(), key=lambda kv: -kv[1])
        language, value = next((kv for kv in ranked if kv[0] in CYRILLIC_CANDIDATES), ("ru", 0.0))
        return Detection(language, "script", value)
    return Detection(UNDETERMINED, "script")


def _foreign_sentence(folded_words: list[str]) -> str | None:
    """The other language whose function words carry the sentence, if one does."""
    counts = {code: sum(w in words for w in folded_words) for code, words in FUNCTION_WORDS.items()}
    code = max(counts, key=lambda c: counts[c])
    return code if counts[code] >= FOREIGN_SENTENCE_WORDS else None


def _arabizi(folded: str, words: list[str]) -> bool:
    score = sum(w in ARABIZI_WORDS or bool(_ARABIZI_DIGIT_WORD.match(w)) for w in words)
    score += len(_ARABIZI_NEGATION.findall(folded))
    return score >= MIN_ARABIZI


def detect(message: object) -> Detection:
    """The language of one message; Dutch unless the message is clearly not Dutch."""
    text = clean(message)
    if not text:
        return Detection(DUTCH, "empty")
    if text.startswith("/"):
        return Detection(DUTCH, "payload")
    # A reference code is no language ("stp bn7s e3wh" once read as Arabizi, "code
    # stp-mwyj-fwzy" as Polish): judge the rest of the message only.
    if normalise_reference(text) is not None:
        return Detection(DUTCH, "reference code")
    text = _REFERENCE_IN_TEXT.sub(" ", text).strip()
    if not text:
        return Detection(DUTCH, "reference code")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return Detection(DUTCH, "no words")
    by_script = _by_script(letters, text)
    if by_script:
        return by_script

    folded = fold(text).replace("’", "'")
    # Arabizi writes sounds with digits (3 = ع, 7 = ح): look before digits go.
    raw_words = re.findall(r"[a-z0-9']+", folded)
    if not DUTCH_WORDS.intersection(raw_words) and _arabizi(folded, raw_words):
        return Detection("ar", "arabizi")

    plain = _SKIP.sub(" ", text)
    words = _WORD.findall(plain)
    folded_words = re.findall(r"[^\W\d_]+", fold(plain))
    dutch_words = DUTCH_WORDS.intersection(folded_words)
    sentence = _foreign_sentence(folded_words) if dutch_words <= KEPT_IN_DUTCH else None
    if dutch_words and not sentence:
        return Detection(DUTCH, "dutch word")
    named = [LANGUAGE_NAMES[w] for w in folded_words if w in LANGUAGE_NAMES]
    if named and len(words) <= LONG_WORDS:
        return Detection(named[0], "language name")
    long_words = [w for w in words if len(w) > 1]
    capitalised = sum(w[0].isupper() for w in long_words)
    if long_words and len(long_words) <= NAME_MAX_WORDS and capitalised * 2 > len(long_words):
        return Detection(DUTCH, "name or place")

    if set(folded_words) <= LOANWORDS:
        return Detection(DUTCH, "loanwords")
    if DIPLOMA_WORDS.intersection(folded_words) and len(words) <= DIPLOMA_MAX_WORDS:
        return Detection(DUTCH, "diploma")
    if len(words) < MIN_WORDS or sum(len(w) for w in words) < MIN_LETTERS:
        return Detection(DUTCH, "too short")

    if sentence and dutch_words:
        # The detector reads the sentence, not the Dutch names of services kept in it.
        words = [w for w in words if fold(w) not in dutch_words] or words
    confidence = _confidences(" ".join(words))
    language = max(confidence, key=lambda code: confidence[code])
    top, dutch = confidence[language], confidence.get(DUTCH, 0.0)
    if language == DUTCH:
        return Detection(DUTCH, "detector", dutch)
    needed = MIN_CONFIDENCE if len(words) >= LONG_WORDS else MIN_CONFIDENCE_SHORT
    if top >= needed and dutch <= MAX_DUTCH:
        return Detection(language, "detector", top)
    backing = sum(w in FUNCTION_WORDS.get(language, ()) for w in folded_words)
    if top >= SUPPORTED_CONFIDENCE and dutch * 2 < top and backing >= MIN_FUNCTION_WORDS:
        return Detection(language, "detector and common words", top)
    return Detection(DUTCH, "not sure", dutch)


def has_dutch_word(message: object) -> bool:
    """One distinctively Dutch or Flemish word (`DUTCH_WORDS`) in the message, read as `detect`
    reads it (no detector: the crisis reply uses it to keep a mixed message in Dutch)."""
    plain = _SKIP.sub(" ", clean(message))
    return bool(DUTCH_WORDS.intersection(re.findall(r"[^\W\d_]+", fold(plain))))


def foreign_language(message: object) -> str | None:
    """The code of the language a message is written in, or None when it is Dutch
    (or too short to tell)."""
    found = detect(message)
    return found.language if found.foreign else None


def answered_languages() -> list[str]:
    """The languages with their own texts in the catalogue (other_language.<code>.text)."""
    start, end = SECTION + ".", ".text"
    return sorted(key[len(start) : -len(end)] for key in catalogue() if key.startswith(start) and key.endswith(end))


def answer_language(language: str | None) -> str:
    """The language we answer in: the person's own when we have texts for it,
    otherwise English (FALLBACK)."""
    return language if language in answered_languages() else FALLBACK
