"""More crisis sentences for the pattern net (bot/crisis.py, bot/data/crisis.yml): spreektaal
(ni/nie/da/kzit/'k/ge/mijne vent/men pols, dropped -n, no accents, typos) and learner Dutch (verb last or
missing, infinitives, no articles: "ik willen dood", "man mij slaan", "geen eten vandaag kinderen"), also
said inside an answer to one of the six questions. Ordinary sentences with the same words (eten, slaan,
dood, kapot, weg, pillen, politie, deur, honger, springen ...) and loose idioms must stay silent.

Written for this file: none of them is in tests/test_crisis.py or in data/nlu (checked below), so the net
is tested on sentences it was not built from. "ik kan niet meer" alone (exhaustion) is deliberately in
neither list: the classifier's gentle check covers it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import crisis, dialogue
from bot.crisis import kinds, normalise
from bot.help import helplines
from bot.messages import text
from tests.test_crisis import NEGATIVES, POSITIVE_CASES, SEVERAL, first_number, nlu_examples

# kind -> sentences whose most urgent kind it is
MORE_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        'ik alle pillen genomen',
        'pillen genomen, heel veel, ik wil slapen voor altijd',
        'ik sta op brug nu',
        'ik gaan springen nu',
        'vanavond ik maak einde',
        'kheb heel de doos dafalgan binnen',
        'heb 20 pillen geslikt',
        'mijne vent heeft zijn pillen allemaal genomen en hij slaapt raar',
        'ik spring nu van het dak',
        'kga mij vannacht ophangen',
        'ik neem nu al mijn pillen',
        'kzit op de vensterbank, kga springen',
        'kheb mij net in men pols gesneden',
        'ik ga me nu van kant maken',
        'kheb de ganse doos temesta geslikt',
        'ik sta op het perron, de trein komt, ik spring',
        'ik heb 2 strips slaappillen genomen',
        'kheb net alle pillen uit de kast geslikt',
        'ik ga nu mijn polsen doorsnijden',
        'ik heb het touw al vast, vaarwel',
        'ik sta op het dak van de flat en ik ga springen',
        'mijn vrouw heeft een hele fles pillen genomen, ze reageert raar',
        'mijn man slikt nu alle pillen',
        'mijn man drinken alle pillen, hij wil dood',
        # an overdose injected or "uitgeslikt", deep water, gas or a car in a closed garage
        'ik heb mij net al mijn insuline ingespoten',
        'ik heb heel de pen insuline in mijn buik gespoten, vaarwel',
        'mijn man heeft al zijn insuline in een keer ingespoten, hij wil dood',
        'ik ga nu al mijn insuline spuiten',
        'ik heb mezelf een overdosis ingespoten',
        'kheb twee pennen insuline gespoten, kwil ni meer wakker worden',
        'ik zit aan de vaart en ik ga er nu in springen',
        'ik sta op de kaai, ik spring in de schelde, het spijt me',
        'kga in het kanaal springen, zorg goed voor de kinderen',
        'ik loop nu de zee in en ik kom niet terug',
        'ik ga mij in de rivier gooien',
        'ik sta aan de sluis, ik spring erin, vaarwel',
        'ik ben aan de leie en ik wil erin springen',
        'kheb al men slaappillen uitgeslikt',
        'mijn vrouw heeft al haar antidepressiva uitgeslikt',
        'kheb al de pillekes van ons ma binnengeslikt',
        'ik heb een pak pillen opgeslikt, ik wil voor altijd slapen',
        'ik heb de tabletten van mijn moeder uitgeslikt en ik wil niet meer wakker worden',
        'ik heb alle medicijnen uit de kast achterover geslagen',
        'kheb de gaskraan opengedraaid en alle deuren dichtgedaan',
        'ik heb het gas laten openstaan en de ramen afgeplakt, vaarwel',
        'ik zit in de auto in de garage met de motor aan en de poort dicht',
        'ik heb een barbecue in de slaapkamer aangestoken, ik wil niet meer wakker worden',
        'ik draai het gasvuur open en ga slapen, het is gedaan',
        'ik laat het gas open staan en ik heb alles dichtgedaan, ik wil dood',
    ],
    "poisoning": [
        'mijn kind heeft javel gedronke',
        'kleine heeft pillen van oma opgegeten',
        'mijn zoon drink wasmiddel',
        'baby slik batterij',
        'mijn dochter heeft een flesje parfum uitgedronken',
        'kind eten rattengif',
        'mijn peuter heeft paddenstoelen uit de tuin gegeten',
        'den kleine heeft een wasbolleke in zijne mond gestoken',
        'baby heeft medicijn van papa ingeslikt',
        'mijn dochter heeft afwasmiddel gedronken',
        'gezondheid: slecht, mijn kind heeft juist ontkalker gedronken',
        'mijn zoontje van 2 heeft wijn gedronken',
        'onze kleine heeft de pillen van zijn bomma gegeten',
        'mijn kind heeft het flesje van de e-sigaret leeggedronken',
        'mijn kleine heeft van de javel gedronken',
        'de baby heeft een batterijtje ingeslikt',
        'mijn zoon heeft gootsteenontstopper in zijn mond gehad',
        'kind drinkt petroleum',
        'baby javel drinken',
        'kind pil van mij gegeten',
    ],
    "violence_now": [
        'man mij slaan nu help',
        'mijne vent staat aan de deur te bonken, kzen bang',
        'mijn ex staat voor deur, hij roept, ik bang',
        'help hij is binnen, hij heeft mes',
        'hij wil de deur kapot maken, kinderen huilen',
        'mijn man slaat de kinderen op dit moment',
        'bel de politie, mijne vent slaat alles kapot',
        'hij wurgt mij, help',
        'ex man voor mijn huis nu, hij zegt hij maakt mij dood',
        'kzit opgesloten in de badkamer, hij slaat op de deur',
        'vent zat, slaat mij, nu',
        'mijn man gaat mij vermoorden, hij is heel kwaad nu',
        'hij is terug en hij slaat mij weer, kinderen schreeuwen',
        'mijn ex probeert binnen te komen, hij is dronken',
        'hij slaat mij nu, help',
        'mijn man is zat en slaat de kinderen, nu',
        'hij heeft mij net geslagen en staat nog in de keuken met een mes',
        'mijne vent is aan het slagen',
        'ik ben in gevaar, mijn man wil mij doodmaken',
        'vent dronken, kinderen bang, hij roept en slaat',
        'mijn ex zit in de auto voor ons huis en wacht, ik ben bang',
        # children hit while the parent hides, dragged by the hair, a weapon at the door
        'mijn vent klopt de kinders op dit eigen moment',
        'hij slaagt ons kleine nu, kzit opgesloten in de badkamer',
        'hij is de kinderen aan het slaan, ik heb mij verstopt in de kast',
        'help, mijn man slaat mijn zoon, ik zit in de wc en bel stil',
        'mijn ex schopt mijn dochter nu juist, ik ben in de slaapkamer',
        'hij slaan kinderen nu, ik zit in toilet',
        'den deze mept de kinderkes, ik zit met de baby in de badkamer',
        'mijn man sleurt mij aan mijn haren over de grond, nu',
        'hij trekt de kleine aan zijn arm door het huis, de kinderen schreeuwen',
        'mijne ex sleurt mijn dochter naar buiten aan haar haar, help',
        'hij is dronken thuisgekomen en sleurt mij nu de trap af',
        'den deze trekt mij bij mijn haar uit bed, de kinderen wenen',
        'mijn lief is zat en sleurt mij nu door de living, ons kind kijkt',
        'de papa van mijn kind staat aan de deur met een bijl',
        'mijn ex staat voor het raam met een knuppel, hij gaat ons kapot maken',
        'vader van mijn zoon is hier met een hamer en roept dat hij ons krijgt',
        'hij staat buiten met een mes en schreeuwt dat hij ons gaat pakken',
        'mama van de kinderen staat voor de deur met een schaar, ik ben bang',
        'mijn schoonbroer bonkt op de deur met een stok en dreigt',
        'hij zegt dat hij ons gaat pakken, hij staat voor de deur',
    ],
    "missing_child": [
        'mijn zoon is weg sinds gisteren, ik weet niet waar',
        'kind weg, ik vind niet',
        'mijne kleine is kwijt in de winkel',
        'mijn dochter niet thuis gekomen van school, al 3 uur, gsm uit',
        'ons jongske is nergens te vinden',
        'ik kan mijn dochter ni vinden',
        'mijn kind vermist',
        'de papa heeft de kinderen meegenomen naar het buitenland en ik weet niet waar',
        'ze is van huis weggelopen, ons dochter van 14',
        'mijn zoon van 15 is sinds gisteren ni meer thuis geweest',
        'ik zoek mijn kind, hij is verdwenen in het park',
        'baby weg uit kinderwagen',
        'mijn dochter is weg met een onbekende man',
        'kinderen niet terug van buiten, ik zoek overal',
        'mijn zoontje is weg, we zoeken al een uur',
        'ik vind mijn dochter nergens',
        'mijn kind is ontvoerd',
        'ons dochter is niet naar huis gekomen deze nacht',
        'mijn dochter weg, politie gebeld',
        'zoon 12 jaar niet thuis sinds gisteren',
    ],
    "suicide": [
        'ik willen dood',
        'werk? ik heb geen werk en ik wil ni meer leven',
        'kwil echt ni meer leve',
        'kheb er gene zin meer in, in da leven',
        'ik wil mijn leven stoppen, alles is te veel',
        'niet meer leven wil ik',
        'beter ik ben dood',
        'ik ben het leven moe',
        'kben het beu om te leven',
        'mij leven heeft geen zin',
        'gezondheid? slecht, ik denk elke dag aan doodgaan',
        'ik heb geen reden meer om te leven',
        'ik wil mezelf van kant make',
        'kpeins der soms aan om er een einde aan te maken',
        'mijn kinderen beter zonder mij',
        'ik wil sterven, ik kan ni meer',
        'ik denk om mezelf te doden',
        'ik wil slapen en nie meer wakker worden',
        'ik wil ni meer hier zijn op deze wereld',
        'ik wil dood gaan, niemand helpt mij',
        'mijn vrouw zegt ze wil dood, ze eet niet meer',
        'kzie het ni meer zitten, alles is kapot',
        'huis? we wonen klein maar ik wil eigenlijk gewoon dood zijn',
        'ik heb gedachten om mijn leven te nemen',
        'ik heb ni meer de kracht om te leven',
        'soms wil ik gewoon ni meer wakker worden',
        'ik wil weg uit dit leven',
        'ik denk aan zelfmoor',
        'kzou liever dood zijn dan zo verder',
        'ik ben niks meer waard, ik wil stoppen met leven',
        'ik kan niet meer leven zo, ik wil dood',
        'alles is zwart, ik wil niet meer bestaan',
        'ik ben moe van het leven, ik wil slapen en niet meer wakker worden',
        'ik niet willen leven meer',
        'ik wil sterf',
        'ik ga dood maken mezelf',
        'ik ben het leven zat',
        # a voice or thought commanding it, fear of oneself
        'in mijn kop hoor ik de hele tijd: doe jezelf iets aan',
        'mijn gedachten zeggen steeds spring van de brug',
        'ik ben bang voor mezelf, ik denk de hele tijd aan pillen',
        'kheb schrik van mezelf, da ik mij iets aandoe',
        'iets in mij zegt maak er een eind aan, ik kan het niet tegenhouden',
        'mijn hoofd roept de ganse dag ga dood',
        'er is een stem in mijn kop die zegt hang jezelf op',
        'ik vertrouw mezelf niet meer, ik ben bang dat ik mij van kant maak',
    ],
    "sexual_violence": [
        'man mij forceren seks',
        'mijn stiefvader zit aan mijn dochter',
        'ik ben verkrachtd',
        'mijn nonkel heeft mijn dochter betast, ze wou niet',
        'iemand heeft mijn zoon misbruikt op kamp',
        'mijn ex deed seks met mij zonder dat ik wou',
        'hij wil altijd seks en als ik nee zeg doet hij het toch',
        'ze hebben mij aangerand op de trein',
        'mijn kind zegt de buurman aan zijn lichaam gezeten',
        'mijn dochter van 13 moet seks doen met die man',
        'mijne vent dwingt mij om te vrijen',
        'opa heeft mijn dochter ongepast aangeraakt',
        'mijn man verkrachten mij',
        'mijn man heeft mij verkracht gisteren',
        'mijn dochter is misbruikt door haar stiefvader',
        'ik moet seks doen met mijn man ook als ik niet wil',
    ],
    "violence": [
        'man mij slaan',
        'mijn man slaan mij elke dag',
        'mijne vent heeft mij gisteren nog geslagen',
        'hij geeft mij klappen als hij drinkt',
        'mijn echtgenoot mij pijn doen',
        'huisvesting? ik woon bij mijn vriend maar hij slaat me soms',
        'ik krijg slaag van mijn man',
        'vorige week heeft hij mij tegen de muur geduwd',
        'schoonmoeder slaat mijn kinderen',
        'ik heb blauwe plekken van mijn vent',
        'hij trekt mij aan mijn haren en roept dat ik niks waard ben',
        'mijn man klop mij',
        'mijne man sla mij met riem',
        'vader van kinderen slaan mij en kinderen',
        'thuis is er veel geweld',
        'mijn man is agressief, ik heb schrik van hem',
        'mijn vent slaat mij als hij zat is',
        'mijn vriend heeft mij vorige maand in elkaar geslagen',
        'kindjes papa slaan mama',
        'mijn man mij slaat en roept',
        'mijn schoonbroer heeft mijn zoon geslagen',
        'ik word thuis geslagen door mijne vent',
        'vrouw mij slaan met stok',
        'hij mij schoppen in buik',
        'man slaan mij gisteren, vandaag ik bang',
        # coercive control: locked up, papers or money taken, not allowed out; dragged
        'mijne vent doet de deur op slot als hij weggaat, ik kan niet buiten',
        'hij neemt al mijn geld af en ik mag niet werken',
        'mijn man heeft mijn paspoort en mijn verblijfskaart afgepakt',
        'mijn ex houdt mijn identiteitskaart bij zich zodat ik niet kan vertrekken',
        'ik mag van mijn man niet buiten en niemand bellen',
        'hij sluit ons op in de kamer als hij boos is',
        'mijn man laat mij niet naar mijn familie gaan en pakt mijn gsm af',
        'mijn vrouw pakt mijn bankkaart af en ik krijg geen cent',
        'mijn vent heeft mij door de keuken gesleurd aan mijn arm',
    ],
    "food": [
        'geen eten vandaag kinderen',
        'kinderen honger, geen geld',
        'kheb niks meer om te eten voor de kinderen',
        'inkomen? niks, we hebben vandaag niks gegeten',
        'er is geen eten in huis en de kleine heeft honger',
        'mijn kinderen hebben vandaag nog ni gegeten',
        'frigo leeg, geen geld, kinderen wenen van honger',
        'wij niet eten sinds gisteren',
        'ik heb geen geld voor eten deze avond',
        'ik kan vandaag geen eten kopen voor mijn kinderen',
        'baby geen melk meer, geen geld',
        'mijn kinderen gaan vanavond met honger slapen',
        'vandaag geen eten voor ons',
        'we hebben niks meer, geen brood, geen melk, niks',
        'we hebben geen eten meer en geen geld tot volgende week',
        'mijn kinderen hebben honger en ik heb niks',
        'er is vandaag niks meer te eten in huis voor de kinderen',
        'we eten al twee dagen niet',
        'ik heb geen melk meer voor de baby en geen geld',
        'niemand eten vandaag, kinderen honger',
        # not even bread for the children today, the money gone
        'vandaag heb ik zelfs geen stuk brood voor de kinderen, de rekening is leeg',
        'geen boterham voor de kleine vandaag, alles is op',
        'mijn kinderen gaan zonder eten naar school vandaag, ik ben blut',
        'er is vandaag niks in huis voor de kinders en ik heb geen cent',
        'kheb ni eens brood voor mijn kinderen deze middag',
        'ik kan vandaag geen eten kopen voor de kinderen, mijn rekening staat in het rood',
        'alles is op, vanavond heb ik niks voor de kinderen',
    ],
}

MORE_NEGATIVES = [
    'ik ben doodop',
    'da kind slaat alles kapot',
    'kzie het ni meer zitten met al da papierwerk',
    'mijn gsm is kapot gevallen',
    'ik ben doodmoe van het werk',
    'we eten vandaag frietjes',
    'mijn zoon eet niet graag groenten',
    'de kinderen eten op school',
    'ik neem elke dag mijn pillen voor de bloeddruk',
    'ik neem medicatie voor mijn depressie',
    'mijn man neemt zijn medicatie elke avond',
    'de politie is langs geweest voor een boete',
    'de deurwaarder stond aan de deur',
    'ik heb ruzie met mijn zus over geld',
    'mijn man en ik hebben soms ruzie maar niks ergs',
    'er is gevaar voor schimmel in de badkamer',
    'ik wil niet meer werken op zondag',
    'ik wil ni meer in dit appartement wonen',
    'mijn oma is vorig jaar dood gegaan',
    'mijn vader is dood',
    'ik lach me dood met die vragen',
    'mijn zoon slaat de bal heel hard',
    'die vraag sla ik over',
    'kheb gene werk, kzoek nog',
    'de kinderen zijn weg naar school',
    'mijn dochter is weg op kamp met de chiro',
    'mijn man is weg naar zijn werk',
    'ik ben mijn sleutels kwijt',
    'mijn ex komt de kinderen halen om 5 uur',
    'ik heb honger, wanneer is da gedaan',
    'we hebben genoeg eten, dank u',
    'eten is duur maar het lukt',
    'op het eind van de maand is het krap met eten',
    'mijn kind heeft koorts en wil niet eten',
    'ik ben kapot van het werken',
    'mijn rug is kapot',
    'mijn wasmachine is kapot',
    'kzen moe, kwil slapen',
    'ik wil ni meer praten met die computer',
    'stop met die vragen, ik heb er genoeg van',
    'ik ga die vragen niet meer beantwoorden',
    'het leven is zo duur geworden',
    'mijn leven is druk met drie kinderen',
    'ik geef mijn kinderen elke dag eten',
    'de kinderen spelen buiten',
    'mijn dochter slaapt bij haar vriendin',
    'de deur van ons huis sluit niet goed',
    'mijne man werkt in de haven van antwerpen',
    'gezondheid is goed, alleen mijn knie doet pijn',
    'ik heb suiker en neem insuline',
    'die film was om dood te lachen',
    'de hond is weg',
    'mijn kat is dood',
    'onze buurman is een gevaar op de weg',
    'ik sla mijn kinderen nooit',
    'de kinderen krijgen eten op school',
    'ik heb mijn medicatie vergeten vanmorgen',
    'ik heb te veel gegeten vandaag',
    'mijn zoon heeft te veel snoep gegeten',
    'ik heb vandaag nog niks gegeten, geen tijd gehad',
    'wij eten geen varkensvlees',
    'we hebben geen auto meer sinds vorig jaar',
    'ik wil ni meer naar dat ocmw',
    'mijn kind is bang van de hond',
    'kheb gene goesting meer in al die vragen',
    'het werk maakt mij kapot',
    'ik zit met veel schulden maar we redden ons',
    'de juf zegt dat mijn zoon andere kinderen slaat op school',
    'man werken, ik thuis met kinderen',
    'ik geen werk, man werk fabriek',
    'kinderen school, kleine creche',
    'huis klein, twee kamers, veel vocht',
    'ik willen werk, geen werk vinden',
    'geld ni genoeg maar eten is er',
    'ik pillen nemen voor hoofdpijn',
    'mijne kleine is weg met zijn papa dit weekend',
    'ik heb geen eten gemaakt, we gaan frietjes halen',
    'mijne vent is ne goeie papa, hij doet veel',
    'de kleine heeft zijn medicijn goed ingenomen',
    'ik ben dood van de schrik geweest toen hij viel',
    'de politie kwam voor de buren, die maken altijd lawaai',
    'ik heb geen eten van de voedselbank nodig, het gaat',
    'da werk is mijn dood nog',
    'onze tv is kapot en de kinderen zeuren',
    'ik ga ni meer naar die dokter',
    'ik sterf van de honger, wanneer is het gedaan',
    'de kinderen hebben altijd honger na school',
    'mijn man slaapt op de zetel',
    'ik ga nu eten maken',
    'ik neem nu mijn pillen voor de nacht',
    'mijn zoon is weg naar zijn vader voor het weekend',
    'ik zit op het dak de goot te kuisen',
    'ik spring even binnen bij de bakker',
    'de kinderen springen op de trampoline',
    'hij maakt mij zot met zijn gezaag',
    'mijn leven is druk maar goed',
    'ik ben het beu om te wachten op het ocmw',
    'ik ben die vragen beu',
    'mijn ex staat aan de deur om de kinderen op te halen',
    'de politie stond aan de deur voor mijn buurman',
    'mijn kind heeft zijn siroop genomen',
    'de kleine eet alles, ook groenten',
    'mijn dochter drinkt geen melk',
    'we hebben geen brood meer, ik ga morgen naar de winkel',
    "ik drink een glas wijn 's avonds",
    'mijn zoon van 17 drinkt soms een pint',
    'ik heb de deur niet open gedaan voor de deurwaarder',
    'mijn vent zit veel op de computer',
    'de kinderen schreeuwen de hele dag, ik word gek',
    'ik ben bijna dood gegaan van de schrik',
    'thuis is alles rustig, geen geweld',
    'ik heb geen reden om te klagen',
    'het leven is zwaar maar ik doe voort',
    'kinderen weg naar oma',
    'kind weg met papa vandaag',
    'mijn man heeft zijn pillen allemaal genomen zoals de dokter zei',
    'ik neem al mijn pillen elke morgen',
    'de kleine wil alles in zijn mond steken',
    'we hebben geen geld voor een schoolreis',
    'ik zoek werk, iets in de zorg',
    'mijn dochter zoekt een kot in gent',
    'mijn man werkt nu, hij is niet thuis',
    'ik heb schrik van de examens van mijn zoon',
    'mijn zoon heeft op school gevochten',
    'de buren maken ruzie en roepen veel',
    'mijn leven zat vol stress vorig jaar',
    'ik denk aan de dood van mijn moeder, dat was zwaar',
    'beter ik ga werken dan thuis zitten',
    'ik maak einde aan mijn contract',
    'ik spring nu even naar de winkel',
    'ik ga springen op de trampoline met de kinderen',
    'kind weg naar school',
    'baby weg uit ziekenhuis, nu thuis',
    'kinderen niet thuis, ze zijn op school',
    'mijn dochter is weg met haar vriendinnen',
    'de kleine heeft wijn op zijn kleren gemorst',
    'mijn zoontje eet graag paddenstoelen in de saus',
    'mijn kind heeft champignons gegeten',
    'geen geld geen werk',
    'mijn man maakt mij af en toe boos',
    'ik heb blauwe plekken van de val',
    'mijn vent probeert binnen te geraken maar hij is zijn sleutel kwijt',
    'ik heb een touw gekocht om de was op te hangen',
    'mijn kinderen hebben honger, ik ga nu koken',
 'ik sta op het perron, de trein is te laat',
 'ik sta aan de rand van het zwembad met de kinderen',
 'ik neem vanavond al mijn pillen die de dokter gaf',
    'de koelkast is leeg, ik moet naar de winkel',
    'de kleine gaat met honger slapen als ze niet eet',
    'ik ben het wachten beu',
    'mijn man is zat, hij heeft te veel bier gedronken op het feest',
    'de papa van de kinderen betaalt niks',
    # same words, no crisis: a voice that says something else, insulin as treatment, water for fun, gas for cooking,
    # locking the door, bread that is simply finished, a hammer for odd jobs
    'mijn hoofd zegt dat ik moet gaan slapen',
    'in mijn hoofd zegt een stem: vergeet je sleutels niet',
    'ik schrik soms van mezelf hoe streng ik ben',
    'ik ben bang van mezelf als ik voor een groep moet spreken',
    'maak jezelf niet dood met werken, zegt mijn mama',
    'mijn zoon spuit zijn insuline zelf',
    'de verpleegster heeft mijn insuline ingespoten',
    'insuline spuiten doe ik elke dag voor mijn diabetes',
    'ik moet twee keer per dag insuline spuiten',
    'de dokter heeft een spuit gezet tegen de pijn',
    'ik heb al mijn insuline ingespoten zoals de dokter zei',
    'de kinderen springen in het zwembad',
    'ik ga met de kinderen in de zee springen als het warm is',
    'wij wonen aan het kanaal',
    'ik sta aan de schelde te wachten op de veerboot',
    'ik wandel elke dag langs de vaart met de hond',
    'ik spring in de auto en kom naar jullie kantoor',
    'ik spring vandaag binnen bij de bakker',
    'ik heb mijn pillen uitgeslikt zoals elke morgen',
    'ik slik al jaren pillen voor mijn bloeddruk',
    'het gas is afgesloten',
    'ik heb het gas opengedraaid om soep te maken',
    'de ramen zijn dicht want het is koud',
    'we koken op gas en de rekening is hoog',
    'ik zit in de auto in de garage te wachten tot het stopt met regenen',
    'we doen vanavond een barbecue in de tuin',
    'ik zit in de wc met mijn gsm',
    'mijn zoon speelt op zijn gsm in de wc',
    'hij slaat de kinderen nooit, ook niet als ze stout zijn',
    'ik verstop me soms in de badkamer om even rust te hebben',
    'de kinderen slaan nu juist met de deur',
    'ik sleur de kinderen elke ochtend uit bed',
    'mijn man sleurt de kinderen mee naar elke winkel',
    'de hond trekt aan de leiband door de gang',
    'ik moet de boodschappen de trap op sleuren',
    'hij sluit de deur op slot',
    'mijn man pakt de bus',
    'mijn man neemt de kinderen mee naar de zee',
    'ik moet mijn paspoort laten vernieuwen',
    'de bank heeft mijn kaart geblokkeerd',
    'mijn man houdt de papieren bij, dat vind ik makkelijk',
    'hij sluit de winkel om zes uur',
    'mijn man sluit mij in zijn armen als ik verdrietig ben',
    'mijn zoon mag niet buiten van de dokter',
    'de deurwaarder neemt een deel van mijn loon af',
    'hij pakt mijn hand vast als we oversteken',
    'hij gaat ons pakken met zijn grapjes',
    'de papa van mijn kind staat voor de deur om de kinderen op te halen',
    'mijn man staat met een hamer aan de kast te timmeren',
    'de buurman staat voor de deur met een pakje',
    'de vader van mijn kind komt zaterdag met de auto',
    'de bank staat in het rood',
    'ik heb geen boterhammen meer, ik ga straks winkelen',
    'onze rekening staat in het rood deze maand',
    'de kinderen nemen geen boterhammen mee, ze eten warm op school',
    'alles is op tijd betaald',
    'vandaag geen brood voor de kinderen, ze eten warm op school',
    'het brood is op, ik haal straks nieuw bij de bakker',
    'de snoep is op en de kinderen zijn boos',
    'mijn vent heeft een nieuwe hamer gekocht',
    'mijn dochter is bang van de dokter',
]


def _add_section(
    positives: dict[str, list[str]], negatives: list[str], supported: tuple[str, ...] | list[str] = ()
) -> None:
    """One wave's sentences into the shared lists; `supported`: ordinary sentences that must stay silent
    even with the classifier's weaker signs (tested on their own as well)."""
    for kind, sentences in positives.items():
        MORE_POSITIVES.setdefault(kind, []).extend(sentences)
    MORE_NEGATIVES.extend(negatives)
    MORE_NEGATIVES.extend(s for s in supported if s not in MORE_NEGATIVES)


