"""Places and organizations: a town next to a party ("à Tournai où le PS"), stacked prefixes ("la région du
Sud-Est"), a lowercase article before a known organization, a company after "établissements", the bare
"Ville", words shouted in capitals. French sentences written for these tests."""

import pytest


def names(nlp, text: str) -> dict[str, str]:
    """Entity name -> label, as the record gives them (after grouping)."""
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


@pytest.mark.parametrize(
    ("text", "place", "org"),
    [
        ("Il habite à Tournai où le PS gouverne depuis vingt ans.", "Tournai", "PS"),
        ("Les élections à Frasnes où le MR garde la main ont été calmes.", "Frasnes", "MR"),
    ],
)
def test_a_town_before_where_and_a_party_stays_a_place(nlp, text, place, org):
    got = names(nlp, text)
    assert got.get(place) == "LOC" and got.get(org) == "ORG", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La région du Sud-Ouest a connu des orages violents mardi.", "Sud-Ouest"),
        ("Les agriculteurs de la région du Nord-Est attendent la pluie.", "Nord-Est"),
    ],
)
def test_a_place_loses_every_leading_prefix(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert not any(n.lower().startswith(("du ", "région")) for n in got), got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Le député de la France insoumise a quitté l'hémicycle jeudi.", "France insoumise"),
        ("Une élue de la République en marche a voté contre le texte.", "République en marche"),
    ],
)
def test_a_lowercase_article_is_not_part_of_a_known_organization(nlp, text, org):
    got = names(nlp, text)
    assert got.get(org) == "ORG", got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Elle a fait carrière au sein des établissements Leclerc à Reims.", "Leclerc"),
        ("Il a été embauché par les établissements Martin, une scierie du Jura.", "Martin"),
    ],
)
def test_a_name_after_etablissements_is_a_company(nlp, text, org):
    got = names(nlp, text)
    assert got.get(org) == "ORG", got


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("La Ville a promis de refaire la chaussée avant l'hiver à Laval.", "Ville", "Laval"),
        ("Selon la Ville, les travaux de Gatineau dureront trois mois.", "Ville", "Gatineau"),
    ],
)
def test_the_bare_town_hall_is_no_entity(nlp, text, absent, kept):
    got = names(nlp, text)
    assert absent not in got and got.get(kept) == "LOC", got


def test_the_town_hall_building_keeps_its_last_word(nlp):
    got = names(nlp, "Les manifestants se sont rassemblés devant l'Hôtel de Ville de Lyon samedi.")
    assert not any(n.endswith(" de") for n in got), got


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("Ils ont saccagé NOTRE quartier de Lille, dit une habitante.", "NOTRE", "Lille"),
        ("TOUT a basculé à Namur vers minuit.", "TOUT", "Namur"),
    ],
)
def test_a_word_shouted_in_capitals_is_no_organization(nlp, text, absent, kept):
    got = names(nlp, text)
    assert absent not in got and got.get(kept) == "LOC", got


def test_an_acronym_after_its_article_stays(nlp):
    got = names(nlp, "La CGT et FO appellent à la grève dans les ports du Havre.")
    assert got.get("CGT") == "ORG", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les habitants du quartier populaire de la Croix-Rousse ont défilé dimanche.", "Croix-Rousse"),
        ("Un incendie a touché un immeuble du quartier de Saint-Michel à Bordeaux.", "Saint-Michel"),
    ],
)
def test_a_district_is_named_without_its_common_noun(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert not any(n.lower().startswith("quartier") for n in got), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le taux de chômage a baissé en Abitibi–Témiscamingue l'an dernier.", "Abitibi–Témiscamingue"),
        ("Les pêcheurs de la Gaspésie–Îles-de-la-Madeleine réclament des quotas.", "Gaspésie–Îles-de-la-Madeleine"),
    ],
)
def test_a_region_of_two_names_glued_by_a_dash_is_one_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Grève des cols bleus\n\nSHERBROOKE | Les employés municipaux ont débrayé mardi matin.", "Sherbrooke"),
        ("Un incendie\n\nTROIS-RIVIÈRES – Un commerce a été détruit par les flammes dans la nuit.", "Trois-Rivières"),
        ("Budget\n\nROBERVAL | Les élus ont adopté un budget en hausse lundi.", "Roberval"),
    ],
)
def test_a_dateline_in_capitals_is_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert all(label != "ORG" for label in got.values()), got


