"""Round 48 classes, found by probing the pipeline with sentences of our own in press style (no key, no article read
for them): dates told as the n-th weekday of a month and holidays after "au"; roles joined by "et" before a name and
trades missing from the role list; a shop's noun before a name the NER reads as a person or a place; a road's code
("la RN 113") read as the party RN. Each test holds sentences other than the probe that found the class."""

from __future__ import annotations

import pytest

from extracting import date_pairs, entity_labels, person_roles
from quoting import speakers


@pytest.mark.parametrize(("text", "published", "value"), [
    # the n-th weekday of a named month: one day, in the year the tense points to, else the year written
    ("Le deuxième dimanche de janvier, les commerces sont restés fermés.", "2019-01-20", "2019-01-13"),
    ("Le premier mardi de février, les routiers avaient levé leurs barrages.", "2019-02-20", "2019-02-05"),
    ("Le collectif défilera le premier samedi de mars.", "2019-02-20", "2019-03-02"),
    ("Le dernier vendredi d'octobre, le préfet a reçu les élus.", "2018-11-14", "2018-10-26"),
    ("Le 1er jeudi de décembre 2017, la grève avait paralysé les dépôts.", "2019-02-20", "2017-12-07"),
    # a past clause: the last one on or before publication, even a few weeks off (review, round 48)
    ("Le premier samedi d'avril, la braderie de Lannion a réuni 300 exposants.", "2019-03-15", "2018-04-07"),
    ("Le troisième mercredi de novembre, le conseil se réunira en séance publique.", "2018-10-02", "2018-11-21"),
])
def test_the_nth_weekday_of_a_month_is_one_day(text, published, value):
    assert [v for _t, v in date_pairs(text, published)] == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Le dernier week-end de janvier, les stations de ski ont fait le plein.", "2019-02-12",
     "2019-01-26/2019-01-27"),
    ("Le premier week-end de mars, les agriculteurs manifesteront à Rennes.", "2019-02-12", "2019-03-02/2019-03-03"),
])
def test_the_nth_weekend_of_a_month_is_its_saturday_and_sunday(text, published, value):
    assert [v for _t, v in date_pairs(text, published)] == [value]


def test_an_ordinal_weekday_without_a_month_is_no_such_day():
    # "le premier samedi de mobilisation" counts Saturdays of protest, not of a month: no day of a month is read
    values = [v for _t, v in date_pairs("Le troisième samedi de mobilisation a réuni moins de monde.", "2018-12-12")]
    assert "2018-12-01" not in values and "2018-12-15" not in values


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Au Nouvel An, la mairie a renoncé à son feu d'artifice.", "2019-01-03", "2019-01-01"),
    ("Les routiers tiendront leurs barrages jusqu'au Nouvel An.", "2018-12-20", "2019-01-01"),
    ("Les commerces resteront ouverts le dimanche jusqu'au 14-Juillet.", "2019-05-20", "2019-07-14"),
    # a year written after the holiday is its year
    ("Lors du passage au Nouvel An 2000, aucun ordinateur de la préfecture n'a flanché.", "2019-01-03", "2000-01-01"),
    ("Les anciens combattants ont raconté les cérémonies du 11-Novembre 1968.", "2018-11-12", "1968-11-11"),
])
def test_a_holiday_after_au_is_a_day(text, published, value):
    assert [v for _t, v in date_pairs(text, published)] == [value]


def test_the_stadium_of_algiers_after_au_is_no_day():
    # "au 5-Juillet" is mostly the stadium in Algerian sports pages (a venue_holiday row), other numbered holidays
    # after "au" are days ("reportée au 11-Novembre")
    assert date_pairs("Le derby algérois se jouera au 5-Juillet devant 40 000 spectateurs.", "2019-05-20") == []
    assert [v for _t, v in date_pairs("La remise des médailles, reportée au 14-Juillet, aura lieu à la mairie.",
                                      "2019-05-20")] == ["2019-07-14"]


@pytest.mark.parametrize("text", [
    # a habit: every year's n-th weekday is no one day
    "Chaque premier dimanche de juillet, le bourg organise une fête des moissons.",
    "Tous les ans, le dernier samedi de juin, la commune célèbre la Saint-Jean.",
])
def test_an_ordinal_weekday_as_a_habit_is_no_day(text):
    assert date_pairs(text, "2019-03-15") == []


