"""Quote speakers carried over several sentences and paragraphs (quotations going on, titles, subheadings)."""

from __future__ import annotations

import pytest

from quote_probes import SPK29, SPK30
from quoting import quoted, speakers

_PREFECT = ("« Nous fermerons la route nationale dès ce soir pour éviter un blocage comme celui de la semaine "
            "passée », annonce Paul Verdier, le préfet du Gers. Aucun camion ne passera donc par le col entre 22 heures "
            "et 6 heures du matin. Pour rejoindre l'Espagne, des déviations sont prévues par Lannemezan et par la "
            "vallée d'Aure, avec une signalisation renforcée sur tout le parcours.\n\n")
_CHECKS = "« Les douaniers feront des contrôles toute la nuit et nous devrons patienter sur les aires prévues à cet effet. »"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A narrative paragraph that names nobody else: the quotation after it goes on with the last speaker.
        (_PREFECT + "L'objectif est aussi de vérifier les chargements avant les fêtes. " + _CHECKS,
         ["Paul Verdier", "Paul Verdier"]),
        ("« Le chantier du nouveau collège commencera au printemps et durera deux ans au moins », a expliqué Claire "
         "Dumas, la présidente du département, lors de la séance de lundi. Le bâtiment accueillera six cents élèves "
         "dans des classes plus petites, avec une cantine et un gymnase neufs. Le terrain, longtemps occupé par une "
         "ancienne caserne, a été dépollué l'an dernier.\n\nLe coût total atteint 24 millions d'euros. « Nous avons "
         "obtenu l'aide de l'État pour un tiers et la région apportera le reste. »", ["Claire Dumas", "Claire Dumas"]),
        # Someone else comes in: an unnamed driver, an organization, people as "eux".
        (_PREFECT + "Un chauffeur routier attend sur le parking depuis midi. " + _CHECKS, ["Paul Verdier", None]),
        (_PREFECT + "La Fédération des transporteurs conteste la mesure depuis midi. " + _CHECKS, ["Paul Verdier", None]),
        (_PREFECT + "Les routiers, eux, ont prévu de bloquer le péage. " + _CHECKS, ["Paul Verdier", None]),
    ],
)
def test_quotation_carried_over_a_narrative_paragraph(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The cited author speaks the citation; the quotation after it carries on with the one who cites.
        ("Le ministre Paul Lenoir a défendu la liberté de la presse, reprenant à son compte la formule de Voltaire : "
         "« Je ne suis pas d'accord avec ce que vous dites ».\n\n« Ce principe vaut pour tous les journalistes, de "
         "droite comme de gauche. Je ne ferai aucune exception. »",
         {"Je ne suis pas d'accord avec ce que vous dites": "Voltaire",
          "Ce principe vaut pour tous les journalistes, de droite comme de gauche. Je ne ferai aucune exception.":
              "Paul Lenoir"}),
        ("La maire Sophie Arnal cite volontiers ces mots de Jean Jaurès : « Le courage, c'est de chercher la vérité et "
         "de la dire ». « C'est ma ligne depuis le premier jour », ajoute-t-elle.",
         {"Le courage, c'est de chercher la vérité et de la dire": "Jean Jaurès",
          "C'est ma ligne depuis le premier jour": "Sophie Arnal"}),
    ],
)
def test_citation_is_not_carried_on(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A sentence with no finite verb and nobody named goes on with the sentence before it.
        ("Le médecin Paul Arnaud conseille d'organiser les tâches autrement. Faire des pauses courtes, \"qui ne "
         "remplacent pas le sommeil mais aident à rester attentif\". Et boire beaucoup d'eau.",
         {"qui ne remplacent pas le sommeil mais aident à rester attentif": "Paul Arnaud"}),
        ("La coach Julie Martin recommande de courir lentement au début. Puis des sorties plus longues, « qui habituent "
         "le corps à l'effort sans le blesser ».",
         {"qui habituent le corps à l'effort sans le blesser": "Julie Martin"}),
        # A capitalised name in such a sentence is no one's words.
        ("La syndicaliste Anne Roy a lancé un appel à la grève. D'où l'idée des « Jeudis de la colère sociale », des "
         "actions organisées localement.",
         {"Jeudis de la colère sociale": None}),
    ],
)
def test_verbless_fragment_goes_on_with_the_sentence_before(nlp, text, want):
    got = quoted(nlp, text)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("text", "title_quote", "want"),
    [
        # A title condensing the body's quotation (a few words left out) is that speaker's.
        ("Réforme : « Quand on ferme une école, on abandonne le village »\n\nLa maire Sophie Arnal a réagi mardi. "
         "« Je le répète : quand on ferme une école, on appauvrit et on abandonne le village », a-t-elle déclaré.",
         "Quand on ferme une école, on abandonne le village", "Sophie Arnal"),
        ("Budget : « Nous ne signerons pas ce texte injuste »\n\nLe syndicaliste Marc Dorval a quitté la réunion. "
         "« Nous ne signerons pas ce texte profondément injuste pour les salariés », a-t-il expliqué.",
         "Nous ne signerons pas ce texte injuste", "Marc Dorval"),
    ],
)
def test_condensed_title_quote_takes_the_body_speaker(nlp, text, title_quote, want):
    assert quoted(nlp, text).get(title_quote) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Le chômage reculerait légèrement au printemps », écrit l'Insee dans sa note. Toutefois, « l'investissement "
         "des entreprises resterait faible jusqu'à l'été ».",
         "l'investissement des entreprises resterait faible jusqu'à l'été", "Insee"),
        ("« Nous avons tenu nos engagements envers les habitants », a déclaré Hélène Marchais, maire de Vierzon. "
         "Pourtant, « il reste beaucoup à faire pour les quartiers nord de la ville ».",
         "il reste beaucoup à faire pour les quartiers nord de la ville", "Hélène Marchais"),
    ],
)
def test_whole_clause_after_a_sentence_adverb_goes_on(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a topic noun phrase with a "qui" relative, then the speaker's words: they go on with the one who just spoke
        ("« On attend des gestes forts », explique Mathilde Roux, syndicaliste à Nantes. Les mesures pour les familles "
         "qui touchent moins de 1500 euros « c'est un premier pas », « le chèque énergie aussi, ça compte ». « Mais il "
         "faudra aller plus loin ».",
         ["Mathilde Roux", "Mathilde Roux", "Mathilde Roux", "Mathilde Roux"]),
        ("« Le village se meurt », déplore Hélène Garnier, la maire de la commune. Les commerces qui ferment les uns après "
         "les autres « ne rouvriront jamais, personne ne veut les reprendre ».",
         ["Hélène Garnier", "Hélène Garnier"]),
        # "annonces", "critiques" behind their article are nouns, not forms of "annoncer", "critiquer" introducing the words
        ("« Ce n'est pas sérieux », juge Paul Verdier, conducteur de bus. Les annonces pour les usagers qui prennent le "
         "train « arrivent bien trop tard, et personne ne les comprend ».",
         ["Paul Verdier", "Paul Verdier"]),
        ("« Nous avons tout essayé », assure Nadia Ferrand, éleveuse dans le Jura. Les critiques contre les paysans qui "
         "manifestent « sont injustes, nous nourrissons le pays ».",
         ["Nadia Ferrand", "Nadia Ferrand"]),
        # a relative clause with a subject of its own, or a finite verb outside the marks: the usual rules (nobody)
        ("« Le compte n'y est pas », tranche Bernard Ollier, l'un des élus de la commune. Le projet que la mairie "
         "présente aux habitants « ne règle rien du tout ».",
         ["Bernard Ollier", None]),
        ("« La situation reste tendue », a reconnu Pascal Marin. Le décret que le gouvernement publie jeudi prévoit "
         "« une hausse de 3 % des tarifs ».",
         ["Pascal Marin", None]),
    ],
)
def test_words_after_a_topic_phrase(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a subheading alone between paragraphs: the words said further on name its speaker, not the paragraph above
        ("Grève à l'hôpital de Vierzon\n\nLes soignants de l'hôpital ont cessé le travail lundi. « On ne lâchera pas, "
         "on tiendra le temps qu'il faudra », lance Gérard Moulin, aide-soignant. « Pour nous, cette réforme c'est la "
         "fin du service public ».\n\n« Un pansement sur une jambe de bois »\n\nDevant la mairie, les agents ont "
         "écouté le ministre. « Le gouvernement nous met un pansement sur une jambe de bois, rien de plus », lâche "
         "Sophie Carrel, infirmière.",
         ["Gérard Moulin", "Gérard Moulin", "Sophie Carrel", "Sophie Carrel"]),
        ("Grève à l'usine de Cholet\n\nLes salariés ont voté la grève mardi. « Nous resterons mobilisés jusqu'au "
         "bout », affirme Jacques Perrin, délégué syndical. « Le plan de la direction ne tient pas debout ».\n\n"
         "« Une colère qui monte »\n\nDans les ateliers, la production est à l'arrêt depuis mardi. « Les gens n'en "
         "peuvent plus », dit une ouvrière.",
         ["Jacques Perrin", "Jacques Perrin", None, None]),
    ],
)
def test_subheading_between_paragraphs(nlp, text, want):
    assert speakers(nlp, text) == want