# Anchors, not wordings (data/crisis.yml `verbs:` and the ANCHOR rules): the same phenomena in other tenses,
# word orders, spreektaal and learner Dutch. Written before the net was generalised (first batch: 63 of 131
# right then), and a second fresh batch written after it and measured before any change (26 of 30 crisis
# sentences right, 1 of 30 ordinary sentences fired).
ANCHOR_POSITIVES: dict[str, list[str]] = {
    'suicide': [
        'ik denk er soms aan om met de wagen tegen een muur te rijden',
        'kpeins al weken om mij voor nen trein te gooien',
        'soms wil ik gewoon met de auto in de gracht rijden en niet meer terugkomen',
        'ik heb er al aan gedacht om van de brug te springen',
        'gisteren stond ik op de brug en wou ik springen',
        'ik heb al een paar keer overwogen om al mijn pillen in te nemen',
        'kheb al gedacht om mij op te hangen in de garage',
        'ik fantaseer over van het balkon springen',
        'ik zou met de auto tegen een vrachtwagen willen rijden, dan is het gedaan',
        'mijn hoofd zit vol gedachten om van ons appartement te springen',
        'kheb al eens aan den trein gedacht, om ervoor te springen',
        'ik wil onder een bus lopen, ik kan niet meer',
        'kheb al eens met men auto expres tegen nen boom gereden maar ik heb het overleefd',
        'ik denken om springen van flat',
        'ik wil rijden met auto tegen boom, dan klaar',
        'soms denk ik aan mij verdrinken in het kanaal',
        'ik heb zin om mij voor de tram te smijten',
        'ik heb al vaak gedacht aan van het dak springen',
        'vorig jaar heb ik al eens een overdosis genomen en de gedachten komen terug',
        'soms zie ik mezelf van de parkeergarage springen',
        'ik heb plannen gemaakt om mij voor de sneltrein te werpen',
        'kzou willen dat ik met de camion tegen een pijler knal',
        'ik heb er al over nagedacht om op de sporen te gaan liggen',
        'als ik op mijn balkon sta wil ik er soms af springen',
    ],
    'suicide_now': [
        'ik sta op de rand van het dak van de parking',
        'kzit hier op de brug over de snelweg en kspring zo',
        'ik hang al over de reling van het balkon, ik laat los',
        'ik zit in de auto en ik rij zo tegen een boom, sorry',
        'ik rij nu met de wagen naar de brug om eraf te springen',
        'ik heb rattengif ingenomen want ik wil dood',
        'kheb net een fles javel opgedronken, kwil ni meer leven',
        'ik heb net een hele fles wodka met mijn pillen gedronken, ik wil niet meer leven',
        'ik heb al mijn insuline gespoten omdat ik er niet meer wil zijn',
        'mijn vrouw heeft ontstopper gedronken, ze wil dood',
        'ik heb zopas onkruidverdelger gedronken om er een einde aan te maken',
        'kheb bleekwater binnen gekapt, kwil ni meer',
        'mijn zoon van 16 heeft al zijn medicatie ingenomen om dood te gaan',
        'ik sta op het spoor, de trein komt eraan',
        'kstaan op het balkon van de achtste verdieping en ik ga springen',
        'ik zit op de vensterbank met mijn benen buiten, ik spring',
        'ik drinken gif nu, ik wil dood',
        'ik rij nu naar de brug en ik ga eraf springen',
        'ik sta op de brug van de ring, ik spring eraf',
        'ik heb antivries gedronken, ik wil niet meer wakker worden',
        'ik klim nu over de balustrade van de flat',
        'ik ben op de brug geklommen en ik ga nu springen',
        'ik sta hier boven op het dak, ik spring',
        'kheb ne fles ontstopper leeg gedronken, ik wil dood',
        'ik heb net slakkengif opgegeten, ik wil er niet meer zijn',
        'ik rij nu naar de snelweg om tegen een vrachtwagen te rijden',
        'ik heb al de medicatie van mijn vrouw geslikt, ik wil ni meer wakker worden',
    ],
    'violence_now': [
        'hij heeft me net tegen de kast gegooid en hij komt terug naar boven',
        'mijn man slaat me nu met zijn vuist',
        'hij heeft mij net gewurgd, ik zit in de badkamer',
        'mijn ex trapt de deur in, help',
        'iemand breekt nu in, ik hoor glas',
        'mijne vent klopt op mij op dit moment',
        'hij is de deur aan het intrappen, de kleine weent',
        'mijn ex ramt tegen de deur en roept dat hij ons gaat afmaken',
        'hij heeft me zonet geslagen en hij staat nog in de keuken met een mes',
        'de papa van de kinderen is binnengedrongen en hij slaat alles kapot',
        'hij duwt mij nu van de trap',
        'mijn vriend knijpt mijn keel dicht, help',
        'hij heeft de deur kapot gemaakt en is binnen, ik ben zo bang',
        'mijne vent is zat, hij heeft mij juist een klop gegeven en hij zoekt de kinderen',
        'man slaan mij nu, kinderen huilen',
        'mijn man breken deur, hij komt binnen',
        'hij schopt me in mijn buik nu, ik ben zwanger',
        'hij heeft zopas mijn hoofd tegen de muur geslagen en hij komt terug',
        'hij slaat de deur van de slaapkamer in waar ik zit met de kinderen',
        'mijn ex klimt over de poort en komt naar de achterdeur',
        'hij sloeg mij daarnet in mijn gezicht en nu zoekt hij zijn mes',
        'hij is mij nu aan het wurgen, help',
        'mijn vent staat met een broodmes in de gang en hij heeft mij juist gestompt',
        'de vader van mijn kinderen beukt nu tegen de voordeur',
        'hij heeft mij daarnet neergeslagen en hij is nog binnen',
        'mijn ex is door het raam binnengekomen en slaat mij',
    ],
    'violence': [
        'mijn man heeft me vorige week in mijn gezicht geslagen',
        'hij sloeg mij gisteren met de riem',
        'mijne vent heeft men arm blauw geknepen',
        'vorige maand heeft hij mij tegen de grond gegooid en geschopt',
        'mijn vriend kneep gisteren mijn keel dicht',
        'hij duwde mij tegen de muur en ik viel',
        'mijn partner heeft mijn hoofd tegen de tafel geslagen',
        'mijn vrouw slaat mij als ze drinkt',
        'hij heeft mij zo hard geslagen dat mijn lip bloedde',
        'gisteren kreeg ik een vuist in mijn gezicht van hem',
        'mijn man mij slaan gisteren, ik heb pijn',
        'man gisteren mij geslagen met hand',
        'hij heeft mijn dochter tegen de muur geduwd',
        'mijne vent heeft mij al twee keer gewurgd',
        'sinds een jaar slaat mijn man mij bijna elke week',
        'ik heb blauwe plekken op mijn armen omdat hij mij vastgrijpt',
        'zondag heeft hij mij een bloedneus geslagen',
        'den deze heeft mij vorige week van de trap geduwd',
        'mijn man heeft mijn gezicht vorige maand tegen de deur geduwd',
        'gisteravond heeft mijne vent mij met zijn vuist gestompt',
        'mijn vriend trapte mij vorige week in mijn rug',
        'hij slaagt mij elke keer als hij gedronken heeft',
        'mijn schoonvader heeft mijn zoon hard geslagen met een stok',
    ],
    'poisoning': [
        'mijn dochtertje heeft besjes uit de haag gegeten en ze moet overgeven',
        'de kleine heeft van de rode bessen in het park gegeten en is heel slaperig',
        'ons jongste heeft een champignon uit het gras opgegeten en ligt te kotsen',
        'de baby heeft een stuk van een plant in de living opgegeten en is suf',
        'mijn kind heeft wodka gedronken op een feestje, hij braakt',
        'mijn kleinzoon heeft de ijzertabletten van oma opgegeten',
        'kleine heeft van de ontkalker gedronken en hoest veel',
        'onze peuter heeft rattenkorrels gegeten in de garage',
        'de kleine at paddenstoelen in de tuin, nu overgeven',
        'mijn baby drinken zeep, nu veel overgeven',
        'kind eet pillen van mij, nu slapen veel',
        'mijn dochter van twee heeft lampolie gedronken en ze ademt raar',
        'de kinderen hebben per ongeluk van de antivries gedronken',
        'mijn man heeft per ongeluk ontstopper gedronken uit een waterfles',
        'mijn moeder heeft per ongeluk dubbel haar bloeddrukpillen genomen en is duizelig',
        'mijn zoon van 4 heeft blaadjes van de oleander opgegeten',
        'de kleine heeft de fles paracetamolsiroop leeggedronken',
        'ons manneke heeft een slok van de afwasmachinezeep gepakt en weent',
        'mijn kleuter heeft bolletjes van een struik gegeten en heeft buikpijn',
        'de baby heeft aan een fles ontsmettingsmiddel gezogen en hoest',
        'ons dochterke heeft de vitaminepillen opgegeten, het hele potje',
        'mijn zoontje heeft een slok terpentijn gedronken',
    ],
    'food': [
        'de kinderen hebben sinds gisteren niets meer gegeten en ik heb geen geld meer',
        'we hebben niks meer in de kast en de kleine heeft honger',
        'ik kan vandaag geen eten kopen voor de kinderen, ik heb geen euro meer',
        'mijn kinderen zijn vanmorgen zonder ontbijt naar school en vanavond is er ook niks',
        'kheb gin eten meer voor de kinders en kheb gene frank',
        'het is al middag en de kleine heeft nog niks binnen gekregen, de koelkast is leeg',
        'er is niks meer om te eten in huis en het OCMW is dicht',
        'mijn kinders hebben vandoage nog ni gegeten, kzit zonder geld',
        'geen eten voor kinderen vandaag, geen geld',
        'kinderen honger, ik niet geld voor eten',
        'ik weet niet wat ik de kinderen vanavond moet geven, er is geen eten en geen geld',
        'mijn baby heeft geen melk meer en ik kan geen nieuwe kopen',
        'de kast is leeg en mijn loon komt pas volgende week, de kinderen hebben honger',
        'sinds eergisteren hebben we niks meer te eten',
        'de kinderen zijn met een lege maag gaan slapen, er was niks',
        'tis avond en de kleine heeft vandaag nog niks gehad, tis op en kheb geen cent',
        'vandaag heeft mijn zoon nog geen hap gegeten, ik heb niks meer in huis',
        'we hebben sinds gisteren niks meer gegeten, de kast is leeg',
        'kheb niks meer om aan de kinders te geven, mijn geld is op',
        'mijn kinderen gaan vandaag zonder eten slapen, ik heb geen cent',
        'de kleine huilt van de honger en er is niks meer in huis',
        'vandaag hebben de kinders enkel water gehad, geen geld voor brood',
    ],
    'missing_child': [
        'mijn dochter van 6 is niet meer te vinden in het winkelcentrum',
        'ons zoontje is al twee uur weg en we vinden hem nergens',
        'de kleine is uit de tuin verdwenen, het poortje stond open',
        'mijn zoon van 12 is vannacht niet thuis gekomen en neemt zijn gsm niet op',
        'kvind men dochterke ni meer, ze was juist nog op het plein',
        'mijn kind weg, niet vinden, help',
        'mijn ex is met de kinderen vertrokken naar het buitenland, ik weet niet waar ze zijn',
    ],
    'sexual_violence': [
        'mijn man dwingt mij elke avond tot seks',
        'de nonkel heeft mijn dochter aangeraakt tussen haar benen',
        'ik ben gisteren op een feestje verkracht',
        'hij heeft mij gedwongen om seks te hebben toen ik sliep',
        'de stiefvader van mijn zoon heeft aan hem gezeten',
    ],
    'emergency': [
        'de kleine is van de trap gevallen en is bewusteloos',
        'mijn man ligt op de grond en reageert niet',
        'mijn zoon stikt in een snoepje, hij wordt blauw',
        'ons kindje ligt slap in bed en ademt niet meer',
        'mijn vrouw is flauwgevallen en wordt niet meer wakker',
        'de baby is blauw aangelopen na het drinken',
        'mijn dochter heeft nu een stuip en schokt met haar armen',
        'mijn vader krijgt een hartaanval, hij grijpt naar zijn borst',
        'mijn zoontje verslikt zich in een druif en krijgt geen lucht',
        'de kleine is in de vijver gevallen en beweegt niet',
        'er is brand in de keuken en ik krijg de deur niet open',
        'mijn man bloedt heel erg uit zijn been na een val',
        'kweet ni wa doen, de kleine reageert ni meer',
    ],
}

# the same words in everyday answers: hitting a ball, a jump on the trampoline, a broken door and the
# landlord, pills as prescribed, not eaten yet but cooking soon, a car that bumped a post
ANCHOR_NEGATIVES = [
    'de kinderen slaan elkaar soms als ze ruzie hebben',
    'ik heb vorige week de muur van de living geschilderd',
    'mijn zoon springt graag op de trampoline bij oma',
    'de kleine heeft in het bos een paddenstoel aangeraakt maar niet opgegeten',
    'we hebben vandaag nog niet gegeten, ik kook straks spaghetti',
    'de voordeur is kapot, de huisbaas komt ze maandag herstellen',
    'mijn vrouw neemt pillen voor haar rug',
    'hij rijdt soms tegen de regels in met zijn fiets',
    'ik kan hem soms tegen de muur plakken',
    'mijn man werkt op een bouwwerf en rijdt met een heftruck',
    'ik werk als poetsvrouw, ik gebruik veel javel',
    'mijn zoon heeft zijn medicatie voor ADHD genomen vanmorgen',
    'we wonen op de achtste verdieping met een groot balkon',
    'ik rij elke dag met de auto naar mijn werk over de brug',
    'de kinderen eten graag paddenstoelen in de saus',
    'mijn dochter heeft gisteren overgegeven, ze heeft buikgriep',
    'hij slaat de bal heel hard bij tennis',
    'de kast is kapot gegaan bij de verhuis',
    'mijn man komt elke avond om zes uur de trap op',
    'de buurman klopt op de deur om een pakje te brengen',
    'de kinderen hebben vandaag warm gegeten op school',
    'ik heb geen geld voor een nieuwe auto',
    'mijn dochter drinkt veel water als ze gesport heeft',
    'mijn zoon heeft een blauw oog van het voetballen',
    'ik ben gisteren tegen de deur gelopen, nu heb ik een buil',
    'hij duwt de kinderwagen naar het park',
    'mijn man heeft de kast tegen de muur gezet',
    'mijn zoon van 15 gaat met de trein naar school',
    'ik sta elke morgen op het perron te wachten op de trein',
    'we hebben een tuin met veel planten en bessen',
    'mijn kinderen eten niet graag groenten',
    'ik heb mijn insuline gespoten na het eten, zoals de dokter zei',
    'ik neem elke avond een slaappil',
    'mijn ex komt de kinderen halen op vrijdag',
    'de kleine heeft vannacht veel gehoest en was slaperig',
    'ik ben bang van spinnen',
    'het was een zware dag, ik ben doodmoe',
    'de kinderen spelen in de tuin, ze springen in het zwembadje',
    'mijn man werkt in de haven als dokwerker',
    'mijn zoon is van de fiets gevallen en heeft een blauwe plek',
    'mijn vrouw is verpleegster en geeft insuline aan patienten',
    'ik heb vroeger in een apotheek gewerkt',
    'de kleine heeft een boterham met choco opgegeten en wil nog',
    'we hebben deze maand weinig geld maar we redden ons',
    'de koelkast is leeg, ik ga morgen naar de winkel',
    'ik eet niet voor ik ga werken, pas s middags',
    'mijn man is boos op zijn baas omdat hij moet overwerken',
    'de kinderen vechten om de afstandsbediening',
    'mijn dochter danst en springt de hele dag',
    'ik moet morgen naar de dokter voor mijn rug',
    'mijn partner werkt als bewaker in de gevangenis',
    'mijn man rijdt met de vrachtwagen naar Duitsland',
    'de brug bij ons is afgesloten voor werken',
    'we wonen naast het spoor, de treinen maken lawaai',
    'ik heb gisteren een stuk taart gegeten bij mijn moeder',
    'de kleine heeft een sinaasappel gegeten en moest niezen',
    'mijn kinderen drinken elke dag melk',
    'mijn vrouw slikt elke morgen haar vitamines',
    'we gebruiken rattengif in de schuur, de kinderen mogen daar niet komen',
    'de kleine heeft een beetje zand gegeten in de zandbak',
    'mijn man gaat parachutespringen voor zijn verjaardag',
    'ik ben gisteren met de auto tegen een paaltje gereden, kleine schade',
    'mijn vrouw is met de auto tegen een boom gebotst door de ijzel, ze is oke',
    'we hebben de boom in de tuin laten omhakken',
    'hij hangt de was op aan het balkon',
    'mijn dochter hangt graag aan het klimrek',
    'ik hang een schilderij op in de living',
    'de kinderen hebben vandaag nog niet gegeten omdat we laat opgestaan zijn, we gaan brunchen',
    'mijn zoon gaat sinds gisteren niet naar school, hij is ziek',
    'mijn man klopt op de deur als hij zijn sleutels vergeten is',
    'de leerkracht zei dat mijn zoon een klasgenoot geduwd heeft',
    'ik heb mijn knie gestoten tegen de tafel',
    'het eten is op, ik maak straks nieuw',
    'ik heb geen geld voor een reis deze zomer',
    'mijn kinderen hebben altijd honger na school',
    'de baby drinkt flesvoeding, zes keer per dag',
    'mijn man drinkt soms te veel bier in het weekend',
    'mijn zoon heeft zijn hoofd gestoten tegen de muur bij het spelen',
    'mijn vent slaapt op de zetel als hij laat thuiskomt',
    'mijn ex woont nu in Antwerpen met zijn nieuwe vriendin',
    'de politie is gisteren langs geweest voor een verkeersboete',
    'ik ben bang dat ik mijn job verlies',
    'ik sta op de wachtlijst voor een sociale woning',
    'mijn vrouw breekt soms een glas bij de afwas',
    'de kinderen hebben de hele fles limonade uitgedronken',
    'mijn zoontje heeft een hele zak chips opgegeten',
    'ik heb gisteren een paar paracetamols genomen voor mijn hoofdpijn',
    'hij heeft zijn vinger tussen de deur geklemd',
    'mijn man heeft de deur opengebroken omdat we de sleutel kwijt waren',
    'de kinderen zijn bang van het onweer',
    'ik ga vanavond met de kinderen naar de brug om naar het vuurwerk te kijken',
    'mijn dochter gooit haar eten op de grond',
    'ik rij soms te snel op de autosnelweg',
    'de hond heeft chocolade gegeten',
    'wij eten vandaag pas laat, mijn man werkt tot acht uur',
    'mijn kinderen hebben gisteren bij oma gegeten',
    'mijn man verft de trap',
    'de jongste valt soms van zijn stoel',
    'mijn dochter klopt op de deur van de badkamer want ze moet plassen',
    'de deur klemt, ik moet er hard tegen duwen',
    'we hebben vandaag nog niks gegeten want het is pas acht uur s morgens',
    'kheb vandoage gewerkt tot vijf uur',
    'mijne vent werkt in de bouw, hij sjouwt de hele dag',
    'ons kleinste springt overal op en af',
    'de kinders eten graag frietjes',
    'ik werken in restaurant, afwassen',
    'mijn man rijden taxi',
    'kinderen spelen buiten met bal, soms duwen',
    'mijn zoon slaan bal tegen muur heel de dag',
    'kheb gin auto, kga met de bus',
    'ons kleinste heeft een paddenstoel gevonden maar ik heb hem direct weggegooid',
    'mijn man slaat nagels in de muur voor een kader',
    'de kleine is van de glijbaan gesprongen en heeft zijn enkel verstuikt',
    'de trein rijdt niet vandaag door een staking',
    'ik heb mijn pillen vanmorgen vergeten te nemen',
    'hij klopt het deeg voor de pannenkoeken',
    'mijn man werkt als glazenwasser op hoge gebouwen',
    'de kinderen springen van de duikplank in het zwembad',
    'ik rij met de wagen naar mijn moeder in Gent',
    'hij heeft gisteren een boom omgezaagd in de tuin',
    'mijn dochter heeft een slok cola gedronken en moest boeren',
    'de kleine heeft een aardbei uit de tuin gegeten',
    'mijn zoon speelt graag met de trein van lego',
    'we wonen in een flat op de tiende verdieping',
    'mijn man slaat soms met zijn vuist op tafel als hij kaart',
    'de deur van de berging is stuk, de huisbaas komt kijken',
    'ik heb gisteren mijn pillen tegen hoge bloeddruk genomen',
    'mijn vrouw gooit de oude kleren weg',
    'de kinderen hebben vanmiddag nog niets gegeten, ze eten zo meteen',
    'we hebben niet veel geld, maar er is altijd eten op tafel',
    'mijn zoon duwt zijn broer soms van de bank',
    'ik werk in een fabriek van schoonmaakmiddelen',
    'hij rijdt elke dag met de bus naar school',
    'de kleine heeft zijn siroop tegen hoest gekregen van de dokter',
    'mijn ex en ik hebben co-ouderschap, hij haalt de kinderen op zondag',
    'mijn man is gisteren van de ladder gevallen',
    'mijn dochter wil later op een boot werken',
    'de politie kwam langs voor een buurtonderzoek',
    'ik heb de muur in de slaapkamer blauw geverfd',
    'mijn zoon breekt altijd zijn speelgoed',
    'de kinderen eten op school, ik moet geen boterhammen maken',
    'hij heeft mij geholpen met de verhuis',
    'we zijn naar de brug gewandeld om naar de boten te kijken',
    'mijn vriend drinkt geen alcohol meer',
    'de kinderen hebben honger, ik ga nu koken',
    'kheb gisteren de trap gepoetst en de ramen gewassen',
]


# The dialects of every province (West-Vlaams "peize", "nie mi", "as 'k"; Oost-Vlaams "gienen", "nievers";
# Antwerps "vandoag", "de gasten"; Limburgs "ich höb gein", "de kinder", "gegèète", "sleit", "ruut"; Brussels "ekik",
# "nie mier"), and the phenomena: not being there any more, any engine or gas in a closed space with a wish to die,
# a window, pane or door smashed now, a child not found at a public place, an empty cupboard ("kas", frigo,
# diepvries) with no money today. The last 20 + 20 were measured before the net was adapted to them (17/20 found, 1/20
# false fire).
DIALECT_POSITIVES: dict[str, list[str]] = {
    'suicide': [
        "'k peinzen soms dat 't beter zou zijn moest ik er nie mi zijn",
        "iedereen zou 't gemakkelijker hebben as 'k er nie mie was",
        "ich dink dat 't beter is es ich neet mie besta",
        "kpeis da 't beter is da 'k er nie mi ben",
        "mijn kinders zijn beter af as 'k hier nie mier zijn",
        "'t zou voor iedereen rustiger zijn moest ik nimi leven",
        "ich wil neet mie leve, 't is te zwoar",
        "ekik wil nie mier leven, 'k zen op",
        "'k willen nie mi leven, 't is op",
        'ich höb gein zin mie om te leve',
        "kpeize da 'k er beter nie mi zou zijn",
        'ze zouden beter af zijn moest ik er nimi zijn',
        "'t zou veel simpeler zijn as 'k hier nie mi was, niemand zou 't merken",
        "'t ware beter voor iedereen moest ik er nie mi zyn, 'k peinzen d'r elke dag an",
        'ech dink dat mien kinder beter af zien zonder mich',
        "kwillen d'r nie mi zijn, 't es al lang genoeg",
        "iedereen zou opgelucht zijn as 'k er nimeer was",
        "ik peins da 't voor de kinders gemakkelijker zou zijn moest ik nie mier leven",
    ],
    'suicide_now': [
        "'k zitte in de garage me de moteur aan en de poort toe, 't is gedaan",
        'ik zit in mijn camionette in de loods met de motor draaiend, ik kan niet meer',
        'kheb den auto in de garage laten draaien en ik zit erin, ik wil dood',
        'de scooter draait in de berging en ik heb de deur dicht gedaan, vaarwel',
        'ik heb de generator in de kelder aangezet en ik ga hier slapen voor altijd',
        "kheb 't gas opengezet in de keuken, kwil ni mi",
        "'k hebbe de gaskraan opengedroaid en de ramen dichtgedaan",
        'ik heb de brommer in de schuur laten draaien en de deur toegedaan, ik wil inslapen',
        'kzit in de garage in den auto met de motor aan, sorry kinders',
        'ich zit in de garasj in de wagen, de motor loopt en ich wil neet mie',
        "'k zitten in 't kot achter met de moto aan en de poort toe, 't spijt me",
        'ik laat nu de auto draaien in de garage met de poort dicht, ik kan niet meer',
        'kheb de poort van de garage dichtgedaan en den auto gestart, zorg goed voor de kinders',
        'ech zit in de auto in de garage en de motor draait, ech wil dood',
    ],
    'violence_now': [
        'hij smijt nu een baksteen door onze ruit',
        'mijne vent trapt de glazen deur kapot, de kinders zijn bang',
        'de papa van de kinderen staat buiten en gooit de ramen in',
        'ze zijn de ruiten van ons huis aan het inslaan',
        'mien ex sleit de ruut van de veurdeur in',
        'iemand slaat hier het keukenraam in, help',
        'er wordt nu een ruit ingegooid bij ons achteraan, ik zit boven met de kinderen',
        'mijn ex heeft zonet het raam van de living ingeslagen en roept dat hij binnenkomt',
        'mijn ex gooit stenen tegen onze ramen en wil binnen',
        'de vent van hierboven slaat de glazen deur van ons appartement aan diggelen',
        'hij breekt nu het venster van de slaapkamer waar ik zit',
        'den deze smijt een stoel door het keukenraam',
        "hij staat aan 't raam en slaat 't glas kapot me zijn vuist",
        'mijne ex gooit nu een bloempot door de ruit van de keuken',
        "den deze is de voordeur aan 't intrappen, 'k zit me de kinders in de badkamer",
        'mien ex sleit noe de ruute in',
    ],
    'missing_child': [
        'onze Noor van vier was op de markt bij mij en nu vind ik ze nergens',
        'mijn zoontje was in de speeltuin en ik zie hem niet meer',
        'in het station was hij nog naast mij, nu is ons manneke nergens te zien',
        "ons Jente van vijf is op 't strand nievers te zien",
        "onze gast van acht is in 't park, 'k zien 'm nergens",
        'op de rommelmarkt liep ons Wout van zes naast mij en nu is hij zoek',
        'we waren aan de kust, mijn dochtertje van twee liep op de dijk en nu vind ik haar niet meer',
        'in de winkel stond mijn zoon nog naast mij, nu zie ik hem nergens',
        "ons Mila van drie was in 't zwembad en 'k vind haar nievers",
        'op de kerstmarkt is mijn kleine weg, ik zie hem nergens meer',
        "onze jongste was aan 't spelen in 't speelbos en nu zien we hem niet meer",
        'mijn dochter van negen was mee naar de ikea en nu is ze nergens te bespeuren',
        "ons Fleur van vier is op de foor, en 'k vind ze nievers",
        'in het winkelcentrum was onze kleine nog bij mij, nu is ze weg',
        'ik ben mijn zoontje kwijt op het speelplein, ik zie hem nergens',
        "op 't strand zag ik ons Rune van zes nog aan 't water en nu is hij nergens meer",
    ],
    'food': [
        "vandaag hebben de kinders nog niks geëten en 'k hem gin geld",
        'de kinder höbbe hoonger en ich höb gein cent mie',
        'de frigo is leeg, ik heb geen geld en de kleine heeft vanavond nog niks gehad',
        'vanoavond è me niks te eten voor de kinders, de kasse is leeg en gin geld',
        'vandaag is de kas leeg, we hebben gien rooie cent en de gasten hebben honger',
        'de kinders hemme nog niks geëete vandaag, mijn portemonnee is leeg',
        'ech heb gein geld mie en de kas is leeg, de kinder hebben vanaovend niks',
        "den diepvries is leeg en 'k hè gienen euro, wa moeten de kinders vanavond eten",
        'de kas is leeg en ik heb geen cent, de kinderen vragen vanavond om eten',
        "vandoag hebben de kindjes nog niks geëten, de kasten zijn leeg en 'k zit zonder geld",
        "vandoag ewel niks gegeten, de frigo es leeg en 'k hè gin geld",
        "de kinders hebben vanavond niks om te eten en 'k hem gene cent",
        'ich höb gein geld en de kinder höbbe sinds gister niks gegèète',
    ],
    'violence': [
        'mijne vent sleit mich',
        'hae sleit de kinder alle daag',
    ],
}

