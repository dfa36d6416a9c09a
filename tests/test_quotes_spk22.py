"""Quote speakers (round 11, spk22): speakers found across sentences: a definite role noun right after an incise verb
the parser took for a noun, a speaker introduced in the sentence after a paragraph-opening quotation, a pull quote
with its attribution line; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Nous avons perdu près de 80.000 euros en une semaine », a regretté Marc Delorme, directeur du théâtre du "
         "Rond-Point.\n\nMarc Delorme refuse pourtant de baisser le rideau.\n\n« Mais il faut que les comédiens et les "
         "spectateurs arrivent sans danger jusqu'à la salle », tempête le directeur, qui a écrit au préfet.",
         "Mais il faut que les comédiens et les spectateurs arrivent sans danger jusqu'à la salle", "Marc Delorme"),
        ("Le président Paul Verdier a salué le travail des pompiers après l'incendie du marché couvert.« Merci aux "
         "secours pour leur rapidité. Honte à ceux qui ont mis le feu. Pas de place pour ces actes dans notre ville », "
         "a twitté le chef de l'État.",
         "Merci aux secours pour leur rapidité. Honte à ceux qui ont mis le feu. Pas de place pour ces actes dans notre "
         "ville", "Paul Verdier"),
    ],
)
def test_role_noun_right_after_a_misparsed_incise_verb(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_unnamed_noun_after_the_incise_verb_is_nobody(nlp):
    text = ("Le maire Jean Roux a visité le chantier lundi.\n\n« Les travaux prendront encore trois mois », tempête un "
            "riverain, excédé par le bruit.")
    assert quoted(nlp, text)["Les travaux prendront encore trois mois"] is None


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Une nuit aux urgences\n\nLYON | « On a vu arriver des blessés toute la nuit, on n'avait plus assez de "
         "brancards. » Marc Vidal, infirmier à l'hôpital Édouard-Herriot, raconte à l'AFP sa nuit de garde.",
         "On a vu arriver des blessés toute la nuit, on n'avait plus assez de brancards.", "Marc Vidal"),
        ("Le marché de Noël a rouvert.\n\n« Les clients reviennent doucement, mais la saison est perdue ». Sophie "
         "Lemaire, qui tient un stand de santons depuis vingt ans, explique avoir perdu la moitié de son chiffre.",
         "Les clients reviennent doucement, mais la saison est perdue", "Sophie Lemaire"),
    ],
)
def test_speaker_introduced_after_the_opening_quotation(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_name_after_a_quotation_inside_a_sentence_is_not_its_speaker(nlp):
    # The quotation does not open its paragraph: the name that follows is not introduced as its speaker.
    text = ("Le collectif réclame « une vraie concertation avec les habitants ». Paul Garnier explique pour sa part "
            "qu'il votera contre le projet.")
    assert quoted(nlp, text)["une vraie concertation avec les habitants"] != "Paul Garnier"


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Le théâtre a annulé six représentations.\n\n« Nous manquons de tout, sauf de courage »\n\nHélène Morin, "
         "directrice du théâtre\n\nLa salle rouvrira en janvier.",
         "Nous manquons de tout, sauf de courage", "Hélène Morin"),
        ("La grève a duré trois semaines.\n\n« Personne ne nous a écoutés pendant des mois »\n\nKarim Benali, délégué "
         "syndical\n\nLes négociations reprennent lundi.",
         "Personne ne nous a écoutés pendant des mois", "Karim Benali"),
    ],
)
def test_pull_quote_with_attribution_line(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("La directrice de l'école, Anne Perrin, a annoncé samedi soir que l'établissement porterait plainte « contre "
         "les auteurs ».\n\nÀ Nantes, une infirmière du CHU a elle aussi été agressée. Elle a déposé plainte pour « "
         "violences volontaires ». L'infirmière explique avoir été suivie jusqu'à sa porte, selon la police.\n\n« J'ai "
         "eu très peur, ils criaient des insultes et tapaient sur ma voiture », a-t-elle raconté.",
         "J'ai eu très peur, ils criaient des insultes et tapaient sur ma voiture"),
        ("« Le dossier est complet », a assuré le maire, Paul Girard.\n\nDans la salle, un agriculteur a pris la parole "
         "le premier. L'agriculteur s'inquiète surtout pour ses terres.\n\n« Personne ne nous a consultés avant de "
         "tracer la route », a-t-il lancé.",
         "Personne ne nous a consultés avant de tracer la route"),
    ],
)
def test_definite_noun_takes_up_someone_introduced_unnamed(nlp, text, quote):
    assert quoted(nlp, text)[quote] is None


def test_definite_role_noun_still_goes_on_with_the_previous_speaker(nlp):
    text = ("« Nous ne fermerons pas la maternité », a promis Claire Dubois, médecin de l'hôpital.\n\n« Les équipes sont "
            "prêtes à tenir tout l'hiver », ajoute la médecin.")
    assert quoted(nlp, text)["Les équipes sont prêtes à tenir tout l'hiver"] == "Claire Dubois"


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("L'ancien maire Jacques Morel a salué la mémoire du résistant, qui reste pour lui « un exemple pour la "
         "jeunesse ».\n\nUn combat pour l'école\n\nPour Paul Marchand, l'hommage rendu au résistant permet aussi de "
         "rappeler son engagement pour l'école publique.\n\n« Avec lui, ce sont tous les instituteurs de la République "
         "qui entrent ici », a-t-il déclaré.",
         "Avec lui, ce sont tous les instituteurs de la République qui entrent ici", "Paul Marchand"),
        ("Le sénateur Henri Blanc juge le texte « bâclé ».\n\nLe vote\n\nSelon Marc Fontaine, le projet de loi sera "
         "pourtant adopté sans difficulté mardi.\n\n« Les voix de la majorité suffiront largement », a-t-il assuré.",
         "Les voix de la majorité suffiront largement", "Marc Fontaine"),
    ],
)
def test_pour_x_opening_a_paragraph_after_a_subheading(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want
