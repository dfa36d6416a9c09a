"""Figure rules over French phrasings: one test per phrasing class, each on sentences written for it, with the
full list of figures asserted (an extra wrong figure fails the test)."""

import json
import shutil

import pytest

from pressfacts.components.figures import FigureRecognizer, FigureWords, find_numbers, qualifier_before
from pressfacts.settings import pipelines_dir

WORDS = FigureWords.from_path("figure_words.jsonl")


def figures_of(nlp, text):
    doc = nlp(text)
    return [(f["value"], f["value_max"], f["unit"], f["qualifier"]) for f in doc._.figures]


def check(nlp, cases):
    for sentence, expected in cases:
        assert figures_of(nlp, sentence) == expected, sentence


def test_counted_noun_after_the_number(nlp):
    check(nlp, [
        ("Au total, 23 051 procédures judiciaires ont été ouvertes.", [(23051, None, "procédures judiciaires", "exact")]),
        ("Onze hommes seront jugés à Valenciennes.", [(11, None, "hommes", "exact")]),
        ("Trois autres personnes ont été entendues.", [(3, None, "autres personnes", "exact")]),
        ("La plateforme recensait 320 000 connexions par semaine.", [(320000, None, "connexions par semaine", "exact")]),
        ("Environ 250 sapeurs-pompiers sont intervenus.", [(250, None, "sapeurs-pompiers", "approx")]),
    ])


def test_across_a_no_break_space_or_a_quote(nlp):
    check(nlp, [
        ("Selon la mairie, environ 300» manifestants ont défilé.", [(300, None, "manifestants", "approx")]),
        ("Les organisateurs revendiquent 4\u00a0000\u00a0participants.", [(4000, None, "participants", "exact")]),
        ("Entre 150 et 200 «\u00a0motards en colère\u00a0» ont bloqué le péage.", [(150, 200, "motards", "exact")]),
        ("Le cortège a réuni une quarantaine de « stylos rouges » devant le rectorat.",
         [(40, None, "stylos rouges", "approx")]),
    ])


def test_elliptical_lists_share_the_counted_noun(nlp):
    check(nlp, [
        ("Le texte a été voté par 12 sénateurs LR, 8 PS et 3 centristes.",
         [(12, None, "sénateurs", "exact"), (8, None, "sénateurs", "exact"), (3, None, "sénateurs", "exact")]),
        ("Le conseil compte 21 élus RN, 14 LFI et 6 écologistes.",
         [(21, None, "élus", "exact"), (14, None, "élus", "exact"), (6, None, "élus", "exact")]),
        ("Les grévistes étaient 900 à Nantes, 400 à Angers et 120 à Laval.",
         [(900, None, "grévistes", "exact"), (400, None, "grévistes", "exact"), (120, None, "grévistes", "exact")]),
        ("Les plaignantes sont âgées de 29, 35 et 52 ans.",
         [(29, None, "ans", "exact"), (35, None, "ans", "exact"), (52, None, "ans", "exact")]),
    ])


def test_votes(nlp):
    check(nlp, [
        ("La motion a été rejetée par 312 voix contre 45.", [(312, None, "voix", "exact"), (45, None, "voix", "exact")]),
        ("Le budget est adopté par 27 voix contre 9 et 3 abstentions.",
         [(27, None, "voix", "exact"), (9, None, "voix", "exact"), (3, None, "abstentions", "exact")]),
    ])


def test_signed_values(nlp):
    check(nlp, [
        ("L'Insee prévoit une croissance de -1,8 % cette année.", [(-1.8, None, "%", "exact")]),
        ("Les ventes ont reculé de −0,4 % en mai, après +2,3 % en avril.",
         [(-0.4, None, "%", "exact"), (2.3, None, "%", "exact")]),
        ("La période 2018-2019 a été difficile.", []),
    ])


def test_scales_with_de_and_noun(nlp):
    check(nlp, [
        ("La mesure concerne 4 millions de foyers modestes.", [(4000000, None, "foyers modestes", "exact")]),
        ("Le plan vise un million de logements.", [(1000000, None, "logements", "exact")]),
        ("Le chantier coûtera entre 3 et 4 millions d'euros.", [(3000000, 4000000, "euros", "exact")]),
        ("La commune a perdu 1,2 milliard de mètres cubes d'eau.", [(1200000000, None, "mètres cubes", "exact")]),
    ])