def test_a_heading_in_capitals_before_a_dash_is_no_place(nlp):
    got = names(nlp, "Affaire\n\nEXCLUSIF – Le maire de Namur a démissionné hier soir.")
    assert "EXCLUSIF" not in got and "Exclusif" not in got, got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le forcené s'est rendu, a indiqué le procureur de la République d'Angers Paul Girard.", "Angers"),
        ("Selon la procureure de la République d'Évreux, l'enquête est close.", "Évreux"),
    ],
)
def test_the_town_of_a_prosecutor_is_the_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got
    assert not any(n.startswith("République") for n in got), got


def test_a_country_named_republic_keeps_its_name(nlp):
    got = names(nlp, "Le président de la République de Corée est arrivé à Lyon.")
    assert got.get("République de Corée") == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le PS a reculé dans la plupart des communes de Wallonie picarde, le MR progresse.", "Wallonie picarde"),
        ("Les habitants de Basse-Meuse, eux, ont voté pour Ecolo.", "Basse-Meuse"),
    ],
)
def test_a_region_after_communes_or_inhabitants_is_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("La chroniqueuse a tout raconté à la DH dimanche.", "DH"),
        ("Le ministre a répondu aux questions de la RTBF ce matin.", "RTBF"),
    ],
)
def test_a_lowercase_article_before_a_known_acronym_is_dropped(nlp, text, org):
    got = names(nlp, text)
    assert got.get(org) == "ORG" and not any(n.lower().startswith("la ") for n in got), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Une infirmière établie à Alma a reçu un prix mardi.", "Alma"),
        ("Un chauffeur né à Florence a témoigné devant le juge.", "Florence"),
    ],
)
def test_a_town_after_a_residence_word_is_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Un motocycliste a été blessé à Saint-Georges de Beauce dimanche.", "Saint-Georges de Beauce"),
        ("La famille a déménagé près de Sainte-Marie de Beauce l'an dernier.", "Sainte-Marie de Beauce"),
    ],
)
def test_a_saints_name_after_a_place_preposition_is_a_town(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


def test_a_saints_name_as_a_surname_stays_a_person(nlp):
    got = names(nlp, "Le couturier Yves Saint-Laurent a dessiné cette robe.")
    assert got.get("Yves Saint-Laurent") == "PER", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("La scierie de Dolbeau-Mistassini a fermé ses portes.", "Dolbeau-Mistassini"),
        ("Il s'est installé à Rouyn-Noranda avec sa famille.", "Rouyn-Noranda"),
    ],
)
def test_a_hyphenated_town_is_one_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le boulanger de Provins (Seine-et-Marne) a été relâché samedi.", "Provins"),
        ("Une aide-soignante de Fumay (Ardennes) a témoigné à la barre.", "Fumay"),
        ("Un ouvrier d'Herstal (Belgique) a perdu son emploi.", "Herstal"),
    ],
)
def test_a_town_glossed_with_a_known_place_is_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


def test_a_person_glossed_with_a_department_stays_a_person(nlp):
    got = names(nlp, "Le député Éric Ciotti (Alpes-Maritimes) a voté contre le texte.")
    assert got.get("Éric Ciotti") == "PER", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Paul Girard, un chef d'entreprise de Montargis, a bloqué le péage.", "Montargis"),
        ("Une cheffe d'entreprise de Vesoul, 38 ans, dénonce les taxes.", "Vesoul"),
    ],
)
def test_the_town_after_chef_d_entreprise_is_a_place(nlp, text, place):
    got = names(nlp, text)
    assert got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les casseurs ont remonté les Champs-Élysées. Sur l'avenue des Champs-Élysées, dix vitrines ont cédé.",
         "Champs-Élysées"),
        ("Les manifestants ont atteint Montparnasse vers midi. Le boulevard du Montparnasse était bouclé.",
         "Montparnasse"),
    ],
)
def test_an_avenue_named_after_a_place_already_named_is_that_place(nlp, text, place):
    got = [e for e in nlp(text)._.entities if e["label"] == "LOC"]
    assert [e["name"] for e in got] == [place] and len(got[0]["mentions"]) == 2, got


