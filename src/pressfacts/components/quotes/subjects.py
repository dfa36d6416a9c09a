"""The subject of a speech verb from the dependency parse, climbing to the verb that has one."""

from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Span, Token

from .lexicon import _CONTENT_DEPS, _SENTENCE_BREAK, _SPACES
from .special import _across_relative, _attribute_after_etre, _copula_of
from .state import FinderState
from .syntax import _DET_GENDER, _OF, _apposition_word, _before_verb, _predicate_subject

if TYPE_CHECKING:
    from .quotations import Mention, Quote


# the direct object clitics and the negation between a subject pronoun and its verb, which the quote_words "clitic"
# rows (the ones an incise may hold) leave out ("Elle ne le juge pas …", "il l'a dit")
_DIRECT_CLITICS = frozenset({"ne", "n'", "n’", "le", "la", "les", "l'", "l’", "en", "te", "t'", "t’"})

class Subjects(FinderState):
    """The subject of a speech verb from the dependency parse, climbing to the verb that has one.

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def _subject_of(self, verb: Token, pos: int, prev: str | None) -> str | None:
        """The subject of a speech verb, climbing from a coordinated, gerund or complement verb to the verb
        that has one (never taking a subject inside a quotation); else the last name before the verb in its
        sentence that no preposition introduces (the parse may miss it)."""
        said = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if self._describes_noun(verb) and said is not None and said[0] in verb.subtree:
            return self._describer(verb, pos, prev)
        v = verb
        para = self.text.rfind("\n", 0, verb.idx) + 1
        for _ in range(6):
            # "« C'est trop », a déploré X, affirmant …": a subject inside the quotation is the parser's mistake.
            # "… Geoffroy Didier, candidat …\n\nQuelques jours avant, Edouard Philippe disait : « … »": a subject the parser
            # took from an earlier paragraph it glued on is not this verb's.
            subj = [c for c in v.children if (c.dep_ in {"nsubj", "nsubj:pass"} or _predicate_subject(v, c)
                                              or self._personal_il(v, c)) and not self.in_quote(c.idx) and c.idx >= para]
            subj = self._speaking_subject_first(subj)
            if subj and self._opening_participle(subj[0], v):
                return self._after_opening_phrase(subj[0], v)
            if subj and not self.in_quote(v.idx):
                return self.resolve(subj[0], pos, prev)
            # Never up to a verb of an earlier paragraph the parser glued on.
            if _across_relative(v):
                return None  # the infinitive's subject is the relative clause's object, never the verb's before
            if v.dep_ in {"conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl"} and v.head.i != v.i and not self._relative(v) \
                    and v.head.idx >= para:
                v = v.head
                continue
            break
        group = verb
        while group.i > 0 and self.doc[group.i - 1].pos_ == "AUX":
            group = self.doc[group.i - 1]
        pronoun = self._pronoun_right_before(group, verb, para)
        if pronoun is not None:
            # "Elle juge ce document « très problématique »": the parser may hang the pronoun on the verb as anything
            # but its subject; a personal pronoun right before the verb (past clitics and "ne") is its subject.
            found = self.resolve(pronoun, pos, prev)
            if found is not None:
                return found
        start = max(self._clause_start(group), para)
        named = [m for m in self.mentions if start <= m.start and m.end <= verb.idx and m.label == "PER"]
        # "…, sur les propos de X, Y a jugé que": a name right before the verb after a comma is its subject, however
        # the parser linked it.
        right_before = [m for m in named if self.text[m.end : group.idx].strip() == ""
                        and self.text[: m.start].rstrip().endswith(",")]
        named = right_before or [m for m in named if not self._oblique(m) and not self.in_quote(m.start)
                                 and not self._participle_object(m)]
        if not named:
            # "Le quotidien The Daily Mail affirme que « … »": an organization right before the verb, the parse
            # giving the verb no subject, is its subject (a person anywhere before it is taken above).
            named = [m for m in self.mentions if start <= m.start and m.label == "ORG" and m.end <= group.idx
                     and self.text[m.end : group.idx].strip() == "" and self._own_phrase(start, m)]
        if not named:
            return self._org_before_apposition(group)
        return named[-1].entity

    def _pronoun_right_before(self, group: Token, verb: Token, para: int) -> Token | None:
        """The personal subject pronoun ("il", "elle") right before a verb group, past object clitics (quote_words kind
        "clitic", and the direct ones) and "ne"; never an impersonal "il" (kind "impersonal": "il faut", "il y a")."""
        k = group.i - 1
        while k >= 0 and (self.lex.kind("clitic", self.doc[k].text) or self.doc[k].lower_ in _DIRECT_CLITICS):
            k -= 1
        t = self.doc[k] if k >= 0 else None
        if t is None or t.lower_ not in {"il", "elle"} or t.idx < para or self.in_quote(t.idx):
            return None
        if t.lower_ == "il" and any(self.lex.kind("impersonal", x.text) for x in (self.doc[t.i + 1], group, verb)):
            return None  # "il est difficile de …", "il y a", "il faut": nobody
        return t if k == 0 or self.doc[k - 1].is_sent_start or self.doc[k - 1].is_punct or t.is_sent_start else None

    def _participle_object(self, m: Mention) -> bool:
        """"…», lançait X, visant Y, l'accusant de « … »": the object of a present participle or an infinitive is the
        one spoken of, never the subject of a later speech verb (an inverted subject follows a finite verb)."""
        root = self._head_of(m)
        if root is None or root.dep_ not in {"obj", "iobj"} or root.head.pos_ != "VERB":
            return False
        verb = root.head
        return verb.i < root.i and (verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"))

    def _speaking_subject_first(self, subj: list[Token]) -> list[Token]:
        """"La voix brisée, et très entouré, X a affirmé qu'il « … »": the parser may give the verb a
        second subject, a fronted noun phrase naming nobody; the one that names a person or organization (or is a
        personal pronoun, or a role with the person's name) is the speaker, not the fronted phrase."""
        if len(subj) > 1 and subj[0].pos_ != "PRON":
            # "L'avocate, Me X, lui a répondu : « … »": the clitic the parser made a second subject is the one answered
            # (an object right before the verb group); an emphatic "lui" stands between commas ("X, lui, a dit").
            subj = [c for c in subj if not (self.lex.kind("clitic", c.lower_) and c.i + 1 < len(self.doc)
                                            and self.doc[c.i + 1].pos_ in {"AUX", "VERB"})] or subj
        if len(subj) < 2 or self._names_someone(subj[0]):
            return subj  # (the usual case: one subject, or the first one names someone)
        # "À Nantes, la ville où …, la maire X a dénoncé des « … »": a role noun with the person's name in apposition
        # names someone too.
        named = [c for c in subj[1:] if self._names_someone(c) or (
            self.is_role(c) and self.labels.get(self._named_in_np(c) or "") == "PER")]
        return named[:1] + [c for c in subj if c not in named[:1]] if named else subj

    def _names_someone(self, tok: Token) -> bool:
        return self._speaker_mention(tok) or (tok.pos_ == "PRON" and self.lex.kind("pronoun", tok.lower_) is not None)

    def _speaker_mention(self, tok: Token) -> bool:
        m = self.mention(tok)
        return m is not None and m.label in {"PER", "ORG"}

    def _org_before_apposition(self, group: Token) -> str | None:
        """"Mardi, la Cour des comptes, saisie par …, a jugé que « … »": an organization that opens the clause, then a
        participle phrase between commas right before the verb the parse left with no subject (the parser may cut
        the sentence inside that long phrase: from the last full stop)."""
        stop = self.text.rfind(". ", 0, group.idx)
        start = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, group.idx) + 1)
        toks = self.tokens(start, group.idx)
        if not toks or toks[-1].text != ",":
            return None
        for m in self.mentions:
            if not (start <= m.start < group.idx) or m.label != "ORG" or not self._own_phrase(start, m):
                continue
            after = [t for t in toks if t.idx >= m.end]
            # Only a participle right after the name's comma ("saisi", "réuni"), and no other person or organization
            # before the verb (a place may stand in the phrase).
            if len(after) < 3 or after[0].text != "," or "Part" not in after[1].morph.get("VerbForm") \
                    or after[1].lower_.endswith("ant") or any(self._speaker_mention(t) for t in after):
                return None
            return m.entity
        return None

    def _opening_participle(self, c: Token, verb: Token) -> bool:
        """"Déterminé à …, le ministre X avait prévenu": the parser may make the participle phrase that opens the
        sentence the verb's subject; the subject is the noun phrase after its comma (found by the caller)."""
        if c.pos_ != "VERB" or "Part" not in c.morph.get("VerbForm") or c.i != c.sent.start:
            return False
        return any(t.text == "," for t in self.doc[c.i + 1 : verb.i])

    def _after_opening_phrase(self, c: Token, verb: Token) -> str | None:
        """The person named between the participle phrase's last comma and the verb ("…, le ministre X avait
        prévenu"), never one inside the phrase ("Déterminé à soutenir X, le gouvernement a prévenu")."""
        comma = max(t.idx for t in self.doc[c.i + 1 : verb.i] if t.text == ",")
        named = [m for m in self.mentions if comma < m.start and m.end <= verb.idx and m.label == "PER"
                 and not self._oblique(m)]
        return named[-1].entity if named else None

    def _own_phrase(self, start: int, m: Mention) -> bool:
        """Only the organization's own words stand before it ("Le quotidien populaire X"), not a noun it complements
        ("une représentante du syndicat X": she speaks, not X)."""
        toks = self.tokens(start, m.start)
        toks = toks[max((n + 1 for n, t in enumerate(toks) if t.text == ","), default=0) :]
        return all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "X"} for t in toks)

    def _personal_il(self, verb: Token, c: Token) -> bool:
        """"Il veut y répondre par « … »", "…, a-t-il ajouté, insistant que …": an "il" (also the inverted "-il") the
        parser calls expletive, with a verb that is never impersonal."""
        # Not "est-il trop tôt …": a copula makes it impersonal.
        if c.dep_ == "dep":  # "Il fait remarquer au passage que …": a subject pronoun the parser left unlabelled
            return c.lower_ in {"il", "elle"} and c.i < verb.i and not any(
                x.dep_.startswith("nsubj") for x in verb.children) and not self.lex.kind("impersonal", verb.text)
        return c.dep_ == "expl:subj" and c.lower_ in {"il", "-il", "-elle"} and not self.lex.kind("impersonal", verb.text) \
            and not any(x.dep_ == "cop" for x in verb.children)

    @staticmethod
    def _describes_noun(verb: Token) -> bool:
        """"… aux élus X et Y, qualifiés de « … »": a bare past participle after the noun it describes."""
        return ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
                and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}
                and verb.dep_ not in {"ROOT", "conj", "ccomp", "xcomp", "parataxis"}
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children))

    def _agent_after_quote(self, pos: int) -> list[Token]:
        """"une rencontre jugée « décevante » par le président de l'AMF": the parser may hang the "par" phrase right
        after the closing mark on the noun; it is still the participle's agent. The head of that phrase, or []."""
        q = next((q for q in self.quotes if q.start <= pos < q.end), None)
        toks = self.tokens(q.outer_end, min(len(self.text), q.outer_end + 40)) if q is not None else []
        if len(toks) < 2 or toks[0].lower_ != "par":
            return []
        head = next((t for t in toks[1:4] if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is None or not (head.pos_ == "PROPN" or self.mention(head) or self.lex.kind("someone", head.lower_)
                                or self.is_role(head)):
            return []  # "par courrier", "par la justice, X …": no person is the agent (X is no apposition of it)
        if head.pos_ != "PROPN" and head.i + 1 < len(self.doc) and self.doc[head.i + 1].text == ",":
            return []  # "par la police, X, chauffeur, …": a body or a group; the name after the comma starts the clause
        return [head]

    def _describer(self, verb: Token, pos: int, prev: str | None) -> str | None:
        """Who calls them that: the agent ("qualifiés de « … » par X"), else the subject of the clause the described
        noun belongs to ("X s'en est pris à Y, qualifié de « … »": X's words, never Y's)."""
        agent = [c for c in verb.children if c.dep_ == "obl:agent" or any(x.lower_ == "par" for x in c.children)]
        agent = agent or self._agent_after_quote(pos)
        if agent:
            return self.resolve(agent[0], pos, prev)  # "par de nombreuses associations": unnamed, None
        clause = verb.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubj:pass"} and not self.in_quote(c.idx)]
        if subj and subj[0].i == verb.head.i:
            return None  # "Le site, qualifié de « … », a fermé": the one described does not say it
        if subj and clause.pos_ in {"VERB", "AUX"}:
            return self.resolve(subj[0], pos, prev)
        # The parser may cut the subject off as a sentence of its own ("Benjamin Griveaux | s'en est pris …"):
        # the last person named before that verb in that verbless piece or the clause's own sentence.
        start = clause.sent.start
        if start > 0 and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[start - 1].sent):
            start = self.doc[start - 1].sent.start
        para = max(self.doc[start].idx, self.text.rfind("\n", 0, clause.idx) + 1)
        named = [m for m in self.mentions if para <= m.start and m.end <= clause.idx and m.label == "PER"]
        named = [m for m in named if not self._oblique(m)]
        return named[-1].entity if named and clause.pos_ in {"VERB", "AUX"} else None

    def previous_sentence(self, q: Quote, prev: str | None) -> str | None:
        """A quotation that makes its own sentence: the person who is the subject of the sentence before."""
        sent = self._sent_of(q.outer_start)
        if sent is None:
            return None
        # The parser glued the opening mark to the sentence before: that one is it (not when all it took from that
        # sentence is its full stop: "… sans appel. « … »" split before the stop).
        glued = sent.start_char < q.outer_start and self.text[sent.start_char : q.outer_start].strip(_SPACES + "\n.!?…")
        # ("… « … », a affirmé une source": words with no stop of their own go on with their incise)
        whole = self.text[q.start : q.end].rstrip(_SPACES).endswith((".", "!", "?", "…"))
        if sent.start == 0 and glued and whole and "\n" not in self.text[sent.start_char : q.outer_start]:
            before = sent  # "La SNCF a réagi dans la soirée. « … »" opening the text, in one paragraph
        elif sent.start == 0 or not self.doc[sent.start - 1].sent.text.strip():
            # the parser glued the quotation paragraph to the one before at the start of the text, or made the
            # paragraph break a sentence of its own
            return self._paragraph_subject(sent, q) if self._after_paragraph_break(sent, q) else None
        else:
            before = sent if glued else self.doc[sent.start - 1].sent
        if self.text[before.end_char : q.outer_start].count("\n") > 2:
            return None  # the next paragraph still (one blank line between), not further
        found = self._opinion_lead(before, q)
        if found is not None:
            return found
        occasion = self._occasion_for(before, q, prev)
        if occasion is not None:
            return occasion
        if self._incise_after_quote(before):
            # "« … », explique-t-il. « … »": the incise was read for the quotation it closes; the next one goes
            # on with that quotation's speaker, or with nobody named ("un internaute … « … », explique-t-il").
            return prev
        if self.prev_unnamed and before.start_char <= self.prev_end <= before.end_char + 2:
            return None  # "X, explique la journaliste, « … ». « … »": the unnamed one goes on, not the subject X
        found = self._closing_incise(before, q, prev)
        if found is not None:
            return found
        for t in self._last_paragraph_roots(before):
            if not self.in_quote(t.idx):
                s = self._subject_of(t, q.start, prev)
                # "Quant à son parcours, il a démarré en 2006. « … »": a pronoun subject may be a thing; trust it
                # only when it goes on with the previous speaker.
                pronoun = any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in t.children)
                if any(c.dep_.startswith("nsubj") and self.coordinated_people(c) for c in t.children):
                    return None  # "X et Y se sont affrontées. « … »": either of them
                if s and self.labels.get(s) == "ORG" and not pronoun:
                    return s if self._organization_speaks(t, before, s, prev) else None
                return s if s and self.labels.get(s) == "PER" and (
                    not pronoun or s == prev or self._chained_from(before, s) or self._sole_fit_after(before, s)) else None
        return None

    def _chained_from(self, sent: Span, person: str) -> bool:
        """"X tient une pharmacie. Les ruptures, elle les compte. « … »": the pronoun subject of `sent` goes on with the
        person named as the subject of the sentence right before it (same paragraph), so it is that person."""
        if sent.start == 0 or "\n" in self.text[self.doc[sent.start - 1].idx : sent.start_char]:
            return False
        before = self.doc[sent.start - 1].sent
        return self.named_subject(before, before.start_char, before.end_char, {"PER"}) == person

    def _sole_fit_after(self, sent: Span, person: str) -> bool:
        """"Le journaliste X a rencontré la chanteuse Y. Elle se confie. « … »": the pronoun subject of `sent` points to
        the one person of its gender the sentence right before it (same paragraph) names, when the subject there is
        of the other gender (a person or a definite role noun: "La juge a entendu Marc X et sa sœur. Il a nié.");
        not when that sentence names two people of the gender, nor when its subject fits the gender too."""
        gender = self.gender.get(person)
        if gender is None or sent.start == 0 or "\n" in self.text[self.doc[sent.start - 1].idx : sent.start_char]:
            return False
        before = self.doc[sent.start - 1].sent
        named = {m.entity for m in self.mentions if before.start_char <= m.start < before.end_char and m.label == "PER"
                 and self.gender.get(m.entity) in {None, gender}}
        subj = self._main_subject(list(before))
        if named != {person} or subj is None or self.in_quote(subj.idx):
            return False
        m = self.mention(subj)
        if m is not None:
            return m.label == "PER" and self.gender.get(m.entity) not in {None, gender}
        det = next((c for c in subj.children if c.dep_ == "det"), None)
        return subj.pos_ == "NOUN" and self.is_role(subj) and det is not None and det.lower_ in {"le", "la"} \
            and _DET_GENDER[det.lower_] != gender

    def _opinion_lead(self, before: Span, q: Quote) -> str | None:
        """"Pour X, ce second cortège a brouillé les revendications. « … »": the opinion is X's (a person)."""
        end = len(self.text[: min(before.end_char, q.outer_start)].rstrip())
        para = self.text.rfind("\n", before.start_char, end) + 1  # ("»\n\nPour X, …": a mark glued on before it)
        lead = [t for t in before if (not t.is_punct or t.text == ",") and not t.is_space and t.idx >= para]
        if lead and (self.lex.kind("opinion", lead[0].text) or self.lex.kind("source", lead[0].text)):
            comma = next((t for t in lead if t.text == ","), None)
            np = self._np_after(lead[0]) if comma is not None and comma.i - lead[0].i <= 8 else None
            found = self.resolve(np, q.start, None) if np is not None else None
            if found and self.labels.get(found) == "PER":
                return found
        return None

    def _last_paragraph_roots(self, sent: Span) -> list[Token]:
        """The root of a sentence; when the parser ran it over a paragraph break (a title glued to the lead: "X réagit :
        « … », Y fustige …\n\nLa présidente assure …"), the top of the last paragraph's clause instead."""
        breaks = [t.i for t in sent if t.is_space and "\n" in t.text]
        start = breaks[-1] + 1 if breaks else sent.end
        if not any(t.is_alpha and not self.in_quote(t.idx) for t in self.doc[start : sent.end]):
            return [t for t in sent if t.dep_ == "ROOT"]  # (only the quotation itself, glued on, after the break)
        return [t for t in self.doc[start : sent.end]
                if t.pos_ in {"VERB", "AUX"} and (t.dep_ == "ROOT" or not start <= t.head.i < sent.end)]

    def _occasion_for(self, before: Span, q: Quote, prev: str | None) -> str | None:
        """"X était à Lille. L'occasion pour lui de rappeler son refus. « … »": a verbless sentence "l'occasion (une façon…)
        pour X de + infinitive" between the quotation and its speaker names that speaker (quote_words kind "occasion")."""
        words = [t for t in before if not t.is_punct and not t.is_space][:4]
        noun = next((t for t in words if self.lex.kind("occasion", t.text)), None)
        if noun is None or noun.i + 2 >= len(self.doc) or self.doc[noun.i + 1].lower_ != "pour":
            return None
        np = self._np_after(self.doc[noun.i + 1])
        if np is None or np.i >= before.end:
            return None
        rest = self.doc[np.i + 1 : min(np.i + 6, before.end - 1)]
        de = next((t for t in rest if t.lower_ in {"de", "d'", "d’"} or t.is_punct), None)
        if de is None or de.is_punct or "Inf" not in self.doc[de.i + 1].morph.get("VerbForm"):
            return None  # "l'occasion pour le public d'un concert": no infinitive said by the one it is for
        found = self.resolve(np, q.start, prev)
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def _after_paragraph_break(self, sent: Span, q: Quote) -> bool:
        """The quotation opens a paragraph, and the parser either glued it to the paragraph before or made the
        paragraph break a sentence of its own (then the sentence before is that break, not the paragraph)."""
        if not self.text[: q.outer_start].rstrip(_SPACES).endswith("\n\n"):
            return False
        if sent.start_char < q.outer_start:
            return bool(self.text[sent.start_char : q.outer_start].strip(_SPACES + "\n"))
        return sent.start > 0 and not self.doc[sent.start - 1].sent.text.strip()

    def _paragraph_subject(self, sent: Span, q: Quote) -> str | None:
        """"X, ministre de …, a défendu son plan.\n\n« … »": a quotation paragraph with no cue of its own after a
        paragraph whose last sentence has a person named as its subject goes on with that person (see
        named_subject), unless the quotation speaks of someone as "il"/"elle"."""
        end = len(self.text[: q.outer_start].rstrip(_SPACES + "\n"))  # the paragraph before ends there
        closing = self.text[:end].rstrip("»”\"" + _SPACES)
        if not closing.endswith((".", "!", "?", "…", ":")):
            return None  # a title, a subheading or a "lire aussi" line: no sentence
        if closing.endswith(":") and not (sent.root.lower_ in self.lex.verbs and sent.root.pos_ in {"VERB", "AUX"}):
            return None  # "X a détaillé son plan :" announces X's words; "X a reçu un courrier :", the letter's
        if sent.start_char >= q.outer_start:
            sent = self.doc[sent.start - 1].sent
            while sent.start > 0 and not sent.text.strip():
                sent = self.doc[sent.start - 1].sent
        start = self.text.rfind("\n", 0, end) + 1
        if self.prev_end > start:
            return None  # a quotation in that paragraph: whether its speaker goes on is for the rules that carry one
        # "Pour le maire, le départ du parti a causé du tort.\n\n« … »": the opinion paragraph's one named in it.
        found = self._opinion_lead(sent, q) if sent.start_char >= start else None
        if found is not None:
            return found
        # "X présentait ses vœux. L'occasion pour elle de dire ses priorités.\n\n« … »": the occasion's one
        found = self._occasion_for(sent, q, None) if sent.start_char >= start else None
        if found is not None and self.labels.get(found) == "PER":
            return found
        found = self.named_subject(sent, start, end, {"PER"})
        if found is None and sent.start_char >= start:  # "Hydro-Québec a reconnu des retards.\n\n« … »"
            org = self.named_subject(sent, start, end, {"ORG"})
            found = org if org is not None and self._organization_speaks(sent.root, sent, org, None) else None
        return found if found is not None and not self._third_person(q) else None

    def _organization_speaks(self, verb: Token, sent: Span, org: str, prev: str | None) -> bool:
        """"La CGT a publié un communiqué. « … »", "Le ministère a réagi dans la soirée. « … »": an organization that is
        the subject of a speech verb in the sentence before, which names no person, says the quotation that follows;
        not when someone spoke just before (their words may go on), nor after a verb of action ("Renault a fermé
        l'usine. « … »": anyone's words)."""
        if prev is not None and prev != org:
            return False
        if any(sent.start_char <= m.start < sent.end_char and m.label == "PER" for m in self.mentions):
            return False
        return verb.lower_ in self.lex.verbs and verb.pos_ in {"VERB", "AUX"}

    def named_subject(self, sent: Span, start: int, end: int, labels: set[str]) -> str | None:
        """The one subject of the main verb of a sentence between start and end, when it names someone of `labels`
        itself or a role noun has the name in apposition ("la ministre de la Santé, X"; "Interrogé par Y, le premier
        ministre X a …"). Not a pronoun, a noun that only mentions someone ("la réunion entre X et Y"), two
        subjects, nor when another person or organization of `labels` is named after the subject."""
        root = next((t for t in sent if t.dep_ == "ROOT" and start <= t.idx < end and not self.in_quote(t.idx)), None)
        if root is None or root.pos_ not in {"VERB", "AUX"}:
            return None
        subj = [c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if not subj and "Part" in root.morph.get("VerbForm"):  # "Interrogé par X, le ministre Y a répondu …"
            main = [c for c in root.children if c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB" and c.i > root.i]
            subj = [c for c in main[0].children if c.dep_ in {"nsubj", "nsubj:pass"}] if main else []
        # "X et Y": two subjects; a conj with no "et" is an apposition the parser mistook ("la maire, X, a …").
        both = any(c.dep_ == "conj" and any(x.dep_ == "cc" for x in c.children) for c in subj[0].children) if subj else False
        if len(subj) != 1 or both or not start <= subj[0].idx < end:
            return None
        m = self.mention(subj[0])
        # "le wali d'Oran, X": a noun no role list knows, with the person's name in apposition, names that person too
        found = m.entity if m and m.label in labels else self._named_in_np(subj[0]) if (
            self.is_role(subj[0]) or self._apposed_person(subj[0]) is not None) else None
        if found is None and "ORG" in labels:  # "le syndicat CGT", "l'ONG Greenpeace": the name right after the noun
            m = self.mention(self.doc[subj[0].i + 1]) if subj[0].i + 1 < len(self.doc) else None
            found = m.entity if m and m.label == "ORG" and self.doc[subj[0].i + 1].head.i == subj[0].i else None
        if found is None or self.labels.get(found) not in labels:
            return None
        after = [x for x in self.mentions if subj[0].idx < x.start < end and x.label in labels]
        return found if all(x.entity == found for x in after) else None

    def _apposed_person(self, noun: Token) -> str | None:
        """The person named in apposition to a noun ("l'urbaniste Étienne Gagnon", "la mairesse de Québec, X"); not
        when the noun is a text or a report, or governs a role noun or a person (the apposition may be theirs: "le
        rapport du wali d'Oran, X")."""
        if any(self.lex.kind(k, noun.text) for k in ("document", "via", "work", "wording")):
            return None
        if any(c.dep_ == "nmod" and (self.is_role(c) or getattr(self.mention(c), "label", None) == "PER")
               for c in noun.children):
            return None
        for c in noun.children:
            m = self.mention(c) if c.dep_ == "appos" else None
            if m is not None and m.label == "PER":
                return m.entity
        return None

    def coordinated_people(self, subj: Token) -> list[str]:
        """The people a coordinated subject names ("X et Y ont …", "les deux candidates, X et Y, …", "X et son frère
        Luc"), in order; [] when the subject is not a coordination of people (a conj with no "et" is an apposition
        the parser mistook: "le maire, X, a …")."""
        heads = [subj, *(c for c in subj.children if c.dep_ == "appos")]
        people: list[str] = []
        for h in heads:
            conjs = [c for c in h.children if c.dep_ == "conj" and any(x.dep_ == "cc" for x in c.children)]
            for c in [h, *conjs] if conjs else []:
                m = self.mention(c)
                found = m.entity if m is not None and m.label == "PER" else self._named_in_np(c)
                if found is not None and found not in people:
                    people.append(found)
        return people if len(people) > 1 else []

    def _third_person(self, q: Quote) -> bool:
        """The quotation speaks of someone as "il"/"elle" ("« Il nous a écoutés … »" after "X a reçu les
        délégués"): maybe that person, so maybe not that person's words. An impersonal "il" ("il faut") does not count."""
        toks = self.tokens(q.start, q.end)
        for n, t in enumerate(toks):
            if t.lower_ not in {"il", "elle"}:
                continue
            nxt = next((x for x in toks[n + 1 :] if x.lower_ not in {"ne", "n'", "n’"}), None)
            if nxt is None or t.lower_ == "elle" or not (nxt.lower_ == "y" or self.lex.kind("impersonal", nxt.text)):
                return True
        return False

    def _incise_after_quote(self, before: Span) -> bool:
        """The sentence ends with a speech verb's incise right after a closing quotation mark ("», dit-il.")."""
        toks = [t for t in before if not t.is_punct or t.text in {",", "»", "”", '"'}]
        comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
        if comma is None or comma == 0 or len(toks) - comma > 6 or toks[comma - 1].text not in {"»", "”", '"'}:
            return False
        return any(t.lower_ in self.lex.verbs and t.pos_ in {"VERB", "AUX"} for t in toks[comma + 1 : comma + 4])

    def _closing_incise(self, before: Span, q: Quote, prev: str | None) -> str | None:
        """"Les menaces sont plus difficiles à suivre, croit-il. « … »": reported speech closed by an incise, then the
        person's own words; the incise's subject speaks."""
        toks = [t for t in before if not self.in_quote(t.idx)]
        while toks and toks[-1].is_punct:
            toks.pop()
        comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
        if comma is None or len(toks) - comma > 8:
            return None
        tail = toks[comma:]
        lead = list(takewhile(lambda t: _before_verb(t) and t.lower_ not in self.lex.verbs, tail[1:]))
        verb = tail[1 + len(lead)] if 1 + len(lead) < len(tail) else None
        if verb is None or verb.lower_ not in self.lex.verbs or verb.lower_.endswith("ant"):
            return None
        named = tail[0].i > 0 and self.mention(self.doc[tail[0].i - 1]) is not None
        if named and any(c.dep_.startswith("nsubj") and c.i < tail[0].i for c in verb.children):
            return None  # "Un autre producteur, X, a félicité Y": the subject before the commas, no incise
        found = self._inverted_subject(verb, lead, tail, q, prev)
        return found if found is not None and self.labels.get(found) == "PER" else None

    def own_subject(self, q: Quote, prev: str | None) -> str | None:
        """A quotation inside a narrative sentence: the person that sentence is about ("Il prévoit d'emporter
        « … »"), never the last speaker when the subject is something else ("le texte prévoit « … »")."""
        sent = self._sent_of(q.outer_start)
        if sent is None or self.in_quote(sent.root.idx):
            return None
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        if sent.root.idx < para:
            # the parser glued the paragraph to the one before
            return self._clause_subject(q, para, prev) or self._opening_name_subject(q)
        lo, hi = sorted((sent.root.idx, q.outer_start))
        stop = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, lo, hi)]
        if stop:
            # "… Philippe évoquait « … »… Reste que l'exécutif, qui …, à « … »": a sentence the parser glued on.
            return (self._clause_subject(q, stop[-1] - 1, prev) or self._opening_name_subject(q)) \
                if sent.root.idx < q.outer_start else None
        # "X a été qualifié de « … »": the subject of a passive speech verb is spoken about.
        passive = {"nsubj:pass"} if sent.root.lower_ not in self.lex.verbs else set()
        subj = [c for c in sent.root.children if c.idx < q.outer_start and (
            c.dep_ in {"nsubj"} | passive or self._personal_il(sent.root, c))]
        # "M. Morel compte rejoindre …": the parser may make the name itself the root.
        named = [t for t in [sent.root, *sent.root.children] if t.i <= sent.root.i + 2 and self.mention(t)]
        opening = None if subj else self._opening_name_subject(q)  # the parser hung the name elsewhere
        if opening is not None:
            return opening
        head = subj[0] if subj else named[0] if named and named[0].idx < q.outer_start else None
        # "Le dirigeant de LFI a invité … « … »" right after he spoke: the previous speaker; "le texte" is not.
        found = self.resolve(head, q.start, prev) if head is not None else None
        return found if found and self.labels.get(found) == "PER" else None

    def uttering_agent(self, q: Quote, prev: str | None) -> str | None:
        """"les « mesures fortes » promises samedi par X", "une « lassitude » reconnue par le ministre, X", "la « prime »
        annoncée par la direction de la Fnac": quoted words that the past participle of a speech verb right after the
        marks gives to its agent are the agent's words, when "par" names a person or an organization (only a few
        words of time or manner between participle and "par"; read on the words, as the parser often hangs "par X"
        on the quoted noun)."""
        after = self.tokens(q.outer_end, min(len(self.text), q.outer_end + 160))
        if after and after[0].lower_ in _OF:
            # "la « baisse massive » des cotisations annoncée par X": past the quoted noun's complement
            skip = next((n for n, t in enumerate(after[1:6], 1) if t.pos_ not in {"DET", "NOUN", "ADJ"}), 0)
            after = after[skip:] if skip > 1 else []
        if len(after) < 3 or not self._speech_participle(after[0]):
            return None
        by = next((n for n, t in enumerate(after[1:7], 1) if t.lower_ == "par"), None)
        if by is None or any(t.is_punct or t.pos_ in {"VERB", "AUX", "PROPN"} or self.mention(t) is not None
                             for t in after[1:by]):
            return None
        head = next((t for t in after[by + 1 : by + 6] if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        found = self.resolve(head, q.start, prev) if head is not None and not self.in_quote(head.idx) else None
        return found if found is not None and self.labels.get(found) in {"PER", "ORG"} else None

    def aim_subject(self, q: Quote, prev: str | None) -> str | None:
        """"s'était fixé pour objectif de « libérer » l'économie", "avec l'ambition de « relancer » …", "son ambition de
        « refonder » l'Union": a quoted infinitive that a noun of aim (quote_words kind "aim_noun") takes with "de" is what
        the one with that aim means to do: the nearest subject above that names a person (past subjects naming
        nobody only after a possessive: "la crise ne remettait pas en cause son ambition de « … »")."""
        inner = self.tokens(q.start, q.end)
        if not any(t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") for t in inner[:3]):
            return None
        before = self.tokens(max(0, q.outer_start - 40), q.outer_start)
        if len(before) < 2 or before[-1].lower_ not in _OF or not self.lex.kind("aim_noun", before[-2].lower_):
            return None
        t = before[-2]
        possessive = any(c.dep_ == "det" and c.morph.get("Poss") == ["Yes"] for c in t.children)
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        for _ in range(8):
            if t.head.i == t.i:
                return None
            t = t.head
            subj = [c for c in t.children if c.dep_ == "nsubj" and para <= c.idx and not self.in_quote(c.idx)]
            if t.pos_ not in {"VERB", "AUX"} or not subj:
                continue
            found = self.resolve(subj[0], q.start, prev)
            if found is not None and self.labels.get(found) == "PER":
                return found
            if not possessive:
                return None
        return None

    def _speech_participle(self, tok: Token) -> bool:
        """A past participle of a speech verb ("promises", "reconnue", "évoqué"), agreement endings aside."""
        if "Part" not in tok.morph.get("VerbForm") or tok.lower_.endswith("ant") or not tok.is_lower:
            return False
        low = tok.lower_
        bare = low[:-2] if low.endswith("es") else low[:-1] if low[-1:] in {"e", "s"} else low
        return bare in self.lex.verbs or low in self.lex.verbs

    def governing_subject(self, q: Quote, prev: str | None) -> str | None:
        """A few quoted words that a finite verb takes as its object or complement ("Il a écarté tout « recul »", "a
        imputé les dégradations à des « casseurs »", "a exprimé sa « honte »"): the person who is that verb's subject.
        Not after another preposition ("malgré « l'acte 3 »"), nor under an infinitive or a participle ("préparer la
        « grande concertation »", "des armes dites « intermédiaires »"): labels."""
        head = self.adjunct_head(q)
        # A verb in the marks ("pour le « punir »") is a purpose or a manner, not words said; a capitalised noun ("la
        # « République exemplaire »") names something.
        if head is None or head.pos_ in {"VERB", "AUX", "PROPN"} or (
                head.dep_ not in {"obj", "obl:arg", "nmod", "nummod"} and not _attribute_after_etre(head)):
            return None
        inner = self.tokens(q.start, q.end)
        # "sa « lettre aux Français »", "le « grand débat »", "la « République exemplaire »": a work, a label, a name.
        words = self.text[q.start : q.end].strip(" .,")
        if self.lex.kind("work", head.text) or self.lex.kind("term", words) or inner[0].text[:1].isupper():
            return None
        t = head.head
        for _ in range(4):
            if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
                break
            t = t.head
        near, t = t, self._intending_verb(t, head)  # "Il compte conserver « la ligne »": the verb of intent
        t = self._first_conjunct(t)  # "X a salué … et mis en garde contre les « … »": the first verb's subject
        finite = "Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children)
        para = self.text.rfind("\n", 0, q.outer_start) + 1  # the verb and its subject in the quotation's paragraph
        if t.pos_ not in {"VERB", "AUX"} or not finite or self.in_quote(t.idx) or not para <= t.idx < q.outer_start:
            return None
        # Nothing between the verb and the words: no other verb ("…, se réjouissant de cette « … »"), no comma (", malgré
        # « … »": an adjunct).
        between = [x for x in self.doc[near.i + 1 : inner[0].i] if not self.in_quote(x.idx) and not _copula_of(x, head)]
        if any(x.pos_ in {"VERB", "AUX"} or x.text == "," for x in between):
            return None
        subj = [c for c in t.children if (c.dep_ in {"nsubj", "nsubj:pass"} or (near is not t and self._personal_il(t, c)))
                and para <= c.idx < q.outer_start]
        if subj and "Rel" in subj[0].morph.get("PronType"):
            # "des manifestants qui criaient « … »": not the person named before the relative; "le secrétaire général
            # de FO, X, qui y voit une « … »": the person its antecedent names.
            return self._named_antecedent(subj[0])
        if not subj or (subj[0].dep_ == "nsubj:pass" and any(c.dep_ == "aux:pass" for c in t.children)):
            return None  # "X a été accusé de « … »": a passive's subject is who the words are about, not who says them
        m = self.mention(subj[0])
        named = self._named_in_np(subj[0])
        # "le défenseur des droits Paul Arnaud a demandé …": a title the NER took for an organization, the person
        # named in apposition is the subject.
        titled = named is not None and self.labels.get(named) == "PER"
        body = m.entity if m is not None and m.label == "ORG" else named if self.labels.get(named or "") == "ORG" \
            else self.org_anchor.get(subj[0].i)  # ("le syndicat X": the noun an organization was introduced with)
        if not titled and body is not None and subj[0].pos_ != "PRON" and self._speaking_body(t):
            return body  # "La Fondation X a fait part de sa « vive inquiétude »", "Le syndicat X dénonce …": a body's view
        if not titled and ((m is not None and m.label != "PER") or (
                m is None and subj[0].pos_ != "PRON" and not self.is_role(subj[0]) and named is None)):
            return None  # "Le Chili rejette la « … »": a place or a thing, never the last speaker by default
        found = self.resolve(subj[0], q.start, prev)
        if subj[0].pos_ == "PRON" and found != prev:
            return None  # "qu'il compare à une « … »": "il" may be a country; trusted only going on with the last speaker
        return found if found and self.labels.get(found) == "PER" else None

    def _speaking_body(self, verb: Token) -> bool:
        """A verb an organization says words with: a speech verb ("dénonce", "a qualifié") or a locution of saying
        ("fait part de"), not an action ("rachète la « … »", "a lancé une « … »")."""
        return verb.lower_ in self.lex.verbs or self._locution(verb)

    @staticmethod
    def _first_conjunct(verb: Token) -> Token:
        """A participle coordinated with an earlier verb and sharing its auxiliary and subject ("a rappelé … et mis en
        garde"): that earlier verb, which carries both; else the verb itself."""
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or verb.head.i >= verb.i \
                or "Part" not in verb.morph.get("VerbForm") \
                or any(c.dep_.startswith(("aux", "nsubj", "expl")) for c in verb.children):
            return verb
        return verb.head

    def _named_antecedent(self, rel: Token) -> str | None:
        """The person a relative pronoun's antecedent names itself ("X, qui …", "la ministre, X, qui …"), else None."""
        antecedent = rel.head.head
        if antecedent.i == rel.head.i or antecedent.i > rel.i:
            return None
        m = self.mention(antecedent)
        found = m.entity if m is not None else self._named_in_np(antecedent)
        return found if found is not None and self.labels.get(found) == "PER" else None

    def _intending_verb(self, inf: Token, obj: Token) -> Token:
        """"Il compte conserver « la ligne »", "elle entend garder sa « liberté »": a bare infinitive whose direct object
        holds the quoted words, right after a verb of intent (quote_words kind "intent") it complements: that verb,
        whose subject means what it says; else the infinitive itself (no "doit préparer la « … »", no "pour …")."""
        verb = inf.head
        if "Inf" not in inf.morph.get("VerbForm") or inf.dep_ != "xcomp" or obj.head.i != inf.i or obj.dep_ != "obj" \
                or any(c.dep_ == "mark" for c in inf.children) or not verb.i < inf.i \
                or any(x.pos_ != "ADV" for x in self.doc[verb.i + 1 : inf.i]) or not self.lex.kind("intent", verb.text):
            return inf
        return verb

    def reporting_subject(self, q: Quote, prev: str | None) -> str | None:
        """A few quoted words deep inside what a speech verb before them reports ("a redit qu'il renoncerait s'il ne
        trouvait pas les « … »", "a demandé la suspension de l'arme en raison de sa « … »", "promettant un « … »"): that
        verb's subject, when it names a person or an organization. Not a capitalised name, not under a passive ("a
        été condamné pour « … »"), and through a relative pronoun only to the noun it stands for."""
        inner = self.tokens(q.start, q.end)
        if not inner or not inner[0].text[:1].islower() or self.lex.kind("term", self.text[q.start : q.end].strip(" .,")):
            return None
        inside = {t.i for t in inner}
        t = next((x for x in inner if x.head.i not in inside), None)
        if t is None or (len(inner) == 1 and t.pos_ == "VERB"):
            return None  # "à « céder »": a verb alone is a purpose or a manner, as in governing_subject
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        for _ in range(8):
            if t.head.i == t.i:
                return None
            child, t = t, t.head
            asker = _asking_verb(t)
            if asker is not None:
                child, t = t, asker  # "a demandé aux élus de lancer un « … »": up to the verb of asking
            if t.idx < para or self.in_quote(t.idx) or any(c.dep_ == "nsubj:pass" for c in t.children):
                return None
            if t.i < inner[0].i and t.pos_ == "VERB" and not self._describes_noun(t) and (
                    t.lower_ in self.lex.verbs or self._asks_to(t, child)):
                # Only what the verb says ("a déclaré que …", "promettant un …"), not an adjunct ("…, alors que …").
                content = child.dep_ in _CONTENT_DEPS or asker is not None
                return self._speaking_subject(t, q, prev) if content else None
        return None

    def _asks_to(self, verb: Token, child: Token) -> bool:
        """"a recommandé aux hôpitaux de prévoir un « … »": a verb of asking or advising (quote_words kind "ask")
        whose "de"/"à" + infinitive holds the few quoted words; what it asks for is its subject's words."""
        return verb.lower_ in self.lex.verb_forms("ask") and _infinitive_with_mark(child)

    def appeal_subject(self, q: Quote, prev: str | None) -> tuple[bool, str | None]:
        """"X a appelé les élus à « garder leur calme »", "invitant ses partisans à « ne pas céder »": an infinitive
        quoted after "à"/"de" under a verb of urging (quote_words kind "appeal") is what its subject urges: (True, that
        subject) when it is a person or an organization. (True, None) when the urging is nobody's we can name: a
        passive ("a été appelé à « … »"), a participle describing a noun ("les messages appelant à « … »"), a relative
        whose antecedent names nobody ("des internautes qui l'invitaient à « … »"). (False, None) otherwise."""
        verb = self._appeal_verb(q)
        if verb is None:
            return False, None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        gerund = any(c.dep_ == "mark" and c.lower_ == "en" for c in verb.children)
        if gerund and verb.dep_ == "acl" and subj is None and verb.head.head.pos_ == "VERB" and verb.head.head.i < verb.i:
            # "X a suscité un tollé en appelant à « … »": a gerund the parser hung on the object goes with the
            # verb of the clause, whose subject urges.
            verb = verb.head.head
        elif verb.dep_ == "acl" and subj is None and self.doc[verb.i - 1].text != "," and not any(
                c.dep_.startswith("aux") for c in verb.children):
            # "les messages appelant à « … »": the noun the participle describes urges; nobody unless it names someone
            # ("le syndicat Alliance appelant à": left to the other rules).
            np = self.doc[verb.head.left_edge.i : verb.i]
            return (False, None) if any(self.mention(t) is not None for t in np) else (True, None)
        if any(c.dep_ == "aux:pass" for c in verb.children) or (
                subj is not None and "Rel" in subj.morph.get("PronType") and verb.dep_ == "acl:relcl"
                and self.mention(verb.head) is None and self._named_in_np(verb.head) is None):
            return True, None
        found = self._speaking_subject(verb, q, prev)
        return (True, found) if found is not None and self.labels.get(found) in {"PER", "ORG"} else (False, None)

    def _appeal_verb(self, q: Quote) -> Token | None:
        """The verb of urging whose "à"/"de" + infinitive the quotation holds, the infinitive opening the words
        (after "ne", "pas", "rien", "tout")."""
        inner = [t for t in self.tokens(q.start, q.end) if not t.is_punct]
        inf = next((t for t in inner if t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm")), None)
        if inf is None or not inner[0].text[:1].islower() or any(
                t.pos_ in {"VERB", "AUX", "NOUN", "PROPN"} for t in inner[: inner.index(inf)]):
            return None
        verb, dep = inf.head, inf.dep_
        if verb.is_punct and verb.head.i != verb.i:
            verb = verb.head  # "à ne « pas faiblir »": the parser may hang the infinitive on the quotation mark
        if dep == "acl" and verb.dep_ == "obj":
            verb, dep = verb.head, "xcomp"  # "invitant les élus à « … »": or on the object the verb urges
        mark = next((c for c in inf.children if c.dep_ == "mark"), None)
        if dep not in {"xcomp", "ccomp"} or mark is None or mark.lower_ not in {"à", "de", "d'", "d’"} \
                or verb.pos_ != "VERB" or verb.lower_ not in self.lex.appeal_forms or verb.i > inf.i \
                or self.in_quote(verb.idx):
            return None
        return verb

    def _speaking_subject(self, verb: Token, q: Quote, prev: str | None) -> str | None:
        """The subject of a speech verb, climbing from a participle or infinitive to the verb that has one; a pronoun
        only for the last speaker or someone named in the sentence before."""
        v = verb
        for _ in range(6):
            subj = [c for c in v.children if (c.dep_ == "nsubj" or self._personal_il(v, c)) and not self.in_quote(c.idx)]
            if subj:
                break
            if any(c.dep_ == "expl:subj" for c in v.children):
                return None  # "force est de constater que …": impersonal, nobody
            if v.dep_ not in {"conj", "xcomp", "ccomp", "advcl"} or v.head.i == v.i or _across_relative(v):
                return None
            v = v.head
        else:
            return None
        s = subj[0]
        if "Rel" in s.morph.get("PronType") or s.lower_ in {"qui", "que"}:
            cleft, focus = self._cleft_relative_focus(s)
            antecedent = v.head if v.dep_ == "acl:relcl" and not cleft else None
            m = self.mention(antecedent) if antecedent is not None else None
            found = focus or ((m.entity if m else self._named_in_np(antecedent)) if antecedent is not None else None)
        else:
            found = self.resolve(s, q.start, prev)
        if found is None or self.labels.get(found) not in {"PER", "ORG"}:
            return None
        if s.pos_ == "PRON" and found != prev:
            since = self._previous_sentence_start(q.outer_start)
            if not any(m.entity == found and m.start >= since for m in self.mentions):
                return None  # "il" may be a country or someone named long before: only the one just named
        return found

    def _cleft_relative_focus(self, rel: Token) -> tuple[bool, str | None]:
        """"C'est X, secrétaire général de Y, qui a pris la parole pour dénoncer des « … »": in a cleft sentence the
        relative "qui" stands for the focus after "c'est" (the sentence's root, with its copula), wherever the parser
        hung the relative (often on a noun of the apposition): (True, the focus) when it is a name, a person or an
        organization; (True, None) for an unnamed focus ("C'est un proche de X qui …": not X); (False, None) when
        the sentence is no cleft."""
        root = rel.sent.root
        if rel.lower_ != "qui" or root.i > rel.i or not any(c.dep_ == "cop" for c in root.children) \
                or not any(c.lower_ in {"c'", "c’", "ce"} and c.i < root.i for c in root.children):
            return False, None
        m = self.mention(root)
        # "le syndicat Sud", "la maire de Nantes, Johanna Rolland,": the name beside the noun, or in apposition to it.
        bare = [c for c in root.children if (c.dep_ in {"nmod", "appos", "flat:name"} and c.i == root.i + 1
                and not any(x.dep_ == "case" for x in c.children)) or (c.dep_ == "appos" and c.i < rel.i)]
        if m is None and root.pos_ == "NOUN":
            m = next((x for x in map(self.mention, bare) if x is not None), None)
        return True, m.entity if m is not None and m.label in {"PER", "ORG"} else None

    def adjunct_head(self, q: Quote) -> Token | None:
        """The head of the quoted words, unless a preposition other than "de"/"à" introduces them ("malgré « … »");
        None also for words with no head outside them."""
        inner = self.tokens(q.start, q.end)
        inside = {t.i for t in inner}
        head = next((t for t in inner if t.head.i not in inside), None)
        # Only a preposition before the marks: "« sans étiquette »" quotes its own.
        if head is None or any(c.dep_ == "case" and c.i not in inside and not self.lex.kind("object_case", c.text)
                               for c in head.children):
            return None
        return head

    def _clause_subject(self, q: Quote, para: int, prev: str | None) -> str | None:
        """"M. X croit y déceler une influence en attirant l'attention sur « … »": the subject of the nearest verb
        above the quotation that has one, in the quotation's own paragraph."""
        subj = self.subject_above(q, para, {"nsubj", "nsubj:pass"})
        found = self.resolve(subj, q.start, prev) if subj is not None else None
        return found if found and self.labels.get(found) == "PER" else None

    def subject_above(self, q: Quote, start: int, deps: set[str]) -> Token | None:
        """The subject (one of `deps`) of the nearest word above the quotation's first word that has one, within eight
        steps and from `start` on (the quotation's paragraph or sentence), outside any quotation."""
        inner = self.tokens(q.start, q.end)
        t = inner[0] if inner else None
        for _ in range(8):
            if t is None or t.head.i == t.i:
                return None
            t = t.head
            if t.idx < start:
                return None
            subj = [c for c in t.children if c.dep_ in deps and start <= c.idx < q.outer_start]
            if subj and not self.in_quote(t.idx):
                return subj[0]
        return None

    def _opening_name_subject(self, q: Quote) -> str | None:
        """"Kevin, 27 ans, agriculteur, a tenu à manifester malgré la peur de « … »" when the parser hung the name on a
        word of the sentence before (no subject left to climb to): the person named at the opening of the quotation's
        own sentence, with at most an apposition between commas before its finite verb. Not when a relative, a
        "selon", a colon or another subject hands the words to someone else, nor under a passive ("a été traité de")."""
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        breaks = [m.end() - 1 for m in _SENTENCE_BREAK.finditer(self.text, para, q.outer_start)]
        toks = self.tokens(breaks[-1] if breaks else para, q.outer_start)
        if toks and self.lex.kind("title", toks[0].text):
            toks = toks[1:]  # "M. Dupont, …"
        m = self.mention(toks[0]) if toks else None
        if m is None or m.label != "PER" or toks[0].idx != m.start:
            return None  # (a cheap test first: most sentences do not open with a person's name)
        rest = [t for t in toks if t.idx >= m.end]
        for _ in range(3):  # the apposition, in one or more pieces: ", 27 ans, agriculteur au chômage,"
            if not rest or rest[0].text != ",":
                break
            close = next((n for n, t in enumerate(rest[1:13], 1) if t.text == ","), None)
            if close is None or any(not _apposition_word(t) or self._other_speaker(t, m) for t in rest[1:close]):
                return None
            more = close + 1 < len(rest) and _apposition_word(rest[close + 1]) and rest[close + 1].pos_ not in {"VERB", "AUX"}
            rest = rest[close:] if more else rest[close + 1 :]  # another piece of apposition, or the verb
        n = self._opening_finite_verb(rest)
        if n is None:
            return None
        for t in rest[n + 1 :]:
            if t.lower_ == "été" or "Pass" in t.morph.get("Voice") or "Rel" in t.morph.get("PronType") or (
                    t.text in {":", ";"} or self.lex.kind("source", t.lower_) or self._other_speaker(t, m)):
                return None
        return m.entity

    def _opening_finite_verb(self, toks: list[Token]) -> int | None:
        """Index of the finite verb that opens `toks` after its clitics and "ne" ("n'en prend", "se dit"), or None."""
        n = sum(1 for _ in takewhile(lambda t: self.lex.kind("clitic", t.text) or t.lower_ in {"ne", "n'", "n’"}, toks))
        verb = toks[n] if n < len(toks) else None
        return n if verb is not None and verb.pos_ in {"VERB", "AUX"} and "Fin" in verb.morph.get("VerbForm") else None

    def _other_speaker(self, t: Token, m: Mention) -> bool:
        """A word that brings in someone else who could speak: another name, a subject of its own."""
        other = self.mention(t)
        return (other is not None and other.entity != m.entity and other.label in {"PER", "ORG"}) or (
            t.dep_.startswith("nsubj") and t.idx >= m.end and t.pos_ in {"NOUN", "PROPN", "PRON"} and (
                self.mention(t) is None or self.mention(t).entity != m.entity))  # type: ignore[union-attr]

    def _sent_of(self, pos: int) -> Span | None:
        # The same offsets (a quotation's start, its lead's) are asked for by several finders: once each.
        if pos not in self._sents:
            span = self.doc.char_span(pos, min(len(self.text), pos + 1), alignment_mode="expand")
            self._sents[pos] = self._sent_of_token(span.start) if span else None
        return self._sents[pos]

    def _sent_of_token(self, i: int) -> Span:
        """doc[i].sent by binary search of the doc's sentence starts, read once (spaCy walks the tokens to both
        ends of the sentence at each call)."""
        if self._sent_starts is None:
            if not self.doc.has_annotation("SENT_START"):
                return self.doc[i].sent  # (spaCy's own error)
            self._sent_starts = np.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist()
        starts = self._sent_starts
        k = bisect_right(starts, i)
        return self.doc[starts[k - 1] if k else 0 : starts[k] if k < len(starts) else len(self.doc)]

    def _sent_start(self, pos: int) -> int:
        sent = self._sent_of(max(0, pos - 1)) if pos else None
        para = self.text.rfind("\n", 0, pos) + 1
        return max(sent.start_char if sent else 0, para)

    def _clause_start(self, verb: Token) -> int:
        """Where the sentence of `verb` starts in the text: "La présidente X, qui n'a pas défilé, a salué « … »" the parser
        may cut into pieces at the commas; a piece that follows a comma or a word with no stop goes on with the one
        before (as _sent_end does forwards)."""
        sent = verb.sent
        while sent.start > 0 and (self.doc[sent.start - 1].text == "," or not (
                self.doc[sent.start - 1].is_punct or self.doc[sent.start - 1].is_space)):
            sent = self.doc[sent.start - 1].sent
        return sent.start_char

    def _sent_end(self, pos: int) -> int:
        sent = self._sent_of(min(pos, len(self.text) - 1))
        para = self.text.find("\n", pos)
        para = len(self.text) if para == -1 else para
        # "« … », mais aussi la hausse …, a-t-il expliqué": the parser may start a sentence after a comma; a
        # sentence is only over at a full stop.
        # "« … », abonde Thierry, 55 ans": nor after a word with no stop ("abonde" ending one, "Thierry" opening the next).
        while sent is not None and sent.end < len(self.doc) and sent.end_char < para and (
                (sent[-1].text in {",", "»", '"', "”"} and self.doc[sent.end].is_lower) or not sent[-1].is_punct):
            sent = self.doc[sent.end].sent
        return min(sent.end_char if sent else len(self.text), para)


def _infinitive_with_mark(t: Token) -> bool:
    """An infinitive opened by "de"/"à" ("de lancer", "d'ouvrir", "à reprendre")."""
    return "Inf" in t.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"} for c in t.children)


def _asking_verb(inf: Token) -> Token | None:
    """"a demandé aux élus de lancer un « … »": the parser may hang the infinitive on the addressee ("aux élus") as
    its clause, not on the verb of asking; that verb, when the addressee is its "à" complement before the infinitive."""
    if inf.pos_ != "VERB" or inf.dep_ != "acl" or not _infinitive_with_mark(inf):
        return None
    noun = inf.head
    if noun.dep_ not in {"obl:arg", "iobj", "obl"} or not any(
            c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in noun.children):
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i < inf.i else None
