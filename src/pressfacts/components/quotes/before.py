"""The speaker named before a quotation: "X a déclaré : « … »", "Selon X, « … »", "X : « … »"."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import _MIN_WORDS, _SPACES, after_last_stop
from .state import FinderState
from .syntax import _before_verb, _noun_phrase, _que_clause, _reports, _subjectless_participle

if TYPE_CHECKING:
    from .quotations import Mention, Quote


class BeforeQuotation(FinderState):
    """The speaker named before a quotation: "X a déclaré : « … »", "Selon X, « … »", "X : « … »".

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def before(self, q: Quote, prev_end: int, prev: str | None) -> tuple[bool, str | None]:
        """"X a déclaré : « … »", "Selon X, « … »", "Pour X, « … »", "X : « … »", "X dénonce des « … »"."""
        toks = self._lead_tokens(q, prev_end)
        if not toks or toks[-1].text in {".", "!", "?"}:
            return False, None  # "…», a-t-elle poursuivi. « … »": that sentence is over, it introduces nothing
        # "Selon l'Insee, …, une hausse jugée « modérée » par les économistes": the participle's agent before the source
        cued = self._agent_of_participle(q, toks, prev) or self._cue_before(q, toks, prev) or self._source_relative(q, toks, prev)
        if cued is not None:
            return cued
        verbs = self._lead_speech_verbs(q, toks)
        closing = self._closing_clause_subject(q, toks, verbs, prev)
        if closing is not None:
            return True, closing
        if self._author_lead(toks):
            return True, None  # "Comme nous l'écrivions hier, « … »": the paper's own earlier words, nobody named
        clause = self._source_clause_at_colon(q, toks, prev) if toks[-1].text == ":" else None
        if clause is not None:
            return True, clause
        if self._verb_governs(q, toks, verbs):
            return True, self._speaker_of_verb(q, toks, verbs, prev_end, prev)
        source = self._source_word(q, toks, prev)
        if source is not None:
            return source
        if toks[-1].text == ":":
            return self._before_colon(q, toks, prev)
        return False, None

    def _closing_clause_subject(self, q: Quote, toks: list[Token], verbs: list[Token], prev: str | None) -> str | None:
        """"« … » s'interroge un élu, tandis que le rapporteur du texte, X, reste prudent : « … »": a colon closing a
        clause of its own (after "tandis que", "alors que", "mais", a comma), whose finite verb is no speech verb and
        comes after the lead's speech verb: that clause's subject speaks, when it names a person or an organization
        (never a thing: "tandis que le texte vise X : « … »" leaves the speech verb's subject)."""
        if len(toks) < 3 or toks[-1].text != ":" or not verbs:
            return None  # (a cheap test first: a colon, and a speech verb earlier in the lead)
        verb = _closing_verb(toks)
        if verb is None or verb.dep_ not in {"advcl", "conj"} or verb.lower_ in self.lex.verbs:
            return None
        if verb.i < max(v.i for v in verbs) or not (
                "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)):
            return None
        incise = any(0 <= verbs[-1].idx - x.outer_end <= 6 for x in self.quotes)  # "« … » s'interroge un élu"
        if not incise and any(c.dep_ in {"obj", "ccomp", "xcomp"} and c.i > verbs[-1].i and c.idx < q.outer_start
                              for c in verbs[-1].children):
            # a speech verb with its own matter ("X a dénoncé la fermeture alors que Y affiche … : « … »") introduces
            # what follows the colon; one with none ("X s'inquiète") or an incise of earlier words leaves it to the clause
            return None
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not self.in_quote(c.idx)]
        opens = any(c.dep_ in {"mark", "cc"} and c.i < (subj[0].i if subj else verb.i) for c in verb.children)
        if not subj or subj[0].pos_ == "PRON" or not opens:
            return None
        found = self.resolve(subj[0], q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _agent_of_participle(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """"une mesure jugée « irréaliste » par le député X", "qualifiée de « brutale » par Y": a speech participle right
        before the quotation and "par" right after it; the agent speaks (the parser often tags such a participle as an
        adjective of the noun). None when the lead or the words after the quotation read otherwise."""
        n = len(toks) - 1 - (len(toks) > 1 and toks[-1].lower_ in {"de", "d'", "d’"})
        last = toks[n]
        if last.lower_ not in self.lex.verbs or not last.lower_.endswith(("é", "ée", "és", "ées")) or (
                n > 0 and (toks[n - 1].pos_ == "AUX" or self.lex.kind("auxiliary", toks[n - 1].lower_))):
            return None  # "X a déclaré « … » par téléphone": a finite verb, its subject speaks
        agent = self._agent_after_quote(q.start)
        if not agent:
            return None
        return True, self.resolve(agent[0], q.start, prev)

    def _author_lead(self, toks: list[Token]) -> bool:
        """A lead whose verb has the author's "nous" as subject ("Comme nous le révélions lundi,", "Nous l'avons écrit
        :"): the paper speaks, not the person named before. Read on the surface (the parser often takes "révélions"
        for a noun): the pronoun, object clitics, then a first-person plural form; nobody named after it."""
        for n, t in enumerate(toks):
            if not self.lex.kind("author_pronoun", t.lower_):
                continue
            rest = toks[n + 1 :]
            k = next((i for i, x in enumerate(rest[:3]) if not self.lex.kind("clitic", x.lower_) and x.lower_ not in {
                "l'", "l’", "le", "la", "les", "en", "y"}), None)
            if k is not None and rest[k].lower_.endswith("ons") and not any(self.mention(x) for x in rest):
                return True
        return False

    def _lead_tokens(self, q: Quote, prev_end: int) -> list[Token]:
        """The words of the sentence before the quotation, outside quotation marks and after the previous one."""
        start = max(prev_end, self._sent_start(q.outer_start))
        toks = self.outside(start, q.outer_start)
        # The parser may glue "…», a commenté X. « …" into one sentence: only the words after the last full stop.
        return after_last_stop(toks, len(toks) - 1)

    def _cue_before(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """A lead that opens with a cue ("À ses yeux,", "Selon X,", "Pour X") names the speaker; None when it does
        not decide."""
        first = toks[0].text.lower()
        if self._later_source(toks):
            return None
        lead = self.text[toks[0].idx : q.outer_start].lower().replace("’", "'")
        view = next((f for f in self.lex.words.get("own_view", {}) if lead.startswith(f + ",")), None)
        if view is not None:
            # "À ses yeux, X qui « … »": the view of whoever was spoken of before the sentence, not of X in it.
            return True, self.pronoun(None, toks[0].idx, prev)
        phrase = self._source_phrase_lead(q, toks, lead, prev)
        if phrase is not None:
            return phrase
        if self._unnamed_source_lead(toks):
            return True, None
        if (self.lex.kind("source", first) or self.lex.kind("opinion", first) or first == "d'") and toks[-1].text == ",":
            np = self._np_after(toks[0])
            if np is not None:
                return True, self.resolve(np, q.start, prev)
        after = self._after_source_short(q, toks, prev)
        if after is not None:
            return after
        if self.lex.kind("opinion", first) or self.lex.kind("source", first):
            # "Pour le président de la Cour les mesures « … »" (no comma): only a phrase that names someone.
            np = self._np_after(toks[0])
            found = self.resolve(np, q.start, None) if np is not None and (
                np.pos_ in {"NOUN", "PROPN"} or self._set_off_pronoun(np, q, prev)) else None
            if found is not None:
                return True, found
        return None

    def _unnamed_source_lead(self, toks: list[Token]) -> bool:
        """"Selon des proches, le ministre X « aurait menacé … »": a lead opened by "selon"/"d'après" and a plural
        noun phrase naming nobody ("des cadres du parti", "ses proches"), then a comma: the quotation is that unnamed
        group's account of the one named after the comma (the subject it is told of), not his words, unless he has
        a speech verb of his own there ("…, X a déclaré : « … »"). The parser often hangs that name on the group."""
        n = 2 if toks[0].lower_ in {"d'", "d’"} and len(toks) > 1 and toks[1].lower_ == "après" else 1
        if n == 1 and not self.lex.kind("source", toks[0].lower_):
            return False
        comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
        if comma is None or comma <= n:
            return False
        phrase, rest = toks[n:comma], toks[comma + 1 :]
        head = next((t for t in phrase if t.pos_ in {"NOUN", "ADJ"} and t.dep_ not in {"amod", "nmod"}), None)
        if head is None or "Plur" not in head.morph.get("Number") or any(self.mention(t) for t in phrase) \
                or self.lex.kind("pronoun", head.lower_):
            return False
        # One person or organization only: "Selon ses avocats, Me X et Me Y, …" names the group in apposition.
        named = {m.entity for m in (self.mention(t) for t in rest) if m is not None and m.label in {"PER", "ORG"}}
        return len(named) == 1 and not any(t.lower_ in self.lex.verbs for t in rest)

    def _set_off_pronoun(self, np: Token, q: Quote, prev: str | None) -> bool:
        """"Selon elle, l'Algérie vit « … »", "Pour lui, il s'agit d'« … »": a subject-like pronoun closed by a comma
        after the cue (not the clitic of "Pour lui rendre hommage, …"), standing for the previous speaker or someone
        named in the sentence before (not for someone named further back: "L'un des suspects a affirmé …")."""
        if np.pos_ != "PRON" or not self.lex.kind("pronoun", np.lower_) or np.i + 1 >= len(self.doc) \
                or self.doc[np.i + 1].text != ",":
            return False
        found = self.resolve(np, q.start, None)
        if found is not None and found == prev:
            return True
        start = self._previous_sentence_start(np.idx)
        return any(m.entity == found and start <= m.start < np.idx for m in self.mentions)

    def _source_phrase_lead(self, q: Quote, toks: list[Token], lead: str,
                            prev: str | None) -> tuple[bool, str | None] | None:
        """"Aux yeux de X, la taxe était « … »", "De l'avis du juriste, …": a sentence opened by a phrase of
        quote_words.jsonl kind "source_after", then a comma, gives the view of the one it names (an unnamed "des
        observateurs" is nobody); None when the lead opens otherwise."""
        form = max((f for f in self.lex.words.get("source_after", {}) if lead.startswith(f + " ")), key=len, default=None)
        if form is None or not any(t.text == "," for t in toks):
            return None
        return True, self.named_after_phrase(toks[0].idx + len(form), q, prev)

    def _after_source_short(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """"D'après la préfète X, la situation reste « tendue »": a sentence opened by "d'après" (two tokens, which the
        "selon" rows do not catch) and a named phrase, as "Selon X, … « … »"; None when the lead opens otherwise or the
        phrase after it names no one."""
        if len(toks) < 3 or toks[0].lower_ not in {"d'", "d’"} or toks[1].lower_ != "après":
            return None
        np = self._np_after(toks[0])
        found = self.resolve(np, q.start, None) if np is not None and (
            np.pos_ in {"NOUN", "PROPN"} or self._set_off_pronoun(np, q, prev)) else None
        return (True, found) if found is not None else None

    def _source_relative(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """"…, ou de son mentor, X, selon qui ces tags « … »", "Y, pour qui « … »": the quotation stands in a relative
        clause opened by a source word; the one it hangs on speaks (an unnamed "des écrivains, pour qui" is nobody).
        None when the lead has no such clause."""
        n = next((k for k in range(len(toks) - 1, 0, -1) if self._source_relative_pronoun(toks[k]) and (
            self.lex.kind("source", toks[k - 1].lower_) or self.lex.kind("opinion", toks[k - 1].lower_))), None)
        if n is None or n < 2 or any(t.text in {";", ":"} for t in toks[n:]):
            return None
        head = toks[n - 2] if toks[n - 2].text != "," or n < 3 else toks[n - 3]
        m = self.mention(head)
        owner = self._noun_of_organization(m) if m is not None else None
        if owner is not None:
            return True, self.resolve(owner, q.start, prev)
        if m is not None and m.label in {"PER", "ORG"}:
            return True, m.entity
        return True, self.resolve(head, q.start, prev) if head.pos_ in {"NOUN", "PRON"} else None

    def _noun_of_organization(self, m: Mention) -> Token | None:
        """"l'éditorialiste du Figaro, selon lequel « … »": the organization only complements the noun the relative
        clause hangs on; that noun (an unnamed person: nobody) speaks, not the organization."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label != "ORG" or span is None or span.start < 3:
            return None
        i = span.start - 1 - (self.doc[span.start - 1].pos_ == "DET")  # "de l'Institut X"
        de, noun = self.doc[i], self.doc[i - 1]
        if de.lower_ in {"du", "de", "d'", "d’", "des"} and noun.pos_ == "NOUN" and noun.is_lower:
            return noun
        return None

    def _later_source(self, toks: list[Token]) -> bool:
        """"Selon France Bleu, … où, d'après la gendarmerie, une dizaine de blessés … « … »": a second source word nearer
        the quotation names its source, not the one that opens the lead."""
        return any(self.lex.kind("source", t.lower_) or (t.lower_ in {"d'", "d’"} and t.i + 1 < len(self.doc)
                   and self.doc[t.i + 1].lower_ == "après") for t in toks[1:])

    def _source_relative_pronoun(self, tok: Token) -> bool:
        """"qui" after "pour"/"selon", or "lequel" and its forms ("le député X, pour lequel « … »")."""
        return tok.lower_ == "qui" or bool(self.lex.kind("source_relative", tok.lower_))

    def _lead_speech_verbs(self, q: Quote, toks: list[Token]) -> list[Token]:
        """The speech verbs of the lead whose subject speaks (no passive; no infinitive before a short quotation)."""
        # "X a été condamné pour « … »": the subject of a passive speech verb is spoken about, not speaking.
        verbs = [v for v in self.speech_verb(toks) if not any(c.dep_ == "aux:pass" for c in v.children)]
        # "Les annonces pour les retraités « … »": a noun behind its article is no verb ("annonces" of "annoncer").
        verbs = [v for v in verbs if not _noun_phrase(v)]
        if len(self.text[q.start : q.end].split()) < _MIN_WORDS:
            verbs = [v for v in verbs if v.text.lower() not in self.lex.infinitives]
        return verbs

    def _verb_governs(self, q: Quote, toks: list[Token], verbs: list[Token]) -> bool:
        """Whether the lead's last speech verb introduces the quotation, not a label the lead merely uses."""
        # A few quoted words far from the verb are a label ("des représentants des « gilets jaunes »"), unless
        # they stand inside what the verb reports ("a indiqué que l'activité ralentit de manière « ciblée »").
        inner = self.tokens(q.start, q.end)
        if verbs and inner and self.in_incise_subject(verbs[-1], inner[0]):
            return False
        return bool(verbs) and (len(self.text[q.start : q.end].split()) >= _MIN_WORDS or toks[-1].i - verbs[-1].i <= 8
                                or bool(inner and _reports(verbs[-1], inner[0])))

    def in_incise_subject(self, verb: Token, first: Token) -> bool:
        """"« … », plaide l'initiateur de la « Marche des libertés », X": the verb is the incise of an earlier quotation
        and the quoted words hang under the noun after it (its subject, whatever arc the parser drew): a name in the
        speaker's description, not what the verb reports."""
        if not any(0 <= verb.idx - x.outer_end <= 6 and not self.text[x.outer_end : verb.idx].strip(_SPACES + ",")
                   for x in self.quotes):
            return False  # ("« … ».\n\nIl juge …": a new sentence, no incise)
        nouns = [c for c in verb.children if c.dep_ in {"nsubj", "obj"} and verb.i < c.i < first.i and c.pos_ == "NOUN"]
        return any(first in n.subtree for n in nouns)

    def _speaker_of_verb(self, q: Quote, toks: list[Token], verbs: list[Token], prev_end: int, prev: str | None
                         ) -> str | None:
        """Who speaks through the lead's speech verb: the previous speaker after "avant de"/"Et de", the inverted
        subject of an incise, or the verb's subject."""
        verb = self._outermost(verbs[-1], verbs)
        if verb.i > 1 and self.doc[verb.i - 1].lower_ in {"de", "d'", "d’"} and "Inf" in verb.morph.get("VerbForm"):
            # "…», a-t-elle poursuivi, avant d'appeler X à une « … »": the speaker of the quotation earlier in the
            # same sentence; "Et de conclure : « … »", "…, a dit X, avant d'ajouter « … »": whoever spoke last.
            same = prev is not None and prev_end > 0 and not re.search(r"[.!?]\s", self.text[prev_end : q.outer_start])
            if self.doc[verb.i - 2].lower_ == "avant" and same:
                return prev
            if toks[0].lower_ == "et" or (self.doc[verb.i - 2].lower_ == "avant"
                                          and all(t.is_punct for t in toks if t.i > verb.i)):
                return self.last_source(q.outer_start, prev)
        incise = self._incise_of_gerund(q, verb, verbs, toks)
        if incise is not None:
            verb = incise  # "…», a déclaré le ministre, soulignant que « … »": the gerund's subject is the incise's.
        if self._is_incise(verb, toks):
            # "…», a encore jugé X : « … »": the incise of the previous quotation, subject after the verb
            # (or "-t-il" before it).
            return self._inverted_subject(verb, [t for t in toks[1:] if t.i < verb.i], toks, q, prev)
        inner_incise = self._inner_incise(verb, toks)
        if inner_incise is not None:
            # "Ce référendum, a-t-il assuré, serait un « … »": an incise inside the sentence, its inverted pronoun.
            return self._inverted_subject(verb, inner_incise, toks, q, prev)
        if self._incise_before_quote(verb, toks):
            # "X, explique la journaliste, « est perçu … »": the inverted subject speaks, not X (what the parse
            # may make the subject); an unnamed one is nobody.
            return self._inverted_subject(verb, [], toks, q, prev)
        if self._mid_sentence_incise(verb, toks) or self._pronoun_incise_before_quote(verb, toks):
            # "La prévention, juge X, se heurte au fait que « … »": the inverted subject of the incise speaks.
            return self._inverted_subject(verb, [], toks, q, prev)
        named = self._named_before_colon(verb, toks)
        if named is not None:
            return named
        reporter = self._participle_of_reporter(verb, q, prev)
        if reporter is not None:
            return reporter
        cited = self._cited(verb, q)
        if cited is not None:
            return self.resolve(cited, q.start, prev)
        return self._subject_of(verb, q.start, prev)

    def _incise_of_gerund(self, q: Quote, verb: Token, verbs: list[Token], toks: list[Token]) -> Token | None:
        """The incise's verb a gerund of the lead goes with ("…», a déclaré le ministre, soulignant que « … »"), or None.
        The parse may hang the gerund on the subject or inside the first quotation: then the speech verb just before
        it, for quotations of four words or more (a word or two in marks after "demandant de ne pas les qualifier de"
        names a word, nobody says it)."""
        if not verb.lower_.endswith("ant"):
            return None
        head = verb.head
        if head not in verbs and len(self.text[q.start : q.end].split()) >= 4:
            head = next((v for v in reversed(verbs) if verb.i - 8 <= v.i < verb.i), head)
        return head if head in verbs and self._is_incise(head, toks) else None

    def _named_before_colon(self, verb: Token, toks: list[Token]) -> str | None:
        """"…, rappelle le porte-parole Tom Weller : « … »": between the speech verb and the colon that ends the lead, a
        phrase with no verb that names one person (the parse may make the title the subject of the quoted verb)."""
        if toks[-1].text != ":" or "Fin" not in verb.morph.get("VerbForm"):
            return None
        between = [t for t in toks if verb.i < t.i < toks[-1].i]
        # (a subject right after the verb, not the one spoken to: "explique au préfet X : « … »")
        if not between or between[0].pos_ not in {"DET", "PROPN"} or any(
                t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text != ",") for t in between):
            return None
        people = {m.entity for m in map(self.mention, between) if m is not None and m.label == "PER"}
        return people.pop() if len(people) == 1 else None

    def _cited(self, verb: Token, q: Quote) -> Token | None:
        """"Le Figaro cite un proche du président : « … »": the object of a verb of quoting (quote_words.jsonl kind
        "cite") is the one whose words they are (unnamed: nobody), not its subject who only passes them on."""
        if not self.lex.kind("cite", verb.lower_):
            return None
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}
                    and c.idx < q.outer_start and not self.in_quote(c.idx)), None)
        if obj is None or any(t.pos_ in {"VERB", "AUX"} for t in self.tokens(obj.idx, q.outer_start)):
            return None  # "Il cite en exemple X et en retient une leçon : « … »": another verb leads to the quotation
        # Only a person or a body ("un proche", "X", "la CGT"), not "prend pour modèle les Gilets jaunes".
        m = self.mention(obj)
        person = (m is not None and m.label in {"PER", "ORG"}) or self.lex.kind("someone", obj.lower_) or self.is_role(obj)
        return obj if person else None

    def _participle_of_reporter(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"X a dit craindre que Y l'emporte, estimant que la candidate est « … »": a present participle after a
        comma, with a que-clause of its own, that the parser hung inside the que-clause of a speech verb before it
        goes with that verb's subject (the one who reports), not with the subject of the clause reported."""
        if verb.i == 0 or self.doc[verb.i - 1].text != "," or not _subjectless_participle(verb) \
                or not any(c.dep_ == "ccomp" and _que_clause(c) for c in verb.children):
            return None
        t = verb.head
        for _ in range(6):
            if t.head.i == t.i or t.i > verb.i:
                return None
            if t.dep_ == "ccomp" and _que_clause(t) and t.head.i < t.i:
                break
            t = t.head
        else:
            return None
        gov = t.head
        said = [gov]
        while said[-1].dep_ == "xcomp" and said[-1].head.i != said[-1].i:
            said.append(said[-1].head)  # "a dit craindre que …": the speech verb above the infinitive
        if not any(v.lower_ in self.lex.verbs for v in said):
            return None
        found = self._subject_of(gov, q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    @staticmethod
    def _pronoun_incise_before_quote(verb: Token, toks: list[Token]) -> bool:
        """"Et, rappelle-t-elle, « … »", "Mais, ajoute-t-il, « … »": an incise with only its inverted pronoun between
        commas, right before the opening mark, after a sentence start that is no clause of its own."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 1 or toks[-1].text != "," or toks[n - 1].text != ",":
            return False
        inner = toks[n + 1 : -1]
        return bool(inner) and len(inner) <= 2 and all(t.text.startswith("-") for t in inner) and not any(
            t.pos_ in {"VERB", "AUX", "NOUN", "PROPN"} for t in toks[: n - 1])

    def _mid_sentence_incise(self, verb: Token, toks: list[Token]) -> bool:
        """", juge la chercheuse X," between commas inside the sentence that goes on to the quotation ("Il y a, résume
        X, une « … »"): comma, finite verb with nothing before it but auxiliaries, a short noun phrase with no verb,
        comma, then more words naming nobody else (the sentence's own subject is no one: "La prévention")."""
        if not any(t.text == "," for t in self.doc[max(0, verb.i - 3) : verb.i]):
            return False  # (a cheap test first: no comma just before the verb, no incise)
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 2 or verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"):
            return False
        lead = list(takewhile(_before_verb, reversed(toks[:n])))
        if n - len(lead) < 2 or toks[n - len(lead) - 1].text != ",":
            return False
        close = next((k for k in range(n + 1, min(len(toks), n + 9)) if toks[k].text == ","), None)
        if close is None or close + 1 >= len(toks):
            return False  # nothing after the second comma: _incise_before_quote's case
        np = toks[n + 1 : close]
        if not np or any(t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":"} for t in np) or not any(
                t.pos_ in {"NOUN", "PROPN"} for t in np):
            return False
        # Nobody else named around the incise: the words are not those of a person the sentence is about.
        rest = toks[: n - len(lead) - 1] + toks[close + 1 :]
        return not any((m := self.mention(t)) is not None and m.label in {"PER", "ORG"} for t in rest)

    @staticmethod
    def _incise_before_quote(verb: Token, toks: list[Token]) -> bool:
        """", explique la journaliste," between commas, with nothing but the opening mark after it: comma, finite
        verb, a short noun phrase with no verb, comma, end of the lead."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n < 1 or toks[-1].text != "," or verb.lower_.endswith("ant"):
            return False
        before = [t for t in toks[:n] if not _before_verb(t)]
        inner = toks[n + 1 : -1]
        # ", ajoute le maire de Vierzon, Paul Roux, « … »": a title, its comma and the name it introduces
        comma = next((k for k, t in enumerate(inner) if t.text == ","), None)
        longest = 6
        if comma is not None and 0 < comma < len(inner) - 1 and all(t.pos_ == "PROPN" for t in inner[comma + 1 :]) \
                and inner[comma - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and not any(t.pos_ == "SCONJ" for t in inner):
            # (", assure que le ministre, X, « … »": a clause reporting X, not an incise naming its speaker)
            inner, longest = inner[:comma] + inner[comma + 1 :], 12
        return bool(before) and before[-1].text == "," and 0 < len(inner) <= longest and all(
            t.pos_ not in {"VERB", "AUX", "PUNCT"} for t in inner) and any(t.pos_ in {"NOUN", "PROPN"} for t in inner)

    def _source_word(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """A source word ("selon", "d'après") anywhere in the lead of a long quotation names the speaker; None when
        there is none."""
        for t in toks if len(self.text[q.start : q.end].split()) >= _MIN_WORDS else []:
            if self.lex.kind("source", t.text.lower()):
                np = self._np_after(t)
                return True, self.resolve(np, q.start, prev) if np is not None else None
        return self._source_incise(q, toks, prev)

    def _source_incise(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None] | None:
        """"Le texte sera, selon lui, « voté rapidement »": a few quoted words right after a source incise set off by
        commas are the words of the one it names (a pronoun only for the last speaker or someone named in the sentence
        before, as "Selon elle, …"); None when the lead does not end so or the incise names no one."""
        n = next((k for k in range(len(toks) - 2, 0, -1) if self.lex.kind("source", toks[k].lower_) or (
            toks[k].lower_ in {"d'", "d’"} and toks[k + 1].lower_ == "après")), None)
        if n is None or toks[-1].text != "," or toks[n - 1].text != "," or any(t.text == "," for t in toks[n:-1]):
            return None
        np = self._np_after(toks[n])
        if np is None or not (np.pos_ in {"NOUN", "PROPN"} or self._set_off_pronoun(np, q, prev)):
            return None
        found = self.resolve(np, q.start, prev)
        return (True, found) if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _before_colon(self, q: Quote, toks: list[Token], prev: str | None) -> tuple[bool, str | None]:
        """"X : « … »": a lead ending with a colon, the one person it names or the subject of its clause."""
        if all(t.pos_ in {"ADV", "CCONJ", "PUNCT"} for t in toks[:-1]):
            return False, None  # "Ou encore : « … »": the quotation goes on with the previous speaker
        named = [self.mention(t) for t in toks[:-1]]
        if named and all(m is not None and m.entity == named[0].entity for m in named):
            return True, named[0].entity  # type: ignore[union-attr]
        # "X, maire de Brunehaut : « … »", "Le militant X en quittant le tribunal : « … »" (a title):
        # a phrase with no verb that names one person.
        people = {m.entity for m in named if m is not None and m.label == "PER" and not self._oblique(m)}
        if len(people) == 1 and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm")
                                         for t in toks[:-1]):
            return True, people.pop()
        agent = self._agent_before_colon(toks[:-1])
        if agent is not None:
            return True, agent
        roots = [t for t in toks if t.dep_ == "ROOT" or t.head.i not in {x.i for x in toks}]
        for r in roots:
            s = self._subject_of(r, q.start, prev)
            if s:
                return True, s
        return True, self._subject_at_colon(q, toks, prev)

    def _source_clause_at_colon(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"Une question d'équité, à entendre X : « … »", "Les dons baissent, comme le rappelle X, qui … : « … »": the
        last clause of the lead names whose words follow the colon, by a source phrase (quote_words kind
        "source_after": "à en croire", "à entendre") or a speech verb whose subject comes after it ("comme
        l'explique X"); the one named right after speaks. None when the lead has neither."""
        lead = self.text[toks[0].idx : q.outer_start].lower().replace("’", "'")
        cut = lead.rfind(", ") + 2 if ", " in lead else 0
        form = max((f for f in self.lex.words.get("source_after", {}) if lead.startswith(f + " ", cut)), key=len,
                   default=None)
        if form is not None:
            start = toks[0].idx + lead.index(form, cut) + len(form)
            return self._subject_after(next(t for t in toks if t.idx >= start), q, prev)
        for n, t in enumerate(toks[2:-2], start=2):
            k = n - 1 - (toks[n - 1].pos_ == "AUX")  # "comme l'a expliqué X"
            if toks[k].lower_ in {"l'", "l’", "le"} and k >= 1 and toks[k - 1].lower_ == "comme" \
                    and t.lower_ in self.lex.verbs and t.pos_ in {"VERB", "AUX"}:
                return self._subject_after(t.nbor(1), q, prev)
        return None

    def _subject_after(self, first: Token, q: Quote, prev: str | None) -> str | None:
        """The one a phrase from `first` names as the speaker, within eight words and before any punctuation: past a
        day ("lundi"), a title before the name ("la ministre X"), and the one spoken to ("au Point", "à l'AFP"); None
        at a verb ("selon les propos rapportés par l'AFP": the agency only reports) or an unnamed noun."""
        dates = [(d.start, d.end) for d in self.doc.spans.get("dates", [])]
        addressee = False
        for t in self.doc[first.i : min(len(self.doc), first.i + 8)]:
            if t.is_punct or t.pos_ in {"VERB", "AUX"}:
                return None
            if any(a <= t.i < b for a, b in dates):
                continue
            if t.lower_ in {"à", "au", "aux", "sur"}:
                addressee = True
                continue
            m = self.mention(t)
            if m is not None or t.pos_ in {"NOUN", "PROPN"}:
                if addressee:
                    addressee = m is not None and t.i + 1 < len(self.doc) and self.mention(t.nbor(1)) is m
                    continue  # "au Point", "à la radio": whom it was said to
                if m is not None:
                    return m.entity if m.label in {"PER", "ORG"} else None
                nxt = self.mention(t.nbor(1)) if t.i + 1 < len(self.doc) else None
                if nxt is not None and nxt.label == "PER" and self.is_role(t):
                    continue  # "la ministre X": the title before the name
                found = self.resolve(t, q.start, prev)
                return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None
        return None

    def _subject_at_colon(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"Invité de France 2, le ministre X reste ferme : « … »": when the parse hangs the clause under an opening
        phrase, the verb the colon closes still has the speaker as its own subject (a named person or organization,
        never a thing: "le texte prévoit : « … »")."""
        ids = {t.i for t in toks}
        # "Un collectif a porté plainte, tandis que le maire X temporise : « … »": the parse may hang the colon on the
        # main verb; the clause the colon closes (the verb whose phrase ends right before it) has the speaker.
        closing = _closing_verb(toks)
        for verb in [toks[-1].head, *([closing] if closing is not None and closing.i != toks[-1].head.i else [])]:
            if verb.pos_ not in {"VERB", "AUX"} or verb.i not in ids:
                continue
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not self.in_quote(c.idx)]
            if not subj or subj[0].pos_ == "PRON":
                continue
            found = self.resolve(subj[0], q.start, prev)
            if found is not None and self.labels.get(found) in {"PER", "ORG"}:
                return found
        return None

    def _agent_before_colon(self, lead: list[Token]) -> str | None:
        """"Une piste vite rejetée lundi par X : « … »", "Un avis partagé par la CGT : « … »": a lead with no
        finite verb whose one named person or organization is the agent ("par") of a participle: the one who speaks."""
        if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in lead):
            return None  # "Le texte adopté par le Sénat prévoit : « … »": the clause has a subject of its own
        named = {m.entity: m for m in (self.mention(t) for t in lead) if m is not None and m.label in {"PER", "ORG"}}
        if len(named) != 1:
            return None
        m = next(iter(named.values()))
        first = next(t for t in lead if self.mention(t) is m)
        before = [t for t in lead if t.i < first.i][-5:]  # "écartée dimanche par (le ministre) X"
        by = [n for n, t in enumerate(before) if t.lower_ == "par"]
        if not by or not any("Part" in t.morph.get("VerbForm") for t in before[: by[-1]]) or any(
                t.pos_ not in {"DET", "NOUN", "ADJ"} or self.mention(t) is not None for t in before[by[-1] + 1 :]):
            return None
        return m.entity

    def _outermost(self, verb: Token, verbs: list[Token]) -> Token:
        """"estiment qu'on peut y répondre « … »": the speech verb whose complement holds the others (its
        subject speaks), climbing only through complement clauses, never out of a relative clause (the parser
        may hang "…, à propos duquel X avait dit « … »" as a complement: the relative pronoun tells)."""
        t = verb
        while t.dep_ in {"ccomp", "xcomp"} and t.head.i != t.i and not self._relative(t):
            t = t.head
            if t in verbs and not self._opening_participle_of(t, verb):
                verb = t
        return verb

    def _opening_participle_of(self, head: Token, verb: Token) -> bool:
        """"Interrogé sur …, il répond : « … »", "Questionnée par …, elle a dit : « … »": a participle phrase that opens
        the sentence and that the parser made the head of the clause after its comma; the clause's own verb speaks."""
        return self._opening_participle(head, verb) and any(c.dep_ == "nsubj" for c in verb.children)

    def _relative(self, verb: Token) -> bool:
        """The verb opens a relative clause ("à propos duquel X avait dit", "dont X a dit")."""
        return any(c.i < verb.i and self.lex.kind("relative", c.text) for c in verb.children)

    @staticmethod
    def _inner_incise(verb: Token, toks: list[Token]) -> list[Token] | None:
        """", a-t-il déclaré," between commas inside a sentence: the words between the comma and the verb (auxiliaries,
        the inverted pronoun), when the verb is followed by a comma too."""
        n = next((k for k, t in enumerate(toks) if t.i == verb.i), None)
        if n is None or n + 1 >= len(toks) or toks[n + 1].text != ",":
            return None
        lead = list(takewhile(lambda t: t.text != ",", reversed(toks[:n])))
        if len(lead) == n or not lead or not all(_before_verb(t) for t in lead):
            return None
        return lead[::-1] if any(t.text.startswith("-") for t in lead) else None

    @staticmethod
    def _is_incise(verb: Token, toks: list[Token]) -> bool:
        """", a encore jugé X" right after a quotation: comma, auxiliaries or adverbs, a finite speech verb."""
        if toks[0].text != "," or verb.text.lower().endswith("ant"):
            return False
        between = [t for t in toks[1:] if t.i < verb.i]
        return all(t.pos_ in {"AUX", "ADV"} or t.text.startswith("-") for t in between)


def _closing_verb(toks: list[Token]) -> Token | None:
    """The verb of the clause a lead's final colon closes: the last verb before the colon (not an auxiliary) whose
    phrase holds every word between it and the colon (the parser may hang the colon and the quotation on it too)."""
    lead = toks[:-1]
    for n in range(len(lead) - 1, -1, -1):
        t = lead[n]
        if t.pos_ in {"VERB", "AUX"} and not t.dep_.startswith(("aux", "cop")):
            inside = {x.i for x in t.subtree}
            return t if all(x.i in inside for x in lead[n + 1 :]) else None
    return None
