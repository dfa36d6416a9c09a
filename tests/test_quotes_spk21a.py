"""Round 21 (spk21a): who says a quotation within one sentence (tests/probes/spk21a.jsonl), written before any rule.

The battery covers incises after or inside the quotation (many speech verbs, compound tenses, name, role + name, role
alone, groups, a medium or place after), the speaker before ("X a déclaré :", "Pour X,", "Selon X,", "X :"), closing
sources ("selon X", "a fait savoir X", "indique-t-on à Matignon"), a few quoted words whose subject speaks, and
negatives (titles, slogans, names of operations, words quoted as words, words said to someone). Fixes of the round,
each with near-misses: a name then an object clitic then a speech verb after the closing mark ("« … », X le
reconnaît", "X en est convaincu"; not "X le conteste", "X ne le dit pas", "X en doute"); the agent of a speech
participle ("jugée « … » par X") before a "Selon X," opening the sentence; speech verbs as data rows ("conseille",
"recommande", "supplie"; no "crier": crowds shout slogans).

Left failing, with the reason (see the round's report): an inside incise whose subject is a role and a name in
apposition (ins05), "indique-t-on à Matignon" given
Matignon (src04: debatable by the guidelines), three quotations with no speaker not found as quotations (strict
scorer only). (cmp05, a subject past a long adverbial and a medium after the verb, passes since round 25: the parser
hangs that subject on the adjunct's noun; grp07, elected members of a party given the party, since round 47: a role
noun is no organization's anchor noun.)
"""

from __future__ import annotations

import pytest

from quote_probes import SPK21A, _speakers_of, check_exact_probe
from quoting import quoted_speakers

FAILING = {
    "ins05": "inside incise: role then name in apposition, parsed as a conjunct",
    "src04": "'indique-t-on à Matignon': Matignon given; debatable by the guidelines",
}
UNFOUND = {"src09", "frg04", "frg09"}  # nobody's quotations the finder drops as labels: no speaker either way


@pytest.mark.parametrize("probe_id", sorted(set(SPK21A) - set(FAILING) - UNFOUND))
def test_spk21a_probe(nlp, probe_id):
    check_exact_probe(nlp, SPK21A, probe_id)


@pytest.mark.parametrize("probe_id", sorted(UNFOUND))
def test_spk21a_unfound_stays_nobodys(nlp, probe_id):
    probe = SPK21A[probe_id]
    got = quoted_speakers(nlp, probe["text"])
    assert all(sp is None for sp in _speakers_of(got, probe["quotes"][0]["start"])), got


@pytest.mark.parametrize("probe_id", sorted(FAILING))
def test_spk21a_known_failures(nlp, probe_id):
    """Still wrong (FAILING gives why): fails loudly once a later rule gets it right, so the list is kept true."""
    with pytest.raises(AssertionError):
        check_exact_probe(nlp, SPK21A, probe_id)
