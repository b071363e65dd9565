"""bot.municipalities: the CSV (situation 1 January 2025) and lookup()."""
import csv
import time
from collections import Counter, defaultdict

import pytest

from bot import municipalities as mun
from bot.municipalities import Municipality, all_municipalities, all_place_names, lookup

FLEMISH_PROVINCES = {"Antwerpen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen", "Limburg"}


@pytest.fixture(scope="module")
def rows():
    with mun.DATA_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --------------------------------------------------------------------------
# the data
# --------------------------------------------------------------------------

def test_csv_header(rows):
    with mun.DATA_FILE.open(encoding="utf-8") as handle:
        assert handle.readline().strip() == "postcode,place,municipality,province,region"


def test_counts():
    regions = Counter(m.region for m in all_municipalities())
    assert regions == {"flanders": 285, "brussels": 19}


def test_every_postcode_has_four_digits(rows):
    assert rows
    for row in rows:
        assert len(row["postcode"]) == 4 and row["postcode"].isdigit(), row


def test_postcode_ranges(rows):
    for row in rows:
        code = int(row["postcode"])
        if row["region"] == "brussels":
            assert 1000 <= code <= 1299, row
        else:
            # Flemish Brabant 15xx-19xx & 3000-3499, Antwerp 2xxx, Limburg 35xx-39xx,
            # West and East Flanders 8xxx-9xxx; never Walloon ranges.
            assert 1500 <= code <= 3999 or 8000 <= code <= 9999, row