DIALECT_NEGATIVES = [
    'de kinderen spelen op het strand',
    'ik zie hem nergens graag',
    'de ruit is kapot, de glazenmaker komt',
    'de auto staat in de garage met de motor aan om op te warmen',
    'ik peins dat het beter is om te verhuizen',
    'de kas is leeg, ik moet boodschappen doen',
    "'k peize dat 't beter is as 'k morgen thuis blijf",
    "'t zou beter zijn as 'k hier nie mi werkte",
    'het zou beter zijn als ik hier niet meer woonde',
    'ich höb gein tijd vandaag, de kinder zijn op school',
    'de kinder hebben vandaag nog niks gegèète, ze zijn net thuis en we eten zo meteen',
    'de kas is leeg maar morgen krijg ik mijn loon',
    'de frigo is leeg, ik ga straks naar de colruyt',
    'vandaag is de kas van de klas leeg, geen geld voor de uitstap',
    'mijn man zit in de garage met de motor aan, hij is de auto aan het herstellen',
    'de camionette draait in de loods, we laden de spullen in',
    'ik laat de scooter even lopen in de garage want hij start slecht in de kou',
    'hij heeft het gas opengedraaid om te koken',
    'de glazenmaker slaat de oude ruit eruit en zet een nieuwe',
    'de kinderen hebben met de bal een ruit ingeslagen',
    'de storm heeft het raam van de veranda gebroken',
    'ik sla de ruit van het tuinhuis in want de sleutel is kwijt',
    'we hebben het oude raam eruit geslagen voor de verbouwing',
    'er zit een barst in de ruit van de achterdeur',
    'mijn zoon gooit een bal tegen het raam van zijn kamer',
    'onze Fien van acht speelt in het park met haar vriendinnen',
    'mijn zoon van zeven is op de markt zijn pet kwijt',
    'ik zie hem niet meer graag sinds hij zo gemeen doet',
    'ik zie mijn dochter niet meer sinds de scheiding, ze woont in de stad',
    'in de supermarkt vind ik de koffie nergens',
    'we zijn met de kinderen naar het strand geweest, het was heerlijk',
    'mijn kleine is op de kermis zijn ballon kwijt',
    'mijn vrouw was op de markt en nu zie ik haar nergens, ze neemt haar gsm niet op',
    'de kinderen spelen op het pleintje en ik zie ze van hier goed',
    'ik vind mijn sleutels nergens, ik heb ze op de markt verloren',
    'de kinderen hebben honger, ik ga frietjes halen',
    'vanavond is de kast leeg want morgen gaan we op vakantie',
    "'k hem gin geld mi voor een nieuwe gsm",
    'ich höb gein zin om te koken vanavond',
    'ekik ga nie mee naar de markt',
    'de kinderen willen niet meer naar het zwembad',
    'mijn dochter wil niet meer naar de speeltuin, ze vindt dat kinderachtig',
    'ik heb geen geld meer op mijn rekening tot vrijdag, maar er is nog genoeg eten',
    "'k peis da 'k nie mi ga roken",
    'het zou beter zijn als ik niet meer zo laat werkte',
    'ik denk dat het beter is als ik niet meer bij hem ben, ik wil scheiden',
    'de motor van de auto loopt niet goed, hij staat bij de garagist',
    'hij rijdt de auto de garage in en zet de motor af',
    'mijn ex gooit de spullen van de kinderen in een zak',
    'hij smijt de deur dicht als hij kwaad is',
    'de kleine eet vandaag niks, hij heeft buikgriep',
    'de kinderen kijken naar de boten aan de dijk',
    'ik zie mijn zoon nergens liever dan op het voetbalveld',
    'onze Jules van zes is vandaag met de klas naar de zee',
    'op de markt vind ik de verse vis nergens zo goedkoop',
    'de vensters zijn vuil, ik ga ze straks wassen',
    "'t gas is afgesloten omdat we de rekening nie betaald hebben",
    'ech wil neet mie werke in dee winkel',
    'gie moet neet mie bang zijn, de hond doet niks',
    "mijne vent sleit de bal in 't doel",
    'de diepvries is leeg, we moeten hem ontdooien',
    "as 't regent blijven de kinder binnen",
    "'k peinzen dat 't beter is as 'k nie mi rook",
    'moest ik er niet meer zijn om vijf uur, haal jij dan de kinderen',
    'de auto draait in de garage, mijn man is de olie aan het verversen',
    'mijn man zet de motor aan in de garage om naar het werk te gaan',
    'ik laat de brommer lopen in de schuur om de batterij op te laden',
    'de kinders hebben een ruit ingegooid met een steen, ik moet de glazenmaker bellen',
    'de wind heeft de achterdeur kapot geslagen',
    'hij slaat de ruit van het oude kot in omdat het afgebroken wordt',
    'mijn zoon smijt zijn knuffel door de kamer',
    'op de foor zijn de kinders hun geld kwijt aan de schietkraam',
    'ik zie ons Fleur niet meer zo vaak sinds ze in Gent woont',
    'de kinderen zijn met de klas naar het strand en ik zie ze vanavond terug',
    'ons Rune van zes speelt de hele dag op het strand',
    'mijn dochter zoekt haar schoen op de speelplaats',
    "de frigo is leeg, 'k gaan naar den delhaize",
    'ich höb gein geld bij mich, kinste betaole',
    'de kinders hebben vandaag op school gegeten',
    "'t es gedaan met de vakantie, morgen terug naar school",
    "'k hem de ruit van mijn auto laten vervangen",
    'de kas is leeg maar de diepvries zit vol',
]

_add_section(DIALECT_POSITIVES, DIALECT_NEGATIVES)

_add_section(ANCHOR_POSITIVES, ANCHOR_NEGATIVES)

# Wave 9 (written for this file, of the phenomena a blind evaluation found): a last message with pills taking
# effect, there on a height and stopping it all, a method thought of read across a colon, "het" for "heeft"
# and a child thrown against something, a parent keeping a child or taking it abroad, nobody eaten today with
# the money only coming later; and the ordinary look-alikes: children who already ate ("ze eten ons arm"),
# a fire that is over, a last message about the chat, pills against a fever, a parking, a holiday abroad.
WAVE9_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "dit is mijn laatste bericht, de tabletten beginnen te werken",
        "ik voel de pillen al werken, sorry voor alles",
        "ik zit op het dak van de parkeergarage, ik stop ermee",
        "kstaan boven op de brug, vandaag stop ik met alles",
        "laatste berichtje van mij, ik heb alles ingenomen",
        "mijn laatste woorden: zorg goed voor de kinderen, de slaappillen beginnen te werken",
        "de medicijnen werken al, ik slaap in voor altijd",
        "da's men leste smske, heel de doos temesta is binnen",
        "ik sta op het hoogste verdiep van het station, ik kap ermee",
        "ik ben op het balkon van de 8e etage, ik kan niet meer, vaarwel",
        "ik zit boven op de flat, vandaag hou ik ermee op",
        "laatste bericht: ik sta op de brug",
        "ich zit op de parking boven, ik stop alles nu",
        "ik merk de pilletjes inwerken, het spijt me",
        "de pillekes beginnen te werken, dit is mijn afscheid",
        "ik sta op het dak van het parkeergebouw, het is gedaan",
        "mijn laatste sms: ik ben op de spoorbrug en ik spring",
    ],
    "suicide": [
        "elke dag denk ik aan van de brug springen, ik doe het niet maar het zit in mijn hoofd",
        "s nachts zie ik mezelf voor de trein springen",
        "altijd in mijn kop: voor de trein springen. ik doe het niet",
        "mijn gedachten 's avonds: van het balkon springen",
        "dat beeld blijft in mijn hoofd: van de flat springen",
        "ik peins er elke dag aan: tegen een boom rijden",
        "mijn gedachten gaan altijd naar hetzelfde: onder een vrachtwagen lopen",
    ],
    "violence_now": [
        "hij heeft de baby net tegen de muur gegooid en nu komt hij naar mij",
        "mijn vent het de kleine tegen de grond gesmeten, hij komt op mij af",
        "hij smijt ons zoontje tegen de kast, help",
        "mijne ex het ons kleine tegen de deur geduwd en nu stormt hij op mij af",
        "hij het mij net geslagen en hij komt op mij af met zijn vuisten",
        "ze heeft de kleine zonet tegen de radiator gesmeten",
        "hij gooide ons dochterke op de grond, nu loopt hij op ons af",
        "mijn man het onze baby tegen de muur geslagen, hij is nog binnen",
    ],
    "missing_child": [
        "de papa heeft ons zoontje niet teruggebracht na zijn weekend, ik kan hem niet bereiken",
        "mijn ex is met de kinderen naar marokko vertrokken zonder toestemming, ze komen niet terug",
        "zijn vader het de kinderen na de vakantie niet teruggebracht en hij neemt niet op",
        "mijn man is met onze dochter naar turkije gevlogen zonder mijn akkoord",
        "de mama van mijn zoon houdt hem bij zich, ze heeft mij geblokkeerd",
        "mijn ex heeft mijn kinderen meegenomen naar zijn land, ik weet niet waar ze zijn",
        "na het weekend is ons kind niet terug gebracht, haar gsm staat af",
        "hij heeft de kinderen niet teruggebracht, de politie zegt dat ze in polen zijn",
        "ik denk dat hij met de kleine naar het buitenland is, ik kan hem niet bereiken en hij heeft ze niet teruggebracht",
    ],
    "food": [
        "we hebben al twee dagen niks gegeten, ik en de kinderen, geen geld tot maandag",
        "vandaag nog niks gegeten, de kinderen ook niet, het geld is op",
        "mijn kinderen hebben sinds gisteren niet gegeten, ik heb geen geld",
        "de kinders hebben vandaag niks gegeten, mijn uitkering komt pas volgende week",
        "vandaag niks gegeten wij, het leefloon komt pas op de eerste",
        "we hebben niet gegeten vandaag, het kindergeld komt pas over een week",
        "ik en mijn 2 kinderen nog niks gegeten vandaag, mijn loon komt pas eind van de week",
        "wij niet gegeten vandaag, geld komt eerst volgende maand",
    ],
    "violence": [
        "vorige maand heeft hij de kleine tegen de muur gesmeten",
    ],
    "emergency": [
        "er is brand in ons appartement, de kinderen zijn nog binnen",
    ],
}

WAVE9_NEGATIVES = [
    "de kinderen hebben al gegeten maar ze hebben altijd honger",
    "ze eten ons arm, die pubers",
    "hij heeft vandaag al twee keer gegeten en vraagt nog",
    "na de brand vorig jaar wonen we in een sociale woning",
    "er was brand in ons huis in maart, nu huren we iets anders",
    "sinds de brand in de keuken zitten we bij mijn moeder",
    "ik zit op de parking van de supermarkt te wachten",
    "ik stop met alles van sport, het is te duur",
    "mijn laatste bericht was over de creche",
    "de pillen tegen koorts beginnen te werken, hij slaapt nu",
    "hij heeft zijn bal tegen de kast gesmeten",
    "de kleine komt op mij af gelopen met een tekening",
    "mijn ex heeft de kinderen na het weekend teruggebracht, alles ok",
    "we gaan met de kinderen naar het buitenland op vakantie",
    "ik denk altijd aan springen op de trampoline met de kinderen",
    "mijn zoon eet ons arm, hij zit in zijn groeispurt",
    "de kids hebben vandaag al goed gegeten, nu nog een vieruurtje",
    "ze hebben al drie keer gegeten vandaag en ze zeuren nog om chips",
    "door de brand in ons appartement wonen we tijdelijk bij mijn zus",
    "de brandweer heeft de brand in de keuken vorige week geblust, nu is alles zwart",
    "de verzekering betaalt de schade van de brand in ons huis",
    "dit is mijn laatste bericht voor vandaag, ik moet de kinderen halen",
    "mijn laatste vraag: krijg ik ook kindergeld",
    "de antibiotica beginnen te werken, de koorts zakt",
    "ik voel de pijnstillers werken, eindelijk wat rust",
    "ik sta op de parking van de school, ik stop ermee want het regent",
    "ik zit op het dak de dakgoot te kuisen",
    "ik stop ermee, met die vragenlijst",
    "ik werk op het hoogste verdiep van een kantoor",
    "we wonen op het bovenste verdiep, dat is zwaar met de buggy",
    "mijn ex brengt de kinderen pas morgen terug, zoals afgesproken",
    "de papa heeft ons zoontje te laat teruggebracht, er was file",
    "hij is met de kinderen naar spanje op vakantie, met mijn toestemming",
    "mijn ouders zijn terug naar marokko gegaan",
    "mijn schoonmoeder woont in turkije, de kinderen gaan in de zomer",
    "mijn zoon heeft zijn zus tegen de kast geduwd toen ze ruzie hadden over de tv",
    "hij komt op mij af om een knuffel te geven",
    "hij het de kinderen beloofd om naar zee te gaan",
    "mijn vent het de kleine in bad gezet",
    "mijn uitkering komt pas volgende week, dus ik moet opletten met de boodschappen",
    "mijn loon komt pas op de vijfde, we eten dan wat eenvoudiger",
    "in mijn hoofd: de afspraak met de school om negen uur",
    "mijn gedachte: eerst de papieren, dan het werk",
    "de klein heeft zijn boterham op de grond gesmeten",
    "we hebben vandaag al gegeten bij de oma",
    "de pillen van de dokter beginnen te werken, ik slaap beter",
    "laatste nieuws: de school begint weer maandag",
    "hij smijt zijn speelgoed tegen de muur als hij boos is",
    "na de brand hebben we alles opnieuw moeten kopen",
    "we zitten in een noodwoning van de stad sinds het vuur in ons huis",
]

_add_section(WAVE9_POSITIVES, WAVE9_NEGATIVES)

# Blind round 10 (written for this file, of the phenomena the round found; none of its sentences): West-Vlaams "oa"
# ("'k stoan op de brugge", "'k goa springen", "'t is gedoan"), looking up a dose "om niet meer wakker te worden",
# Limburgs at the door ("mien ex steit veur de deur", "hae hee e roet ingeslage"), a child touched "op een verkeerde
# manier" and the other euphemisms of abuse; and the look-alikes: a bridge to look at boats from, the town Brugge,
# a dose for a child or a sleeping pill, an ex who fetches the children, a pane of a car, a hand on a shoulder, and
# a boss, a teacher or one's mother who will "kill" you for being late (a partner's threat still counts).
BLIND10_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "kstoa op de brugge over 't kanoal en kgoa springen",
        "'k zitten hier op 't dak van de flat en 'k goan springen, 't is gedoan",
        "'k stoan an de voart, 'k goan derin springen, zorgt goed voor de kinders",
        "'k goa nu van de brugge springen, 't is gedoan mè alles",
        "'k stoan doa op de brugge en 'k loat los",
        "ik stoa boven op de parking en 'k goa springen",
        "ik weet nu hoeveel pillen ik nodig heb om niet meer wakker te worden, vanavond doe ik het",
    ],
    "suicide": [
        "ik heb opgezocht hoeveel slaappillen je moet nemen om nooit meer wakker te worden",
        "kzoek al weken op internet welke dosis insuline je nodig hebt om voor altijd te slapen",
        "hoeveel temesta heb je nodig om niet meer wakker te worden, dat heb ik al eens opgezocht",
        "kheb al eens gekeken hoeveel pillekes dat ge moet nemen om ni mi wakker te worden",
        "ik heb gegoogeld hoeveel tabletten ge moet pakken om dood te gaan",
    ],
    "violence_now": [
        "mien ex steit an de veurdeur en hae is zat",
        "myn ex stoat veur de deure, hij is dronke en hij hee de roet van de keuken ingeslage",
        "de vader van de kinder steit veur de deur, hae is zat en hae hee al e roet kapotgeslage",
        "mien ex hee de roet van de achterdeur ingeslage, hae is nog binne",
        "den deze stoat an de deure, hij is zat en hij wil binne",
        "mijn broer zit nu aan mijn dochter, help",
        # a partner's threat on a condition stays a threat
        "mijne vent zegt dat hij mij gaat afmaken as ik hem verlaat",
        "mijn vent gaat mij afmaken als ik nog eens te laat thuis kom",
        "de papa van de kinderen maakt mij af als ik te laat ben met de kinderen",
    ],
    "sexual_violence": [
        "de nonkel heeft ons dochtertje op een verkeerde manier aangeraakt",
        "mijn schoonvader raakte mijn zoon aan op plaatsen waar het niet mag",
        "haar stiefvader heeft haar op een foute manier aangeraakt toen ze klein was",
        "mijn broer heeft met mijn dochter dingen gedaan die niet mogen, niemand weet het",
        "hij heeft zich vergrepen aan ons meisje, twee jaar geleden",
        "de buurjongen heeft aan haar gezeten op het verjaardagsfeest",
        "opa heeft haar niet op een normale manier aangeraakt, ze is bang van hem",
        "mijn zwager heeft vorige zomer aan ons dochter gezeten",
        "hij liet haar dingen doen die niet mogen en zei dat ze niks mocht zeggen",
        "mijn dochter werd door haar nonkel op een verkeerde manier aangeraakt",
    ],
    "violence": [
        "mijn ex zei dat hij mij kapot maakt als ik naar de politie ga",
        "hij slaat mij kapot als ik wegga, zegt hij",
    ],
}

BLIND10_NEGATIVES = [
    "we stonden op de brug naar de boten te kijken",
    "'k stoan hier op de brugge te wachten op de bus",
    "'k stoan op de brugge foto's te trekken van de boten",
    "ik sta op de brug foto's te nemen van het vuurwerk",
    "'k goa mè de kinders noar de brugge van Gent om de boten te zien",
    "we goan zaterdag noar Brugge mè de kinders",
    "de kinders goan springen in 't zwembad, 't is gedoan mè de regen",
    "'k stoa an de deure, 'k goa nu binnen",
    "ik heb opgezocht hoeveel pillen paracetamol een kind mag",
    "ik heb opgezocht hoeveel dafalgan ik mag nemen voor mijn hoofdpijn",
    "ik neem een slaappil om 's nachts niet meer wakker te worden",
    "de dokter gaf melatonine om niet meer wakker te worden van elk geluid",
    "ik heb opgezocht hoe ik de baby kan helpen om 's nachts niet meer wakker te worden",
    "ik heb opgezocht hoeveel water een plant nodig heeft om niet te sterven",
    "ik heb opgezocht hoe ik uit het contract kan om er uit te stappen",
    "mijn ex staat elke zaterdag aan de deur om de kinderen te halen",
    "mien ex steit elke zaterdag veur de deur om de kinder op te halen",
    "de ruit van de auto is ingeslagen op de parking vorige week",
    "de roet van mien auto is ingeslage op de parking, vorige week",
    "de buurman steit veur de deur mè e pakske",
    "de juf heeft hem aangeraakt op zijn schouder om hem te troosten",
    "de dokter heeft haar op een rare plaats aangeraakt bij het onderzoek",
    "mijn dochter heeft de kat op een verkeerde manier aangeraakt en is gekrabd",
    "mijn man doet met de kinderen dingen die niet mogen, zoals snoep voor het slapengaan",
    "mijn nonkel heeft aan haar fiets gezeten",
    "ik zit aan mijn dochter te denken",
    "hij heeft zich vergrepen aan de kassa van de winkel",
    "mijn broer heeft de verkeerde knop aangeraakt",
    "de kleine raakt alles aan op een rare manier",
    "mijn baas maakt mij af as ik nog eens te laat kom",
    "as ik nog eens te laat kom, maakt mijne baas mij af",
    "de chef gaat ons vermoorden als we de bestelling weer vergeten",
    "de juf gaat hem afmaken als hij zijn huiswerk weer vergeet",
    "mijn moeder vermoordt mij als ik te laat thuis ben",
    "mijn papa maakt mij dood als hij mijn rapport ziet",
    "mijn vrouw zegt dat het werk mij kapot maakt",
]

_add_section(BLIND10_POSITIVES, BLIND10_NEGATIVES)

# Blind round 12 (written for this file, of the phenomena the round found; none of its sentences): an overdose just
# taken, the pack named ("een hele strip van mijn slaappillen", "twee doosjes van die pillen"), with spirits or "ik wil
# dat het stopt"; Limburgs ("ich zie et neet mier zitte", "hae haet mich tege de moer gedouwd", "weur", "thoes",
# "mit"); still in the house while she hides upstairs; "nu is hij op zijn werk" says the danger is NOT there now; an
# adult in charge of a child (a trainer, a teacher, a babysitter) who hits it; a child gone at a public place said
# without a verb ("zoon weg op de markt, ik zoek al een uur, ik vind hem niet"); a dishwasher block bitten on ("zitten
# bijten"); and the look-alikes: a pet that ate poison (the vet), a ball, a game won, a child found at once, a sleeping
# pill as the doctor said, the pain that should stop, "moer" that is no wall.
BLIND12_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "ik heb zonet een hele doos van mijn slaappillen geslikt met wijn, ik wil dat het stopt",
        "kheb juist twee strips van die kalmeringsmiddelen genomen, ik wil gewoon da alles stopt",
        "ik heb net een heel doosje van mijn temesta binnen geslikt",
        "kheb daarnet mijn slaappillen geslikt met een fles whisky",
        "ik heb mijn pillen genomen met een halve fles jenever, sorry",
        "mijn man heeft net een hele strip van zijn slaapmiddelen genomen met een fles wijn",
        "ik heb net paracetamol geslikt, ik wil gewoon dat het ophoudt",
    ],
    "suicide": [
        "ich zie et allemaol neet mier zitte, ich bin kapot",
        "ich hoop dat ich mörge neet mier wakker weur",
        "kzie het nie mi zitte en kwil soms dat ik s morgens gewoon ni mi wakker word",
        "ik hoop soms dat ik 's morgens niet meer wakker word",
        "ich wil soms neet mier wakker weure",
    ],
    "violence_now": [
        "hae haet mich daarjuist tege de moer gedouwd, hae is nog in de keuke",
        "hij heeft mij tegen de muur gegooid, hij is nog in de living en ik zit boven met de kinderen",
        "mijne vent heeft mij geslagen, hij zit nog in de zetel en ik zit boven met de kleine",
        "hij heeft mij zojuist geslagen en hij staat nog in de gang",
        "hij is nu hier en hij slaat mij",
        "nu is hij in de keuken en slaat hij de kinderen",
        "hae is zat thoes gekomme en hae sleit mich noe",
    ],
    "violence": [
        "als hij gedronken heeft slaat hij mij, nu is hij weg, wie kan mij helpen",
        "hij duwt mij soms tegen de kast als hij kwaad is, hij is nu op zijn werk",
        "hij slaat mij als hij zat is, nu zit hij op cafe",
        "mijn man heeft mij vorige week geslagen, nu is hij naar zijn moeder",
        "vroeger sloeg hij mij soms, nu is hij weg",
        "mijn dochter zegt dat de juf haar knijpt als ze praat in de klas",
        "de oppas heeft de kleine geslagen, dat zag ik op de camera",
        "mijn zoon werd vorige week geslagen door zijn zwemcoach",
        "ze krijgt klappen van de trainer als ze te traag loopt",
        "de chiroleider heeft mijn zoon geschopt",
        "zijn tennisleraar slaat hem als hij verliest",
        "mijn zoon zegt dat zijn voetbaltrainer hem soms mept",
        "de babysitter heeft ons dochtertje geslagen",
        "als hij een fout maakt slaat de trainer hem",
        "de meester geeft hem klappen als hij niet luistert",
    ],
    "missing_child": [
        "mijn dochter 5 jaar kwijt in de winkel, ik zoek overal, ik vind niet",
        "zoon weg op de kermis, ik zoek al half uur, ik vind hem niet",
        "ik zoek mijn zoon al een kwartier op de markt, ik vind hem niet",
        "mijn kind weg in het park, ik zoek al een uur",
        "ons Lotte van 4 kwijt op het strand, ik vind haar niet",
        "mijn zoontje is weg in het winkelcentrum, ik zoek overal",
        "kind kwijt in de supermarkt, ik kan hem niet vinden",
    ],
    "poisoning": [
        "de kleine heeft op een vaatwasblokje zitten bijten en hij moet overgeven",
        "ons dochtertje heeft aan een wasbolleke zitten sabbelen, ze is heel suf",
        "de baby heeft op een toiletblokje gebeten",
        "mijn zoontje heeft een vaatwasblok opengebeten",
        "ons kind heeft rattengif gegeten, de hond ook",
        "mijn dochter van 2 heeft rattengif gegeten",
        "de kleine heeft aan het wc blokje gelikt en nu braakt hij",
        "mijn zoontje zat op een vaatwastablet te kauwen en nu is hij suf",
    ],
}

BLIND12_NEGATIVES = [
    # a pet that ate poison is for the vet
    "de hond heeft rattengif gegeten en is dood, we waren zo verdrietig",
    "onze kat heeft rattengif gegeten, we zijn naar de dierenarts geweest",
    "onze hond heeft vorig jaar een vaatwasblokje opgegeten, de dierenarts heeft hem gered",
    "het konijn heeft van de slakkenkorrels gegeten, hij is bij de dierenarts",
    "de cavia heeft aan een wasbolletje geknabbeld, nu is alles goed",
    "onze hond is vergiftigd door de buren, we zijn bij de dierenarts",
    "de hond heeft mijn pillen opgegeten",
    "de hond heeft al mijn pillen opgegeten, we gaan naar de dierenarts",
    # a ball, a game, a team, a pat on the shoulder, a pinch in the cheek
    "hij slaat de bal hard",
    "de trainer slaat de bal naar de keeper",
    "de trainer schopt de bal naar hem",
    "de trainer klopt hem op de schouder na de match",
    "de trainer slaat hem op de rug als hij scoort",
    "mijn zoon zegt dat de trainer hem nooit slaat",
    "de juf slaat hem nooit",
    "opa klopt hem altijd met schaken",
    "de trainer heeft hem geslagen in de sprint",
    "mijn zoon zegt dat de trainer hem heeft geklopt in de spurt",
    "mijn zoon zegt dat de trainer hem heeft geslagen met tennis",
    "de trainer heeft ons geklopt met 3-0",
    "de trainer heeft hem uit de ploeg gesjot",
    "de coach heeft hem eruit getrapt",
    "de trainer slaat hem over bij de opstelling",
    "de trainer zegt dat we hen zaterdag gaan kloppen",
    "oma knijpt hem altijd in zijn wangen",
    "de kinderverzorgster knijpt de baby in zijn wangetjes",
    "de leider van de scouts slaat de tent op met mijn zoon",
    "de juf klopt op de deur van de klas",
    "de meester slaat het boek dicht",
    "mijn zoon speelt voetbal en de trainer is heel streng",
    # the chat, papers, an alarm clock
    "kzie het ni mi zitten met al die vragen",
    "ich zie et neet mier zitte mit al die formuliere",
    "ik wil s morgens niet meer wakker worden door de wekker",
    "ich weur s'mörges neet mier wakker van de wekker, dat is good",
    "et is gedaan met de regen",
    # a child found at once, with family, a thing lost, shopping for a child
    "mijn zoon was even weg op de markt maar we hebben hem meteen gevonden",
    "mijn zoon was weg op de markt met zijn oma",
    "ik zoek al een uur een jas voor mijn zoon op de markt",
    "ik zoek een jas voor mijn dochter in de winkel, ik vind er geen",
    "ik zoek al een uur een cadeau voor mijn zoon in de winkel, ik vind niks",
    "mijn zoon zijn gsm is weg op de markt, ik zoek overal",
    "ik ben mijn gsm kwijt op de markt, ik zoek al een uur, mijn zoon helpt",
    "mijn dochter is haar knuffel kwijt in de winkel, we zoeken overal",
    "mijn dochter is weg met de school naar het strand",
    "mijn zoon is weg op de markt, hij verkoopt daar groenten",
    "we zochten al een uur een parking aan het strand met de kinderen",
    "ik vind hem niet leuk, die nieuwe trainer",
    # a sleeping pill as the doctor said, a pack bought, the pain that should stop
    "ik heb mijn slaappil genomen zoals de dokter zei",
    "ik heb een strip slaappillen gekocht bij de apotheek",
    "ik neem elke avond mijn slaappil met een glas wijn",
    "ik heb mijn slaappil met een glas water geslikt",
    "ik heb een dafalgan genomen, ik wil dat de pijn stopt",
    "ik heb een pijnstiller genomen tegen de hoofdpijn, ik wil dat het stopt",
    "ik heb deze maand al twee doosjes van mijn pillen genomen",
    "ik heb een hele strip pillen gekregen van de dokter",
    "ik wil dat het stopt met regenen",
    "ik hoop dat het stopt met die vragen",
    # "moer", upstairs, in the kitchen, at work: no danger
    "de kleine heeft de schroef en de moer in zijn mond gestoken",
    "mijn moer is gisteren van de fiets gevallen",
    "ik zit boven met de kleine te spelen",
    "hij is nog in de keuken aan het koken",
    "hij is nog in de keuken bezig",
    "als hij gedronken heeft wordt hij stil, nu is hij op zijn werk",
    "hij werkt in de keuken en ik zit boven met de kinderen",
    "mijn man is nu op zijn werk en ik zit met de kinderen thuis",
    # a dishwasher block in the machine, a teething child
    "de vaatwasblokjes zijn op, ik moet er kopen",
    "mijn zoon heeft een vaatwasblokje in de machine gestoken",
    "ik heb een doos vaatwasblokjes gekocht",
    "de kleine wil altijd op zijn speen bijten",
    "de kleine bijt op alles, hij krijgt tandjes",
]