_SPK29 = {pid: p["text"] for pid, p in SPK29.items()}


@pytest.mark.parametrize(
    ("probe_id", "want"),
    [
        # Words quoted inside the narrative sentence right after a quotation's incise go on with its speaker.
        ("frag1", ["Matignon", "Matignon"]),
        ("frag2", ["Laurent Berger", "Laurent Berger"]),
        ("frag3", ["Valérie Plante", "Valérie Plante"]),
        ("frag5", ["Charles Michel", "Charles Michel"]),
        ("frag8", ["Christophe Galtier", "Christophe Galtier"]),
        ("frag9", ["Maxime Nicolle", "Maxime Nicolle"]),
        ("frag10", ["SNCF", "SNCF"]),
        # Not when that sentence brings in someone else (an unnamed protester, a spokeswoman, "ils", a plural subject,
        # a body such as "l'exécutif"), a text with its own wording (a decree, a petition, placards, "selon un
        # rapport"), when the quotation is in the next paragraph or a sentence further on, or when the quotation before
        # had no speaker.
        ("nfrag1", ["Eric Drouet", None]),
        ("nfrag2", ["Christophe Castaner", None]),
        ("nfrag3", ["Christophe Castaner", None]),
        ("nfrag4", [None, None]),
        ("nfrag5", ["Eric Drouet", None]),
        ("nfrag6", ["Laurent Berger", None]),
        ("nfrag7", ["Philippe Martinez", None]),
        ("nfrag8", ["Olivier Faure", None]),
        ("nfrag9", ["Eric Drouet", None]),
        ("nfrag10", ["Édouard Philippe", None]),
        ("nfrag11", ["Édouard Philippe", None]),  # a body that may speak for itself ("le gouvernement, qui …")
        ("nfrag12", ["Sébastien Lecornu", None]),
        ("frag4", ["Noureddine Bedoui", None]),  # a plural subject ("les listes") may be people: left unknown
    ],
)
def test_fragment_in_the_sentence_after_a_quotation(nlp, probe_id, want):
    assert speakers(nlp, _SPK29[probe_id]) == want


