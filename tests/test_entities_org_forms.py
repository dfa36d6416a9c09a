"""Organizations: the short forms of a name, its boundaries, people the medium's noun does not make companies.
Sentences written for these tests (fictional names)."""

import pytest

import pressfacts


def orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in pressfacts.extract(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("La préfecture de police de Lyon a interdit le rassemblement de dimanche. Selon la préfecture, des heurts "
         "étaient à craindre.", "préfecture de police de Lyon", "préfecture"),
        ("La Commission européenne a rejeté le budget présenté par Rome. La Commission attend une nouvelle copie "
         "avant lundi.", "Commission européenne", "Commission"),
        ("La Cour des comptes juge sévèrement la gestion du port. La Cour recommande de vendre deux navires.",
         "Cour des comptes", "Cour"),
    ],
)
def test_a_head_noun_alone_is_the_one_organization_it_opens(text, name, short):
    found = orgs(text)
    assert short in found[name]
    assert short not in found


def test_a_head_noun_shared_by_two_organizations_stays_apart():
    found = orgs("L'Assemblée nationale et l'Assemblée constituante se disputent le pouvoir à Caracas. "
                 "L'Assemblée a voté mardi une motion.")
    assert found["Assemblée nationale"] == ["Assemblée nationale"]
    assert found["Assemblée constituante"] == ["Assemblée constituante"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Cour des comptes épingle la gestion de l'hôpital de Vierzon.", "Cour des comptes"),
        ("Le Conseil supérieur de l'audiovisuel rappelle la chaîne à l'ordre.", "Conseil supérieur de l'audiovisuel"),
    ],
)
def test_an_organization_ends_before_the_verb_the_ner_ran_over(text, name):
    assert name in orgs(text)


def test_a_verb_like_word_inside_a_party_name_stays():
    assert "La République en marche" in orgs("Des militants de La République en marche ont tracté au marché.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("« Le débat s'essouffle », a expliqué à l'hebdomadaire Hélène Vasseur, une des garantes.", "Hélène Vasseur"),
        ("Les comptes rendus seront lus par des prestataires, a indiqué au quotidien régional Thomas Girardot, un des "
         "organisateurs.", "Thomas Girardot"),
    ],
)
def test_a_person_speaking_to_a_medium_is_no_organization(text, person):
    rec = pressfacts.extract(text)
    assert {e.label for e in rec.entities if e.name == person} == {"PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La société Marie Laure a fermé son atelier de Cholet.", "Marie Laure"),
        ("Selon l'hebdomadaire Marianne, les garants seront nommés jeudi.", "Marianne"),
    ],
)
def test_a_company_or_a_medium_named_like_a_person_stays_an_organization(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "acronym", "institution"),
    [
        ("Trente manifestants ont été interpellés, selon la PP, a indiqué le parquet de Paris.", "PP", "parquet de Paris"),
        ("Le PS dénonce une enquête bâclée, que le parquet de Strasbourg a pourtant close vendredi.", "PS",
         "parquet de Strasbourg"),
    ],
)
def test_an_acronym_is_not_the_initials_of_a_lowercase_institution(text, acronym, institution):
    found = orgs(text)
    assert found[acronym] == [acronym]
    assert found[institution] == [institution]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Le Rassemblement national a réagi mardi. Le RN dénonce une manœuvre du gouvernement.",
         "Rassemblement national", "RN"),
        ("La direction des services agricoles a lancé le programme. La DSA compte 40 agents.",
         "direction des services agricoles", "DSA"),
    ],
)
def test_an_acronym_still_joins_the_name_it_abbreviates(text, name, acronym):
    assert orgs(text)[name] == [name, acronym]


@pytest.mark.parametrize(
    ("text", "portfolio"),
    [
        ("Son collègue à l'Économie, Julien Fabre, a dénoncé des pillages.", "Économie"),
        ("La sénatrice a interpellé le ministre des Armées puis celui de la Justice Marc Delorme.", "Justice"),
        ("Le ministre Paul Girard, présent aux côtés de Claire Morel (Santé) et de Louis Arnaud (Culture), a parlé.",
         "Culture"),
    ],
)
def test_a_ministers_portfolio_is_no_organization(text, portfolio):
    assert portfolio not in {e.name for e in pressfacts.extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon l'Intérieur, 12 000 personnes ont défilé samedi.", "l'Intérieur"),
        ("Le député Paul Girard (Union européenne) a voté contre.", "Union européenne"),
    ],
)
def test_a_ministry_acting_or_a_body_in_parentheses_stays(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Une enquête parue mardi dans le Journal du Dimanche place la maire en tête.",
         "Journal du Dimanche"),
        ("D'après le journal régional Écho du Vendredi, la mairie a cédé aux commerçants.", "Écho du Vendredi"),
    ],
)
def test_a_day_closing_a_newspapers_title_stays_in_it(text, name):
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trois défilés se sont rejoints au centre de la capitale vers midi.",
        "Le couple est resté près du lycée de peur que les grilles ne soient fermées.",
        "Les organisateurs promettent un acte IX plus suivi que le précédent.",
    ],
)
def test_common_phrases_and_numbered_events_are_no_organizations(text):
    assert orgs(text) == {}


def test_a_partys_label_in_parentheses_stays_an_organization():
    assert "Patriotes" in orgs("Florian Dumont (Patriotes) et Claire Morel (Santé) ont débattu jeudi soir.")


def test_a_head_noun_before_any_fuller_name_stays_apart():
    found = orgs("Selon la préfecture, le cortège comptait 2 000 personnes. Plus tard, la préfecture du Cher a "
                 "annoncé cinq interpellations.")
    assert found["préfecture du Cher"] == ["préfecture du Cher"]