_add_section(BLIND12_POSITIVES, BLIND12_NEGATIVES)

# Blind round 13 (written for this file, of the phenomena the round found; none of its sentences): Gents and
# social-media typing ("kheb", "menne vent", "es" for is, "aant" for aan het, "mee" for met, "gwn", "tch", "ff", "idk",
# "mss", "wss"); pills swallowed said with "binnen" ("kheb heel de doos binnen"); French in a Dutch message ("j'ai pris
# tous mes cachets", "mon fils pas rentré de l'école", "je veux mourir"); thinking of "er niet meer zijn" with words
# between; hiding with the children ("kheb ons opgesloten"); "nu woon ik apart" says the danger is over; "ik vind X
# nergens"; and the look-alikes: a pill against a headache, pills fetched from the pharmacy, a toy that disappeared,
# a phone or keys nowhere, a child home from school, only pasta left and shopping still to do.
BLIND13_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "kheb zonet een heel doosje van mijn temesta binnen, kzie het nie mi zitten",
        "ik heb juist twee strips slaappillen binnen en ik wil niet meer",
        "kheb al mijn pillekes binnen, sorry ons mama",
        "ik heb 20 dafalgan binnen, kan ni meer",
        "heel de strip van mijn kalmeringsmiddelen zit binnen, sorry",
        "mijne vent heeft heel de doos xanax binnen, hij wil niet meer",
        "j'ai avalé toute la boîte de somnifères, ik kan niet meer",
        "jai pris tous mes cachets, sorry voor alles",
        "j'ai pris tous les comprimés de ma mère, kwil nie mi leven",
        "j'ai pris mes médicaments, je veux mourir",
    ],
    "suicide": [
        "idk, kdenk de laatste weken vaak aan er gwn nie mi zijn",
        "ik peins de laatste tijd veel aan om er niet meer te zijn, nie vandaag ofzo",
        "mss is het normaal, maar kdenk echt veel aan er gewoon nie meer zijn",
        "ik denk sinds de scheiding heel vaak aan er niet meer zijn",
        "je ne veux plus vivre, ik kan niet meer",
        "je veux mourir, ik zie het niet meer zitten",
    ],
    "violence_now": [
        "mijne vent es zat en smijt mee de borden, de kinders bleiten",
        "menne man gooit mee de stoelen, de kleine krijst",
        "kheb ons opgesloten in de badkamer mee de kleine, hij is zat en roept",
        "we hebben ons opgesloten in de slaapkamer, menne vent slaat alles kapot",
        "we zitten opgesloten in de badkamer, hij es zat en bonkt op de deur",
    ],
    "violence": [
        "vorig jaar sloeg mijn ex mij bijna elke dag, nu woon ik alleen maar ik slaap slecht",
        "hij heeft mij twee jaar geslagen, nu wonen we bij mijn moeder",
        "mijn man sloeg mij vroeger, nu ben ik weg bij hem",
        "hij mishandelde mij jarenlang, nu woon ik niet meer bij hem maar kheb nog schrik",
        "vorig jaar heeft hij mij geslagen, nu zitten we in een opvanghuis",
    ],
    "missing_child": [
        "kvind menne zoon van 5 nergens, hij was aant spelen op t pleintje",
        "we vinden ons Lotte van 4 nergens meer, we zoeken al een half uur",
        "ik vind de kleine nergens, ze was in de tuin aant spelen",
        "ons dochter es weg, ze was buiten aant spelen, we zoeken al een uur",
        "menne zoon es nergens te vinden, hij was aant spelen aan de overkant",
        "ma fille de 7 ans n'est pas rentrée de l'école, het is al 6 uur, ik ben ongerust",
        "mon fils pas rentré de l'école, il est 19h et personne ne sait où il est",
        "mon fils a disparu, ik vind hem nergens",
        "ma fille toujours pas rentrée, het is al donker, niemand heeft haar gezien",
        "mijn zoon van 9 is niet thuis gekomen van school, het is al 7 uur s avonds",
    ],
    "food": [
        "we hebben niks meer te eten buiten wat rijst en geen cent tot maandag",
    ],
}

BLIND13_NEGATIVES = [
    # a pill as usual, pills fetched or delivered ("binnen" is not always swallowed)
    "ik heb mijn pil binnen, tegen de hoofdpijn",
    "kheb mijn pillen al binnen vandaag, zoals de dokter zei",
    "ik heb een doos pillen binnen van de apotheek",
    "ik heb twee dozen dafalgan binnen gehaald voor de kinderen",
    "mijn pillen zitten allemaal binnen in de kast",
    "ik heb heel de doos van mijn pillen op de tafel gelegd",
    "j'ai pris mes médicaments comme d'habitude",
    "j'ai pris tous les médicaments de ma mère à la pharmacie",
    "je veux en finir avec ce dossier",
    "je vais mourir de rire",
    # thinking of someone who is no longer there, or of a club
    "ik denk er niet aan om te stoppen met werken",
    "ik denk veel aan mijn mama die er niet meer is",
    "ik denk aan er niet meer zijn op die club, ik wil een andere sport",
    "idk, kweet nie wa ik moet antwoorden",
    "mss kom ik wat later, tis wss druk op de ring",
    # a child's toy, locked in by mistake or for a call, a door slammed
    "de kleine gooit mee zijn speelgoed",
    "ik heb mij opgesloten in de wc om even te bellen",
    "we hebben ons per ongeluk opgesloten in de badkamer, de deur klemt",
    "vorig jaar sloeg hij de deur dicht en vertrok",
    "vorig jaar sloeg hij de deur dicht, nu woon ik apart",
    "nu woon ik apart, de kinderen zijn om de week bij hem",
    # keys, a phone, a cuddly toy nowhere; a child home or where the parent knows
    "we zoeken al een uur naar de sleutels",
    "ik vind mijn gsm nergens",
    "mijn dochter vindt haar knuffel nergens",
    "ik vind de kinderen nergens beter dan thuis",
    "ik vind mijn zoon nergens zo rustig als bij oma",
    "ik zie mijn zoon nergens op de klasfoto",
    "il est rentré de l'école, alles goed",
    "ma fille n'est pas rentrée, elle dort chez une amie",
    "mon fils n'est pas encore rentré, il a entraînement jusqu'à 19h",
    "le doudou de ma fille a disparu",
    "nu es ze weg naar school, alles goed",
    "ons dochter es weg met haar vriendinnen, ze is buiten aant spelen",
    # something left to eat, shopping still to do
    "we hebben niks meer te eten behalve wat rijst, ik ga straks naar de winkel",
    "niks meer te eten in huis buiten brood, moet nog ff naar de colruyt",
    "kheb gwn geen zin om te koken, ff frietjes halen",
]

_add_section(BLIND13_POSITIVES, BLIND13_NEGATIVES)

# Blind round 14 (written for this file, of the phenomena the round found; none of its sentences): pills swallowed
# said with the glued Flemish participle ("binnengepakt", "binnengekieperd", "binnengeslagen", "binnengewerkt",
# "achterovergeslagen"), Kempens "'k hem" (ik heb) before "just now" or how many, a farewell to one's mother or father
# ("sorry ons mam", "'t is beter zo"); a child named the Flemish way without a child word ("ons Jayden", "onze Lotte",
# "ons Jana van 6") not come home or nowhere to be found; and the look-alikes: a documentary, film, article or lecture
# ABOUT suicide, another's child on the news, a child found again, "ons mam" or a parcel not arrived, "als ik hem".
BLIND14_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "'k hem net al mijn slaappillen binnengekieperd, sorry ons mam",
        "khem zonet heel de strip temesta binnengepakt, 't is beter zo",
        "kheb de ganse doos xanax binnengeslagen mee ne fles whisky, sorry mama en papa",
        "ik heb mijn pillen van de psychiater binnengewerkt, sorry ons pa, het is beter zo voor iedereen",
        "'k hem daarnet twee strips dafalgan binnengegooid, 't is beter zo",
        "ik heb de slaappillen van ons moeder achterovergeslagen, sorry mam",
    ],
    "suicide": [
        "sinds die docu over zelfmoord denk ik er elke dag aan",
        "ik heb een boek over zelfmoord gelezen en ik peins er zelf ook aan",
        "na dat artikel over zelfdoding wil ik het zelf proberen",
    ],
    "missing_child": [
        "onze Lotte is nie thuisgekomen van de scouts en 't is al donker",
        "ons Lucas is sinds vanmiddag verdwenen, we hebben al overal gebeld",
        "ons Jana van 6 is nergens te vinden, ze was op de oprit aant fietsen",
        "ons Noah is weggelopen, 't is al twee uur en hij heeft zijn gsm nie mee",
        "onze Amira van acht is nie thuisgekomen, niemand heeft haar gezien",
        "ons Mila es vermist, de school zegt dat ze om vier uur vertrokken is",
        "ons Jayden van 7 is vermist, het staat al op facebook",
        "mijn dochter is verdwenen, ze zetten het op het nieuws",
        "mijn zoon is vermist, zijn fiets is gevonden aan het kanaal",
        "mijn dochter is vermist, ze is nog niet gevonden",
    ],
}

BLIND14_NEGATIVES = [
    # a documentary, film, article, talk or series about suicide
    "ik heb een documentaire gezien over zelfmoord bij tieners, heel aangrijpend",
    "we hebben in de les een film bekeken over zelfdoding, goed gemaakt",
    "ik las een artikel over suïcide bij jonge moeders",
    "mijn dochter maakt een spreekbeurt over zelfmoordpreventie",
    "gisteren was er op tv een reportage over zelfmoord bij boeren",
    "er was een lezing rond zelfdoding in het cultureel centrum",
    "ik kijk een serie over iemand die zelfmoord pleegde, best zwaar",
    # another's child on the news, a child found again, a mother or a parcel not arrived, a pet
    "op het nieuws: een kind vermist in Mol, intussen is het teruggevonden",
    "in de krant stond dat er een meisje verdwenen was in Herentals",
    "ons kind was vermist op de kermis maar is snel teruggevonden",
    "onze zoon was even weg op het strand, gelukkig hebben we hem meteen gevonden",
    "ons mam is nog niet thuisgekomen van de winkel",
    "ons pakje is nergens te vinden, de post zegt dat het geleverd is",
    "onze kat is weggelopen, we hangen briefjes op",
    # pills brought in, "als ik hem", "'t is beter zo" and "sorry ons mam" in everyday life
    "ik heb de boodschappen binnengebracht en de pillen in de kast gezet",
    "als ik hem zie, zeg ik goeiedag",
    "'t is beter zo, de kinderen hebben nu elk een eigen kamer",
    "sorry ons mam, ik kom wat later",
]

_add_section(BLIND14_POSITIVES, BLIND14_NEGATIVES)

# --- blind round 15 ---
# Written for this file, of the phenomena the round found (none of its sentences): an engine running in a closed garage
# with "it does not matter any more" in West-Vlaams ("me de motor an", "'t doet er nie mi toe"; "an" read "aan");
# "er e punt achter zetten" thought of or wanted, said of oneself ("kzyn"/"kzijn" before "al", "aan het", "van plan"
# read "ik ben"); abuse long ago told only now ("nu pas", "pas nu" make nothing urgent); a child gone at a camping, a
# holiday park, a swimming pool, or at home with its age said after it ("mijn zoon 5 jaar"); garden products and
# pesticides named by what they are against ("'t spul tegen de mieren", "de korrels tegen de ratten"); a dishwasher or
# washing tablet "in mond"; an adult hitting "de kleine" or "ons zoontje"; kicking the door she hides behind with her
# baby; someone else's pills found and eaten; on a roof without an article and not coming down. And the look-alikes:
# hungry when they come home from school, a toddler who hits or kicks the door, a ball, "een punt achter die relatie",
# a roof to clean, a cat on the roof, pills found and handed over, slug pellets strewn, lice lotion on the hair.
BLIND15_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "'k zitte in mijnen auto in de garage me de motor an, niks doet er nog toe",
        "kzit in de wagen in onzen garage, de motor draait, 't doet er nie mi toe",
        "ik zit in de garage met de motor aan en de poort toe, het maakt allemaal niet meer uit",
        "kzitten in de camionette in de garage me de moteur an, 't kan mij nie mi schelen",
        "de motor van mijn auto loopt in de gesloten garage en ik zit erin, het leven doet er niet meer toe",
        "ik zit op dak van de flat, ik kom niet meer naar beneden",
        "kzit hier op het dak van de parking, ik ga nie mi naar beneden",
        "ik sta boven op dak van het appartement, ik kom nooit meer naar beneden",
    ],
    "suicide": [
        "kzijn al lang aan het denken om er een punt achter te zetten",
        "ik wil er een punt achter zetten, ik kan niet meer",
        "'k peins er soms aan om er nen punt achter te zetten",
        "kzyn van plan om er e punt achter te zetten, 't leven is te zwaar",
        "kzyn al maanden an 't peinzen van er e punt achter te zetten",
    ],
    "sexual_violence": [
        "mijn broer heeft aan mijn dochter gezeten toen ze klein was, ze zegt het pas nu",
        "de buurman zat vroeger aan ons dochtertje, ze vertelt het nu pas",
        "onze oom heeft an onze zoon gezeten, ik weet het pas nu",
        "haar stiefvader heeft jaren geleden an mijn dochter gezeten, ze durft het nu pas te zeggen",
    ],
    "violence_now": [
        "de nonkel zit nu aan mijn dochter, hij is hier",
        "mijn man is dronken en hij slaat de kleine nu, ik hoor hem tieren",
        "zijn pa is kwaad en hij slaat de kleine nu",
        "hij slaat de kleine nu, de kleine huilt",
        "mijne vent is zat en hij is de kleine nu aan het slaan",
        "mijn ex is binnen, ik zit met de kleine in de wc en hij trapt tegen de deur",
        "hij is binnen, ik zit met de kinderen in de slaapkamer en hij slaat op de deur",
        "mijne vent stampt tegen de deur van de wc, ik zit erin met de kleine",
    ],
    "missing_child": [
        "mijn zoon 5 jaar is weg op de camping, ik vind hem niet",
        "onze dochter van 4 is weg in het vakantiepark, ik vind haar nergens",
        "mijn dochter 7 jaar is weg aan het zwembad, ik vind haar niet",
        "de kleine is weg op de camping, we zoeken al een half uur",
        "mijn zoon van 5 jaar is weg, ik vind hem niet",
        "ons dochtertje 3 jaar is weg op het strand, ik vind haar niet",
        "mijn zoontje is kwijt in het recreatiedomein, we zoeken overal",
    ],
    "poisoning": [
        "ons zoontje heeft van de slakkenkorrels gegeten in de tuin",
        "mijn dochter van 2 heeft rattengif in haar mond gestoken, ze moet kotsen",
        "de kleine heeft onkruidverdelger gedronken uit een flesje",
        "onze peuter heeft van het product tegen de mieren gegeten",
        "de baby heeft insecticide binnengekregen, hij moet overgeven",
        "mijn zoon van 3 heeft een slok genomen van het spul tegen onkruid",
        "kleine heeft gegeten van de korrels tegen de ratten",
        "de kleine heeft gedronken van 't spul tegen de bladluizen op het terras",
        "de baby had een vaatwastablet in mond en nu moet hij overgeven",
        "ons kleintje had een wastablet in mond, hij kotst",
        "mijn dochtertje heeft een vaatwasbolletje in mond gestoken en braakt",
        "de baby heeft op een vaatwastablet gesabbeld en geeft over",
        "onze dochter heeft de pillen van de buurvrouw gevonden in de zetel en opgegeten",
        "de kleine heeft medicijnen van opa gevonden op het nachtkastje en ingeslikt",
        "mijn zoontje heeft de tabletten van zijn papa in de schuif gevonden en er een paar van gegeten",
    ],
    "food": [
        "de kinderen hebben honger en er is niks meer in huis, geen geld tot maandag",
        "mijn kinderen hebben honger en ik heb geen cent meer vandaag",
    ],
    "violence": [
        "mijn man is dronken en hij klopt ons zoontje, ik hoor het beneden",
        "mijn ex heeft ons zoontje vorige week geslagen",
        "mijn vent slaat de kleine als hij gedronken heeft",
    ],
}

BLIND15_NEGATIVES = [
    # 1 engine in a garage, West-Vlaams, not caring any more
    "kzit in de auto in de garage me de motor an, hij moet wa opwarmen",
    "de motor stond an in de garage want de garagist was bezig",
    "kzet de auto in de garage, 't doet er nie toe welke plaats",
    # 2 "er een punt achter zetten", thought of or wanted, about oneself
    "kzyn an 't peinzen om er e punt achter te zetten met die relatie",
    "ik wil een punt achter dat werk zetten",
    "we gaan er een punt achter zetten met de verbouwing",
    "ik denk erover om een punt achter mijn studie te zetten",
    "mijn vent drinkt te veel, ik wil er een punt achter zetten",
    "kzyn al weken an 't peinzen om van werk te veranderen",
    # 3 abuse in the past, told only now ("nu pas", "pas nu")
    "mijn dochter heeft het nu pas verteld dat ze een buis heeft",
    "ik zit nu pas aan mijn dochter haar huiswerk, ze had het vergeten",
    # 4 a child gone at a camping, a holiday park, a swimming pool
    "mijn zoon is weg op kamp met de camping van de chiro",
    "mijn dochter is naar de camping met haar vriendinnen",
    "de kinderen zijn weg op de camping, ze komen zondag terug",
    "ik vind de camping niet leuk, de kinderen vervelen zich",
    "mijn zoon is weg aan het zwembad met de scouts, hij komt om 5 uur terug",
    "mijn dochter is op de camping haar slipper kwijt, ik vind hem niet",
    "we zoeken nog een camping voor de zomer, ik vind niks",
    "mijn zoon is al twee jaar weg, hij woont op kot in Gent",
    # 5 pesticides and garden products
    "ik heb spul tegen de luizen gekocht voor de rozen in de serre",
    "we hebben slakkenkorrels gestrooid in de moestuin",
    "de kleine heeft luizen, ik heb het spul tegen de luizen op zijn haar gedaan",
    "ik spuit onkruidverdelger op het terras",
    # 6 a dishwasher or washing tablet "in mond", with vomiting
    "de baby stak de vaatwastablet bijna in zijn mond, ik heb hem net op tijd weggenomen",
    "ik leg de vaatwastabletten hoog zodat de baby ze niet in mond kan steken",
    # 7 hungry when they come home from school: ordinary
    "de kinderen hebben altijd veel honger wanneer ze van school komen",
    "mijn kinderen hebben honger als ze thuis komen van de sport",
    "de kids hebben honger tegen dat ze van school komen",
    "de kinders hebben honger as ze thuiskomen, ze eten ol de boterhammen op",
    # 8 a toddler who hits or kicks the door, a ball; pills found and handed over; a roof to clean, a ladder, a cat
    "de kleine slaat zijn zus",
    "de kleine slaat soms als hij moe is",
    "ons zoontje slaat de kleine als hij jaloers is",
    "mijn zoon van 8 is jaloers, hij slaat de kleine soms",
    "de kleine slaat de bal over de haag",
    "mijn man speelt met de kleine, hij slaat de bal ver weg",
    "de kleine trapt tegen de deur als hij zijn zin niet krijgt",
    "de baby slaat met zijn handjes tegen de deur van de box",
    "mijn zoon heeft pillen van oma gevonden in haar tas en aan mij gegeven",
    "de kleine heeft de pillen van opa gevonden maar niks gegeten gelukkig",
    "ik sta op het dak om de goot te kuisen, ik kom zo naar beneden",
    "ik zit op dak want de ladder is omgevallen, ik kan niet meer naar beneden",
    "de kat zit op het dak en komt niet meer naar beneden",
]

_add_section(BLIND15_POSITIVES, BLIND15_NEGATIVES)

# --- blind round 16 ---
# Written for this file, of the phenomena the round found (none of its sentences): pills taken "uit de doos van mijn pa"
# (where they were kept said between the pills and the verb) with a wish not to wake up, in Limburgs ("ich", "neet");
# pills "op" (finished: taken) with a bottle of spirits, "c'est fini" or not caring any more; a child who tells that an
# adult "aan haar heeft gezeten" (the auxiliary between); a "vaatwasser tablet" (the machine named, written apart) in the
# mouth. And the look-alikes: "ik kan de kinderen niet meer aan, ik ben op" (coping, "meer" is no lake), a poisoning
# long ago that ended well, suicidal thoughts in the past and over (with help now), pills run out ("mijn pillen zijn
# op"), taken out of the box, "op tijd".
BLIND16_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "ich heb al de tabletten uit het kastje van mijn moeder genomen, ich wil neet meer wakker worden",
        "kheb alle pillen uit de schuif van mijne vent geslikt, ik wil dood",
        "ik heb de slaappillen uit de doos van ons ma genomen, ik wil niet meer leven",
        "ich heb de medicijnen uit de badkamer van mijn pa genomen, ich wil er neet meer zijn",
        "ik heb net een fles whisky met al mijn slaappillen op, sorry kinderen",
        "kheb heel de strip temesta op met ne fles wijn, 't maakt allemaal ni meer uit",
        "mijn man heeft een hele fles jenever en zijn pillen op, hij wil dood",
        "ik heb al mijn pillekes op, c'est fini",
        "kheb zonet ne fles rum met al men antidepressiva op, vaarwel",
    ],
    "sexual_violence": [
        "mijn zoon vertelde dat zijn opa aan hem heeft gezeten op zijn kamer",
        "ons dochtertje zegt dat de buurman aan haar had gezeten in de garage",
        "mijn dochter zei vorige week dat haar stiefvader aan haar heeft gezeten",
        "mijn kind zegt dat de monitor van het kamp aan hem heeft gezeten",
        "ze heeft verteld dat haar nonkel vroeger aan haar heeft gezeten als ze daar sliep",
    ],
    "poisoning": [
        "mijn zoontje heeft een vaatwasser tablet in zijn mond gehad, hij moet overgeven",
        "de kleine had vaatwasser capsule in mond, ze hoest, wat moet ik doen",
        "ons kindje heeft op een wasmachine tablet gebeten",
        "onze peuter heeft een vaatwassertabletje ingeslikt",
        "mijn dochter heeft aan een afwasmachine blokje gelikt en ze kwijlt",
        "de kleine heeft een half uur geleden javel gedronken",
    ],
    "missing_child": [
        "mijn zoontje speelde aan het meer en nu zie ik hem nergens meer",
        "we waren aan het meer en ik vind mijn dochter van 4 nergens",
    ],
}

BLIND16_NEGATIVES = [
    # 5 not coping ("ik kan X niet meer aan"), exhausted ("ik ben op"); "meer" is no lake
    "ik kan de kinderen niet meer aan, ik ben kapot",
    "ik kan mijn zoon bijna niet meer aan, hij luistert niet",
    "ik kan de kinderen niet meer volgen met hun huiswerk",
    "ik kan de kleine niet meer de baas, ik ben op",
    "de kinderen willen meer naar het park, ik ben op",
    # 6 a poisoning long ago that ended well
    "mijn zoon heeft drie jaar geleden ontstopper gedronken, het is toen goed afgelopen",
    "de kleine heeft vorig jaar een batterij ingeslikt, alles is goed gekomen",
    "toen ze klein was heeft ze eens zeep gegeten, het is goed afgelopen",
    "ooit heeft mijn dochter op een wasbolletje gebeten, gelukkig is het goed afgelopen",
    "mijn zoon heeft maanden geleden pillen van oma gegeten, dat is met een sisser afgelopen",
    # 7 suicidal thoughts or self-harm in the past, over, with help now
    "vroeger heb ik aan zelfmoord gedacht, nu gaat het veel beter",
    "jaren geleden wou ik dood, maar dat is voorbij, ik heb therapie gehad",
    "als tiener zag ik het niet meer zitten, nu gaat het goed met mij",
    "vroeger sneed ik mezelf, maar dat is al lang voorbij",
    "ik heb ooit aan zelfdoding gedacht maar ik ben er door, ik heb een goede psycholoog",
    # 1, 2 pills run out, taken out of the box, on time; a bottle of wine finished
    "ik heb mijn pillen op, ik moet morgen naar de apotheek",
    "mijn slaappillen zijn op, ik moet een nieuw voorschrift vragen",
    "we hebben een fles wijn op en de kinderen slapen",
    "ik heb mijn pillen op tijd genomen",
    "ik heb de pillen uit de doos van mijn pa genomen en in zijn pillendoos gestoken",
    "het huis maakt mij niet meer uit, als we maar samen zijn",
    # 3, 4 "aan haar gezeten" by a doctor or at her bike; a dishwasher tablet in the machine
    "de dokter heeft aan haar gezeten voor het onderzoek",
    "mijn man heeft aan haar fiets gezeten om de band te plakken",
    "ik steek een vaatwasser tablet in de machine",
    "de vaatwasser tablet is op, ik moet nieuwe kopen",
]

_add_section(BLIND16_POSITIVES, BLIND16_NEGATIVES)

