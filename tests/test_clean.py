"""Boilerplate lines between paragraphs are dropped before extraction."""

import unicodedata

import pytest

from pressfacts import extract
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


@pytest.mark.parametrize(
    "stamp",
    ["Article initialement publié le 3 mars.", "Article mis à jour le 12 avril 2019 à 10h."],
)
def test_publication_stamp_lines_are_dropped(stamp: str) -> None:
    raw = f"Le maire de Vernac a inauguré le pont.\n\n{stamp}\n\nLes travaux ont duré deux ans."
    want = "Le maire de Vernac a inauguré le pont.\n\nLes travaux ont duré deux ans."
    assert clean_text(raw) == want


def test_an_article_of_law_line_stays() -> None:
    raw = "Article initialement prévu par la loi de 1905, le texte reste en vigueur."
    assert clean_text(raw) == raw


def test_a_sentence_that_starts_with_voir_stays() -> None:
    raw = "À voir la foule réunie devant la mairie, le mouvement ne faiblit pas."
    assert clean_text(raw) == raw


def test_decomposed_accents_are_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Le préfet de l'Hérault a reçu les élus à Béziers.")
    assert len(decomposed) > len("Le préfet de l'Hérault a reçu les élus à Béziers.")
    assert clean_text(decomposed) == "Le préfet de l'Hérault a reçu les élus à Béziers."


def test_decomposed_accents_do_not_hide_a_place() -> None:
    record = extract(unicodedata.normalize("NFD", "Les manifestants se sont retrouvés à Pézenas, puis à Sète."),
                     published="2019-03-02")
    assert record.text == "Les manifestants se sont retrouvés à Pézenas, puis à Sète."
    assert [(e.name, e.label) for e in record.entities] == [("Pézenas", "LOC"), ("Sète", "LOC")]


def test_soft_hyphens_and_zero_width_spaces_are_dropped() -> None:
    text = "La juge Hélène Vasseur-Du\u00adpré a entendu Karim\u200b Benali.\u00ad\u00ad"
    assert clean_text(text) == "La juge Hélène Vasseur-Dupré a entendu Karim Benali."


def test_a_soft_hyphen_after_a_name_does_not_split_the_person() -> None:
    record = extract("« Nous ferons appel », a annoncé l'avocate Sandrine Mazel\u00ad\u00ad. Sandrine Mazel "
                     "plaidera en mars.", published="2024-03-04")
    assert [(e.name, e.label) for e in record.entities] == [("Sandrine Mazel", "PER")]
    assert [q.speaker for q in record.quotes] == [record.entities[0].id]
