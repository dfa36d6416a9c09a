"""Each attributed quotation points at the words a reader checks its speaker by: the speaker's nearest mention
and how far it stands (speaker_mention, speaker_reach)."""

from __future__ import annotations

import pytest

import pressfacts
from pressfacts.components.quotes.evidence import nearest_mention
from script_module import load_script


def _evidence(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    return [(q["text"], (q["speaker_mention"] or {}).get("text"), q["speaker_reach"]) for q in doc._.quotes]


@pytest.mark.parametrize("text, want", [
    # an incise naming the speaker: the name is in the quotation's own sentence
    ("« Nous rouvrirons l'usine avant l'été », a assuré jeudi Sophie Marchal, directrice du site.",
     [("Nous rouvrirons l'usine avant l'été", "Sophie Marchal", "sentence")]),
    ("Selon le procureur de Bobigny, Julien Ravel, « aucune piste n'est écartée à ce stade ».",
     [("aucune piste n'est écartée à ce stade", "Julien Ravel", "sentence")]),
    # a pronoun in the incise: the name stands in the sentence before, same paragraph
    ("Le maire de Brest, Yann Kerouac, a reçu les grévistes mardi. « Le dialogue reprendra lundi », a-t-il promis.",
     [("Le dialogue reprendra lundi", "Yann Kerouac", "paragraph")]),
    # carried over to the next paragraph: the name is in an earlier one
    ("« Il faut tenir bon jusqu'au bout », a lancé la syndicaliste Amina Belkacem devant les salariés.\n"
     "« Nous ne partirons pas sans un accord signé par la direction. »",
     [("Il faut tenir bon jusqu'au bout", "Amina Belkacem", "sentence"),
      ("Nous ne partirons pas sans un accord signé par la direction.", "Amina Belkacem", "earlier")]),
])
def test_speaker_mention_and_reach(nlp, text, want):
    assert _evidence(nlp, text) == want


def test_a_name_inside_the_quoted_words_is_not_the_evidence(nlp):
    text = "« Paul Girard ne représente que lui-même », a tranché l'avocate Claire Mauduit."
    assert _evidence(nlp, text) == [("Paul Girard ne représente que lui-même", "Claire Mauduit", "sentence")]


def test_no_speaker_no_evidence(nlp):
    text = "Sur une banderole, on pouvait lire : « Ni oubli ni pardon pour nos retraites »."
    assert _evidence(nlp, text) == [("Ni oubli ni pardon pour nos retraites", None, None)]


def test_record_offsets_point_at_the_mention():
    text = ("La ministre du Travail, Hélène Vasseur, a défendu la réforme à l'Assemblée.\n"
            "« Personne ne sera laissé au bord du chemin », a-t-elle affirmé.")
    rec = pressfacts.extract(text, published="2023-02-14")
    (q,) = rec.quotes
    assert q.speaker_reach == "earlier" and q.speaker_mention is not None
    assert text[q.speaker_mention.start : q.speaker_mention.end] == "Hélène Vasseur"
    assert rec.schema_version == "1.1"


def test_nearest_mention_prefers_the_paragraph_then_after_then_earlier():
    text = "Anne Roy parle.\nIci, « un mot ». Puis Anne Roy repart.\nFin."
    q0 = text.index("un mot")
    q1 = q0 + len("un mot")
    mentions = [{"start": 0, "end": 8, "text": "Anne Roy"},
                {"start": text.index("Anne Roy", 10), "end": text.index("Anne Roy", 10) + 8, "text": "Anne Roy"}]
    # the mention after the quotation in its paragraph beats the one in the paragraph before
    assert nearest_mention(mentions, text, q0, q1) == (mentions[1], "paragraph")
    # with only the earlier paragraph's mention: carried over
    assert nearest_mention(mentions[:1], text, q0, q1) == (mentions[0], "earlier")
    # with only a mention in a later paragraph
    later = [{"start": text.index("Fin"), "end": text.index("Fin") + 3, "text": "Fin"}]
    assert nearest_mention(later, text, q0, q1) == (later[0], "later")
    assert nearest_mention([], text, q0, q1) is None


def test_reach_script_counts_right_wrong_and_unkeyed_by_reach():
    from collections import Counter

    text = ("Le préfet du Gard, Marc Tessier, a visité le chantier lundi.\n"
            "« Les travaux dureront six mois », a-t-il indiqué.\n"
            "« Aucun riverain ne sera exproprié », a ajouté l'adjointe Léa Fontaine.")
    rec = pressfacts.extract(text, published="2022-09-12")
    gold = {"people": [{"name": "Marc Tessier", "aliases": []}, {"name": "Léa Fontaine", "aliases": []}],
            "quotes": [{"start": "Les travaux dureront six", "speaker": "Marc Tessier"}]}
    counts: Counter = Counter()
    load_script("speaker_reach").tally(gold, rec, counts)
    # the first quotation is right, carried from the paragraph before; the second is not in this key at all
    assert counts == Counter({("earlier", "right"): 1, ("sentence", "not in key"): 1})
    gold["quotes"][0]["speaker"] = "Léa Fontaine"
    counts.clear()
    load_script("speaker_reach").tally(gold, rec, counts)
    assert counts[("earlier", "wrong")] == 1
