"""Round 28 classes, found on real press articles of the same outlets that the 250 of ../shared/press were taken from
but never used (keyed blind by helpers, kept outside the repository), and on Swiss press, tested on sentences written
for these tests: thousands written with an apostrophe (Swiss usage); a bare count in a series counts what the nearer
unnamed count counts, not an older noun; a capitalized "Union des ..." is a body; a channel's name keeps its suffix;
the last clause of a lead ("à entendre X", "comme l'explique X, qui …") names who speaks after a colon; "avait
cependant prévenu X" is a verb, not the title "prévenu"; a second capitalized portfolio goes on with a role or a
ministry."""

from __future__ import annotations

import pytest

import pressfacts
from probe_checks import labels
from quoting import speakers


def figures(text: str, published: str = "2019-02-09") -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in pressfacts.extract(text, published=published).figures]


@pytest.mark.parametrize(("text", "want"), [
    ("Selon la police cantonale, 12'500 personnes ont défilé à Lausanne.", [("12'500 personnes", 12500, "personnes")]),
    ("Le chantier coûtera 2’300’000 francs au canton.", [("2’300’000 francs", 2300000, "francs")]),
    ("La pétition a recueilli 104'000 signatures en trois semaines.",
     [("104'000 signatures", 104000, "signatures"), ("trois semaines", 3, "semaines")]),
])
def test_thousands_with_an_apostrophe(text, want):
    assert figures(text) == want


def test_series_count_does_not_reach_past_a_nearer_unnamed_count():
    text = "Le budget prévoit 800 000 euros. Ils étaient 46 300 selon les autorités, dont 3500 à Bordeaux."
    assert figures(text) == [("800 000 euros", 800000, "euros"), ("46 300", 46300, None), ("3500", 3500, None)]


def test_series_count_still_takes_the_noun_of_its_series():
    text = "La CGT a compté 250 000 grévistes le 5 février, puis 180 000 le 19 mars."
    assert [u for _, _, u in figures(text)] == ["grévistes", "grévistes"]


@pytest.mark.parametrize(("text", "name"), [
    ("L'Union des entreprises de proximité réclame un report de la réforme.", "Union des entreprises de proximité"),
    ("Selon l'Union nationale des syndicats autonomes, la grève sera suivie.",
     "Union nationale des syndicats autonomes"),
    ("L'Union des producteurs agricoles du Québec a dénoncé l'accord.", "Union des producteurs agricoles du Québec"),
])
def test_capitalized_union_of_members_is_a_body(text, name):
    assert labels(text).get(name) == "ORG"


def test_lowercase_union_is_a_coalition_not_a_body():
    assert not any(n.lower().startswith("union") for n in labels("Il rêve de l'union des droites aux européennes."))


@pytest.mark.parametrize(("text", "name"), [
    ("Les images ont été diffusées par Numidia TV dans la soirée.", "Numidia TV"),
    ("Selon Sky News, le ministre a quitté la réunion.", "Sky News"),
    ("Interrogé sur Télé Liège TV, le bourgmestre a démenti.", "Télé Liège TV"),
])
def test_channel_keeps_its_suffix(text, name):
    assert labels(text).get(name) == "ORG"


@pytest.mark.parametrize(("text", "want"), [
    ("Une mesure d'équité, à entendre Marlène Schiappa : « Les familles attendent un geste fort depuis des mois. »",
     ["Marlène Schiappa"]),
    ("La générosité a ses limites, comme le rappelle Médecins du monde, qui intervient dans 70 pays : « Les besoins "
     "explosent dans les camps depuis deux ans. »", ["Médecins du monde"]),
    ("Les prix montent, comme l'a expliqué lundi la ministre Agnès Pannier-Runacher : « Nous surveillons la situation "
     "de très près. »", ["Agnès Pannier-Runacher"]),
    ("La crise dure, comme le confie à l'AFP le politologue Marc Lazar, professeur à Sciences Po : « Le pays n'a "
     "jamais connu une telle défiance. »", ["Marc Lazar"]),
    # the agency only reports: the subject of "devait ajouter" speaks
    ("Paul Morin devait ajouter, selon les propos rapportés par l'AFP : « Nous irons jusqu'au bout de cette réforme. »",
     ["Paul Morin"]),
])
def test_last_clause_of_the_lead_names_the_speaker_at_a_colon(nlp, text, want):
    assert speakers(nlp, text) == want