def test_a_party_after_du_nouvel_an_with_no_cue_stays_no_day():
    # "le réveillon du Nouvel An" is the party, not the day (GUIDELINES), as before this round
    assert date_pairs("Les restaurateurs préparent le réveillon du Nouvel An.", "2018-12-20") == []


@pytest.mark.parametrize(("text", "name", "roles"), [
    ("Le chanteur et compositeur Hugo Brel soutient les grévistes.", "Hugo Brel", ["chanteur", "compositeur"]),
    ("Pour l'écrivain et militant associatif Bertrand Fayolle, la colère vient de loin.", "Bertrand Fayolle",
     ["écrivain", "militant associatif"]),
    ("L'ancien ministre et sénateur Gérard Lemoine a voté le texte.", "Gérard Lemoine", ["ancien ministre", "sénateur"]),
])
def test_two_titles_joined_by_et_before_a_name_are_both_roles(text, name, roles):
    assert person_roles(text)[name] == roles


def test_two_titles_each_with_its_article_stay_apart():
    # "le maire et le député X": two people, the first unnamed; X is only the deputy
    assert person_roles("Le maire et le député Yann Carrel ont signé la motion.")["Yann Carrel"] == ["député"]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Nadège, 41 ans, auxiliaire de vie, enchaîne les gardes de nuit.", "Nadège", "auxiliaire de vie"),
    ("Le plombier Rémi Castel a fermé son atelier pour rejoindre le barrage.", "Rémi Castel", "plombier"),
    ("Fabrice Lenoir, postier à Lyon, ne décolère pas.", "Fabrice Lenoir", "postier à Lyon"),
    ("Sur le barrage, Laetitia Morand, coiffeuse à Dieppe, distribue des tracts.", "Laetitia Morand",
     "coiffeuse à Dieppe"),
    ("L'électricien Jordan Massé tient le barrage depuis le premier jour.", "Jordan Massé", "électricien"),
    ("Yannick Roussel, demandeur d'emploi depuis deux ans, a rejoint le mouvement.", "Yannick Roussel",
     "demandeur d'emploi"),
])
def test_a_trade_is_a_role(text, name, role):
    assert role in person_roles(text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("La boutique Lanvin de la rue du Faubourg-Saint-Honoré a été protégée par des palissades.", "Lanvin"),
    ("Un magasin Berluti a été pillé dans la nuit.", "Berluti"),
    ("Le magasin Lacoste du centre commercial a été évacué.", "Lacoste"),
])
def test_a_shop_or_a_brand_noun_names_an_organization(text, name):
    assert entity_labels(text)[name] == "ORG"


@pytest.mark.parametrize(("text", "name"), [
    # after "de", a shop's noun tells where the shop is: the town stays a place
    ("Le magasin de Limoges a été vidé par les pillards.", "Limoges"),
    ("Les boutiques de Rouen ont baissé le rideau.", "Rouen"),
])
def test_a_town_after_a_shop_noun_and_de_stays_a_place(text, name):
    assert entity_labels(text)[name] == "LOC"


@pytest.mark.parametrize(("text", "name", "label"), [
    # "marque" and "griffe" also name a person's or a country's image: no company kind
    ("Le chef de l'État veut relancer la marque Macron avant les européennes.", "Macron", "PER"),
    ("La marque France a souffert des images des Champs-Élysées.", "France", "LOC"),
])
def test_a_brand_image_is_no_company(text, name, label):
    assert entity_labels(text)[name] == label


@pytest.mark.parametrize(("text", "road"), [
    ("Des camions sont bloqués sur la RN 88 près du Puy.", "RN 88"),
    ("La RD 614 reste coupée entre Vitré et Fougères.", "RD 614"),
    ("Un barrage filtrant a été installé sur la RD 1091.", "RD 1091"),
])
def test_a_road_code_is_a_place_not_the_party(text, road):
    labels = entity_labels(text)
    assert labels[road] == "LOC" and "RN" not in labels


def test_the_party_rn_stays_an_organization():
    assert entity_labels("Le RN a salué la mobilisation des gilets jaunes.")["RN"] == "ORG"


@pytest.mark.parametrize("text", [
    # a year or a score after the party is no road's number (review, round 48): roads are feminine, "la RN 7"
    "Le bilan du RN 2019 reste en deçà de celui du FN 2014.",
    "À l'Assemblée, LR compte 62 élus et le RN 89.",
])
def test_a_number_after_the_party_rn_makes_no_road(text):
    assert not any(label == "LOC" and name.startswith("RN") for name, label in entity_labels(text).items())


