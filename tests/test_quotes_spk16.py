"""Quote speakers (round 8, spk16): a quotation inside a sentence the parser glued to the one before, quoted words
that open with the verb of a person named right before the marks, and a quotation carried over a narrative stretch
that names nobody else; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A list closing with "etc." makes the parser hang the next paragraph's name on it: the person opening the
        # quotation's sentence, with an apposition before the verb, is the one whose words they are.
        ("Les enseignants étaient 3200 à Rennes, 1800 à Brest, 900 à Vannes, etc.\n\nLucie Vernier, 38 ans, "
         "institutrice dans une école rurale, a défilé à Quimper contre une « réforme faite pour fermer les petites "
         "classes ».", ["Lucie Vernier"]),
        ("Les infirmières étaient 500 à Lille, 300 à Douai, 150 à Lens, etc.\n\nSophie Carré, 45 ans, infirmière de "
         "nuit, a défilé à Arras contre une « loi écrite bien loin des services et des patients ».", ["Sophie Carré"]),
        ("Les routiers étaient 200 à Metz, 150 à Nancy, etc.\n\nGérald Fontaine, 52 ans, a bloqué un rond-point à "
         "Épinal malgré la peur d'une « amende qui mangerait tout un mois de salaire ».", ["Gérald Fontaine"]),
        # Someone else comes in between (a relative, "selon"): not the person opening the sentence.
        ("Les enseignants étaient 3200 à Rennes, 1800 à Brest, 900 à Vannes, etc.\n\nLucie Vernier, 38 ans, "
         "institutrice dans une école rurale, a défilé à Quimper avec des parents qui dénoncent une « réforme faite "
         "pour fermer les petites classes ».", [None]),
        ("Les enseignants étaient 3200 à Rennes, 1800 à Brest, 900 à Vannes, etc.\n\nLucie Vernier, 38 ans, "
         "institutrice dans une école rurale, a défilé à Quimper, selon le rectorat, contre une « réforme faite pour "
         "fermer les petites classes ».", [None]),
    ],
)
def test_person_opening_a_glued_sentence(nlp, text, want):
    assert speakers(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The quoted words open with the verb whose subject is named right before the marks.
        ("Après douze années à la tête de la région, Mme Hélène Garnier « renonce officiellement à briguer un "
         "troisième mandat et laisse la place aux jeunes ».", ["Hélène Garnier"]),
        ("Au terme d'une longue réunion, le maire Jacques Perrin « prend acte de la décision du conseil et ne fera "
         "pas appel ».", ["Jacques Perrin"]),
        # A person named as an object: the quoted words are no verb of hers.
        ("Le conseil municipal a voté le budget.\n\nLe maire a remercié Mme Hélène Garnier « pour son engagement de "
         "trente ans au service de la commune ».", [None]),
    ],
)
def test_quoted_verb_of_the_person_before_the_marks(nlp, text, want):
    assert speakers(nlp, text) == want


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
        # A lead ending with a colon, with no finite verb: the agent of its participle speaks.
        ("Le syndicat réclame une conférence sociale. Une idée sèchement écartée lundi par Martine Lebrun : « Nous "
         "n'avons pas besoin d'une grand-messe de plus pour savoir ce qui ne va pas. »", ["Martine Lebrun"]),
        ("Les syndicats demandent une hausse des salaires. Une piste aussitôt balayée par Jean Moreau, le ministre des "
         "Finances : « Nous ne relèverons pas le point d'indice cette année, les caisses sont vides. »", ["Jean Moreau"]),
        # A clause with a finite verb of its own: not the agent ("le maire" speaks, unnamed).
        ("Le maire a répondu aux questions posées par Martine Lebrun : « Nous ouvrirons la piscine en juin, comme "
         "prévu depuis le début. »", [None]),
    ],
)
def test_agent_of_a_participle_before_the_colon(nlp, text, want):
    assert speakers(nlp, text) == want


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
