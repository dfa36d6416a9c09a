"""Round 34 classes, found on the organization keys of the non-test articles (work sets; the test split stays
unseen) and checked on sentences written for these tests: an organization named after its lowercase kind noun
("le groupe X", "l'institut X", "le cabinet X") goes by the
kind and the name, as the answer keys write it (GUIDELINES.md: the fullest form), while its mention stays the bare
name; a group's name coordinated with "et" is whole ("le groupe Bretagne et progrès"). Not a network's group ("le
groupe Facebook Colère 71") nor a name opening with "de" ("le théâtre du Rond-Point"). Across articles, the story
joins "groupe X" and "X"."""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.story.entities import name_key


def organizations(text: str) -> dict[str, list[str]]:
    record = pressfacts.extract(text, published="2019-02-12")
    return {e.name: [m.text for m in e.mentions] for e in record.entities if e.label == "ORG"}


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("Au conseil régional, le groupe Bretagne et progrès a quitté la séance jeudi soir.",
     "groupe Bretagne et progrès", "Bretagne et progrès"),
    ("Selon une étude du cabinet Sextant publiée lundi, les loyers ont encore augmenté à Nantes.",
     "cabinet Sextant", "Sextant"),
    ("Un sondage de l'institut Verian pour la radio publique place la liste écologiste en tête à Lille.",
     "institut Verian", "Verian"),
])
def test_an_organization_goes_by_its_kind_noun_and_its_name(text, name, mention):
    got = organizations(text)
    # the mention is the bare name, or the whole when a rule of the NER's span already took the kind in
    assert name in got and got[name][0] in (mention, name), got


def test_the_kind_noun_names_the_entity_of_every_later_mention():
    got = organizations("Le groupe Sarval a racheté deux usines en mai. Sarval promet de garder les 400 salariés.")
    assert got == {"groupe Sarval": ["Sarval", "Sarval"]}, got


@pytest.mark.parametrize(("text", "name"), [
    ("Les administrateurs du groupe Facebook Colère 71 ont appelé à manifester samedi à Mâcon.", "Facebook"),
])
def test_a_network_after_the_kind_noun_keeps_its_own_name(text, name):
    got = organizations(text)
    assert name in got and not any(n.startswith("groupe") for n in got), got


def test_the_story_joins_a_name_with_and_without_its_kind_noun():
    assert name_key("groupe TF1", "ORG") == name_key("TF1", "ORG") == "tf1"
    assert name_key("l'institut Pollingvox", "ORG") == name_key("Pollingvox", "ORG")
    assert name_key("Le cabinet Sextant", "ORG") == "sextant"
    # the article of the name after the kind goes too: "groupe Le Monde" is "Le Monde"
    assert name_key("groupe Le Monde", "ORG") == name_key("Le Monde", "ORG") == "monde"
    assert name_key("groupe L'Oréal", "ORG") == name_key("L'Oréal", "ORG") == "oreal"
    # a name that opens with a preposition after the kind is a name of its own
    assert name_key("théâtre du Rond-Point", "ORG") == "theatre du rond point"
    assert name_key("groupe", "ORG") == "groupe"
    # only organizations: the place "Théâtre Montparnasse" is not the district
    assert name_key("Théâtre Montparnasse", "LOC") != name_key("Montparnasse", "LOC")
    # "Les Républicains" loses its whole article, not "le" of "les"
    assert name_key("Les Républicains", "ORG") == name_key("Républicains", "ORG") == "republicains"


def speakers(text: str) -> dict[str, str | None]:
    record = pressfacts.extract(text, published="2019-02-12")
    names = {e.id: e.name for e in record.entities}
    return {q.text: names.get(q.speaker) if q.speaker else None for q in record.quotes}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Marie Dufour a assuré que les commerçants « seront indemnisés rapidement », sans donner de date.",
     "seront indemnisés rapidement", "Marie Dufour"),
    ("Jean Castel, président de la Fédération des producteurs de fruits, juge que les récoltes « sont franchement "
     "médiocres », sans chiffrer les pertes.", "sont franchement médiocres", "Jean Castel"),
    ("L'adjointe Laure Penven affirme que les travaux « ont pris du retard » à cause des intempéries.",
     "ont pris du retard", "Laure Penven"),
    # the subject noun with its complement
    ("Selon Jean Castel, qui tient un gîte à Murol, les taux de remplissage « restent bien trop bas » cet hiver.",
     "restent bien trop bas", "Jean Castel"),
    ("Jean Castel affirme que les chiffres de fréquentation « sont encore pires » qu'en février.", "sont encore pires",
     "Jean Castel"),
    ("Jean Castel estime que la situation des éleveurs « est devenue intenable ».", "est devenue intenable",
     "Jean Castel"),
])
def test_a_quoted_predicate_after_its_subject_noun_is_the_speakers_words(text, words, speaker):
    # a few quoted words opening on an auxiliary ("les ventes « sont … »") are the clause the speech verb reports,
    # not a label naming the noun before them
    assert speakers(text).get(words) == speaker, speakers(text)


def test_a_slogan_asked_after_its_noun_stays_a_label():
    # the noun is no subject of the quoted words: a slogan read on placards, nobody's words
    got = speakers("Sur les pancartes, on lisait le slogan « sont-ils sourds ? » à chaque carrefour, raconte "
                   "Paul Martin.")
    assert not any(speaker for text, speaker in got.items() if text.startswith("sont-ils")), got


