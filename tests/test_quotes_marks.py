"""Quotation marks themselves: nested marks and a closing mark typed where the opening one belongs."""

from __future__ import annotations

import pytest

from pressfacts.components.quotes.quotations import find_quotations
from quoting import quoted, quoted_speakers


@pytest.mark.parametrize(
    ("text", "start", "want"),
    [
        ("« Nous ne pouvons pas laisser les routes bloquées en « prenant en otage » les automobilistes », a averti "
         "le préfet Marc Guillaume.", "Nous ne pouvons pas laisser", "Marc Guillaume"),
        ("« Il faut que la mairie tienne parole et cesse de « jouer la montre » avec nous », a déclaré Julie Martin, "
         "porte-parole du collectif.", "Il faut que la mairie", "Julie Martin"),
    ],
)
def test_nested_marks_keep_the_whole_quotation(nlp, text, start, want):
    got = quoted_speakers(nlp, text)
    assert len(got) == 1
    assert got[0][0].startswith(start) and got[0][1] == want


def test_long_inner_quotation_is_its_own(nlp):
    # A whole sentence inside the marks is a quotation of its own, not a word the outer one quotes.
    text = ("« Le conseil a voté « nous refusons toute fermeture de classe dans la commune » hier », note le maire "
            "Paul Roux.")
    assert all(not t.startswith("Le conseil a voté") for t, _ in quoted_speakers(nlp, text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # After an elision, a space or a sentence's end, with every earlier quotation closed.
        ("La maire a prévenu qu’ » aucune école ne fermera », avant de parler de « rigueur ».",
         ["aucune école ne fermera", "rigueur"]),
        ("Le ministre a vanté une politique d’» ouverture» devant les recteurs.", ["ouverture"]),
        ("Il a rappelé son bilan.» Nous avons tenu nos promesses sur l’emploi», a-t-il lancé.",
         ["Nous avons tenu nos promesses sur l’emploi"]),
        # Unchanged: a closing mark that closes, then an opening one; a link line; a quotation left open before.
        ("« Nous resterons », dit-elle. « Jusqu’au bout ».", ["Nous resterons", "Jusqu’au bout"]),
        ("» LIRE AUSSI - «Grève»: les trains à l’arrêt", ["Grève"]),
        ("« Nous irons loin.\n\nTrès loin.» Puis il part » vite", ["Nous irons loin.\n\nTrès loin."]),
    ],
)
def test_closing_mark_typed_as_opening(text, want):
    assert [text[s:e] for s, e in find_quotations(text)] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Selon Jeanne Morel, il est probable qu’ » avant le printemps » la grève reprenne.",
         "avant le printemps", "Jeanne Morel"),
        ("Paul Renaud a défendu son budget.» Je préfère le redire pour que chacun comprenne», a-t-il déclaré.",
         "Je préfère le redire pour que chacun comprenne", "Paul Renaud"),
    ],
)
def test_mistyped_opening_keeps_its_speaker(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want
