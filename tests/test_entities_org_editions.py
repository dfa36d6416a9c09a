"""Organizations: a regional edition or branch named with its place, meetings that are no institution, firms
named after "cabinet", school kinds that are common nouns. Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def labelled(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


def orgs(text: str) -> set[str]:
    return {name for name, label in labelled(text).items() if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "not_place"),
    [
        ("D'après France Bleu Savoie Isère, la station de Valmorin restera fermée jeudi.",
         "France Bleu Savoie Isère", "Isère"),
        ("La rédaction de Paris Match Suisse consacre sa une au mariage du chanteur Paul Vardel.",
         "Paris Match Suisse", "Suisse"),
        ("Une pétition de Greenpeace Belgique réclame l'arrêt du chantier de Bourvin.",
         "Greenpeace Belgique", "Belgique"),
    ],
)
def test_a_place_glued_to_an_organization_is_its_edition(text, name, not_place):
    found = labelled(text)
    assert found.get(name) == "ORG"
    assert not_place not in found


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("La Fédération des randonneurs de Lyon a tenu son assemblée à Grenoble.",
         "Fédération des randonneurs de Lyon", "Grenoble"),
        ("Un porte-parole de l'Union des boulangers, à Marseille, a confirmé la grève.", "Union des boulangers",
         "Marseille"),
    ],
)
def test_a_place_after_a_preposition_or_a_comma_stays_a_place(text, org, place):
    found = labelled(text)
    assert found.get(org) == "ORG"
    assert found.get(place) == "LOC"


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi, le conseil des ministres examinera le projet de budget de Martine Lorvel.",
        "Le Conseil des ministres de la semaine prochaine sera consacré au logement.",
    ],
)
def test_the_council_of_ministers_is_a_meeting_not_an_organization(text):
    assert not any("ministres" in name.lower() for name in orgs(text))


def test_other_councils_stay_organizations():
    assert "Conseil des prud'hommes de Valmont" in orgs("Le Conseil des prud'hommes de Valmont a tranché lundi.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("D'après un décompte du cabinet Tallix, 8 000 personnes ont défilé.", "cabinet Tallix"),
        ("Le cabinet Orvane Conseil a remis son audit à la mairie de Brest.", "cabinet Orvane Conseil"),
    ],
)
def test_a_firm_named_after_cabinet_is_an_organization(text, name):
    assert name in orgs(text)


def test_a_cabinet_without_a_name_is_no_organization():
    assert orgs("Le cabinet du ministre a démenti, et le cabinet ministériel s'est tu.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "La réforme touche d'abord le lycée professionnel, selon les enseignants.",
        "Le collège rural et le lycée agricole manquent de professeurs.",
    ],
)
def test_a_school_kind_in_lowercase_is_a_common_noun(text):
    assert orgs(text) == set()


def test_a_capitalized_school_kind_keeps_its_name():
    assert "Lycée français de Valparaiso" in orgs("Elle a enseigné au Lycée français de Valparaiso pendant dix ans.")


@pytest.mark.parametrize(
    "text",
    [
        "Des lycéens opposés à la sélection à l'Université ont rejoint le cortège de Valmont.",
        "Lucien Darnal fut conseiller à la Présidence avant la crise.",
        "Le roi a annoncé la dissolution des Chambres pour le mois prochain.",
    ],
)
def test_a_bare_head_noun_of_many_institutions_is_no_organization(text):
    assert orgs(text) == set()


def test_a_named_university_stays_an_organization():
    assert "Université de Valmont" in orgs("Elle a étudié à l'Université de Valmont puis à Lille.")


def _fixed(nlp, text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The entities pressfacts_entities keeps when the NER calls tokens start..end an organization."""
    from spacy.tokens import Span

    from pressfacts.components.entities import fix_entities

    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("pressfacts_") and n != "pressfacts_ruler"]):
        doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="ORG")]
    return [(s.text, s.label_) for s in fix_entities(doc, nlp.get_pipe("pressfacts_entities").rules)]


@pytest.mark.parametrize(
    "text",
    [
        "Boulangers, bouchers et fleuristes baisseront le rideau samedi à Valmont.",
        "Cyclisme. Le départ sera donné de Valmont en juillet.",
    ],
)
def test_a_common_word_opening_a_list_or_a_section_is_no_organization(nlp, text):
    assert _fixed(nlp, text, 0, 1) == []


def test_a_common_word_the_article_writes_again_is_left_to_the_other_rules(nlp):
    from spacy.tokens import Span

    from pressfacts.components.entities.noise import _common_word_label
    from pressfacts.extensions import doc_text

    rules = nlp.get_pipe("pressfacts_entities").rules
    for text, expected in [("Fromages, la marque de Paul Morvan, ferme. Les clients de Fromages protestent.", False),
                           ("Fromages, beurres et yaourts manquent dans les rayons de Valmont.", True)]:
        with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("pressfacts_") and n != "pressfacts_ruler"]):
            doc = nlp(text)
        assert _common_word_label(doc, Span(doc, 0, 1, label="ORG"), rules, doc_text(doc)) is expected


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("L'agence de notation sociale Vigeo a publié son rapport sur Valmont.", "Vigeo", "agence de notation sociale"),
        ("L'institut de sondage Ifop a interrogé 1 000 habitants de Valmont.", "Ifop", "institut de sondage"),
    ],
)
def test_a_lowercase_description_before_a_name_is_no_second_organization(text, name, description):
    found = orgs(text)
    assert name in found
    assert description not in found


def test_two_named_organizations_side_by_side_both_stay():
    found = orgs("La commission des finances a reçu la CGT et FO mardi.")
    assert {"commission des finances", "CGT", "FO"} <= found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De Harper’s Bazaar à Vogue, les magazines ont photographié la robe de Lina Varesse.",
         {"Harper’s Bazaar", "Vogue"}),
        ("Selon Les Echos et le Financial Times, la banque de Marc Oudry va fusionner.", {"Les Echos", "Financial Times"}),
        ("Interrogé par Télérama puis par TV5 Monde, le cinéaste Paul Ardent a démenti.", {"Télérama", "TV5 Monde"}),
    ],
)
def test_media_from_the_knowledge_rows(text, names):
    assert names <= orgs(text)


def test_a_media_name_that_is_a_common_word_needs_its_capital():
    assert orgs("Le velours est de nouveau en vogue chez les tailleurs de Valmont.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le chef du service économie du Figaro a rejoint une radio en mars.", "Le Figaro"),
        ("Une enquête des journalistes du Soir révèle des retards sur le chantier de la gare.", "Le Soir"),
        ("Une photographe du Parisien a suivi le cortège jusqu'à la gare du Nord.", "Le Parisien"),
    ],
)
def test_a_title_after_a_contracted_article_is_the_medium(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La finale de la Coupe du Monde aura lieu à Lyon en juillet.", "Le Monde"),
        ("Les acrobates du Cirque du Soleil joueront à Québec cet été.", "Le Soleil"),
        ("Il voyage autour du Monde Diplomatique, son bateau, depuis trois ans.", "Le Monde"),
    ],
)
def test_a_title_word_inside_another_name_is_not_the_medium(text, absent):
    assert absent not in orgs(text)
