"""Round 14 (org29): where an organization's name ends when the NER runs on into the sentence: a narrative
infinitive ("Et la CGT de dénoncer ..."), a participle phrase describing the subject ("entrés au Sénat vêtus
de ..."), a demonym after a one-word name ("le SPD allemand"); and the long names that must stay whole.
Sentences written for these tests; the whole probe set is tests/probes/org29.jsonl."""

import pytest

import pressfacts


def orgs(text: str) -> set[str]:
    return {e.name for e in pressfacts.extract(text, published="2019-01-10").entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Et la CGT d'appeler aussitôt les cheminots à cesser le travail.", "CGT"),
        ("Et le Syndicat national des journalistes de réclamer des excuses publiques au préfet.",
         "Syndicat national des journalistes"),
        ("Et la Fondation Abbé Pierre de réclamer un plan d'urgence pour les sans-abri.", "Fondation Abbé Pierre"),
        ("Et le Collectif des usagers du rail de conclure : la ligne doit rester ouverte.",
         "Collectif des usagers du rail"),
        ("Et le Comité de défense des riverains de la rocade de marteler son opposition au projet.",
         "Comité de défense des riverains de la rocade"),
    ],
)
def test_a_narrative_infinitive_is_not_part_of_the_name(text, name):
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Et la CGT a refusé net de parapher le protocole.", "CGT"),
        ("Et la Fédération française de football a renoncé à faire appel.", "Fédération française de football"),
        ("Et Amnesty International a demandé de libérer les détenus.", "Amnesty International"),
        ("Et le Comité d'organisation des Jeux a promis de tenir les délais.", "Comité d'organisation des Jeux"),
    ],
)
def test_an_infinitive_after_the_verb_leaves_the_name_alone(text, name):
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les syndicalistes ont rejoint la Bourse du travail équipés de sifflets.", "Bourse du travail"),
        ("Les salariés sont venus à la Caisse d'épargne munis de pancartes.", "Caisse d'épargne"),
        ("Les élus sont entrés à l'Assemblée nationale vêtus de gilets jaunes.", "Assemblée nationale"),
        ("Les deux élus ont siégé au Parlement wallon habillés en gilet jaune.", "Parlement wallon"),
    ],
)
def test_a_plural_participle_phrase_after_a_singular_name_is_the_subjects(text, name):
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Programme des Nations unies pour le développement a publié son rapport.",
         "Programme des Nations unies pour le développement"),
        ("Le Syndicat des travailleurs unis de la métallurgie a déposé un préavis.",
         "Syndicat des travailleurs unis de la métallurgie"),
        ("L'Union des étudiants exilés de France a dénoncé la hausse des frais.",
         "Union des étudiants exilés de France"),
        ("La Caisse des dépôts et consignations a financé le projet.", "Caisse des dépôts et consignations"),
    ],
)
def test_a_participle_agreeing_with_a_plural_noun_of_the_name_stays(text, name):
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("À Berlin, le SPD allemand a exigé jeudi un nouveau vote sur le budget.", {"SPD"}),
        ("Les négociateurs du Hezbollah libanais ont quitté la salle avant la fin.", {"Hezbollah"}),
        ("Depuis 2011, l'ETA basque a renoncé à la lutte armée.", {"ETA"}),
        ("L'historien évoque l'IRA irlandaise, l'ETA basque et le FLNC corse.", {"IRA", "ETA", "FLNC"}),
        ("Selon lui, le PS belge et le SPD allemand ont perdu leurs électeurs ouvriers.", {"PS", "SPD"}),
    ],
)
def test_a_demonym_after_a_one_word_name_is_not_part_of_it(text, names):
    assert orgs(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Banque centrale européenne a laissé ses taux inchangés jeudi.", "Banque centrale européenne"),
        ("Le Parti socialiste européen a désigné son candidat pour les élections de mai.", "Parti socialiste européen"),
        ("Le Parlement européen a adopté la directive sur le droit d'auteur mardi.", "Parlement européen"),
        ("Les ministres de l'Union européenne se retrouvent lundi à Bruxelles.", "Union européenne"),
        ("Le Parlement britannique a rejeté pour la troisième fois l'accord de retrait.", "Parlement britannique"),
        ("La Cour suprême canadienne a tranché le litige en faveur de la province.", "Cour suprême canadienne"),
    ],
)
def test_a_demonym_in_an_institutions_name_stays(text, name):
    assert orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'Office national français de prévention et de sécurité a publié un rapport sur les horaires décalés.",
         "Office national français de prévention et de sécurité"),
        ("Le ministère français de l'Intérieur a recensé 3000 manifestants dans la capitale.",
         "ministère français de l'Intérieur"),
    ],
)
def test_a_demonym_inside_a_long_name_is_no_participle(text, name):
    assert orgs(text) == {name}


# Round 16 (org31): a pollster's name written with its partner's ("Ifop-Fiducial") is one name; a lowercase
# description run on by a second complement ("le syndicat des cadres de santé Unsa") is no second organization.
# The whole probe set is tests/probes/org31.jsonl.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("D'après un sondage Ifop-Fiducial diffusé mardi, 58 % des personnes interrogées approuvent la mesure.",
         {"Ifop-Fiducial"}),
        ("La cote de popularité du Premier ministre recule, selon une étude Odoxa-Dentsu Consulting.",
         {"Odoxa-Dentsu Consulting"}),
        ("Une enquête Ipsos-Sopra Steria réalisée fin janvier montre une défiance record envers les partis.",
         {"Ipsos-Sopra Steria"}),
        ("Seuls 31 % des sondés font confiance au gouvernement, indique le baromètre Kantar-Onepoint.",
         {"Kantar-Onepoint"}),
        # near-misses: a pollster alone, or for a medium, stays as it was
        ("Un sondage Ifop publié dimanche place la liste de la majorité en tête.", {"Ifop"}),
        ("Selon un sondage Elabe pour BFMTV, la mobilisation garde le soutien de l'opinion.", {"Elabe", "BFMTV"}),
        ("Le groupe Sopra Steria a annoncé mardi une hausse de son chiffre d'affaires.", {"groupe Sopra Steria"}),
        ("Kantar a interrogé 1 000 personnes par téléphone entre lundi et mercredi.", {"Kantar"}),
    ],
)
def test_a_pollster_named_with_its_partner_is_one_name(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une porte-parole du syndicat des médecins de ville MG France a jugé la mesure insuffisante.",
         {"MG France"}),
        ("L'association des usagers de transports FNAUT réclame le gel des tarifs.", {"FNAUT"}),
        ("Le syndicat des cadres de santé Unsa a déposé un préavis de grève pour jeudi.", {"Unsa"}),
        ("Pour la fédération des artisans du bâtiment Capeb, la hausse des taxes est intenable.", {"Capeb"}),
        # near-misses: a complement with an article or a place names the body, or another one
        ("La commission des finances de l'Assemblée a rejeté l'amendement.",
         {"commission des finances de l'Assemblée", "Assemblée"}),
        ("Le syndicat des avocats de France a saisi le Conseil d'Etat.",
         {"syndicat des avocats de France", "Conseil d'Etat"}),
        ("La fédération des exploitants agricoles du Nord soutient le mouvement.",
         {"fédération des exploitants agricoles du Nord"}),
        ("Le comité des fêtes de Quimper annule son défilé de samedi.", {"comité des fêtes de Quimper"}),
    ],
)
def test_a_description_with_a_second_complement_before_a_name_is_no_organization(text, expected):
    assert orgs(text) == expected
