"""Round 45 classes, from the errors that remain over every non-test key pooled (the dev split, the work keys and
the fresh dev halves: about 300 articles), kept only when they recur in several articles and outlets, each
reproduced first in sentences of our own:
- a feast named with no article ("passer Noël sur le rond-point", "ils fêtent Noël", "Noël approche") is a date
  wherever it stands (GUIDELINES: "Noël" is a date, in the year the tense points to), not only after a cue word;
  after "de" it names a thing ("le marché de Noël", "les décorations de Noël", "la trêve de Noël", as round 31
  settled); the figure ("le père Noël") and a first name with its surname ("Noël Mamère", and a lone "Noël" in an
  article that names him) are no date;
- the same for the movable feast named with no article ("Pâques approche", "Pâques 2018"; not "l'île de Pâques");
- such a feast is no person nor thing (the NER and the first names took "Noël" for a person);
- a relative day opening a sentence ("Après-demain, le Sénat votera") is no entity (our own battery of time words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extracting import date_pairs, entity_labels

PUB = "2018-12-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("Les bénévoles du rond-point comptent bien passer Noël ensemble sous la tente.", [("passer Noël", "2018-12-25")]),
    ("Malgré la pluie, les manifestants ont fêté Noël au péage, dans la bonne humeur.", [("Noël", "2018-12-25")]),
    ("« On fera Noël ici, avec nos familles », promet une retraitée venue de Cahors.", [("Noël", "2018-12-25")]),
    ("Pour beaucoup de familles modestes, Noël sera synonyme de privations.", [("Noël", "2018-12-25")]),
    ("Noël approche et les stocks de jouets s'épuisent dans les entrepôts.", [("Noël", "2018-12-25")]),
    ("Les grévistes menacent de gâcher Noël aux voyageurs.", [("Noël", "2018-12-25")]),
    # told after the day: the last one
    ("Les militants ont passé Noël sous la bâche, sans électricité.", [("passé Noël", "2018-12-25")]),
])
def test_feast_without_article_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_pairs(text, PUB) == expected


def test_feast_told_after_it_is_the_last_one() -> None:
    assert date_pairs("Les gilets jaunes ont fêté Noël sur le rond-point de Virsac.", "2019-01-04") == [
        ("Noël", "2018-12-25")]


# Cases of the round's review (a helper's own sentences): a year or a direction after the feast tells which one; a
# headline's last word is no first name; "Jean-Noël" names no one "Noël".
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Noël 2018 restera comme celui des gilets jaunes.", "2019-01-05", [("Noël 2018", "2018-12-25")]),
    ("Noël 2017 avait été marqué par une grève des contrôleurs.", "2018-12-20", [("Noël 2017", "2017-12-25")]),
    ("Noël dernier, la caserne avait déjà été bloquée.", "2018-12-20", [("Noël dernier", "2017-12-25")]),
    ("Noël prochain sera plus sobre, promet le maire.", "2019-01-05", [("Noël prochain", "2019-12-25")]),
    ("La Saint-Sylvestre dernière, les pompiers étaient intervenus.", "2018-12-20",
     [("La Saint-Sylvestre dernière", "2017-12-31")]),
    ("Ils passeront Noël ensemble. Jean-Noël Barrot viendra aussi.", "2018-12-20", [("Noël", "2018-12-25")]),
    ("Les gilets jaunes ont fêté Noël\nSur le rond-point de Virsac, l'ambiance était bonne.", "2018-12-27",
     [("Noël", "2018-12-25")]),
    ("Noël devient peu à peu une fête commerciale.", "2018-12-20", [("Noël", "2018-12-25")]),
])
def test_feast_year_direction_and_lines(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert date_pairs(text, published) == expected


@pytest.mark.parametrize("text", [
    "Le marché de Noël de Colmar a rouvert ses portes.",
    "Les décorations de Noël illuminent l'avenue depuis une semaine.",
    "Le père Noël distribuait des bonbons aux enfants du quartier.",
    "Un Père Noël en gilet jaune a défilé devant la mairie.",
    "L'ancien député Noël Mamère soutient le mouvement.",
    "L'ancien député Noël Mamère soutient le mouvement. Selon Noël, le gouvernement a tort.",
    "Le chant Petit Papa Noël résonnait dans la galerie marchande.",
    "Les commerçants redoutent une trêve de Noël sans clients.",
    "Le différend entre Noël et son voisin a fini devant le juge de paix.",
    "Une centaine de pères Noël ont défilé dans le centre de Quimper.",
    "La mère Noël distribuait des bonbons.",
    "Le Noël des enfants du personnel a été annulé.",
    "Au Noël de la CGT, les militants ont chanté.",
    "un vieux noël provençal résonnait dans l'église.",
    "« C'est injuste », assure Noël, un retraité de la SNCF.",
    "Noël, 52 ans, chauffeur routier, a rejoint le mouvement.",
])
def test_no_feast_in_names_and_things(text: str) -> None:
    assert date_pairs(text, PUB) == []


@pytest.mark.parametrize("text", [
    "Les bénévoles du rond-point comptent bien passer Noël ensemble sous la tente.",
    "Malgré la pluie, les manifestants ont fêté Noël au péage de Virsac.",
    "Un Père Noël en gilet jaune a défilé devant la mairie.",
    "Le marché de Noël de Colmar a rouvert ses portes.",
    "Le Père Noël est passé dans les rues.",
    "D'ici Noël, la prime sera versée.",
])
def test_feast_is_no_entity(text: str) -> None:
    assert "Noël" not in entity_labels(text, PUB)
    assert "Père Noël" not in entity_labels(text, PUB)


@pytest.mark.parametrize(("text", "name"), [
    ("L'ancien député Noël Mamère soutient le mouvement.", "Noël Mamère"),
    ("Noël Le Graët a présidé la réunion.", "Noël Le Graët"),
    ("« C'est injuste », assure Noël, un retraité de la SNCF.", "Noël"),
])
def test_first_name_with_surname_stays_a_person(text: str, name: str) -> None:
    assert entity_labels(text, PUB).get(name) == "PER"


def test_feast_bearers_agree() -> None:
    """The feasts named with no article, their figure's words and the persons' titles are listed twice, for the dates
    and for the entities (each component keeps its own data): both lists must say the same."""
    pipelines = Path(__file__).resolve().parents[1] / "pipelines"

    def rows(name: str) -> list[dict[str, str]]:
        lines = (pipelines / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]

    for dates_kind, entities_rule in (("holiday_bearer", "feast_bearer"), ("feast_title", "feast_title")):
        dates = {r["word"] for r in rows("date_words.jsonl") if r.get("kind") == dates_kind}
        entities = {r["text"] for r in rows("entity_rules.jsonl") if r.get("rule") == entities_rule}
        assert dates == entities and dates
    feasts = {r["word"] for r in rows("date_words.jsonl") if r.get("kind") in ("bare_holiday", "bare_feast")
              and not r["word"].lower().startswith(("le ", "la "))}
    assert feasts == {r["text"] for r in rows("entity_rules.jsonl") if r.get("rule") == "feast"} == {"Noël", "Pâques"}


@pytest.mark.parametrize("text", [
    "Après-demain, le Sénat votera le texte.",
    "Après-demain, les routiers bloqueront les dépôts de carburant.",
])
def test_relative_day_opening_a_sentence_is_no_entity(text: str) -> None:
    """Found by our own battery of time words: the NER took a sentence-opening "Après-demain" for a body or a place."""
    assert "Après-demain" not in entity_labels(text, PUB)
    assert date_pairs(text, PUB)[0] == ("Après-demain", "2018-12-22")


@pytest.mark.parametrize(("text", "expected"), [
    ("Pâques approche et les chocolatiers espèrent de bonnes ventes.", [("Pâques", "2019-04-21")]),
    ("Ils passeront Pâques sur le rond-point de Cahors.", [("Pâques", "2019-04-21")]),
    ("Pâques 2018 avait été marqué par une grève des contrôleurs.", [("Pâques 2018", "2018-04-01")]),
    ("Le lundi de Pâques, les magasins seront fermés.", [("Le lundi de Pâques", "2019-04-22")]),
    ("L'île de Pâques attire de nombreux touristes.", []),
    ("Les œufs de Pâques sont en rayon depuis longtemps.", []),
    ("Pâques de l'enfance reste un souvenir doux.", []),
    ("les pâques orthodoxes tombent plus tard.", []),
    # the review's cases (a helper's own sentences)
    ("Pâques dernier, la préfecture avait interdit tout rassemblement.", [("Pâques dernier", "2018-04-01")]),
    ("Pâques devient peu à peu une fête commerciale.", [("Pâques", "2019-04-21")]),
    ("Pâques 2020 devrait être plus calme.", [("Pâques 2020", "2020-04-12")]),
    ("Pâques orthodoxe sera célébrée une semaine après.", []),
    ("Les Pâques orthodoxes tombent une semaine plus tard.", []),
    ("Le maire, Jean-Claude Pâques, a démissionné en février.", [("février", "2019-02")]),
    ("Les Pâques à New York, le poème, sera lu au théâtre.", []),
    ("« Pâques, c'est sacré », lance le curé.", [("Pâques", "2019-04-21")]),
])
def test_movable_feast_without_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert date_pairs(text, "2019-03-20") == expected
