"""Quote speakers named in an incise (", dit X,", "a-t-il ajouté", inverted subject) before, inside or after the quotation."""

from __future__ import annotations

import pytest

from quoting import quoted, speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ", estime X," inside the sentence, which goes on to the quotation: X speaks.
        ("La réforme, estime l'économiste Claire Vasseur, repose sur un « pari risqué pour les finances publiques ».",
         {"pari risqué pour les finances publiques": "Claire Vasseur"}),
        ("Le projet, affirme le sociologue Marc Lenoir, constitue « une erreur historique pour la région ».",
         {"une erreur historique pour la région": "Marc Lenoir"}),
        # Someone else named in the main clause: the incise only relays that person's words.
        ("Le ministre Paul Dufour, rappelle Marie Caron, avait promis « une baisse rapide des impôts locaux ».",
         {"une baisse rapide des impôts locaux": "Paul Dufour"}),
    ],
)
def test_incise_in_the_middle_of_the_sentence(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Et, rappelle-t-elle, « … »": the inverted pronoun of an incise right before the quotation.
        ("La juge Marie Lenoir a répondu aux questions. Et, rappelle-t-elle, « personne ne sera au-dessus des lois "
         "dans ce dossier ».", {"personne ne sera au-dessus des lois dans ce dossier": "Marie Lenoir"}),
        ("Le préfet Henri Lambert a visité le chantier. Mais, ajoute-t-il, « les travaux devront reprendre avant la "
         "fin du mois ».", {"les travaux devront reprendre avant la fin du mois": "Henri Lambert"}),
    ],
)
def test_pronoun_incise_right_before_the_quotation(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A present participle of a speech verb hung on the incise, with no subject of its own: the same speaker.
        ("Le ministre du Budget, Paul Mercier, a répondu aux sénateurs. « Je comprends que vous évoquiez la "
         "pression fiscale (...) », avait-il cru bon de rétorquer, raillant les « renoncements » de la « majorité sortante ».",
         ["Paul Mercier", "Paul Mercier", "Paul Mercier"]),
        ("Le député Hugo Marchal a répondu au ministre. « Vous parlez de justice fiscale mais vous n'en faites rien "
         "(...) », avait-il jugé bon de lancer, raillant les « reculades » du « gouvernement précédent ».",
         ["Hugo Marchal", "Hugo Marchal", "Hugo Marchal"]),
        # A verb with a subject of its own brings in someone else.
        ("La présidente Emma Roussel a exprimé sa « honte » après les incidents de samedi, tandis que le préfet Marc "
         "Vidal dénonçait ceux qui ont « frappé » les pompiers.", ["Emma Roussel", "Marc Vidal"]),
    ],
)
def test_subjectless_participle_keeps_the_speaker(nlp, text, want):
    assert speakers(nlp, text) == want