_SPK30 = {pid: p["text"] for pid, p in SPK30.items()}


@pytest.mark.parametrize(
    ("probe_id", "want"),
    [
        # A quotation paragraph with no cue after a paragraph whose last sentence has a named person as subject.
        ("para01", ["Paul Martin"]),
        ("para02", ["Marie Dupont"]),
        ("para03", ["François Legault"]),  # "Interrogé par X, le premier ministre Y a …"
        ("para04", ["Daniel Boyer"]),
        ("para05", ["Pierre-Arnaud Perrouty"]),
        ("para06", ["Noureddine Bedoui"]),
        ("para07", ["Willy Demeyer"]),
        ("para08", ["Marie Dupont"]),
        ("para09", ["Xavier Martin"]),
        ("para10", ["Martine Aubry"]),  # the apposition the parser calls a conj
        # Near-misses: an unnamed subject, a noun that only mentions someone, two subjects, a sentence between,
        # a group, a book, a "il" in the words (maybe the subject spoken of), paragraphs further up.
        ("paran01", [None]),
        ("paran02", [None]),
        ("paran03", [None]),
        ("paran04", [None]),
        ("paran05", [None]),
        ("paran06", [None]),
        ("paran07", [None]),
        ("paran08", [None]),
        ("paran09", [None]),
        ("paran10", [None]),
    ],
)
def test_quotation_paragraph_after_a_named_subject(nlp, probe_id, want):
    assert speakers(nlp, _SPK30[probe_id]) == want


@pytest.mark.parametrize(
    ("probe_id", "want"),
    [
        # "X a lancé un appel. L'objectif : « … »": a determiner and a noun of what one wants or holds, a colon.
        ("gist01", ["CGT"]),  # "le syndicat CGT"
        ("gist02", ["Marie Dupont"]),
        ("gist03", ["Paul Martin"]),  # "Parmi ses questions : « … »"
        ("gist04", ["CGT"]),  # "Le mot d'ordre"
        ("gist05", ["Marie Dupont"]),
        ("gist06", ["François Legault"]),
        ("gist07", ["Greenpeace"]),
        ("gist08", ["Noureddine Bedoui"]),
        ("gist09", ["Amnesty International"]),
        ("gist10", ["Droit au logement", "Droit au logement"]),  # the gist of the words quoted just before
        # Near-misses: a group ("leur"), an unnamed subject, a noun with its own complement, a verb in the lead, a
        # banner, a source named in the lead, two people before, a report, another person in the sentence before.
        ("gistn01", [None]),
        ("gistn02", [None]),
        ("gistn03", [None]),
        ("gistn04", [None]),
        ("gistn05", [None]),
        ("gistn06", [None]),
        ("gistn07", ["CGT"]),
        ("gistn08", [None]),
        ("gistn09", [None]),
        ("gistn10", ["Paul Martin", None]),
    ],
)
def test_gist_noun_before_a_colon(nlp, probe_id, want):
    assert speakers(nlp, _SPK30[probe_id]) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "L'occasion pour lui de …" between the subject's sentence and the quotation: his words.
        ("La sénatrice Agnès Morin a reçu les maires du département. L'occasion pour elle de défendre la réforme. "
         "« Les communes rurales ne seront pas oubliées. »", {"Les communes rurales ne seront pas oubliées.": "Agnès Morin"}),
        ("Le président du club, Serge Caillou, a réuni les supporters. Une manière pour lui de calmer la colère. "
         "« Nous allons recruter cet hiver, c'est promis. »", {"Nous allons recruter cet hiver, c'est promis.": "Serge Caillou"}),
        # The occasion is for people no name is given for: nobody.
        ("Le maire Pierre Lenoir a ouvert le marché de Noël. L'occasion pour les familles de flâner entre les chalets. "
         "« On vient chaque année, c'est une tradition. »", {"On vient chaque année, c'est une tradition.": None}),
    ],
)
def test_occasion_for_someone_before_the_quotation(nlp, text, want):
    assert quoted(nlp, text) == want
