"""The speaker named after a quotation: the incise (« … », a déclaré X) and what follows it."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import _GLUED_PRONOUN, _SPACES, _SUBJECT_DEPS
from .state import FinderState
from .syntax import _before_verb, _has_case, _introduces_source, _noun_phrase, _predicate_subject

if TYPE_CHECKING:
    from .quotations import Quote


class AfterQuotation(FinderState):
    """The speaker named after a quotation: the incise (« … », a déclaré X) and what follows it.

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def speech_verb(self, tokens: Iterable[Token]) -> list[Token]:
        return [t for t in tokens if t.text.lower() in self.lex.verbs and (
            t.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} or self._participle_after_auxiliary(t)) and not _noun_phrase(t)]

    def _unknown_incise_verb(self, toks: list[Token]) -> str | None:
        """"« … », contrebalance X, syndicaliste": right after the closing mark and its comma, a finite verb of the
        third person the lexicon does not list, then a named person as its inverted subject, is an incise all the
        same (the press varies its speech verbs endlessly); None otherwise."""
        if len(toks) < 3 or toks[0].text != "," or toks[1].lower_ in self.lex.verbs:
            return None
        verb, nxt = toks[1], toks[2]
        # (the tagger often takes an unknown verb there for a noun: "contrebalance", "recadre")
        finite = verb.pos_ == "VERB" and "Fin" in verb.morph.get("VerbForm") and verb.morph.get("Person") in (["3"], [])
        bare_noun = verb.pos_ == "NOUN" and verb.text.endswith(("e", "t"))
        if not verb.is_lower or not (finite or bare_noun):
            return None
        m = self.mention(nxt)
        if m is None or m.label != "PER" or m.start != nxt.idx:
            return None
        return m.entity if self.text[m.end : m.end + 2].lstrip(" ")[:1] in {",", ".", "(", ";", ""} else None

    def _unknown_participle(self, t: Token, lead: list[Token]) -> bool:
        """"« … », a balayé X", "…», avait recadré la ministre": right after the closing mark's comma, an auxiliary (and
        adverbs) then a past participle the lexicon does not list. An inverted subject there makes it an incise all the
        same, as `_unknown_incise_verb` reads a simple tense; the caller keeps it only when that subject is named."""
        if not lead or lead[0].text != "," or not t.is_lower or len(t.text) < 4 or t.lower_ in self.lex.verbs \
                or self._locution(t) or self.lex.kind("incise_verb", t.lower_) or self.lex.kind("semi_aux", t.lower_):
            return False  # (a verb the lexicon knows, alone or in a locution: "a fait savoir", read as before)
        if not any(self.lex.kind("auxiliary", x.lower_) for x in lead[1:]):
            return False
        if not all(x.pos_ in {"AUX", "ADV"} or self.lex.kind("auxiliary", x.lower_) or x.lower_ in {"s'", "s’"}
                   for x in lead[1:]):
            return False  # (only "a", "avait", "s'est" and adverbs between the comma and the participle)
        return "Part" in t.morph.get("VerbForm") or (
            t.pos_ in {"VERB", "ADJ", "NOUN", "PROPN"} and t.lower_.endswith(("é", "ée", "és", "ées", "i", "u", "it")))

    def _opens_sentence(self, q: Quote) -> bool:
        """The quotation's opening mark starts its sentence: what follows the closing mark can only be an incise or
        the sentence's own verb, never a main clause whose subject stood before the words ("Des riverains, qui
        jugent le projet « démesuré », ont saisi le tribunal")."""
        before = self.text[max(0, q.outer_start - 80) : q.outer_start].rstrip(_SPACES + "-–—")
        return not before or before[-1] in ".!?…\n"

    def _participle_after_auxiliary(self, t: Token) -> bool:
        """"X, qui a twitté : « … »": a participle the tagger does not know may come out a proper noun; right after
        "a"/"ont" it is still the speech verb."""
        return t.pos_ == "PROPN" and t.i > 0 and t.is_lower and bool(self.lex.kind("auxiliary", self.doc[t.i - 1].lower_))

    def after(self, q: Quote, nxt: int, prev: str | None) -> tuple[bool, str | None]:
        """", a-t-elle déclaré", ", poursuit le magistrat", ", selon l'AFP" right after the closing mark."""
        sent_end = self._sent_end(q.outer_end)
        toks = self.tokens(q.outer_end, min(sent_end, nxt))
        lead: list[Token] = []
        toks = self._without_asides(toks)
        opinion = self._opinion_after(q, toks, prev)
        if opinion is not None:
            return True, opinion
        phrase = self._source_phrase_after(q, prev)
        if phrase is not None:
            return phrase
        fronted = self._named_subject_with_clitic(toks)
        if fronted is not None:
            return True, fronted
        named = self._unknown_incise_verb(toks)
        if named is not None:
            return True, named
        for t in toks[:7]:
            low = t.text.lower()
            if self._relative_after_quote(t, lead):
                break  # "« … », qui avaient signalé …, souligne X": a relative clause, the incise comes later
            if lead and self._clause_mark(t):
                break  # "« … », même s'il assure que …": a clause of its own, no incise
            if _introduces_source(t, self.lex):
                np = self._np_after(t)
                return True, self._source_pronoun(np, q, prev) if np is not None else None
            if self._unknown_participle(t, lead) and self._opens_sentence(q):
                found = self._inverted_subject(t, lead, toks, q, prev)
                if found is not None and self.labels.get(found) in {"PER", "ORG"}:
                    return True, found
                break
            if low in self.lex.verbs or self._locution(t) or self.lex.kind("incise_verb", low):
                if low.endswith("ant") or any(x.text.lower() == "en" and x.pos_ != "PRON" for x in lead):
                    break  # "…», tout en saluant …": a gerund, not an incise ("», en conclut X" is one)
                reflexive = any(x.text.lower() in {"s'", "s’", "se"} for x in lead)  # "», s'est-il exclamé"
                if any(x.text.lower() in {"est", "était"} for x in lead) and any(x.text == "-il" for x in lead) and (
                        not reflexive):
                    return True, None  # "…», est-il mentionné": impersonal
                if self.lex.kind("relay", low):
                    # "Le président demande « … », a rapporté le porte-parole": the one who relays is not the speaker.
                    cued, found = self.before(q, self.prev_end, prev)
                    if cued and found is not None and self.labels.get(found) == "PER":
                        return True, found
                # "Parlant de « … », il a affirmé": a subject before the verb, not an incise.
                # ("…», lui a rétorqué X": a dative clitic before the verb is the one answered, never the subject)
                subj = next((x for x in lead if x.dep_.startswith("nsubj") and self.lex.kind("pronoun", x.text)
                             and not x.text.startswith("-") and not (self.lex.kind("clitic", x.text) or {}).get("dative")),
                            None)
                if subj is not None and self._introduces_next(q, t):
                    return False, None
                if subj is not None:
                    return True, self.resolve(subj, q.start, prev)
                found = self._inverted_subject(t, lead, toks, q, prev)
                if found is None and self._subject_before_clause(t, q):
                    return False, None  # "X, qui dénonce « … », appelle à …": the main verb after the relative, no incise
                return True, found
            if t.is_punct and t.text not in {",", "-"} and lead:
                break
            # "…», tentait de rassurer X", "a tenu à préciser X": a verb that only leads to the speech verb.
            leading = self.lex.kind("semi_aux", low) is not None or (
                low in {"de", "d'", "d’", "à"} and any(self.lex.kind("semi_aux", x.text) for x in lead))
            if not (leading or t.is_punct or t.pos_ in {"AUX", "ADV", "PRON"} or t.dep_ in {"fixed", "aux:tense"}
                    or t.text.startswith("-") or self.lex.kind("auxiliary", low)):
                break  # ("a tout de même concédé": "de même" is fixed to "tout")
            lead.append(t)
        return self._sentence_tail(q, sent_end, prev)

    def _named_subject_with_clitic(self, toks: list[Token]) -> str | None:
        """"« … », X le reconnaît volontiers", "« … », la CGT l'assure", "« … », X en est convaincu": a name right after
        the closing mark's comma, then an object clitic standing for the quotation (quote_words.jsonl kind
        "quoted_clitic"), then a speech verb (or a word of conviction, kind "conviction"): no inversion, that name
        speaks. Not when "ne" denies it ("X ne le dit pas"), nor with a verb of rejection (kind "refute": "X le conteste"
        rejects someone else's claim) or no speech verb ("X en doute")."""
        if len(toks) < 4 or toks[0].text != ",":
            return None
        k = 2 if toks[1].pos_ == "DET" else 1  # "la CGT"
        m = self.mention(toks[k])
        if m is None or m.label not in {"PER", "ORG"} or (k == 2 and m.label != "ORG"):
            return None
        while k < len(toks) and self.mention(toks[k]) is m:
            k += 1
        rest = toks[k : k + 4]
        if not rest or not self.lex.kind("quoted_clitic", rest[0].lower_):
            return None
        for t in rest[1:]:
            low = t.lower_
            if self.lex.kind("refute", low):
                return None  # "X le conteste": the quoted claim is someone else's, X rejects it
            if low in self.lex.verbs or self.lex.kind("conviction", low):
                return m.entity
            if not (self.lex.kind("auxiliary", low) or self.lex.kind("clitic", low) or low in {"est", "était", "a", "avait"}
                    or t.pos_ == "ADV") \
                    or low in {"ne", "n'", "n’", "pas", "jamais", "guère"}:
                return None
        return None

    def _clause_mark(self, t: Token) -> bool:
        """A conjunction that opens a clause of its own (quote_words.jsonl kind "clause_mark": "si", "lorsque", "s'" before
        "il")."""
        mark = self.lex.kind("clause_mark", t.text)
        if mark is None:
            return False
        nxt = self.doc[t.i + 1].lower_ if t.i + 1 < len(self.doc) else ""
        return not mark.get("next") or nxt in mark["next"]

    def _locution(self, t: Token) -> bool:
        """"…», a mis en garde X": a speech verb of several words (quote_words.jsonl kind "locution": its first word,
        then the words after it), whose first word alone says nothing."""
        row = self.lex.kind("locution", t.text)
        if row is None:
            return False  # (most words open no locution: the words after them are not read)
        words = [x.lower_ for x in self.doc[t.i + 1 : t.i + 4]]
        return any(words[: len(r)] == r for r in row["rest"])

    def _relative_after_quote(self, t: Token, lead: list[Token]) -> bool:
        """"« … », qui avaient alerté sur …, explique X": a subject relative pronoun right after the closing mark's
        comma opens a clause about what was quoted; its verb is no incise (the incise may close the sentence)."""
        return [x.text for x in lead] == [","] and t.lower_ == "qui" and t.dep_.startswith("nsubj")

    def _source_phrase_after(self, q: Quote, prev: str | None) -> tuple[bool, str | None] | None:
        """"« … », de l'aveu du Dr X", "« … », aux dires de son avocat" (quote_words.jsonl kind "source_after"): the one
        the phrase names speaks (an unnamed "de l'aveu des policiers" is nobody); None when no such phrase follows."""
        end = q.outer_end
        toks = self.tokens(end, min(len(self.text), end + 40))[:3]
        # "Un « atterrissage » délicat, de l'aveu même de X": past an adjective or two that go on with the words
        skip = next((n for n, t in enumerate(toks) if t.text == ","), None)
        if skip and all(t.pos_ in {"ADJ", "ADV"} or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"))
                        for t in toks[:skip]):
            end = toks[skip].idx
        after = self.text[end : end + 40].lstrip(_SPACES + ",")
        if after[:2].lower() not in {"de", "au", "à ", "se", "po"}:
            return None  # (a cheap test first: most quotations go on with a speech verb or a stop)
        after = after.lower().replace("’", "'")
        form = max((f for f in self.lex.words.get("source_after", {}) if after.startswith(f + " ")), key=len, default=None)
        if form is None:
            return None
        start = end + self.text[end:].lower().replace("’", "'").find(form) + len(form)
        return True, self.named_after_phrase(start, q, prev)

    def named_after_phrase(self, start: int, q: Quote, prev: str | None) -> str | None:
        """The person or organization the noun phrase from `start` names ("de X", "du juriste"), within six
        words and before any punctuation; None for an unnamed one ("des policiers")."""
        for t in self.tokens(start, min(len(self.text), start + 60))[:6]:
            if t.text in {",", ".", ";", ":", "«", "»", '"'}:
                break
            m = self.mention(t)
            if m is not None and m.label in {"PER", "ORG"}:
                return m.entity
            if t.pos_ == "NOUN":
                found = self.resolve(t, q.start, prev)
                if found is None and t.i > 0 and t.nbor(-1).lower_ == "du" and self.is_role(t):
                    # "aux yeux du juriste": "du" is "de le", a definite article the role noun points back with
                    found = self.role_or_previous(t, "M", q.start, prev, self.prev_end)
                return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None
        return None

    def _opinion_after(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"un projet « indigne », pour la sénatrice X": "pour" right after the closing mark and its comma, before
        a noun phrase that names a person or an organization, gives whose view the words are (", pour financer …",
        ", pour les salariés" name nobody: None)."""
        if len(toks) < 3 or toks[0].text != "," or not self.lex.kind("opinion", toks[1].lower_) \
                or toks[2].pos_ not in {"DET", "PROPN"}:
            return None
        np = self._np_after(toks[1])
        if np is None or np.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self.resolve(np, q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _source_pronoun(self, np: Token, q: Quote, prev: str | None) -> str | None:
        """"X « bénéficiait d'un état de grâce », selon lui": the one "lui" stands for is not the person the quotation is
        about (named before it in its sentence) but the one who spoke before."""
        found = self.resolve(np, q.start, prev)
        if found is None or np.pos_ != "PRON" or not self.lex.kind("pronoun", np.text):
            return found
        if self.text[: q.outer_start].rstrip(_SPACES).endswith(":"):
            return found  # "X, lui, entend le signer : « … », selon lui": a statement its lead brings in, X's own words
        start = self._sent_start(q.outer_start)
        start = max(start, *(self.text.rfind(c, start, q.outer_start) + 1 for c in ".!?"))  # glued sentences
        about = {m.entity for m in self.mentions if start <= m.start < q.outer_start and not self._oblique(m)}
        if found not in about:
            return found
        return prev if prev is not None and prev not in about else None

    def _without_asides(self, toks: list[Token]) -> list[Token]:
        """The tokens after a quotation less an aside inside the incise ("», a pour sa part jugé X"), so the
        auxiliary and the participle meet again; only in the first few tokens, where an incise stands."""
        out: list[Token] = []
        n = 0
        while n < min(len(toks), 4):
            row = self.lex.kind("aside", toks[n].text)
            words = [t.text.lower() for t in toks[n + 1 : n + 4]]
            rest = next((r for r in (row or {}).get("rest", []) if words[: len(r)] == r), None)
            if rest is not None and out and out[-1].pos_ in {"AUX", "PRON"}:
                n += 1 + len(rest)
                continue
            out.append(toks[n])
            n += 1
        return out + toks[n:]

    def _sentence_tail(self, q: Quote, sent_end: int, prev: str | None) -> tuple[bool, str | None]:
        """"ont déblayé « … » et sont intervenus sur « … », a précisé X.": the incise that closes the sentence
        names the speaker of every quotation in it."""
        toks = self.outside(q.outer_end, sent_end)
        if self.text[q.start : q.end].rstrip()[-1:] in {".", "!", "?", "…"} and toks and toks[0].is_title:
            return False, None  # "« … fin. » Il y aurait moyen…, relève X": a new sentence, X's incise is not this one's
        narrated = False  # words of narration since the quotation: a full stop after them ends its sentence
        for n, t in enumerate(toks):
            if t.text in {".", "?", "!"} and narrated:
                break  # "« … » Or, X n'a rien proposé. « … », relève Y": Y's incise is not this quotation's
            narrated = narrated or not t.is_punct
            if t.text in {".", "?", "!"} and n + 1 < len(toks) and toks[n + 1].i == t.i + 1 and not toks[n + 1].is_punct:
                # The parser glued on a next sentence of narration ("Faut-il … ? « … », a esquivé X"): its
                # incise is not this quotation's; "« … ». « … », a dit X" names X for both.
                break
            if t.text != "," or n + 1 >= len(toks):
                continue
            # ("…, y a déclaré X": a clitic before the auxiliary)
            lead = list(takewhile(lambda x: _before_verb(x) or self.lex.kind("clitic", x.lower_) is not None,
                                  toks[n + 1 : n + 5]))
            verb = toks[n + 1 + len(lead)] if n + 1 + len(lead) < len(toks) else None
            if verb is not None and not lead and self.lex.kind("source", verb.text):
                # "Pas de quoi « … » des manifestants, selon le cégétiste X": the source closes the sentence.
                np = self._np_after(verb)
                found = self.resolve(np, q.start, prev) if np is not None and np.pos_ != "PRON" else None
                if found is not None:
                    return True, found
                if np is not None and self.lex.kind("survey", np.text):
                    # "X devra retrouver « … » pour 63 % d'entre eux, selon cette enquête": a poll's wording, nobody's
                    return True, None
            if verb is None or self.lex.kind("source", verb.text) or verb.text.lower().endswith("ant"):
                continue
            if "Part" in verb.morph.get("VerbForm") and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ == "par" \
                    and not any(x.pos_ == "AUX" or self.lex.kind("auxiliary", x.lower_) for x in lead):
                continue  # "« … » du mouvement, très largement soutenu par les Français": a passive participle, no incise
            if verb.text.lower() in self.lex.verbs:
                start = self._sent_start(q.outer_start)
                # The sentence splitter may glue two sentences: only the words after the last full stop.
                stop = max(self.text.rfind(c, start, q.outer_start) for c in (". ", "! ", "? "))
                start = stop + 2 if stop != -1 else start
                opener = self.text[start : start + 30].split(" ", 1)[0].lower()
                inverted = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
                opening = "," not in self.text[start : q.outer_start]  # inside the participle phrase
                if opener.endswith("ant") and opener in self.lex.verbs and opening and not inverted:
                    # "Dénonçant la « … » du gouvernement, un porte-parole, X, a appelé …": no incise, the words of
                    # the participle are those of the subject of the main verb.
                    return True, self._subject_of(verb, q.start, prev)
                main = None if inverted else self._subject_before_quote(verb, q, prev)
                if main is not None:
                    return True, main
                return True, self._inverted_subject(verb, lead, toks[n:], q, prev)
        return False, None

    def _described_subject(self, c: Token) -> bool:
        """"…», confie la quinquagénaire": a definite person noun the parser hangs on the verb as a complement (xcomp)
        is the inverted subject."""
        return c.dep_ == "xcomp" and c.pos_ in {"ADJ", "NOUN"} and self.lex.kind("person_noun", c.lower_) is not None \
            and any(d.dep_ == "det" and self.lex.kind("definite", d.lower_) for d in c.children)

    def _introduces_next(self, q: Quote, verb: Token) -> bool:
        """"« … la Suisse, jamais. » Elle a ajouté : « … »": a quotation closed on a full stop, then a new sentence whose pronoun
        subject and speech verb end on a colon: that sentence introduces the next quotation, it is no incise of this one."""
        if self.text[q.start : q.end].rstrip()[-1:] not in {".", "!", "?", "…"}:
            return False
        if "," in self.text[q.outer_end : verb.idx]:
            return False  # "« … ! », il a ajouté" is an incise
        rest = self.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 30].lstrip(_SPACES)
        return rest.startswith(":")

    def _demonstrative_after(self, verb: Token) -> Token | None:
        """"…», explique celle qui préside le syndicat": "celui"/"celle" right after the speech verb with its relative is the
        inverted subject, whatever arc the parser drew (often xcomp)."""
        i = verb.i + 1
        if i + 1 >= len(self.doc):
            return None
        row = self.lex.kind("pronoun", self.doc[i].text)
        return self.doc[i] if row and row.get("next") and self.doc[i + 1].lower_ in row["next"] else None

    def _subject_before_clause(self, verb: Token, q: Quote) -> bool:
        """The verb after the closing mark has its nominal subject before the quotation, in the same sentence, and
        none after it: the quotation stands in a clause set inside that sentence, the verb is no incise."""
        if any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children):
            return False
        start = self._sent_start(q.outer_start)
        return any(c.dep_ == "nsubj" and start <= c.idx < q.outer_start and not self.in_quote(c.idx)
                   and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)

    def _subject_before_quote(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"L'élue qui a salué « sans réserve » le projet, …, a souligné que …": the verb after the comma is
        no incise but the main verb, its subject standing before the quotation; that subject speaks."""
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.idx < q.outer_start and not self.in_quote(c.idx)
                and c.pos_ in {"NOUN", "PROPN"}]
        if not subj or subj[0].idx < self._sent_start(q.outer_start):
            return None
        return self.resolve(subj[0], q.start, prev)

    def _inverted_subject(self, verb: Token, lead: list[Token], toks: list[Token], q: Quote, prev: str | None) -> str | None:
        region = {t.i for t in toks}
        demonstrative = self._demonstrative_after(verb)
        found = self.resolve(demonstrative, q.start, prev) if demonstrative is not None else None
        if found is not None:
            return found
        # "souligne-t-il.«La …»": glued to the next quotation, the tokenizer may cut "-t-il" into pieces.
        glued = _GLUED_PRONOUN.match(self.text, verb.idx + len(verb.text))
        pieces = ["-" + glued.group(1).lower()] if glued else []
        for t in [*lead, *[c for c in toks if c.i > verb.i][:2]]:
            pieces.append(t.text.lower())
        for piece in pieces:
            if piece.startswith("-") and self.lex.kind("pronoun", piece):
                gender = self.lex.kind("pronoun", piece)["gender"]  # type: ignore[index]
                same = self._sentence_pronoun(q, gender)
                return self.pronoun(gender, same.idx, prev) if same is not None else self.pronoun(gender, q.start, prev)
            if piece.startswith("-") and self.lex.kind("plural_pronoun", piece):
                plural = self._plural_antecedent(q.outer_start)  # "« … », ont-ils prévenu": the collective that acted
                if plural is not None:
                    return plural
            if piece in {"-on", "on", "-ils", "-elles", "-t-on"}:
                # "a-t-on ajouté de même source": whoever spoke last before.
                after = self.text[verb.idx : verb.idx + 40].lower()
                if "même source" in after:
                    return self.last_source(q.outer_start, prev)
                return self._where_on(verb, toks) or self._earlier_on(verb)
        unnamed = False
        # "…, venue avec son adjointe, Y": past a second comma after the verb stands someone else.
        commas = self._commas_after(verb, toks)
        limit = commas[1] if len(commas) > 1 else len(self.doc)
        # "…», dit en riant cette avocate": the parser may hang the inverted subject on the gerund.
        gerund = [g for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.i <= verb.i + 2 and c.lower_.endswith("ant")
                  for g in c.children if g.dep_ == "obj" and g.i > c.i]
        # "…», a confié à la sortie de la salle la mère de la victime, X": past an adjunct, the parser may hang the
        # subject on the adjunct's noun as a complement with no preposition; a definite noun so hung is the subject.
        caseless = [t for t in toks if t.i > verb.i and t.dep_ == "nmod" and t.pos_ == "NOUN" and not _has_case(t)
                    and any(d.dep_ == "det" and self.lex.kind("definite", d.lower_) for d in t.children)]
        # "a estimé sur Radio Nova, le président …": the medium's words are no subject, whatever arc the parser drew
        medium_end = verb.i + self._medium_after(verb)
        for c in [*verb.children, *gerund, *caseless[:1]]:
            if c.i <= medium_end or c.i not in region or c.i > limit or _has_case(c) or (
                    c.dep_ not in _SUBJECT_DEPS | {"flat:name"} and not _predicate_subject(verb, c)
                    and not self._described_subject(c) and c not in caseless):
                continue
            if c in caseless:  # (only with the person's name in the phrase: "la mère de la victime, X")
                named = self._named_in_np(c)
                if named is not None and self.labels.get(named) == "PER":
                    return named
                continue
            m = self.mention(c)
            if c.dep_ == "flat:name" and not (m and m.label == "PER"):
                continue
            # "lance Jean-Marc, un garagiste": the name, whichever arc comes first; "un manifestant": nobody.
            found = self.resolve(c, q.start, prev) or self._organization_after_noun(c)
            if found:
                return found
            if any(d.dep_ == "det" and d.text.lower() in {"un", "une", "des"} for d in c.children):
                # "…», s'inquiète non loin de là X, une Lyonnaise de 40 ans": the noun describes the name before it
                found = self._name_before_apposition(verb, c)
                if found is not None:
                    return found
                unnamed = True
        return None if unnamed else (self._name_right_after(verb, toks) or self._role_right_after(verb, q, prev))

    def _name_before_apposition(self, verb: Token, noun: Token) -> str | None:
        """"…», s'inquiète non loin de là X, une Lyonnaise de 40 ans": the parser took the indefinite noun phrase for the
        verb's subject or object; a person's name standing between the verb and it, with only a comma after the name
        (no other punctuation, no other name), is the subject the noun phrase describes."""
        first = min(t.i for t in noun.subtree)
        if first - verb.i > 10 or first < 2 or self.doc[first - 1].text != ",":
            return None
        m = self.mention(self.doc[first - 2]) or next(
            (self.mention(t) for t in self.doc[verb.i + 1 : first - 1] if self.mention(t) is not None), None)
        if m is None or m.label != "PER" or m.end > self.doc[first - 1].idx:
            return None
        between = self.doc[verb.i + 1 : first - 1]
        others = {self.mention(t).entity for t in between if self.mention(t) is not None}  # type: ignore[union-attr]
        if others != {m.entity} or any(t.is_punct or self.in_quote(t.idx) for t in between):
            return None
        i = min(t.i for t in between if self.mention(t) is not None) - 1
        while i > verb.i and self.lex.kind("title", self.doc[i].text):
            i -= 1
        return None if self.lex.kind("carrier", self.doc[i].text.lower()) else m.entity

    def _role_right_after(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """"…», tempête le directeur", "…», a écrit sur X le chef de l'État": the parser missed the inversion (the verb taken
        for a noun, the role for its complement); a definite role noun right after the verb is still its subject, the
        person named before with that role."""
        medium = self._medium_after(verb)
        i = verb.i + 1 + medium if medium else self._past_day(verb.i + 1)  # "a tempêté, samedi, le directeur"
        if i + 1 >= len(self.doc) or not self.lex.kind("definite", self.doc[i].lower_):
            return None
        noun = self.doc[i + 1]  # ("la scientifique": an adjective the article makes a noun)
        if noun.pos_ not in {"NOUN", "ADJ"} or not self.is_role(noun) or self.in_quote(noun.idx):
            return None
        found = self.resolve(noun, q.start, prev)
        return found if found is not None and self.labels.get(found) == "PER" else None

    def _organization_after_noun(self, noun: Token) -> str | None:
        """"a tweeté le journal local Le Progrès": an organization named right after the inverted subject's common noun
        (adjectives only between), which the parse did not link to it; not after a role ("le maire Lyon" is no org)."""
        if noun.pos_ != "NOUN" or not noun.is_lower or self.is_role(noun) or any(
                d.dep_ == "det" and d.lower_ in {"un", "une", "des"} for d in noun.children):
            return None  # "une militante Attac": an unnamed member
        i = noun.i + 1
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.mention(self.doc[i]) is None:
            i += 1
        m = self.mention(self.doc[i]) if i < len(self.doc) else None
        return m.entity if m is not None and m.label == "ORG" else None

    def _where_on(self, verb: Token, toks: list[Token]) -> str | None:
        """"…», glisse-t-on à la préfecture", "confie-t-on dans l'entourage de X": the institution the impersonal
        "on" speaks from (a person only behind a noun such as "entourage"), right after the verb."""
        for t in toks:
            if t.i <= verb.i:
                continue
            if t.i - verb.i > 8 or t.text in {",", ".", ";", ":", "«", "»", '"'}:
                return None
            m = self.mention(t)
            if m is None:
                continue
            before = self.doc[t.i - 1]
            if m.label == "ORG" and (self.lex.kind("carrier", before.text) or before.pos_ == "DET"):
                return m.entity
            if m.label == "PER" and any(self.lex.kind("via", x.text) for x in self.doc[verb.i + 1 : t.i]):
                return m.entity
            return None
        return None

    def _earlier_on(self, verb: Token) -> str | None:
        """"…», glisse-t-on à la préfecture. Quel dispositif ? « … », répond-on": an "on" that names no place goes on
        with the place an earlier "on" of the same paragraph named."""
        para = self.text.rfind("\n", 0, verb.idx) + 1
        for t in reversed(self.tokens(para, verb.idx)):
            if t.lower_ in {"-on", "-t-on"} and t.i > 0:
                head = self.doc[t.i - 1 - (self.doc[t.i - 1].lower_ == "-t")]
                if head.lower_ in self.lex.verbs:
                    return self._where_on(head, list(self.doc[head.i : min(len(self.doc), head.i + 10)]))
        return None

    def _commas_after(self, verb: Token, toks: list[Token]) -> list[int]:
        """The commas after an incise's verb, less the pair around a medium or audience right after it ("a déclaré,
        à l'AFP, le maire X": the subject still comes after the second comma)."""
        commas = [t.i for t in toks if t.i > verb.i and t.text == ","]
        if len(commas) > 1 and commas[0] == verb.i + 1 and self.lex.kind("carrier", self.doc[verb.i + 2].text):
            return commas[2:]
        if len(commas) > 1 and commas[0] == verb.i + 1 and self._past_day(verb.i + 1) == commas[1] + 1:
            return commas[2:]  # "…», a estimé, samedi, X": a day between the commas, the subject after them
        # "…», précisait, amer, X": one adjective or participle between the commas describes the speaker to come.
        if len(commas) > 1 and commas[:2] == [verb.i + 1, verb.i + 3] and self.doc[verb.i + 2].pos_ in {"ADJ", "VERB"} \
                and self.mention(self.doc[verb.i + 2]) is None:
            return commas[2:]
        return commas

    def _name_right_after(self, verb: Token, toks: list[Token]) -> str | None:
        """The parse missed the inversion: the first name close after the verb ("a réagi sur Facebook la maire
        de Rennes, Nathalie Appéré"), not one a carrier introduces ("de Me X") nor one past a second comma
        ("…, venue avec son adjointe, Y": Y is someone else)."""
        aside = [i for i in (t.i for t in toks if t.i > verb.i and t.text == ",") if i not in self._commas_after(verb, toks)]
        reach = 10 + self._medium_after(verb)
        commas = 0
        for t in toks:
            if t.i <= verb.i:
                continue
            commas += t.text == "," and t.i not in aside
            if commas > 1 or t.i - verb.i > reach or t.text in {".", ";", ":", "«", "»", '"'}:
                return None
            m = self.mention(t)
            if m and m.label == "PER":
                i = t.i - 1
                while i > 0 and self.lex.kind("title", self.doc[i].text):
                    i -= 1  # "questions de Me X": the word before the title
                return None if self.lex.kind("carrier", self.doc[i].text.lower()) else m.entity
            if m and m.label == "ORG" and all(x.pos_ == "DET" for x in self.doc[verb.i + 1 : t.i]):
                return m.entity  # "», a réagi Matignon, évoquant …": the organization right after the verb
        return None

    def _medium_after(self, verb: Token) -> int:
        """How many tokens the medium or audience right after an incise's verb takes ("a confié à l'Agence
        France-Presse la préfète X"): they stand between the verb and its subject without being either."""
        i = self._past_day(verb.i + 1)  # "a jugé dimanche sur RTL la déléguée …": past the day
        if i >= len(self.doc) or not self.lex.kind("carrier", self.doc[i].text):
            return 0
        i += 1
        while i < len(self.doc) and self.doc[i].pos_ == "DET":
            i += 1
        m = self.mention(self.doc[i]) if i < len(self.doc) else None
        if m is None or m.label != "ORG":
            end = self._audience_end(i)
            return end - verb.i - 1 if end > i else 0
        while i < len(self.doc) and self.doc[i].idx < m.end:
            i += 1
        if i + 1 < len(self.doc) and self.doc[i].text == "," and self.lex.kind("definite", self.doc[i + 1].lower_):
            i += 1  # "a estimé, lundi, sur Radio Nova, le président …": the comma closes the aside
        return i - verb.i - 1

    def _past_day(self, i: int) -> int:
        """The first token from i on past a day, bare or between commas ("a jugé dimanche", "a jugé, dimanche, sur
        RTL la déléguée …"); i when no day starts there."""
        if i < len(self.doc) and self.doc[i].text == ",":
            j = self._date_run(i + 1)
            while i + 1 < j < len(self.doc) and not self.doc[j].is_punct and i < self.doc[j].head.i < j:
                j += 1  # "mardi soir": the part of the day hangs on the day
            if i + 1 < j < len(self.doc) and self.doc[j].text == ",":
                return j + 1
        return self._date_run(i)

    def _date_run(self, i: int) -> int:
        """The first token from i on past a date that starts at i ("samedi", "mardi soir"); i when none does."""
        for d in self.doc.spans.get("dates", []):
            if d.start == i:
                return d.end
        return i

    def _audience_end(self, i: int) -> int:
        """"a indiqué aux journalistes flamands la ministre X", "a confié aux journalistes locaux la maire Y": an audience
        noun (quote_words.jsonl kind "audience_noun"), its adjectives and a "de" complement naming a medium; the index
        after them (`i` itself when no such noun stands there)."""
        if i >= len(self.doc) or not self.lex.kind("audience_noun", self.doc[i].lower_):
            return i
        i += 1
        while i < len(self.doc) and self.doc[i].pos_ == "ADJ" and self.doc[i].is_lower:
            i += 1
        if i + 1 < len(self.doc) and self.doc[i].lower_ in {"de", "du", "d'", "d’", "des"}:
            j = i + 1 + (self.doc[i + 1].pos_ == "DET")
            m = self.mention(self.doc[j]) if j < len(self.doc) else None
            if m is not None and m.label == "ORG":
                while j < len(self.doc) and self.doc[j].idx < m.end:
                    j += 1
                return j
        return i

    def _sentence_pronoun(self, q: Quote, gender: str | None) -> Token | None:
        """"Il sera accompagné par X, « … », a-t-il précisé": the sentence's own subject "il" before the quotation
        is the one the incise repeats, not X named since."""
        sent = self._sent_of(q.outer_start)
        if sent is None:
            return None
        for c in sent.root.children:
            pron = self.lex.kind("pronoun", c.text.lower()) if c.pos_ == "PRON" else None
            if c.dep_.startswith("nsubj") and pron and pron["gender"] == gender and c.idx < q.outer_start:
                return c
        return None

    def _np_after(self, cue: Token) -> Token | None:
        """The head of the noun phrase after "selon"/"d'après"/"pour"."""
        i = cue.i + 1 + (cue.text.lower() in {"d'", "d’"})
        while i < len(self.doc) and (self.doc[i].pos_ == "DET" or self.doc[i].text in {"«", "»", '"', "“", "”"}):
            i += 1  # "Pour le « gilet jaune » X": past the marks around a label
        if i >= len(self.doc):
            return None
        t = self.doc[i]
        # Climb to the head while it stays inside the phrase ("la maire de Rennes": maire).
        while t.head.i != t.i and cue.i < t.head.i < i + 6 and t.dep_ in {"flat:name", "amod", "nmod", "fixed"}:
            t = t.head
        if self.lex.kind("wording", t.text):
            # "selon l'expression d'Arlette Dumas", "selon les termes de X": the one whose words they are.
            named = next((c for c in t.children if c.dep_ == "nmod" and self.mention(c) is not None), None)
            return named if named is not None else t
        return t
