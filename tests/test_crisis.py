"""The crisis safety net (bot/crisis.py, bot/data/crisis.yml) and its NLU adapter
(components/safety_net.py).

- Flemish spreektaal and learner Dutch are read the standard way, per phenomenon;
- every positive sentence gives its kind, and its reply names the right first
  help line (domain.md §4, help.yml); every negative sentence gives nothing:
  annoyance with the chat, idioms and everyday worries are never a crisis;
- the help-line texts: order, opening hours, "I am a computer" when it is urgent;
- the NLU can only add: the component with real rasa Message objects.

The sentences here are written for these tests and are not in data/nlu
(a test checks that), so the net is not tested on the classifier's examples.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot import crisis, dialogue
from bot.answers import next_step
from bot.crisis import CrisisDataError, build, kinds, nlu_verdict, normalise
from bot.help import GENERAL, helplines, keywords
from bot.messages import section, text

ROOT = Path(__file__).resolve().parent.parent
RAW = yaml.safe_load((ROOT / "bot" / "data" / "crisis.yml").read_text(encoding="utf-8"))

# -- how a message is read ---------------------------------------------------------------

@pytest.mark.parametrize("typed, read", [
    ("Kzie het ni meer zitten", "ik zie het niet meer zitten"),           # k + verb, ni
    ("'k wil nie meer", "ik wil niet meer"),                               # 'k, nie
    ("k'heb er genoeg van", "ik heb er genoeg van"),                       # k'
    ("kheb gene cent", "ik heb geen cent"),                                # kheb, gene
    ("mijne vent slaagt mij", "mijn vent slaagt mij"),                     # mijne
    ("m'n vent", "mijn vent"),                                             # m'n
    ("ne klop", "een klop"),                                               # ne
    ("nen oplawaai", "een oplawaai"),                                      # nen
    ("den deze", "de deze"),                                               # den
    ("da gaat ni", "dat gaat niet"),                                       # da
    ("da's gedaan", "dat is gedaan"),                                      # da's
    ("Ik heb NIETS meer!!!", "ik heb niks meer"),                          # case, niets, punctuation
    ("ik wil doooood", "ik wil dood"),                                     # repeated letters
    ("Zelfmoord?! Nee...", "zelfmoord . nee"),                             # sentences
    ("ik wil er een einde aan maken, zo", "ik wil er een einde aan maken zo"),  # commas ignored
    ("mijn kind is niet thuisgekomen", "mijn kind is niet thuis gekomen"),  # compound split
    ("hij is é ex-man", "hij is e ex man"),                                # accents, hyphens
    ("ik wil mezelf iets aandoen", "ik wil mijzelf iets aan doen"),
    ("ze zen weg", "ze zijn weg"),                                         # zen
    ("kzie het nie meer zitte", "ik zie het niet meer zitten"),            # dropped -n
    ("mijn ex is binnengekomen", "mijn ex is binnen gekomen"),             # compound split
    ("ik heb mij iets aangedaan", "ik heb mij iets aan gedaan"),
    ("ze snijdt haarzelf", "ze snijdt zich"),
    ("hebbek schrik", "heb ik schrik"),                                    # hebbek
    ("kpeins der aan", "ik peins er aan"),                                 # kpeins, der
    ("hij trekt aan heur haar", "hij trekt aan haar haar"),                # heur
    ("kheb gene cent, nen euro", "ik heb geen cent een euro"),             # gene, nen
])
def test_flemish_spelling_is_read_the_standard_way(typed, read):
    assert normalise(typed) == read


def test_empty_and_odd_input_is_no_crisis():
    for odd in ("", "   ", None, 42, "/crisis", "?!", "x" * 5000):
        assert kinds(odd) == ()


# -- positives: kind per sentence ------------------------------------------------------------

POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "kheb al mijn pillen genomen",
        "ik heb net een hele doos slaappillen geslikt",
        "mijn man heeft al zijn medicatie ingenomen en hij reageert raar",
        "ik sta op de brug en ik ga springen",
        "ik heb te veel dafalgan genomen om er niet meer te zijn",
        "vanavond maak ik er een einde aan",
        "ik ga mij ophangen, het touw hangt al klaar",
        "ik heb mijn polsen opengesneden en het bloedt",
        "k'heb een overdosis genomen",
        "ik wil nu dood, de pillen liggen klaar",
        "dit is mijn afscheid, zorg goed voor de kinderen",
        "ik wil ermee stoppen, ik heb al pillen klaargelegd",
        "mijn dochter heeft zich gesneden en het bloedt heel erg",
        # overdose: a strip, a box, a pot, "te veel", "in een keer", eaten or "binnen gespeeld"
        "ik heb al mijn pillen opgegeten",
        "ik heb een hele strip pillen genomen",
        "kheb te veel medicatie ingenomen",
        "ik heb heel de pot slaappillen leeggegeten",
        "ik heb al mijn medicijnen in een keer genomen",
        "kheb 30 dafalgan genomen",
        "mijn vrouw heeft een hele doos temesta binnen gespeeld",
        # self-harm now or just done (present, perfect, spreektaal): 112 first
        "ik heb in mijn armen gesneden",
        "kheb mij gesneden",
        "ik snij mezelf",
        "kheb mij weer gekrast, overal op mijn benen",
        "ik heb mezelf in mijn polsen gesneden",
        "mijn dochter snijdt zichzelf",
        "ons dochter heeft zichzelf gesneden met een scheermesje",
        "ik heb mijn armen opengekrast",
        "ik heb mij expres pijn gedaan",
        "ik heb mij iets aangedaan",
    ],
    "poisoning": [
        "mijn zoontje heeft javel gedronken",
        "de kleine heeft een wasbolletje in zijn mond gestoken",
        "mijn dochter heeft pillen van mij ingeslikt",
        "baby drink ontstopper",
        "ik denk dat we vergiftigd zijn door de kachel, iedereen heeft hoofdpijn",
        "mijn kind heeft een knoopbatterij ingeslikt",
        "hij heeft rattengif gegeten",
        "pillen ingeslikt",
        "mijn dochtertje heeft van de vaatwasblokjes gegeten",
        "mijn kind dronk javel",
        "baby eten pillen",
        # household products, someone else's pills, a battery, tobacco
        "mijn zoontje heeft een vaatwastablet ingeslikt",
        "de kleine heeft van de wasproducten gedronken",
        "mijne kleine heeft bleekwater gedronken",
        "mijn dochter heeft de pillen van oma gegeten",
        "mijn kind heeft de medicatie van zijn papa ingenomen",
        "ons kleintje heeft een batterij ingeslikt",
        "mijn zoontje heeft een hele strip dafalgan opgegeten",   # a small child: poisoning, not an overdose
        "de baby heeft aan een wasbolletje gelikt",
        "mijn dochter van 2 heeft van het poetsmiddel gedronken",
        "mijn zoon heeft een sigaret opgegeten",
        "de kleine heeft ontstopper op zijn hand en in zijn mond",
        "mijn dochter heeft in een wasmiddelcapsule gebeten",
        "de kleine heeft op ne pod gebeten",
        "mijn zoontje had een wasbolletje in zijn mond",
        "ze heeft de pillen van haar mama gegeten",
        "hij heeft de pillen van mij opgegeten",
        "den jongste at de pillen van zijn papa op",
    ],
    "emergency": [
        "mijn baby ademt niet meer",
        "de kleine krijgt geen lucht",
        "mijn zoon is bewusteloos",
        "mijn dochtertje ligt te schokken",
        "er is brand in de keuken",
        "mijn kind is in het water gevallen en beweegt niet",
        "mijn man heeft een hartaanval",
        "zijn lipjes worden blauw",
        "mijn baby is helemaal slap en reageert niet meer",
        "mijn zoontje is van de trap gevallen en beweegt niet meer",
        "we hebben brand",
        "mijn baby heeft magneetjes ingeslikt",
    ],
    "violence_now": [
        "mijne ex staat aan de deur en hij roept dat hij mij gaat vermoorden",
        "help hij slaat mij nu",
        "den deze bonkt op de deur, ik ben zo bang",
        "ik heb mij opgesloten in de badkamer, hij is dronken",
        "mijn vent heeft een mes en hij dreigt",
        "hij probeert de deur in te trappen",
        "er staat iemand aan de voordeur die wil binnen, ik heb schrik",
        "mijn man zegt dat hij de kinderen gaat doodmaken",
        "we zijn nu in gevaar",
        "mijne vent is aan het slaan, de kinderen huilen",
        "mijne ex staat voor de deur",
        "hij staat aan het raam en hij schreeuwt",
        "ik moet weg, hij is aan het roepen en slaat alles kapot",
        # a partner word of spreektaal at or inside the door, with a threat: 101 first
        "mijne vent staat aan de deur en hij gaat mij slaan",
        "mijn ventje staat voor de deur en hij wil mij kloppen",
        "mijn ex staat voor de deur te roepen en ik ben bang",
        "m'n lief staat voor de deur te bonken",
        "de papa van de kinderen staat aan de deur en hij is razend",
        "mijne vent staat buiten te tieren",
        "mijne man is binnengekomen en hij slaat mij",
        "mijn ex is hier binnengekomen, ik heb schrik",
        "hij is binnengekomen langs het raam",
        "hij zegt dat hij mij gaat slaan als ik open doe",
        # happening now
        "hij slaat mij nu",
        "hij heeft een mes",
        "mijne vent is mij aan het wurgen",
        "ik krijg nu een pak slaag",
        "mijne vent geeft mij nu ne mot",
        # violence before, and now at the door: the acute kind wins
        "mijne vent heeft mij gisteren geslagen en nu staat hij aan de deur",
        "mijn ex heeft mij vroeger geklopt, nu staat hij voor de deur",
        "mijn ex is terug binnen en gooit alles naar mijn kop, de kinderen schreeuwen",
        "mijne vent is binnen en smijt met de stoelen, de kleine zit te wenen",
        "den deze gooit met de borden en de kinders krijsen",
        "hij flikkert alles naar mijn hoofd",
        "mijn lief smijt de glazen naar mij",
    ],
    "missing_child": [
        "mijn zoon is weg",
        "mijn zoon is weg en ik weet niet waar hij is",
        "kind is niet thuisgekomen",
        "ons kleine is niet thuisgekomen van school",
        "mijn dochter van 14 is sinds gisteren vermist",
        "ik vind mijn kindje niet meer in de winkel",
        "onze gast is weggelopen",
        "mijne ex heeft de kinderen meegenomen naar het buitenland en ik weet niet waar ze zijn",
        "mijn zoon niet komen naar huis vannacht",
        "ik ben mijn dochtertje kwijt op de markt",
        "mijn dochter is niet naar huis gekomen na school, ze neemt haar gsm niet op",
        "ik vind mijn zoontje nergens meer",
        "mijn kind is weg, al 3 uur",
        "ik weet niet waar mijn kind is",
        "mijn zoon is sinds gisteren niet meer thuis",
        "mijn kind is niet opgehaald en niemand weet waar hij is",
        "mijn zoontje van vier is weg, hij speelde buiten",
        "ons dochterke is nergens te vinden, ze was aan het spelen op het pleintje",
        "de kleine is al een uur niet terug van buiten spelen",
        "hij was in de speeltuin aan het spelen en nu is hij weg",
        "mijn kind is kwijt op de markt",
        "ze was buiten aan het spelen en is nog altijd niet terug, ik heb overal gezocht",
    ],
    "suicide": [
        "ik zie het ni meer zitten",
        "kheb er genoeg van, ik wil dood",
        "ik wil ni meer leven",
        "soms denk ik aan zelfmoord",
        "ik ga ermee kappen, met alles, voorgoed",
        "ik ga ermee kappen, ik kan niet meer, niemand zal mij missen",
        "iedereen is beter af zonder mij",
        "ik wil er niet meer zijn",
        "'t heeft allemaal gene zin meer",
        "ik wou dat ik dood was",
        "ik wil mezelf iets aandoen",
        "ik wil gewoon slapen en niet meer wakker worden",
        "mijn dochter van 15 praat over zelfdoding",
        "ik wil mij van kant maken",
        "ik wil er een eind aan maken",
        "ik wil dood gaan",
        "ik niet meer willen leven",
        "mijn leven heeft geen zin meer",
        "ik denk erover om voor de trein te springen",
        "kzie het echt nie meer zitten met al die schulden",
        "het heeft toch allemaal geen zin, ik wil weg uit dit leven",
        "ik ga mij van de brug gooien",
        "kzie het nimeer zitten",
        # a passive death wish: better off without me, not wanting to be, to disappear
        "alles zou beter zijn zonder mij",
        "ze zijn beter af zonder mij",
        "mijn kinderen zouden beter af zijn zonder mij",
        "zonder mij is iedereen beter af",
        "het zou voor iedereen makkelijker zijn als ik er niet meer was",
        "kwil er eigenlijk ni meer zijn",
        "ik wou dat ik er niet meer was",
        "kzou willen verdwijnen",
        "soms wil ik gewoon verdwijnen, voorgoed",
        "wou da'k dood was",
        "ik wou dat ik nooit geboren was",
        "ik ben een last voor iedereen",
        "ik wil gaan slapen en nooit meer wakker worden",
        "kzie het nie meer zitte",
        "kzie da ni meer zitten",
        "ik zie het echt niet meer zitten met mijn leven",
        # self-harm long ago (not said to be over): 1813, no 112
        "vroeger sneed ik mezelf",
        "ik heb mij vorig jaar gesneden",
        "ik peins er al weken aan om er een einde aan te maken",
        "kpeins der soms aan om der een eind aan te maken",
        "soms denk ik erover om der nen einde aan te maken",
        "hij zegt dat hij peinst om er een einde aan te maken",
    ],
    "sexual_violence": [
        "ik ben verkracht door mijn ex",
        "iemand heeft aan mijn dochter gezeten",
        "mijn zoon wordt misbruikt door zijn nonkel",
        "hij dwingt mij tot seks",
        "mijn dochter is aangerand op een feestje",
        "mijn stiefvader zit aan mij",
    ],
    "violence": [
        "mijne vent slaagt mij",
        "ik krijg klop van mijn man",
        "hij heeft mij ne muilpeer gegeven",
        "mijn lief heeft mij in mijn gezicht geslagen",
        "den deze klopt de kinderen als hij zat is",
        "mijn ex bedreigt mij de hele tijd",
        "ik ben bang van mijne man",
        "ik durf niet meer naar huis",
        "er is veel geweld thuis",
        "ik kreeg gisteren een pak slaag van mijn vriend",
        "mijn man mij slaan",
        "ik word thuis mishandeld",
        "hij heeft mij een oplawaai verkocht",
        "mijn schoonvader schopt de kinderen",
        "mijn vent geeft de kinderen een rammeling",
        "ik heb bang van mijn man, hij slaat",
        "ik sla mijn kinderen soms, ik wil dat niet",
        "mijn ventje geeft mij elke week een mep",
        "mijne man heeft mij gisteren een rammeling gegeven",
        "mijn lief slaat als hij gedronken heeft",
        "den deze heeft mij weer geslagen",
        "'k krijg slaag van mijne ex",
        "hij slaat mij en de kinderen",
        "hij heeft mij bij de keel gepakt",
        "mijn partner duwt mij altijd tegen de muur",
        "papa slaat ons",
        "mijne ex zit achter mij aan en bedreigt mij",
        "hij zegt dat hij mij kapot gaat maken als ik wegga",
        "mijne vent is zat en slaat alles kapot",
        "ik krijg ne klop van mijne vent",
        "mijne vent gaf mij ne mot",
        "mijn ex stampt mij",
        "de papa van de kinderen duwt mij",
        "hij trekt mij aan mijn haar",
        "mijne man gaat mij een klop geven",
        "mijne vent trekt mij aan heur haar",
    ],
    "food": [
        "we hebben vandaag niks te eten",
        "de kinderen hebben honger en ik heb geen cent",
        "de frigo is leeg en ik heb geen geld",
        "we hebben al twee dagen niet gegeten",
        "ik heb geen geld om vandaag melk te kopen voor de baby",
        "wij geen eten vandaag",
        "er is niks meer te eten in huis",
        "ik heb niks om de kinderen eten te geven vandaag",
        "we eten al drie dagen niet",
        "we hebben vandaag niks meer om te koken",
        "kheb gene cent meer voor eten vandaag",
        "hebbek vandaag niks meer in huis om te koken voor de kinderen",
        "ik heb geen euro meer om eten te kopen, de kast is leeg",
    ],
}

# A message that names several: the most urgent first, one line for each other.
SEVERAL = [
    ("mijn vent slaat mij en ik zie het niet meer zitten", ("suicide", "violence")),
    ("mijn zoon is weg en hij zei dat hij dood wil", ("missing_child", "suicide")),
    ("hij heeft mij verkracht en nu staat hij aan de deur", ("violence_now",)),   # violence_now covers it
    ("kheb al mijn pillen genomen, ik wil dood", ("suicide_now",)),            # suicide_now covers it
    ("de kinderen hebben honger en mijne vent slaat ons", ("violence", "food")),
    ("mijn vent slaat mij en ik wil er niet meer zijn", ("suicide", "violence")),
    ("mijn ex staat aan de deur en ik heb al mijn pillen genomen", ("suicide_now", "violence_now")),
    ("mijn zoon is weg en mijne vent slaat mij nu", ("violence_now", "missing_child")),
    ("kheb mij gesneden en ik zie het niet meer zitten", ("suicide_now",)),      # suicide_now covers it
    ("mijn zoontje heeft bleekwater gedronken en hij ademt niet meer", ("poisoning",)),
    ("mijne vent klopt mij al jaren, nu staat hij voor de deur", ("violence_now",)),  # violence_now covers it
]

POSITIVE_CASES = [(kind, s) for kind, sentences in POSITIVES.items() for s in sentences]


@pytest.mark.parametrize("kind, sentence", POSITIVE_CASES)
def test_a_crisis_is_found_with_its_kind(kind, sentence):
    assert crisis.crisis_kind(sentence) == kind
    assert crisis.is_crisis(sentence)


@pytest.mark.parametrize("sentence, expected", SEVERAL)
def test_several_kinds_most_urgent_first(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize("sentence, expected", SEVERAL)
def test_several_kinds_the_most_urgent_names_the_first_line(sentence, expected):
    assert first_number(dialogue.crisis(sentence).text) == text(f"helpline.{helplines(expected[0])[0]}")


def first_number(body: str) -> str | None:
    """The help-line number a text names first (helpline.* of the catalogue)."""
    numbers = sorted(section("helpline").values(), key=len, reverse=True)
    m = re.search(r"(?<![\w])(" + "|".join(map(re.escape, numbers)) + r")(?![\w])", body)
    return m.group(1) if m else None


@pytest.mark.parametrize("kind, sentence", POSITIVE_CASES)
def test_the_reply_names_the_right_first_help_line(kind, sentence):
    reply = dialogue.crisis(sentence)
    assert text(f"crisis.lines.{kind}") in reply.text
    assert first_number(reply.text) == text(f"helpline.{helplines(kind)[0]}")
    if kind == "food":  # the OCMW of the municipality comes before any number
        assert reply.text.index("OCMW") < reply.text.index(text("helpline.caw"))


# The first line per kind, as the issue and domain.md §4 ask it.
FIRST_LINE = {
    "suicide_now": "112", "poisoning": "112", "emergency": "112", "violence_now": "101",
    "missing_child": "101", "suicide": "1813", "sexual_violence": "1712", "violence": "1712",
    "food": "0800 13 500", "general": "112",
}


def test_first_lines_per_kind_are_the_right_ones():
    assert {k: text(f"helpline.{v[0]}") for k, v in keywords()["crisis"].items()} == FIRST_LINE


# -- negatives: never a crisis ------------------------------------------------------------------

NEGATIVES = [
    # fed up with the questions or the chat, idioms
    "ik word zot van die vragen",
    "dit is om dood te gaan van ambetant",
    "ik sla die vraag over",
    "die vragen maken mij kapot",
    "mijn gsm is kapot",
    "mijn zoon speelt met een klopboor",
    "we hebben een slaapkamer te weinig",
    "ik heb geen zin meer in die vragen",
    "ik ga ermee kappen, die vragen zijn te veel",
    "ik zie het niet meer zitten met die vragenlijst",
    "ik ben doodop vandaag",
    "ik lach me dood met die vraag",
    "ik verveel mij dood",
    "da klopt ni",
    "klopt, mijn man werkt bij de post",
    "ik ga dood van de honger, wanneer is het gedaan",
    "stop maar, ik kap ermee",
    "die chat is echt om zot van te worden",
    "mijn computer is gecrasht",
    "ik heb er genoeg van, kunnen we stoppen?",
    "het heeft geen zin meer om te solliciteren",
    "geweld op tv vind ik niks",
    "ik wil niet meer verder met die vragen",
    # income
    "we leven van een leefloon en het is krap",
    "op het einde van de maand hebben we soms geen eten meer",
    "we hebben schulden en de deurwaarder is al geweest",
    "we gaan elke week naar de voedselbank",
    "mijn man is zijn werk kwijt",
    "we kunnen niet meer leven van dat loon",
    "na de huur blijft er bijna niks over",
    "ik heb geen geld voor gezond eten",
    "we eten soms alleen boterhammen",
    "ik word bedreigd met uithuiszetting",
    # work and education
    "ik werk met interimcontracten, telkens een week",
    "mijn vent is al een jaar werkloos",
    "ik heb schrik dat ik mijn job verlies",
    "ik doe flexi-jobs in het weekend",
    "ik heb BSO gedaan, verkoop",
    "ik ben gestopt na het derde middelbaar",
    "mijn man kan niet goed lezen en schrijven",
    # housing
    "er zit schimmel in de slaapkamer en de kinderen hoesten",
    "het dak lekt en de huisbaas reageert niet",
    "de kinderen zijn niet veilig in huis door de losse elektriciteitsdraden",
    "we wonen met vijf in een studio",
    "we hebben een budgetmeter voor gas",
    "ik krijg geen lucht in dat kleine appartement",
    "ik kuis alles met javel tegen de schimmel",
    "ik ben het beu, mijn huis is te klein",
    # health
    "mijn zoon heeft astma en is vaak ziek",
    "ik neem elke dag pillen voor mijn depressie",
    "mijn man heeft vorig jaar een hartaanval gehad",
    "ik heb mijn pillen vanmorgen ingenomen",
    "mijn dochter heeft epilepsie maar het gaat goed met medicatie",
    "ik ben al lang depressief",
    "mijn tandvlees bloedt vaak",
    "mijn rug doet mij pijn",
    "ik heb mij gesneden bij het koken",
    "mijn man drinkt te veel",
    # the children
    "mijn zoon wordt gepest op school",
    "mijn dochter wil niks eten, ze is zo kieskeurig",
    "mijn zoontje van 3 slaat mij als hij boos is",
    "de kinderen slagen goed op school",
    "mijn zoon wordt 's morgens niet wakker voor school",
    "mijn oudste is al weg, hij woont op kot in Gent",
    "mijn zoon is weg naar zijn papa voor het weekend",
    "de kinderen zijn weg naar school, nu heb ik tijd",
    "mijn kind gaat niet graag naar de kleuterschool",
    "mijn zoon heeft een klop op zijn hoofd gehad bij het voetballen",
    "mijn zoontje is vorige maand beginnen lopen",
    "de kleine slaapt slecht en heeft vaak koorts",
    "ik verlies soms mijn geduld met de kinderen",
    "de school reageert niet op mijn mails",
    "mijn dochter wordt niet graag wakker in de week",
    "ik vind mijn zoon niet braaf op school",
    "mijn zoon trapt tegen de deur als hij boos is",
    "ik geef mijn dochter een kus op haar hoofd",
    "ons kind is vaak weg bij de onthaalmoeder",
    "de baby heeft geen melk meer nodig, ze eet nu vast",
    "mijn zoon heeft ADHD en slaat soms zijn zus",
    "de baby drinkt goed en groeit",
    "mijn dochter wil dokter worden",
    # family and home
    "mijn man is vertrokken, ik sta er alleen voor",
    "mijn ex betaalt geen alimentatie",
    "ik ben bang dat de kinderen iets tekort komen",
    "hij heeft mij verlaten voor een andere vrouw",
    "mijn man is streng maar hij slaat de kinderen nooit",
    "nee, er is geen geweld bij ons thuis",
    "we hebben een hond, die bijt soms",
    "mijn ex komt de kinderen ophalen, hij staat aan de deur",
    "de postbode staat aan de deur met een pakje",
    "mijn dochter is vorig jaar uit huis gegaan",
    "de frigo is leeg, ik moet nog boodschappen doen",
    "ik word gek van de buren",
    "ik heb een klop gehad toen ik het nieuws hoorde",
    "ik ben bang voor mijn man zijn gezondheid",
    "we hebben het moeilijk, maar het lukt wel",
    "mijn gsm is kwijt",
    "we kregen een pak slaag in de match van zondag",
    "ik heb ne klop gekregen toen de factuur kwam",
    "we hebben geen auto meer",
    "hij wil mij niet meer zien, dat doet pijn",
    "het leven is duur",
    # more idioms and everyday words that look like the patterns
    "we krijgen ne klop met die energiefactuur",
    "ik heb geen eten gemaakt vandaag, we eten frietjes",
    "ik wil dood... van het lachen",
    "ik had vroeger zelfmoordgedachten maar nu gaat het beter",
    "kheb gene goesting meer in die vragen, mag ik stoppen",
    "allez, ik kap ermee, tot later",
    "dat was echt ne klop voor ons, toen hij zijn werk verloor",
    "mijn zoon krijgt slaag op de voetbal, ze verliezen altijd",
    "de kleine sloeg zijn hoofd tegen de tafel",
    "mijn dochter is gevallen met de fiets en heeft een blauw oog",
    "mijn man is agressief in het verkeer",
    "ik heb schrik van de deurwaarder",
    "de deurwaarder zit achter ons aan",
    "mijn zoon is weg op kamp met de chiro",
    "mijn zoon is zijn fiets kwijt",
    "ik ben mijn job kwijt",
    "ik heb mijn kinderen al een jaar niet gezien, ze zijn bij hun papa",
    "ik zou mijn kinderen nooit slaan",
    "ik heb al mijn rekeningen betaald",
    "ik moet elke dag 10 pillen nemen voor mijn hart",
    "mijn dochter neemt de pil",
    "mijn kinderen eten de pillen van de dokter niet graag",
    "mijn man duwt de kinderen op de schommel",
    "mijn vader zit altijd aan mij te zeuren over geld",
    "mijn man is dronken thuisgekomen",
    "mijn zoon van 16 komt altijd laat naar huis",
    # fed up, everyday worries (issue 8)
    "ik word gek van die vragen",
    "de kinderen slaan elkaar soms",
    "mijn man is kwaad op zijn baas",
    "we zitten met schulden",
    "ik ben moe",
    "de deur van de kast is kapot",
    # "het niet meer zitten zien" about a practical task: the grey zone left to the classifier
    "ik zie het niet meer zitten met die papieren",
    "ik zie het niet meer zitten met al die formulieren van het ocmw",
    "kzie het ni meer zitten met die administratie",
    "ik zie het niet zitten om te verhuizen",
    "ik zie het wel zitten",
    # near misses of a passive death wish
    "ik wil hier niet meer wonen",
    "ik wil er niet meer zijn als hij komt",
    "ik wil dat die schimmel verdwijnt",
    "ik wil dat de schulden verdwijnen",
    "ik zou graag eens verdwijnen op vakantie",
    "hij wil dat ik verdwijn uit zijn leven",
    "de kinderen spelen beter zonder mij",
    "de kinderen zijn beter af zonder hem",
    "ze gaan zonder mij naar zee",
    "wie zorgt er voor de kinderen als ik er niet meer ben",
    "ik wil geen last zijn voor mijn familie",
    "ik wil gewoon slapen",
    # near misses of self-harm: a cut in the kitchen, by a doctor, long ago and over
    "ik heb mij gesneden aan het papier",
    "ik heb mij gesneden met het broodmes",
    "ik heb in mijn vinger gesneden",
    "mijn zoon heeft zich gesneden aan een glas",
    "ik snij het brood voor mij en de kinderen",
    "laat me de taart snijden",
    "hij snijdt mij de pas af",
    "de dokter heeft in mijn arm gesneden",
    "ik heb mij gebrand aan de oven",
    "ik sneed mezelf vroeger, nu niet meer",
    # near misses of an overdose or a poisoning
    "ik heb al mijn pillen genomen zoals de dokter zei",
    "ik neem elke dag al mijn pillen",
    "ik moet te veel pillen nemen",
    "mijn kind slikt moeilijk pillen",
    "ik drink koffie en rook een e-sigaret",
    "ik was de kleren met wasmiddel en de kinderen drinken hun melk",
    "we hebben geen geld voor wasproducten",
    "de batterij van mijn gsm is leeg",
    "mijn kind speelt met magneetjes",
    # near misses of violence now: at the door for an ordinary reason, a small boy
    "mijn ex staat aan de deur, hij komt de kinderen halen zoals afgesproken",
    "mijn man staat aan de deur te roken",
    "mijn man staat buiten de kinderen binnen te roepen",
    "de deurwaarder staat aan de deur",
    "mijne vent is binnengekomen met de boodschappen",
    "hij is binnengekomen met een bos bloemen",
    "hij heeft een mes nodig om het vlees te snijden",
    "mijn man klopt aan de deur want hij is zijn sleutel vergeten",
    "mijn ventje van 4 slaat mij als hij boos is",
    "de baby krijgt een mot van zijn broer",
    "we kregen een mot in de kleren",
    # near misses of a missing child, no food
    "ik weet niet waar mijn kind naar school moet",
    "ik weet niet waar mijn zoon zijn gsm is",
    "mijn zoon is niet thuis gekomen omdat hij bij een vriend slaapt",
    "we hebben geen eten gegeven aan de hond",
    "ik heb geen tijd om de kinderen eten te geven",
    "we eten al twee dagen niet warm",
    # near misses of the spreektaal patterns: ending a relationship, a toddler throwing toys,
    # a child gone to play, a washing capsule in the machine, the parents' pills, no time to cook
    "ik denk eraan om er een einde aan te maken met mijn lief",
    "ik peins erover om een einde te maken aan mijn contract",
    "mijn zoon gooit zijn speelgoed naar mijn hoofd als hij kwaad is",
    "de kleine smijt met zijn blokken en de baby huilt",
    "mijn man smijt alles weg, hij is aan het opruimen",
    "hij gooit met de bal naar mijn kop, we zijn aan het spelen",
    "mijn dochter is weg, ze is buiten gaan spelen met haar vriendinnen",
    "mijn zoon is zijn bal kwijt in het park",
    "de kleine is nog niet terug van school, hij heeft turnen tot vijf uur",
    "ze is nog niet thuis, ze speelt bij de buren",
    "hij is al een uur buiten aan het spelen met de buurkinderen",
    "ik gebruik pods voor de was",
    "de wasbolletjes liggen hoog in de kast",
    "mijn man brengt de pillen van zijn moeder naar de apotheek",
    "ik heb de pillen van de dokter opgehaald",
    "vandaag heb ik geen zin om te koken",
    "soms hebben we op het einde van de maand niks meer om te koken",
    "ik heb geen cent meer voor snoep vandaag",
    "hebbek al gezegd, kheb gene job",
    "heur haar is lang en ze gaat naar de kapper",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_false_alarm(sentence):
    assert kinds(sentence) == ()


def test_enough_examples_of_both():
    assert len(POSITIVE_CASES) + len(SEVERAL) >= 60
    assert len(NEGATIVES) >= 60
    assert {k for k, _ in POSITIVE_CASES} == set(crisis.net().kinds)
    assert not {s.lower() for s in NEGATIVES} & {s.lower() for _, s in POSITIVE_CASES}


def nlu_examples() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            for line in str(block.get("examples") or "").splitlines():
                found.add(normalise(re.sub(r"^\s*-\s*", "", line)))
    return found


def test_the_test_sentences_are_not_training_examples():
    ours = [s for _, s in POSITIVE_CASES] + [s for s, _ in SEVERAL] + NEGATIVES
    examples = nlu_examples()
    assert [s for s in ours if normalise(s) in examples] == []


# Self-harm and time (domain.md §4: 112 first for self-harm now, 1813 for suicidal
# thoughts): now or just done is suicide_now; long ago is suicide (1813, no 112);
# long ago and said to be over is no crisis, like "vroeger zelfmoordgedachten, nu beter".
@pytest.mark.parametrize("sentence, expected", [
    ("ik snij mezelf", "suicide_now"),
    ("kheb mij gesneden", "suicide_now"),
    ("mijn zoon krast zichzelf", "suicide_now"),
    ("ik heb mij als tiener gesneden", "suicide"),
    ("ik heb mezelf jaren geleden gekrast", "suicide"),
    ("ik sneed mezelf vroeger, maar nu gaat het beter", None),
    ("vroeger sneed ik mezelf, ik ben ermee gestopt", None),
    ("ik heb mij vroeger gesneden en nu wil ik het weer doen", "suicide_now"),  # a `now` cue
])
def test_self_harm_now_long_ago_and_over(sentence, expected):
    assert crisis.crisis_kind(sentence) == expected


# "ik zie het niet meer zitten": despair (1813), also about debts or life; about a
# practical task only (papers, the chat, moving) the net stays silent and the
# classifier may still check back gently.
@pytest.mark.parametrize("sentence, expected", [
    ("ik zie het niet meer zitten", "suicide"),
    ("kzie het ni meer zitten met al die schulden", "suicide"),
    ("ik zie het niet meer zitten met mijn leven en al die papieren", "suicide"),
    ("ik zie het niet meer zitten met die papieren", None),
    ("ik zie het niet meer zitten met die vragen", None),
])
def test_not_seeing_it_anymore_grey_zone(sentence, expected):
    assert crisis.crisis_kind(sentence) == expected


# -- the texts ------------------------------------------------------------------------------------

URGENT = ("suicide_now", "poisoning", "emergency", "violence_now", "missing_child")


@pytest.mark.parametrize("kind", list(keywords()["crisis"]))
def test_each_kind_gives_its_help_lines_in_order(kind):
    body = text(f"crisis.lines.{kind}")
    numbers = [text(f"helpline.{key}") for key in helplines(kind)]
    positions = [body.find(n) for n in numbers]
    assert -1 not in positions, (kind, numbers)
    assert positions == sorted(positions)
    assert first_number(body) == numbers[0]
    # a kind names no number it does not list (so help.yml tells the whole story)
    assert {n for n in section("helpline").values() if re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", body)} \
        == set(numbers)


@pytest.mark.parametrize("kind", URGENT)
def test_urgent_kinds_say_the_assistant_is_a_computer(kind):
    assert text("crisis.computer") in text(f"crisis.lines.{kind}")
    assert "computer" in text("crisis.computer") and "geen hulp sturen" in text("crisis.computer")


def test_the_opening_hours_are_said():
    for kind in ("suicide", "suicide_now"):
        body = text(f"crisis.lines.{kind}")
        assert "dag en nacht" in body and "17 tot 24 uur" in body      # 1813: phone 24/7, chat evenings
    for kind in ("violence", "sexual_violence", "violence_now"):
        assert "werkdagen" in text(f"crisis.lines.{kind}")              # 1712 is no emergency line
    assert "geen noodnummer" in text("crisis.lines.violence")
    assert "dag en nacht" in text("crisis.lines.missing_child")        # Child Focus 116 000
    assert "dag en nacht" in text("crisis.lines.poisoning")            # Antigifcentrum
    for kind in ("violence_now", "sexual_violence"):
        assert "Zorgcentrum na Seksueel Geweld" in text(f"crisis.lines.{kind}")


def test_every_kind_that_can_come_second_has_one_line():
    net = crisis.net()
    for i, kind in enumerate(net.kinds):
        covered_by_all_before = all(kind in net.covers.get(k, ()) for k in net.kinds[:i])
        if i and not covered_by_all_before:
            assert text(f"crisis.also.{kind}")


def test_kinds_are_the_same_in_the_data_the_catalogue_and_help_yml():
    lines = {k.removeprefix("lines.") for k in section("crisis") if k.startswith("lines.")}
    assert set(keywords()["crisis"]) == lines == set(crisis.net().kinds) | {GENERAL}


# -- the dialogue ---------------------------------------------------------------------------------

CRISIS_BUTTONS = [(text("button.talk_to_person"), "/talk_to_person"), (text("button.resume"), "/resume"),
                  (text("button.stop"), "/stop")]


def test_crisis_reply_lines_then_a_person_going_on_or_stopping():
    reply = dialogue.crisis("mijne vent slaagt mij")
    assert reply.text == "\n".join([text("crisis.intro"), text("crisis.lines.violence"), text("crisis.outro")])
    assert reply.buttons == CRISIS_BUTTONS
    assert reply.custom == {"crisis": True}


def test_crisis_reply_for_several_kinds_adds_one_line_each():
    reply = dialogue.crisis("mijn vent slaat mij en ik zie het niet meer zitten")
    assert reply.text == "\n".join([text("crisis.intro"), text("crisis.lines.suicide"),
                                    text("crisis.also.violence"), text("crisis.outro")])


def test_crisis_reply_without_a_kind_gives_all_lines():
    for typed in ("/crisis", "help", "ik weet het niet meer"):
        assert text("crisis.lines.general") in dialogue.crisis(typed).text


def test_a_message_nothing_understood_still_names_the_emergency_number():
    """A crisis in words the net does not know yet, typed as the first message, gets the general
    "not understood": its second line is the emergency number."""
    reply = dialogue.fallback(second_time=False)
    assert reply.text.splitlines()[0].startswith("Sorry, dat begrijp ik niet goed.")
    assert "Bel dan meteen 112." in reply.text.splitlines()[1]


def test_maybe_crisis_asks_gently():
    reply = dialogue.maybe_crisis()
    assert reply.text == text("crisis.ask") and "Gaat het over iets dringends?" in reply.text
    # someone in danger who only the classifier noticed gets the emergency number at once, before any tap
    assert "Bel dan meteen 112." in reply.text.splitlines()[1]
    assert reply.buttons == [(text("button.urgent_yes"), "/crisis"), (text("button.urgent_no"), "/resume")]
    assert text("button.urgent_yes") == "Ja, ik heb nu hulp nodig"
    assert text("button.urgent_no") == "Nee, we gaan verder"


def test_inside_a_question_the_net_comes_before_the_answer():
    step = next_step("housing", "kzie het ni meer zitten", intent="answer_problem", confidence=0.95)
    assert step.value is None and step.pending is None and step.say.custom == {"crisis": True}
    assert text("crisis.lines.suicide") in step.say.text
    fed_up = next_step("housing", "ik word zot van die vragen", intent="answer_problem", confidence=0.6)
    assert fed_up.say is None or fed_up.say.custom != {"crisis": True}


# -- the data file --------------------------------------------------------------------------------

def broken(**changes) -> dict:
    raw = yaml.safe_load(yaml.safe_dump(RAW))
    for path, value in changes.items():
        node = raw
        *parents, last = path.split("__")
        for p in parents:
            node = node[p]
        node[last] = value
    return raw


@pytest.mark.parametrize("changes, problem", [
    ({"rules__food": [{"match": "<nosuchlist> eten"}]}, "unknown word list 'nosuchlist'"),
    ({"rules__food": [{"match": "(geen eten"}]}, "rules.food[0]"),
    ({"rules__food": [{"unless": "soms"}]}, "needs `match` or `all`"),
    ({"rules__food": [{"match": "x", "unless": "&nosuch"}]}, "unknown phrase or unless list 'nosuch'"),
    ({"phrases__food_unless": "x"}, "unless.food_unless: the name is used twice"),
    ({"rules__food": []}, "no rule for ['food']"),
    ({"rules__hunger": [{"match": "honger"}]}, "not one of the kinds"),
    ({"covers__food": ["famine"]}, "covers.food"),
    ({"now__food": {"kind": "famine", "cues": ["nu"]}}, "now.food"),
    ({"classifier_threshold": 1.5}, "classifier_threshold"),
    ({"kinds": []}, "at least one kind"),
    ({"phrases__loop_a": "&loop_b", "phrases__loop_b": "&loop_a"}, "uses itself"),
    ({"verbs__slaan_extra": ["slaan sla sloeg"]}, "needs infinitive, stem, past and participle"),
])
def test_a_broken_data_file_fails_on_load(changes, problem):
    with pytest.raises(CrisisDataError, match=re.escape(problem)):
        build(broken(**changes))


def test_the_shipped_data_file_loads():
    assert build(RAW).kinds == crisis.net().kinds
    assert 0.5 < crisis.net().classifier_threshold <= 1.0


# -- what the NLU may change ---------------------------------------------------------------------

def test_the_net_overrules_every_classifier_verdict():
    for intent, confidence in (("answer_problem", 0.99), ("nlu_fallback", 0.35), ("other_language", 1.0),
                               ("stop", 0.8), (None, 0.0), ("crisis", 0.2)):
        assert nlu_verdict("mijne vent slaagt mij", intent, confidence) == crisis.Verdict("crisis", 1.0)


def test_the_classifier_alone_never_stops_the_questions():
    """threshold 1.0 (data/crisis.yml says why): even a sure classifier only checks back."""
    assert crisis.net().classifier_threshold == 1.0
    assert nlu_verdict("Dolores Vanderstraeten", "crisis", 0.62) == crisis.Verdict("maybe_crisis", 0.62)
    assert nlu_verdict("de baby drinkt goed en groeit", "crisis", 1.0) == crisis.Verdict("maybe_crisis", 1.0)
    assert nlu_verdict("ik word zot van die vragen", "stop", 0.4) is None           # not the net's business


def test_a_lower_threshold_lets_a_sure_classifier_decide():
    net = build({**RAW, "classifier_threshold": 0.9})
    assert net.classifier_threshold == 0.9
    from unittest import mock

    with mock.patch.object(crisis, "net", lambda: net):
        assert nlu_verdict("het gaat echt niet meer", "crisis", 0.95) is None          # stays crisis
        assert nlu_verdict("het gaat echt niet meer", "crisis", 0.9).intent == "maybe_crisis"


# -- the component (real rasa Message objects, no training) ---------------------------------------

def rasa_message(text_: str, intent: str, confidence: float, *ranking: tuple[str, float]):
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    top = {"name": intent, "confidence": confidence}
    ranked = [top] + [{"name": n, "confidence": c} for n, c in ranking]
    return Message(data={TEXT: text_, INTENT: top, INTENT_RANKING_KEY: ranked})


@pytest.fixture(scope="module")
def safety_net():
    from components.safety_net import SafetyNet

    return SafetyNet(SafetyNet.get_default_config())


def parsed(message) -> dict:
    return message.as_dict(only_output_properties=True)


def test_component_sets_crisis_when_the_net_fires(safety_net):
    msg = rasa_message("kheb er genoeg van, ik wil dood", "answer_problem", 0.91, ("crisis", 0.05), ("stop", 0.04))
    [out] = safety_net.process([msg])
    assert out.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert [i["name"] for i in out.get("intent_ranking")] == ["crisis", "answer_problem", "stop"]
    assert parsed(out)["intent"]["name"] == "crisis"


def test_component_overrides_the_fallback(safety_net):
    msg = rasa_message("mijne ex staat aan de deur", "nlu_fallback", 0.35, ("inform", 0.3))
    [out] = safety_net.process([msg])
    assert out.get("intent")["name"] == "crisis"


def test_component_turns_a_lone_unsure_crisis_into_maybe_crisis(safety_net):
    msg = rasa_message("Dolores", "crisis", 0.55, ("inform", 0.3))
    [out] = safety_net.process([msg])
    assert out.get("intent") == {"name": "maybe_crisis", "confidence": 0.55}
    assert [i["name"] for i in out.get("intent_ranking")] == ["maybe_crisis", "crisis", "inform"]


def test_component_checks_back_even_a_sure_classifier(safety_net):
    [out] = safety_net.process([rasa_message("de baby drinkt goed en groeit", "crisis", 1.0)])
    assert out.get("intent") == {"name": "maybe_crisis", "confidence": 1.0}


def test_component_leaves_ordinary_answers_and_payloads_alone(safety_net):
    plain = rasa_message("ik word zot van die vragen", "stop", 0.88, ("crisis", 0.1))
    payload = rasa_message("/crisis", "crisis", 1.0)
    out = safety_net.process([plain, payload])
    assert [m.get("intent")["name"] for m in out] == ["stop", "crisis"]
    assert out[0].get("intent_ranking")[1]["name"] == "crisis"        # untouched


def test_component_asks_gently_when_the_classifier_puts_crisis_second(safety_net):
    """Only a second guess, but high enough, on words the questions do not ask about: asked gently."""
    msg = rasa_message("ik weet niet wat ik moet doen, het is weer zo ver", "answer_problem", 0.6,
                       ("crisis", 0.35), ("inform", 0.05))
    [out] = safety_net.process([msg])
    assert out.get("intent") == {"name": "maybe_crisis", "confidence": 0.35}


@pytest.mark.parametrize("text,intent,confidence,score", [
    ("zijn broer staat weer beneden te roepen", "answer_problem", 0.75, 0.2),     # second, but low
    ("ik ben zelfstandig kapper en hij werkt vast", "answer_fine", 0.6, 0.35),    # an answer in the criteria's words
    ("je ne parle pas bien néerlandais", "other_language", 1.0, 0.4),             # that reply names 112 already
])
def test_a_second_guess_that_is_low_or_an_answer_or_another_language_stays_as_it_is(text, intent, confidence, score):
    assert nlu_verdict(text, intent, confidence, score, detector_score=0.0) is None


# -- weaker signs the classifier must back (`supported:` in data/crisis.yml) ----------------------

SUPPORTED = [
    # (round 15 moved "hij slaat de kleine nu", "pillen van oma gevonden en gegeten", a vaatwasblokje "in mond" and
    # "ik kom niet meer naar beneden" to the strong net: tests/test_crisis_more.py, blind round 15)
    ("hij is zat en hij slaat er nu op los, ik hoor de kleine", "violence_now"),
    ("mijn ex is binnen, ik zit met de baby opgesloten in de badkamer", "violence_now"),
    ("mijn partner heeft me vorige maand tijdens een ruzie op de trap bij de keel vastgegrepen", "violence"),
    ("mijn zoon heeft pillen van oma uit haar tas in zijn mond gestoken", "poisoning"),
    ("de baby heeft een wasbolletje binnen, hij kwijlt", "poisoning"),
    ("ik zit boven op dak van de flat, kom niet meer naar beneden", "suicide_now"),
    # ("weg te gaan van deze wereld" is a rule of the net since the blind rounds 45-52: tests/test_crisis_more.py)
    ("ik heb geen kracht meer, alles is te veel", "suicide"),
]


@pytest.mark.parametrize("text, kind", SUPPORTED)
def test_a_weaker_sign_decides_only_with_the_classifier(text, kind):
    assert kinds(text) == ()                       # not a rule of the net: alone it decides nothing
    assert kinds(text, supported=True)[0] == kind
    alone = nlu_verdict(text, "answer_problem", 0.9, 0.05, detector_score=0.0)
    # alone it does not stop the questions, but it is not taken as an answer either: asked gently
    assert alone == (None if crisis.reads_as_an_answer(text) else crisis.Verdict("maybe_crisis", 1.0))
    # the crisis detector (bot/detector.py) may back it instead of the classifier, never take it away
    with_detector = nlu_verdict(text, "answer_problem", 0.9, 0.05)
    assert with_detector is not None or alone is None
    assert nlu_verdict(text, "other_language", 0.9, 0.05) is None  # that reply names 112 already
    assert nlu_verdict(text, "crisis", 0.7) == crisis.Verdict("crisis", 0.7)                 # the classifier first
    assert nlu_verdict(text, "answer_problem", 0.6, 0.35) == crisis.Verdict("crisis", 0.35)  # or a second guess


@pytest.mark.parametrize("text", [
    "ik ga die gsm nog tegen de muur smijten, hij hangt alweer",
    "kzou mijn ex kunnen wurgen, hij heeft weer geen alimentatie betaald",
    "ik neem slaappillen van de dokter voor 's nachts",
    "vorige zomer heeft de kleine een slok bleekwater genomen, de dokter zei dat het niet erg was",
    "ik sterf van de honger, ik ga eerst eten maken",
    "mijn batterij is bijna dood",
    "de ramen boven gaan niet meer toe en de trap heeft geen leuning",
    "de kleine slaat de bal tegen de muur",
])
def test_everyday_words_stay_a_gentle_question_even_when_the_classifier_thinks_of_a_crisis(text):
    assert kinds(text, supported=True) == ()
    verdict = nlu_verdict(text, "crisis", 0.9)
    assert verdict is not None and verdict.intent == "maybe_crisis"


@pytest.mark.parametrize("text", [
    "mijne vent is aan t roepen en hij slaat",
    "mijn zoon heeft pillen van oma uit haar tas in zijn mond gestoken",
])
def test_a_weaker_sign_alone_is_asked_about_gently(text):
    assert kinds(text) == () and kinds(text, supported=True)
    for intent, confidence in (("inform", 0.95), ("nlu_fallback", 0.3), ("answer_problem", 0.6)):
        assert nlu_verdict(text, intent, confidence, detector_score=0.0) == crisis.Verdict("maybe_crisis", 1.0)


def test_a_weaker_sign_in_an_answer_in_the_criteria_words_is_taken_as_the_answer():
    text = "ik heb geen kracht meer, ik ben al een jaar ziek thuis met een depressie"
    assert kinds(text) == () and kinds(text, supported=True) and crisis.reads_as_an_answer(text)
    assert nlu_verdict(text, "answer_problem", 0.9) is None


def test_the_help_lines_of_a_supported_crisis_are_those_of_its_kind():
    from bot import help as help_module

    message = "hij is zat en hij slaat er nu op los, ik hoor de kleine"
    assert help_module.crisis_kind(message) == "violence_now"
    assert help_module.crisis_lines(message).splitlines()[0] == text("crisis.lines.violence_now").splitlines()[0]


def test_component_lets_the_classifier_and_a_weaker_sign_decide_also_on_an_answer(safety_net):
    """At a question the classifier's crisis goes to its next guess when the message names a domain
    (its words are an answer); a weaker sign of the net keeps it a crisis."""
    msg = rasa_message("mijn zoon heeft pillen van oma uit haar tas gegeten, hij is zo slaperig", "crisis", 0.8,
                       ("answer_problem", 0.2))
    [out] = safety_net.process([msg])
    assert out.get("intent")["name"] == "crisis"


def test_a_supported_rule_of_an_unknown_kind_fails_on_load():
    with pytest.raises(CrisisDataError, match=re.escape("supported.hunger: not one of the kinds")):
        build({**RAW, "supported": {"hunger": [{"match": "honger"}]}})


def test_the_second_guess_threshold_is_data():
    net = build({**yaml.safe_load(crisis.PATH.read_text(encoding="utf-8")), "classifier_second_guess": 0.0})
    assert net.second_guess == 0.0
    with pytest.raises(CrisisDataError):
        build({**yaml.safe_load(crisis.PATH.read_text(encoding="utf-8")), "classifier_second_guess": 1.5})


def test_component_is_registered_and_last_in_the_pipeline():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    from components.safety_net import SafetyNet

    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    assert config["pipeline"][-1]["name"] == "components.safety_net.SafetyNet"
    names = [c["name"] for c in config["pipeline"]]
    assert names.index("FallbackClassifier") < names.index("components.safety_net.SafetyNet")
    assert DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER in DefaultV1Recipe._from_registry(
        SafetyNet.__name__).types


# "nu is hij nergens" (without "te vinden") after playing outside is a missing child;
# "hij is nergens bang voor" is not. A compound written as two words ("wasmiddel
# capsule", "vaatwas tablet") is still a capsule.
@pytest.mark.parametrize("sentence, expected", [
    ("ons kleine is weg, ze was buiten aan het spelen en nu is ze nergens", "missing_child"),
    ("hij was aan het spelen op het plein en nu is hij nergens meer", "missing_child"),
    ("mijn zoon speelt graag buiten, hij is nergens bang voor", None),
    ("ze speelt veel buiten, ze is nergens goed in op school", None),
    ("mijn dochtertje heeft op een vaatwas tablet gebeten en ze hoest", "poisoning"),
    ("de kleine heeft in een wasmiddel pod gebeten", "poisoning"),
    ("de wasmiddel capsules liggen hoog in de kast", None),
])
def test_nowhere_after_playing_and_split_compounds(sentence, expected):
    assert crisis.crisis_kind(sentence) == expected


def test_component_takes_an_answer_in_the_criteria_words_as_an_answer(safety_net):
    """Only the classifier thought of a crisis, but the message names what a
    question asks in its deciding words: the classifier's next guess."""
    msg = rasa_message("Ik ben zelfstandig kapper en mijn man is bediende.", "crisis", 0.65,
                       ("answer_fine", 0.34), ("inform", 0.01))
    [out] = safety_net.process([msg])
    assert out.get("intent") == {"name": "answer_fine", "confidence": 0.34}
    assert [i["name"] for i in out.get("intent_ranking")] == ["answer_fine", "inform", "crisis"]