# --- blind rounds 17, 19 and 20 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): a beating in the past with the
# child there and "nu is hij weg" (he left: no danger now, and no missing child either); a named child lost at a
# playground scheme ("speelpleinwerking") with everyone searching and nobody having seen her; a fight with knives or
# someone down and bleeding; hitting now "aant slaan mee een stoel"; a stranger ("ne gast", "de buurman") with a weapon
# here; someone who burst in ("binnengevallen") and "vite vite"; a parent who fetched the children without a word and
# cannot be reached; everything laid ready and "vanavond is 't gedaan"; an engine in the garage and "'t is beter zo vo
# iedereen"; all taken that was in the cupboard ("ingenaome", "ik trek et nie mier"); a child who drank from a bottle
# under the sink; carbon monoxide (a geyser or a stove, everyone sick and dizzy); the bank card blocked and nothing to
# buy food with today. And the look-alikes: away with friends ("weg me zijn vrienden", "mee zijn maten") and back at
# an hour or texting where he is; lost a minute and found at once; the poison centre said it is harmless; a fight
# that is play, film or illness; DIY with a hammer; the flu, the heat, a boiler checked; things laid ready for school.
BLIND17_POSITIVES: dict[str, list[str]] = {
    "violence": [
        "gisteren heeft mijn man mij geslagen waar de kinderen bij waren, nu is hij weg maar ik ben bang dat hij terugkomt",
        "mijne vent heeft mij vorige maand gewurgd terwijl de baby erbij was, nu is hij vertrokken maar kzit met schrik",
        "vorig weekend heeft mijn ex mij tegen de muur geduwd waar de kleine bij stond, nu is hij weg",
    ],
    "missing_child": [
        "onze Noor van vijf is kwijt op het speelplein, al een half uur zoekt iedereen",
        "ons Milan van 7 is weg op de speelpleinwerking en niemand heeft hem gezien",
        "mijn dochter van 4 is verdwenen op de speelpleinwerking, iedereen is aan het zoeken",
        "ons Emma is kwijt op de kermis, niemand heeft ze nog gezien",
        "mijn man heeft de kinderen opgehaald zonder mij te verwittigen, hij zei dat ik ze nooit meer zou zien",
        "mijn ex heeft ons zoontje van de creche gehaald zonder iets te zeggen en zijn gsm staat af",
        "zij heeft onze dochter aan school afgehaald zonder toestemming en ik kan haar niet bereiken",
    ],
    "violence_now": [
        "ze vechten voor de deur met messen en mijn broer ligt op de grond",
        "er wordt gevochten in de gang van onze blok met een mes, ik hoor iemand roepen",
        "mijn man en de buurman vechten in de tuin met een hamer, hij bloedt al",
        "ze zijn aan het vechten op het plein en mijne zoon ligt op de grond, hij bloedt",
        "hij is aan het slaan met zijn riem en de kinderen huilen",
        "nu is hij aant kloppen mee een stok op mijn moeder en de baby weent",
        "een vreemde man loopt hier rond met een bijl in onze straat, de kinderen spelen buiten",
        "twee gasten staan hier in de hal met een knuppel",
        "die kerel van hierboven staat in onze gang me ne mes",
        "de bovenbuur is binnengevallen en hij slaat mijn vrouw, snel snel",
        "mijn schoonbroer is hier binnengevallen en hij klopt op mijn man, au secours",
        "allez, mijn ex is binnengevallen en hij slaat de kinderen, vite vite",
    ],
    "suicide_now": [
        "niks maakt nog uit, vannacht is het voorbij, ik heb alles klaargelegd",
        "het maakt mij allemaal niet meer uit, alles is geregeld, vanavond is het over",
        "kheb alles klaargezet, ik zeg de kinderen vaarwel",
        "ik zit in mijne wagen in de garage met de motor aan, het is beter zo voor iedereen",
        "kzit in den box me de motor an, sorry ons mam",
        "de motor loopt en ik zit in de garage, 't is beter zo vo jullie",
        "ich höb alles ingenaome wat in de medicijnkast stoeng, ich trek et neet mier",
        "ik heb alles geslikt wat in het kastje van de badkamer lag, ik wil niet meer",
        "kheb alles ingenomen uit de doos van mijn moeder, ik trek het niet meer",
    ],
    "poisoning": [
        "ons dochtertje heeft gedronken uit een flesje van onder de gootsteen, ze hoest en kotst",
        "de kleine heeft gedronken uit een fles in de garage, ik denk dat het antivries was",
        "mijn zoontje van 2 heeft gelikt aan een bus uit de kelder, het was ontkalker",
        "we hebben allemaal hoofdpijn en zijn duizelig sinds de kachel aan staat, de baby is zo suf",
        "de co melder piept en de kinderen zijn allebei misselijk en slaperig",
        "mijn man en de kinderen hebben hoofdpijn en moeten overgeven, de gaskachel brandt heel de dag",
    ],
    "food": [
        "onze bankkaart is geblokkeerd door de deurwaarder, niks meer om eten te kopen voor de kleine",
        "de schuldbemiddelaar heeft mijn rekening bevroren, ik heb niks meer om vandaag melk te kopen voor de baby",
        "niks meer om vanavond eten te kopen, mijn kaart wordt geweigerd",
    ],
}

BLIND17_NEGATIVES = [
    # 1 he is gone to work or on a trip: no missing child
    "mijn man heeft de kinderen naar school gebracht, nu is hij weg naar zijn werk",
    "de kleine sliep toen mijn vriend vertrok, nu is hij weg voor een week op reis",
    # 14, 17 away with friends ("me", "mee": met), back at an hour, texting where he is
    "de jongste is weg me haar vriendinnen naar de chiro, om 6 uur is ze terug",
    "mijn zoon is weg met zijn vrienden naar het speelplein, tegen 5 uur komt hij terug",
    "onze oudste is weg mee zijn maten naar de zee, hij stuurt altijd waar hij uithangt",
    "mijn dochter van 15 is altijd weg met haar vriendinnen maar ze laat altijd weten waar ze zit",
    "mijn oudste is altijd weg mee zijn maten, maar hij is altijd op tijd thuis",
    # 15 lost a moment and found at once
    "ons Lotte was even kwijt op de markt maar ze stond gewoon bij de bakker",
    "de jongste was een paar seconden weg in de winkel, hij zat gewoon onder het rek",
    "mijn dochter was een momentje kwijt op het strand maar ze speelde gewoon aan de zee",
    "de kleine was een minuut kwijt in de Aldi maar hij stond gewoon bij de kassa",
    # 16 the poison centre or the doctor said it is harmless
    "ons zoontje heeft aan een blad van de oleander gelikt maar de dokter zei dat het niet gevaarlijk is",
    "de kleine heeft een besje uit de tuin gegeten, het antigifcentrum zegt dat het onschadelijk is",
    "onze peuter heeft een beetje zeep geproefd, het antigifcentrum zei dat het geen kwaad kan",
    # 3, 7, 8 a fight that is play, film or illness; hitting a ball; DIY; a neighbour with a tool
    "de kinderen vechten om de afstandsbediening en de kleine bloedt uit zijn neus",
    "in de film vechten ze met messen op een boot",
    "mijn man vecht al twee jaar tegen kanker, hij ligt veel in de zetel",
    "de jongens vechten met houten zwaarden in de tuin",
    "de katten vechten in de tuin en ene bloedt",
    "hij is aan het slaan met de tennisbal tegen de garagepoort",
    "hij is aan het kloppen met een hamer, hij timmert een kast in elkaar",
    "de buurman staat met een bijl hout te kappen in de tuin",
    "een gast van de gemeente staat hier met een schaar de haag te snoeien",
    "vite vite, ik moet de kinderen halen aan school",
    # 10 fetched by the other parent on his weekend, stuck in traffic, at the playground
    "mijn ex heeft de kinderen van school opgehaald zonder iets te zeggen, het was zijn weekend",
    "mijn man heeft de kinderen van school gehaald en hij neemt niet op, hij zit zeker in de file",
    "mijn ex heeft de kinderen opgehaald zonder iets te zeggen, hij neemt niet op, waarschijnlijk zijn ze naar de speeltuin",
    # 11, 12 water from a brother's bottle, an empty bottle; the flu, the heat, a boiler checked
    "de kleine heeft gedronken uit de fles van zijn broer, het was gewoon water",
    "ons zoontje heeft gedronken uit een flesje onder de lavabo, maar het was leeg",
    "iedereen hier heeft hoofdpijn en is misselijk van de buikgriep, de chauffage staat op 22",
    "we hebben allemaal hoofdpijn van de warmte, de kachel staat te hoog",
    "de technieker heeft de geiser nagekeken, we hadden allemaal hoofdpijn",
    "de boiler is kapot en iedereen is slap van de griep",
    # 13 a blocked card with food at home, no time to shop
    "mijn bankkaart is geblokkeerd door de schuldbemiddeling, ik moet elke week leefgeld vragen",
    "ik heb geen tijd om vandaag eten te kopen, we bestellen pizza",
    # 4, 5, 6 laid ready for school or a party, over with the works, warming the engine, eating all, as prescribed
    "ik heb alles al klaargelegd voor de schoolreis morgen, het maakt niet meer uit wat ze meenemen",
    "vanavond is het gedaan met de verbouwing, alles is geregeld",
    "vandaag is het gedaan, alles is klaargezet voor het feest",
    "we wonen nu bij zijn ouders, het maakt niet meer uit hoe we wonen",
    "ik zit in de auto in de garage met de motor aan om hem op te warmen, het is beter zo in de winter",
    "ik heb alles opgegeten wat in de koelkast lag, ik kan niet meer",
    "ik heb alles ingenomen wat de dokter gaf, ik trek het niet meer met die pijn",
    "ik heb alles genomen wat in de kast lag en naar het containerpark gebracht",
]

_add_section(BLIND17_POSITIVES, BLIND17_NEGATIVES)

# --- blind round 21 ---
# Written for this file, of the phenomena the round found (none of its sentences): young parents typing straattaal and
# texting style, no punctuation ("mar", "kben", "kga", "frr", "wollah", "skeer"): done with everything and the pills in
# hand, about to take them; not safe at home, a father ("mijn pa", "mijn stiefvader") who just took up a knife and
# shouts at the mother ("ons ma"). And the look-alikes: nappies almost out with the social grocery tomorrow; "'t is ni
# dak geen eten heb" (it is not that I have no food); done with the chores; a knife for the vegetables; dropping the
# children off ("afgooien") and being put out of the house ("buiten gegooid"), which are no blows.
BLIND21_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "kben klaar met alles mijn pillen zitten in mijn hand kga ze nu nemen",
        "mar ik ben klaar met alles, kga die pillen nu allemaal slikken",
        "kheb de slaappillen al in mijn hand ik ga ze nu nemen ik ben klaar met alles",
        "ik ben klaar met mijn leven de pillekes liggen hier en kga ze allemaal pakken",
        "sorry mar kben er klaar mee, de medicatie ligt al in mijn hand en kga ze vannacht nemen",
        "kzweer kga mezelf nu iets aandoen",
    ],
    "violence_now": [
        "thuis is nie veilig mijn pa heeft een mes gepakt en hij roept tegen ons ma",
        "het is hier ni veilig mijn pa heeft een mes vast en hij roept tegen mijn ma",
        "mijn vader staat met een mes in de keuken en roept tegen mijn mama",
        "mijn stiefpa heeft net een hamer gepakt en tiert tegen mijn moeder",
        "mijn pa slaat mijn ma nu wollah help",
        "wollah mijn stiefvader klopt ons ma en de kleine weent",
    ],
    "suicide": [
        "kzweer kga mezelf iets aandoen",
        "ik ben er klaar mee, ik wil ni meer leven frr",
    ],
    "food": [
        "ik ben skeer en de kinderen hebben vandaag nog niks gegeten",
        "ben skeer en mijn kinderen hebben sinds gisteren niks gegeten",
        "geen pampers meer en ik ben skeer, de baby heeft honger",
    ],
}

BLIND21_NEGATIVES = [
    # 3 almost out, the social grocery or the shop tomorrow
    "bijna geen luiers meer, ik ga morgen naar de sociale kruidenier",
    "we hebben bijna geen melkpoeder meer, morgen ga ik naar de winkel",
    "nog een paar pampers, deze week ga ik naar de voedselbank",
    # 4 "'t is niet dat ik geen eten heb"
    "tis nie da we geen eten hebben mar ik ben moe",
    "het is niet dat de kinderen geen eten krijgen maar het is krap deze maand",
    "tis ni dak geen eten heb, kheb gewoon geen zin om te koken",
    # done with the chores; the evening pills before bed; not taking them any more
    "kben klaar met alles voor vandaag, de was is gedaan",
    "ik ben klaar met alles voor de verhuis, morgen komt de camion",
    "ik ben klaar met alles, ik ga nu mijn pillen nemen en slapen",
    "kben er klaar mee, die pillen helpen niet, ik ga ze niet meer nemen",
    # a knife or a hammer for the kitchen or the DIY
    "mijn pa heeft een mes gepakt om de groenten te snijden",
    "mijn pa heeft een mes gepakt en roept dat we moeten komen eten",
    "mijn pa heeft de hamer gepakt en is kwaad omdat de kast niet past",
    "thuis is ni veilig voor de kleine met al die trappen",
    # a straattaal exaggeration; broke but there is food
    "kga dood van het lachen frr",
    "ik kill hem als hij nog eens te laat komt",
    "ben skeer tot de 1ste maar eten hebben we",
    "kzweer da ik blij ben met die nieuwe job",
    # dropping the children off, put out of the house (a housing answer)
    "mijn pa gooit de kinderen elke morgen af aan school",
    "mijn ma gooit mij af aan het station en dan neem ik de trein",
    "mijn vader heeft mij buiten gegooid toen ik 18 werd, nu woon ik bij mijn lief",
    "ma ik heb geen tijd voor al die vragen",
]

_add_section(BLIND21_POSITIVES, BLIND21_NEGATIVES)

# --- blind round 22 ---
# Written for this file, of the phenomena the round found (none of its sentences): night-time messages. Someone else
# said he will not be there tomorrow and went off with a rope; West-Vlaams on a bridge ("ip", "mee mie"); a partner who
# said the family is better off without him; the thought of driving into a tree; locked out with a drunk partner who
# threatens the children inside; hitting for a long time "niet vandaag"; a teenager gone after a fight, phone off, or
# West-Vlaams "weggeloopn"; a button battery, a toddler in grandma's pills; the last bread shared. And the look-alikes:
# old abuse told with "wat moet ik nu doen" (not now), violence long ago worked through, the fridge almost empty on
# payday, a rope for the washing, driving into a tree by accident, the car battery.
BLIND22_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "mijn man zei dat hij er morgen niet meer zal zijn en hij is met een touw naar de zolder, hij doet niet open",
        "mijne zoon zegt da hij er ni meer gaat zijn, hij heeft een koord meegenomen naar de schuur",
        "kstoan ip de brug, tes gedaan mee mie",
        "ik sta ip de brugge aan het kanaal, ik kan niet meer",
    ],
    "suicide": [
        "mijn vrouw zei gisteren dat we beter af zijn zonder haar, ik maak mij zorgen",
        "mijn vent stuurde dat hij er binnenkort niet meer zal zijn, wat moet ik doen",
        "ik denk er soms aan om tegen een paal te rijden als ik alleen in de auto zit",
        "elke ochtend peins ik erover om tegen een vrachtwagen te knallen",
    ],
    "violence_now": [
        "hij heeft mij buitengesloten en de kleine is nog binnen, hij roept dat hij haar iets gaat doen",
        "hij is dronken, de kinderen zijn nog binnen en hij schreeuwt dat hij ze pijn gaat doen",
    ],
    "sexual_violence": [
        "mijn zus vertelde vanavond dat onze nonkel haar verkracht heeft toen ze 12 was, wat moet ik nu doen",
        "mijn dochter zei gisteren dat haar stiefvader haar verkracht heeft toen ze klein was, wat moeten we nu doen",
    ],
    "violence": [
        "mijn vriend slaat mij al jaren, niet vandaag, maar ik ben bang",
        "mijn lief klopt mij al lang, niet vandaag, maar ik weet niet waar ik hulp moet vragen",
    ],
    "missing_child": [
        "onze dochter van 15 is na een discussie vertrokken, haar gsm staat uit en niemand weet waar ze is",
        "mijn zoon is weggelopen, hij neemt niet op en het is al middernacht",
        "ons Jana es weggeloopn en ze pakt ni op",
        "mijn zoon van 13 is weg na ruzie, niemand van zijn maten weet waar hij zit",
    ],
    "poisoning": [
        "mijn zoontje heeft een knoopbatterij ingeslikt uit de weegschaal",
        "ik denk dat de baby een batterijtje heeft doorgeslikt",
        "ons kleintje heeft aan de medicijnen van opa gezeten, er zijn er drie weg",
        "de peuter heeft in de pillen van mijn moeder gezeten en het doosje is leeg",
    ],
    "food": [
        "we hebben het laatste brood opgegeten, mijn leefloon is stopgezet en er is niks meer",
        "vandaag de laatste boterhammen aan de kinderen gegeven, geen geld meer",
    ],
}

BLIND22_NEGATIVES = [
    "vroeger sloeg mijn stiefvader mij, dat is jaren geleden, ik heb hulp gehad en het gaat goed",
    "mijn vader sloeg ons vroeger, dat is lang voorbij, ik ben erdoor",
    "de koelkast is bijna leeg, morgen ga ik naar de winkel want mijn loon is gestort",
    "de kast is leeg maar het loon is vandaag binnen, ik doe straks boodschappen",
    "mijn man is met een touw naar de garage om de fiets op te hangen",
    "ik heb een koord in de garage gespannen om de was te hangen",
    "ik was bang dat ik tegen een boom ging rijden, zo glad was het",
    "de batterij van de afstandsbediening is plat, ik koop morgen een nieuwe",
    "we hebben het laatste brood opgegeten, morgen haal ik vers bij de bakker",
    "mijn collega zei dat hij er volgende week niet meer zal zijn, hij gaat met pensioen",
    "hij zei dat hij er morgen niet zal zijn op het werk",
    "mijn zoon is naar school vertrokken en zijn gsm staat uit, zoals altijd",
    "hij slaapt nu, de kinderen ook",
]

_add_section(BLIND22_POSITIVES, BLIND22_NEGATIVES)

# --- blind rounds 23-25 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): learner Dutch "peins ik beter
# dood", no point in this life any more, wondering why to go on, the wish to sleep and not wake up said with "I will do
# nothing to myself tonight" (1813, not 112), the thought of pulling the wheel over; someone else cutting his arms with
# blood, many pills taken with drink and feeling bad, an engine running in a closed box with a last word of love (112);
# a named child gone for hours; a child named who got into turpentine or the drain cleaner, crop spray or bleach drunk;
# someone with a weapon (no verb) in the hallway or on the drive who wants to come in, breaking everything and pulling
# her hair, grabbed by the throat in a message about the questions, "mijn event" (autocorrected "vent"), "ik krijg hem
# niet van haar af"; hitting when drunk but asleep now (1712); nothing to put on the table tonight with the social
# grocery only open later, the last food gone and not knowing what the children will eat. And the look-alikes: a child
# lost for a few minutes and found, a medicine taken twice a day, children hungry at dinner time while cooking, a
# picky eater, a party table, a neighbour with an axe for the firewood, a question whether pills go with wine.
BLIND23_25_POSITIVES: dict[str, list[str]] = {
    "suicide": [
        "af en toe peins ik beter dood, dan heeft mijn vrouw geen last meer van mij",
        "ik vind mezelf beter dood, dan is iedereen van mij af",
        "ik vraag mij elke dag af waarom ik nog verder ga",
        "waarom nog doorgaan als niemand mij nodig heeft",
        "eerlijk, ik zie geen nut meer in mijn leven",
        "ik zie het nut van mijn bestaan niet meer",
        "ik wil gewoon inslapen en nooit meer wakker worden, maar ik doe mezelf vanavond niks aan",
        "soms hoop ik gewoon in te slapen en niet meer wakker te worden, maar ik zal mezelf nu niets aandoen",
        "als ik alleen op de ring rij heb ik soms de neiging om het stuur om te gooien",
        "kpeis soms om op de autostrade het stuur om te trekken en gedaan",
    ],
    "suicide_now": [
        "mijn puberzoon kerft zijn armen met een scheermesje, het bloed drupt op de vloer",
        "ik heb veel slaappillen ingenomen met bier, mijn hoofd draait",
        "kheb een hoop tabletten gedronken met wijn en ik voel mij zo raar",
        "mijn vrouw heeft veel medicijnen genomen met whisky en ze reageert bijna niet",
        "mijn scooter loopt al een half uur in de afgesloten box en ik lig ernaast, laat mijn zoon weten dat ik hem graag zie",
    ],
    "missing_child": [
        "onze Jens is al vier uur weg, ik heb de hele wijk afgezocht",
        "onze Amir is sinds de middag weg, ik heb iedereen gebeld",
    ],
    "poisoning": [
        "mijn zoontje heeft pesticide gedronken uit een flesje in de stal",
        "ons Kobe heeft aan de terpentine gezeten en hij moet overgeven",
        "onze Ella heeft aan de ontstopper gezeten en ze kwijlt en huilt",
        "mijn dochtertje heeft een slok sproeimiddel uit de gieter gedronken",
        "ons Wout heeft aan de wasmiddelcapsules gezeten, hij hoest en braakt",
        "ons dochtertje dronk uit de fles bleek onder de gootsteen",
    ],
    "violence_now": [
        "een dronken gast met een hamer in onze inkom, hij wil naar binnen",
        "mijn schoonbroer met een machete aan de achterkant van het huis, hij wil naar binnen",
        "mijn lief vernielt alles in de living en rukt aan mijn haren, help",
        "mijn vriendin stormde net binnen, ze vernielt de boel en sleurt aan mijn haren",
        "sorry dat ik nu pas antwoord op uw vraag, mijn man heeft mij bij mijn strot gegrepen en hij is nog beneden",
        "mijn event staat dronken aan de voordeur te bonken",
        "mijn schoonvader slaat ons dochtertje en ik krijg hem niet van haar af",
        "mijn ex duwt mij tegen de kast en ik geraak hem niet los",
        "mijn schoonmoeder werd razend en heeft mij daarjuist van de trap geduwd, ze staat nog boven",
    ],
    "violence": [
        "mijn vrouw klopt mij als ze kwaad is, nu ligt ze in bed",
        "als hij van het cafe komt slaat mijn lief mij, vorige week nog, nu slaapt hij zijn roes uit",
    ],
    "food": [
        "vanavond kan ik de kinderen niks op tafel zetten, de sociale kruidenier is pas open op maandag",
        "de sociale kruidenier is dicht tot na het weekend, vandaag niets meer om op tafel te brengen",
        "de laatste rijst is vanmiddag op gegaan en ik weet niet wat ik de kleine morgen moet geven",
        "ik heb hun de laatste pasta gegeven, ik weet niet wat we morgen gaan eten, geen cent meer",
    ],
}

BLIND23_25_NEGATIVES = [
    "in het zwembad raakten we onze jongste kwijt, na drie minuten vonden we hem aan de glijbaan",
    "de kleine was kwijt op de markt, na vijf minuten vonden we hem bij de kraam met snoep",
    "zoon heeft diabetes, neemt medicijn elke ochtend",
    "mijn dochter heeft migraine en neemt haar siroop twee keer per dag",
    "sorry ik moet gaan, de kinderen hebben honger en het eten moet nog gemaakt worden",
    "ik weet niet wat we vanavond moeten eten, ze lusten niks",
    "ik weet niet wat de kinderen vanavond willen eten, misschien pasta",
    "we hebben niks om op tafel te zetten voor het feest, ik moet nog naar de winkel",
    "de buurman staat in de tuin met een bijl, hij wil het hout naar binnen brengen",
    "mijn man is in de keuken met een mes groenten aan het snijden",
    "de kapper snijdt zijn haar kort",
    "hij sneed zijn arm aan een glas bij het afwassen",
    "ik heb het nut van die cursus nooit gezien",
    "ik zie het nut niet meer van die formulieren",
    "waarom ga ik nog door met die opleiding, ik vind geen werk",
    "ik vraag mij af waarom ik nog doorga met dat werk",
    "mijn event van zaterdag is afgelast",
    "ik denk dat die plant beter dood is",
    "de wagen staat in de garage met de motor aan om op te warmen",
    "mag ik die pillen nemen met een glas wijn",
    "mijn man slaat op tafel als hij kwaad is",
    "de kleine trekt altijd aan mijn haar als ze moe is",
    "hij is thuis gekomen en heeft mij een bos bloemen gegooid",
    "mijn dochter is weg naar de chiro, al drie uur, ze komt om zes uur terug",
    "de aannemer breekt alles af in de badkamer",
]

# Hungry children at dinner time while cooking: not even the classifier's crisis makes it one (the `supported:` signs).
BLIND23_25_SUPPORTED_NEGATIVES = [
    "sorry, het is etenstijd en mijn zoon heeft honger, ik kook eerst",
    "de kinderen hebben honger, ik maak boterhammen",
]

_add_section(BLIND23_25_POSITIVES, BLIND23_25_NEGATIVES)

# --- blind rounds 27-28 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): West-Vlaams spelling ("eet" for heeft
# before a weapon or a participle, "eur", "joar", "tuus", "were", "verleden jaar", "lesten tyd"); someone locked in a room who
# says he will hang himself or do it now, sitting in a closed garage with the engine running (the goodbye in the next
# sentence), pills "opgepeuzeld" or brand names in the plural (112); thinking of "een einde aan te maken" without "er"
# (1813); a weapon held the West-Vlaams way, strangling going on in the present tense, a group at the door shouting they
# will kill a man of the family (101/112); touching disclosed, the victim before the verb, and violence that is over with
# the partner in prison (1712); a named teenager gone, a child not home and it is dark (101); a small child at an open pill
# box (112); nothing left at home and the money only later (OCMW). And the look-alikes: a suicide attempt long ago and
# worked through, a taste of a product last year that was nothing, a runaway who came back by herself, fasting before an
# operation or a blood test, a threat said with "haha", a cut while peeling, a grandchild cared for since the mother left.
BLIND27_28_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "mijn broer heeft zich in de zolderkamer opgesloten met een touw en hij roept dat hij het vanavond gaat doen",
        "mijn zus heeft zich in de wc opgesloten en zegt dat ze zich gaat verhangen",
        "onze oudste heeft zich op zijn kamer opgesloten en roept dat hij hem gaat verhangen",
        "mijn lief heeft twintig dafalgannen opgepeuzeld, hij zegt dat het genoeg is",
        "ons ma heeft al haar slaappillen opgevreten, ze zegt dat ze het beu is",
        "ik lig in mijn auto in de garage en de motor draait. sorry voor alles",
        "hij zit in zijn wagen in de garage met de motor aan. hij wil niet meer",
    ],
    "suicide": [
        "soms peins ik eraan om een einde aan te maken, maar mijn vrouw houdt mij tegen",
        "den dezen denkt al een tijd aan een eind aan te maken, hij slaapt niet meer",
    ],
    "violence_now": [
        "de papa van de kinderen eet een schaar in zijn hand en hij roept, we zijn naar boven gevlucht",
        "mijn pa heeft mijn ma tegen de grond en wurgt haar",
        "hij drukt haar keel dicht, kom snel",
        "mijn ex en zijn broer staan voor het appartement te tieren dat ze ons gaan afmaken",
        "drie mannen staan bij ons aan de deur met een ketting en roepen dat ze mijn broer gaan vermoorden",
    ],
    "sexual_violence": [
        "op de scouts heeft een leider onze zoon betast, dat is twee jaar geleden gebeurd",
        "ons dochtertje vertelde dat de buurman haar vorige zomer betast heeft",
    ],
    "violence": [
        "hij heeft mij jaren geslagen, nu hij zit in de cel en ik zoek hulp",
    ],
    "missing_child": [
        "ons Noor van 15 is na een ruzie vertrokken en niemand van haar vrienden weet waar ze is",
        "de jongste is nog nie tuus en 't is al donker, we hebben overal gezocht",
    ],
    "poisoning": [
        "de baby heeft aan de strip tabletten van mijn vrouw geknabbeld, ze lag open op tafel",
        "de medicijndoos stond open en ons dochterke heeft ervan gegeten",
    ],
    "food": [
        "niks meer in de koelkast, het kindergeld komt pas over vijf dagen",
        "de kleine vraagt om eten en kwet ni wat ik hem moet geven, niks meer in huis",
    ],
}

BLIND27_28_NEGATIVES = [
    "als student heb ik ooit een zelfmoordpoging gedaan, dat is al lang verwerkt",
    "verleden zomer heeft onze jongste van de bleekwater geproefd, de spoed zei dat het niks was",
    "mijn zoon is vorige maand weggelopen na een ruzie maar hij is dezelfde avond zelf teruggekomen",
    "mijn dochter is weggelopen van de les maar ze is een uur later terug thuis gekomen",
    "voor de bloedname morgen moet ons dochtertje nuchter blijven, ze mag niks eten na tien uur",
    "de kinderen mogen niks meer eten voor de bloedafname",
    "mijn zus zei dat ze mij gaat vermoorden als ik nog eens haar trui leen, haha",
    "ik heb mij gesneden aan het wortels schillen, het bloedt al niet meer",
    "mijn kleindochter woont bij mij sinds haar mama weg is",
    "ik zit in de auto in de garage met de motor aan te wachten tot de poort opengaat",
    "ze heeft haar jas opgehangen en de deur op slot gedaan",
    "hij eet met een mes en een vork aan tafel",
    "mijn papa zit op de zetel en knijpt in mijn wang",
    "de kleine eet zijn kauwtablet van de dokter elke morgen",
    "verleden week heeft de kleine van de zeep geproefd, het viel mee",
    "ik heb niks meer in huis, straks ga ik boodschappen doen",
    "de dokter heeft zijn buik betast en alles is in orde",
]

_add_section(BLIND27_28_POSITIVES, BLIND27_28_NEGATIVES)