def test_fractions_and_big_scales(nlp):
    check(nlp, [
        ("Le déficit atteint 2 millions et demi d'euros.", [(2500000, None, "euros", "exact")]),
        ("La région compte deux millions et demi d'habitants.", [(2500000, None, "habitants", "exact")]),
        ("Le fonds pèse quatre milliards et un quart d'euros.", [(4250000000, None, "euros", "exact")]),
        ("La dette mondiale dépasse deux billions de dollars.", [(2 * 10**12, None, "dollars", "exact")]),
    ])


def test_abbreviated_scales(nlp):
    check(nlp, [
        ("La chaîne a gagné 4,5 k abonnés en un mois.", [(4500, None, "abonnés", "exact")]),
        ("Le groupe a levé 2 mds d'euros.", [(2000000000, None, "euros", "exact")]),
        ("L'État a versé 3 Md€ de subventions.", [(3000000000, None, "€", "exact")]),
        ("Le club a dépensé 45 M€ pour un attaquant.", [(45000000, None, "€", "exact")]),
        ("Le coureur a parcouru 5 m en tombant.", [(5, None, "m", "exact")]),
    ])


def test_numbers_in_words_wherever_they_stand(nlp):
    check(nlp, [
        ("Ils étaient cinq à attendre devant la mairie.", [(5, None, None, "exact")]),
        ("Soixante-douze personnes ont été interpellées.", [(72, None, "personnes", "exact")]),
        ("Neuf pompiers ont été blessés.", [(9, None, "pompiers", "exact")]),
        ("Une vingtaine de policiers ont été mobilisés.", [(20, None, "policiers", "approx")]),
        ("Il y avait deux cent quarante-trois oiseaux.", [(243, None, "oiseaux", "exact")]),
        ("Le maire en a compté soixante-douze.", [(72, None, None, "exact")]),
        ("Il prévoit de marcher sept-huit jours.", [(7, 8, "jours", "exact")]),
    ])


def test_percentages_and_money(nlp):
    check(nlp, [
        ("Les prix ont augmenté de 3,2 % en un an.", [(3.2, None, "%", "exact")]),
        ("Le ticket coûte 15 euros.", [(15, None, "euros", "exact")]),
        ("Le préjudice est estimé à 1,5 milliard d'euros.", [(1500000000, None, "euros", "exact")]),
        ("La caution s'élève à 100 000 €.", [(100000, None, "€", "exact")]),
        ("Près de 45 % des bornes ont été vandalisées.", [(45, None, "%", "approx")]),
    ])


def test_qualifiers(nlp):
    check(nlp, [
        ("Près de 480 victimes ont été recensées.", [(480, None, "victimes", "approx")]),
        ("Quelque 70 militants occupaient le site.", [(70, None, "militants", "approx")]),
        ("Plus de 18 000 dossiers ont été classés.", [(18000, None, "dossiers", "more_than")]),
        ("Au moins trois cent mille personnes ont manifesté.", [(300000, None, "personnes", "at_least")]),
        ("Moins de douze heures ont suffi.", [(12, None, "heures", "less_than")]),
        ("Il a versé jusqu'à 7 900 euros.", [(7900, None, "euros", "at_most")]),
        ("Pas moins de 23.051 dossiers ont été ouverts.", [(23051, None, "dossiers", "at_least")]),
        ("Plus d'une centaine de manifestants étaient présents.", [(100, None, "manifestants", "more_than")]),
        ("Les victimes sont suivies depuis plus d'une décennie.", [(1, None, "décennie", "more_than")]),
    ])


def test_counted_thing_of_a_copula_a_count_noun_or_dont(nlp):
    check(nlp, [
        ("Les manifestants étaient 700 selon la police.", [(700, None, "manifestants", "exact")]),
        ("L'accident porte à trois le nombre de morts sur cette route.", [(3, None, "morts", "exact")]),
        ("Une trentaine de pompiers ont été blessés, dont deux hospitalisés.",
         [(30, None, "pompiers", "approx"), (2, None, "pompiers", "exact")]),
        ("En tout, 236 supporters ont été arrêtés et 191 placés en cellule.",
         [(236, None, "supporters", "exact"), (191, None, "supporters", "exact")]),
        ("L'attaque a fait trois morts et 13 blessés.", [(3, None, "morts", "exact"), (13, None, "blessés", "exact")]),
    ])


