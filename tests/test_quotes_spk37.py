"""Round 20 (spk37): quotations found with no speaker whose speaker the text does name (tests/probes/spk37.jsonl).

Classes: a wording noun with its owner, subject of a verb of state before the colon ("Ces mots de X, malgré les
années, restent justes : « … »"): X's words. A participle or gerund phrase opening the sentence holds the quotation
("Affirmant que « … » et que « … », la ministre X a voulu …"): the main clause's subject, whatever its verb; with no
main clause ("X a promis …. En évoquant « … ».") the subject of the sentence before. A witness named after the
incise's verb and an adverbial, then described by an indefinite noun phrase ("…», s'inquiète non loin de là X, une
Portugaise de 42 ans"): the name, not the unnamed description; and such a full name the NER missed before ", une
Brésilienne" is a person. Near-misses: another verb or name before the colon, a relative clause or someone else inside
the participle phrase, a role noun alone as the main subject, nobody named before a verbless gerund sentence, a name
introduced by a preposition, an unnamed witness.
"""

from __future__ import annotations

import pytest

from pressfacts.components.entities.candidates import apposed_full_names, title_tokens
from quote_probes import SPK37, check_exact_probe


@pytest.mark.parametrize("probe_id", sorted(SPK37))
def test_spk37_probe(nlp, probe_id):
    check_exact_probe(nlp, SPK37, probe_id)


@pytest.mark.parametrize(("text", "names"), [
    ("Elle a croisé Giselle Carvano, une Brésilienne de 36 ans.", ["Giselle Carvano"]),
    ("Il a parlé à Marine Lepic, une amie de longue date.", ["Marine Lepic"]),
    ("Les habitants de Grande Synthe, une commune du Nord, protestent.", []),  # no first name
    ("Il a vu Pierre Paul, un voisin.", []),  # a second first name: left to the NER
])
def test_full_name_before_a_description(nlp, text, names):
    doc = nlp(text)
    rules = nlp.get_pipe("pressfacts_entities").rules
    assert [s.text for s in apposed_full_names(doc, rules, set(), title_tokens(doc))] == names