# (blind rounds 29-30) someone else on a height who says he jumps, an overdose in Limburgish ("genomme", "eine keer"),
# the pills already in, counted; a parent busy hitting the other ("aan het slagen"), a child screaming next door and a man
# threatening to finish it (101/112); bruises seen again and again on a child, where to report (1712); a child the parent
# cannot find (learner Dutch); lamp oil named in words (112). And the look-alikes: a pill swallowed long ago and all well
# now, a teenager "verdwenen" behind his game console, mould that will "poison" us, suicidal thoughts over for years with
# a psychologist, violence by an ex long ago and a good partner now, the poison centre called and it can do no harm.
BLIND29_30_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "mijn broer zit op het dak van de flat en hij roept dat hij gaat springen",
        "onze oudste staat op de spoorbrug en sms't dat hij springt",
        "kheb heel de doos slaappillen in eine keer genomme, het spijt me",
        "ik heb er al dertig op van die dafalgans, hoeveel is genoeg om niet meer wakker te worden",
    ],
    "violence_now": [
        "mijn pa is ons ma aan het kloppen in de living, ik zit boven",
        "hij is mij aan het slagen, de kinderen zien het",
        "ik hoor bij de bovenburen een vrouw schreeuwen en een man die zegt dat hij haar gaat vermoorden",
    ],
    "violence": [
        "ik zie op de armen van een klasgenootje van mijn dochter vaak blauwe plekken, wie moet ik verwittigen",
    ],
    "missing_child": [
        "mijn zoon 8 jaar ik vinden hem nergens, sinds twee uur niet thuis",
    ],
    "poisoning": [
        "de kleine heeft van de olie uit de tuinfakkel gedronken en hij hoest",
        "ons zoontje heeft fakkelolie geslikt",
    ],
}

BLIND29_30_NEGATIVES = [
    "vorig jaar heeft de kleine een tablet van de bomma ingeslikt, we zijn naar de spoed geweest en nu is hij weer helemaal gezond",
    "onze tiener is verdwenen op zijn kamer achter de xbox, we zien hem alleen aan tafel",
    "dat vocht in de badkamer gaat ons nog vergiftigen",
    "als student dacht ik aan zelfmoord, maar met therapie gaat het al jaren goed",
    "mijn eerste man klopte mij, dat is tien jaar geleden, nu heb ik een lieve nieuwe vriend",
    "de peuter heeft aan een zeepje gelikt, ik heb het antigifcentrum opgebeld en het is niet gevaarlijk",
    "ik vind niet dat mijn dochter al alleen naar school moet, ze is pas zes",
    "mijn zoon springt graag van het balkon van het zwembad",
]

_add_section(BLIND29_30_POSITIVES, BLIND29_30_NEGATIVES)

# --- blind rounds 26 and 31-34 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): West-Vlaams "mie" (mij) after a
# preposition, "better off without me" in a clause after "dat", thinking "om" ending it without "er ... aan", not
# knowing "waarvoor" one still lives (1813); someone locked in who says in the present tense "er een einde aan maakt", a
# rope already hanging or taken to the attic with a goodbye, the gas left open with the children brought away or
# "nothing more to ask" (112); Limburgs "stèt"/"stao" at the door, the verb first ("en slaagt hij op"), a stranger who
# keeps knocking at the window of a parent alone with a baby, a fist raised at her now (101/112); violence that is over
# or long ago with "nu" for the new home or the after-effect, "he does not hit me, but he pushes", "ne lap", a passive
# with the subject after the verb, "slechte/vieze dingen doen met" a child (1712); a child who never arrived at school
# (101); a small child who drank "some of" a parent's methadone or syrup (112). And the look-alikes: a training about
# suicide prevention at work, hungry children as a reason to hurry up the questions, a child lost a moment and "had
# back" at once, a pill swallowed when he was two "and now he is six", "I could strangle that teacher", violence seen at
# work in a prison or on the emergency ward.
BLIND26_31_34_POSITIVES: dict[str, list[str]] = {
    "suicide": [
        "'k peize dat ze allemaal beter af zyn zonder mie",
        "mijn vrouw en de kleine zijn beter af zonder mie, da weet ik",
        "soms denk ik dat mijn gezin beter af zou zijn zonder mij",
        "kpeins dat de kinderen beter af zouden zijn zonder mij, ik ben een last",
        "ik peins al weken om een einde te maken",
        "de laatste tijd denk ik soms om er een eind aan te maken",
        "ik weet echt niet meer waarvoor ik nog leef",
        "voor wat ik nog leef, ik weet het niet meer",
    ],
    "suicide_now": [
        "mijn zoon heeft zich opgesloten op zijn kamer en roept dat hij er een einde aan maakt",
        "mijn man zit opgesloten in de garage met een mes en zegt dat hij er vanavond een eind aan maakt",
        "de strop hangt al aan de balk in de schuur",
        "het koord hangt al klaar in de garage, ik kan niet meer",
        "kheb een touw meegenomen naar de zolder, sorry mama",
        "ik heb het koord in de schuur gelegd en ik wil vannacht weg",
        "ik heb de kinderen naar mijn zus gebracht en het gas staat open",
        "de gasvuren staan open, ge moet mij niks meer vragen, de kids zijn bij de bomma",
    ],
    "violence_now": [
        "mien ex stèt al veur de deur en hae is zat",
        "mijne vent stao aan de achterdeur te roepen da hij ons kapot mokt",
        "nu is hij thuis en slaagt hij op ons ma",
        "nu slaagt hij op mijn dochter, ik hoor haar roepen",
        "al twintig minuten staat er een vreemde vent aan onze achterdeur te bonken, ik ben alleen met de kleine",
        "er is een onbekende man aan mijn raam die niet weg wil gaan, ik ben alleen thuis met de baby",
        "nu staat hij voor de kinderen met zijn vuist in de lucht en roept",
        "mijne vent balt zijn vuisten en komt op mij af",
    ],
    "sexual_violence": [
        "de stiefvader van mijn dochter doet vieze dingen met haar als ik werk",
        "mijn oom heeft vroeger slechte dingen gedaan met mij",
    ],
    "violence": [
        "we wonen nu bij mijn zus omdat mijn vent mij maandenlang heeft geslagen",
        "ik woon nu in een studio, mijn ex sloeg mij elke week",
        "als kind werd ik door mijn stiefpa geslagen en nu heb ik nog nachtmerries",
        "jaren geleden heeft mijn ex mij gewurgd, nu ben ik nog altijd bang in het donker",
        "mijn lief slaat mij nooit maar hij knijpt in mijn armen tot ik blauw zie",
        "mijne vent klopt mij niet, ma hij scheldt mij de hele dag uit",
        "mijn schoonmoeder heeft ons dochtertje ne lap gegeven",
        "hij gaf mij een lel omdat het eten koud was",
        "hij stond vorige week met zijn vuist boven mijn hoofd",
    ],
    "missing_child": [
        "onze Finn is vanmorgen nooit op school aangekomen, de directie heeft gebeld",
        "mijn dochtertje van zes is niet aangekomen in de opvang na school en niemand heeft haar gezien",
    ],
    "poisoning": [
        "ons zoontje heeft van de slaappillen van de bomma gegeten",
        "de peuter heeft van mijn methadon gedronken toen ik even weg was",
        "de kleine heeft van ons hoestsiroop gedronken, het flesje is half leeg",
    ],
}

BLIND26_31_34_NEGATIVES = [
    "op mijn werk in het rusthuis kregen we een vorming over zelfdoding bij ouderen",
    "ik geef les in de verpleging en volgende week hebben we een bijscholing rond suicidepreventie",
    "mijn zoontje heeft honger, hoe lang duurt dit nog",
    "de kinderen hebben honger, wanneer is dit gedaan",
    "in het zwembad was ons dochtertje weg maar we hadden haar na vijf minuten terug",
    "onze jongste is een keer van school weggelopen, de juf had hem na een kwartier terug",
    "mijn zoon is vorige zomer weggelopen op de kermis maar een agent had hem vlug terug",
    "onze dochter heeft ooit van de javel gedronken toen ze drie was, nu is ze tien en kerngezond",
    "toen hij 1 was heeft hij eens een tablet ingeslikt, nu is hij 5",
    "ik zou mijn schoonbroer kunnen wurgen, hij komt altijd te laat",
    "ik kan die meester wel vermoorden, hij geeft mijn zoon te veel huiswerk",
    "ik werk op de spoed en zie elk weekend geweld, thuis is er gelukkig geen",
    "mijn man is portier in een discotheek en ziet daar soms geweld, maar niet thuis",
    "mijn man gaf de kleine een natte lap om zijn handen af te vegen",
    "mijn vent stak zijn vuist omhoog toen zijn ploeg scoorde",
    "de gaskraan staat open want ik ben aan het koken, de kinderen zijn bij mijn moeder",
    "het touw van de schommel hangt al in de boom, de kinderen spelen buiten",
    "de waskoord hangt al op zolder",
    "mijn schoonvader zegt slechte dingen over mijn dochter",
    "de opa doet vuile dingen met de kleine in de zandbak",
    "mijn man slaat de kinderen nooit, maar hij is wel streng",
    "hij slaat mij niet, maar hij duwt wel de kinderwagen te hard",
    "ik denk erover om een einde te maken aan mijn contract bij de interimfirma",
    "mijn vrouw en ik denken om een einde te maken aan de relatie",
    "ik denk dat de ploeg beter af is zonder mij op het veld",
    "de juf is vandaag niet aangekomen, de kinderen hadden een vervanger",
    "mijn zoon is niet op tijd aangekomen op school door de file",
    "er staat een man aan de deur te bellen, het is de postbode met een pakje, ik ben alleen met de baby",
    "mien ex stèt veur de deur om de kinder op te haole zoals afgesproken",
    "ik woon nu bij mijn ouders en zoek een appartement",
]

# silent even when the classifier thought of a crisis (the weaker signs of `supported:` do not decide either)
BLIND26_31_34_SUPPORTED_NEGATIVES = [
    "ons dochtertje was opeens weg, ma ze zat achter de zetel",
    "we speelden verstoppertje en de kleine was weg, hij lag onder zijn bed",
    "de kids hebben honger, wanneer zijn die vragen gedaan",
    "mijn zoontje heeft honger, hoe lang duurt dit nog",
]

_add_section(BLIND26_31_34_POSITIVES, BLIND26_31_34_NEGATIVES, BLIND26_31_34_SUPPORTED_NEGATIVES)

# --- blind rounds 36-38 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): pills "ingepakt" (West-Vlaams:
# taken) with despair or a goodbye (112); a wish to die said with "ik doe vanavond niks" (1813, not 112); an adult
# from outside the family (a landlord, the boss of a snack bar, a neighbour, a stranger) who hits the partner or a
# child, "kom rap" as a cue of now (101/112, or 1712 when it is over); men banging on the door or the window and
# shouting who want to get in (101/112); a bare "heeft ons dochtertje aangeraakt" with a time past or the parent not
# knowing what to do, also West-Vlaams "eet ... angeraakt" (1712); the West-Vlaams first person in -en ("kvinden",
# "kzoeken") for a child lost at a market (101); nothing to eat and no money until the month is over (OCMW). And the
# look-alikes: pills packed for a trip or a hospital stay, beating someone at cards or a game, something put in the
# mouth yesterday and all well since, an overdose by mistake long ago and all well now, a runaway who is back,
# children, the police or carol singers knocking, a touch of comfort or a physiotherapist, the end of every month, a
# pet poisoned and saved by the vet.
BLIND36_38_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "'k een al de pillekes van mijn moeder ingepakt, 'k zie 't nie mi zitten",
        "mijne vent eet zijn slaappillen allemaal ingepakt en hij wil niet meer leven",
        "kheb heel de strip temesta ingepakt, vaarwel allemaal",
    ],
    "suicide": [
        "ik wil dood, echt, maar ik doe niks vanavond, ik wil gewoon praten",
        "kzie het ni mi zitten en ik wil ni meer leven, moar kdoe vannacht niks, beloofd",
    ],
    "violence_now": [
        "de huisbaas slaat mijn vent nu in de gang, hij bloedt, kom rap",
        "ne vreemde vent slaagt mijn zoon op straat, kom snel",
        "de eigenaar van onze kamer heeft mijn vrouw gisteren geslagen en nu staat hij weer aan de deur",
        "er bonken gasten op onze voordeur en ze roepen dat we moeten opendoen, ik ben bang",
        "twee venten kloppen al op ons raam en schreeuwen, ze willen naar binnen, help",
        "er zijn jongens op de overloop die op onze voordeur kloppen en vloeken, ze proberen binnen te komen",
        "'k hoor venten op onze deure kloppen en ze tieren da we moeten opendoen",
    ],
    "violence": [
        "de buurman heeft vorige maand onze zoon in elkaar geslagen",
        "de baas van de frituur heeft mijn man geslagen omdat hij zijn loon vroeg",
    ],
    "sexual_violence": [
        "de stiefpa van mijn vriendin heeft ons dochtertje aangeraakt op kamp, ik weet echt niet wat ik moet doen",
        "mijn zoontje zei dat zijn trainer hem heeft aangeraakt, hij is bang en wil niet meer gaan",
        "de nonkel eet ons meiske angeraakt verleden zomer, kweet ni wat doen",
    ],
    "missing_child": [
        "ons jongste is zoek op de jaarmarkt, kvinden em ni meer",
        "kzoeken al een half uur achter onze jongste op de markt, kvinden hem nie",
    ],
    "food": [
        "de kast is leeg en de kinders hebben honger, tot het eind van de maand is er geen geld meer",
        "geen eten meer in huis, de kleine heeft honger en tot het einde van de maand zit ik zonder cent",
    ],
}

BLIND36_38_NEGATIVES = [
    "kheb al mijn pillen ingepakt in de valies voor de vakantie",
    "ik heb de medicatie van de bomma ingepakt voor haar opname in het ziekenhuis",
    "mijn baas klopt mij altijd met kaarten op het werkfeest",
    "die gast van hiernaast klopt mij altijd met fifa",
    "mijn collega heeft mij geklopt bij de verkiezing van de ondernemingsraad",
    "de buurvrouw klopt op onze deur en roept dat de soep klaar is, ze wil even binnen",
    "de eigenaar van de studio slaat ons met een huurverhoging van honderd euro",
    "kvinden da ni normaal dat de school zo duur is",
    "kzien de kinderen graag spelen op de foor",
    "gisteren heeft ons kleintje een wasbolleke in zijn mond gestoken, maar alles is intussen goed met hem",
    "de peuter heeft gisteren wat handzeep gegeten, 't is al lang weer goed",
    "ons Noor heeft eergisteren wat afwasmiddel geproefd, maar het is intussen weer goed",
    "mijn zoon heeft vorige maand per ongeluk te veel dafalgan genomen, maar nu is alles weer goed met hem",
    "twee jaar geleden heeft mijn man een hele strip slaappillen ingenomen per vergissing, alles is goed gekomen",
    "mijn dochter is twee jaar geleden weggelopen, ze is gelukkig terug en ze doet het goed op school",
    "ons Lotte was vorige zomer vermist maar ze is al lang terug",
    "de kinderen kloppen op de deur en roepen dat ze binnen willen, ze zijn hun sleutel vergeten",
    "de politie klopt op onze deur en roept dat ze binnen willen voor een huiszoeking",
    "de buren kloppen op de deur en roepen dat we stiller moeten zijn",
    "de kerstzangers kloppen op de deur en roepen, ze willen binnen voor een warme chocomelk",
    "de juf heeft mijn zoon aangeraakt op zijn schouder om hem te troosten, hij was bang van het onweer",
    "de kinesist heeft mijn dochter vorige week aangeraakt aan haar rug",
    "op het einde van de maand hebben we soms geen eten meer in huis, dan gaan we naar mijn moeder",
]

# silent even when the classifier thought of a crisis: a pet poisoned is for the vet
BLIND36_38_SUPPORTED_NEGATIVES = [
    "ons hondje heeft slakkengif opgegeten maar de dierenarts heeft hem kunnen redden",
    "de poes heeft aan de vaatwastablet gelikt, we zijn direct naar de veearts geweest",
]

_add_section(BLIND36_38_POSITIVES, BLIND36_38_NEGATIVES, BLIND36_38_SUPPORTED_NEGATIVES)


# --- blind rounds 39-42 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): Limburgish spreektaal of
# Hasselt, Bilzen and Sint-Truiden ("ich stoon", "ich sprin", "slaappille ingenome", "mienen" for the husband, "hae
# sleit", "kinjer", "ozze", "neet", "noe", "thuisgekomme", "ich vin ... nerges", "gezete aan" for touching) on a height
# or with pills now (112), a partner hitting now (101/112), touching disclosed (1712), a child not home from school in
# the dark or gone from a playground (101); thinking "om dood te gaan" in learner Dutch (1813); a boss or a site
# manager, named without an article, who hits one's partner now with blood (101/112). And the look-alikes: a screen
# that "poisons" children, soap tasted long ago or that the doctor said was nothing, a farmer spraying poison on his
# trees or fields, and everyday Limburgish with the new spellings.
BLIND39_42_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "ich stoon op 't dak van de parking en ich gao springe",
        "ich stoon boven op de brug over de Demer en ich sprin d'r af",
        "ich heb zonet 'n hele strip slaappille ingenome, 't hoeft neet mie",
        "ich heb vandaag al de pille van mien moeder ingenome, ich wil neet mie leve",
    ],
    "suicide": [
        "s nachts lig ik wakker en ik denk om dood te gaan, alleen voor de kleine blijf ik nog",
        "soms ik peins om te sterven, ik ben zo moe van alles",
    ],
    "violence_now": [
        "hae sleit mich noe, mienen is weer dronke thuisgekomme",
        "kom snel, mienen sleit ozze kinjer",
        "Chef van de werf heeft mijn man nu net neergeslagen, veel bloed, we zitten in de keet",
        "Baas van de serre slaat mijn broer nu, overal bloed, help",
    ],
    "sexual_violence": [
        "de nonkel heeft aan ons meiske gezete op 't feest, ze durfde 't neet te zeggen",
        "de buurjongen heeft vorige zomer aan ons zoontje gezeten, hij durft niet meer buiten",
    ],
    "missing_child": [
        "'t is donker buiten en ozze jongste is nog altijd neet thuisgekomme van de muziekschool",
        "onze zoon van 9 is om vier uur niet van de schoolpoort gekomen, nu is het avond en niemand heeft hem gezien",
        "ozze Daan is van de speeltuin verdwenen, ich vin hem nerges mie",
        "ozze kleinste speelde buiten op 't pleintje, noe is hae weg en ich vin hem nerges",
    ],
}

BLIND39_42_NEGATIVES = [
    "mienen auto is kapot en ich vin gein werk",
    "ich stoon elke morge vroeg op veur de kinjer",
    "ich sprin mit de kinjer op de trampoline in de tuin",
    "de baas van de werf is streng mer hae betaalt good",
    "mienen is neet thuis, hae werkt in de nacht",
    "ozze kleine is al thuisgekomme van school, ze speelt noe in de tuin",
    "mijn moeder heeft de hele avond aan ons dochterke haar haren gezeten om vlechtjes te maken",
    "ik denk om dood te gaan van het lachen met die film",
]

# silent even when the classifier thought of a crisis: a figure of speech, a poisoning long over or said to be nothing,
# poison sprayed on plants
BLIND39_42_SUPPORTED_NEGATIVES = [
    "die gsm heeft het hoofd van mijn zoon vergiftigd, hij doet niks anders meer",
    "onze kinderen zijn vergiftigd door youtube, ze willen alleen nog filmpjes zien",
    "twee jaar geleden dronk ons dochterke wat afwaszeep, we belden het antigifcentrum en nu staat alles hoog",
    "gisteren heeft ons dochtertje wat vloeibare zeep gelikt in de douche, maar de huisarts zei dat het niks was",
    "ozze jong haet vurrige week e bietje handzeep gelikt, mer 't woor niks zaet de dokter",
    "de buurman spuit onkruidverdelger op zijn gras naast onze tuin, ik ben bang voor de kinderen",
    "de fruitteler sproeit gif over de boomgaard achter ons huis, mag de kleine buiten spelen?",
]

_add_section(BLIND39_42_POSITIVES, BLIND39_42_NEGATIVES, BLIND39_42_SUPPORTED_NEGATIVES)

# (blind rounds 43-52) West-Flemish "hy", "zy", "by" for hij, zij, bij; a medicine syrup drunk, "hele fles" without an
# article; "weg te gaan van deze wereld" in learner Dutch; violence of the past told with "nu hij is weg" in learner
# word order, or with him at work now ("naar zn werk": 1712, not 101); the parent's brother or an in-law who hits;
# someone drunk now who breaks things, or people with knives "er staan er drie ... met messen" (101/112); thoughts
# said with "ik doe het nu niet" (1813, not 112). And the look-alikes: one's own threat to a phone or a computer,
# lemonade syrup, everyday West-Flemish, wanting to leave a street, a brother slamming a door, "zat" of food.
BLIND43_52_POSITIVES: dict[str, list[str]] = {
    "violence_now": [
        "hy slaat myn vrouw nu in de keuken, kom rap",
        "zy slaat de kleine nu, ze is weer zat, ik zit by de buren",
        "ze is stomdronken en smijt met alles, ik ben bang dat ze de kleine slaat",
        "er lopen er twee in onze gang met messen, ze roepen dat ik moet betalen",
    ],
    "poisoning": [
        "ons dochtertje heeft de hoestsiroop gedronken, volle fles",
        "de peuter heeft ijzersiroop uitgedronken, hele flesje, hij is misselijk",
    ],
    "suicide": [
        "soms denk ik om weg te gaan van deze wereld, ik kan niet meer",
        "ik denk elke dag aan zelfmoord, maar ik doe het nu niet, de kinderen hebben mij nodig",
    ],
    "violence": [
        "vroeger mijn man sloeg mij elke week, nu hij is weg naar Turkije maar ik slaap nog slecht",
        "mijn schoonbroer slaat onze dochter als ze niet luistert",
        "mijn vent slaat mij als hij zat is, nu is hij naar zn werk",
    ],
}

BLIND43_52_NEGATIVES = [
    "de kleine heeft limonadesiroop gedronken, hele fles, nu is hij wild",
    "by ons thuis is alles rustig, hy werkt en zy gaat naar school",
    "ik wil weg uit deze straat, te veel lawaai",
    "mijn zoon heeft een hele fles grenadine gedronken op het feest",
    "mijn broer slaat met de deur als hij kwaad is",
    "mijn zus slaat nooit haar kinderen",
    "hij is zat van de frieten, hij wil niks meer",
    "as die computer nog eens vastloopt smijt ik hem door het raam",
    "er staan messen en vorken in de keukenkast",
]

_add_section(BLIND43_52_POSITIVES, BLIND43_52_NEGATIVES)

# --- blind rounds 50-51 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): the West-Flemish of older people
# in the Westhoek, "zeune"/"kleinzeune"/"schoonzeune" (zoon, kleinzoon, schoonzoon), "ie" (hij), "e" (een after "me",
# heeft after a subject or before a possessive), "'k èn al" (ik heb al), "oe" (hoe), "d'r is iemand" (er is); a blade
# held at the wrist with blood (112); someone locked in a garage with the engine running (112); having thought out how
# to do it beside "het mag voor mij gedaan zijn" (1813); "hij slaat haar" now while a child screams, someone drunk who
# hits the little one now, a raging teenager who just hit a sister or a mother (101/112); a son-in-law at the door
# with an axe (101/112); burglars still in the house. And the look-alikes: a pet poisoned with a child upset about it,
# the fridge nearly empty until the wages come in tomorrow, a letter or a paper that is gone, a cut while cooking,
# warming up the car in an open garage, thinking how to manage a move, a raging teenager who hits nobody, everyday
# West-Flemish with "me e" and "ie".
BLIND50_51_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "'k staan hier in de badkamer me e scheermesje tegen mien pols en 't bloedt",
        "mijn dochter zit op haar kamer met een mes op haar pols, er is overal bloed",
        "ons zeune heeft zich opgesloten in de garage en de motor van zijn auto draait, hij doet niet open",
        "mijn man zit in de box op slot met de wagen draaiend, ik krijg de poort niet open",
    ],
    "suicide": [
        "voor mie mag 't allemaal gedaan zyn, 'k èn al gepeisd oe da 'k 't ga doen",
        "ik heb al nagedacht over hoe ik het zou doen, het mag voor mij gedaan zijn",
    ],
    "violence_now": [
        "ie slaat haar nu in de living, de kinders zitten te wenen op de trap",
        "hij slaat mij op dit moment, de baby schreeuwt, help",
        "zij is stomdronken en slaat de baby, kom rap",
        "hij is woest en slaat ons zoontje nu met zijn riem",
        "mijn zoon van vijftien is door het lint gegaan en heeft zijn moeder net tegen de kast geslagen",
        "hij gooit alles kapot en slaat nu zijn zusje, ik krijg hem niet gekalmeerd",
        "mien schoonzeune stoat voor de deure me e hamer, ie wil binnen",
        "mijn schoondochter staat aan het raam met een mes en roept dat ze de baby komt halen",
        "d'r is iemand binnen gebroken langs achter, 'k zitte me mien kleinzeune op de zolder verstopt",
        "er zijn inbrekers in ons huis, ze lopen nog beneden, ik heb mij met de baby in de slaapkamer opgesloten",
    ],
    "poisoning": [
        "ons kleinzeune e mien slaappillen opgegeten, ie is mo twee",
        "de kleine e de fles javel gedronken, wat moet ik doen",
    ],
}

BLIND50_51_NEGATIVES = [
    "onze hond is vergiftigd door iets in het park, de kinderen zijn er heel triest van",
    "het konijn van mijn zoon werd vergiftigd en is dood, hij weent de hele dag",
    "de koelkast is bijna leeg tot het leefloon overmorgen binnenkomt, dus pasta vanavond",
    "de kasten zijn leeg tot het loon morgen gestort wordt, de kinderen eten vanavond boterhammen",
    "het rapport van mijn dochter is verdwenen, ze is het kwijt op de bus",
    "de uitnodiging voor het oudercontact is weg, mijn zoon is hem kwijt",
    "ik heb mij met een mes in mijn vinger gesneden bij het koken, veel bloed maar het gaat",
    "ik draag altijd een horloge aan mijn pols, ook op het werk",
    "ik laat de auto warm lopen in de garage met de poort open, het vriest",
    "ik heb al gedacht hoe ik het zou doen met de verhuis, het mag gedaan zijn met die dozen",
    "mijn zoon is door het lint gegaan omdat hij zijn gsm kwijt was, maar hij heeft niemand pijn gedaan",
    "we goan me e busje noar de zee, ie rijdt",
    "ie e zien fiets kapot gereden, 't is e ramp",
    "er is vorige maand ingebroken in onze garage, de inbrekers zijn nog niet gevonden",
    "er is ingebroken in de school van mijn zoon, de politie is nog binnen",
]

_add_section(BLIND50_51_POSITIVES, BLIND50_51_NEGATIVES)