def test_component_keeps_the_net_and_the_gentle_check_without_domain_words(safety_net):
    net = rasa_message("ik ben werkloos en ik wil er niet meer zijn", "crisis", 0.6, ("answer_problem", 0.3))
    unsure = rasa_message("het is allemaal te zwaar", "crisis", 0.85, ("answer_problem", 0.15))
    first, second = safety_net.process([net, unsure])
    assert first.get("intent")["name"] == "crisis"          # the pattern net decides, domain words or not
    assert second.get("intent")["name"] == "maybe_crisis"   # everyday words only: still the gentle check


@pytest.mark.parametrize("text, expected", [
    ("Ik ben zelfstandig kapper en mijn man is bediende.", True),
    ("kheb ne depressie gehad mor da's nu beter", True),
    ("mijn man heeft geen papieren, wij durven niet naar ziekenhuis", True),
    ("Dolores", False),
    ("het is allemaal te zwaar", False),
    ("laat mijn kinderen daar buiten, da's mijn zaak", True),  # a refusal to answer
    ("da zeg ik liever ni", True),
])
def test_reads_as_an_answer_only_on_the_criteria_words(text, expected):
    from bot.crisis import reads_as_an_answer

    assert reads_as_an_answer(text) is expected


@pytest.mark.parametrize("text, kind", [
    ("soms wil ik gewoon gaan slapen en nooit meer wakker worden", "suicide"),
    ("'k zou willen inslapen en dan ni meer wakker worden", "suicide"),
    ("mijn ex is binnengebroken, ik zit boven met de kinderen", "violence_now"),
    ("mijne vent is binnengedrongen bij ons", "violence_now"),
    ("hij houdt mijn zoontje vast en wil hem meenemen", "violence_now"),
    ("ze grijpt de kleine vast en wil haar afpakken", "violence_now"),
])
def test_forced_entry_a_child_taken_and_a_wish_not_to_wake_up(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "ik wil morgen uitslapen en niet wakker worden van de wekker",
    "ik wil gewoon een keer slapen en niet wakker worden door de baby",
    "mijn ex wil de kinderen meenemen op vakantie",
    "de papa neemt de kinderen mee in het weekend, zoals afgesproken",
    "vorig jaar is er bij ons ingebroken",
])
def test_ordinary_sleep_holidays_and_old_burglaries_are_no_crisis(text):
    assert kinds(text) == ()