def test_an_avenue_named_after_a_town_is_not_the_town(nlp):
    text = "Il habite Clichy mais travaille boulevard de Clichy, à Paris."
    got = {e["name"] for e in nlp(text)._.entities if e["label"] == "LOC"}
    assert {"Clichy", "boulevard de Clichy"} <= got, got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("La Garde des Sceaux Anne Roche a reçu les bâtonniers lundi.", "Anne Roche"),
        ("Le Garde des Sceaux Jean Dupuis présentera son texte au Sénat.", "Jean Dupuis"),
    ],
)
def test_a_title_that_starts_like_a_town_is_no_place(nlp, text, person):
    got = names(nlp, text)
    assert got.get(person) == "PER" and "La Garde" not in got and "Garde" not in got, got


def test_the_town_la_garde_stays_a_place(nlp):
    got = names(nlp, "Il a grandi à La Garde, près de Toulon.")
    assert got.get("La Garde") == "LOC", got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Sur la façade, des inconnus ont tagué « Micron Rothschild » en rouge.", "Micron Rothschild"),
        ("La stratégie baptisée « Bienvenue en France » vise les étudiants étrangers.", "Bienvenue en France"),
    ],
)
def test_quoted_words_alone_are_no_organization(nlp, text, absent):
    got = names(nlp, text)
    assert got.get(absent) != "ORG", got


def test_a_quoted_newspaper_the_ruler_knows_stays(nlp):
    got = names(nlp, "Le ministre s'est confié à « Libération » jeudi.")
    assert got.get("Libération") == "ORG", got


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("L'Institut a revu sa prévision de croissance, selon l'Insee.", "Institut"),
        ("Le Pouvoir a fait la sourde oreille, disent les manifestants d'Oran.", "Pouvoir"),
    ],
)
def test_a_bare_capitalized_common_noun_is_no_organization(nlp, text, absent):
    got = names(nlp, text)
    assert absent not in got, got


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Interrogé par l’Humanité, le député communiste a répondu.", "l’Humanité"),
        ("Il a donné un entretien à l'Humanité lundi.", "l'Humanité"),
    ],
)
def test_a_title_with_its_elided_article_keeps_it(nlp, text, org):
    got = names(nlp, text)
    assert got.get(org) == "ORG", got


def test_an_institute_with_a_lowercase_name_stays(nlp):
    got = names(nlp, "L'Institut national de recherche et de sécurité publiera une étude sur le travail de nuit.")
    assert any(n.startswith("Institut national") and label == "ORG" for n, label in got.items()), got


def places(nlp, text: str) -> dict[str, set[str]]:
    """Place name -> the texts of its mentions."""
    return {e["name"]: {m["text"] for m in e["mentions"]} for e in nlp(text)._.entities if e["label"] == "LOC"}


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Les livreurs ont bloqué les Champs Elysées mardi matin. Mercredi, la police a dégagé les Champs-Élysées "
         "en une heure.", {"Champs Elysées", "Champs-Élysées"}),
        ("Le car de Lucie Verdier s'est arrêté à Saint Nazaire vers midi. Le soir même, Saint-Nazaire accueillait "
         "le concert.", {"Saint Nazaire", "Saint-Nazaire"}),
    ],
)
def test_a_place_spelled_with_and_without_hyphens_is_one_place(nlp, text, forms):
    got = places(nlp, text)
    assert forms in got.values(), got


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("La salle du Petit-Bouchon a fermé. Le Petit-Bouchon accueillait des humoristes depuis dix ans à Paris.",
         {"salle du Petit-Bouchon", "Petit-Bouchon"}),
        ("Des milliers de supporters ont envahi l’avenue des Champs-Élysées dimanche soir. Les Champs-Élysées sont "
         "restés fermés aux voitures jusqu’à l’aube.", {"avenue des Champs-Élysées", "Champs-Élysées"}),
        ("Une exposition au musée lapidaire de Nantes a été reportée. Le Musée lapidaire rouvrira en mars.",
         {"musée lapidaire de Nantes", "Musée lapidaire"}),
        ("Le congrès se tiendra au Palais des congrès de Vichy en juin. Le Palais des congrès peut accueillir "
         "1 500 personnes.", {"Palais des congrès de Vichy", "Palais des congrès"}),
    ],
)
def test_a_street_or_landmark_with_and_without_its_noun_or_town_is_one_place(nlp, text, forms):
    got = places(nlp, text)
    assert forms in got.values(), got


