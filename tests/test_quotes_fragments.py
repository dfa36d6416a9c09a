"""Round 19 (spk19a): a few quoted words that a speaker's clause takes, found through the syntax of that clause (probes
in tests/probes/spk19a.jsonl, sentences of our own)."""

from __future__ import annotations

import pytest

from quote_probes import SPK19A, SPK19C, check_exact_probe
from quoting import quoted_speakers


# "Pourtant il compte conserver « la ligne »": a bare infinitive after a verb of intent (quote_words kind "intent") takes the
# quoted words as its object; they are the intending subject's words. Near misses: "doit préparer la « … »" (an
# obligation), a subject who is not the one who spoke ("Ses voisins veulent …"), a pronoun with nobody quoted before.
@pytest.mark.parametrize("probe_id", [f"intent{n:02d}" for n in range(1, 4)] + [f"intentnear{n:02d}" for n in range(1, 5)])
def test_words_under_a_verb_of_intent(nlp, probe_id):
    check_exact_probe(nlp, SPK19A, probe_id)


# "… face aux « factieux » et aux « casseurs »": a label word coordinated, after the same article or preposition, with
# fragments someone was named for is that person's word too. Near misses: labels coordinated with labels, a label in
# the next sentence.
@pytest.mark.parametrize("probe_id", ["coord01", "coord02"] + [f"coordnear{n:02d}" for n in range(1, 4)])
def test_label_word_coordinated_with_said_words(nlp, probe_id):
    check_exact_probe(nlp, SPK19A, probe_id)


# "Jeudi soir/vendredi - Le ministre X | juge que …": when the parser opens a sentence at the speech verb with no stop
# before it, the subject named right before that verb is still its subject.
@pytest.mark.parametrize("probe_id", ["split01"])
def test_subject_cut_off_by_the_parser(nlp, probe_id):
    check_exact_probe(nlp, SPK19A, probe_id)


# Round 19 (spk19c): quotations the marks hide (tests/probes/spk19c.jsonl, sentences of our own). An opening mark lost
# in the source before "… », a déclaré X" (near misses: a link line, a closing mark after another quotation); a label
# inside the incise's description ("explique l'organisateur de la « Marche … », X") is no one's words; a straight mark
# closed by a curly or French one; a quotation run over several paragraphs; a title the parser glued to the lead does
# not lend its subject to the quotation after the lead.
@pytest.mark.parametrize("probe_id", ["lost01", "lost02", "lostnear01", "lostnear02", "incsubj01", "incsubjnear01",
                                      "mixed01", "mixed02", "paras01", "lead01"])
def test_quotations_the_marks_hide(nlp, probe_id):
    check_exact_probe(nlp, SPK19C, probe_id)
    if probe_id == "lost02":  # the label before the lost opening is nobody's words
        assert [s for t, s in quoted_speakers(nlp, SPK19C[probe_id]["text"]) if t == "miettes"] in ([], [None])