def test_a_capitalized_title_after_a_noun_stays_a_label():
    got = speakers("Le théâtre de la Ville reprend la pièce « Sont-ils partis ? » dès le mois de mars, a indiqué "
                   "sa directrice, Anne Morel.")
    assert not any(text.startswith("Sont-ils") and speaker for text, speaker in got.items()), got


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in pressfacts.extract(text, published=published).dates]


@pytest.mark.parametrize(("text", "published", "want"), [
    # "la veille de" an event, then the day of that event a few words on: the day before that day
    ("Les forains s'inquiètent à la veille de la grande marche de ce samedi à Rouen.", "2019-01-11",
     [("la veille", "2019-01-11"), ("ce samedi", "2019-01-12")]),
    ("Au lendemain de la réunion des maires de mardi dernier, le ton est monté.", "2019-01-11",
     [("Au lendemain", "2019-01-09"), ("mardi dernier", "2019-01-08")]),
])
def test_the_eve_of_an_event_whose_day_follows_a_few_words_on(text, published, want):
    assert dates(text, published) == want


def test_a_day_in_the_next_clause_is_not_the_one_an_eve_counts_from():
    # no comma, but a subject pronoun opens another clause: "mardi" is when he left, not the day of the return
    got = dates("Le lendemain de son retour il est reparti mardi vers Marseille.", "2019-02-12")
    assert [t for t, _ in got] == ["mardi"], got


def test_the_eve_of_an_event_with_no_day_is_no_date():
    got = dates("Il avait été reçu à l'Élysée la veille de son audition par les juges, prévue lundi.", "2019-01-11")
    assert [t for t, _ in got] == ["lundi"], got


_INTRODUCED = ("Jean Castel, président de la Fédération des producteurs de fruits, évoque des ventes « très faibles » "
               "cette semaine. Le maire de la commune, Pierre Lenoir, se dit inquiet.\n\n")


@pytest.mark.parametrize(("incise", "speaker"), [
    # a day between commas, then a medium, then the inverted subject (a role told before, or a name)
    ("a estimé, lundi, sur Radio Nova le président de la Fédération des producteurs de fruits", "Jean Castel"),
    ("a déclaré, mardi soir, le maire de la commune", "Pierre Lenoir"),
    ("a déclaré, mardi soir, à l'AFP le maire de la commune", "Pierre Lenoir"),
    ("a expliqué, samedi matin, Pierre Lenoir", "Pierre Lenoir"),
    # a comma closing the medium: the medium is never the speaker
    ("a estimé sur Radio Nova, le président de la Fédération des producteurs de fruits", "Jean Castel"),
    ("a estimé, lundi, sur Radio Nova, le président de la Fédération des producteurs de fruits", "Jean Castel"),
])
def test_an_incise_past_a_day_and_a_medium_names_its_subject(incise, speaker):
    text = _INTRODUCED + f"Le blocage des routes est « une véritable catastrophe pour nous tous », {incise}."
    assert speakers(text).get("une véritable catastrophe pour nous tous") == speaker, speakers(text)


def test_one_story_entity_for_a_group_with_and_without_its_kind_noun():
    from pressfacts.story import compute_story
    from pressfacts.story.load import Article, sentence_starts

    records = [
        pressfacts.extract("Le groupe Sarval a annoncé lundi la fermeture de son usine de Vierzon.", published="2019-02-11"),
        pressfacts.extract("À Vierzon, les salariés de Sarval ont manifesté mardi devant l'usine.", published="2019-02-12"),
    ]
    records = [r.model_copy(update={"id": f"r{n}"}) for n, r in enumerate(records)]
    story, _, _ = compute_story([Article(r, sentence_starts(r.text)) for r in records])
    sarval = [e for e in story.entities if e.label == "ORG" and "Sarval" in {e.name, *e.aliases}]
    assert len(sarval) == 1 and sarval[0].records == ["r0", "r1"], [(e.name, e.aliases) for e in story.entities]


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.name) for e in pressfacts.extract(text, published="2019-02-12").entities}


@pytest.mark.parametrize(("text", "want"), [
    # the Bordeaux daily in a slot of the press; the region after an article
    ("Interrogée par Sud-Ouest, la commerçante raconte une nuit de panique.", ("ORG", "Sud-Ouest")),
    ("Le journal Sud-Ouest a publié la lettre du préfet.", ("ORG", "Sud-Ouest")),
    ("De violents orages ont frappé le Sud-Ouest dans la nuit.", ("LOC", "Sud-Ouest")),
    ("Des renforts venus du Sud-Ouest sont attendus à Paris.", ("LOC", "Sud-Ouest")),
    # an elided title keeps its article as the ruler's other titles do
    ("Le siège de L'Yonne républicaine, à Auxerre, a été muré par des manifestants.", ("ORG", "L'Yonne républicaine")),
    ("Le siège de L’Yonne républicaine, à Auxerre, a été muré par des manifestants.", ("ORG", "L’Yonne républicaine")),
])
def test_a_regional_title_named_like_a_place(text, want):
    assert want in labelled(text), labelled(text)