def roles(text: str) -> dict[str, list[str]]:
    return {e.name: list(e.attributes.roles) for e in pressfacts.extract(text, published="2019-02-05").entities
            if e.label == "PER"}


def test_participle_after_an_auxiliary_and_an_adverb_is_no_title():
    found = roles("« Nous serons là samedi », avait cependant prévenu Julie Martin, la candidate écologiste.")
    assert found == {"Julie Martin": ["candidate écologiste"]}


def test_defendant_is_still_a_title():
    assert roles("Le prévenu Marc Lenoir a nié les faits à l'audience.") == {"Marc Lenoir": ["prévenu"]}


def test_second_capitalized_portfolio_goes_on_with_the_role():
    found = roles("Gérald Darmanin, ministre de l'Action et des Comptes publics, a démenti. Paul Durand, élu local et "
                  "des plus actifs, a voté contre.")
    assert found == {"Gérald Darmanin": ["ministre de l'Action et des Comptes publics"], "Paul Durand": ["élu local"]}


@pytest.mark.parametrize(("text", "name"), [
    ("Le ministère de l'Industrie et des Mines a publié un bilan.", "ministère de l'Industrie et des Mines"),
    ("Le ministère de la Culture et de la Communication a tranché.", "ministère de la Culture et de la Communication"),
])
def test_ministry_with_two_portfolios(text, name):
    assert labels(text).get(name) == "ORG"


def test_ministry_and_another_body_stay_apart():
    assert labels("Le ministère de l'Intérieur et la préfecture ont réagi.").get("ministère de l'Intérieur") == "ORG"


def test_regional_daily_without_hyphen_and_a_decoration():
    found = labels("Dans une interview à Nice Matin, le commandant, décoré de la Légion d'honneur, s'est défendu.")
    assert found.get("Nice Matin") == "ORG"
    assert found.get("Légion d'honneur") != "ORG" and "Nice" not in found


def test_charities_and_a_party_by_their_full_or_variant_names():
    found = labels("Le Secours populaire français a distribué 3 000 colis, les Apprentis d'Auteuil ont accueilli "
                   "200 jeunes et Génération-s a défilé.")
    assert found == {"Secours populaire français": "ORG", "Apprentis d'Auteuil": "ORG", "Génération-s": "ORG"}


def test_title_before_a_list_runs_into_other_names():
    found = roles("Parmi les signataires, Pierre Arditi, Léa Salamé, les acteurs Jean Reno, l'humoriste Gad Elmaleh ou "
                  "les chanteurs Julien Doré et Zaz.")
    assert found["Pierre Arditi"] == [] and found["Léa Salamé"] == []
    assert found["Gad Elmaleh"] == ["humoriste"]


@pytest.mark.parametrize(("text", "want"), [
    ("On notait la présence de l'écrivain et militant Paul Ariès ou encore la chanteuse Camille Dalmais.",
     {"Camille Dalmais": ["chanteuse"]}),
    ("Le conseiller presse du président Emmanuel Macron, Paul Morin, a démissionné.",
     {"Emmanuel Macron": ["président"], "Paul Morin": ["conseiller presse du président"]}),
    ("Comme l'historien Benjamin Stora, le député Julien Dray ou le directeur de l'IFRI, Thomas Gomart, le savent.",
     {"Julien Dray": ["député"], "Thomas Gomart": ["directeur de l'IFRI"]}),
    # a name complementing the title stays in it; a comma after "du préfet": the title is the one named after it
    ("La fille de Jeanne Calment, Yvonne, est morte en 1934. Le directeur de cabinet du préfet, Marc Dubois, a confirmé.",
     {"Yvonne": ["fille de Jeanne Calment"], "Marc Dubois": ["directeur de cabinet du préfet"]}),
    ("Le chef de l'armée, le général Ahmed Salah, Jean Martin a répondu non.", {"Jean Martin": []}),
])
def test_title_that_runs_over_another_name(text, want):
    found = roles(text)
    assert {k: found[k] for k in want} == want