def test_a_verb_is_written_once_and_read_in_every_tense():
    from bot.crisis import verb_forms

    forms = verb_forms("slaan sla sloeg geslagen")
    assert {"slaan", "slaat", "sla"} <= set(forms["now"])
    assert "knijpe" in verb_forms("knijpen knijp kneep geknepen")["now"]  # spoken dropped -n
    assert {"sloeg", "sloegen", "geslagen", "geslage"} <= set(forms["done"])
    split = verb_forms("dicht+knijpen dicht+knijp dicht+kneep/dicht+knepen dicht+geknepen")
    assert {"dichtgeknepen", "dicht geknepen", "dichtknepen"} <= set(split["done"])


def test_an_answer_nothing_understood_at_a_question_still_names_the_emergency_number():
    """At a question, a crisis in words neither the net nor the phrases know is asked again: the
    second line of that "not understood" is the emergency number, as outside the questions."""
    step = next_step("education", "qwxz vlbrk", intent="nlu_fallback", confidence=0.2)
    lines = step.say.text.splitlines()
    assert step.value is None and lines[0].startswith("Sorry, dat begrijp ik niet goed.")
    assert "Bel dan meteen 112." in lines[1]


class _NoDuplicateKeys(yaml.SafeLoader):
    """A YAML loader that refuses a mapping with a key twice (plain YAML keeps the last one silently)."""


def _mapping_without_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"key(s) {twice} twice", node.start_mark)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_NoDuplicateKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


@pytest.mark.parametrize("path", sorted((Path(__file__).parent.parent / "bot" / "data").glob("*.yml")), ids=str)
def test_no_data_file_has_a_key_twice(path):
    """Two `unless:` on one crisis rule kept only the last exception list, silently."""
    yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDuplicateKeys)


def test_the_duplicate_key_check_catches_a_key_twice():
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("rule:\n  unless: a\n  unless: b\n", Loader=_NoDuplicateKeys)
