"""Quote speakers (round 10, spk21): speakers named inside the quotation's own sentence: a participle that goes on
with the one who reports, a relative clause between the quotation and its incise, a role noun the tagger took for a
verb inside the speaker's noun phrase, a noun that only looks like a speech verb; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("L'ancien ministre Luc Ferry a lui dit redouter que la présidente du parti, Valérie Pécresse, perde la "
         "primaire et quitte la vie politique en 2027, estimant que la candidate reste « trop prudente sur le fond et "
         "sans élan ».",
         "trop prudente sur le fond et sans élan", "Luc Ferry"),
        ("Le maire Pierre Dumas a dit craindre que la députée Julie Martin soit élue au printemps, jugeant que l'élue "
         "est « incapable de rassembler la gauche ».",
         "incapable de rassembler la gauche", "Pierre Dumas"),
        ("Le syndicaliste Marc Aubry a déclaré que la ministre Claire Vidal avait reculé, ajoutant qu'elle « n'a jamais "
         "voulu négocier sérieusement ».",
         "n'a jamais voulu négocier sérieusement", "Marc Aubry"),
    ],
)
def test_participle_goes_with_the_reporter(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_participle_without_a_reporter_keeps_its_subject(nlp):
    # No speech verb above the que-clause: nobody reports, the participle is not given to the sentence's subject.
    text = ("Le club a appris que l'entraîneur Paul Girard quittait ses fonctions, estimant que l'équipe est « arrivée "
            "au bout d'un cycle ».")
    assert quoted(nlp, text)["arrivée au bout d'un cycle"] != "Le club"


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Les salaires ont enfin été revalorisés », qui avait alors été salué par les syndicats, souligne le "
         "sociologue Paul Renard.",
         "Les salaires ont enfin été revalorisés", "Paul Renard"),
        ("« Les petites communes ont fait de gros efforts depuis la crise sanitaire », qui avaient alerté sur la "
         "fermeture des écoles rurales, rappelle l'historienne Claire Fabre.",
         "Les petites communes ont fait de gros efforts depuis la crise sanitaire", "Claire Fabre"),
    ],
)
def test_relative_clause_before_the_incise(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Le député du Nord et fondateur du mouvement, Paul Dumas, a dit craindre que la ministre Claire Vidal soit "
         "reconduite, estimant que la titulaire du poste reste « sourde aux demandes des élus locaux ».",
         "sourde aux demandes des élus locaux", "Paul Dumas"),
        ("L'ancienne sénatrice et fondatrice de l'association, Martine Roche, a déclaré que le projet « ne verra pas "
         "le jour avant longtemps ».",
         "ne verra pas le jour avant longtemps", "Martine Roche"),
    ],
)
def test_role_noun_tagged_as_verb_and_noun_like_verb(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Invitée au 20h00 de France 2, la maire de Paris Anne Hidalgo reste ferme sur ses positions: \"Le plan que nous "
         "avons voté, il est juste et nous allons l'appliquer\".",
         "Le plan que nous avons voté, il est juste et nous allons l'appliquer", "Anne Hidalgo"),
        ("Interrogé au 19h00 de M6, le secrétaire d'État Laurent Nuñez reste droit dans ses bottes : « La doctrine que "
         "nous avons fixée, elle est claire et nous allons la tenir. »",
         "La doctrine que nous avons fixée, elle est claire et nous allons la tenir.", "Laurent Nuñez"),
    ],
)
def test_subject_of_the_clause_the_colon_closes(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_thing_before_the_colon_is_nobody(nlp):
    text = "Invité de la matinale, le texte adopté par les députés prévoit : « Chaque commune disposera d'un médiateur. »"
    assert quoted(nlp, text)["Chaque commune disposera d'un médiateur."] is None


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Le retrait sera achevé avant l'été », a précisé à la presse belge le ministre de la Défense et des Affaires "
         "étrangères Didier Reynders.",
         "Le retrait sera achevé avant l'été", "Didier Reynders"),
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