def test_causative_faire_before_a_speech_verb_is_an_incise(nlp):
    # "a fait savoir la présidence": the incise names an unnamed body; the man named the sentence before is no speaker.
    text = ("Emmanuel Macron recevra les syndicats lundi. « Le chef de l'État veut entendre toutes les propositions », "
            "a fait savoir la présidence.")
    assert quoted(nlp, text)["Le chef de l'État veut entendre toutes les propositions"] is None
    text = ("Le maire Paul Ravel a reçu les commerçants mardi. « Les travaux de la place du marché dureront jusqu'en "
            "mars », a fait remarquer Jeanne Morel, adjointe à l'urbanisme.")
    assert quoted(nlp, text)["Les travaux de la place du marché dureront jusqu'en mars"] == "Jeanne Morel"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # quotations with only commas or "et" between them share the incise after the last one
        ("« C'est une polémique inventée », a répondu le porte-parole Pierre Lambert. « La ville est paralysée et le "
         "maire part en vacances ! », « c'est une honte pour nos commerçants », a tweeté la conseillère municipale "
         "Julie Renaud.",
         ["Pierre Lambert", "Julie Renaud", "Julie Renaud"]),
        ("« Nous ne céderons pas », a martelé le ministre Marc Dutour. « Le pays est à l'arrêt », « personne ne "
         "comprend ce gouvernement » et « il faut des élections », a répliqué l'opposant Yves Caradec.",
         ["Marc Dutour", "Yves Caradec", "Yves Caradec", "Yves Caradec"]),
        # no incise after them: they go on with the one who just spoke
        ("« Nous ne céderons pas », a martelé le ministre Marc Dutour. « Le dialogue reste ouvert », « la porte n'est "
         "pas fermée ».",
         ["Marc Dutour", "Marc Dutour", "Marc Dutour"]),
    ],
)
def test_quotations_sharing_an_incise(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Les salaires ont enfin été revalorisés », qui avait alors été salué par les syndicats, souligne le "
         "sociologue Paul Renard.",
         "Les salaires ont enfin été revalorisés", "Paul Renard"),
        ("« Les petites communes ont beaucoup investi depuis la crise sanitaire », qui avaient alerté sur la "
         "fermeture des écoles rurales, rappelle l'historienne Claire Fabre.",
         "Les petites communes ont beaucoup investi depuis la crise sanitaire", "Claire Fabre"),
    ],
)
def test_relative_clause_before_the_incise(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Le retrait sera achevé avant l'été », a indiqué aux journalistes flamands la ministre de la Mobilité, "
         "Hélène Verstraete.",
         "Le retrait sera achevé avant l'été", "Hélène Verstraete"),
        ("« Nous avons perdu trois mois de recettes », a confié au micro de France Bleu le directeur du festival, "
         "Paul Martin.",
         "Nous avons perdu trois mois de recettes", "Paul Martin"),
    ],
)
def test_audience_between_incise_verb_and_subject(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« J'ai cru que le toit allait s'effondrer sur nous », parvient encore à plaisanter Marie Lefort, la gérante "
         "du café.",
         "J'ai cru que le toit allait s'effondrer sur nous", "Marie Lefort"),
        ("« On ne lâchera rien, on sera là samedi prochain », abonde Thierry, 55 ans, chauffeur routier qui bloque le "
         "dépôt depuis lundi.",
         "On ne lâchera rien, on sera là samedi prochain", "Thierry"),
    ],
)
def test_incise_verb_after_a_semi_auxiliary_or_cut_by_the_parser(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Nous ne céderons rien sur les retraites », a mis en garde Sophie Binet.", "Sophie Binet"),
        ("« Il faut rouvrir les discussions sans tarder », a mis en garde lundi sur RTL le patron du PS Olivier Faure.",
         "Olivier Faure"),
        ("« La sécurité passe avant tout », met en garde Gérald Darmanin, en visite à Lyon.", "Gérald Darmanin"),
    ],
)
def test_speech_locution_in_incise(nlp, text, want):
    assert list(quoted(nlp, text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("« Le calendrier sera tenu, quoi qu'il arrive », invoque le recteur Michel Aubert.", "Michel Aubert"),
        ("« Un mauvais trimestre ne fait pas une mauvaise année », relativise Chantal Moreau, la trésorière.",
         "Chantal Moreau"),
        ("« On nous a menti du début à la fin ! », s'étrangle Karim Bensaïd, chauffeur de bus.", "Karim Bensaïd"),
        # Verbs that introduce words only in an incise ("continue", "balaie", "corrige").
        ("« Nous restons joignables jour et nuit », continue Anne Lebrun, porte-parole de la mairie.", "Anne Lebrun"),
        ("« Ce sont des bruits de couloir, sans plus », balaie Denis Fournier.", "Denis Fournier"),
        ("« Le site ne ferme pas, il déménage », corrige Valérie Royer.", "Valérie Royer"),
    ],
)
def test_added_incise_verbs(nlp, text, want):
    assert list(quoted(nlp, text).values()) == [want]


def test_incise_only_verb_does_not_cut_a_reported_clause(nlp):
    # "avait continué de peser" is no speech verb: the words go on with the one who "a indiqué".
    text = ("Selon une note publiée jeudi, l'Insee estime que les blocages ont continué de freiner les ventes des "
            "commerçants en janvier, d'une façon « moins marquée ».")
    assert quoted(nlp, text)["moins marquée"] == "Insee"


def test_incise_only_verb_with_an_unnamed_subject_stays_unknown(nlp):
    text = "« Tout cela relève de la rumeur », balaie un proche du ministre."
    assert quoted(nlp, text)["Tout cela relève de la rumeur"] is None
