"""Numbers as the press writes them: approximate nouns with a hyphen, and digits around a slash (a grade, a score,
a fraction, "24/7"), which count nothing. Sentences written for these tests."""

import pytest

from pressfacts.components.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("une demi-douzaine", 6), ("deux demi-douzaines", 12), ("une douzaine", 12), ("trois centaines", 300)],
)
def test_approximate_nouns_with_a_hyphen(text, value):
    assert parse_number(text) == value


def figures_of(nlp, text):
    return [(f["value"], f["unit"]) for f in nlp(text)._.figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La mairie a embauché une demi-douzaine de saisonniers.", [(6, "saisonniers")]),
        ("Une demi-douzaine d'élus ont quitté la séance.", [(6, "élus")]),
    ],
)
def test_half_a_dozen_counts_six(nlp, sentence, expected):
    assert figures_of(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La candidate a décroché 18/20 à l'oral et 45 points au total.", [(45, "points")]),
        ("Le service d'urgence fonctionne 24/7 avec 12 médecins.", [(12, "médecins")]),
        ("Les Verts l'ont emporté 3/1 devant 8 000 spectateurs.", [(8000, "spectateurs")]),
        ("Seuls 1/3 des crédits ont été versés.", []),
    ],
)
def test_digits_around_a_slash_are_no_count(nlp, sentence, expected):
    assert figures_of(nlp, sentence) == expected
