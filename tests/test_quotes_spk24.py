"""Quote speakers (round 12, spk24): a source phrase ("pour X", "selon X") right after the conjunction or adverb that
opens the sentence names whose view the quotation in it is; sentences written for these tests."""

from __future__ import annotations

import pytest

from quoting import quoted


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
