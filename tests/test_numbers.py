import pytest

from pressfacts.components.numbers import NumberWords, default_words, parse_digits, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23 051", 23051),
        ("23\u00a0051", 23051),
        ("23\u202f051", 23051),
        ("23.051", 23051),
        ("23'051", 23051),
        ("500 000", 500000),
        ("1 500 000", 1500000),
        ("1,5", 1.5),
        ("3,2", 3.2),
        ("0,75", 0.75),
        ("12.5", 12.5),
        ("1 500,25", 1500.25),
        ("70", 70),
        ("2024", 2024),
        ("-1,8", -1.8),
        ("−0,4", -0.4),
        ("+2,3", 2.3),
        ("-12 000", -12000),
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
        ("vingt-et-un", 21),
        ("vingt-trois", 23),
        ("trente et une", 31),
        ("soixante-dix", 70),
        ("soixante-douze", 72),
        ("soixante et onze", 71),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("septante-cinq", 75),
        ("nonante", 90),
        ("cent", 100),
        ("deux cents", 200),
        ("deux cent quarante-trois", 243),
        ("mille", 1000),
        ("vingt-trois mille", 23000),
        ("deux cent mille", 200000),
        ("un million", 1000000),
        ("trois millions", 3000000),
        ("deux millions trois cent mille", 2300000),
        ("un milliard", 1000000000),
        ("deux billions", 2 * 10**12),
        ("mille neuf cent quatre-vingt-quatre", 1984),
        ("une", 1),
        ("zéro", 0),
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
        ("18,5 millions", 18500000),
        ("4 000 milliards", 4 * 10**12),
        ("2 millions et demi", 2500000),
        ("deux millions et demi", 2500000),
        ("quatre milliards et un quart", 4250000000),
        ("trois millions et trois quarts", 3750000),
        ("deux billions", 2 * 10**12),
        ("1,2 billion", 1.2 * 10**12),
        ("4,5 k", 4500),
        ("12k", 12000),
        ("2 mds", 2000000000),
        ("2 Mds", 2000000000),
        ("3 Md", 3000000000),
        ("1,7 mrd", 1700000000),
        ("5 M", 5000000),
        ("une cinquantaine", 50),
        ("une vingtaine", 20),
        ("un millier", 1000),
        ("une dizaine", 10),
        ("une douzaine", 12),
        ("deux centaines", 200),
        ("trois milliers", 3000),
        ("-1,8", -1.8),
        ("23 051", 23051),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["sa", "ans", "2024-06", "vingt ans", "", "des centaines", "millions", "5 m"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_scale_words_are_data():
    """A scale added to the word rows is read by parse_number; the packaged rows do not know it."""
    rows = [*default_words_rows(), {"kind": "scale", "word": "lakh", "value": 100000}]
    words = NumberWords.from_rows(rows)
    assert parse_number("3 lakh", words) == 300000
    with pytest.raises(ValueError):
        parse_number("3 lakh")
    assert default_words().scale_of("M") == 1000000
    assert default_words().scale_of("m") is None  # a metre, not a million


def default_words_rows():
    from pressfacts.settings import read_jsonl

    return read_jsonl("figure_words.jsonl")