def test_a_one_letter_road_code_keeps_its_number():
    assert entity_labels("Un barrage filtrant est installé sur la N 12 près de Dreux.")["N 12"] == "LOC"


@pytest.mark.parametrize(("text", "name", "roles"), [
    # a later trade that names someone unnamed is not the title of a person introduced by another title
    ("Le maire, Yves Pellan, a dénoncé des violences. Le conducteur de la camionnette a pris la fuite.",
     "Yves Pellan", ["maire"]),
    ("Le maire de Lannion, Gilles Aubry, a porté plainte. Selon lui, le serveur du café a été frappé.",
     "Gilles Aubry", ["maire de Lannion"]),
    ("Le préfet, Luc Morel, a réuni les élus. Le serveur de la brasserie a été légèrement blessé.", "Luc Morel",
     ["préfet"]),
])
def test_a_later_trade_is_not_the_title_of_someone_titled_otherwise(text, name, roles):
    assert person_roles(text)[name] == roles


@pytest.mark.parametrize(("text", "published", "pairs"), [
    # "ce week-end des 22 et 23 juin" is one mention: the demonstrative's week-end is the one the two days name
    ("Ce week-end des 22 et 23 juin, la fête de la musique se prolonge.", "2019-06-19",
     [("Ce week-end des 22 et 23 juin", "2019-06-22/2019-06-23")]),
    ("Ce week-end, la foule était moins dense que le week-end des 8 et 9 juin.", "2019-06-19",
     [("Ce week-end", "2019-06-15/2019-06-16"), ("week-end des 8 et 9 juin", "2019-06-08/2019-06-09")]),
])
def test_ce_week_end_des_two_days_is_one_date(text, published, pairs):
    assert date_pairs(text, published) == pairs


@pytest.mark.parametrize(("text", "speaker"), [
    # the tagger calls a few lowercase role nouns proper nouns ("coiffeuse", "musicienne", "fondatrice"): the
    # incise's role noun still takes up the person who holds that role
    ("Paul Ravel, avocat, et Sophie Marin, coiffeuse, ont manifesté devant la préfecture. « Nous sommes à bout », lance "
     "la coiffeuse.", "Sophie Marin"),
    ("Claire Fabre, musicienne, joue dans le métro depuis dix ans. « On ne vit plus de la musique », confie la "
     "musicienne.", "Claire Fabre"),
    ("Jeanne Royer a créé l'association en 2015. « Nous aidons 300 familles », précise la fondatrice.", "Jeanne Royer"),
])
def test_a_role_noun_tagged_as_a_proper_noun_takes_up_its_holder(nlp, text, speaker):
    assert speakers(nlp, text) == [speaker]


# Left failing (round 48's probes and review), each rare in the 228 non-test articles: a verbless lead-in naming the
# speaker before a colon, "tranche l'élue" (not the tag), a first title with its complement before "et", a duration
# left in an opening apposition's role.
@pytest.mark.xfail(strict=True, reason="a verbless lead-in ('Même constat chez X :') names no speaker; 0 in the non-test texts")
def test_a_verbless_lead_in_names_the_speaker(nlp):
    assert speakers(nlp, "Même constat chez Marc Tellier : « rien n'a changé depuis l'an dernier, et personne ne nous "
                         "écoute ».") == ["Marc Tellier"]


@pytest.mark.xfail(strict=True, reason="'tranche l'élue' finds no holder, for another reason than the tag")
def test_tranche_l_elue_takes_up_the_councillor(nlp):
    assert speakers(nlp, "Marie Dulac siège au conseil municipal depuis 2014. « Le budget est intenable », tranche "
                         "l'élue.") == ["Marie Dulac"]


@pytest.mark.xfail(strict=True, reason="a first title with its own complement is not joined by 'et' to the second")
def test_a_first_title_with_a_complement_before_et():
    assert person_roles("La présidente de région et sénatrice Odile Marchal a vivement réagi.")["Odile Marchal"] == [
        "présidente de région", "sénatrice"]


@pytest.mark.xfail(strict=True, reason="the duration stays in an opening apposition's role (once in the non-test records)")
def test_a_duration_is_no_part_of_an_opening_role():
    assert person_roles("Demandeuse d'emploi depuis deux ans, Awa Diallo a retrouvé un poste à Saint-Nazaire.")[
        "Awa Diallo"] == ["Demandeuse d'emploi"]