def test_a_name_spelled_out_by_an_institution_in_parentheses_is_an_organization():
    found = orgs("La Sobetra (Société belge des transports routiers et des services logistiques) a adressé un "
                 "courrier au ministre. La Sobetra réclame des mesures.")
    assert found["Sobetra"] == ["Sobetra", "Société belge des transports routiers et des services logistiques",
                                "Sobetra"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La hausse de la CSG (contribution sociale généralisée) frappe les retraités.", "CSG"),
        ("Le Tafta (traité de libre-échange transatlantique) divise les Vingt-Sept.", "Tafta"),
    ],
)
def test_a_thing_spelled_out_in_lowercase_words_stays_a_thing(text, name):
    assert name not in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Arnaud, qui préside le Conseil économique, social et environnemental, sera reçu lundi. Le CESE rendra "
        "son avis en mars.",
        "Le Conseil économique, social et environnemental (CESE) se réunit mercredi au palais d'Iéna.",
    ],
)
def test_the_cese_is_one_organization_over_its_commas(text):
    assert orgs(text)["Conseil économique, social et environnemental"][-1] == "CESE"


@pytest.mark.parametrize(
    "text",
    [
        "La troisième assemblée de la République se réunit mercredi.",
        "Une nouvelle commission des finances publiques sera créée.",
    ],
)
def test_a_ranked_or_new_common_noun_names_no_institution(text):
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "full", "place"),
    [
        ("La préfecture de police compte 37 interpellations. Sur l'île de Mayotte, la préfecture a prolongé le "
         "couvre-feu jusqu'à jeudi.", "préfecture de police", "Mayotte"),
        ("La Cour des comptes publie son rapport annuel. À Rennes, la Cour a jugé le dossier irrecevable.",
         "Cour des comptes", "Rennes"),
    ],
)
def test_a_head_noun_in_another_towns_sentence_is_not_the_name_given_before(text, full, place):
    assert orgs(text)[full] == [full]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dans la foulée, les juges ont contesté la direction du Parlement, que l'opposition contrôle "
         "depuis mars.", "Parlement"),
        ("Le Sénat a voté mardi. La direction du Sénat a reporté la séance.", "Sénat"),
    ],
)
def test_the_leadership_of_an_institution_is_that_institution(text, name):
    found = orgs(text)
    assert name in found
    assert not any(n.startswith("direction") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Vers 15 heures, les marcheurs ont pris la direction de la Préfecture du Cher sans incident.",
        "Les manifestants ont pris la direction du Sénat vers midi.",
    ],
)
def test_taking_the_direction_of_a_building_names_no_organization(text):
    assert orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "ministry", "seat"),
    [
        ("Le ministère de l'Intérieur a compté 18 500 marcheurs. Les syndicats contestent, mais la place Beauvau "
         "maintient son chiffre.", "ministère de l'Intérieur", "place Beauvau"),
        ("Le ministère de l'Économie a publié ses prévisions. Bercy table sur une croissance de 1,3 %.",
         "ministère de l'Économie", "Bercy"),
        ("Le Quai d'Orsay a convoqué l'ambassadeur. Le ministère des Affaires étrangères dénonce une ingérence.",
         "ministère des Affaires étrangères", "Quai d'Orsay"),
    ],
)
def test_a_seat_of_power_acting_is_the_ministry_the_article_names(text, ministry, seat):
    found = orgs(text)
    assert seat in found[ministry]
    assert seat not in found


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Le Sénat examine mardi le projet de loi sur l'énergie. La Chambre Haute devrait l'adopter sans retouche.",
         "Sénat", "Chambre Haute"),
        ("Le Sénat a rejeté le texte. Pour la Haute Assemblée, la réforme reste trop floue.", "Sénat", "Haute Assemblée"),
        ("Le Conseil constitutionnel a censuré trois articles. Les Sages jugent la mesure contraire à l'égalité.",
         "Conseil constitutionnel", "Sages"),
        ("L'organisation État islamique a revendiqué l'attentat de Kaboul. Daech avait menacé la ville en mars.",
         "État islamique", "Daech"),
    ],
)
def test_another_name_of_an_institution_the_article_names_is_that_institution(text, name, alias):
    found = orgs(text)
    assert any(alias in mentions for mentions in found.values() if name in mentions)
    assert alias not in found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Une équipe de C-News a été prise à partie samedi à Rouen. CNews a annoncé une plainte.", "C-News", "CNews"),
        ("Selon Euro-News, le sommet est reporté. Le directeur de Euronews a confirmé l'annulation.", "Euronews",
         "Euro-News"),
    ],
)
def test_an_organization_spelled_with_and_without_a_hyphen_is_one(text, first, second):
    found = orgs(text)
    assert second in found[first]
    assert second not in found


def test_a_seat_named_as_an_address_stays_apart_from_the_ministry():
    found = orgs("Les manifestants se sont rassemblés place Beauvau, devant le ministère de l'Intérieur.")
    assert found["ministère de l'Intérieur"] == ["ministère de l'Intérieur"]


@pytest.mark.parametrize(
    ("text", "channel", "stem"),
    [
        ("La présentatrice de RTL-TVI a été écartée de l'antenne. Selon RTL, la décision est provisoire.", "RTL-TVI", "RTL"),
        ("Un reporter de BFM-TV a été pris à partie samedi à Caen. BFM a porté plainte lundi.", "BFM-TV", "BFM"),
    ],
)
def test_a_broadcasters_acronym_alone_is_the_channel_the_article_names(text, channel, stem):
    found = orgs(text)
    assert stem in found[channel]
    assert stem not in found

