"""Round 20 (spk20r): a few quoted words that a label test or no cue left without a speaker.

- "Un dispositif « sans précédent », a commenté X": words after a noun that qualify it as an adjective would (a
  phrase opened by "sans", "hors", "à", "en" … or "de" and an adjective) are X's words when an incise follows right
  after the closing mark, a "selon X" closes the sentence (not for the subject's noun: "la zone « à faibles
  émissions » entrera en vigueur, selon X" names it), or a speech verb precedes a work's noun ("a détaillé le plan
  « de grande ampleur »"). A bare noun or "de" and a noun stay a name ("la taxe « d'habitation », a rappelé X, …").
- "Le groupe X les a présentés comme des « … »", "qualifie cette réforme de « … »": a verb of qualifying (quote_words
  kind "qualify") gives the words of its subject; not under a passive, a reflexive or a participle describing a noun.
- "X a suscité un tollé en appelant à « … »": a gerund the parser hung on the object still urges for the clause's
  subject ("les messages appelant à « … »" stay nobody's).
- "…, y a déclaré X", "…, s'est félicité X": a clitic before the incise's auxiliary at the end of the sentence.
- "a fait état « de menaces … »", "faire preuve « de retenue »": a noun with no determiner right after its verb makes a
  locution; the phrase in marks after it is its complement, not the noun's name ("une pétition « de soutien »" is).
"""

from __future__ import annotations

import pytest

from quote_probes import SPK20R, check_exact_probe


@pytest.mark.parametrize("probe_id", sorted(SPK20R))
def test_short_fragment_speakers(nlp, probe_id):
    check_exact_probe(nlp, SPK20R, probe_id)
