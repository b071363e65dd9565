"""bot.nlp.numbers: money, number words, phone numbers, e-mail."""
from decimal import Decimal

import pytest

from bot.nlp.numbers import _amount_candidates, is_valid_email, normalise_phone, parse_money, parse_number_words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.250,50", "1250.50"),
        ("€ 1.250,50", "1250.50"),
        ("€1.250,50", "1250.50"),
        ("1250", "1250"),
        ("1.400", "1400"),
        ("1400,5", "1400.5"),
        ("1400,50", "1400.50"),
        ("€ 1 400", "1400"),
        ("1 400 euro", "1400"),
        ("€1250", "1250"),
        ("1250 euro", "1250"),
        ("1.250 EUR", "1250"),
        ("1400 eur", "1400"),
        ("1.400,00 €", "1400"),
        ("1400€", "1400"),
        ("1250,-", "1250"),
        ("€ 1.250,-", "1250"),
        ("1250.50", "1250.50"),  # English decimal point, two decimals
        ("999.999,99", "999999.99"),
        ("1.000.000", "1000000"),
        ("0 euro", "0"),
        ("we hebben 1.400 euro per maand", "1400"),
        ("de huur is 650 euro en we zijn met 4", "650"),  # next to the currency
        ("3 kinderen en 1400", "1400"),  # no currency: the largest number
        ("ongeveer 1800 netto", "1800"),
        ("duizend euro", "1000"),
        ("tweeduizend vijfhonderd euro", "2500"),
        ("twaalfhonderd euro", "1200"),
    ],
)
def test_parse_money(text, expected):
    assert parse_money(text) == Decimal(expected)


def test_parse_money_returns_decimal():
    assert isinstance(parse_money("1.250,50"), Decimal)
    assert str(parse_money("1.250,50")) == "1250.50"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "geen idee",
        "abc",
        "-1400",
        "- 1400 euro",
        "€ -50",
        "min 1400 euro",
        "1.000.001",
        "2000000",
        "5 miljoen: 5000000 euro",
        "1.2345",  # malformed: not Belgian notation
        "x" * 600,
        None,
        12,
    ],
)
def test_parse_money_rejects(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("drie", 3),
        ("twaalf", 12),
        ("3", 3),
        ("  7 ", 7),
        ("Drie", 3),
        ("drie kinderen", 3),
        ("we hebben vijf kinderen", 5),
        ("nul", 0),
        ("geen", 0),
        ("geen kinderen", 0),
        ("één", 1),
        ("een", 1),
        ("tien", 10),
        ("elf", 11),
        ("negentien", 19),
        ("twintig", 20),
        ("eenentwintig", 21),
        ("drieëntwintig", 23),
        ("drieentwintig", 23),
        ("twee en twintig", 22),
        ("negenennegentig", 99),
        ("honderd", 100),
        ("honderdtwintig", 120),
        ("honderdentwintig", 120),
        ("vijfhonderd", 500),
        ("duizend", 1000),
        ("tweeduizend vijfhonderd", 2500),
        ("tien duizend", 10000),
        ("1.000", 1000),
        ("ik ben 45 jaar", 45),
    ],
)
def test_parse_number_words(text, expected):
    assert parse_number_words(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "veel", "-3", "min 3", "2,5", "1.5", "hondert", None, 3, "x" * 600],
)
def test_parse_number_words_rejects(text):
    assert parse_number_words(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0470 12 34 56", "+32470123456"),
        ("0470123456", "+32470123456"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+32470123456", "+32470123456"),
        ("0032470123456", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("+32 (0)470 12 34 56", "+32470123456"),
        ("0470/12.34.56", "+32470123456"),
        ("0470-12-34-56", "+32470123456"),
        ("0470 123 456", "+32470123456"),
        ("09 123 45 67", "+3291234567"),
        ("091234567", "+3291234567"),
        ("02/123.45.67", "+3221234567"),
        ("050 12 34 56", "+3250123456"),
        ("bel me op 0470 12 34 56 aub", "+32470123456"),
        ("mijn gsm: 0499/99.88.77.", "+32499998877"),
    ],
)
def test_normalise_phone(text, expected):
    assert normalise_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "047012345",  # mobile one digit short
        "04701234567",  # mobile one digit too many
        "09123456",  # landline one digit short
        "0912345678",  # 10 digits but not a mobile
        "+31 6 12345678",  # Dutch
        "0031612345678",
        "00470123456",
        "+32 0470 12 34 56",  # trunk 0 after the country code
        "0470 12 34 5a",
        "1234",
        None,
        "0" * 600,
    ],
)
def test_normalise_phone_rejects(text):
    assert normalise_phone(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "an.peeters@telenet.be",
        "AN.PEETERS@TELENET.BE",
        "an+intake@sub.example.org",
        "jan_de-smet@skynet.be",
        " an@x.be ",  # surrounding whitespace is ignored
        "o'brien@example.ie",
    ],
)
def test_valid_email(text):
    assert is_valid_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "an.peeters",
        "an@telenet",
        "an@@telenet.be",
        "an@x@y.be",
        "an peeters@telenet.be",
        "an@tele net.be",
        "@telenet.be",
        "an@.be",
        "an@telenet..be",
        "an@telenet.be.",
        ".an@telenet.be",
        "an.@telenet.be",
        "an..peeters@telenet.be",
        "an@-telenet.be",
        "an@telenet.b",
        "an@telenet.123",
        "a" * 250 + "@telenet.be",
        "a" * 65 + "@telenet.be",
        None,
        42,
    ],
)
def test_invalid_email(text):
    assert not is_valid_email(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount in words beside one in digits is an amount too, in the order of the text
        ("veertienhonderd van de mutualiteit, met het groeipakket 1900", [1400, 1900]),
        ("1200 en nog tweehonderd euro alimentatie", [1200, 200]),
        ("twee duizend vijfhonderd en 300 van den interim", [2500, 300]),
        # a lone "honderd" or "duizend" is a manner of speaking, unless a currency follows
        ("ik heb al duizend keer gezegd dat het 1800 is", [1800]),
        ("1800, honderd procent zeker", [1800]),
        ("1500 en duizend euro spaargeld", [1500, 1000]),
        # small number words are counts, not amounts
        ("drie kinderen en 1500", [1500]),
    ],
)
def test_amounts_in_digits_and_words(text, expected):
    assert [value for value, _, _ in _amount_candidates(text)] == [Decimal(e) for e in expected]

