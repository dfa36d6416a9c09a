"""Boilerplate lines between paragraphs are dropped before extraction."""

import pytest

from pressfacts.clean import clean_text


@pytest.mark.parametrize(
    "link",
    [
        "À VOIR AUSSI - «Nous ne lâcherons rien», promet le maire de Saint-Brieuc",
        "À voir également : le port de Brest paralysé par la grève",
        "» À VOIR AUSSI - Budget: le gouvernement recule sur la taxe",
        "LIRE AUSSI - Les routiers bloquent le périphérique",
    ],
)
def test_related_link_lines_are_dropped(link: str) -> None:
    raw = f"Le conseil municipal a voté le budget mardi.\n\n{link}\n\nLa séance a duré quatre heures."
    assert clean_text(raw) == "Le conseil municipal a voté le budget mardi.\n\nLa séance a duré quatre heures."


def test_a_sentence_that_starts_with_voir_stays() -> None:
    raw = "À voir la foule réunie devant la mairie, le mouvement ne faiblit pas."
    assert clean_text(raw) == raw
