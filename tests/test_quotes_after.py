"""Quote speakers named after the quotation, in a following sentence or an attribution line."""

from __future__ import annotations

import pytest

from quote_probes import SPK28, check_spk27_probe, check_spk28_probe
from quoting import quoted


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


# Probes of round 13 (tests/probes/spk27.jsonl, sentences written for these tests), the classes fixed that round.
@pytest.mark.parametrize("probe_id", [
    "after1", "after2", "after3", "after4", "after6", "after7", "after8", "after9",  # a sentence pointing back
])
def test_speaker_beyond_the_sentence(nlp, probe_id):
    check_spk27_probe(nlp, probe_id)


@pytest.mark.parametrize("probe_id", sorted(k for k in SPK28 if k.startswith("dix")))
def test_dixit_names_the_source(nlp, probe_id):
    # "…« … », dixit le ministre X": the Latin "dixit" reads as "selon" (speech_verbs.jsonl); an unnamed source
    # ("dixit un proche", "dixit son entourage") names nobody.
    check_spk28_probe(nlp, probe_id)