def test_no_duplicate_rows_and_no_blank_cells(rows):
    keys = [(r["postcode"], r["place"]) for r in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert all(value.strip() == value and value for value in row.values()), row


def test_each_postcode_belongs_to_one_municipality(rows):
    owners = defaultdict(set)
    for row in rows:
        owners[row["postcode"]].add(row["municipality"])
    assert {code: names for code, names in owners.items() if len(names) > 1} == {}


def test_provinces_and_regions_consistent(rows):
    for row in rows:
        if row["region"] == "flanders":
            assert row["province"] in FLEMISH_PROVINCES, row
        else:
            assert row["region"] == "brussels"
            assert row["province"] == "Brussels Hoofdstedelijk Gewest", row
    assert {m.province for m in all_municipalities() if m.region == "flanders"} == FLEMISH_PROVINCES


def test_every_municipality_has_postcodes():
    for m in all_municipalities():
        assert m.postcodes, m
        assert list(m.postcodes) == sorted(set(m.postcodes))


@pytest.mark.parametrize(
    "name, postcodes",
    [
        ("Gent", {"9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"}),
        ("Antwerpen", {"2000", "2018", "2020", "2030", "2040", "2050", "2060", "2100", "2140",
                       "2150", "2170", "2180", "2600", "2610", "2660"}),
        ("Brussel", {"1000", "1020", "1120", "1130"}),
        ("Schaarbeek", {"1030"}),
        ("Merelbeke-Melle", {"9090", "9820"}),
        ("Beveren-Kruibeke-Zwijndrecht", {"2070", "9120", "9130", "9150"}),
        ("Pajottegem", {"1540", "1541", "1570", "1755"}),
        ("Hasselt", {"3500", "3501", "3510", "3511", "3512", "3720", "3721", "3722", "3723", "3724"}),
    ],
)
def test_known_postcodes(name, postcodes):
    assert set(mun.by_name(name).postcodes) == postcodes


@pytest.mark.parametrize(
    "gone",
    ["Borsbeek", "Melle", "Merelbeke", "Kruibeke", "Zwijndrecht", "Galmaarden", "Gooik",
     "Herne", "Ruiselede", "Meulebeke", "De Pinte", "Nazareth", "Wachtebeke", "Moerbeke",
     "Hoeselt", "Borgloon", "Ham", "Kortessem", "Beveren"],
)
def test_merged_away_municipalities_are_no_municipality_any_more(gone):
    assert mun.by_name(gone) is None
    assert gone in all_place_names()  # still recognised as a place


def test_place_names_for_the_entity_ruler():
    names = all_place_names()
    assert len(names) == len(set(names))
    for expected in ["Gent", "Gentbrugge", "Sint-Niklaas", "Elsene", "Ixelles", "Bruxelles",
                     "Pajottegem", "Merelbeke-Melle", "'s-Gravenwezel"]:
        assert expected in names


def test_loading_is_cached():
    assert mun._index() is mun._index()


# --------------------------------------------------------------------------
# lookup
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # municipality names
        ("Gent", "Gent"),
        ("gent", "Gent"),
        ("GENT", "Gent"),
        ("Antwerpen", "Antwerpen"),
        ("Sint-Niklaas", "Sint-Niklaas"),
        ("sint niklaas", "Sint-Niklaas"),
        ("Sint  Niklaas", "Sint-Niklaas"),
        ("St-Niklaas", "Sint-Niklaas"),
        ("St. Truiden", "Sint-Truiden"),
        ("heist op den berg", "Heist-op-den-Berg"),
        ("Nazareth-De Pinte", "Nazareth-De Pinte"),
        ("  Leuven  ", "Leuven"),
        ("in Leuven", "Leuven"),
        ("ik woon in Hasselt", "Hasselt"),
        ("we wonen te Aalst", "Aalst"),
        ("Tielt", "Tielt"),  # the municipality wins over the deelgemeente of Tielt-Winge
        # deelgemeenten
        ("Gentbrugge", "Gent"),
        ("Ledeberg", "Gent"),
        ("Deurle", "Sint-Martens-Latem"),
        ("Borgerhout", "Antwerpen"),
        ("Wilrijk", "Antwerpen"),
        ("Kessel-Lo", "Leuven"),
        ("'s-Gravenwezel", "Schilde"),
        ("s gravenwezel", "Schilde"),
        ("Sint-Job-in-'t-Goor", "Brecht"),
        # the 2025 mergers
        ("Borsbeek", "Antwerpen"),
        ("Melle", "Merelbeke-Melle"),
        ("Merelbeke", "Merelbeke-Melle"),
        ("Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht"),
        ("Beveren-Waas", "Beveren-Kruibeke-Zwijndrecht"),
        ("Kruibeke", "Beveren-Kruibeke-Zwijndrecht"),
        ("Galmaarden", "Pajottegem"),
        ("Gooik", "Pajottegem"),
        ("Herne", "Pajottegem"),
        ("Ruiselede", "Wingene"),
        ("Meulebeke", "Tielt"),
        ("De Pinte", "Nazareth-De Pinte"),
        ("Wachtebeke", "Lochristi"),
        ("Moerbeke-Waas", "Lokeren"),
        ("Hoeselt", "Bilzen-Hoeselt"),
        ("Borgloon", "Tongeren-Borgloon"),
        ("Kortessem", "Hasselt"),
        # earlier mergers
        ("Nevele", "Deinze"),
        ("Overpelt", "Pelt"),
        ("Zomergem", "Lievegem"),
        # accents
        ("Biévène", "Bever"),
        ("Bievene", "Bever"),
        # postcodes
        ("9000", "Gent"),
        ("9050", "Gent"),
        ("2000", "Antwerpen"),
        ("2150", "Antwerpen"),
        ("8500", "Kortrijk"),
        ("3720", "Hasselt"),
        ("9000 Gent", "Gent"),
        ("9050 Gentbrugge", "Gent"),
        ("Gent 9000", "Gent"),
        ("B-9000 Gent", "Gent"),
        ("3500 Genk", "Hasselt"),  # the postcode decides
        # small typos (names of 6+ letters)
        ("Antwerpn", "Antwerpen"),
        ("Mechelem", "Mechelen"),
        ("Mechlen", "Mechelen"),
        ("Kortrik", "Kortrijk"),
        ("Roeselaere", "Roeselare"),
        ("Gentbruge", "Gent"),
        ("Sint-Niklas", "Sint-Niklaas"),
        ("Oostende", "Oostende"),
        ("Oostendee", "Oostende"),
        ("Hasslet", "Hasselt"),  # transposition
    ],
)
def test_lookup(text, expected):
    found = lookup(text)
    assert found is not None, text
    assert found.name == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brussel", "Brussel"),
        ("Bruxelles", "Brussel"),
        ("1000 Brussel", "Brussel"),
        ("1000", "Brussel"),
        ("Laken", "Brussel"),
        ("Laeken", "Brussel"),
        ("Neder-Over-Heembeek", "Brussel"),
        ("Schaarbeek", "Schaarbeek"),
        ("Schaerbeek", "Schaarbeek"),
        ("1030", "Schaarbeek"),
        ("Elsene", "Elsene"),
        ("Ixelles", "Elsene"),
        ("1050 Brussel", "Elsene"),
        ("Sint-Gillis", "Sint-Gillis"),
        ("Saint-Gilles", "Sint-Gillis"),
        ("Oudergem", "Oudergem"),
        ("Auderghem", "Oudergem"),
        ("Ukkel", "Ukkel"),
        ("Uccle", "Ukkel"),
        ("Vorst", "Vorst"),  # the Brussels municipality, not the place in Laakdal
        ("Forest", "Vorst"),
        ("Molenbeek", "Sint-Jans-Molenbeek"),
        ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
        ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
        ("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
        ("Watermael-Boitsfort", "Watermaal-Bosvoorde"),
        ("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
        ("Etterbeek", "Etterbeek"),
        ("1210", "Sint-Joost-ten-Node"),
    ],
)
def test_lookup_brussels(text, expected):
    found = lookup(text)
    assert found is not None, text
    assert found.name == expected
    assert found.region == "brussels"
    assert found.recipient == "CAW Brussel"