@pytest.mark.parametrize(
    "sentence",
    [
        "Créée en 2003, la plateforme a fermé.",  # a year
        "Il y a deux ans, la ville a voté.",  # the amount of a date
        "Il a appelé le 17 depuis une cabine.",  # a reference
        "Le 16 avril 2024, il est mort.",  # day number and year inside a date
        "Il parlait avec une certaine Camille2009.",  # pseudonym
        "C'est le premier forum de rencontre anonyme.",  # ordinal
        "Il est arrivé 1er de la course.",  # ordinal in digits
        "Les manifestants ont défilé pour le 10e samedi.",  # ordinal
        "L'ennui, selon lui, c'est que 1) personne ne vérifie les comptes.",  # list marker
        "Il écoute Europe 1 chaque matin.",  # a name
        "Un jeune homme a été tué.",  # article, not a count
        "Une femme a été entendue.",  # article, not a count
        "Tous deux ont été relâchés dans la soirée.",  # pronoun
        "Voir l'article 12 du code pénal.",  # reference number
        "Le sommet du G7 s'ouvre à Biarritz.",  # a name with digits
        "Les policiers ont fait usage du LBD 40 pendant l'acte 10.",  # a weapon, an episode
        "Le rassemblement commence à 14 h place de la République.",  # a clock time
        "La dépêche est datée 31/01/2019 18:18:54.",  # a time stamp
        "Il habitait autour d'une route nationale.",  # an article after a qualifier
        "Son appartement neuf donne sur le parc.",  # "neuf" = new
    ],
)
def test_not_figures(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_figure_offsets_and_text(nlp):
    text = "Selon le parquet, près de 480 victimes ont été recensées."
    doc = nlp(text)
    (fig,) = doc._.figures
    assert fig["text"] == "près de 480 victimes" == text[fig["start"] : fig["end"]]
    assert [s.text for s in doc.spans["figures"]] == ["près de 480 victimes"]


def test_number_finder_and_qualifier_are_pure():
    numbers = find_numbers("Il y a 23 051 dossiers et vingt-trois mille plaintes.", WORDS)
    assert [n.value for n in numbers] == [23051, 23000]
    assert qualifier_before("un peu plus de ", 15, WORDS) == ("more_than", 0)
    assert qualifier_before("il compte ", 10, WORDS) == ("exact", 10)


NEW_WORDS = [
    {"kind": "qualifier", "text": "à la louche", "qualifier": "approx"},
    {"kind": "scale", "word": "lakh", "value": 100000},
]
NEW_WORDS_SENTENCE = "À la louche 3 lakh de roupies ont été saisies."


def test_words_added_to_a_copied_config_take_effect(tmp_path):
    """A qualifier and a scale added to a copy of figure_words.jsonl, named by a copied config, are used."""
    from pressfacts.nlp import load_pipeline

    folder = tmp_path / "pipelines"
    shutil.copytree(pipelines_dir(), folder)
    with open(folder / "figure_words.jsonl", "a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in NEW_WORDS)
    nlp = load_pipeline(folder / "pressfacts.cfg")
    assert figures_of(nlp, NEW_WORDS_SENTENCE) == [(300000, None, "roupies", "approx")]


def test_component_reads_only_its_own_words_and_saves_them(nlp, tmp_path):
    """initialize(words=path) replaces the packaged words; to_disk/from_disk carry them (JSONL in a folder)."""
    words = tmp_path / "words.jsonl"
    shutil.copy(pipelines_dir() / "figure_words.jsonl", words)
    with open(words, "a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in NEW_WORDS)
    doc = nlp(NEW_WORDS_SENTENCE)
    assert [(f["value"], f["qualifier"]) for f in doc._.figures] == [(3, "exact")]  # the packaged words

    rec = FigureRecognizer(nlp, "figures_test")
    rec.initialize(words=str(words))
    assert [(f["value"], f["unit"], f["qualifier"]) for f in rec(doc)._.figures] == [(300000, "roupies", "approx")]

    rec.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "figure_words.jsonl").is_file()
    loaded = FigureRecognizer(nlp, "figures_loaded").from_disk(tmp_path / "saved")
    assert [(f["value"], f["qualifier"]) for f in loaded(nlp(NEW_WORDS_SENTENCE))._.figures] == [(300000, "approx")]


def test_factory_declares_what_it_sets_and_needs(nlp):
    meta = nlp.get_pipe_meta("pressfacts_figures")
    assert "doc._.figures" in meta.assigns
    assert "token.dep" in meta.requires


def test_partitive_counts_the_noun_after_des(nlp):
    check(nlp, [
        ("Onze des prévenus ont fait appel.", [(11, None, "prévenus", "exact")]),
        ("Le club a vendu trois de ses attaquants cet hiver.", [(3, None, "attaquants", "exact")]),
    ])


def test_scale_de_any_counted_word_and_approx_of_thousands(nlp):
    check(nlp, [
        ("Environ 2,3 millions de musulmans vivent dans le pays.", [(2300000, None, "musulmans", "approx")]),
        ("Une centaine de milliers de visiteurs sont attendus au salon.", [(100000, None, "visiteurs", "approx")]),
    ])


def test_count_in_parentheses_after_its_noun(nlp):
    check(nlp, [
        ("Le procès réunira des parties civiles (2.400) et des avocats (350).",
         [(2400, None, "parties civiles", "exact"), (350, None, "avocats", "exact")]),
        ("Les interpellations (120) ont surtout eu lieu en soirée.", [(120, None, "interpellations", "exact")]),
    ])


def test_bare_plural_participles_and_lowercase_names_are_counted(nlp):
    check(nlp, [
        ("Le collectif recense 14 éborgnés et 3 mains arrachées.",
         [(14, None, "éborgnés", "exact"), (3, None, "mains", "exact")]),
        ("Quatre wilayas du sud recevront une aide.", [(4, None, "wilayas", "exact")]),
    ])


def test_times_are_counted(nlp):
    check(nlp, [
        ("Sa facture a augmenté deux fois plus vite que prévu.", [(2, None, "fois", "exact")]),
        ("Il a été contrôlé près de 40 fois en un an.", [(40, None, "fois", "approx")]),
    ])


def test_big_counts_after_les_are_figures(nlp):
    check(nlp, [
        ("Les départs ont dépassé les 18 000, du jamais vu.", [(18000, None, None, "exact")]),
        ("Elle a rejoint les 3 500 grévistes du site.", [(3500, None, "grévistes", "exact")]),
    ])


@pytest.mark.parametrize("sentence", [
    "Voici la méthode :\n1. Réservez tôt.\n2. Comparez les prix.",
    "La réunion débutera à 9 h 00 au siège.",
    "Plus d'un tiers des salariés et deux tiers des cadres sont concernés.",
    "Les adultes atteints du diabète de type 1 sont suivis.",
    "Dans les années 1960 ou 1980, la ville était ouvrière.",
    "Lyon, 12 jan 2020 (AFP) - La mairie a réagi.",
    "Le recours a été déposé au tribunal.Tous deux attendent la décision.",
    "De l'indice 100 en 2005, les prix ont atteint 130.",
])
def test_not_figures_on_unseen_phrasings(nlp, sentence):
    values = [f["value"] for f in nlp(sentence)._.figures]
    assert not {1, 2, 9, 0, 1960, 1980, 12, 100, 3} & set(values), (sentence, values)


def test_scale_after_a_closing_quote(nlp):
    check(nlp, [
        ("Les dégâts : « entre 5 et 6 » millions d'euros selon la ville.", [(5000000, 6000000, "euros", "exact")]),
        ("La facture atteindrait « 2 » milliards d'euros.", [(2000000000, None, "euros", "exact")]),
    ])


def test_hours_of_the_day_are_not_counts(nlp):
    check(nlp, [
        ("Le cortège est arrivé place Bellecour vers 16 heures samedi.", []),
        ("Les grévistes se sont réunis à 9 heures devant la mairie.", []),
        ("La garde à vue a duré 36 heures.", [(36, None, "heures", "exact")]),
    ])


def test_and_a_half_after_the_counted_noun(nlp):
    check(nlp, [
        ("Le chantier a été suspendu pendant trois mois et demi.", [(3.5, None, "mois", "exact")]),
        ("Les travaux ont pris deux ans et demi.", [(2.5, None, "ans", "exact")]),
    ])


def test_singular_currencies_and_articles_before_certain(nlp):
    check(nlp, [
        ("Le ticket coûtait alors 2,40 franc et le pain 1 euro.", [(2.4, None, "franc", "exact"), (1, None, "euro", "exact")]),
        ("Il faut le soutenir jusqu'à un certain point.", []),
        ("Elle a gardé le silence pendant une certaine période.", []),
    ])


def test_copula_with_a_qualifier_and_a_count_out_of_a_counted_group(nlp):
    check(nlp, [
        ("Les retraités étaient quelque 12 000 dans les rues jeudi.", [(12000, None, "retraités", "approx")]),
        ("Un total de 41 des 58 départements ont répondu.",
         [(41, None, "départements", "exact"), (58, None, "départements", "exact")]),
    ])


def test_counts_that_take_up_a_noun_said_before(nlp):
    check(nlp, [
        ("L'accident a tué une femme et blessé 12 autres.", [(12, None, "femme", "exact")]),
        ("Un tiers des élèves du réseau public, soit 40 000, a été touché par la grève.",
         [(40000, None, "élèves", "exact")]),
        ("Les ventes ont atteint 4,2 millions d'exemplaires, soit 3 millions de plus qu'en 2017.",
         [(4200000, None, "exemplaires", "exact"), (3000000, None, "exemplaires", "exact")]),
        ("La police a recensé 4 500 gilets jaunes. Aux 4 500 se sont ajoutés des motards.",
         [(4500, None, "gilets jaunes", "exact"), (4500, None, "gilets jaunes", "exact")]),
    ])


def test_quotes_glued_to_the_counted_noun_and_old_years_and_footnotes(nlp):
    check(nlp, [
        ("Une trentaine d'autres «stylos rouges» ont suivi.", [(30, None, "autres stylos rouges", "approx")]),
        ("Les tombes datent de 250 à 120 avant J.-C. selon les archéologues.", []),
        ("(1) Voir le rapport du Sénat.", []),
    ])


@pytest.mark.parametrize("sentence", [
    "Le club a battu Lyon 81-67 samedi soir, puis a perdu (2-3) contre Nantes.",  # scores
    "Le match s'est conclu sur un score de 3 - 1 en faveur des visiteurs.",  # a spaced score
    "Près de sept Français sur dix soutiennent la réforme.",  # a ratio
    "Selon l'enquête, un salarié sur trois est inquiet.",  # a ratio after an article
    "C'est deux poids, deux mesures, dit-il, une justice à deux vitesses.",  # idioms
    "Les camions viennent des quatre coins du pays et roulent dans les deux sens.",  # idioms
    "Le budget a été déposé lundi. 1- Le maire reste en poste. 2- La dette recule.",  # numbered items
])
def test_scores_ratios_idioms_and_numbered_items_are_not_figures(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_score_pattern_keeps_ranges_with_a_unit(nlp):
    assert figures_of(nlp, "Les stagiaires, âgés de 18-25 ans, ont signé.") == [(18, 25, "ans", "exact")]
    assert figures_of(nlp, "Il faisait 12 degrés sous zéro à Québec.") == [(12, None, "degrés", "exact")]


def test_counts_restated_by_a_date_or_a_place_take_the_earlier_noun(nlp):
    assert figures_of(nlp, "Ils étaient 5000 manifestants le 1er décembre. Leur nombre a reculé : 3000 le 8 "
                           "décembre et 1200 le 15 décembre.") == [
        (5000, None, "manifestants", "exact"), (3000, None, "manifestants", "exact"),
        (1200, None, "manifestants", "exact")]
    assert figures_of(nlp, "La police a compté 900 grévistes à Dijon selon la préfecture, tandis que les syndicats "
                           "en ont dénombré 2500 à Dijon.") == [
        (900, None, "grévistes", "exact"), (2500, None, "grévistes", "exact")]
    # a duration is not the thing a later count restates
    assert figures_of(nlp, "Marc, 52 ans, a défilé. Il y avait 300 à Nancy.")[1][2] is None


def test_count_after_a_quoted_noun_and_a_side_word(nlp):
    assert figures_of(nlp, "Ils étaient 400 « gilets jaunes » samedi, contre 520 le 8 décembre.")[1][2] == "gilets"
    assert figures_of(nlp, "Les échauffourées ont causé 31 blessés, dont 7 côté gendarmes.") == [
        (31, None, "blessés", "exact"), (7, None, "blessés", "exact")]


def test_a_count_out_of_a_total_is_not_a_ratio(nlp):
    assert figures_of(nlp, "Le parti a obtenu 12 sièges sur 40 à l'assemblée.") == [
        (12, None, "sièges", "exact"), (40, None, "sièges", "exact")]
    assert figures_of(nlp, "Une personne sur deux a voté, et il s'arrêtait tous les trois mètres.") == [
        (3, None, "mètres", "exact")]


def test_one_scale_for_a_step_and_a_falling_change(nlp):
    assert figures_of(nlp, "La dette est passée de 9 à 6 milliards d'euros.") == [
        (9000000000, None, "euros", "exact"), (6000000000, None, "euros", "exact")]
    assert figures_of(nlp, "Les abonnés sont passés de 5 puis 20 millions en dix ans.")[:2] == [
        (5000000, None, None, "exact"), (20000000, None, None, "exact")]
    assert figures_of(nlp, "Le coût varie de 500 à 1 million d'euros.") == [(500, 1000000, "euros", "exact")]
    assert figures_of(nlp, "Le chômage est passé de 7 à 3 % en un an.")[:2] == [
        (7, None, "%", "exact"), (3, None, "%", "exact")]


def test_misread_thousands_glued_currency_and_more_idioms(nlp):
    assert figures_of(nlp, "Le rapport évoque 9.228 tirs de grenades et 1.200 blessés.") == [
        (9228, None, "tirs", "exact"), (1200, None, "blessés", "exact")]
    assert figures_of(nlp, "La préfecture fait état de 342 blessés, dont 11 graves.") == [
        (342, None, "blessés", "exact"), (11, None, "blessés", "exact")]
    assert figures_of(nlp, "Elle touche 700EUR de pension, dit-elle.") == [(700, None, "EUR", "exact")]
    assert figures_of(nlp, "Le pays a un exécutif à deux têtes.") == []


def test_scores_written_with_a_after_a_result_word(nlp):
    assert figures_of(nlp, "Le Canadien a battu Boston 4 à 2 mardi soir.") == []
    assert figures_of(nlp, "Les Lions se sont imposés 3 à 1 au Stade de France.") == []
    assert figures_of(nlp, "Le tarif passera de 4 à 6 euros en mai.") == [(4, 6, "euros", "exact")]


def test_footnote_calls_zero_and_new_are_not_counts(nlp):
    assert figures_of(nlp, "Sofiane (1) décrit sa nuit au commissariat dans une pièce de 8 détenus.") == [
        (8, None, "détenus", "exact")]
    assert figures_of(nlp, "Le oui recule à 40 % (-3) et le non gagne 22 % (+4).")[1::2] == [
        (-3, None, None, "exact"), (4, None, None, "exact")]
    assert figures_of(nlp, "Le ministre prône la tolérance zéro dans la salle flambant neuf tous les soirs.") == []


def test_plural_tagged_adjective_before_a_weekday_is_the_counted_noun(nlp):
    assert figures_of(nlp, "La police a interpellé 153 lycéens jeudi.") == [(153, None, "lycéens", "exact")]
    assert figures_of(nlp, "Ils ont reçu 40 collégiens mardi dans la mairie.") == [(40, None, "collégiens", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Une réforme à deux vitesses, DEUX POIDS, DEUX MESURES, et trois fois rien pour les autres.",
        "Il a mis les Quatre Vérités sur la table, en deux temps et trois mouvements.",
        "Rien de tout cela ici : deux poids lourds et quatre vérificateurs.",
    ],
)
def test_idioms_grouped_by_first_letter_match_as_listed(text: str) -> None:
    import re

    from pressfacts.components.figures import _idiom_pattern
    from pressfacts.settings import alternation

    idioms = ["deux poids deux mesures", "à deux vitesses", "les quatre vérités", "trois fois rien", "en deux temps",
              "deux temps trois mouvements", "en deux temps trois mouvements"]
    listed = "|".join(alternation([i]).replace(r"\s+", r"[\s,-]+") for i in idioms)
    plain = re.compile(rf"(?<![\w])(?:{listed})(?![\w])", re.IGNORECASE)
    assert [m.span() for m in _idiom_pattern(idioms).finditer(text)] == [m.span() for m in plain.finditer(text)]
