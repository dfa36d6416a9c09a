"""Organizations the annotation conventions rule out (GUIDELINES.md): a police corps' acronym naming its officers,
a head noun alone that names no particular institution. Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in pressfacts.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Vers 17 heures, les CRS ont repoussé le cortège vers le pont Wilson à coups de gaz lacrymogène.",
        "Des CRS, épaulés par des gendarmes, barraient l'entrée du rond-point de la Sablière, selon un témoin.",
        "« Je ne suis pas CRS, je travaille dans un commissariat de quartier », explique Julien, 41 ans.",
        "Repoussés par une charge de CRS, les manifestants se sont dispersés dans les rues voisines.",
    ],
)
def test_a_corps_acronym_naming_officers_is_no_organization(text):
    assert "CRS" not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La CRS 12, venue de Montauban, a relevé les policiers de la veille devant la mairie.", "CRS 12"),
        ("Le syndicat Alliance réclame des renforts pour la CRS n° 47, épuisée par six week-ends de suite.",
         "CRS n° 47"),
    ],
)
def test_a_numbered_unit_is_an_organization_with_its_number(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon la préfecture, 1 200 personnes ont défilé samedi dans le centre de Vierzon.",
        "La préfecture a pris un arrêté interdisant les rassemblements autour de la gare jusqu'à lundi.",
    ],
)
def test_a_bare_prefecture_is_no_organization(text):
    assert not any(name.lower().startswith("préfecture") for name in orgs(text))


def test_a_bare_prefecture_after_its_full_name_is_a_form_of_it():
    found = orgs("La préfecture de l'Indre a interdit le défilé de samedi. La préfecture redoute des heurts.")
    assert found["préfecture de l'Indre"] == ["préfecture de l'Indre", "préfecture"]


def test_a_bare_prefecture_before_its_full_name_is_dropped():
    found = orgs("Selon la préfecture, le cortège comptait 900 personnes. La préfecture du Loiret a ensuite annoncé "
                 "trois interpellations.")
    assert found == {"préfecture du Loiret": ["préfecture du Loiret"]}


def test_a_bare_gendarmerie_stays_an_organization():
    assert "gendarmerie" in orgs("Selon la gendarmerie, trois véhicules ont été incendiés dans la nuit à Saint-Brieuc.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Son troisième album a été enregistré à Londres avec le producteur Kavinsk, à qui elle doit ses tubes.",
         "Kavinsk"),
        ("Le producteur Skalpel a signé trois titres de l'album, sorti vendredi.", "Skalpel"),
        # a place for the NER: no known one, a person
        ("Le festival accueillera la chanteuse Orlanza et le rappeur Kemso le 12 juillet.", "Kemso"),
    ],
)
def test_a_lone_name_after_a_profession_of_people_is_a_person(text, name):
    assert name not in orgs(text)
    people = {e.name for e in pressfacts.extract(text).entities if e.label == "PER"}
    assert name in people


def test_a_party_after_a_political_title_stays_an_organization():
    assert "Les Républicains" in orgs("Le maire Les Républicains de Vierzon a signé la pétition jeudi.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Musique – Zélinda, Mavrika, Lucie Arnal, Tom Ferrand… L'année s'annonce chargée.", "Mavrika"),
        ("Pop – Mavrika, Zélinda, Lucie Arnal, Tom Ferrand… les albums attendus.", "Zélinda"),
    ],
)
def test_a_lone_name_in_a_list_of_people_is_a_person(text, name):
    assert name not in orgs(text)
    assert name in {e.name for e in pressfacts.extract(text).entities if e.label == "PER"}


def test_a_list_of_companies_next_to_two_people_stays_companies():
    found = orgs("Renault, Valeo et Michelin ont signé l'accord, selon Paul Morel et Anne Vidal.")
    assert {"Renault", "Valeo", "Michelin"} <= set(found)



def _listed(words: list[str], labels: dict[int, str]) -> list[tuple[str, str]]:
    import spacy
    from spacy.tokens import Span

    from pressfacts.components.entities.conventions import persons_listed_with_persons

    doc = spacy.blank("fr")(" ".join(words))
    spans = []
    for i, label in labels.items():
        end = i + 2 if label == "PER2" else i + 1
        spans.append(Span(doc, i, end, label=label[:3]))
    return [(s.text, s.label_) for s in persons_listed_with_persons(doc, spans)]


def test_brands_listed_with_one_word_persons_stay_organizations():
    # "Gucca , Saint-Maurin , Bouchard": the NER's one-word persons say little, the brand stays
    words = ["Les", "magasins", "(", "Gucca", ",", "Saint-Maurin", ",", "Bouchard", ")", "ferment", "."]
    got = _listed(words, {3: "ORG", 5: "PER", 7: "PER"})
    assert ("Gucca", "ORG") in got


def test_a_lone_name_before_two_full_names_is_a_person():
    words = ["Pop", ":", "Zélinda", ",", "Lucie", "Arnal", "et", "Tom", "Ferrand", "."]
    assert ("Zélinda", "PER") in _listed(words, {2: "ORG", 4: "PER2", 7: "PER2"})


# Round 15 (org30): an institution whose name is its holder's title, right before the holder's name.
@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Le Défenseur des droits Jacques Toubon a réclamé la suspension des lanceurs de balles.", {}),
        ("Saisi par plusieurs familles, le défenseur des droits Jacques Toubon a ouvert une enquête.", {}),
        ("La Défenseure des droits Claire Hédon s'inquiète de la fermeture des guichets.", {}),
        ("« C'est inacceptable », a réagi la défenseure des droits Claire Hédon.", {}),
        ("L'ancien Défenseur des droits Jacques Toubon a été entendu mardi au Sénat.", {"Sénat": ["Sénat"]}),
    ],
)
def test_an_institution_as_the_title_right_before_its_holder_is_no_organization(text, others):
    assert orgs(text) == others


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Défenseur des droits, Jacques Toubon, réclame depuis janvier un moratoire sur ces armes.", "Défenseur des droits"),
        ("Le Défenseur des droits a été saisi de plus de 200 réclamations depuis novembre.", "Défenseur des droits"),
        ("La Défenseure des droits, Claire Hédon, a rendu public son rapport jeudi.", "Défenseure des droits"),
        ("L'institution du Défenseur des droits, dirigée par Jacques Toubon, a reçu 95 000 réclamations.",
         "Défenseur des droits"),
        ("Le président de la Commission européenne Jean-Claude Juncker se dit confiant pour la suite.", "Commission européenne"),
        ("Le secrétaire général de la CGT Philippe Martinez promet un printemps chargé.", "CGT"),
    ],
)
def test_the_institution_set_off_by_commas_or_acting_alone_stays_an_organization(text, name):
    assert name in orgs(text)