def test_recipient_flanders():
    gent = lookup("Gentbrugge")
    assert gent == Municipality(
        name="Gent",
        province="Oost-Vlaanderen",
        region="flanders",
        postcodes=("9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052"),
    )
    assert gent.recipient == "OCMW Gent"
    assert lookup("2070").recipient == "OCMW Beveren-Kruibeke-Zwijndrecht"
    assert lookup("2070").province == "Oost-Vlaanderen"  # Zwijndrecht changed province
    assert all(m.recipient == f"OCMW {m.name}" for m in all_municipalities() if m.region == "flanders")


def test_municipality_is_frozen():
    with pytest.raises(Exception):
        lookup("Gent").name = "Aalst"


@pytest.mark.parametrize(
    "text",
    [
        # Walloon and foreign
        "4000 Liège",
        "4000",
        "Liège",
        "Luik",
        "Namur",
        "5000",
        "1300 Wavre",
        "1348",
        "7500 Tournai",
        "Amsterdam",
        "Parijs",
        # not a (Belgian) postcode
        "9999",
        "0000",
        "12345",
        "9000 2000",  # two different postcodes
        "Gent 12",
        # ambiguous place names: ask for the postcode instead
        "Meldert",
        "Beveren",
        "Haren",
        "Deurne",
        "Berchem",
        "Ruisbroek",
        "Sint-Pieters-Kapelle",
        # typos that are too short, too far, or ambiguous
        "Gnet",
        "Ieperen",
        "Aalt",
        # junk
        "",
        "   ",
        "-",
        "ik weet het niet",
        "x" * 101,
        "Gent " + "x" * 100,
        None,
        9000,
    ],
)
def test_lookup_returns_none(text):
    assert lookup(text) is None


def test_ambiguous_name_resolves_with_postcode():
    assert lookup("Beveren") is None
    assert lookup("8800 Beveren").name == "Roeselare"
    assert lookup("9120 Beveren").name == "Beveren-Kruibeke-Zwijndrecht"
    assert lookup("2100 Deurne").name == "Antwerpen"
    assert lookup("3290 Deurne").name == "Diest"


def test_every_csv_row_can_be_found(rows):
    for row in rows:
        assert lookup(row["postcode"]).name == row["municipality"], row
        assert lookup(f"{row['postcode']} {row['place']}").name == row["municipality"], row
        found = lookup(row["place"])
        # a place name is either unambiguous or shared by several municipalities
        assert found is None or found.name == row["municipality"] or mun.by_name(row["place"]), row
    for m in all_municipalities():
        assert lookup(m.name) == m
        assert lookup(m.name.upper()) == m
        assert lookup(m.name.replace("-", " ")) == m


def test_fuzzy_lookup_is_fast_enough():
    start = time.perf_counter()
    for i in range(100):
        lookup(f"Roeselaere{'x' * (i % 2)}")
    assert time.perf_counter() - start < 5
