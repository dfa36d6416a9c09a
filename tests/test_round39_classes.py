"""Round 39 classes, checked on sentences written for these tests:
- organizations: two names joined by a slash ("la coalition Ligue/Mouvement 5 étoiles") are two organizations,
  and the first keeps no slash (the NER's span ran on to it);
- dates: "aujourd'hui" is the publication day also where it means "nowadays" (GUIDELINES.md, settled this round
  from the keys' own practice)."""

from __future__ import annotations

import pytest

import pressfacts


def entities(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2019-03-12").entities}


def dates(text: str, published: str) -> list[str | None]:
    return [d.value for d in pressfacts.extract(text, published=published).dates]


@pytest.mark.parametrize(("text", "names"), [
    ("À Rome, la coalition Ligue/Mouvement 5 étoiles se déchire sur le budget.", {"Ligue", "Mouvement 5 étoiles"}),
    ("Le tandem Renault/Nissan traverse sa pire crise depuis vingt ans.", {"Renault", "Nissan"}),
    ("Aux régionales, les listes EELV/PS ont fusionné entre les deux tours.", {"EELV", "PS"}),
])
def test_names_joined_by_a_slash_are_two_organizations(text, names):
    found = entities(text)
    assert names <= {n for n, label in found.items() if label == "ORG"}
    assert not any(n.endswith("/") for n in found)


@pytest.mark.parametrize(("text", "value"), [
    ("Ils sont aujourd'hui plus de deux mille à camper devant la préfecture.", "2019-01-26"),
    ("La bretelle d'accès reste aujourd'hui interdite aux camions, selon la préfecture.", "2019-01-26"),
    ("Aujourd'hui, la ministre recevra les syndicats à Bercy.", "2019-01-26"),
])
def test_today_is_the_publication_day(text, value):
    assert dates(text, "2019-01-26") == [value]
