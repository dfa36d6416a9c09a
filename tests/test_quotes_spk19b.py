"""Round 19 (spk19b): quotations found with no speaker whose speaker the text does name (tests/probes/spk19b.jsonl).

Classes: the inverted subject after a gerund ("dit en souriant cette infirmière"), a "co-" role ("reprend la
co-présidente"), an adjective made a role noun ("résume la scientifique"), a subject the parser cut off at a relative
clause ("La présidente X, qui …, a salué « … »"), an interviewer's statement in the second person standing for a
question, an opinion paragraph ("Pour le maire de X, …") before a quoted paragraph, a clause after the closing mark
("…», même s'il assure …": no incise), "il « ne comprend pas … »" right after the previous speaker, a name signing a
quotation in parentheses, a passive participle after the closing mark ("…» du mouvement, soutenu par …": no incise).
Each class has near-misses: someone else or nobody named, another sentence in between, a source in parentheses.
"""

from __future__ import annotations

import pytest

from quote_probes import SPK19B, check_exact_probe


@pytest.mark.parametrize("probe_id", sorted(SPK19B))
def test_spk19b_probe(nlp, probe_id):
    check_exact_probe(nlp, SPK19B, probe_id)