def test_two_streets_named_after_the_same_man_stay_two_places(nlp):
    got = places(nlp, "Le Tour passera par la place Kléber à Strasbourg puis par l'avenue Kléber à Paris.")
    assert {"place Kléber", "avenue Kléber"} <= set(got), got


@pytest.mark.parametrize(
    ("text", "place", "epithet"),
    [
        ("Dans tout l'Hexagone, les boulangers ont fermé. La France compte 33 000 boulangeries, selon Marc Lenoir.",
         "France", "Hexagone"),
        ("Le Vieux Continent vieillit vite, mais l’Europe reste riche, note Iris Caron.", "Europe", "Vieux Continent"),
    ],
)
def test_an_epithet_joins_the_place_the_article_names(nlp, text, place, epithet):
    got = places(nlp, text)
    assert epithet in got.get(place, set()) and epithet not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Le Vieux Continent a-t-il perdu la main ? se demande l'économiste Carla Benoît.",
        "Les investisseurs regardent vers l'empire du Milieu, explique Théo Lambert.",
    ],
)
def test_an_epithet_alone_is_no_place(nlp, text):
    assert places(nlp, text) == {}, places(nlp, text)


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        ("Élodie Marchal a chanté dans la comédie musicale Chicago au théâtre de Lyon en mai.", "Chicago", "Lyon"),
        ("Le réalisateur Hugo Faure tourne le film Lourdes à Tarbes cet hiver.", "Lourdes", "Tarbes"),
    ],
)
def test_a_title_after_the_kind_of_work_is_no_place(nlp, text, title, place):
    got = names(nlp, text)
    assert got.get(title) == "MISC" and got.get(place) == "LOC", got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("La maison Valrose a présenté sa collection Haute Couture de la Fashion Week à Paris.",
         "Haute Couture de la Fashion Week"),
        ("Les stylistes de Nina Roche ont brillé durant la Semaine de la mode à Milan.", "Semaine de la mode"),
    ],
)
def test_an_event_is_no_place(nlp, text, event):
    got = names(nlp, text)
    assert got.get(event) in {None, "MISC"}, got


def test_the_presidents_camp_is_no_entity(nlp):
    got = names(nlp, "La cagnotte irrite la Macronie, selon Paul Rey, élu de Brest.")
    assert "Macronie" not in got and got.get("Brest") == "LOC", got


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Battus par Vannes (2-1) samedi, les joueurs de Dinard ont rejoint Laval en tête. Laval (38 pts) reste "
         "invaincu à domicile.", ["Vannes", "Laval"]),
        ("Les Merlus ont encore gagné samedi (2-0).\n\nNiort - Brest 1 - 1\n\nSochaux - Valenciennes 4 - 3\n\n"
         "Brest reste deuxième, Valenciennes recule.", ["Brest", "Valenciennes"]),
    ],
)
def test_a_town_with_a_score_or_in_a_results_line_is_a_team(nlp, text, teams):
    got = names(nlp, text)
    assert all(got.get(t) == "ORG" for t in teams), got


def test_a_dateline_dash_in_a_sports_report_names_no_team(nlp):
    got = names(nlp, "NANTES - Le club a perdu samedi (0-2) devant son public, a regretté l'entraîneur Yves Roux.")
    assert got.get("Nantes", got.get("NANTES")) == "LOC", got


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Les élèves ont chanté une chanson de Lucien Morel devant la mairie.", "Lucien Morel"),
        ("La cinémathèque projette les films de Josiane Caradec tout le mois.", "Josiane Caradec"),
    ],
)
def test_the_author_after_a_kind_of_work_stays_a_person(nlp, text, person):
    got = names(nlp, text)
    assert got.get(person) == "PER", got