# --- blind rounds 52-55 ---
# Written for this file, of the phenomena the rounds found (none of their sentences): a crisis-line round, Limburg
# Turkish/Moroccan families, single mothers in Antwerp-Kiel and a Brussels consultation: driving into the canal or the
# vaart now with a goodbye (112, not 1813); someone's family downstairs or at the door who want to take her or the
# children away while she locked the door, an ex banging on the door drunk or against a contact ban (101/112); touching
# told by the child ("vertelde dat hij haar heeft aangeraakt", "raakt haar aan als ...") even with "ze is nu bij mij"
# (1712); violence that is over or elsewhere now (staying with family "omdat hij ons sloeg", "nu zit hij in Frankrijk
# voor zijn werk", "nu is hij bij zijn moeder" with the fear that he comes back, a former partner and a new one who
# "begint ook") (1712, not 101); the teacher or the day care calling that the child is gone, "ik vind mijn dochtertje
# van 3 niet meer" (101); French in a Brussels message, "je pense a mourir" (1813), "pas une miette", "de ketten"
# (OCMW). And the look-alikes: a missing child in the news, a book or a film, a school presentation or a training
# about suicide prevention, "het even niet meer zien zitten" with a move, a man arrested at the neighbours', a teenager
# gone to his room with a console or who slept at a friend's and called, hungry with the cooking still to do,
# grandparents who come to fetch the children for a day out, a coat gone from the peg, a partner who no longer touches
# her.
BLIND52_55_POSITIVES: dict[str, list[str]] = {
    "suicide_now": [
        "ik sta met de wagen aan de vaart, ik ga er in rijden, zeg tegen mama dat ik haar graag zie",
        "kzit in mijn auto bij het kanaal en kga erin rijden, sorry voor alles",
    ],
    "violence_now": [
        "zijn neven staan aan de deur, ze willen de kinderen meenemen, ik heb alles op slot gedaan",
        "haar familie staat beneden en wil mij meenemen naar het buitenland, ik heb schrik",
        "mijn ex staat te bonken op de voordeur, hij is stomdronken en hij mag hier niet komen, help",
        "de vader van mijn zoon beukt tegen de deur, hij heeft een straatverbod, kom snel",
    ],
    "sexual_violence": [
        "mijn zoontje vertelde dat zijn stiefvader hem vorige maand heeft aangeraakt, hij is nu bij mij",
        "ons meisje zei dat de buurman haar vorige week heeft aangeraakt, ze slaapt nu bij mij",
        "mijn dochter vertelt dat haar opa haar aanraakt als ze daar logeert",
        "de nieuwe vriend van mijn ex raakt ons dochtertje aan als ik niet thuis ben, ze heeft het aan de juf verteld",
    ],
    "violence": [
        "sinds de paasvakantie wonen we bij mijn zus omdat hij mij sloeg, hij weet niet waar we zitten",
        "we slapen in de opvang sinds mijn man ons geslagen heeft",
        "mijn vent slaat mij als hij zat is, nu zit hij in Frankrijk voor zijn werk maar zaterdag komt hij terug",
        "ze slaat mij al jaren, nu is ze in Marokko bij haar familie, volgende week komt ze terug",
        "gisteren heeft mijn man mij geslagen, nu is hij bij zijn moeder maar ik ben bang hij komt terug",
        "mijn ex sloeg mij toen ik zwanger was en nu begint mijn nieuwe vriend ook met slaan als hij gedronken heeft",
    ],
    "missing_child": [
        "de juf belt dat ons zoontje weg is van de speelplaats, ze vinden hem niet",
        "de opvang heeft gebeld dat hij verdwenen is uit de tuin",
        "ik vind mijn dochtertje van 3 niet meer, ze speelde daarnet nog in de zandbak",
        "ik vind ons kindje van twee jaar nergens meer in het park",
    ],
    "suicide": [
        "je pense a mourir tout le temps, ik kan niet meer",
        "soms heb ik envie de mourir, en fait ik zie geen uitweg",
    ],
    "food": [
        "de ketten hebben vandaag nog niks gegeten, geen geld meer",
        "mijn ketjes hebben honger en er is pas une miette in huis",
    ],
}

BLIND52_55_NEGATIVES = [
    "op het journaal was een meisje vermist in Genk, ons zoontje is daar bang van",
    "we lazen een boek over een ontvoerd kind en nu slaapt de kleine slecht",
    "mijn dochter maakt een presentatie over zelfmoordpreventie voor de klas",
    "ik volg op het werk een vorming over suicidepreventie",
    "ik zie het even niet meer zitten met de verhuis, alles duurt langer dan gepland",
    "bij de buren is gisteren een man aangehouden voor partnergeweld, de kinderen vroegen wat er gebeurd was",
    "mijn ouders staan beneden, ze komen de kinderen halen voor een uitstap naar zee",
    "de papa van de jongste staat aan de deur om hem op te halen voor het weekend",
    "de juf belt dat zijn jas weg is van de kapstok",
    "mijn man raakt mij niet meer aan sinds de bevalling, ik ben bang dat hij vreemdgaat",
    "ik rij elke dag langs het kanaal naar mijn werk",
    "de buurman staat op de deur te kloppen voor een pakje",
]

# silent even when the classifier thought of a crisis: a teenager gone to his room with a console, or who slept at a
# friend's and called in the morning; hungry children with the cooking still to do
BLIND52_55_SUPPORTED_NEGATIVES = [
    "de oudste is verdwenen naar zijn kamer met de xbox, tot straks",
    "mijn dochter van 17 kwam vannacht niet thuis, ze sliep bij haar vriendin en heeft mij vanmorgen gebeld",
    "ik sterf van de honger, hoe lang duurt dit nog, ik moet nog koken",
]

_add_section(BLIND52_55_POSITIVES, BLIND52_55_NEGATIVES, BLIND52_55_SUPPORTED_NEGATIVES)

# (blind rounds 56-58) voice input that splits compounds ("zich op gesloten", "de auto motor aan"); abuse told in the
# subordinate order ("dat haar dochter vorige zomer misbruikt is", 1712); "es" for "is" in a child gone for an hour.
# And the look-alikes: one's own anger at a meter or a machine, a trust or a bank card "misbruikt".
BLIND56_58_POSITIVES: dict[str, list[str]] = {
    "suicide_now": ["mijn vrouw heeft zich op gesloten in de garage, de auto motor draait en ze doet niet open"],
    "sexual_violence": ["de juf zegt dat ons dochtertje vorig jaar misbruikt is door de buurman"],
    "missing_child": ["ons dochter van 5 es weg, al een half uur, niet op de speelplaats en niet bij oma"],
}

BLIND56_58_NEGATIVES = [
    "ik voel dat mijn vertrouwen misbruikt is door die huisbaas",
    "mijn bankkaart is misbruikt door iemand op internet",
]

BLIND56_58_SUPPORTED_NEGATIVES = [
    "die computer, ik sla hem kapot als hij nog eens vastloopt",
    "de wasmachine piept weer, ik smijt hem kapot as hij zo doorgaat",
]

_add_section(BLIND56_58_POSITIVES, BLIND56_58_NEGATIVES, BLIND56_58_SUPPORTED_NEGATIVES)

# (blind rounds 59-60) locked in with a child while someone rages; the partner "aan 't roepen en slaan" (101/112);
# insulin injected with a wish to die (112); cannabis sweets eaten by a toddler (112); a child who "komt altijd terug
# met blauwe plekken" is abuse told, not violence now (1712). And the look-alikes: the daily insulin, "een
# zelfmoordmissie" of a form filled in at night.
BLIND59_60_POSITIVES: dict[str, list[str]] = {
    "violence_now": [
        "mijn ex is zat en roept in de gang, ik zit met de kinderen opgesloten in de badkamer",
        "mijne vent is weer aan het roepen en slaan, kom rap",
    ],
    "suicide_now": ["ik heb net al mijn insuline in mijn been gespoten, ik wil niet meer"],
    "poisoning": ["ons dochtertje heeft cannabissnoepjes van mijn broer gegeten en ze is zo suf"],
    "violence": ["mijn zoon komt altijd terug van zijn papa met blauwe plekken, ik denk dat hij hem slaat"],
    # "!!" goes on with the same thought, like "...": the child gone and not found are one sentence
    "missing_child": ["onze Lotte is weg!! de deur stond open, we vinden haar nergens"],
}

BLIND59_60_NEGATIVES = [
    "ik spuit mijn insuline zoals elke dag voor het eten",
    "die formulieren om middernacht invullen is een zelfmoordmissie haha",
    "wat een dag!! de kinderen zijn weg naar de scouts",
    # (2026-11-30, found while testing the gentle question) a home too small or damp, not someone locked in
    "ik zit opgesloten in een te kleine woning met schimmel",
]

_add_section(BLIND59_60_POSITIVES, BLIND59_60_NEGATIVES)

# (blind rounds 61-62) East-Flemish "gen" for "geen" (no food today, OCMW); a thing that "will kill us" is an
# idiom, not a threat of a person (mould, stress, work), while a person's threat stays violence now.
BLIND61_62_POSITIVES: dict[str, list[str]] = {
    "food": ["we hebben gen eten meer vandaag voor de kleinen, niks meer in huis"],
    "violence_now": ["hij zegt dat hij ons gaat vermoorden, hij staat beneden"],
}

BLIND61_62_NEGATIVES = [
    "dat vocht in de muren gaat ons nog doodmaken",
    "die stress gaat mij nog doodmaken, zoveel papieren",
    "dat werk gaat me nog dood maken, elke dag nachtploeg",
]

_add_section(BLIND61_62_POSITIVES, BLIND61_62_NEGATIVES)

# (blind rounds 64-65) West-Flemish "'k hen" (ik heb), "'k stane", "'k wille"; pills "ingepakt" with a whole box named
# (packed in a box is no overdose); a child who tells that an adult hits it; hitting "als hij boos"; a disinfectant
# drunk; no sound any more from someone locked in; he is inside, she types quietly; someone at the door while she
# hides behind a locked door; a child not arrived ("toegekommen"); an English "my son" in a Dutch message; children
# taken ("meegepakt") with "nooit meer zie"; violence over with "nu woont hij apart" stays 1712. Not: a child found quickly.
BLIND64_65_POSITIVES: dict[str, list[str]] = {
    "suicide_now": ["'k hen vannacht de ganse doos slaappillen ingepakt, 'k wille ni meer leven",
                    "'k stane boven op de brug van 't kanaal, 't is gedaan"],
    "violence": ["ons dochterke vertelde dat de nonkel heur slaat as wij ni thuis zijn",
                 "mijn man drinkt en slaat als hij kwaad, ik durf niet naar huis",
                 # violence over (1712), not now: "nu woont hij apart"
                 "twee jaar geleden sloeg hij mij, nu woont hij apart maar ik ben nog altijd bang van hem"],
    "poisoning": ["de kleine van 2 heeft ontsmettingsmiddel uit de fles gedronken, hij hoest"],
    "emergency": ["ze heeft zich opgesloten in de badkamer en ik hoor niks meer, ze doet niet open"],
    "violence_now": ["mijne vent is binnen en hij roept dat hij mij kapot slaat, ik typ stil",
                     "mijn ex staat aan de voordeur en bonkt, we zitten met de kinderen in de slaapkamer op slot"],
    "missing_child": ["onze Mila is nie toegekommen op school en ze neemt ni op, de juf weet het ook ni",
                      "my daughter 12 jaar niet thuis sinds gisteravond, niemand weet waar",
                      "zijn vader heeft de kinders meegepakt na de opvang en zegt dat ik ze nooit meer zie"],
}

BLIND64_65_NEGATIVES = [
    "ik heb de pillen ingepakt in een doos voor de verhuis",
    "ons dochter was even kwijt in de winkel maar we hebben haar rap gevonden",
    "mijn oma hoort niks meer in haar kamer zonder haar hoorapparaat",
]

_add_section(BLIND64_65_POSITIVES, BLIND64_65_NEGATIVES)


