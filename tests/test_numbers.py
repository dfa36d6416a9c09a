import pytest

from pressfacts.numbers import parse_digits, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23 051", 23051),
        ("23\u00a0051", 23051),
        ("23\u202f051", 23051),
        ("23.051", 23051),
        ("500 000", 500000),
        ("1 500 000", 1500000),
        ("1,5", 1.5),
        ("3,2", 3.2),
        ("12.5", 12.5),
        ("1 500,25", 1500.25),
        ("70", 70),
        ("2024", 2024),
    ],
)
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sept", 7),
        ("Onze", 11),
        ("vingt et un", 21),
        ("vingt-trois", 23),
        ("soixante-dix", 70),
        ("quatre-vingt-dix-neuf", 99),
        ("cent", 100),
        ("deux cents", 200),
        ("deux cent quarante-trois", 243),
        ("mille", 1000),
        ("vingt-trois mille", 23000),
        ("deux cent mille", 200000),
        ("un million", 1000000),
        ("deux millions trois cent mille", 2300000),
        ("mille neuf cent quatre-vingt-quatre", 1984),
        ("une", 1),
    ],
)
def test_parse_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5 million", 1500000),
        ("3,2 millions", 3200000),
        ("2 milliards", 2000000000),
        ("trois millions", 3000000),
        ("une cinquantaine", 50),
        ("une vingtaine", 20),
        ("un millier", 1000),
        ("une dizaine", 10),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["sa", "ans", "2024-06", "vingt ans", ""])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)
