"""A crisis written in another language (bot/crisis.py `language_nets`, data in bot/data/crisis_languages.yml;
texts other_language_crisis.<code> in bot/data/messages/other_languages.yml).

A parent in danger who writes English, French, Turkish or Arabic (script or Arabizi) gets the crisis path:
`{"crisis": true, "language": ...}`, the questions stop, and the help lines of the kind, in that language, with
the same first help line as the Dutch text of that kind. The Dutch net comes first and is unchanged; the other
nets are tried only when it finds nothing, and they stay silent on ordinary messages (idioms, an old crisis
that is over, annoyance with the chat) and on every Dutch NLU example and test sentence.

The sentences are written for this file (learner English first: "I not want live more", "he hit me now").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message as NluMessage
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import crisis, dialogue
from bot.answers import next_step
from bot.crisis import CrisisDataError, build_languages, crisis_language, kinds, language_kinds, language_nets
from bot.help import crisis_reply_language, crisis_text_languages, helplines, keywords
from bot.messages import catalogue, section, text
from bot.normalise import strip_accents
from tests.test_crisis import NEGATIVES as DUTCH_NEGATIVES
from tests.test_crisis import POSITIVE_CASES as DUTCH_POSITIVES
from tests.test_crisis import first_number
from tests.test_language import DUTCH_SENTENCES

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES_FILE = ROOT / "bot" / "data" / "crisis_languages.yml"
LANGUAGES = ("en", "fr", "tr", "ar")
URGENT = ("suicide_now", "poisoning", "emergency", "violence_now", "missing_child")

# language -> kind -> sentences whose most urgent kind it is (read by that language's net)
POSITIVES: dict[str, dict[str, list[str]]] = {
    "en": {
        "suicide_now": [
            "I take all pills now",
            "i have swallowed a whole box of sleeping pills",
            "I took all my pills, I want to sleep forever",
            "my wife took all her antidepressants, she is very sleepy",
            "i go jump from bridge now",
            "I am on the bridge and I will jump",
            "i will jump off the roof tonight",
            "I cut myself, there is blood everywhere",
            "I am cutting my wrists right now",
            "the rope is ready, goodbye",
            "i drank bleach, i want to die",
            "when you read this I will be dead",
            "I took 30 paracetamol",
            "i want to kill myself tonight",
            "I overdosed on my meds",
            "goodbye forever, tell my kids i love them, i took all the pills",
            "I want to die now",
            "i will take all my pills tonight and sleep forever",
            "the car is running in the closed garage, forgive me",
            "my daughter cuts her arms",
            "i have the pills in my hand, i will take them all now",
        ],
        "poisoning": [
            "baby eat pills from grandma bag",
            "my toddler eat the pills of grandpa, i not know how many",
            "my son drank bleach",
            "my daughter swallowed a battery",
            "my toddler drank wine when I was not looking",
            "the kid ate rat poison",
            "my son opened the pill box, some pills are missing",
            "my baby bit into a washing pod",
            "my husband drank drain cleaner by mistake",
            "i think my child is poisoned",
            "my little girl swallowed the bleach",
            "kid eat dishwasher tablet",
            "my 2 year old drank some bleach",
        ],
        "emergency": [
            "my baby is not breathing",
            "he is unconscious on the floor",
            "my husband does not react, he is on the floor",
            "my son is having a seizure",
            "baby lips are blue",
        ],
        "violence_now": [
            "husband drunk, he hit me now, kids crying, please",
            "he hit me now",
            "he has a knife",
            "my ex is at the door with a knife",
            "he says he will kill me",
            "my husband is hitting me help",
            "my ex is banging on the door, he is drunk",
            "someone is breaking in",
            "we are hiding in the bathroom, he is drunk and angry",
            "help he is strangling her",
            "my husband wants to kill us",
            "he is beating the kids right now",
        ],
        "violence": [
            "he hit me",
            "my husband beats me every day",
            "he hits the kids when he is drunk",
            "my husband beat me yesterday",
            "my partner is violent",
            "i am beaten by my husband",
            "there is domestic violence in our family",
            "my daughter was hit by her father",
        ],
        "sexual_violence": [
            "my uncle touch my daughter last year",
            "I was raped",
            "my stepfather sexually abused me when I was small",
            "the neighbour touched my son",
            "he forced me to have sex",
            "my daughter was molested by her teacher",
            "my cousin touched me when I was a child",
        ],
        "missing_child": [
            "my girl 8 year go play outside, now 1 hour, no come back",
            "my son is missing",
            "i can not find my daughter",
            "our daughter ran away",
            "I lost my son in the supermarket",
            "I don't know where my son is, he did not come home",
            "my kids father took the children and will not bring them back",
            "my boy is gone since 3 hours, police?",
            "my son didn't come home from school, it is dark",
            "my kids are gone, their father took them and blocked me",
        ],
        "suicide": [
            "I not want live more",
            "every night I think to die",
            "i want to die",
            "I don't want to live anymore",
            "me want die",
            "i am thinking about suicide",
            "everyone would be better off without me",
            "my son says he wants to die",
            "i wish i was dead",
            "my husband threatens to kill himself",
            "i no want life",
            "I am tired of living",
        ],
        "food": [
            "no food in house today, children hungry",
            "we have nothing to eat today",
            "children hungry, no money, fridge empty",
            "we have not eaten since yesterday",
            "no money for food today",
            "i can not feed my kids",
            "no milk for the baby",
            "kids hungry nothing to eat",
            "we have no food",
        ],
    },
    "fr": {
        "suicide_now": [
            "j'ai pris toute la boîte de somnifères",
            "il a avalé tous ses cachets, il dort bizarrement",
            "je prends tous mes médicaments maintenant",
            "je me suis coupé les veines",
            "je vais sauter du pont",
            "je suis sur le toit, je vais sauter, adieu",
            "je vais me jeter sous le train ce soir",
            "la corde est prête",
            "j'ai bu de la javel, je veux mourir",
            "j'ai fait une overdose",
            "je me scarifie, il y a du sang partout",
            "quand tu liras ce message je serai morte",
        ],
        "poisoning": [
            "mon bébé a bu de la javel",
            "ma fille a avalé une pile",
            "le petit a mangé des médicaments de mamie",
            "mon fils de 2 ans a bu du vin",
            "mon bebe boire javel",
            "mon fils a mordu dans une capsule de lessive",
            "mon mari a bu du déboucheur par erreur",
            "je crois que mon fils est intoxiqué",
        ],
        "emergency": [
            "mon bébé ne respire plus",
            "il est inconscient",
            "mon mari ne réagit plus, il est par terre",
            "ma fille fait une crise d'épilepsie",
        ],
        "violence_now": [
            "il me frappe maintenant",
            "mon mari me frappe, au secours",
            "il a un couteau",
            "mon ex est devant la porte, il est ivre",
            "il va me tuer",
            "il dit qu'il va nous tuer",
            "quelqu'un essaie d'entrer, il défonce la porte",
            "je suis cachée dans la salle de bain, il est ivre",
            "il est en train de la frapper",
            "mon mari a pris un couteau",
        ],
        "violence": [
            "il me frappe",
            "mon mari m'a battue hier",
            "il frappe les enfants quand il boit",
            "mon ex me tapait tous les jours",
            "je suis battue par mon mari",
            "violences conjugales",
            "mon mari est violent",
            "je me fais frapper par mon copain",
        ],
        "sexual_violence": [
            "j'ai été violée",
            "mon oncle a touché ma fille l'année dernière",
            "le beau-père abuse de ma fille",
            "attouchements sur mon fils",
            "il m'a forcée à coucher avec lui",
            "ma fille a été violée par un voisin",
        ],
        "missing_child": [
            "mon fils a disparu",
            "ma fille a fugué",
            "je ne trouve plus mon fils",
            "mon fils n'est pas rentré depuis 3 heures",
            "je sais pas où est ma fille, elle est pas rentrée, j'ai peur",
            "mon ex a pris les enfants et ne veut pas les ramener",
            "j'ai perdu ma fille au supermarché",
            "ma petite est partie jouer dehors, elle n'est pas revenue depuis une heure",
            "je ne retrouve plus ma fille",
        ],
        "suicide": [
            "je veux mourir",
            "j'ai envie d'en finir",
            "je vais me suicider",
            "j'veux plus vivre",
            "j'ai des idées noires, je pense à mourir",
            "ils seraient mieux sans moi",
            "mon fils dit qu'il veut mourir",
            "mon mari menace de se suicider",
            "marre de la vie",
        ],
        "food": [
            "pas de nourriture aujourd'hui, les enfants ont faim",
            "on n'a rien à manger ce soir",
            "le frigo est vide et je n'ai pas d'argent",
            "on n'a pas mangé depuis hier",
            "je ne peux plus nourrir mes enfants",
            "plus de lait pour le bébé",
            "les enfants ont faim, plus rien dans le frigo",
            "on n'a plus rien à manger",
        ],
    },
    "tr": {
        "suicide_now": ["bütün ilaçları içtim", "köprüden atlayacağım", "bileklerimi kestim", "ölmek istiyorum, şimdi"],
        "poisoning": ["oğlum çamaşır suyu içti", "bebeğim pil yuttu", "kızım ilaçları yedi"],
        "emergency": ["bebeğim nefes almıyor", "kocam tepki vermiyor"],
        "violence_now": ["kocam beni dövüyor şimdi, imdat", "beni öldürecek", "elinde bıçak var"],
        "violence": ["kocam beni dövüyor", "kocam bana vurdu", "aile içi şiddet görüyorum"],
        "sexual_violence": ["tecavüze uğradım", "amcam kızıma dokundu"],
        "missing_child": ["oğlum kayboldu", "kızımı bulamıyorum", "oğlum eve gelmedi, saat 10 oldu, korkuyorum"],
        "suicide": ["ölmek istiyorum", "yaşamak istemiyorum", "intihar etmeyi düşünüyorum", "kendimi öldüreceğim"],
        "food": ["evde yemek yok", "bugün hiç yemek yemedik", "ekmek alacak param yok"],
    },
    "ar": {
        "suicide_now": ["أخذت كل الحبوب", "سأقفز من الجسر", "قطعت شراييني", "أريد أن أموت الآن", "klit ga3 dwa",
                        "bghit nmout daba"],
        "poisoning": ["ابني شرب الكلور", "طفلي بلع بطارية", "bnti chrbat javel"],
        "emergency": ["ابني لا يتنفس", "زوجي مغمى عليه"],
        "violence_now": ["زوجي يضربني الآن", "سيقتلني", "معه سكين", "rajli kaydrebni daba", "ghadi y9telni"],
        "violence": ["زوجي يضربني", "عنف أسري في بيتنا", "rajli kaydrebni"],
        "sexual_violence": ["اغتصبني", "تحرش بابنتي"],
        "missing_child": ["ابني مفقود", "لا أجد ابني", "بنتي ضاعت", "wldi tlef"],
        "suicide": ["أريد أن أموت", "بدي موت", "لا أريد أن أعيش", "أفكر في الانتحار", "bghit nmout", "bdi mout",
                    "ma bghitch n3ich"],
        "food": ["لا يوجد أكل في البيت", "الأولاد جوعانين ما عندنا شي", "ma3ndna ma nakloo"],
    },
}
CASES = [(lang, kind, s) for lang, by_kind in POSITIVES.items() for kind, some in by_kind.items() for s in some]

# ordinary messages in each language: idioms, an old crisis that is over, annoyance, everyday answers
NEGATIVES: dict[str, list[str]] = {
    "en": [
        "I'm dying to know", "this form kills me", "I could kill him for leaving his socks", "my feet are killing me",
        "I'm starving, when is lunch", "he beat me at chess", "hit me up on whatsapp", "I almost died laughing",
        "my phone is dying", "I wanted to die years ago but now I am fine",
        "my ex hit me years ago, it is over, now we are safe", "I used to cut myself as a teenager, not any more",
        "these questions make me want to die haha", "I'm going to die of boredom",
        "we don't want to live in this house anymore", "I can't find my son's shoes", "my son misses his dad",
        "my son is at school", "how many pills can my son take for his fever", "the kids are hungry when they come home from school", "no food allergies",
        "my son takes his medicine every day", "my daughter has to take pills for her epilepsy",
        "I take my pills every morning", "I cut my finger while cooking", "my toddler hits me when he is tired",
        "my son hit his brother", "my mom will kill me if I forget her birthday", "the postman is at the door",
        "I don't want to wake up early on sunday", "I think about the death of my mother",
        "I live with my husband and two kids", "I work part time and earn 1500 euro", "my husband drinks too much",
        "I have depression and take medication", "my son lost his tooth", "I lost my job",
        "my daughter is lost in maths",
        "I just want to end this chat", "sometimes we have no food at the end of the month",
        "my son likes to take the batteries out of the remote", "we want to jump on the trampoline",
        "my husband took the kids to Morocco for the holidays", "the teacher touched my daughter's hair",
        "I was touched by your kindness", "he threatens me with a lawyer", "my dog ate my pills",
        "our family had food poisoning last week", "the other kids hit my son at school",
        "I don't speak Dutch", "hello I need help with my papers", "my husband is a police officer",
        "he is not breathing down my neck any more, my boss", "the kids are hungry, when do we finish?",
        "I nearly had a heart attack when I saw the energy bill", "my son is lost without his father",
        "I would kill for a holiday",
    ],
    "fr": [
        "je meurs de faim, c'est quand le repas", "ce formulaire me tue", "mort de rire",
        "ma mère va me tuer si je rentre tard", "il me bat aux échecs", "quelqu'un frappe à la porte",
        "le facteur est à la porte", "il me tape sur les nerfs",
        "j'ai voulu mourir il y a des années, maintenant je vais bien",
        "mon ex me frappait il y a longtemps, c'est fini, maintenant on est en sécurité",
        "je me suis coupé le doigt en cuisinant", "mon fils prend ses médicaments tous les jours",
        "je prends tous mes médicaments le matin", "mon fils a perdu sa dent", "mon fils est chez son père",
        "les enfants ont faim quand ils rentrent de l'école", "il a violé la loi", "le violon de ma fille",
        "je ne trouve pas d'école pour mon fils", "mon fils me manque", "je vais sauter le repas",
        "je ne parle pas néerlandais", "j'ai trois enfants et je travaille à mi-temps", "mon mari boit trop",
        "mon fils de 2 ans me tape quand il est fatigué", "les enfants se battent tout le temps",
        "intoxication alimentaire la semaine dernière", "je veux en finir avec ces papiers",
        "le doudou de ma fille a disparu", "mon fils n'est pas encore rentré, il a entraînement jusqu'à 19h",
        "c'est quand qu'on finit, les enfants ont faim", "tu vas me tuer avec tes questions",
        "mon mari prend ses médicaments pour le coeur", "on l'a retrouvée chez sa copine, elle avait disparu une heure",
    ],
    "tr": ["açlıktan ölüyorum", "gülmekten öldüm", "Felemenkçe bilmiyorum", "çocuklarım okulda", "ölmek istemiyorum",
           "oğlum top oynuyor", "kocam çok çalışıyor"],
    "ar": ["أموت من الجوع", "أموت فيك", "لا أتكلم الهولندية", "ma kanfhamch", "ضربني البرد", "أحتاج مترجم",
           "ana ma3andich l5edma"],
}
NEGATIVE_CASES = [(lang, s) for lang, sentences in NEGATIVES.items() for s in sentences]


def dutch_first_line(kind: str) -> str:
    return text(f"helpline.{helplines(kind)[0]}")


# -- found, with the kind and the language -----------------------------------------------------------------


@pytest.mark.parametrize("lang, kind, sentence", CASES)
def test_a_crisis_in_another_language_is_found_with_its_kind_and_language(lang, kind, sentence):
    assert crisis.crisis_kind(sentence) == kind
    assert crisis.is_crisis(sentence)
    assert language_kinds(sentence, lang)[:1] == (kind,)
    # the Dutch net comes first: it knows a few French phrases ("je veux mourir") and decides those itself
    read_by_dutch = bool(language_kinds(sentence, "nl"))
    assert crisis_language(sentence) == ("nl" if read_by_dutch else lang)
    assert crisis_reply_language(sentence) == ("nl" if read_by_dutch else lang)


def test_the_dutch_net_alone_misses_almost_all_of_them():
    missed = [s for _, _, s in CASES if not language_kinds(s, "nl")]
    assert len(missed) >= 0.9 * len(CASES)
    assert all(crisis_language(s) != "nl" for s in missed)
    assert {lang for lang, _, s in CASES if language_kinds(s, "nl")} <= {"en", "fr"}


@pytest.mark.parametrize("lang, kind, sentence", CASES)
def test_the_reply_is_in_that_language_with_the_dutch_first_help_line(lang, kind, sentence):
    reply = dialogue.crisis(sentence)
    assert first_number(reply.text) == dutch_first_line(kind)
    if language_kinds(sentence, "nl"):  # the Dutch net decided: the Dutch reply, as before (see below)
        assert reply.custom == {"crisis": True} and text(f"crisis.lines.{kind}") in reply.text
        return
    assert reply.custom == {"crisis": True, "language": lang}
    assert reply.text.startswith(text(f"other_language_crisis.{lang}.intro"))
    assert text(f"other_language_crisis.{lang}.lines.{kind}") in reply.text
    assert reply.text.endswith(text(f"other_language_crisis.{lang}.outro"))
    assert first_number(reply.text) == dutch_first_line(kind)
    assert text("crisis.intro") not in reply.text and text(f"crisis.lines.{kind}") not in reply.text
    if kind == "food":  # the OCMW of the municipality comes before any number
        assert reply.text.index("OCMW") < reply.text.index(text("helpline.caw"))


@pytest.mark.parametrize("lang, sentence", NEGATIVE_CASES)
def test_ordinary_messages_in_other_languages_stay_silent(lang, sentence):
    assert kinds(sentence) == ()
    assert kinds(sentence, supported=True) == ()
    assert not crisis.is_crisis(sentence)
    assert crisis_language(sentence) is None
    assert language_kinds(sentence, lang) == ()


def test_enough_sentences_per_language_and_kind():
    for lang, least in (("en", 5), ("fr", 4), ("tr", 2), ("ar", 2)):
        counts = {kind: len(POSITIVES[lang].get(kind, [])) for kind in language_nets()[lang].kinds}
        assert min(counts.values()) >= least, (lang, counts)
    assert {lang: len(s) >= (30 if lang in ("en", "fr") else 6) for lang, s in NEGATIVES.items()} == {
        lang: True for lang in LANGUAGES
    }
    ours = [s for _, _, s in CASES] + [s for _, s in NEGATIVE_CASES]
    assert len(set(ours)) == len(ours)


# -- the texts ----------------------------------------------------------------------------------------------


def test_every_language_with_a_net_has_crisis_texts():
    assert tuple(language_nets()) == LANGUAGES
    assert crisis_text_languages() == sorted(LANGUAGES)
    for lang, n in language_nets().items():
        assert set(n.kinds) <= set(crisis.net().kinds), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_texts_of_each_language_have_the_keys_of_the_dutch_texts(lang):
    def keys(prefix: str) -> set[str]:
        return {k[len(prefix) :] for k in catalogue() if k.startswith(prefix)}

    own = f"other_language_crisis.{lang}."
    assert keys(own + "lines.") == keys("crisis.lines.") == set(keywords()["crisis"])
    assert keys(own + "also.") == keys("crisis.also.")
    assert {k for k in keys(own) if "." not in k} == {"intro", "computer", "outro", "resume", "stop"}
    for key in keys(own):
        if f"crisis.{key}" in catalogue():
            assert text(own + key) != text(f"crisis.{key}"), (lang, key)  # translated, not the Dutch copied


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(keywords()["crisis"]))
def test_each_kind_names_the_dutch_help_lines_in_order_the_first_one_first(lang, kind):
    body = text(f"other_language_crisis.{lang}.lines.{kind}")
    numbers = [text(f"helpline.{key}") for key in helplines(kind)]
    positions = [body.find(n) for n in numbers]
    assert -1 not in positions and positions == sorted(positions), (lang, kind, numbers)
    assert first_number(body) == numbers[0]
    # besides, only the French-language lines of Brussels and Wallonia (helpline.*_fr)
    named = {n for n in section("helpline").values() if re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", body)}
    extra = {v for k, v in section("helpline").items() if k.endswith("_fr")}
    assert named - set(numbers) <= extra
    if lang != "fr":
        assert not named & extra
    if kind == "food":
        assert body.index("OCMW") < body.index(text("helpline.caw"))
    if kind in URGENT:
        assert text(f"other_language_crisis.{lang}.computer") in body


def test_lines_that_speak_dutch_only_say_so():
    assert "Dutch" in text("other_language_crisis.en.lines.suicide")
    assert "néerlandais" in text("other_language_crisis.fr.lines.suicide")
    assert "Felemenkçe" in text("other_language_crisis.tr.lines.suicide")
    assert "الهولندية" in text("other_language_crisis.ar.lines.suicide")
    assert text("helpline.suicide_fr") in text("other_language_crisis.fr.lines.suicide")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_buttons_are_bilingual_like_the_other_language_message(lang):
    sentence = POSITIVES[lang]["violence_now"][0]
    reply = dialogue.crisis(sentence)
    own = f"other_language_crisis.{lang}."
    assert reply.buttons == [
        (f"{text('button.talk_to_person')} / {text(f'other_language.{lang}.person')}", "/talk_to_person"),
        (f"{text('button.resume')} / {text(own + 'resume')}", "/resume"),
        (f"{text('button.stop')} / {text(own + 'stop')}", "/stop"),
    ]


# -- Dutch first, and unchanged ------------------------------------------------------------------------------


def test_dutch_crisis_sentences_are_still_answered_in_dutch():
    wrong = []
    for kind, sentence in DUTCH_POSITIVES:
        reply = dialogue.crisis(sentence)
        if (
            reply.custom != {"crisis": True}
            or text(f"crisis.lines.{kind}") not in reply.text
            or crisis_language(sentence) != "nl"
        ):
            wrong.append(sentence)
    assert wrong == []


@pytest.mark.parametrize(
    "sentence, kind",
    [("kheb er genoeg van, ik wil dood", "suicide"), ("mijne vent slaat mij, hij staat nu aan de deur", "violence_now"),
     ("ik vind mijn zoontje nergens", "missing_child"), ("we hebben vandaag niks te eten, geen geld", "food")],
)
def test_learner_and_spoken_dutch_stays_dutch(sentence, kind):
    assert crisis_language(sentence) == "nl" and crisis.crisis_kind(sentence) == kind
    assert crisis_reply_language(sentence) == "nl"
    assert dialogue.crisis(sentence).custom == {"crisis": True}


def test_a_mixed_message_with_a_dutch_word_is_answered_in_dutch():
    sentence = "help, mijn man hit me now"
    assert crisis_language(sentence) == "en" and kinds(sentence) == ("violence_now",)
    reply = dialogue.crisis(sentence)
    assert reply.custom == {"crisis": True}
    assert text("crisis.lines.violence_now") in reply.text


def test_french_the_dutch_net_knows_is_decided_and_answered_by_the_dutch_net():
    # crisis.yml reads a few French phrases itself; its kind and its Dutch reply stay as they were
    # (tests/test_crisis_more.py expects them), though the French net reads the message too
    sentence = "je veux mourir ce soir"
    assert crisis_language(sentence) == "nl" and kinds(sentence) == ("suicide",)
    assert language_kinds(sentence, "fr") == ("suicide_now",)
    reply = dialogue.crisis(sentence)
    assert reply.custom == {"crisis": True} and text("crisis.lines.suicide") in reply.text


def test_the_classifier_alone_or_the_button_gives_the_general_lines_in_dutch():
    for message in ("/crisis", "Dolores"):
        assert crisis_language(message) is None
        reply = dialogue.crisis(message)
        assert reply.custom == {"crisis": True} and text("crisis.lines.general") in reply.text


def nlu_texts() -> list[str]:
    """Every NLU example of an intent other than `crisis`, as typed (annotations removed)."""
    found = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if block.get("intent") in (None, "crisis"):
                continue
            for line in str(block.get("examples") or "").splitlines():
                example = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", re.sub(r"^\s*-\s*", "", line)).strip()
                if example:
                    found.append(example)
    return found


def test_the_other_nets_never_fire_on_dutch():
    """The nets of other languages run on every message the Dutch net lets through: not one Dutch NLU
    example, ordinary Dutch test sentence or Dutch answer of tests/test_language.py may start them."""
    dutch = nlu_texts() + list(DUTCH_NEGATIVES) + list(DUTCH_SENTENCES)
    assert len(dutch) > 1500
    fired = [(code, s) for s in dutch for code in LANGUAGES if language_kinds(s, code)]
    assert fired == []


# -- through the pipeline and the actions ---------------------------------------------------------------------


def test_the_safety_net_turns_another_language_into_a_crisis():
    from components.safety_net import SafetyNet

    net = SafetyNet(SafetyNet.get_default_config())
    said = {"name": "other_language", "confidence": 1.0}  # as components/language_check.py leaves it
    crisis_msg = NluMessage(data={TEXT: "he hit me now", INTENT: dict(said), INTENT_RANKING_KEY: [dict(said)]})
    quiet_msg = NluMessage(data={TEXT: "I don't speak Dutch", INTENT: dict(said), INTENT_RANKING_KEY: [dict(said)]})
    [out] = net.process([crisis_msg])
    assert out.get(INTENT) == {"name": "crisis", "confidence": 1.0}
    [out] = net.process([quiet_msg])
    assert out.get(INTENT)["name"] == "other_language"


def test_inside_a_question_a_crisis_in_english_comes_before_the_answer():
    step = next_step("housing", "no food in house today, children hungry", intent="other_language", confidence=1.0)
    assert step.value is None and step.pending is None
    assert step.say is not None and step.say.custom == {"crisis": True, "language": "en"}
    assert text("other_language_crisis.en.lines.food") in step.say.text


async def test_action_crisis_answers_in_the_language_and_stops_the_questions(var_dir, tmp_path, monkeypatch):
    import actions.common as common
    from actions.help import ActionCrisis

    monkeypatch.setenv("STAPSTEEN_DATABASE_URL", f"sqlite:///{tmp_path / 'crisis-languages.db'}")
    monkeypatch.setattr(common, "_store", None)
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    slots = {name: spec.get("initial_value") for name, spec in domain["slots"].items()}
    slots["requested_slot"] = "housing"
    message = "mon mari me frappe, au secours"
    latest = {"text": message, "intent": {"name": "crisis", "confidence": 1.0}, "entities": [],
              "intent_ranking": [{"name": "crisis", "confidence": 1.0}]}
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": message, "parse_data": latest}]
    tracker = Tracker("test-user", slots, latest, events, False, None, {"name": "criteria_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    try:
        result = await ActionCrisis().run(dispatcher, tracker, domain)
    finally:
        if common._store is not None:
            common._store.engine.dispose()
    assert result[:2] == [ActiveLoop(None), SlotSet("requested_slot", None)]
    [sent] = dispatcher.messages
    assert sent["custom"] == {"crisis": True, "language": "fr"}
    assert sent["text"] == dialogue.crisis(message).text
    assert first_number(sent["text"]) == dutch_first_line("violence_now")


# -- the data file ---------------------------------------------------------------------------------------------


def test_the_data_file_says_its_format_and_who_must_check_it():
    header = LANGUAGES_FILE.read_text(encoding="utf-8").split("\nversion:", 1)[0]
    assert "one top-level mapping per language code" in header and "crisis.yml" in header
    assert "sociaal vertaler" in header


def _strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_patterns_are_written_as_a_message_is_read(lang):
    """No accent, hamza, dotless i or capital in a pattern: the message has none when the rules read it."""
    raw = yaml.safe_load(LANGUAGES_FILE.read_text(encoding="utf-8"))[lang]
    characters = dict(raw.get("characters") or {})
    wrong = []
    for part in ("spelling", "words", "phrases", "unless", "rules", "now"):
        for pattern in _strings(raw.get(part)):
            read = strip_accents(pattern)
            for char, replacement in characters.items():
                read = read.replace(char, replacement)
            if read != pattern or re.sub(r"\\[A-Za-z]", "", pattern) != re.sub(r"\\[A-Za-z]", "", pattern).lower():
                wrong.append(pattern[:60])
    assert wrong == []


def test_the_dutch_net_has_no_extra_letters_or_characters():
    assert crisis.net().letters == "" and crisis.net().characters == ()
    assert language_nets()["ar"].letters and language_nets()["tr"].characters


def test_a_broken_language_section_is_refused_with_its_name():
    good = yaml.safe_load(LANGUAGES_FILE.read_text(encoding="utf-8"))
    with pytest.raises(CrisisDataError, match="not kinds of the Dutch net"):
        build_languages({"en": {**good["en"], "kinds": [*good["en"]["kinds"], "lonely"],
                                "rules": {**good["en"]["rules"], "lonely": [{"match": "alone"}]}}})
    with pytest.raises(CrisisDataError, match="two-letter code"):
        build_languages({"english": good["en"]})
    with pytest.raises(CrisisDataError, match="two-letter code"):
        build_languages({"nl": good["fr"]})
    with pytest.raises(CrisisDataError, match=r"^fr\.rules\.food"):
        build_languages({"fr": {**good["fr"], "rules": {**good["fr"]["rules"], "food": [{"match": "(unclosed"}]}}})
