"""Quote speakers named by a source phrase: selon / pour / d'après / aux yeux de / de l'avis de / de l'aveu de X."""

from __future__ import annotations

import pytest

from quote_probes import SPK33, check_exact_probe, check_spk26_probe
from quoting import quoted


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
        # "D'après X, …" is a source as "Selon X, …" is, also for a few quoted words later in the sentence.
        ("D'après la préfète Hélène Marchal, la situation demeure « tendue » dans le quartier de la gare.",
         {"tendue": "Hélène Marchal"}),
        ("D’après Olivier Brunet, le chantier du tramway reste « très fragile » à six mois de l'échéance.",
         {"très fragile": "Olivier Brunet"}),
        ("D'après le syndicaliste Rémi Vasseur, la direction a fait preuve d'un « mépris total » envers les salariés.",
         {"mépris total": "Rémi Vasseur"}),
    ],
)
def test_d_apres_names_the_source_of_a_short_quote(nlp, text, want):
    assert quoted(nlp, text) == want


def test_d_apres_figures_name_no_speaker(nlp):
    # "D'après les chiffres du ministère": no person, the few words stay nobody's (not given out as a quotation).
    text = "D'après les chiffres du ministère, la baisse du chômage est « nette » dans la région depuis janvier."
    assert quoted(nlp, text) == {}


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


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        ("Si, pour la CGT, les juges de Lyon « ont ouvert une brèche dans cette loi injuste », le patronat espère un "
         "appel rapide.",
         "ont ouvert une brèche dans cette loi injuste", "CGT"),
        ("Mais pour Force ouvrière, les annonces du gouvernement « restent très loin des attentes des salariés ».",
         "restent très loin des attentes des salariés", "Force ouvrière"),
        ("Et selon Laurent Berger, la réforme reste « mal ficelée ».", "mal ficelée", "Laurent Berger"),
    ],
)
def test_source_phrase_after_connective(nlp, text, quote, want):
    assert quoted(nlp, text)[quote] == want


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "pour" with no one named after it, or meaning something else: nobody's view.
        ("Mais pour les salariés, les annonces du gouvernement « restent très loin des attentes ».",
         "restent très loin des attentes"),
        ("Et pour cause, la réforme « restera en vigueur jusqu'en 2025 ».", "restera en vigueur jusqu'en 2025"),
    ],
)
def test_unnamed_after_connective_stays_none(nlp, text, quote):
    assert quoted(nlp, text)[quote] is None


# Probes of round 13 (tests/probes/spk26.jsonl, sentences written for these tests), the classes fixed that round.
@pytest.mark.parametrize("pid", [
    # "Selon elle, X vit « … »", "Pour elle, il s'agit d'« … »": a pronoun set off by a comma after the cue.
    "selon14", "selon15", "selon18",
    # "Aux yeux de X, …", "De l'avis de X, …" opening the sentence; an unnamed one is nobody.
    "selon04", "selon16", "selon17", "selon19",
])
def test_probe_speaker(nlp, pid):
    check_spk26_probe(nlp, pid)


# Round 17 (spk33): "Selon des proches, le ministre X « aurait menacé … »": a source word and a plural noun phrase
# naming nobody, then the one the quotation tells of; the unnamed group speaks (nobody), not X. Near misses: a named
# source ("Selon la CGT", "Selon le ministre …, X,"), or X's own speech verb after the comma.
@pytest.mark.parametrize("probe_id", [f"unsrc{n:02d}" for n in range(1, 10)] + [f"unsrcnear{n:02d}" for n in range(1, 11)])
def test_unnamed_plural_source_leaves_the_quotation_to_nobody(nlp, probe_id):
    check_exact_probe(nlp, SPK33, probe_id)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "…, selon ce sondage" closing the sentence: the quoted words are the poll's wording, not the subject's.
        ("Les chiffres ont surpris. Le président Marc Aubry devrait « sortir enfin de son silence » pour 54 % d'entre eux, "
         "selon cette enquête.", {"sortir enfin de son silence": None}),
        ("Pour 47 % des Lyonnais, la maire Nadia Ferrer doit « revoir le plan de circulation » au plus vite, selon "
         "l'étude.", {"revoir le plan de circulation": None}),
        # A pollster named with the poll still speaks; another source still names its speaker.
        ("Le président Marc Aubry devra « retrouver la confiance » des électeurs, selon un sondage Ifop.",
         {"retrouver la confiance": "Ifop"}),
    ],
)
def test_poll_wording_after_selon_is_nobodys(nlp, text, want):
    assert quoted(nlp, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "X, lui, … : « … », selon lui": a whole statement brought in by X's lead, X's own words.
        ("Le maire Henri Vasseur, lui, ne désarme pas : « Nous irons jusqu'au Conseil d'État s'il le faut », "
         "selon lui.", {"Nous irons jusqu'au Conseil d'État s'il le faut": "Henri Vasseur"}),
        # "X « … », selon lui": X is what the quotation is about; the one who spoke before says it.
        ("Le maire Henri Vasseur a répondu aux élus. Le préfet Louis Roux « ignore tout du terrain », selon lui.",
         {"ignore tout du terrain": "Henri Vasseur"}),
    ],
)
def test_selon_pronoun_after_a_colon_lead(nlp, text, want):
    assert quoted(nlp, text) == want
