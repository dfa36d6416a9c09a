"""Quote speakers (round 9, spk19): organizations that speak through their own sentences (subject of the clause a
quotation stands in, subject of the sentence before a quotation that opens its own), published texts that speak for
them ("la note de …"), and whole clauses in quotation marks after a sentence adverb; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("La Fédération des artisans du Jura met en garde contre « une hausse des charges devenue "
         "insupportable pour les petits ateliers ».",
         "une hausse des charges devenue insupportable pour les petits ateliers", "Fédération des artisans du Jura"),
        ("Le rapport annuel de l'Observatoire des loyers montre que les prix « ont progressé bien plus vite que les "
         "salaires depuis cinq ans ».",
         "ont progressé bien plus vite que les salaires depuis cinq ans", "Observatoire des loyers"),
        ("Dans sa note de conjoncture, l'Insee prévoit que le chômage « reculerait légèrement au printemps, avant de "
         "se stabiliser ».",
         "reculerait légèrement au printemps, avant de se stabiliser", "Insee"),
    ],
)
def test_organization_subject_of_the_clause(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_person_between_organization_and_quotation_is_not_overruled(nlp):
    # Someone named between the organization and the words: they may be that person's, the organization is no answer.
    text = ("La Fédération des artisans du Jura a reçu Paul Garnier, qui redoute « une hausse des charges devenue "
            "insupportable pour les petits ateliers ».")
    assert quoted(nlp, text)["une hausse des charges devenue insupportable pour les petits ateliers"] != (
        "Fédération des artisans du Jura")


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Nous irons jusqu'au bout », a assuré Paul Garnier, président de la Fédération des artisans du Jura.\n\n"
         "La Fédération des artisans du Jura entend aussi saisir le tribunal administratif. « Ces charges menacent "
         "des centaines d'emplois dans le département. »",
         "Ces charges menacent des centaines d'emplois dans le département.", "Fédération des artisans du Jura"),
        ("« La grève sera reconduite lundi », a annoncé Sandrine Vallet, secrétaire régionale de la CFDT. "
         "La CFDT demande aussi l'ouverture d'une négociation sur les salaires. « Les agents attendent "
         "des réponses concrètes depuis des mois. »",
         "Les agents attendent des réponses concrètes depuis des mois.", "CFDT"),
    ],
)
def test_organization_subject_of_the_sentence_before(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


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


def test_slogan_under_an_organization_subject_is_nobodys(nlp):
    # A capitalised verbless slogan is a label the newspaper reports, not the newspaper's own statement.
    text = ("Le quotidien Le Berry républicain a consacré, lundi, une page entière à ce rassemblement placé sous le "
            "signe « Vérité pour Karim L. ».")
    assert quoted(nlp, text).get("Vérité pour Karim L.") is None


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Les exportations de machines devraient encore reculer cet hiver », ont estimé les chercheurs de l'Institut "
         "Ronsard dans leur dernière note.",
         "Les exportations de machines devraient encore reculer cet hiver", "Institut Ronsard"),
        ("« La consommation des ménages ne repartira pas avant l'été », estiment les économistes de la Banque de "
         "France.",
         "La consommation des ménages ne repartira pas avant l'été", "Banque de France"),
    ],
)
def test_researchers_speak_for_their_institute(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_one_researcher_is_a_person_not_the_institute(nlp):
    text = ("« Les exportations de machines devraient encore reculer cet hiver », a estimé un chercheur de l'Institut "
            "Ronsard.")
    assert quoted(nlp, text)["Les exportations de machines devraient encore reculer cet hiver"] is None


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("L'association de consommateurs UFC-Que Choisir a publié jeudi un appel aux « élus de toutes les communes de "
         "l'agglomération, aux bailleurs et aux associations de locataires ».",
         "élus de toutes les communes de l'agglomération, aux bailleurs et aux associations de locataires",
         "UFC-Que Choisir"),
        ("Le syndicat des exploitants agricoles FNSEA demande au ministre de l'Agriculture « un plan d'urgence pour "
         "les éleveurs ruinés par la sécheresse ».",
         "un plan d'urgence pour les éleveurs ruinés par la sécheresse", "FNSEA"),
    ],
)
def test_organization_named_beside_its_noun(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("« Nous voulons que chaque quartier ait enfin son marché de producteurs », explique le collectif « Terre et "
         "Marchés », à l'origine de l'initiative.",
         "Nous voulons que chaque quartier ait enfin son marché de producteurs", "Terre et Marchés"),
        ("\"Cette fermeture est une catastrophe pour les familles du quartier\", dénonce l'association \"Parents du "
         "Val-Fleuri\" dans un communiqué.",
         "Cette fermeture est une catastrophe pour les familles du quartier", "Parents du Val-Fleuri"),
    ],
)
def test_organization_named_in_marks_after_its_noun(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


def test_causative_faire_before_a_speech_verb_is_an_incise(nlp):
    # "a fait savoir la présidence": the incise names an unnamed body; the man named the sentence before is no speaker.
    text = ("Emmanuel Macron recevra les syndicats lundi. « Le chef de l'État veut entendre toutes les propositions », "
            "a fait savoir la présidence.")
    assert quoted(nlp, text)["Le chef de l'État veut entendre toutes les propositions"] is None
    text = ("Le maire Paul Ravel a reçu les commerçants mardi. « Les travaux de la place du marché dureront jusqu'en "
            "mars », a fait remarquer Jeanne Morel, adjointe à l'urbanisme.")
    assert quoted(nlp, text)["Les travaux de la place du marché dureront jusqu'en mars"] == "Jeanne Morel"
