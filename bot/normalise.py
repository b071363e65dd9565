"""Text normalisation shared by interpretation, validation and lookups.

The one place where accents are folded (`strip_accents`); everything that
compares what people type with a phrase, a place name or a number word uses it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_INPUT = 1000  # characters we look at; longer input is cut, never an error
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_accents(text: str) -> str:
    """'één café' -> 'een cafe' (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean(text: object) -> str:
    """Text as typed, made safe: str, no control characters, trimmed, capped."""
    if not isinstance(text, str):
        return ""
    return _CONTROL.sub(" ", text).strip()[:MAX_INPUT]


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: for matching phrases."""
    t = strip_accents(clean(text).lower())
    t = re.sub(r"[^\w@.+€,/-]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def said(text: object) -> str:
    """Typed text for comparing with a short phrase: folded, without commas and
    dots ('Ja, ik geef toestemming.' -> 'ja ik geef toestemming')."""
    return " ".join(re.sub(r"[,.]", " ", fold(text)).split())


def contains_phrase(folded: str, phrase: str) -> int:
    """Index of `phrase` as whole words in folded text, or -1."""
    m = re.search(r"(?<!\w)" + re.escape(fold(phrase)) + r"(?!\w)", folded)
    return m.start() if m else -1


# --------------------------------------------------------------------------
# Spoken Flemish -> plain Dutch words, for understanding free-text answers
# --------------------------------------------------------------------------
# What parents type is 'tussentaal' and learner Dutch, not the standard
# language: "'t gaat ni goe", "kheb gene werk", "zijde gij da", "ik niet werken",
# "mijn kinder", "ça va". `spoken()` rewrites such text into plain Dutch words so
# that one phrase list ("niet goed", "geen werk") understands all of them. It
# only rewrites words; it never decides what an answer means (bot/interpret.py).
# Sources for the forms: Dialectloket 'Kenmerken van tussentaal', Dutch++
# 'Kenmerken van de Vlaamse Tussentaal' (dropped final -t: "da ga nie goe";
# ne/nen, mijne, genen, den; ge/gij/u; clitics zijde/hebde/moette/moogde;
# -ke diminutives; dropped h-: "ebbe").

CLAUSE = ","  # the one token `spoken()` leaves for . , ; : ! ? and brackets

# One word -> its plain Dutch form (one or more words; "" drops the word).
# fmt: off
SPOKEN_WORDS: dict[str, str] = {
    # negation (Flemish drops the final -t; 'nimmer' / 'nie meer' = no longer)
    "tss": "tussen", "tsn": "tussen",  # chat shorthand ("tss de 1750 en 1850")
    "gn": "geen", "gien": "geen", "gp": "groeipakket", "nt": "niet",
    "nx": "niks", "mn": "mijn", "zn": "zijn", "vd": "van de", "vh": "van het",
    "wss": "waarschijnlijk", "mss": "misschien", "idk": "ik weet niet", "gwn": "gewoon", "ff": "even",
    "bv": "bijvoorbeeld", "ipv": "in plaats van",  # phone shorthand ("gn warm water", "mn vriend")
    # (blind rounds 146-149) West-Flemish "olle" (alle), "ollemolle" (allemaal)
    "olle": "alle", "ollemolle": "allemaal", "ollemaal": "allemaal",
    # (blind rounds 150-153) West-Flemish oa for a: "doagen", "slaapkoamer", "koamers"; "rugge" (rug)
    "doagen": "dagen", "doag": "dag", "koamer": "kamer", "koamers": "kamers", "slaapkoamer": "slaapkamer",
    # (blind rounds 154-157) French rent in Brussels Dutch ("de loyer is 850"), learner "kinder"
    "loyer": "huur",
    # (blind rounds 158-161) typed fast: "interrim", "weekcontractjes"
    "interrim": "interim", "intrim": "interim", "interiem": "interim",
    "weekcontractjes": "weekcontracten", "weekcontractje": "weekcontract",
    "dagcontractjes": "dagcontracten", "dagcontractje": "dagcontract",
    "slaapkoamers": "slaapkamers", "rugge": "rug", "kroep": "ik roep", "kroepe": "ik roep", "kschreeuw": "ik schreeuw",
    "ni": "niet", "nie": "niet", "nit": "niet", "nie't": "niet", "niej": "niet",
    "nimeer": "niet meer", "niemeer": "niet meer", "nimmer": "niet meer", "nimmeer": "niet meer",
    "gene": "geen", "genen": "geen", "gen": "geen", "gin": "geen", "ginne": "geen", "geene": "geen",
    "nix": "niks", "nikske": "niks", "nikse": "niks", "niemendalle": "niks", "noois": "nooit",
    # spelling of spoken forms
    "goe": "goed", "goed": "goed", "goei": "goede", "goeie": "goede", "goeien": "goede", "goeie's": "goede",
    "omda": "omdat", "omdak": "omdat ik", "omdawe": "omdat we",  # (blind round 64) "omda we geen vervoer hen"
    "da": "dat", "das": "dat is", "wa": "wat", "wadde": "wat", "wat": "wat", "ist": "is het",
    "t": "het", "k": "ik", "es": "is", "zen": "zijn", "zijt": "bent",
    "mijne": "mijn", "mijnen": "mijn", "men": "mijn", "menne": "mijn",
    "onzen": "onze", "zijnen": "zijn", "heuren": "haar",
    "ne": "een", "nen": "een", "n": "een", "den": "de", "diene": "die", "dees": "deze", "iet": "iets",
    "efkes": "even", "effekes": "even", "eefkes": "even", "efjes": "even", "effe": "even", "ekes": "even",
    "seffens": "straks", "ambetant": "vervelend", "ambetante": "vervelend", "plezant": "leuk",
    "content": "tevreden", "goesting": "zin", "zot": "gek", "poen": "geld", "centen": "geld",
    "ge": "je", "gij": "je", "gie": "je", "u": "je", "uw": "je", "uwe": "je", "jij": "je", "jou": "je",
    "gulder": "jullie", "gunder": "jullie", "gunter": "jullie",
    "gullie": "jullie", "julder": "jullie", "ulder": "jullie", "julle": "jullie",
    "zijde": "ben je", "zedde": "ben je", "zyde": "ben je", "hebde": "heb je", "hedde": "heb je",
    "ebde": "heb je", "edde": "heb je", "kunde": "kun je", "moette": "moet je", "moogde": "mag je",
    "gade": "ga je", "weette": "weet je", "wette": "weet je", "zoude": "zou je", "doede": "doe je",
    "hadde": "had je", "wilt": "wil",
    # dropped h- and -n
    "ebbe": "hebben", "ebben": "hebben", "eb": "heb", "ebt": "hebt", "eeft": "heeft", "elemaal": "helemaal",
    "hebbe": "hebben", "hebbn": "hebben", "kunne": "kunnen", "moete": "moeten", "wille": "willen",
    "werke": "werken", "wone": "wonen", "leve": "leven", "betale": "betalen", "krijge": "krijgen",
    "spele": "spelen", "zoeke": "zoeken", "kome": "komen", "komme": "komen", "gaon": "gaan",
    # family words, learner plurals, diminutives
    "kinders": "kinderen", "kinder": "kinderen", "kindere": "kinderen", "kindjes": "kinderen",
    "kinderkes": "kinderen", "kindekes": "kinderen", "kindeke": "kind", "kindje": "kind", "ketje": "kind",
    "bebe": "baby", "bebeke": "baby", "beebee": "baby", "babyke": "baby", "vent": "man", "madam": "vrouw",
    "bitje": "beetje", "bikske": "beetje", "speciaals": "speciaal", "bijzonders": "bijzonder",
    "stempel": "stempelen", "lager": "lagere",
    "jobke": "job", "werkske": "werk", "huizeke": "huis", "huisje": "huis", "uusje": "huis", "uus": "huis",
    "tuintje": "tuin", "derbij": "erbij", "appartementje": "appartement", "studio'tje": "studio",
    "dokteur": "dokter", "doktor": "dokter", "gezont": "gezond",
    # loanwords and interjections
    "oke": "ok", "okee": "ok", "okay": "ok", "okido": "ok", "oki": "ok", "okidoki": "ok", "okey": "ok",
    "merci": "bedankt", "mercikes": "bedankt", "merciekes": "bedankt", "thanks": "bedankt", "sorry": "",
    "allez": "", "wollah": "", "wallah": "", "frr": "",
    "alle": "", "allee": "", "ale": "", "awel": "", "ewa": "", "ewel": "", "bon": "",
    "enfin": "", "basta": "", "genre": "", "tja": "", "tsja": "", "pff": "", "pfff": "", "amai": "",
    "ammaai": "", "amaai": "", "oei": "", "euh": "", "eh": "", "ehm": "", "uhm": "", "hm": "", "hmm": "",
    "he": "", "hein": "", "zenne": "", "nickel": "prima", "super": "prima", "top": "prima",
    "oui": "ja", "yes": "ja", "jep": "ja", "jup": "ja", "jaa": "ja", "jaja": "ja", "ja'": "ja",
    "jaat": "ja", "jat": "ja", "joa": "ja", "jowa": "ja", "jah": "ja", "jawel": "ja", "jazeker": "ja",
    "non": "nee", "neen": "nee", "neeje": "nee", "nope": "nee", "nein": "nee", "nah": "nee", "no": "nee",
    "neet": "niet", "bie": "bij", "werkn": "werken", "mt": "met", "bizondere": "bijzondere", "ikke": "ik", "hep": "heb",
    "skool": "school", "schol": "school",
    "neent": "nee", "neenee": "nee", "neeneen": "nee", "nint": "nee",
    # 'but' and 'both' ("mor", "alletwee"); "alle twee" is in SPOKEN_PHRASES
    "mor": "maar", "moar": "maar", "mar": "maar", "mo": "maar",
    "tzomers": "s zomers", "szomers": "s zomers", "swinters": "s winters", "twinters": "s winters",
    "alletwee": "allebei", "allebeide": "allebei", "allebeiden": "allebei", "allebeie": "allebei",
    "wij": "we", "mij": "mij", "e": "een",
    # Limburgs, West-Vlaams: "gein probleme", "allemaol gezóndj", "ich höb", "mi" (meer), "peize" (denken)
    "tusse": "tussen",  # (blind rounds 130-133) "tusse de 1700 en 1900"
    "tbuitengewoon": "het buitengewoon", "tgoa": "het gaat", "tgoat": "het gaat",  # West-Flemish, glued
    "gein": "geen", "geine": "geen", "gienen": "geen",  # Hagelands "gienen euro"
    "probleme": "problemen", "allemaol": "allemaal", "allemoal": "allemaal",
    "gezondj": "gezond", "ich": "ik", "ech": "ik", "hob": "heb", "heb'k": "heb ik", "neee": "nee", "nae": "nee",
    "os": "ons",  # Limburgish
    "get": "wat", "sjoon": "mooi",  # (blind rounds 134-137) Limburgish "gèt klein" (a bit small), "sjoon huis"
    "ol": "al",  # West-Flemish "t lukt nie ol"
    "ols": "alles", "derby": "erbij",  # West-Flemish "me ol's derby" (with everything in it)
    "betoalen": "betalen", "betoal": "betaal", "koart": "kaart", "kredietkoart": "kredietkaart",  # (rounds 142-145)
    "kin": "kan", "good": "goed", "leze": "lezen", "schrieve": "schrijven", "zegge": "zeggen", "waat": "wat",
    "geit": "gaat", "hoes": "huis", "eige": "eigen", "mit": "met", "mer": "maar", "kalt": "koud", "raame": "ramen",
    "trekke": "trekken", "keuke": "keuken", "stoke": "stoken", "veur": "voor", "jaor": "jaar", "ein": "een",
    "weit": "weet", "waor": "waar", "nerges": "nergens", "pitte": "slapen", "pitten": "slapen", "ozze": "onze",
    "nor": "naar", "ton": "toen", "gegoan": "gegaan", "kwiet": "kwijt", "nao": "naar", "bin": "ben", "bekans": "bijna",
    "goat": "gaat", "moen": "moeten", "zyn": "zijn", "mien": "mijn", "thoes": "thuis", "kinjer": "kinderen",
    "et": "het", "mier": "meer", "mich": "mij", "hae": "hij", "haet": "heeft", "ganse": "hele", "gansen": "hele",
    # West-Flemish: "moa" (maar), "vo" (voor), "tyd", "goa", "tuus", "joar", "kleen", "lenienge" (lening)
    "moa": "maar", "vo": "voor", "tyd": "tijd", "goa": "gaat", "tuus": "thuis", "joar": "jaar", "kleen": "klein",
    "myn": "mijn", "vyf": "vijf", "lenienge": "lening", "leniengen": "leningen", "bevallienge": "bevalling",
    "by": "bij", "hy": "hij", "zy": "zij", "wy": "wij", "blyft": "blijft", "blyven": "blijven", "kryg": "krijg",
    "krygen": "krijgen", "kzyn": "ik ben", "kweten": "ik weet", "zeggek": "zeg ik", "wuk": "wat", "cyfers": "cijfers",
    "kslape": "ik slaap", "slape": "slapen", "goan": "gaan", "mie": "mij",
    "buutn": "buiten", "buten": "buiten", "emme": "hebben we", "hemme": "hebben we", "propre": "proper",
    "wassn": "wassen", "an": "aan", "goatsteen": "gootsteen",
    "vele": "veel", "der": "er",
    "drei": "drie", "as": "als", "belle": "bellen", "papiere": "papieren", "eigelijk": "eigenlijk",
    "kout": "koud", "vur": "voor", "blijve": "blijven", "terugbetale": "terugbetalen",
    "terugbetaale": "terugbetalen", "afbetale": "afbetalen", "afbetaale": "afbetalen",
    "kontrakt": "contract", "kontrakten": "contracten", "kontract": "contract", "dagkontrakt": "dagcontract",
    # "dag kontrakt op veiling", "bompa heeft 't aan zijn hert", "bluuft bi men moeder", "noar 't kleuter"
    "dagkontrakten": "dagcontracten", "hert": "hart", "bluuft": "blijft", "bi": "bij", "noar": "naar",
    "make": "maken", "moand": "maand", "moanden": "maanden", "moaned": "maand", "schole": "school",
}
# fmt: on

# Several words -> plain Dutch (matched on whole words, after SPOKEN_WORDS).
SPOKEN_PHRASES: tuple[tuple[str, str], ...] = (
    # compounds typed apart (voice typing, autocorrect): "leef loon", "o c m w"
    ("ik hen", "ik heb"),
    # (blind rounds 146-149) West-Flemish h for g: "en hen heen werk" (en heb geen werk), "'t is hoed" (goed)
    ("hen heen", "heb geen"),
    ("is hoed", "is goed"),
    # (blind rounds 118-121) West-Flemish "wuk moe da weten" (what must you know that for), "gestopt me 15 jaar",
    # "achter es mee praten" (behind with talking)
    ("moe dat weten", "moet je dat weten"),
    ("gestopt me", "gestopt met"),
    ("achter is mee", "achter is met"),
    ("achter mee", "achter met"),
    ("moe je dat weten", "moet je dat weten"),  # (blind rounds 126-129) "wuk moe ge da weten"
    ("nog gie", "nog geen"),
    ("gie werk", "geen werk"),  # Hagelands "nog gie werk" (elsewhere "gie" is "gij")
    ("niet vul", "niet veel"),  # Limburgish "nie vul" (read after the words); "vul" alone is a verb ("ik vul in")
    ("ik wit", "ik weet"),  # Limburgish "ich wit da nie" ("ich" -> "ik" comes later: both spellings)
    ("ich wit", "ik weet"),
    ("wit ik", "weet ik"),
    ("wat hee", "wat heeft"),  # "wa hee da er mee te make"
    ("er mee", "ermee"),  # West-Flemish "'k hen last van mijn rug"
    ("ik em", "ik heb"),  # Brabant "ik em ne frituur"
    ("waarom wilde", "waarom wil je"),  # "waarom wilde da weten" (not "ik wilde": I wanted)
    ("geit oe neet aan", "gaat je niet aan"),  # Limburgish "da geit oe neet aan"
    ("goa ik", "ga ik"),  # West-Flemish "da goa ik nie zeggen" (before the words: "goa" alone is "gaat")
    ("goat ik", "ga ik"),
    # "mee" for "met" before what it goes with: "mee mijn diploma's", "mee drie kleine"
    ("mee mijn", "met mijn"),
    ("mee pensioen", "met pensioen"),  # "we zyn alle twee mee pensioen"
    ("pas tous les jours", "niet elke dag"),  # "hij gaat naar de school mais pas tous les jours"
    ("mee de", "met de"),
    ("mee het", "met het"),
    ("mee zijn", "met zijn"),
    ("mee haar", "met haar"),
    ("mee ons", "met ons"),
    ("mee onze", "met onze"),
    ("mee hun", "met hun"),
    ("mee hem", "met hem"),
    ("mee hen", "met hen"),
    ("mee een", "met een"),
    ("mee twee", "met twee"),
    ("mee drie", "met drie"),
    ("mee mijne", "met mijn"),
    ("mee men", "met mijn"),
    ("mee ne", "met een"),
    ("mee nen", "met een"),
    ("mee den", "met de"),
    ("mee zijne", "met zijn"),
    # "ma" for "maar" before a pronoun or an adverb ("ni groot ma we", "ma ik"); "ons ma" (mother) stays
    ("ma we", "maar we"),
    ("ma ik", "maar ik"),
    ("ma ze", "maar ze"),
    ("ma hij", "maar hij"),
    ("ma zij", "maar zij"),
    ("ma dat", "maar dat"),
    ("ma het", "maar het"),
    ("ma nu", "maar nu"),
    ("ma wel", "maar wel"),
    ("ma niet", "maar niet"),
    ("ma toch", "maar toch"),
    ("ma verder", "maar verder"),
    ("ma geen", "maar geen"),
    ("ma alles", "maar alles"),
    ("ma je", "maar je"),
    ("groei pakket", "groeipakket"),
    ("leef loon", "leefloon"),
    ("o c m w", "ocmw"),
    ("vlucht huis", "vluchthuis"),
    ("ca va pas", "gaat niet goed"),
    ("ca va pas du tout", "gaat helemaal niet goed"),
    ("ca va bien", "gaat goed"),
    ("ca va", "gaat wel"),
    ("cava", "gaat wel"),
    ("c est pas bon", "is niet goed"),
    ("c est bon", "is goed"),
    ("cest bon", "is goed"),
    ("pas mal", "niet slecht"),
    ("pas de probleme", "geen probleem"),
    ("pas de problemes", "geen problemen"),
    ("pas de souci", "geen probleem"),
    ("no problem", "geen probleem"),
    ("no problemo", "geen probleem"),
    ("bof", "zo zo"),
    ("comme ci comme ca", "zo zo"),
    ("so so", "zo zo"),
    ("zozo", "zo zo"),
    ("soso", "zo zo"),
    # 'both' / 'neither' ("alle" alone is an interjection and dropped)
    # "te veel": "veel" is a filler when matching, so "te veel" would be "te" alone
    ("te veel", "teveel"),
    ("veel te veel", "teveel"),
    ("alle twee", "allebei"),
    ("alle 2", "allebei"),
    ("alle beide", "allebei"),
    ("alle beiden", "allebei"),
    ("alle dagen", "elke dag"),
    ("alle dage", "elke dag"),
    ("niet simpel", "niet makkelijk"),  # (blind rounds 150-153) "alleen met drie is da ni simpel"
    ("alle doagen", "elke dag"),  # West-Flemish (blind rounds 150-153): "alle" alone is dropped as "allez"
    ("alle doage", "elke dag"),
    ("geen van beide", "geen van beiden"),
    ("geen van de twee", "geen van beiden"),
    ("geen van allebei", "geen van beiden"),
    ("gene van de twee", "geen van beiden"),
    ("gene van beide", "geen van beiden"),
)

# "kheb", "kzit", "tis", "tgaat": a clitic 'k / 't glued to a verb.
_K_VERBS = (
    "heb|hebbe|eb|em|ben|be|zijn|zen|zit|weet|ga|gaan|kan|kon|wil|moet|doe|werk|zou|denk|vind|leef|krijg|kreeg|"
    "woon|huur|had|was|zeg|sta|kom|hoop|betaal|spreek|lees|leer|zoek|stempel|sukkel|snap|geloof|volg|"
    "red|kom|heb|mag|zag|heet|noem|vrees|durf|voel|slaap|eet|blijf|ben|zat|werkte|volgde|mis|speel|drink|"
    "pas|antwoord|vertel|verdien|poets|rij|zie|hou|probeer|breng|haal|kook|kijk|wacht|vraag|zorg|spaar|bel"
)
_T_VERBS = "is|es|gaat|ga|lukt|valt|zit|kan|wordt|was|blijft|moet|heeft|ging|zal|zou|werkt|klopt|ligt|staat"
_GLUED_K = re.compile(rf"^k({_K_VERBS})e?$")  # West-Flemish keeps a final -e: "kzoeke", "kwerke"
_GLUED_T = re.compile(rf"^t({_T_VERBS})$")
# learner Dutch: "ik niet werken" -> "ik werk niet" (subject + infinitive)
# fmt: off
# "ma" is the mother after these words ("ons ma", "bij mijn ma", "de ma van"), else it is "maar"
_MOTHER_BEFORE = frozenset(
    {"mijn", "ons", "onze", "zijn", "haar", "hun", "de", "je", "jullie", "uw", "men", "mijne", "hunne", "zijne", "zen"}
)
# after "idk" these words still say what is not known ("idk eigenlijk, mijn man regelt dat", "idk wat hij verdient")
_NO_IS_NEE = frozenset(
    {CLAUSE, "ik", "kik", "we", "wij", "hij", "ze", "zij", "je", "jij", "gij", "ge", "het", "dat", "da", "dit",
     "niet", "nie", "ni", "nee", "neen", "no", "not", "never", "nooit", "sir", "thanks", "merci", "gracias",
     "problem", "problemo", "problema", "worries", "way", "idea", "idee", "se", "sabe", "comprendo", "hay",
     "tengo", "tenemos", "mijn", "mijne", "my", "i", "he", "she", "they", "mevrouw", "meneer"}
)
_IDK_GOES_ON = frozenset({CLAUSE, "eigenlijk", "echt", "wat", "hoeveel", "of", "hoe", "welk", "welke", "waar", "wie"})
_INFINITIVE_AFTER_IK = {
    "werken": "werk", "hebben": "heb", "zijn": "ben", "kunnen": "kan", "gaan": "ga", "willen": "wil",
    "moeten": "moet", "wonen": "woon", "leven": "leef", "krijgen": "krijg", "betalen": "betaal",
    "spelen": "speel", "zoeken": "zoek", "weten": "weet", "doen": "doe", "komen": "kom", "lezen": "lees",
    "schrijven": "schrijf", "spreken": "spreek", "huren": "huur", "studeren": "studeer", "leren": "leer",
}
# fmt: on
_NEGATORS_FOR_ORDER = {"niet", "geen", "nooit", "ook", "nog", "alleen", "soms"}
# the Flemish negative particle: "'t en is ni goe", "k en weet ni"
_EN_SUBJECTS = {"het", "ik", "je", "we", "ze", "hij", "zij", "dat", "er", "men", "jullie", "die"}
_NEGATION_WORDS = {"niet", "geen", "nooit", "niemand", "niks", "niets", "nergens"}

_APOSTROPHES = re.compile(r"[\u2018\u2019\u201b\u0060\u00b4]")
_DOTTED_ACRONYM = re.compile(r"\b(?:[a-z]\.){2,}[a-z]?\b\.?")
_ELONGATED = re.compile(r"([a-z])\1{2,}")  # "lagere schoool", "heeeel weinig": three or more of a letter are two
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bart\.?\s*(60|61)\b"), r"artikel \1"),
    (re.compile(r"\bda'?s\b"), "dat is"),
    (re.compile(r"\bwa's\b(?!\w)"), "wat is"),  # not "was": "ik was zelfstandig" is a verb
    (re.compile(r"\bda'k\b"), "dat ik"),
    (re.compile(r"\bas'k\b"), "als ik"),
    (re.compile(r"\b(ga|zal|wil|kan|moet|heb|ben|doe|weet|zou|mag)'k\b"), r"\1 ik"),  # "da ga'k ni doen"
    # "kan't ni meer aan"
    (re.compile(r"\b(kan|kon|is|was|ga|gaat|doe|doet|heb|heeft|weet|zie|wil|moet)'t\b"), r"\1 het"),
    (re.compile(r"\bm'n\b"), "mijn"),
    (re.compile(r"\bz'n\b"), "zijn"),
    (re.compile(r"\bd'r\b"), "er"),
    (re.compile(r"(?<!\w)'ns\b"), "eens"),
    (re.compile(r"(?<!\w)'n\b"), "een"),
    (re.compile(r"(?<!\w)'t(?=[a-z])"), "het "),  # 'tis, 'tgaat
    (re.compile(r"(?<!\w)'t\b"), "het"),
    (re.compile(r"(?<!\w)'k\b"), "ik"),
    (re.compile(r"\bk'(?=[a-z])"), "ik "),  # k'heb
    # French elision in a mixed message: "l'universite", "j'ai", "d'Anvers" -> two words
    (re.compile(r"\b(l|d|j|qu|c|n|s)'(?=[aeiouyh])"), r"\1 "),
    (re.compile(r"\bt'(?=[a-z])"), "het "),  # t'is
    (re.compile(r"(?<!\w)'s\s+(morgens|avonds|middags|nachts)\b"), r"s\1"),
)
_CLAUSE_MARKS = re.compile(r"[;:!?()\[\]…]+|(?<!\d)[.,]|[.,](?!\d)")


def spoken(text: object) -> str:
    """Plain Dutch words for what was typed, for matching phrases.

    Lower case, no accents, one space between words; Flemish spoken forms,
    French/English loanwords and learner Dutch rewritten ("'t gaat ni goe" ->
    "het gaat niet goed", "kheb gene werk" -> "ik heb geen werk", "ik niet
    werken" -> "ik werk niet", "ça va" -> "gaat wel"). Clause punctuation
    becomes the token ",". Interjections (allez, amai, euh) are dropped.
    """
    t = strip_accents(clean(text).lower())
    t = _APOSTROPHES.sub("'", t)
    t = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), t)
    t = _ELONGATED.sub(r"\1\1", t)
    for pattern, replacement in _CONTRACTIONS:
        t = pattern.sub(replacement, t)
    t = _CLAUSE_MARKS.sub(f" {CLAUSE} ", t)
    t = t.replace("'", "")
    t = re.sub(r"[^\w,]+", " ", t).replace("_", " ")
    words: list[str] = []
    for raw in t.split():
        if raw == CLAUSE:
            if words and words[-1] != CLAUSE:
                words.append(CLAUSE)
            continue
        glued_k, glued_t = _GLUED_K.match(raw), _GLUED_T.match(raw)
        if glued_k:
            raw = "ik " + glued_k.group(1)
        elif glued_t:
            raw = "het " + glued_t.group(1)
        words.extend(raw.split())
    if words in (["neet"], ["neet", CLAUSE]):
        words = ["nee"]  # Limburgish "neet" is "niet"; alone it answers no
    if words[:1] == ["idk"] and len(words) > 2 and words[1] not in _IDK_GOES_ON:
        words = words[1:]  # "idk tis elke maand anders": a shrug before the answer; alone it is "weet niet"
    words = _rewrite_phrases(words)  # "ca va pas", "c est bon": before the words ("bon" is dropped)
    # English or Spanish "no" before a thing is "geen": "no warm water 3 weken", "no papeles"; before a
    # pronoun, a clause mark or nothing it is "nee" ("no, ik werk niet", "no ik niet")
    words = [
        "geen" if w == "no" and i + 1 < len(words) and words[i + 1] not in _NO_IS_NEE and len(words[i + 1]) > 2 else w
        for i, w in enumerate(words)
    ]
    words = [out for word in words for out in SPOKEN_WORDS.get(word, word).split()]
    words = _rewrite_phrases(words)  # again, for phrases of rewritten words: "gin van de twee"
    words = [w for i, w in enumerate(words) if not (w == "je" and i and words[i - 1] == "je")]  # "zijde gij"
    # "gezond, ma de tandarts is te duur": "ma" opening a clause is "maar" ("ons ma" is the mother)
    # (and after any word but one that makes it the mother: "astma ma me de puffer gaat da goe", not "ons ma")
    words = [
        "maar" if w == "ma" and i and (words[i - 1] == CLAUSE or words[i - 1] not in _MOTHER_BEFORE) else w
        for i, w in enumerate(words)
    ]
    words = _learner_order(words)
    words = _drop_negative_particle(words)
    while words and words[-1] == CLAUSE:
        words.pop()
    while words and words[0] == CLAUSE:
        words.pop(0)
    return " ".join(words)


def _rewrite_phrases(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    phrases = [(p.split(), r.split()) for p, r in SPOKEN_PHRASES]
    phrases.sort(key=lambda pr: -len(pr[0]))
    while i < len(words):
        for source, target in phrases:
            if words[i : i + len(source)] == source:
                out.extend(target)
                i += len(source)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _learner_order(words: list[str]) -> list[str]:
    """'ik niet werken' -> 'ik werk niet'; 'ik hebben geen werk' -> 'ik heb geen werk'."""
    out = list(words)
    for i, word in enumerate(out):
        if word != "ik":
            continue
        j = i + 1
        between: list[str] = []
        while j < len(out) and out[j] in _NEGATORS_FOR_ORDER and len(between) < 2:
            between.append(out[j])
            j += 1
        if j < len(out) and out[j] in _INFINITIVE_AFTER_IK:
            out[i + 1 : j + 1] = [_INFINITIVE_AFTER_IK[out[j]], *between]
    return out


def _drop_negative_particle(words: list[str]) -> list[str]:
    """'het en is niet goed' -> 'het is niet goed' (the Flemish 'en' of double negation)."""
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "en" and out and out[-1] in _EN_SUBJECTS:
            rest = words[i + 1 :]
            clause = rest[: rest.index(CLAUSE)] if CLAUSE in rest else rest
            if any(w in _NEGATION_WORDS for w in clause):
                continue
        out.append(word)
    return out
