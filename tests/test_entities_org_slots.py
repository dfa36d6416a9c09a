"""Organizations found by the slot their name fills (org16, org22): after "chez", as the agent of owning or asking
("acquis par X", "interrogé par X"), after a noun of a company's parts or data ("le pôle conseil de X", "les
données de X"), as the subject after a verb of announcing (with its article
after an incise: ", souligne l'INRS"), in a list after "les marques ... comme", and
newspapers known with their article written "le X" or quoted ("du « X »"). Sentences written for these tests
(fictional names)."""

import pytest

import pressfacts


def labelled(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Le mannequin a défilé mardi chez Ravelli, puis chez Dornac Couture.", ["Ravelli", "Dornac Couture"]),
        ("Son premier roman est paru chez Valmont Éditions en 2017.", ["Valmont Éditions"]),
    ],
)
def test_a_name_after_chez_is_a_company(text, names):
    found = labelled(text)
    assert [found.get(n) for n in names] == ["ORG"] * len(names)


def test_a_person_after_chez_stays_a_person():
    found = labelled("Les militants se sont retrouvés chez Paul Ferrand, puis de nouveau chez Ferrand.")
    assert found.get("Paul Ferrand") == "PER"
    assert "ORG" not in found.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le jeu télévisé a été racheté par Zentrix Media au printemps.", "Zentrix Media"),
        ("La série, produite au Québec, a été acquise par Borealis Prod en janvier.", "Borealis Prod"),
    ],
)
def test_the_agent_of_buying_is_a_company(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon les chiffres publiés, l'audience a doublé, d'après les données compilées de Mediatrak.", "Mediatrak"),
        ("Claire Vasseur dirige la filiale belge de Pellworth depuis 2016.", "Pellworth"),
    ],
)
def test_a_name_after_a_noun_of_company_data_or_parts_is_the_company(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Le studio a signé un contrat, confirment Québec Images, Fair-Line et Armor Films dans un communiqué.",
         ["Québec Images", "Fair-Line", "Armor Films"]),
        ("Le format a été vendu en Italie, annoncent Studio Brio et Telemare Formats par voie de communiqué.",
         ["Studio Brio", "Telemare Formats"]),
    ],
)
def test_names_listed_after_the_subject_of_an_announcing_verb(text, names):
    found = labelled(text)
    assert [found.get(n) for n in names] == ["ORG"] * len(names)


def test_a_person_after_a_speech_verb_stays_the_speaker():
    found = labelled("« Rien ne change », a indiqué Pablo Zambrano, artisan plombier, et confirme Lucia Orvieto.")
    assert found.get("Pablo Zambrano") == "PER"
    assert "ORG" not in found.values()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Même les marques les plus prisées, comme Lorvane ou Kestel, baissent leurs prix.", ["Lorvane", "Kestel"]),
        ("Les enseignes, comme Darlux et Fenwar, ferment le dimanche.", ["Darlux", "Fenwar"]),
    ],
)
def test_brands_listed_after_a_superlative(text, names):
    found = labelled(text)
    assert [found.get(n) for n in names] == ["ORG"] * len(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pour le Parisien, lundi, la grève était terminée.", "Le Parisien"),
        ("La chronique est signée par la rédaction du « Point ».", "Le Point"),
        ("Une enquête du « Monde » a relancé l'affaire.", "Le Monde"),
        ("Dans le Figaro Magazine, samedi, le chef étoilé Luc Barrand raconte ses débuts.", "Figaro Magazine"),
    ],
)
def test_a_known_title_with_a_lowercase_or_quoted_article(text, name):
    assert labelled(text).get(name) == "ORG"


def test_a_demonym_with_its_adjective_stays_people():
    assert "ORG" not in labelled("Selon l'étude, le Parisien moyen dépense plus qu'avant.").values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les négociateurs sont entrés dans le vif du sujet mardi à Namur.", {"Namur": "LOC"}),
        ("Selon Le Vif, le bourgmestre de Namur démissionnera.", {"Le Vif": "ORG", "Namur": "LOC"}),
    ],
)
def test_a_weekly_named_by_a_common_adjective_needs_its_capital(text, expected):
    assert labelled(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le travail de nuit augmente le risque de cancer, souligne l'INRS dans un dossier publié lundi.", "INRS"),
        ("« Les horaires décalés fatiguent les salariés », affirme l'INRS.", "INRS"),
        ("Les accidents ont reculé de 5 %, précise l'ANACT dans son rapport.", "ANACT"),
    ],
)
def test_a_thing_with_its_article_after_an_incise_verb_is_a_body(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("« Nul n'est au-dessus des lois », rappelle la Constitution.", "Constitution"),
        ("Le gouvernement estime la CSG trop lourde pour les retraités.", "CSG"),
        ("« La hausse sera limitée », estime la CSG.", "CSG"),
    ],
)
def test_a_text_or_a_tax_after_a_verb_of_saying_stays_a_thing(text, name):
    assert labelled(text).get(name) != "ORG"
