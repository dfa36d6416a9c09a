"""Organizations named by their kind of body: a long name shortened by an acronym of its syllables ("Caisse
nationale d'assurance vieillesse (Cnav)"), a council followed by its territory with no "de" ("conseil régional
Bourgogne-Franche-Comté"), an oversight body named by what it inspects ("l'inspection générale de la police
nationale"), a chamber with a common noun and a town ("chambre régionale des comptes d'Occitanie"). Sentences
written for these tests (fictional facts)."""

import pytest

import pressfacts


def orgs(text: str) -> dict[str, list[str]]:
    entities = pressfacts.extract(text, published="2020-02-10").entities
    return {e.name: [m.text for m in e.mentions] for e in entities if e.label == "ORG"}


def labelled(text: str) -> dict[str, str]:
    return {e.name: e.label for e in pressfacts.extract(text, published="2020-02-10").entities}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Selon la Caisse nationale d'assurance vieillesse (Cnav), les pensions augmenteront de 0,3 % en janvier.",
         "Caisse nationale d'assurance vieillesse", "Cnav"),
        ("La direction régionale de la Caisse nationale d'assurance vieillesse (Cnav) à Lille a publié ses chiffres.",
         "Caisse nationale d'assurance vieillesse", "Cnav"),
        ("La Caisse des congés payés du bâtiment, des travaux publics et de l'hydraulique (Cacobath) a versé les "
         "indemnités d'intempéries à 80 entreprises.",
         "Caisse des congés payés du bâtiment, des travaux publics et de l'hydraulique", "Cacobath"),
        ("Selon l'Office régional de la santé publique et du handicap (Orsaph), 300 dossiers attendent.",
         "Office régional de la santé publique et du handicap", "Orsaph"),
    ],
)
def test_an_acronym_of_syllables_in_parentheses_names_the_long_institution_before_it(text, name, acronym):
    assert acronym in orgs(text).get(name, [])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La Fédération nationale des syndicats agricoles (Paris) a protesté contre la réforme.", "Paris"),
        ("Le Comité des fêtes a publié samedi son programme (Lannion) pour l'été.", "Lannion"),
    ],
)
def test_a_word_in_parentheses_that_the_name_does_not_spell_is_no_alias(text, word):
    assert all(word not in mentions for mentions in orgs(text).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marc Delorme, président du conseil régional Bourgogne-Franche-Comté, a reçu les maires lundi.",
         "conseil régional Bourgogne-Franche-Comté"),
        ("Les élus du conseil départemental Haute-Garonne ont voté la motion mardi matin.",
         "conseil départemental Haute-Garonne"),
        ("Le budget a été adopté par le conseil régional Provence-Alpes-Côte d'Azur jeudi soir.",
         "conseil régional Provence-Alpes-Côte d'Azur"),
    ],
)
def test_a_council_and_its_territory_without_de_are_one_organization(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'inspection générale de la police nationale a été saisie après la chute du motard.",
         "inspection générale de la police nationale"),
        ("Une enquête a été confiée à l'inspection générale de la gendarmerie nationale, selon le parquet.",
         "inspection générale de la gendarmerie nationale"),
        ("L'inspection du travail a relevé trois manquements sur le chantier de Vénissieux.", "inspection du travail"),
    ],
)
def test_an_inspection_body_keeps_what_it_inspects_in_its_name(text, name):
    assert labelled(text).get(name) == "ORG"


def test_the_police_itself_stays_the_police():
    found = labelled("La police nationale a ouvert une enquête mardi, et l'IGPN a été saisie à Rennes.")
    assert found.get("police nationale") == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La chambre régionale des comptes d'Occitanie a épinglé la gestion de la commune.",
         "chambre régionale des comptes d'Occitanie"),
        ("Le rapport de la chambre régionale des comptes de Bretagne sera rendu public en mars.",
         "chambre régionale des comptes de Bretagne"),
    ],
)
def test_a_chamber_a_common_noun_and_its_region_are_one_organization(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La présidente de l'association des maires ruraux de France a dénoncé la fermeture des classes.",
         "association des maires ruraux de France"),
        ("L'association des paralysés de France réclame des places de parking devant la mairie.",
         "association des paralysés de France"),
    ],
)
def test_a_lowercase_association_named_by_its_members_is_an_organization(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "L'association de défense des consommateurs a porté plainte mardi à Angers.",
        "Une association de riverains a écrit au maire de Brest jeudi.",
    ],
)
def test_an_association_of_a_kind_is_no_name(text):
    assert not any(name.startswith("association") for name in orgs(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon le groupement de gendarmerie départementale du Var, trois blocages ont été levés.",
         "groupement de gendarmerie départementale du Var"),
        ("Le groupement de gendarmerie de la Manche a ouvert une enquête après l'incendie.",
         "groupement de gendarmerie de la Manche"),
        ("Le barreau de Lyon a voté mardi une motion contre la réforme de la justice.", "barreau de Lyon"),
    ],
)
def test_a_gendarmerie_group_or_a_bar_named_by_its_complement_is_an_organization(text, name):
    assert labelled(text).get(name) == "ORG"


def test_a_group_with_no_complement_is_no_organization():
    text = "Ils ont été interpellés pour participation à un groupement en vue de commettre des violences."
    assert not orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La CGT-Cheminots a déposé un préavis de grève pour le 5 décembre.", "CGT-Cheminots"),
        ("Le responsable de FO-Métaux a quitté la réunion en colère jeudi soir.", "FO-Métaux"),
    ],
)
def test_a_confederation_glued_to_its_sector_by_a_hyphen_is_one_branch(text, name):
    assert labelled(text).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "acronym", "alias"),
    [
        ("Une enquête a été confiée à l'IGPN (la police des polices) après le tir de LBD à Nantes.", "IGPN",
         "police des polices"),
        ("Le Crous (le centre régional des oeuvres universitaires) a fermé la cafétéria lundi.", "Crous",
         "centre régional des oeuvres universitaires"),
    ],
)
def test_a_gloss_in_parentheses_after_its_article_is_an_alias(text, acronym, alias):
    assert alias in orgs(text).get(acronym, [])


