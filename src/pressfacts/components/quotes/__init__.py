"""Quotes: « … », “…” and "…" quotations, with their speaker when the text names one.

The speaker comes from the syntax around the quotation (the dependency parse of fr_core_news_md):

    « … », a-t-elle déclaré                        -> the last woman named before (pronoun)
    « … », poursuit le magistrat                   -> the person named before as magistrat, else None
    « … », a réagi sur Facebook la maire, N. Appéré -> Nathalie Appéré (the apposition, not the platform)
    « … », a confié l'entraîneur au micro de RMC   -> the person introduced as entraîneur (not RMC)
    « … », a indiqué l'AFP / Selon l'AFP, « … »    -> AFP (the agency speaks)
    X a déclaré à l'AFP : « … »                    -> X (the agency only carries)
    Pour X, « … » / X : « … »                      -> X
    « … », a précisé un manifestant                -> None (unnamed)
A quotation with no speaker of its own takes the subject of the sentence before it, or carries on the
previous quotation's speaker when no other person is named in between. Unknown stays None.
Speech verbs: pipelines/speech_verbs.jsonl; pronouns, carriers, cue words: quote_words.jsonl; first names
(for il/elle): first_names.jsonl.

The package, in the order a quotation is handled: lexicon (the words), quotations (finding « … » and the
entity mentions), attribute (naming each speaker: cue first, then the text around it), with finder.py's
SpeakerFinder and its parts (resolve, after, before, inside, subjects, chains: where a speaker is named and
how a noun phrase or pronoun resolves; state.py declares the state they read), special (headings, fragments,
labels, repeated words), wording (quoted words named as someone's wording: "a employé le terme « … »"), around
(same sentence, next line, carried over, organizations), syntax (small token tests); component.py is the spaCy
component.
"""

from .attribute import attribute_speakers
from .component import QuoteRecognizer, make_quotes
from .lexicon import QuoteLexicon, read_lexicon
from .quotations import find_quotations

__all__ = [
    "QuoteLexicon",
    "QuoteRecognizer",
    "attribute_speakers",
    "find_quotations",
    "make_quotes",
    "read_lexicon",
]
