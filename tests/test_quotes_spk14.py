"""Quote speakers (round 7, spk14): few quoted words that complement a noun, and an incise in the middle of the
sentence that leads to a quotation; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A phrase opened by a preposition right after a noun, inside what a speech verb reports: the speaker's words.
        ("Le maire Jean Ruffin a assuré que la commune répondrait aux habitants « en temps voulu ».",
         {"en temps voulu": "Jean Ruffin"}),
        ("La sénatrice Anne Lorrain a annoncé que le groupe porterait plainte « contre les auteurs des menaces ».",
         {"contre les auteurs des menaces": "Anne Lorrain"}),
        # One adjective the tagger may take for a noun ("au caractère « méprisant »").
        ("Le député Marc Olivier a dénoncé des propos au caractère « méprisant » envers les élus locaux.",
         {"méprisant": "Marc Olivier"}),
    ],
)
def test_words_complementing_a_noun_are_the_speakers(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # No speech verb in the sentence: a narrative's label, nobody's words.
        "Le romancier Luc Vidal noie son ennui « au cinéma » tous les soirs.",
        "Le peintre Yves Morin passe ses dimanches « à la campagne » depuis l'été.",
    ],
)
def test_words_after_a_noun_in_a_narrative_stay_labels(nlp, text):
    assert all(sp is None for sp in quoted(nlp, text).values())


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
        # ", de l'aveu de X", ", aux dires de X" after the closing mark: X speaks.
        ("Le chantier a pris « près de deux ans de retard sur le calendrier », de l'aveu du directeur Paul Mercier.",
         {"près de deux ans de retard sur le calendrier": "Paul Mercier"}),
        ("Le prévenu a passé la nuit au poste « sans rien comprendre à ce qui lui arrivait », aux dires de son "
         "avocate, Me Julie Faure.", {"sans rien comprendre à ce qui lui arrivait": "Julie Faure"}),
        # The phrase names nobody: nobody.
        ("Les contrôles ont été « beaucoup trop rares cette année », de l'aveu des agents présents sur place.",
         {"beaucoup trop rares cette année": None}),
    ],
)
def test_source_phrase_after_the_quotation(nlp, text, want):
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
        # "lit-on dans X", "peut-on lire sur le site de X": the medium read speaks itself.
        ("La manifestation a dégénéré à Nice. « Deux cents personnes ont voulu franchir le cordon », "
         "lit-on dans Le Parisien.", {"Deux cents personnes ont voulu franchir le cordon": "Le Parisien"}),
        ("« La direction n'a jamais répondu à nos courriers », peut-on lire sur le site du syndicat Force ouvrière.",
         {"La direction n'a jamais répondu à nos courriers": "Force ouvrière"}),
        # A banner is no medium, even near an organization's name.
        ("« Nous ne partirons pas d'ici sans réponse », pouvait-on lire sur une banderole devant l'usine Renault.",
         {"Nous ne partirons pas d'ici sans réponse": None}),
    ],
)
def test_words_read_in_a_named_medium(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A quoted verb in a relative clause about people nobody names: the words of the sentence's speaker.
        ("La maire Claire Dumas a dénoncé les élus qui « racontent des histoires » aux habitants.",
         {"racontent des histoires": "Claire Dumas"}),
        ("Le ministre Louis Garnier s'est dit « consterné » par les commentateurs qui « racontent n'importe quoi ».",
         {"consterné": "Louis Garnier", "racontent n'importe quoi": "Louis Garnier"}),
        # A named antecedent still speaks itself.
        ("Le député Paul Arnaud, qui a « rappelé les engagements pris », a quitté la séance.",
         {"rappelé les engagements pris": "Paul Arnaud"}),
    ],
)
def test_quoted_verb_of_an_unnamed_relative(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "a annoncé le quotidien régional X": the organization right after the inverted subject's noun.
        ("« La ligne sera rouverte lundi matin », a annoncé le quotidien régional Ouest-France sur son site.",
         {"La ligne sera rouverte lundi matin": "Ouest-France"}),
        ("« La grève est reconduite jusqu'à vendredi », a confirmé le syndicat majoritaire Force ouvrière.",
         {"La grève est reconduite jusqu'à vendredi": "Force ouvrière"}),
    ],
)
def test_organization_after_the_inverted_subject_noun(nlp, text, want):
    assert quoted(nlp, text) == want


def test_de_and_one_noun_after_a_noun_stays_a_label(nlp):
    text = ("La préfecture a précisé, interrogée sur le sort de ces primes « d'activité » annoncées en mai, que le "
            "dossier restait ouvert.")
    assert all(sp is None for sp in quoted(nlp, text).values())
