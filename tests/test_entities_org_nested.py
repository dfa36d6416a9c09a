"""Organizations inside another's name ("Conseil de sécurité de l'ONU"), an institution with the organization it
belongs to ("commission des lois du Sénat"), coordinated complements ("commission des lois et des affaires
économiques"), and a full stop glued after a digit ("Europe 1.De même"). Sentences written for these tests
(fictional names)."""

import pytest

import pressfacts
from pressfacts.clean import clean_text


def orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in pressfacts.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("Le Conseil de sécurité de l'ONU se réunira jeudi à la demande de Berlin.",
         "Conseil de sécurité de l'ONU", "ONU"),
        ("Le comité d'entreprise de la RATP a voté une motion de défiance contre Paul Verdier.",
         "comité d'entreprise de la RATP", "RATP"),
        ("Une délégation de l'Union européenne rencontrera la commission exécutive de la CFDT lundi à Lille.",
         "commission exécutive de la CFDT", "CFDT"),
    ],
)
def test_an_acronym_inside_an_organization_is_one_too(text, outer, inner):
    found = orgs(text)
    assert outer in found
    assert found[inner] == [inner]


@pytest.mark.parametrize(
    "text",
    [
        "L'ambassade des USA à Paris a fermé ses portes samedi, a indiqué Marc Delorme.",
        "Le syndicat a écrit à l'université Paris-II et à la direction de la CGT, qui n'a pas répondu. "
        "La CGT réunira son bureau mardi.",
    ],
)
def test_places_numerals_and_known_organizations_are_not_added_twice(text):
    entities = pressfacts.extract(text).entities
    names = [e.name for e in entities]
    assert "USA" not in [e.name for e in entities if e.label == "ORG"]
    assert "II" not in names
    assert names.count("CGT") <= 1


@pytest.mark.parametrize(
    ("text", "name", "mention", "owner"),
    [
        ("Le préfet a été entendu mardi par la commission des finances du Sénat sur le coût des dégradations.",
         "commission des finances du Sénat", "commission des finances", "Sénat"),
        ("Jeanne Morel a démissionné du comité d'éthique de l'Assemblée nationale, selon son entourage.",
         "comité d'éthique de l'Assemblée nationale", "comité d'éthique", "Assemblée nationale"),
    ],
)
def test_an_institution_is_named_with_the_organization_it_belongs_to(text, name, mention, owner):
    found = orgs(text)
    assert found[name] == [mention]
    assert found[owner] == [owner]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministre sera auditionné par la commission des lois et des affaires sociales jeudi matin.",
         "commission des lois et des affaires sociales"),
        ("Le ministère de la Culture et de la Communication a publié le décret vendredi.",
         "ministère de la Culture et de la Communication"),
        ("La chambre de commerce et d'industrie de Rouen s'inquiète des blocages sur le port.",
         "chambre de commerce et d'industrie de Rouen"),
    ],
)
def test_coordinated_complements_belong_to_the_name(text, name):
    assert name in orgs(text)


def test_a_coordinated_subject_is_not_part_of_the_name():
    found = orgs("La commission des lois et des députés ont rejeté l'amendement de Paul Verdier mardi.")
    assert "commission des lois" in found
    assert not any("députés" in n for n in found)


def test_a_full_stop_glued_after_a_digit_ends_the_sentence():
    assert clean_text("Il l'a dit sur Radio 7.Le lendemain, il s'est rétracté.") == \
        "Il l'a dit sur Radio 7. Le lendemain, il s'est rétracté."
    assert clean_text("Le taux atteint 3.5 % cette année.") == "Le taux atteint 3.5 % cette année."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Une chronique parue dans Le Quotidien de Tlemcen d'hier répond point par point au ministre.",
         "Le Quotidien de Tlemcen"),
        ("Le philosophe cite un article paru dans Le Mensuel littéraire, en kiosque depuis lundi.",
         "Le Mensuel littéraire"),
    ],
)
def test_a_title_opening_with_a_medium_noun_is_an_organization(text, name):
    assert name in orgs(text)


def test_a_bare_medium_noun_title_takes_its_article_and_joins_its_other_mentions():
    found = orgs("Il a signé un contrat de pigiste dans les pages du Journal. Le Journal a publié sa lettre mardi.")
    assert found == {"Le Journal": ["Journal", "Le Journal"]}


def test_an_event_names_its_organizer_and_a_heading_in_capitals_names_no_acronym():
    found = orgs("Le ministre s'est rendu à la Conférence de l'ONU sur le climat en Pologne. "
                 "CHRONIQUE DE PAUL VERDIER - Le jaune est partout cet hiver.")
    assert found["ONU"] == ["ONU"]
    assert not any("Conférence" in n for n in found)
    assert "PAUL" not in found and "VERDIER" not in found


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Fondé en juin 2017, Les Barjols, un groupe d'ultradroite, compte une quarantaine de membres.",
         "Les Barjols", "Barjols"),
        ("Dissous en 2019, Les Sentinelles, un groupe considéré comme radical, comptait 30 membres.",
         "Les Sentinelles", "Les Sentinelles"),
    ],
)
def test_a_capitalized_article_in_mid_sentence_belongs_to_the_name(text, name, mention):
    assert orgs(text)[name] == [mention]


def test_an_article_opening_the_sentence_is_no_part_of_the_name():
    assert "Parti québécois" in orgs("Le Parti québécois promet une réponse aux régions fâchées, dit Paul Verdier.")


# Round 15 (org30): the NER runs a committee's capitalized portfolio on into its owner ("Lois du Sénat"); the
# committee keeps its owner in its name and the owner is an organization of its own. Probes: tests/probes/org30.jsonl.
@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("La commission des Lois du Sénat a adopté le texte mercredi soir.", "commission des Lois du Sénat", "Sénat"),
        ("Le texte sera examiné mardi en commission des Lois de l'Assemblée.", "commission des Lois de l'Assemblée",
         "Assemblée"),
        ("Le président de la commission des Finances du Sénat, Vincent Éblé, a réagi.",
         "commission des Finances du Sénat", "Sénat"),
        ("La commission des Affaires sociales de l'Assemblée nationale auditionnera la ministre jeudi.",
         "commission des Affaires sociales de l'Assemblée nationale", "Assemblée nationale"),
        ("La commission des Affaires étrangères du Sénat a publié un rapport sur le Sahel.",
         "commission des Affaires étrangères du Sénat", "Sénat"),
    ],
)
def test_a_committee_with_a_capitalized_portfolio_keeps_its_owner(text, outer, inner):
    assert set(orgs(text)) == {outer, inner}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Banque de France a relevé sa prévision de croissance.", "Banque de France"),
        ("Le Conseil de l'Europe a publié un rapport sévère jeudi.", "Conseil de l'Europe"),
        ("Le tribunal de grande instance de Paris a condamné le prévenu à deux ans.", "tribunal de grande instance de Paris"),
        ("La préfecture de police de Paris a interdit la manifestation.", "préfecture de police de Paris"),
        ("La Chambre de commerce de Québec a salué l'annonce du gouvernement.", "Chambre de commerce de Québec"),
        ("La Cour de justice de la République jugera l'ancien ministre au printemps.", "Cour de justice de la République"),
    ],
)
def test_a_name_with_a_place_or_its_own_complement_is_not_split(text, name):
    assert set(orgs(text)) == {name}