@pytest.mark.parametrize(
    ("text", "players", "team"),
    [
        ("Trégunc a battu Pleuven (74-61) samedi soir.\n\nTrégunc : Kermarrec 18 (2x3), Le Bihan 4, Quéré 12 (1x3), "
         "Guivarch, Morvan 9.\n\nPleuven : Tanguy 21 (3x3), Salaün 8, Caradec, Nédélec 13, Jaouen 2.",
         ["Kermarrec", "Guivarch", "Morvan"], "Trégunc"),
        ("Dinan a perdu à Lannion (65-70).\n\nDinan : Ruellan 10, Cadiou 12 (2x3), Le Gall 7, Perros 15.\n\n"
         "L’entraîneur Anne Lucas a salué Perros et Ruellan.", ["Perros", "Ruellan"], "Dinan"),
    ],
)
def test_players_of_a_box_score_are_people_and_its_team_no_place(nlp, text, players, team):
    got = names(nlp, text)
    assert all(got.get(p) == "PER" for p in players) and got.get(team) == "ORG", got


@pytest.mark.parametrize(
    ("text", "treaty_town", "place"),
    [
        ("Les signataires de l'accord de Paris se retrouvent à Bonn en juin pour parler du climat.", "Paris", "Bonn"),
        ("La Pologne a défendu le pacte de Marrakech devant ses voisins à Varsovie.", "Marrakech", "Varsovie"),
        ("Le ministre a rencontré les délégués à Lyon pour signer le protocole de Kyoto.", "Kyoto", "Lyon"),
    ],
)
def test_a_town_naming_a_treaty_is_no_place(nlp, text, treaty_town, place):
    got = names(nlp, text)
    assert got.get(treaty_town) != "LOC" and got.get(place) == "LOC", got


def test_a_person_giving_consent_stays_a_person(nlp):
    got = names(nlp, "Le gouvernement a obtenu l'accord de Castaner avant de fermer la place de la Concorde.")
    assert got.get("Castaner") == "PER" and got.get("place de la Concorde") == "LOC", got


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("L’Union européenne a fixé de nouvelles règles pour les banques de Francfort.", "Union européenne", "Francfort"),
        ("L'Union européenne et le Canada ont signé un accord commercial mardi.", "Union européenne", "Canada"),
    ],
)
def test_a_town_of_the_gazetteer_inside_a_longer_name_is_not_the_town(nlp, text, org, place):
    got = names(nlp, text)
    assert got.get(org) == "ORG" and got.get(place) == "LOC" and "L'Union" not in got and "L’Union" not in got, got


def test_the_town_of_l_union_alone_stays_a_place(nlp):
    got = names(nlp, "Les habitants de L'Union, près de Toulouse, ont manifesté samedi.")
    assert got.get("L'Union") == "LOC" and got.get("Toulouse") == "LOC", got


@pytest.mark.parametrize(
    "text",
    [
        "Les rotatives de L'Yonne Républicaine, installées près d'Auxerre, ont tourné au ralenti mardi.",
        "Un photographe de l'Yonne Républicaine a été bousculé samedi près d'Auxerre.",
    ],
)
def test_a_newspaper_named_for_a_department_is_no_place(nlp, text):
    got = {name.casefold(): label for name, label in names(nlp, text).items()}
    # named with its elided article, as the ruler's other titles ("L'Express", "L'Est républicain")
    assert got.get("l'yonne républicaine") == "ORG" and got.get("auxerre") == "LOC", got


@pytest.mark.parametrize(
    ("words", "start", "end", "kept"),
    [
        (["Six", "pays", "dont", "la", "Norvège", "et", "la", "Suisse", "-", ",", "selon", "lui"], 7, 9, "Suisse"),
        (["Trois", "voisins", "(", "Autriche", "–", ")", "ont", "voté"], 3, 5, "Autriche"),
    ],
)
def test_a_dash_closing_an_aside_is_no_part_of_a_place(nlp, words, start, end, kept):
    from spacy.tokens import Doc, Span

    from pressfacts.components.entities.bounds import place_bounds

    doc = Doc(nlp.vocab, words=words)
    got = place_bounds(doc, [Span(doc, start, end, label="LOC")], nlp.get_pipe("pressfacts_entities").rules)
    assert [s.text for s in got] == [kept], got


@pytest.mark.parametrize(
    "text",
    [
        "«Jeudi, nous avons dîné près du musée [de la Marine à Paris]. La soirée fut longue.",
        "«Lundi, on a visité l’usine [de Renault à Paris]. Ensuite on est rentrés.",
    ],
)
def test_a_bracket_left_on_a_place_is_no_part_of_its_name(nlp, text):
    got = names(nlp, text)
    assert got.get("Paris") == "LOC" and not any("]" in n for n in got), got
