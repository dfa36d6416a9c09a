"""A speech verb or incise inside the quotation, interviews and voices."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import _INCISE_STOP, _SENTENCE_BREAK, _SPACES
from .state import FinderState

if TYPE_CHECKING:
    from .quotations import Mention, Quote


_YOU = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)  # an interviewer's line spoken to the interviewee
_ANSWERED = re.compile(r"\?[ \t]*\n\s*[«“\"]")  # a question paragraph, then a quoted one: an interview's answer


class InsideQuotation(FinderState):
    """A speech verb or incise inside the quotation, interviews and voices.

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def verb_inside(self, q: Quote, prev: str | None) -> tuple[bool, str | None]:
        """"X, qui a « rappelé les engagements pris »": the quotation starts with the speech verb, whose subject
        stands before it."""
        toks = self.tokens(q.start, q.end)
        if toks and toks[0].text.lower() not in self.lex.verbs:
            found = self._named_subject_of_quoted_verb(q, toks) or self._pronoun_subject_of_quoted_verb(q, toks, prev)
            return found is not None, found
        if not toks:
            return False, None
        subj = [c for c in toks[0].children if c.dep_.startswith("nsubj") and c.idx < q.outer_start]
        if subj and self._unnamed_relative(subj[0], q, prev):
            return False, None  # "X s'est dit atterré par les élus qui « racontent … »": X's words, decided later
        return (True, self.resolve(subj[0], q.start, prev)) if subj else (False, None)

    def name_before_speech_verb(self, q: Quote) -> str | None:
        """"Force ouvrière « regrette une décision … »" when no cue named a speaker (the parser may give the verb no
        subject at all): a finite speech verb not in the first person opens the quoted words, and the name of a person
        or organization stands right before the marks: that name is its subject (_named_subject_of_quoted_verb does
        the same for other verbs, with a subject in the parse)."""
        toks = self.tokens(q.start, q.end)
        verb = toks[0] if toks else None
        if verb is None or verb.lower_ not in self.lex.verbs or not verb.is_lower or "Fin" not in verb.morph.get(
                "VerbForm") or "1" in verb.morph.get("Person"):
            return None
        before = self.tokens(max(0, q.outer_start - 40), q.outer_start)
        m = self.mention(before[-1]) if before else None  # (any word of a name maps to it)
        return m.entity if m is not None and m.label in {"PER", "ORG"} and not self.text[m.end : q.outer_start].strip(
            _SPACES) else None

    def _named_subject_of_quoted_verb(self, q: Quote, toks: list[Token]) -> str | None:
        """"Après dix-neuf ans au pouvoir, M. X « prend acte … »": the quoted words open with the finite verb (any
        verb, not only a speech verb) whose subject is the person named right before the marks; they are X's words.
        Not an object named before ("a félicité M. X « pour … »": no verb opens the quotation)."""
        before = self.tokens(max(0, q.outer_start - 40), q.outer_start)
        m = self.mention(before[-1]) if before else None
        if m is None or m.label != "PER":
            return None  # (a cheap test first: most quotations do not follow a name)
        n = self._opening_finite_verb(toks)
        if n is None:
            return None
        verb = toks[n]
        subj = [c for c in verb.children if c.dep_.startswith("nsubj") and c.idx < q.outer_start]
        if subj:  # the verb's subject is the name (or the title before it: "M." in "M. X")
            own = self.mention(subj[0]) or (self.mention(self.doc[subj[0].i + 1]) if subj[0].i + 1 < len(self.doc) and (
                self.lex.kind("title", subj[0].text)) else None)
            named = own.entity if own is not None else self._named_in_np(subj[0]) if self.is_role(subj[0]) else None
            return m.entity if named == m.entity else None  # "le maire Jean X « … »": the role noun names him
        # No subject in the parse: the name must open its clause ("…, le maire Jean X « … »"), not follow a
        # preposition or a verb ("a félicité M. X « … »").
        i = self.doc.char_span(m.start, m.end, alignment_mode="expand").start  # type: ignore[union-attr]
        while i > 0 and (self.lex.kind("title", self.doc[i - 1].text) or self.doc[i - 1].pos_ in {"DET", "ADJ"}
                         or self.is_role(self.doc[i - 1])):
            i -= 1
        return m.entity if i == 0 or self.doc[i - 1].text in {",", ".", ";", "!", "?"} or self.doc[i - 1].is_space \
            else None

    def _pronoun_subject_of_quoted_verb(self, q: Quote, toks: list[Token], prev: str | None) -> str | None:
        """"X a réagi. « … » Pour autant, il « ne comprend pas cette décision »": the quoted words open with the finite
        verb whose subject is "il"/"elle" right before the marks; they are the words of the previous speaker the
        pronoun goes on with (anyone else the pronoun may point to: nobody)."""
        before = self.tokens(max(0, q.outer_start - 12), q.outer_start)
        subject = bool(before) and before[-1].pos_ == "PRON" and before[-1].dep_.startswith(("nsubj", "expl:subj"))
        row = self.lex.kind("pronoun", before[-1].text) if subject else None  # (not "lui" « … »: an object)
        if row is None or prev is None or self.labels.get(prev) != "PER" or not row.get("gender") or row.get("next"):
            return None
        gap = self.text[self.prev_end : before[-1].idx].lstrip(_SPACES + "\n.!?…»”\"")
        if _SENTENCE_BREAK.search(gap):
            return None  # "« … », dit X. Le texte a été voté. Pour autant, il « … »": a sentence between, "il" may be it
        n = self._opening_finite_verb(toks)
        if n is None or any(c.dep_.startswith("nsubj") and c.i != before[-1].i for c in toks[n].children):
            return None
        found = self.pronoun(row["gender"], q.outer_start, prev)
        return found if found == prev else None

    def _unnamed_relative(self, subj: Token, q: Quote, prev: str | None) -> bool:
        """A relative "qui" standing for people the text does not name ("les responsables politiques qui « … »"): the
        quoted verb describes them in someone else's words, it does not make them speak."""
        return subj.lower_ == "qui" and self.resolve(subj, q.start, prev) is None and subj.head.head.pos_ == "NOUN" \
            and self.mention(subj.head.head) is None

    def incise_inside(self, q: Quote, prev: str | None) -> tuple[bool, str | None]:
        """"« Pas question de reculer, explique Julie Marchand, de Greenpeace. Nous … »": an incise inside the
        quotation names its speaker (a name, "-t-elle", or a role noun such as "la jeune femme")."""
        toks = self.tokens(q.start, q.end)
        for n, t in enumerate(toks[:-2]):
            # "« Et pourtant, on travaille ! ajoute son frère. »": after "!" or "?" too, when the verb goes on in lowercase.
            if n == 0 or not (t.text == "," or (t.text in {"!", "?", "…"} and toks[n + 1].is_lower)):
                continue
            # "« Exactement, lui répond Laura, … »": a clitic pronoun may stand before the verb too. The tokenizer cuts
            # "a-t-il" into "a", "-t", "-il": the pronoun is the third token then.
            lead = list(takewhile(lambda x: x.pos_ == "AUX" or x.text.startswith("-") or self.lex.kind("clitic", x.text),
                                  toks[n + 1 : n + 4]))
            verb = toks[n + 1 + len(lead)] if n + 1 + len(lead) < len(toks) else None
            if verb is None or verb.text.lower() not in self.lex.verbs or verb.text.lower().endswith("ant"):
                continue
            rest = list(takewhile(lambda x: x.text not in _INCISE_STOP, toks[verb.i - toks[0].i + 1 :]))
            for x in [*lead, *rest[:2 if rest and rest[0].lower_ == "-t" else 1]]:
                pron = self.lex.kind("pronoun", x.text.lower()) if x.text.startswith("-") else None
                if pron:
                    return True, self.pronoun(pron["gender"], q.start, prev)
            for x in rest[:8]:
                ent = self.inner_names.get(x.idx)
                if ent is not None:
                    return True, ent
            nouns = [x for x in rest[:3] if x.pos_ == "NOUN"]
            if nouns and rest[0].pos_ == "DET":
                found = self.resolve(nouns[0], q.start, prev)
                # "renchérit sa mère, Marie-Claude": the name in apposition after the noun.
                after = verb.i + len(rest) + 2
                named = self.inner_names.get(self.doc[after].idx) if len(rest) <= 3 and after < toks[-1].i and (
                    self.doc[after - 1].text == ",") else None
                # "…, s'indigne sa sœur. …": a subject the article never names is nobody's, not the last speaker's.
                return True, named or found
        return False, None

    def voice_of(self, q: Quote, prev: str | None) -> str | None:
        """"Par la bouche de sa porte-parole, la mairie promet « … » aux « … »": the one the subject speaks
        through, for every quotation of the sentence after the cue (however few its words)."""
        near = self.text[max(0, q.outer_start - 400) : q.outer_start].lower()
        if not any(f"{' '.join(row['lead'])} {form}" in near for form, row in self.lex.words.get("voice", {}).items()):
            return None  # (a string test first: finding the sentence is costly, the cue rare)
        start = self._sent_start(q.outer_start)
        stop = max(self.text.rfind(c, start, q.outer_start) for c in (". ", "! ", "? "))
        start = stop + 2 if stop != -1 else start  # the parser may glue the next sentences on
        for t in self.tokens(start, q.outer_start):
            row = self.lex.kind("voice", t.text)
            lead = [x.lower_ for x in self.doc[max(0, t.i - 2) : t.i]]
            if row is None or lead != row["lead"] or t.i + 1 >= len(self.doc):
                continue
            de = self.doc[t.i + 1]
            np = self._np_after(de) if de.lower_ in {"de", "du", "d'", "d’", "des"} else None
            if np is None or self.in_quote(np.idx):
                continue
            found = self.resolve(np, q.start, prev)
            if found is None and de.lower_ == "du" and self.is_role(np):
                found = self.role_noun(np, "M", q.start)  # "du ministre": "du" holds the definite article
            if found is not None:
                return found
        return None

    def interview_answer(self, q: Quote) -> str | None:
        """A quoted paragraph right after a question paragraph ("… à la fonction suprême ?"): an interview answer,
        the interviewee's: the person named most often outside quotations, who is named in the title or lede."""
        para = self.text.rfind("\n", 0, q.outer_start) + 1
        if self.text[para : q.outer_start].strip(_SPACES) or para < 2:
            return None
        before = self.text[: para].rstrip()
        question = before[before.rfind("\n") + 1 :].strip(_SPACES)
        if question[:1] in {"«", "“", '"'} or not (question.endswith("?") or self._addressed(question)):
            return None
        return self.interviewee()

    def _addressed(self, line: str) -> bool:
        """"Avec vos 1 200 voix, vous êtes en tête.": a line of the interviewer that speaks to the interviewee ("vous",
        "votre", with no quotation in it) stands for a question, in an interview (two questions answered so at least)."""
        if not _YOU.search(line) or any(m in line for m in "«“\""):
            return False
        return len(_ANSWERED.findall(self.text)) >= 2

    def interview_title(self, q: Quote) -> str | None:
        """A title that is one quotation, over an interview (questions in paragraphs of their own, after a dash):
        the interviewee's words."""
        line_end = self.text.find("\n")
        if self.text[: q.outer_start].strip(_SPACES) or self.text[q.outer_end : line_end].strip(_SPACES + ".!?"):
            return None
        questions = re.findall(r"^[-–—]\s*[^\n]*\?[ \t]*$", self.text, re.MULTILINE)
        return self.interviewee() if len(questions) >= 2 else None

    def interviewee(self) -> str | None:
        """The person named most often outside quotations, when named in the title or lede."""
        if not hasattr(self, "_interviewee"):
            counts: dict[str, int] = {}
            for m in self.mentions:
                if m.label == "PER":
                    counts[m.entity] = counts.get(m.entity, 0) + 1
            lede = self.text.find("\n", self.text.find("\n") + 2)  # the title and the first paragraph
            top = max(counts, key=counts.__getitem__) if counts else None
            named = top is not None and any(m.entity == top and m.start < max(lede, 0) for m in self.mentions)
            self._interviewee = top if named else None
        return self._interviewee

    def named_after(self, q: Quote) -> str | None:
        """"« … » C'est ce qu'a affirmé X." / "« … » La phrase est signée X.": the next sentence points back to
        the quotation (quote_words.jsonl, kind "backref") and names the person who said it."""
        gap = self.text[q.outer_end : q.outer_end + 4]
        start = q.outer_end + len(gap) - len(gap.lstrip(" .\n\u00a0"))
        head = self.text[start : start + 40].lower().replace("’", "'")
        if self.text[q.outer_end : start].count("\n") > 2:
            return None
        end = self.text.find(".", start)
        if not any(head.startswith(f) for f in self.lex.words.get("backref", {})):
            return self._words_of(start, end if end != -1 else len(self.text))
        for m in self.mentions:
            if start <= m.start < (end if end != -1 else len(self.text)) and m.label == "PER" and (
                    not self._oblique(m) or self._backref_author(m)):
                return m.entity
        return None

    def _words_of(self, start: int, end: int) -> str | None:
        """"« … » J'ai souvent repensé à ces mots de X.": the sentence after the quotation names its author as "de" + a
        person after a demonstrative noun for words (quote_words.jsonl kind "backref_noun"), anywhere in it."""
        low = self.text[start:end].lower().replace("’", "'")
        for form in self.lex.words.get("backref_noun", {}):
            det, _, noun = form.partition(" ")
            # ("cette célèbre formule de X", "cet implacable jugement de X": one adjective may stand before the noun)
            det_rx = "cet?" if det == "ce" else re.escape(det)  # "cet implacable jugement"
            found = re.search(rf"\b{det_rx}\s+(?:\w+\s+)?{re.escape(noun)}\s+(?:de\s+|d'\s*)", low)
            m = self.by_char.get(start + found.end()) if found else None
            if m is not None and m.label == "PER":
                return m.entity
        return None

    def _backref_author(self, m: Mention) -> bool:
        """"Ces mots sont ceux de X", "La formule est de X", "les mots de X", "la ligne défendue par X": the author
        after a preposition; not "la femme de X" (another noun's complement names someone else)."""
        root = self._head_of(m)
        if root is None:
            return False
        if root.dep_ == "obl:agent":
            return True
        case = [c.lower_ for c in root.children if c.dep_ == "case"]
        return case in (["de"], ["d'"], ["d’"]) and (root.head.pos_ in {"PRON", "AUX", "VERB"} or bool(
            self.lex.kind("wording", root.head.lower_)))
