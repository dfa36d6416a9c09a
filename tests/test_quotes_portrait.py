"""Portraits: quotations of the article's main person between paragraphs that tell her story (quotes._profiled_speaker),
on sentences written for these tests."""

from __future__ import annotations

from quoting import speakers

PORTRAIT = ("Portrait : Martine Lebrun, la boulangère devenue maire de Vaulnes\n\n"
            "Martine Lebrun a été élue maire de Vaulnes en octobre, à la surprise de ses voisins.\n\n"
            "\"J'ai toujours aimé rendre service aux gens du village\", raconte Martine Lebrun.\n\n")


def test_bare_quotation_after_her_story_is_hers(nlp):
    # A narrative paragraph on her (a role noun, then "elle") and a quoted paragraph with no cue: still her.
    text = PORTRAIT + ("Par la suite, la future maire a repris la boulangerie de ses parents, qu'elle a tenue "
                       "pendant vingt ans.\n\n"
                       "\"Le pain, c'était une école de patience et de rigueur pour moi.\"")
    assert speakers(nlp, text) == ["Martine Lebrun", "Martine Lebrun"]


def test_bare_quotation_after_a_paragraph_naming_her_is_hers(nlp):
    text = PORTRAIT + ("Une passion précoce : déjà à six ans, elle pétrissait la pâte avec son grand-père.\n\n"
                       "Martine Lebrun a aussi longtemps joué au handball en deuxième division.\n\n"
                       "« Mes coéquipières disaient que je ne lâchais jamais rien sur le terrain. »")
    assert speakers(nlp, text) == ["Martine Lebrun", "Martine Lebrun"]


def test_someone_else_brought_in_keeps_it_unnamed(nlp):
    # "une voisine" comes in between: the quotation may be hers, not the main person's.
    text = PORTRAIT + ("Une voisine se souvient de ses débuts difficiles au fournil.\n\n"
                       "\"Elle se levait à trois heures du matin, même le dimanche.\"")
    assert speakers(nlp, text) == ["Martine Lebrun", None]


def test_quotation_naming_her_is_not_hers(nlp):
    # Words that speak of her by name ("Mme Lebrun nous a …") are someone else's.
    text = PORTRAIT + ("Par la suite, la future maire a ouvert un atelier de pâtisserie pour les enfants.\n\n"
                       "Les cours ont lieu chaque mercredi dans l'ancienne école du bourg.\n\n"
                       "\"Nous étions une dizaine chaque mercredi. Mme Lebrun nous a tout appris, même la patience.\"")
    assert speakers(nlp, text) == ["Martine Lebrun", None]


def test_prof_names_the_professor_before(nlp):
    # "la prof", "le prof": the clipped noun for a professeur(e) or enseignant(e) named before (role_class "prof").
    text = ("Claire Vasseur, professeure de sociologie à l'université de Lille, a reçu les manifestants. « Il faut "
            "écouter cette colère avant de la juger », insiste la prof de sociologie.")
    assert speakers(nlp, text) == ["Claire Vasseur"]
    text = ("Le cours était donné par Marc Tellier, professeur d'économie au lycée Carnot. « Mes élèves ne savent pas "
            "ce qu'est un budget », regrette le prof.")
    assert speakers(nlp, text) == ["Marc Tellier"]


def test_an_unnamed_prof_is_nobody(nlp):
    text = ("Le cours était donné par Marc Tellier, professeur d'économie au lycée Carnot. « Mes élèves ne savent pas "
            "ce qu'est un budget », regrette un prof.")
    assert speakers(nlp, text) == [None]
