"""Whom "il"/"elle" of a speech verb points back to: the chain of sentence subjects, not the last person named.

Sentences written for these tests (fictional people)."""

from __future__ import annotations

import pytest

from quoting import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a pronoun subject carries the chain back to the subject before it, past a man named as an object
        ("Gérard Vasseur a été reçu mardi à l'Élysée. Il a ensuite soutenu sans réserve la liste de son ami, "
         "Bernard Lemoine. « Le pays a besoin d'un capitaine expérimenté », a-t-il écrit sur son blog.",
         ["Gérard Vasseur"]),
        # a chain of pronouns since the previous quotation goes on with its speaker
        ("« Nous devons rester unis », a déclaré Henri Castel sur son blog. Il a toutefois tenu à rappeler qu'il "
         "restait fidèle à ses idées. Deux ans plus tôt, il avait soutenu la liste de son rival, "
         "Olivier Brunet. « La France a besoin d'un chef solide », avait-il publié sur Twitter.",
         ["Henri Castel", "Henri Castel"]),
        # a star described anew ("la star") before the pronoun, a woman named only as an object after it
        ("Claire Fontaine a prolongé son séjour à Lyon. La chanteuse y a reçu longuement Julie Marchal, une "
         "jeune youtubeuse. Elle raconte son enfance, qu'elle décrit comme « les plus belles années de sa vie ».",
         ["Claire Fontaine"]),
        # the person in apposition to the subject noun speaks, not the one praised ("l'a-t-il complimenté")
        ("Un autre découvreur de talents, Philippe Garnier, a encensé Lucas Moreau et son humour. « Ton style est "
         "unique en France », l'a-t-il complimenté.",
         ["Philippe Garnier"]),
    ],
)
def test_subject_chain_over_objects(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the woman who speaks is unnamed: the subject chain ends on "une journaliste", not on the préfète named before
        ("La préfète du Nord, Sophie Garnier, a condamné ces violences mardi soir. À Lille, une journaliste de la "
         "radio locale a été prise à partie par des manifestants. La journaliste raconte avoir été encerclée près "
         "de la gare. « J'ai eu très peur, ils voulaient casser ma vitre », a-t-elle confié.",
         [None]),
        # "l'ouvrier" (the noun's own gender behind the elided article), unnamed, after a senator named before
        ("Le sénateur Paul Girard a visité le chantier lundi. Sur place, un ouvrier a été blessé par la chute d'une "
         "poutre. L'ouvrier raconte avoir entendu un craquement. « J'ai eu beaucoup de chance ce jour-là », a-t-il "
         "expliqué.",
         [None]),
        # an unnamed tourist, after a man named before
        ("« Cela abîme l'image du pays », observe Marc Dufresne, un ingénieur de 60 ans. Sur le quai, une "
         "touriste assise sur son sac guette un bus. Plus aucun car ne part, et son vol est prévu à midi. "
         "« Je n'ai aucune solution, je panique », soupire-t-elle.",
         ["Marc Dufresne", None]),
    ],
)
def test_unnamed_subject_before_pronoun(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Dominique" shows no gender; "le procureur" does: "elle" is the unnamed defendant, not the prosecutor
        ("Le tribunal a suivi les réquisitions du procureur Dominique Perrin, qui a dénoncé des violences graves. "
         "« Je n'ai frappé personne », a répondu la prévenue, une fleuriste de 40 ans. « C'était une bêtise de ma "
         "part, je le regrette », reconnaît-elle.",
         [None, None]),
        # "Claude X, le directeur": a man, so "elle" is the woman he received
        ("Claude Martin, le directeur de l'usine, a reçu Inès Dubois mardi. « Nous ne fermerons pas le site », "
         "a-t-elle assuré.",
         ["Inès Dubois"]),
    ],
)
def test_gender_from_role_noun(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize("clause", ["a paru le plus conquis", "a applaudi le plus fort"])
def test_cleft_subject(nlp, clause):
    # "c'est X qui …": X is the subject the next "il" goes on with, not the speaker of the quotation before.
    text = ("« Il faut les écouter », a déclaré Paul Berger, le maire de Nîmes. Mais c'est Marc Ravel, dont le parti "
            f"prône la démocratie directe, qui {clause}. Dans la foulée, il "
            "a proposé son aide pour « organiser des réunions publiques dans chaque quartier ».")
    assert speakers(nlp, text) == ["Paul Berger", "Marc Ravel"]
