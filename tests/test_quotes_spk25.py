"""Quote speakers (round 12, spk25): a closing mark typed where the opening one belongs (« » typed as » »), seen in
several outlets; sentences written for these tests."""

from __future__ import annotations

import pytest

from pressfacts.components.quotes.quotations import find_quotations
from quoting import quoted


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


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # A name in a noun's "de" complement between two quotations of one sentence is talked about, not speaking.
        ("Le politologue Marc Deville suit la grève depuis le début. Selon lui, il est probable qu’avec « la fin de "
         "l’année » ou les annonces d’Élisabeth Borne, le « climat social change vite ».",
         "climat social change vite", "Marc Deville"),
        ("« Le dialogue reprend », a assuré Claire Dumas, qui juge le plan de Bruno Le Maire « trop timide ».",
         "trop timide", "Claire Dumas"),
        # Unchanged: a subject who can speak stands between, and the later quotation is his.
        ("« Le dialogue reprend », a assuré Claire Dumas, mais Bruno Le Maire juge la situation « très tendue ».",
         "très tendue", "Bruno Le Maire"),
    ],
)
def test_name_owning_a_noun_does_not_break_the_sentence(nlp, text, quote, want):
    assert quoted(nlp, text).get(quote) == want
