"""Subject chains: whom "il"/"elle" points back to."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .state import FinderState
from .syntax import _DET_GENDER, _FULL_STOP


class SubjectChains(FinderState):
    """Subject chains: whom "il"/"elle" points back to.

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def _pronoun_by_chain(self, gender: str | None, pos: int, prev: str | None, found: str | None) -> str | None:
        """The subject chain (chain_subject) overrides the last-named guess: an unnamed subject before the pronoun makes it
        None; a named subject replaces a person the sentences before only name as an object or a complement."""
        kind, chained = self.chain_subject(gender, pos, prev)
        return chained if kind in {"named", "prev", "unnamed"} else found

    def _pronoun_after_relative(self, tok: Token) -> Token | None:
        """"l'intimidation qu'elle décrit comme « … »": the parser may take the relative "qu'" for the verb's subject;
        the personal pronoun right after it, a subject of the same verb, is the one."""
        if tok.lower_ not in {"qu'", "qu’", "que"} or tok.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[tok.i + 1]
        return nxt if nxt.lower_ in {"il", "elle"} and nxt.head.i == tok.head.i and nxt.dep_.startswith("nsubj") else None

    def _genders_from_role_nouns(self, ents: list[dict[str, Any]]) -> None:
        """"le procureur Dominique Binet", "X, la porte-parole de …": a person whose first name shows no gender takes
        the gender of the role noun beside the name, as its determiner shows it (both sides must agree)."""
        for e in ents:
            if e["label"] != "PER" or self.gender.get(e["id"]) is not None:
                continue
            found = {g for m in e["mentions"] for g in [self._role_noun_gender(m["start"], m["end"])] if g}
            if len(found) == 1:
                self.gender[e["id"]] = found.pop()

    def _role_noun_gender(self, start: int, end: int) -> str | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end + 1 : span.end + 3] if span.end + 2 < len(self.doc) and self.doc[span.end].text == "," \
            else None
        nouns = [before] if before is not None else []
        if after is not None and after[0].pos_ == "DET":
            nouns.append(after[1])  # "X, la porte-parole de …"
        for noun in nouns:
            if noun.pos_ != "NOUN" or not self.is_role(noun):
                continue
            # ("du procureur X": the contracted article is the noun's case)
            det = next((c for c in noun.children if c.dep_ in {"det", "case"} and c.lower_ in _DET_GENDER), None)
            gender = _DET_GENDER.get(det.lower_) if det is not None and det.i < noun.i else None
            if gender is not None:
                return gender
        return None

    def chain_subject(self, gender: str | None, pos: int, prev: str | None) -> tuple[str, str | None]:
        """Whom a pronoun subject at `pos` points back to, read from the subjects of the sentences before it: the
        first one that names a person of its gender ("named"), or an unnamed person (a role noun no one named holds,
        "une journaliste": "unnamed"); a pronoun subject of the same gender goes on with the sentence before it
        ("X a été reçu. Il a appelé à voter pour Y. « … », a-t-il dit": X, not the object Y), up to the previous
        quotation ("prev"). "stop" when a sentence's subject is something else (an organization, a thing).
        Sentences are cut at full stops and paragraph ends in the text (the parser may glue or split them)."""
        if gender is None:
            return "stop", None
        start = max(0, self.prev_end - 400, pos - 800)
        cuts = [start, *(m.end() for m in _FULL_STOP.finditer(self.text, start, pos))]
        chained = False
        for a, b in [(cuts[n - 1], cuts[n]) for n in range(len(cuts) - 1, 0, -1)][:4]:  # the last four, backwards
            if a < self.prev_end or any(q.outer_start < b and q.outer_end > a for q in self.quotes):
                # the previous quotation: a chain of pronouns since its speaker still points to that speaker
                return ("prev", prev) if chained and prev is not None and self.gender.get(prev) in {None, gender} \
                    else ("stop", None)
            kind, found = self._sentence_subject(self.tokens(a, b), gender, pos, prev)
            if kind in {"pronoun", "described"}:
                chained = chained or found == gender or kind == "described"
                continue
            if kind == "other_gender" or (kind == "stop" and self._names_nobody(a, b)):
                continue  # ("Pas de train, et son avion décolle dans une heure.": no one to point to)
            return kind, found
        return "stop", None

    def _main_subject(self, toks: list[Token]) -> Token | None:
        """The subject of the sentence's main clause: the first subject whose verb heads no relative, complement or
        adverbial clause ("Quand X est arrivé, Y a dit": Y); the first subject of any clause else."""
        if not toks:
            return None
        inside = range(toks[0].i, toks[-1].i + 1)
        subjects = [t for t in toks if (t.dep_ in {"nsubj", "nsubj:pass"} or self._personal_il(t.head, t)
                                        or (t.lower_ in {"il", "elle"} and t.dep_ == "expl"))
                    and t.head.i in inside and t.head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
                    and t.head.dep_ not in {"acl:relcl", "acl", "ccomp", "csubj"}]
        main = [t for t in subjects if t.head.dep_ not in {"advcl", "xcomp"} or t.head.head.i not in inside]
        # ("Un policier barre l'entrée" may be parsed with "barre" as an adjective: the noun is the ROOT)
        verbless = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in {"NOUN", "ADJ"}]
        return (main or subjects or verbless or [None])[0]

    def _named_beside(self, subj: Token) -> str | None:
        """"Un autre recruteur, Paul X, a loué Y": a person named between the subject noun and its verb,
        with no verb between (whatever arc the parser drew, it stands in apposition to the subject)."""
        verb = subj.head
        if verb.i <= subj.i or verb.i - subj.i > 12:
            return None
        for t in self.doc[subj.i + 1 : verb.i]:
            if t.pos_ in {"VERB", "AUX"} and not t.dep_.startswith("aux"):
                return None  # "Un homme qui a vu X": X belongs to another clause
            m = self.mention(t)
            if m is not None and m.label == "PER" and self.doc[t.i - 1].text == ",":
                return m.entity
        return None

    def _cleft_focus(self, toks: list[Token]) -> str | None:
        """"Mais c'est M. X, dont …, qui s'est montré …": the person a cleft "c'est … qui" puts first is the subject."""
        words = [t.lower_ for t in toks[:4]]
        at = next((n + 2 for n in range(len(words) - 1) if words[n] in {"c'", "c’", "ce"} and words[n + 1] in
                   {"est", "était", "fut"}), None)
        if at is None or at >= len(toks) or not any(t.lower_ == "qui" for t in toks[at:]):
            return None
        m = self.mention(toks[at]) or (self.mention(toks[at + 1]) if at + 1 < len(toks) else None)
        return m.entity if m is not None and m.label == "PER" else None

    def _names_nobody(self, a: int, b: int) -> bool:
        """No person or organization is named between a and b, and no pronoun is a subject there."""
        if any(a <= m.start < b for m in self.mentions):
            return False
        return not any(t.dep_.startswith("nsubj") and t.pos_ == "PRON" for t in self.tokens(a, b))

    def _sentence_subject(self, toks: list[Token], gender: str, pos: int, prev: str | None) -> tuple[str, str | None]:
        """What the subject of the sentence's main verb is, for chain_subject: "named" (a person of the gender),
        "unnamed", "pronoun" (its gender as the value), "other_gender" or "stop"."""
        cleft = self._cleft_focus(toks)
        if cleft is not None:  # "C'est X qui a paru le plus conquis."
            return ("named", cleft) if self.gender.get(cleft) in {None, gender} else ("other_gender", None)
        subj = self._main_subject(toks)
        if subj is None:
            return "stop", None
        pron = self.lex.kind("pronoun", subj.lower_)
        if subj.pos_ == "PRON" and pron is not None and not pron.get("next"):
            return "pronoun", pron["gender"]
        m = self.mention(subj)
        named = m.entity if m is not None and m.label == "PER" else (self._named_in_np(subj) or self._named_beside(subj))
        if named is not None and self.labels.get(named) == "PER":
            both = [x for x in self.coordinated_people(subj) if self.gender.get(x) in {None, gender}]
            if both:  # "X et Y ont travaillé ensemble. « … », confie-t-elle": either of them, unless one alone fits
                return ("named", both[0]) if len(both) == 1 else ("unnamed", None)
            if any(toks[0].idx <= x.start <= toks[-1].idx and x.entity != named and self._titled_subject(x)
                   for x in self.mentions):
                return "stop", None  # "X cède le micro à Y": Y speaks next
            return ("named", named) if self.gender.get(named) in {None, gender} else ("other_gender", None)
        if m is not None or named is not None or subj.pos_ not in {"NOUN", "ADJ"}:
            return "stop", None
        det = next((c for c in subj.children if c.dep_ == "det"), None)
        noun_gender = _DET_GENDER.get(det.lower_) if det is not None else None
        if noun_gender is None and det is not None and det.lower_ in {"l'", "l’"}:
            morph = subj.morph.get("Gender")  # "l'ouvrier": the noun's own gender
            noun_gender = {"Masc": "M", "Fem": "F"}.get(morph[0]) if morph else None
        if not (self.is_role(subj) or self.lex.kind("someone", subj.text) or self.lex.kind("person_noun", subj.text)):
            # "Céline X a prolongé son séjour. La star a accordé une entrevue à Y. « … », a-t-elle dit": a definite
            # noun of the same gender no list knows (no organization's) describes anew the one named before it.
            # (not when the sentence names someone otherwise than in a prepositional phrase: the parse may be wrong)
            described = det is not None and det.lower_ in {"le", "la"} and noun_gender == gender and not (
                self.lex.kind("org_noun", subj.text) or self.lex.kind("org_body", subj.text) or subj.i in self.org_anchor) \
                and not any(toks[0].idx <= m.start <= toks[-1].idx and m.label == "PER" and not self._oblique(m)
                            for m in self.mentions)
            return ("described", None) if described else ("stop", None)
        if noun_gender is not None and noun_gender != gender:
            return "other_gender", None
        # (resolved where the noun stands: from `pos`, "la jeune femme" would ask this chain again, with no end)
        found = self.resolve(subj, min(pos, subj.idx), prev) if det is not None and det.lower_ not in {"un", "une"} \
            else None
        if found is not None and self.labels.get(found) == "PER":
            return ("named", found) if self.gender.get(found) in {None, gender} else ("other_gender", None)
        return ("unnamed", None) if noun_gender == gender else ("stop", None)