@pytest.mark.parametrize(("text", "want"), [
    ("Le ministre de la Transition écologique et solidaire, François de Rugy, a reçu les manifestants.",
     {"François de Rugy": ["ministre de la Transition écologique et solidaire"]}),
    ("Le plan du secrétaire d'État à l'Éducation et à la Jeunesse, Gabriel Attal, mise sur le mécénat.",
     {"Gabriel Attal": ["secrétaire d'État à l'Éducation et à la Jeunesse"]}),
    ("Le président du Conseil économique et social, Patrick Bernasconi, a démissionné.",
     {"Patrick Bernasconi": ["président du Conseil économique et social"]}),
])
def test_title_with_coordinated_adjectives_or_charges(text, want):
    found = roles(text)
    assert {k: found[k] for k in want} == want


def test_professions_of_culture_and_lists():
    found = roles("Le producteur Dominique Besnehard a signé, comme l'essayiste Pascal Bruckner et la tête de liste "
                  "Manon Aubry.")
    assert found == {"Dominique Besnehard": ["producteur"], "Pascal Bruckner": ["essayiste"], "Manon Aubry": ["tête de liste"]}


def test_subheading_is_no_title_of_the_next_paragraph():
    assert roles("Grande sportive et excellente nageuse\n\nJulie Martin a toujours aimé le sport.") == {"Julie Martin": []}


def test_first_name_after_a_place_cue_is_the_title_holder():
    found = {e.name: e.label for e in pressfacts.extract(
        "Le président de région Xavier Bertrand a prôné un gel des hausses. La région Occitanie a voté contre.",
        published="2018-12-03").entities}
    assert found == {"Xavier Bertrand": "PER", "Occitanie": "LOC"}


@pytest.mark.parametrize("verb", ["contrebalance", "recadre", "tacle"])
def test_unknown_incise_verb_before_a_named_person(nlp, verb):
    text = f"« Avec ce mouvement peut renaître une confiance dans l'action collective », {verb} Paul Joly, syndicaliste."
    assert speakers(nlp, text) == ["Paul Joly"]


def test_since_date_does_not_date_an_undated_text_later():
    # no publication date: the written "5 janvier 2019" dates the text, not "le 17 novembre" read in 2019
    record = pressfacts.extract("Le mouvement, qui manifeste depuis le 17 novembre contre la hausse des taxes prévue "
                                "pour 2019, a encore défilé. — Jean Martin (@jmartin) 5 janvier 2019")
    assert record.published == "2019-01-05"
    assert next((d.text, d.value) for d in record.dates) == ("depuis le 17 novembre", "2018-11-17")


def test_religious_bodies_and_ships():
    found = labels("Le Consistoire israélite du Bas-Rhin s'élève contre ces propos. Le diocèse de Strasbourg a prié. "
                   "Quelque 200 marins du porte-avions Charles de Gaulle ont été rapatriés.")
    assert found.get("Consistoire israélite du Bas-Rhin") == "ORG" and found.get("diocèse de Strasbourg") == "ORG"
    assert found.get("Charles de Gaulle") != "PER"


def test_departments_with_an_elided_article_after_a_hyphen():
    found = labels("Samedi, les Gilets jaunes des Côtes-d'Armor ont bloqué un rond-point. Il vit en Côte-d'Or.")
    assert found == {"Côtes-d'Armor": "LOC", "Côte-d'Or": "LOC"}


def test_management_of_a_firm_is_no_body():
    found = labels("La direction de la chaîne a refusé. La direction de l'usine a fermé le site. Le comité d'entreprise "
                   "a voté.")
    assert found == {"comité d'entreprise": "ORG"}


@pytest.mark.parametrize(("text", "want"), [
    ("L'Observatoire des inégalités publie son rapport. « La pauvreté progresse chez les jeunes adultes », note "
     "l'Observatoire.", ["Observatoire des inégalités"]),
    ("Le Consistoire israélite de la Moselle a réagi lundi. « Ces insultes sont inacceptables et doivent être punies », "
     "a déclaré le Consistoire.", ["Consistoire israélite de la Moselle"]),
])
def test_body_named_again_by_its_bare_head(nlp, text, want):
    assert speakers(nlp, text) == want


def test_subject_pronoun_the_parser_hangs_elsewhere(nlp):
    text = "Marie Dupont cale net. Elle juge ce document « très problématique » et estime qu'il va trop loin."
    assert speakers(nlp, text) == ["Marie Dupont"]