@pytest.mark.parametrize("sentence", BLIND56_58_SUPPORTED_NEGATIVES)
def test_anger_at_a_machine_is_no_crisis_even_with_the_classifier(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("sentence", BLIND52_55_SUPPORTED_NEGATIVES)
def test_look_alikes_of_rounds_52_55_stay_silent_with_the_classifier(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize(
    "sentence", BLIND26_31_34_SUPPORTED_NEGATIVES + BLIND36_38_SUPPORTED_NEGATIVES + BLIND39_42_SUPPORTED_NEGATIVES
)
def test_look_alikes_of_the_night_rounds_stay_silent_with_the_classifier(sentence):
    """A child found at once, hungry children hurrying the questions, a pet poisoned, screens that "poison",
    soap tasted long ago, spraying on trees: silent even with the weaker signs the classifier can back."""
    assert kinds(sentence, supported=True) == ()


MORE_POSITIVE_CASES = [(kind, s) for kind, sentences in MORE_POSITIVES.items() for s in sentences]


@pytest.mark.parametrize("kind, sentence", MORE_POSITIVE_CASES)
def test_more_crisis_sentences_are_found_with_their_kind(kind, sentence):
    assert crisis.crisis_kind(sentence) == kind
    assert crisis.is_crisis(sentence)


@pytest.mark.parametrize("kind, sentence", MORE_POSITIVE_CASES)
def test_more_crisis_sentences_name_the_right_first_help_line(kind, sentence):
    reply = dialogue.crisis(sentence)
    assert text(f"crisis.lines.{kind}") in reply.text
    assert first_number(reply.text) == text(f"helpline.{helplines(kind)[0]}")


@pytest.mark.parametrize("sentence", MORE_NEGATIVES)
def test_more_ordinary_sentences_are_no_crisis(sentence):
    assert kinds(sentence) == ()
    assert not crisis.is_crisis(sentence)


def test_enough_new_sentences_per_kind():
    assert all(len(MORE_POSITIVES[k]) >= 12 for k in MORE_POSITIVES), {k: len(v) for k, v in MORE_POSITIVES.items()}
    assert len(MORE_NEGATIVES) >= 60


def test_the_new_sentences_are_new():
    old = {normalise(s) for _, s in POSITIVE_CASES} | {normalise(s) for s, _ in SEVERAL} | {normalise(s) for s in NEGATIVES}
    ours = [s for _, s in MORE_POSITIVE_CASES] + MORE_NEGATIVES
    assert [s for s in ours if normalise(s) in old] == []
    assert len({normalise(s) for s in ours}) == len(ours)
    examples = nlu_examples()
    assert [s for s in ours if normalise(s) in examples] == []


# Stopping with life, said with the words one also uses to stop the chat: the net reads it before the
# classifier can take it for `stop` (which would end the intake with "Oké, we stoppen hier").
@pytest.mark.parametrize("sentence", [
    "ik ga gewoon stoppen met ademen", "kwil stoppe me leve, kan ni meer", "ik wil alles stoppen, ook mijn leven",
    "ik wil stoppen met alles en iedereen", "ik wil mijn leven stopzetten",
])
def test_stopping_with_life_is_suicidal_thoughts(sentence):
    from bot.crisis import kinds

    assert kinds(sentence)[:1] == ("suicide",)


@pytest.mark.parametrize("sentence", [
    "ik wil stoppen met die vragen", "ik stop voorgoed met roken", "we stoppen met de sportclub, te duur",
    "stop met die vragen, mijn leven is al moeilijk genoeg", "hij wil stoppen met zijn studie",
])
def test_stopping_with_the_chat_or_a_habit_is_no_crisis(sentence):
    from bot.crisis import is_crisis

    assert not is_crisis(sentence)


@pytest.mark.parametrize("sentence", [
    "ze spelen tot laat op straat, ik weet niet altijd waar ze zitten",
    "soms weet ik niet waar de oudste uithangt, hij is vijftien",
])
def test_not_always_knowing_where_the_children_play_is_no_missing_child(sentence):
    from bot.crisis import is_crisis

    assert not is_crisis(sentence)


# Thoughts of suicide in the past are no crisis only when they are over: said to come back, they still are one.
@pytest.mark.parametrize("sentence", [
    "vroeger dacht ik soms aan zelfmoord, nu weer elke dag",
    "ik heb vroeger aan zelfmoord gedacht en de laatste tijd denk ik er terug aan",
    "jaren geleden wou ik dood en nu wil ik weer dood",
    "ik heb vroeger al eens pillen geslikt, ik heb net weer alles genomen en ik wil dood",
])
def test_past_suicidal_thoughts_that_come_back_are_a_crisis(sentence):
    assert crisis.is_crisis(sentence)


@pytest.mark.parametrize("sentence", BLIND23_25_SUPPORTED_NEGATIVES)
def test_hungry_at_dinner_time_while_cooking_is_no_crisis_even_with_the_classifier(sentence):
    assert kinds(sentence) == ()
    assert kinds(sentence, supported=True) == ()


# (eleventh session) development set 1 (tests/data/dev/set1.yml): the net was improved on it from 85 to 136 of its 140
# crisis messages with the right first help line, with no false alarm on its 100 ordinary messages; keep it so
DEV_SET_1 = yaml.safe_load((Path(__file__).parent / "data" / "dev" / "set1.yml").read_text(encoding="utf-8"))


def test_development_set_1_keeps_what_the_net_learned():
    from bot.dialogue import crisis as crisis_reply
    from scripts.benchmark import first_help_line

    right = sum(
        crisis.is_crisis(x["text"]) and first_help_line(crisis_reply(x["text"]).text) in x["first"]
        for x in DEV_SET_1["crisis"]
    )
    alarms = [x["text"] for x in DEV_SET_1["non_crisis"] if crisis.is_crisis(x["text"])]
    assert right >= 136, right
    assert alarms == []


# (thirteenth session, round 67 read) pills found by a child with some missing; carbon monoxide; a child not back or
# not arrived while nobody knows where. Own sentences, not the round's.
THIRTEENTH_POSITIVES = [
    ("poisoning", "de kleine heeft de pillen van zijn opa gevonden in de lade, er zijn er drie weg"),
    ("poisoning", "ons Mila heeft mijn slaappillen gevonden, ik denk dat ze er opgegeten heeft"),
    ("poisoning", "onze kleindochter heeft de tabletten van de bomma gevonden en ze is heel slaperig"),
    ("poisoning", "de geiser stinkt en mijn vrouw is duizelig en misselijk"),
    ("poisoning", "de co melder gaat af en de baby wordt niet wakker"),
    ("poisoning", "de kachel rookt heel de avond, de kinders hebben hoofdpijn en de kleinste moet overgeven"),
    ("missing_child", "onze dochter is niet thuisgekomen van de chiro, haar vriendinnen weten van niks"),
    ("missing_child", "ons Jonas is nog niet terug van de scouts en niemand weet waar hij is"),
    ("missing_child", "mijn zoon is niet terug van school, het is nu al 7 uur en zijn vrienden weten het niet"),
    ("missing_child", "ons Lien zat niet op de schoolbus en thuis is ze ook niet"),
    ("missing_child", "mijn zoontje van 5 speelde buiten en we vinden hem al een uur nergens"),
]
THIRTEENTH_NEGATIVES = [
    "de kleine heeft de pillen van zijn opa gevonden maar ik heb ze geteld, er ontbreken er geen",
    "ik heb mijn pillen gevonden in de kast",
    "de kachel rookt een beetje als we hem aansteken, de huisbaas moet hem laten nakijken",
    "de rookmelder piept want de batterij is leeg en ik heb hoofdpijn van het lawaai",
    "de kinderen hebben griep, hoofdpijn en overgeven, de kachel doet het niet goed",
    "mijn zoon is nog niet terug van school, hij heeft gebeld dat hij bij een vriend speelt",
    "mijn dochter is nog niet thuis, ze heeft laten weten dat ze om 7 uur komt",
    "mijn zoon is niet aangekomen op school omdat hij ziek is, de juf weet het",
    "vroeger kwam hij nooit op tijd thuis van school, nu gaat het beter",
    "hij zat niet op de bus want ik heb hem gebracht met de auto",
    "de kinderen zijn om 4 uur vertrokken naar de chiro, ze zijn nog niet terug, ze komen om 6 uur",
    "mijn dochter is nog niet thuis, ze is om 3 uur vertrokken naar haar vriendin",
    "ik vind mijn sleutels al een uur nergens",
]


# Fourteenth session: a child who "zit nergens" is at no school, not missing; the weaker sign of a missing
# child (`supported:`) no longer asks gently about it. A child that cannot be found still is a crisis.
@pytest.mark.parametrize("sentence", [
    "de oudste van 4 zit nergens, ze is nog te verlegen",
    "hij zit nog nergens, we vonden geen kleuterschool",
    "ze is nergens ingeschreven want we zijn pas verhuisd",
])
def test_a_child_at_no_school_is_not_a_missing_child(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("sentence", ["onze kleine is nergens te vinden", "de oudste is weg, we vinden hem nergens"])
def test_a_child_nowhere_to_be_found_still_is(sentence):
    assert kinds(sentence)[0] == "missing_child"


# Fifteenth session: phenomena of round 67 (read) that were taken as an answer, in sentences of our own:
# a cigarette burn, a belt in Flemish ("mee de riem"), "losgaan op" a person, someone who says he will
# destroy himself, a French wish to join the dead, a Limburgish participle without its -n.
FIFTEENTH_POSITIVES = [
    ("violence", "de kleine heeft brandwondjes op zijn arm van een sigaret, zijn stiefvader zegt dat hij gevallen is"),
    ("violence", "hij drukte zijn peuk uit op haar hand omdat ze niet stil was"),
    ("violence", "ons opa geeft hem slaoge mee de riem as hij stout is"),
    ("violence_now", "mijne vent is aan 't losgaon op ons moeder, ik zit met de kleine boven"),
    ("violence", "hij gaat los op mijn vrouw als hij gedronken heeft"),
    ("suicide", "mijn broer zegt: als ze mij het land uit zetten dan maak ik mezelf kapot"),
    ("suicide", "hij dreigt dat hij zichzelf kapot maakt als ik wegga"),
    ("suicide", "mon mari dit qu'il veut rejoindre son frère au paradis"),
    ("missing_child", "onze jongen is nie thuisgekoume van 't voetbal, de trainer zeet dat hij om 6 uur vertrokke is, niemand weet waar hij is"),
    # driving into a truck or a tree; a note and the medicine cabinet open; locked in with a knife; "er van langs";
    # bruises again and again; meals skipped and now nothing left
    ("suicide_now", "mijn zus belt mij vanuit haar auto, ze zegt dat ze zich te pletter gaat rijden tegen een brugpijler"),
    ("suicide", "mijne vent zegt de laatste tijd dat hij ooit tegen een boom gaat rijden"),
    ("suicide_now", "ons Lisa heeft een brief op haar bed gelegd en de medicijnkast staat open, ze is weg"),
    ("suicide_now", "mijn man heeft zich opgesloten in de garage met een touw en roept dat we moeten gaan"),
    ("violence", "elke zaterdag als hij zat is krijg ik er van langs"),
    ("violence", "mijn dochter heeft weer nieuwe blauwe plekken, ze zegt dat ze gevallen is maar dat geloof ik niet"),
    ("food", "ik sla al een week het avondeten over zodat de kinderen kunnen eten, vandaag is alles op"),
    # brand names of medicines and cleaning products; a child "kwijt"
    ("suicide_now", "kheb daarnet een hele doos sipralex en stilnoct genomen"),
    ("poisoning", "ons zoontje van 2 heeft glorix gedronken, hij hoest"),
    ("missing_child", "ik ben mijn dochtertje kwijt in de Colruyt, ze is 3"),
    ("missing_child", "kind kwijt aan het strand!!"),
    # a neighbour's boy or a cousin on the tracks or a roof, sending photos, "de laatste keer"
    ("suicide_now", "de buurjongen zit op de sporen achter het station en stuurt fotos, hij zegt dat het de laatste keer is"),
    # two short sentences in a row are read together
    ("suicide_now", "Slaappillen genomen. Allemaal. Sorry."),
    ("food", "Frigo leeg. Kinderen niks gegeten."),
    # on a bridge or a roof and not answering, or not coming down
    ("suicide_now", "mijn vriendin staat op de brug over de Leie en ze neemt haar gsm niet meer op"),
    ("suicide_now", "mijn zoon van 15 zit op het dak van de flat en wil niet naar beneden komen"),
    # violence seen or heard; glass breaking with shouting; "klappen krijgen"; waiting outside; phone taken, door locked
    ("violence_now", "ik zie door het raam de buurman zijn vrouw slaan, nu"),
    ("violence_now", "ik bel met mijn zus en ik hoor hem haar slaan, nu is de lijn dood"),
    ("violence_now", "hij roept en ik hoor glas breken en de kinderen huilen, nu"),
    ("violence", "mijn moeder krijgt klappen van mijn broer als ze hem geen geld geeft"),
    ("violence_now", "mijn ex staat al een uur voor de deur in zijn auto te wachten, ik durf niet naar buiten"),
    ("violence_now", "hij heeft mijn gsm afgepakt en de deur op slot gedaan, ik typ op de laptop van mijn zoon"),
    # locked in and not opening with blood; things given away; pills "genoeg"; rather not exist; nobody would miss her;
    # "soms slaat hij" (he is at work now: 1712); followed by car; an empty bed and the window open; slices of bread left
    ("suicide_now", "mijn broer zit in de badkamer, hij doet de deur niet open en er ligt bloed op de vloer"),
    ("suicide", "onze dochter geeft al haar knuffels weg en zegt dat ze die binnenkort niet meer nodig heeft"),
    ("suicide", "mijn man zoekt op zijn gsm hoeveel slaappillen genoeg zijn"),
    ("suicide", "ik zou liefst gewoon niet meer wakker worden"),
    ("suicide", "ze schrijft dat niemand haar zou missen"),
    ("violence", "hij pakt mijn bankkaart af en soms slaat hij, nu is hij werken"),
    ("violence_now", "mijn ex volgt mij met zijn wagen sinds de Colruyt, ik ben zo bang"),
    ("missing_child", "onze zoon ligt vanmorgen niet in zijn bed en het raam staat open, hij is 13"),
    ("food", "nog 3 boterhammen voor de kinderen en het leefloon komt pas vrijdag"),
]
FIFTEENTH_NEGATIVES = [
    "ik heb mij gebrand aan mijn eigen sigaret, een klein wondje van niks",
    "een brandwonde van de barbecue op zijn hand, het is al genezen",
    "de kinderen gaan los op de muziek als ze thuis komen",
    "ze gaat los op haar broer als hij haar speelgoed pakt",
    "onze kleine gaat los op zijn verjaardagstaart",
    "hij maakt zich kapot op het werk voor ons",
    "die rekeningen maken mij kapot, maar we geraken er wel",
    "ik maak mezelf kapot met werken zodat de kinderen alles hebben",
    "sa maman est au ciel depuis deux ans, elle est encore triste",
    "hij kreeg vroeger slagen met de riem van zijn vader, nu is dat gedaan",
    "we zijn vorige winter bijna tegen een boom gereden door de ijzel",
    "ik heb een briefje voor de juf geschreven, de medicijnkast moet ik nog aanvullen",
    "de kleine had zich per ongeluk opgesloten in de wc",
    "ik krijg er van langs van mijn baas als ik te laat kom",
    "onze zoon heeft elke week blauwe plekken van het voetbal",
    "ik sla het ontbijt over want ik heb geen tijd, nu is de melk op",
    "ik neem elke dag mijn sipralex, het gaat veel beter",
    "ik kuis de badkamer met glorix want er is schimmel",
    "mijn zoon is zijn gsm kwijt op de bus",
    "de kleine is haar knuffel kwijt en huilt de hele avond",
    "twee jaar geleden was mijn zoon kwijt op de markt, de politie vond hem snel",
    "ik ben mijn werk kwijt en de kinderen moeten eten",
    "de buurman staat op het dak, hij zegt dat het de laatste keer is dat hij die dakgoot kuist",
    "mijn neef zat op het dak om een foto van het vuurwerk te nemen",
    "Geen schulden. Leefloon nee. Werk ja.",
    "Pillen genomen. Hoofdpijn is weg.",
    "Kast leeg. Morgen winkeldag.",
    "de kat zit op het dak en wil niet naar beneden komen",
    "mijn man staat op het dak te werken en neemt zijn gsm niet op",
    "mijn dochter zit op de vensterbank te lezen en reageert niet als ik roep",
    "ik zie op tv hoe ze elkaar slaan in die serie",
    "de kleine liet een glas vallen en begon te huilen",
    "ik heb veel klappen gekregen in mijn leven, maar nu gaat het",
    "mijn ex staat beneden om de kinderen op te halen, ik ben bang dat hij weer te laat is",
    "ik heb zijn gsm afgepakt en de deur op slot gedaan, hij mag niet naar buiten tot zijn huiswerk af is",
    "we verhuizen, de kinderen geven hun oude speelgoed weg aan de kringloop",
    "hoeveel dafalgan genoeg is voor een kind van 12 kilo met koorts, weet ik niet",
    "mijn dochter volgt mij op instagram en tiktok",
    "ons dochter ligt niet in haar bed, ze slaapt bij oma dit weekend",
    "nog 2 boterhammen voor de kinderen, morgen ga ik naar de bakker",
    "hij slaat soms met de deur als hij boos is",
    # sixteenth session: net alarms on everyday sentences, found while testing the detector alone
    "de kinderen hebben geen zin om te eten, ze zijn koppig",
    "ik ga mij verdrinken in het werk deze week",
    "ze gooit met haar speelgoed als ze boos is",
]
SIXTEENTH_POSITIVES = [   # what those look-alikes must not switch off
    ("food", "we hebben vandaag niks meer om te eten"),
    ("suicide", "ik ga mij verdrinken"),
    ("violence", "hij gooit met stoelen naar haar"),
]


# seventeenth session: West-Flemish "now" that the net read as violence not now (the detector's new examples)
SEVENTEENTH_POSITIVES = [
    ("violence_now", "ij ee mie opgesloten in de badkamer en ij is nog altyd ier"),     # ij, altyd, ier
    ("violence_now", "j'eet mien gsm afgepakt en mie opgesloten in de kelder"),          # j'eet: hij heeft
    ("violence_now", "ze zyn mee drie an ons deure en ze dreigen da ze ons goan sloan"),  # several at the door
    ("violence_now", "twee gasten sloan mijne vent voor ons huis"),                      # in front of the house
    ("violence_now", "ij eet mie zjust geslagen"),                                        # zjust: just now
    ("suicide_now", "me vint stuurde da ij noar de vaart goa om er in te springen, ik wil nie mi leven zei ij"),
]
SEVENTEENTH_NEGATIVES_NOT_NOW = [  # violence, but not now: 1712 first
    "vroeger heeft hij mij eens opgesloten in de kelder, nu woon ik alleen",
    "ij sloeg mie vroeger, nu is ij nog altyd op zijn werk tot tien uur",
]
# The eighteenth session: phenomena of the read round 67 still missed, in other words than theirs;
# violence not now, habitual or while he sleeps, from my own sentences.
EIGHTEENTH_POSITIVES = [
    ("suicide_now", "mijn zus snijden haar pols, nu veel bloed op de grond"),            # learner Dutch, object
    ("poisoning", "kindje drinken van fles groen voor wc kuisen, nu braken"),              # not a door broken
    ("violence_now", "de nieuwe vriend van mama is de kleine aan het afranselen"),        # in progress
    ("suicide", "mijn broer schreef in zijn dagboek dat hij wil sterven, hij weet niet dat ik het las"),
    ("violence", "als hij zat is krijg ik er van langs, nu is hij naar zijn werk"),       # not now: 1712
    ("missing_child", "ons Mila van 4 zien we al een kwartier nergens op de kermis"),
    ("suicide", "onze oudste zei dat hij liever onder de grond ligt dan naar die school te gaan"),
    ("suicide", "ik peins elke nacht aan de brug over de vaart, ik doe het niet"),
    ("food", "gisteren laatste brood op, vandaag niks voor de kinderen"),
    ("food", "we hebben drie dagen alleen droog brood gegeten"),
    ("suicide", "ik wil weg van dit leven, maar mijn kinderen houden mij hier"),           # not a missing child
    ("violence_now", "ze braken de deur open en nu zijn ze binnen"),                       # breaking, still read
]
EIGHTEENTH_NEGATIVES = [
    "ik heb in mijn vinger gesneden bij het koken, veel bloed",
    "we vinden de sleutel van de auto al een half uur nergens",
    "ineens was ze weg in de winkel, na vijf minuten vonden we haar terug",
    "ik heb vandaag niks gedaan, gisteren de laatste pasta gekocht",
    "ik wil niet dat mijn kinderen ooit honger moeten lijden",
]
EIGHTEENTH_NOT_NOW = [  # violence, but not happening now: 1712 first
    "mijn vader sloeg mij vroeger, nu slaat mijn man mij ook soms",                  # "nu ... soms": habitual
    "de papa van mijn kinderen stalkt mij, hij staat soms 's avonds voor de deur",   # at the door sometimes
    "my husband beat me yesterday, now he sleep, I am scared for tomorrow",         # asleep, as in Dutch
    "mon mari me frappe, hier encore, maintenant il dort",
]

# The nineteenth session's own sentences: violence that is not happening now (1712 first), no courage to go on,
# a method looked up, a child gone said in French, a button battery
NINETEENTH_POSITIVES = [
    ("violence", "ik word thuis geslagen maar ik wil niet dat het OCMW het weet"),  # the OCMW is no bailiff
    ("violence", "mijn zoon van 16 slaat mij soms als hij zijn zin niet krijgt"),    # a teenager hits a parent
    ("violence", "onze puber slaat mij als hij zijn gsm niet mag"),
    ("violence", "ik heb een klacht ingediend tegen mijne man voor slagen"),         # a complaint filed
    ("violence", "als hij zat is wordt hij agressief en dan sla hij"),               # learner Dutch: "sla hij"
    ("suicide", "kheb gene moed meer om door te gaan, echt nie"),                   # no courage to go on
    ("suicide", "ik heb al eens opgezocht hoeveel pillen ge moet nemen"),           # looking up a method
    ("missing_child", "la petite est partie, ik weet niet waar ze is, al de hele nacht"),  # French inside Dutch
    ("poisoning", "de baby heeft aan een batterijtje gezogen, zo een plat rond"),   # a button battery
    # phenomena of read rounds still missed, in other words than theirs
    ("violence", "mijn vriend heeft mij vorig jaar na een ruzie in de keuken bij de keel gepakt"),  # words between
    ("violence_now", "mijn man slaat mij nu, de kleine slaapt boven"),             # the child is elsewhere
    ("violence", "hij heeft de deur kapot gemaakt en mij tegen de muur geduwd, vorige week"),  # one "heeft"
    ("missing_child", "we vinden ons dochtertje al een half uur nergens in het park"),  # "al een half uur"
    ("suicide_now", "ik heb daarnet veel slaappillen geslikt, ik wil niet meer"),    # many pills and the wish
    ("suicide", "s nachts ik denk om niet meer te leven"),                          # learner Dutch
    ("violence", "mijn man doet mij pijn als hij gedronken heeft"),                 # hurts, learner Dutch
    ("violence", "hij pakt mijn zoon veel te hard vast, hij heeft blauwe plekken op zijn arm"),
    ("violence", "mijn vent is hier altijd kwaad, vorige week heeft hij mij geslagen"),  # habitual, not now
    ("suicide", "kweet nie of ik nog wil leven, alles is zwart"),                   # not knowing whether to live
    ("missing_child", "mijn zoon van 11 is niet terug van de training, zijn gsm staat af"),  # not back, unreachable
]
NINETEENTH_NEGATIVES = [
    "ik word bedreigd door de deurwaarder, hij wil beslag leggen",
    "ik heb een klacht ingediend tegen de school voor pesten",
    "ik werk bij de politie en neem elke dag aangifte van geweld",
    "mijn zoon van 15 speelt voetbal en slaat de bal tegen mij",
    "sla die vraag maar over",
    "geen moed meer om door te gaan met die opleiding",
    "ik heb opgezocht hoeveel dafalgan de kleine mag nemen voor de koorts",
    "de batterij van de afstandsbediening is leeg",
    "mijn zoon is vorig jaar weggelopen na ruzie, na twee dagen kwam hij terug en nu gaat het goed",  # came back
    "mijn vrouw zegt 'ik spring van het balkon' als de baby weer huilt, ze bedoelt gewoon dat ze moe is haha",
    "de kleine had zeep in haar mond, de dokter zei dat dat ok is",
    "ik neem veel medicijnen voor mijn hart, de dokter heeft ze voorgeschreven",
    "hij doet mij pijn bij het drinken, de baby bijt",
    "hij pakte de kleine hard vast bij het oversteken van de straat, ze was bang",
    "ik weet niet of ik dat werk nog wil doen, het is zwaar",
    "mijn dochter is nog niet terug van school, ze heeft training tot 6 uur",
]


# Phenomena of the blind rounds 106-109 (read after their first run), in other words than theirs.
TWENTIETH_POSITIVES = [
    ("violence", "mijn vriend heeft mij zaterdag geslagen, nu is hij terug poeslief"),      # calm again: not now
    ("sexual_violence", "de stiefvader doet dingen met ons meisje, ze vertelde het aan de juf"),  # bare "dingen"
    ("missing_child", "dochter weg. al drie uur zoeken, gsm uit, vriendinnen weten niks"),  # a headline, then detail
    ("poisoning", "het ruikt hier naar gas en we zijn allemaal misselijk en duizelig"),     # gas and several sick
    ("missing_child", "mijn zoontje is al 15 minuten kwijt op de markt, ik vind hem niet"),  # not "briefly lost"
    # rounds 110-113
    ("violence", "vroeger sloeg mijn man mij, nu ben ik weg maar hij zoekt mij overal"),  # stalking, not now
    ("violence", "gisteren heeft hij mij weer geslagen, ik ben bang als hij straks thuiskomt"),  # feared, not now
    ("violence", "mijn vriend slaat mij als hij zat is, nu is hij nor de cafe"),  # "nor": naar
    ("missing_child", "mijn dochter acht jaar weg op de camping, wij zoeken al een uur"),  # learner Dutch
    ("poisoning", "mijn moeder ligt op de grond, de kachel brandt al de hele nacht en ze is suf"),  # CO, one collapsed
    ("poisoning", "de kachel stinkt, we hebben allemaal koppijn"),
    ("sexual_violence", "mijn schoonbroer heeft mijn zoon aangeraakt toen hij daar sliep, hij heeft het mij verteld"),
    ("sexual_violence", "man van camping kwam in de nacht, aanraken mijn dochter, ik bang"),  # learner infinitive
    ("sexual_violence", "de nonkel deed vroeger dingen met ons meisje, ze vertelde het gisteren"),
    # rounds 114-117
    ("poisoning", "mijn broer is onwel geworden in de mestput, hij is niet wakker te krijgen"),  # manure gases
    ("poisoning", "onze kleine heeft op een vaatwasblokje gebeten, het zit nog in haar mond"),
    ("missing_child", "zoon weg sinds vanmorgen, gsm uit, 12 jaar, niet bij zijn vrienden"),  # an age said in a hurry
]
TWENTIETH_NEGATIVES = [
    "mijn broer doet leuke dingen met mijn zoon, hij zegt dat hij graag gaat",
    "mijn broer doet dingen met mijn dochter voor school, ze zegt dat ze het nu snapt",
    "de gaslucht was van het fornuis, de technieker heeft het gemaakt, niemand ziek",
    "vorige week de kleine kwijt in de Aldi, ik heb een schrik gehad, hij stond gewoon bij de koekjes",
    "ik heb mijn zoon bijna kwijtgeraakt op de kermis, hij stond bij de botsautos",
    "ik heb mijn medicatie genomen voor de hoofdpijn en het zakt al",
    "mijn nicht in Polen werd vroeger geslagen door haar man, nu gescheiden en ze woont veilig",
    "mijn vriendin in Turkije, haar man sloeg haar, nu is ze weg en woont veilig bij haar broer",  # no "vroeger"
    "ik zie het niet meer zitten met de kinderen, ze luisteren niet en gaan niet slapen",  # caring, asked gently
    "de dokter heeft mijn dochter aangeraakt bij het onderzoek, ze zei dat het pijn deed",
    "mijn zoon is weg naar de chiro, we zoeken nog een goede school",
    "ik ben bang dat hij vanavond niet komt eten",
    "ik heb vandaag de mestkelder gekuist, ik ben moe",
    "mijn zoon is al 3 jaar weg van huis, hij woont nu in Gent",
]


# Phenomena of the blind rounds 118-121 (twenty-first session, read after their first run), in other words.
TWENTY_FIRST_POSITIVES = [
    ("missing_child", "ons zoontje is weg van het strand, we zoeken al een half uur, hij is vijf"),  # searched for
    ("suicide", "had die auto mij maar aangereden, dan was het voor iedereen beter"),  # better off without me
    ("suicide", "iedereen is beter af zonder mij, echt waar"),
    ("violence", "hij heeft mij gisteravond geslagen, nu is hij naar werk"),  # away now: not now, 1712
    ("poisoning", "ik heb de baby per ongeluk twee keer de siroop gegeven en hij is heel suf"),  # a double dose given
    ("suicide", "als die deurwaarder nog eens komt, dan maak ik er een einde aan"),  # the main-clause order
    ("violence", "de patron slaat mijn broer als hij te traag werkt en hij heeft zijn paspoort"),  # exploitation
    ("poisoning", "mijn zoon heeft gedronken van het product om het onkruid te verdelgen"),  # named by its use
    # rounds 122-125
    ("suicide_now", "ik heb net al mijn slaappillen in een keer genomen, het spijt me"),  # all at once
    ("violence", "mijn vriend slaat de kleine als hij huilt. nu is hij op zijn werk"),  # "als hij huilt": not now
    ("suicide", "mijn kinderen zijn beter af zonder mij, dat denk ik elke dag"),
    ("violence", "toen hij dronk sloeg hij mij, dat is gedaan, maar ik heb er nog nachtmerries van"),
    ("violence", "hij heeft mij vorige maand geslagen, nu is hij op zee voor drie weken"),  # away at sea
    ("suicide", "sinds de scheiding zie ik het eigenlijk niet meer zitten"),  # "zie ik het": inverted
    ("missing_child", "we vinden onze Amir nergens, hij speelde daarnet nog in de straat"),
    # rounds 126-129
    ("suicide_now", "kem al mijn pillen pakt, vergeef me"),  # West-Flemish participle without ge-
    ("missing_child", "ik vind ons Nora nergens, ze speelde in de tuin en de poort staat open"),
    ("food", "geen geld meer tot maandag en vanavond heb ik niks voor de kinderen"),
    # rounds 130-133
    ("missing_child", "de kleine is weg uit het park, ik heb overal gezocht"),
    ("missing_child", "mijn dochter is weg sinds gisteravond, niet bij haar vrienden"),
    ("violence", "gisteren heeft hij mij geslagen, nu is hij weer rustig maar ik ben bang van hem"),  # fear, not now
    ("missing_child", "Lotte is niet thuisgekomen van de chiro en het is al een uur voorbij"),  # a name alone
]
TWENTY_FIRST_MORE_NEGATIVES = [
    "de huisbaas heeft muizengif gelegd op zolder, de kinderen kunnen er niet bij",  # out of reach
    "hij slaat zijn zusje als hij zijn zin niet krijgt, typisch peuter",  # a tantrum
    "ik heb al mijn pillen genomen vandaag, zoals de dokter zei",  # the daily pills
    "we vinden onze papieren nergens, ze lagen daarnet nog op tafel",  # papers
    "mijn dochter bijt haar broertje soms, is dat normaal op twee jaar?",  # a toddler
    "mijn gsm is verdwenen op de markt, met mijn bankkaart in het hoesje",  # a thing
    "als hij nog eens zijn bord omgooit, vermoord ik hem haha",  # a joke
    "onze tiener blijft op zijn kamer tot hij honger heeft",  # hungry as a condition
    "mijn pakje is nog niet aangekomen, al een uur te laat",
    "geen geld meer voor een cadeau, vandaag niks voor de kinderen gekocht voor sinterklaas",
]
TWENTY_FIRST_NEGATIVES = [
    "als die ruzies zo doorgaan, dan maak ik er een einde aan met die vent",  # a relation ended
    "als de school dichterbij was, dan was het voor iedereen makkelijker",  # no "me"
    "de kat is weg, we zoeken al een uur in de tuin",  # a pet
    "mijn zoon is weg naar zijn vader, al een uur onderweg",  # known where
    "de dokter heeft de dosis verhoogd, hij krijgt nu twee keer per dag zijn pillen",  # prescribed
    "de baas slaat altijd met de deur als hij kwaad is",  # a door
    "ik heb de stal ontsmet met dat product en daarna een koffie gedronken",  # drunk coffee, not the product
]


# Phenomena of the blind rounds 134-141 (read after their first runs), in other words than theirs.
TWENTY_SECOND_POSITIVES = [
    ("missing_child", "Mijn dochter niet thuis van de les. Al 2 uur. GSM uit."),  # short, no verb
    ("missing_child", "Mijn zoon van 7 speelde voor de deur en nu vind ik hem nergens."),  # "vind ik hem nergens"
    # rounds 138-141
    ("missing_child", "zoon 3 jaar was op terras, nu niet meer, hekje staat open"),  # was there, now not
    ("missing_child", "mijn zoon van 6 niet thuis van school, de juf zegt hij is al lang weg"),  # the school says gone
    ("sexual_violence", "de baas op het werk zit altijd aan mij, ik wil dat niet, al drie keer"),  # harassed at work
    ("violence_now", "de eigenaar staat aan de deur met zijn broers, ze trappen de deur kapot"),  # at the door now
    ("violence_now", "de huisbaas is hier met twee mannen, ze breken de deur"),  # a landlord with men
    # rounds 142-145
    ("suicide_now", "ik sta op de havendam en ik ga springen"),  # a jetty of the coast
    ("violence", "hij heeft mij zaterdag geslagen, nu is het kalm maar ik ben bang voor als hij weer drinkt"),  # not now
    ("violence", "mijne vent hee mie gisteren geslagen"),  # "mie" (mij)
    ("poisoning", "onze kleine heeft de pillen van oma gevonden, er zijn er vijf weg"),  # some pills gone
]
TWENTY_SECOND_NEGATIVES = [
    "mijne patron slaat ons dood me al dat werk",  # overwork, said as a blow
    "die schulden vergiftigen mijn humeur",  # the mood, the life: no poison
    "mijn zoon is niet thuis, hij zit al twee uur bij zijn vriend te gamen",  # known where
    "we zien onze sleutels nergens, ze lagen daarnet nog in de gang",  # keys
    "die ploegleider slaat ons dood met overuren en papierwerk",
    "als hij tekent is hij helemaal verdwenen in zijn wereldje, hij hoort niks",  # absorbed in play
    "ze slaat haar zus soms als ze ruzie hebben over de tv, normaal tussen zussen",  # siblings
    "alleen met mijn 2 kinderen. geen job. vent is weg",  # fragments in a row, the partner gone
    "de kleinste is een echte deugniet, hij slaat zijn zus met zijn blokken",  # a toddler and a sister
    "ons manneke is weggelopen van tafel omdat hij geen soep wou",  # a tantrum at the table
    "we wandelen op de pier met de kinderen en ze springen in de plassen",  # a walk
    "mijn dochter had de pillen van oma gevonden, ik heb ze op tijd weggelegd",  # put away in time
]


TWENTY_THIRD_POSITIVES = [  # rounds 146-169
    # rounds 146-149
    ("suicide_now", "ik ben aan kanaal, ik ga springen, sorry voor mijn kinderen"),  # no article, sorry to the children
    ("suicide_now", "ik heb het keukenmes in mijn hand nu, sorry voor de kinderen"),  # a knife in the hand, a goodbye
    ("suicide_now", "ik heb hier de slaappillen van mijn vrouw en ik ga ze allemaal nemen"),  # about to take them all
    ("suicide_now", "kzit hier met de pillen van de dokter en kga ze ollemolle slikken"),  # West-Flemish "ollemolle"
    ("poisoning", "de kleine heeft van het ontkalkingsmiddel gedronken"),  # a descaler
    ("poisoning", "de peuter heeft aan mijn prednisolon gezeten"),  # a medicine by its name
    ("violence_now", "mijn schoonvader zegt dat hij mij komt halen om de eer van de familie, hij is al onderweg"),
    ("food", "we krijgen vandaag geen eten bij de voedselbank, ze zijn dicht, de kinderen hebben honger"),  # not a family meal
    # rounds 150-153
    ("poisoning", "ons kleintje heeft van de sproeistof van de boer gedronken, ze is zo suf"),  # a farm spray
    ("poisoning", "de jongste had muizekorrels in haar mond gehad in de garage"),  # West-Flemish "muizekorrels"
    ("violence", "mijn vent heeft de jongste gisteren geslagen, nu slaapt hij"),  # the youngest as the victim
    ("violence", "hun pa heeft den oudsten vorige maand nen blauwe oog geslagen"),  # "hun pa", "blauwe oog"
    ("suicide_now", "sta hier op de brug aan de vaart, kan ni meer"),  # the subject left out
    ("violence", "ik slaap bij mijn zus omdat hij mij sloeg, dat is nu drie weken geleden"),  # how long ago, not now
    # rounds 158-161
    ("suicide_now", "ik zit aan de vaart en ik ga nooit meer naar huis"),  # at the water, not going home
    ("suicide_now", "sta bij het water, zeg aan de kinderen dat ik van ze hou"),  # at the water, a goodbye
    ("violence_now", "mijn vriend komt straks en zegt dat hij mij komt afmaken"),  # on the way to destroy
    ("violence_now", "hij sms'te dat hij nu komt en ons allemaal dood maakt"),
    # rounds 162-169
    ("suicide_now", "ik zit in de badkamer met een mesje op mijn pols"),  # a blade at the wrist
    ("suicide_now", "ik zit met de schaar aan mijn pols"),
    ("suicide_now", "ik snijd mezelf nu, ik kan niet meer"),  # cutting now
    ("suicide_now", "ik sta op de spoorwegbrug en ik ga nooit meer naar huis"),  # a bridge in a compound
    ("suicide", "ik lig elke avond te denken om mezelf weg te doen"),  # doing oneself away
    ("missing_child", "de kleine is weg uit de tuin, ik zie hem niet meer"),  # gone from the garden, out of sight
    ("missing_child", "meester zegt hij is vertrokken om 4 uur, nu is 7 uur"),  # hours after school
    ("food", "vanavond niks meer in de kast voor de kinderen en mijn rekening staat op nul"),  # the account empty
    # rounds 170-173
    ("suicide_now", "stop met die vragen, ik heb een mesje tegen mijn pols"),  # a blade at the wrist, the questions named
    ("suicide_now", "ik zit in de badkamer met de pillen, ik wil dat het stopt"),  # sitting with the means, wanting it over
    ("suicide_now", "ik kan niet meer stoppen met snijden"),  # cutting and not able to stop
    ("violence", "alleen als hij boos is pakt hij de jongste vast en duwt hem tegen de muur"),  # a habit, not now
    ("food", "het eten is op en vanavond heb ik niks voor de kinderen"),  # the food gone
    ("violence", "mijn vriend slaat mij soms. nu hij is werk."),  # not now: he is at work (1712, not 101)
    # rounds 174-177
    ("suicide_now", "ik sta aan de vaart, stel mij geen vragen meer, ik spring"),  # at the water, the questions named
    ("poisoning", "de kleine heeft aan de pillen van oma gezeten, het doosje is open, hij is 3"),  # at the pills
    ("poisoning", "hij heeft de strip pillen gepakt en er twee op"),
    ("poisoning", "dochter drinkt product van afwas, wat moet ik doen"),  # learner Dutch
    ("missing_child", "ons dochter niet thuis van school, gsm uit"),  # not home, the phone off
    ("suicide", "vroeger ging het nog, nu denk ik elke dag dat ze beter af zijn zonder mij"),  # thoughts, not now
    ("violence", "hij heeft mij jaren geslagen, ik ben weg nu maar ik durf er niet over praten"),  # left: 1712, not 101
]
TWENTY_THIRD_NEGATIVES = [
    "mijn zus komt mij halen met de auto, ze is onderweg",  # a lift
    "de chef gaat mij pakken als ik weer te laat kom, ik moet straks vertrekken",  # a figure of speech, a condition
    "we gaan vanavond eten bij mijn schoonmoeder, de koelkast mag leeg zijn",  # eating elsewhere
    "gisteren had de kleine wat afwasmiddel geproefd, ik heb het antigifcentrum gebeld en het was ok",  # over, harmless
    "ik heb een mes in mijn hand want ik snij de groenten, sorry voor de late reactie",  # cooking
    "ik ga springen van blijdschap als dit gedaan is",  # joy
    "mijn oudste luistert nergens naar, ik weet niet meer hoe ik het moet doen",  # not missing: not listening
    # rounds 150-153
    "ons dochter was vijf minuten kwijt op de markt, mo ze stond aan de kraam met de ballonnen",  # found at once
    "de jongste was drie minuten weg in de speeltuin, ik schrok me dood, mo hij stond aan de schommel",
    "die rente op de lening gaat ons nog doodmaken",  # interest "kills" no one
    "ik pak al 3 jaar pillen voor mijn depressie, nu gaat het beter",  # years of treatment, "3 jaar" no count
    # rounds 158-161
    "ik sta aan de schelde met de hond, we gaan niet terug naar huis voor het donker is",  # a walk
    "we zitten aan zee op daguitstap, ik ga niet terug naar huis voor vijf uur",  # a day out
    "ons kleinste slaat zijn blokken op de grond als hij zijn zin niet krijgt",  # a tantrum
    "de baas komt maandag en maakt me kapot als ik te laat ben",  # a figure of speech
    # rounds 162-169
    "ik snij mij nu en dan in mijn vinger bij het koken",  # now and then, cooking
    "ik denk erover om mezelf weg te doen uit die whatsappgroep",  # leaving a group
    "ik sta aan de kennedybrug te wachten op de bus",  # waiting
    "de oudste is weg op kot, ik zie hem niet meer zo vaak",  # a student away from home
    "de juf zegt dat ze om 3 uur weg is, nu is het 4 uur en ze is al thuis",  # home
    "de rekening staat leeg maar de kast is vol voor de kinderen",  # food in the house
    # rounds 170-173
    "ons zoon is ne keer weggelopen vorig jaar, nu gaat het goed",  # ran away once, last year
    "ik zit hier met het mes groenten te snijden, ik kan niet meer van de drukte",  # cooking
    "we duwen de kast tegen de muur om plaats te maken",  # furniture
    # rounds 174-177
    "mijn vrouw slaat zich er wel door, zij vindt altijd wel werk",  # getting through
    "we slaan ons er wel door zoals iedereen",
    "een appartement kopen is zelfmoord met die rente",  # prices
    "ik zou dood willen vallen van schaamte als de buren het weten",  # shame
]


@pytest.mark.parametrize("sentence", [
    "my husband hit me many times before, now he is calm but i am afraid",  # over, feared: not now
])
def test_violence_over_in_english_is_not_now(sentence):
    assert crisis.language_kinds(sentence, "en") == ("violence",)


@pytest.mark.parametrize("kind,sentence", TWENTY_SECOND_POSITIVES + TWENTY_THIRD_POSITIVES)
def test_phenomena_of_the_blind_rounds_134_to_169_are_read(kind, sentence):
    assert kinds(sentence)[:1] == (kind,)  # by the net alone, without the classifier's support


@pytest.mark.parametrize("sentence", TWENTY_SECOND_NEGATIVES + TWENTY_THIRD_NEGATIVES)
def test_look_alikes_of_the_blind_rounds_134_to_169_are_no_crisis(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("kind,sentence", TWENTY_FIRST_POSITIVES)
def test_phenomena_of_the_blind_rounds_118_to_121_are_read(kind, sentence):
    assert kinds(sentence, supported=True)[0] == kind


@pytest.mark.parametrize("sentence", TWENTY_FIRST_NEGATIVES + TWENTY_FIRST_MORE_NEGATIVES)
def test_look_alikes_of_the_blind_rounds_118_to_121_are_no_crisis(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("kind,sentence", TWENTIETH_POSITIVES)
def test_phenomena_of_the_blind_rounds_106_to_109_are_read(kind, sentence):
    assert kinds(sentence, supported=True)[0] == kind


@pytest.mark.parametrize("sentence", TWENTIETH_NEGATIVES)
def test_look_alikes_of_the_blind_rounds_106_to_109_are_no_crisis(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("kind,sentence", SEVENTEENTH_POSITIVES + EIGHTEENTH_POSITIVES + NINETEENTH_POSITIVES)
def test_west_flemish_now_and_round_67_phenomena_are_read(kind, sentence):
    """Read as the chat reads it: the net's weaker signs count when the detector supports them."""
    assert kinds(sentence, supported=True)[0] == kind


@pytest.mark.parametrize("sentence", SEVENTEENTH_NEGATIVES_NOT_NOW + EIGHTEENTH_NOT_NOW)
def test_violence_long_ago_habitual_or_while_he_sleeps_stays_not_now(sentence):
    assert kinds(sentence, supported=True)[0] == "violence"


@pytest.mark.parametrize("sentence", EIGHTEENTH_NEGATIVES + NINETEENTH_NEGATIVES)
def test_look_alikes_of_round_67_are_no_crisis(sentence):
    assert kinds(sentence, supported=True) == ()


@pytest.mark.parametrize("sentence", [
    "hij staat nu voor de deur en hij roept dat hij mij gaat vermoorden",
    "now he is hitting my son, please help",
    "il est devant la porte maintenant avec un couteau",
])
def test_violence_at_the_door_now_stays_now(sentence):
    assert kinds(sentence, supported=True)[0] == "violence_now"


@pytest.mark.parametrize("kind,sentence", THIRTEENTH_POSITIVES + FIFTEENTH_POSITIVES + SIXTEENTH_POSITIVES)
def test_phenomena_of_the_read_rounds_are_found(kind, sentence):
    """Pills found, carbon monoxide, a child not back (thirteenth); a burn, a belt, "losgaan", destroying
    oneself, and the phenomena of the detector's examples (fifteenth)."""
    assert kinds(sentence)[0] == kind


@pytest.mark.parametrize("sentence", THIRTEENTH_NEGATIVES + FIFTEENTH_NEGATIVES)
def test_their_everyday_look_alikes_are_no_crisis(sentence):
    assert kinds(sentence) == ()

