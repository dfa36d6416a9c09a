"""Roles and ages point at the words they are read from (attributes.role_mentions, attributes.age_mention)."""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.components.attribute_mentions import _role_pattern, age_mention, nearest, role_mentions


def _person(rec, name):
    return next(e for e in rec.entities if e.name == name)


def test_apposition_role_and_age_in_words_point_at_their_words():
    text = ("Le tribunal de Rennes a entendu Yannick Le Gall, cinquante-deux ans, éleveur à Loudéac.\n"
            "Le vice-président du conseil départemental des Côtes-d'Armor, Hervé Quéméner, est venu le soutenir.")
    rec = pressfacts.extract(text, published="2024-02-08")
    farmer = _person(rec, "Yannick Le Gall").attributes
    assert farmer.age == 52 and farmer.age_mention is not None and farmer.age_mention.text == "cinquante-deux ans"
    assert [(r.role, r.text) for r in farmer.role_mentions] == [("éleveur à Loudéac", "éleveur à Loudéac")]
    elected = _person(rec, "Hervé Quéméner").attributes
    for r in elected.role_mentions:
        assert text[r.start : r.end] == r.text and r.role in elected.roles
    assert {r.role for r in elected.role_mentions} == set(elected.roles) != set()


def test_the_wording_nearest_the_person_is_chosen():
    text = "Marc Joly, maire de Vannes. Plus loin : Anne Briand, maire de Vannes de 2008 à 2014."
    second = text.index("Anne Briand")
    (m,) = role_mentions(text, ["maire de Vannes"], [(second, second + len("Anne Briand"))])
    assert m["start"] == text.index("maire de Vannes", second)


@pytest.mark.parametrize("text, role, want", [
    ("Deux figures du mouvement, Lina Perret et Paul Vidal, ont pris la parole.", "figure du mouvement",
     "figures du mouvement"),  # one role for each of several people, written in the plural
    ("Sami Haddad, délégué CGT d’Airbus, a répondu.", "délégué CGT d'Airbus", "délégué CGT d’Airbus"),  # apostrophes
    ("Le  secrétaire\u00a0général de FO était présent.", "secrétaire général de FO", "secrétaire\u00a0général de FO"),
])
def test_role_wording_variants(text, role, want):
    (m,) = role_mentions(text, [role], [(0, 3)])
    assert m["text"] == want


def test_a_role_not_written_gets_no_mention_and_a_word_inside_another_does_not_count():
    text = "Claire Roux, ancienne ministre, a parlé aux administrateurs."
    assert role_mentions(text, ["Première ministre"], [(0, 11)]) == []
    assert role_mentions(text, ["ministre"], [(0, 11)])[0]["text"] == "ministre"
    assert role_mentions(text, ["administrateur"], [(0, 11)])[0]["text"] == "administrateurs"
    assert role_mentions(text, ["istre"], [(0, 11)]) == []


@pytest.mark.parametrize("text, age, want", [
    ("Léo Martin, 19 ans, a été interpellé.", 19, "19 ans"),
    ("Léo Martin, âgé de dix-neuf ans, a été interpellé.", 19, "dix-neuf ans"),
    ("Léo Martin, soixante et onze ans, vit seul.", 71, "soixante et onze ans"),
    ("Léo Martin (19\u00a0ans) a été interpellé ; son frère a 23 ans.", 19, "19\u00a0ans"),
])
def test_age_wordings(text, age, want):
    found = age_mention(text, age, [(0, 10)])
    assert found is not None and found["text"] == want and text[found["start"] : found["end"]] == want


def test_no_age_or_no_wording_gives_none():
    assert age_mention("Léo Martin, 19 ans.", None, [(0, 10)]) is None
    assert age_mention("Léo Martin, 19 ans.", 20, [(0, 10)]) is None
    assert nearest([], [(0, 1)]) is None and nearest([(0, 1)], []) is None


@pytest.mark.parametrize("text, role", [
    ("Le MAIRE DE VANNES, Marc Joly, et le Maire de Lorient.", "maire de Vannes"),  # case: lowercase matching
    ("La préſidente de la région, Anne Roux.", "présidente de la région"),  # "ſ" is "s" to re.IGNORECASE
    ("Le dırecteur du port, Ali Kaya.", "directeur du port"),  # so is "ı" to "i"
    ("Le DİRECTEUR du port, Ali Kaya.", "directeur du port"),  # "İ" lowercases to two characters
    ("L'ΑΡΧΗΓΟΣ du parti, Nikos Papas.", "αρχηγοσ du parti"),  # a final sigma
    ("Le directeur du port, Ali Kaya.", "DİRECTEUR du port"),  # the role's own letters
])
def test_role_wording_found_as_a_case_insensitive_pattern_finds_it(text, role):
    # the lowercase shortcut of role_mentions must find what the role's IGNORECASE pattern finds in the text
    want = [m.span() for m in _role_pattern(role).finditer(text)]
    found = role_mentions(text, [role], [(len(text), len(text))])
    assert [(m["start"], m["end"]) for m in found] == want[-1:]