# Round 15 (org30): a police corps named by its country's or town's adjective; a (haut-)commissariat named by its
# charge after "au"/"aux"/"à la". The whole probe set is tests/probes/org30.jsonl.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La police belge a interpellé trois hommes lors d'une perquisition à Molenbeek.", "police belge"),
        ("Selon la police montréalaise, une dizaine de manifestants ont été arrêtés samedi soir.", "police montréalaise"),
        ("La police algérienne a empêché le rassemblement prévu devant la Grande Poste.", "police algérienne"),
        ("La gendarmerie belge a fermé l'autoroute pendant deux heures.", "gendarmerie belge"),
        ("Un porte-parole de la police londonienne a confirmé l'arrestation du conducteur.", "police londonienne"),
        ("Une douzaine de manifestants, encadrés par la police new-yorkaise, ont défilé devant le consulat.",
         "police new-yorkaise"),
    ],
)
def test_a_police_corps_with_its_place_adjective_is_an_organization(text, name):
    assert orgs(text) == {name: [name]}


@pytest.mark.parametrize(
    "text",
    [
        "Un policier belge a été blessé lors de l'intervention à Charleroi.",
        "La police a dispersé les manifestants à coups de gaz lacrymogènes.",
        "Les polices européennes coopèrent davantage depuis les attentats.",
        "Une voiture de police belge a été incendiée dans la nuit.",
        "Les syndicats de police français dénoncent l'épuisement des agents.",
        "La police, belge comme française, reste sur les dents avant le sommet.",
        "Des agents de police québécois ont été dépêchés sur place.",
    ],
)
def test_police_without_a_corps_adjective_agreeing_with_it_is_no_organization(text):
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Haut-Commissariat aux réfugiés estime que 2 000 migrants ont péri en Méditerranée.",
         "Haut-Commissariat aux réfugiés"),
        ("Le Haut-Commissariat à l'amazighité organise un colloque à Tizi Ouzou.", "Haut-Commissariat à l'amazighité"),
        ("Selon le Commissariat à l'énergie atomique, le réacteur pourrait redémarrer en mai.",
         "Commissariat à l'énergie atomique"),
        ("Le Haut-Commissariat au plan prévoit une croissance de 3 % cette année.", "Haut-Commissariat au plan"),
        ("Le Commissariat général au développement durable a publié jeudi ses chiffres.",
         "Commissariat général au développement durable"),
    ],
)
def test_a_commissariat_named_by_its_charge_is_an_organization(text, name):
    assert orgs(text) == {name: [name]}


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Le commissariat aux droits de l'homme du Conseil de l'Europe s'inquiète dans un rapport du nombre de blessés.",
         "commissariat aux droits de l'homme du Conseil de l'Europe", "Conseil de l'Europe"),
        ("Un rapport du Haut-Commissariat aux droits de l'homme de l'ONU dénonce les arrestations.",
         "Haut-Commissariat aux droits de l'homme de l'ONU", "ONU"),
    ],
)
def test_a_commissariat_named_by_its_charge_keeps_the_body_it_belongs_to(text, name, owner):
    assert set(orgs(text)) == {name, owner}


@pytest.mark.parametrize(
    "text",
    [
        "Le suspect a été conduit au commissariat pour y être entendu.",
        "Il a passé la nuit au commissariat de police avant d'être relâché.",
        "Trois jeunes ont porté plainte au commissariat à la suite de l'agression.",
        "Elle s'est rendue au commissariat à pied, accompagnée de sa mère.",
        "Un commissariat aux portes de la ville a été incendié.",
        "Le commissariat au centre-ville restera fermé jusqu'à lundi.",
        "Le haut-commissaire aux réfugiés Filippo Grandi s'est rendu au Niger.",
    ],
)
def test_a_police_station_or_a_commissioner_is_no_commissariat_named_by_its_charge(text):
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bureau national du PS a validé la liste mardi soir.", ["PS", "bureau national du PS"]),
        ("Membre du bureau confédéral de la CFDT, elle suit le dossier des retraites.",
         ["CFDT", "bureau confédéral de la CFDT"]),
        ("Le bureau politique du Rassemblement national se réunit lundi.",
         ["Rassemblement national", "bureau politique du Rassemblement national"]),
        ("Le bureau politique du FLN a désigné son candidat.", ["FLN", "bureau politique du FLN"]),
        # the owner found by the NER alone, or opening on its article, stays an organization of its own
        ("Le bureau politique des Républicains s'est réuni mardi soir à Paris.",
         ["Républicains", "bureau politique des Républicains"]),
        ("Le bureau national de La République en marche a validé la liste des candidats.",
         ["La République en marche", "bureau national de La République en marche"]),
        # near misses: an office, a polling station, a bureau with no owner named
        ("Le bureau de vote a fermé ses portes à 18 heures.", []),
        ("Le bureau de poste du village va fermer.", []),
        ("Les bureaux de la CGT ont été tagués dans la nuit.", ["CGT"]),
        ("Un bureau politique est prévu mardi, selon Les Républicains.", ["Les Républicains"]),
    ],
)
def test_a_party_s_bureau_named_by_its_adjective_and_owner_is_an_organization(text, expected):
    assert sorted(orgs(text)) == sorted(expected)
