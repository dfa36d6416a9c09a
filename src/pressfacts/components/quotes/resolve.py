"""Resolving a noun phrase, pronoun or role noun to the entity it names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..people.patterns import compatible_roles
from .lexicon import _SPACES, _SUBJECT_DEPS
from .state import FinderState
from .syntax import (
    _OF,
    _complement_head,
    _complement_words,
    _has_case,
    _introduces_source,
    _role_base,
    _role_words,
    _same_role,
)

if TYPE_CHECKING:
    from .quotations import Mention

# "l'ancien Premier ministre", "l'ex-ministre": a past holder of the office
_FORMER = frozenset({"ancien", "ancienne", "ex", "anciens", "anciennes"})


class Resolution(FinderState):
    """Resolving a noun phrase, pronoun or role noun to the entity it names.

    A part of SpeakerFinder: finder.py assembles the parts and sets the state they read (declared in state.py)."""

    def resolve(self, tok: Token, pos: int, prev: str | None) -> str | None:
        """The entity a subject token names: itself, a name in apposition, or the person a pronoun,
        "ce dernier" or a definite role noun ("le ministre") points back to."""
        m = self.mention(tok)
        if m and m.label == "PER":
            return m.entity
        named = self._named_in_np(tok)  # "la ministre du Travail, Astrid Panosyan": the person, not a title
        if named or (m and m.label == "ORG"):
            return named or m.entity  # type: ignore[union-attr]
        if tok.i in self.org_anchor:
            return self.org_anchor[tok.i]  # "écrit l'agence américaine X": the organization the noun introduces
        marked = self._organization_in_marks(tok)
        if marked is not None:
            return marked  # "explique le collectif « X »": the name in quotation marks right after the noun
        aged = self._age_apposition(tok)
        if aged is not None:
            return aged
        if self.lex.kind("org_body", tok.text):
            body = self._body_of(tok)
            if body is not None:
                return body
        members = self._members_of(tok)
        if members is not None:
            return members  # "notent les analystes de l'institut Orbis": the institute speaks through its researchers
        low = tok.text.lower()
        subject = self._pronoun_after_relative(tok)
        if subject is not None:
            return self.resolve(subject, pos, prev)  # "…, qu'elle décrit comme « … »": "elle", not the relative
        if tok.pos_ == "PRON" and (self.lex.kind("plural_pronoun", low) or self.lex.kind("pronoun", low)):
            found, personal = self._personal_pronoun(tok, low, pos, prev)
            if personal:
                return found
        if low == "qui" and tok.head.i != tok.i and tok.dep_.startswith("nsubj"):
            return self._relative_antecedent(tok, pos, prev)
        dets = [c for c in tok.children if c.dep_ == "det"] or ([tok.nbor(-1)] if tok.i > 0 else [])
        det = dets[0].text.lower() if dets else ""
        ana = self.lex.kind("anaphor", low)
        if ana and det in ana.get("det", []):
            # "Ce dernier a convoqué le soutien au président X. « … »": the last named before "ce dernier", not X.
            return self.pronoun(ana["gender"], min(pos, tok.idx), prev, last_only=True)
        if low == "source" and any(c.text.lower() == "même" for c in tok.children):
            return self.last_source(pos, prev)  # "selon la même source", "ajoute la même source"
        person = self.lex.kind("person_noun", low)
        if person and tok.pos_ in {"NOUN", "ADJ"} and self.lex.kind("definite", det):
            if self._introduced_unnamed(tok, 0, subject=True):
                return None  # "Un homme s'est retranché … L'homme « parle d'explosifs »": that unnamed man
            gender = person["gender"] or self.lex.kind("definite", det)["gender"]  # type: ignore[index]
            return self.pronoun(gender, pos, prev)  # "la jeune femme": the last woman named
        if tok.is_title and low in self.lex.demonyms and det in {"le", "la", "l'", "l’"}:
            # "« … », a assuré le Néerlandais", "confie l'Allemande": a nationality for a person already named, like
            # "le septuagénaire" (the article is singular: "les Français" are no one)
            gender = {"le": "M", "la": "F"}.get(det) or self.lex.demonym_gender(low)
            return None if self._introduced_unnamed(tok, 0, subject=True) else self.pronoun(gender, pos, prev)
        org_noun = self.lex.kind("org_noun", low)
        if org_noun and self.lex.kind("definite", det):
            if not org_noun.get("near"):
                return self.last_subject_org(pos)
            # A noun given "near": the organization introduced with that very noun ("le site Coco.gg" … "le site
            # précise"), else one that acted in this paragraph or the one before ("souligne l'agence" is seldom the
            # one that acted pages before).
            introduced = next((e for start, noun, e in reversed(self.org_nouns) if start < pos and noun == low), None)
            return introduced or self.last_subject_org(pos, since=self._previous_paragraph(pos))
        # "a répondu l'accusé": the tagger reads a participle used as a role noun as a verb, its article tells it;
        # "lance la coiffeuse": a lowercase role noun it calls a proper noun
        nominal = ((tok.pos_ == "VERB" and any(c.dep_ == "det" for c in tok.children))
                   or (tok.pos_ == "PROPN" and tok.is_lower)) and self.is_role(tok)
        if (tok.pos_ in {"NOUN", "ADJ"} or nominal) and self.lex.kind("definite", det):
            # ("l'élue", "l'avocate": the noun tells what "l'" does not)
            gender = self.lex.kind("definite", det)["gender"] or self._feminine_role(tok)  # type: ignore[index]
            found = self.role_or_previous(tok, gender, pos, prev, self.prev_end)
            if found is None and det in {"ce", "cet", "cette"} and (self.is_role(tok) or self.lex.kind("someone", low)):
                # "…, dit cette avocate de Brooklyn": a demonstrative describes anew the person just named.
                return self.pronoun(gender, pos, prev)
            return found
        return None

    def _relative_antecedent(self, tok: Token, pos: int, prev: str | None) -> str | None:
        """The entity a subject "qui" stands for: its antecedent's, else the person named just before it."""
        antecedent = tok.head.head
        if tok.head.morph.get("Number") == ["Plur"] and antecedent.morph.get("Number") == ["Sing"]:
            # "les bénévoles du collectif de quartier qui précisent": a plural noun just before, in the same
            # phrase, is the antecedent (not a sloppy "alarment l'Autorité de la concurrence qui jugent").
            for t in reversed(self.doc[max(0, antecedent.i - 6) : antecedent.i]):
                if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                    break
                if t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"]:
                    return None
        found = self.resolve(antecedent, pos, prev) if antecedent.i != tok.head.i else None
        if found is None and antecedent.i == tok.i - 1 and antecedent.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in {"un", "une", "des", "plusieurs", "quelques"} for c in antecedent.children):
            return None  # "accueilli par des manifestants qui scandaient « … »": unnamed, not the person before
        return found or self._person_before_relative(tok)

    def _personal_pronoun(self, tok: Token, low: str, pos: int, prev: str | None) -> tuple[str | None, bool]:
        """(the entity, True) for a subject pronoun ("il", "elle", "ils"; "celui" only before "qui"/"dont"), else
        (None, False): the word is no such pronoun here."""
        if self.lex.kind("plural_pronoun", low):
            return self._plural_antecedent(min(pos, tok.idx)), True
        pron = self.lex.kind("pronoun", low)
        if pron.get("next") and (tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ not in pron["next"]):  # type: ignore[union-attr]
            return None, False
        # "Il a ajouté, aux côtés de son homologue X : « … »": the people named before the pronoun, not X.
        return self.pronoun(pron["gender"], min(pos, tok.idx), prev), True  # type: ignore[index]

    def _feminine_role(self, tok: Token) -> str | None:
        """"F" for a role noun in its feminine form, its masculine one a role too ("élue", "avocate", "adjointe"); the
        tagger's gender is no guide for nouns of both genders ("l'écologiste")."""
        low = tok.lower_
        return "F" if low.endswith("e") and low[:-1] in self.lex.role_heads else None

    def _body_of(self, tok: Token) -> str | None:
        """"le commissariat aux réfugiés de l'Union africaine": a body of a named organization speaks for it
        (the organization a "de" complement of the noun names, within its noun phrase)."""
        for t in tok.subtree:
            m = self.mention(t)
            if m is not None and m.label == "ORG" and t.i > tok.i and any(
                    c.dep_ == "case" and c.lower_ in _OF for c in t.children):
                return m.entity
        return None

    def _organization_in_marks(self, tok: Token) -> str | None:
        """"le collectif « En route »", "l'association "Les Amis du parc"": an organization whose name stands in quotation
        marks right after the common noun it is introduced with (a name in marks is no mention of self.mentions, which
        leave quotations out, so org_anchor misses it)."""
        if not tok.is_lower or tok.pos_ != "NOUN" or tok.i + 1 >= len(self.doc) or not self.doc[tok.i + 1].is_quote:
            return None
        mark = self.doc[tok.i + 1]
        for e in self.doc._.entities or []:
            if e["label"] == "ORG" and any(0 < m["start"] - mark.idx <= 2 for m in e["mentions"]):
                return e["id"]
        return None

    def _members_of(self, tok: Token) -> str | None:
        """"les analystes d'Orbis", "les économistes de l'Insee": the staff who write an institution's studies speak for
        it as a body does (quote_words kind "org_members"), in the plural and with "les" only (one researcher is a
        person; "les salariés de X" are not X's voice: no such row)."""
        if not self.lex.kind("org_members", tok.text) or "Plur" not in tok.morph.get("Number"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "les" for c in tok.children):
            return None
        return self._body_of(tok)

    def _age_apposition(self, tok: Token) -> str | None:
        """"X, 48 ans, confie …": the parser may take the age for the subject; the person named right before it."""
        if tok.lower_ not in {"ans", "an"} or not any(c.dep_ == "nummod" for c in tok.children):
            return None
        i = tok.left_edge.i
        if i < 2 or self.doc[i - 1].text != ",":
            return None
        m = self.mention(self.doc[i - 2])
        return m.entity if m is not None and m.label == "PER" else None

    def _named_in_np(self, tok: Token) -> str | None:
        """"la maire de Rennes, Nathalie Appéré", "le porte-parole du gouvernement Benjamin Griveaux": a person
        named in the noun phrase, not after "de" ("l'avocat de X" is not X)."""
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON", "NUM"} or self.lex.kind("pronoun", tok.text):
            return None
        if self.lex.kind("wording", tok.text) and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ in _OF:
            return None  # "les propos du ministre X ont indigné Y": the words, not X, are the subject ("un propos
            # repris par X, qui …" still names X)
        if self.lex.kind("via", tok.text):
            for c in tok.subtree:
                m = self.mention(c)
                if m and m.label in {"ORG", "PER"} and c.i > tok.i:
                    return m.entity
        subtree = {t.i for t in tok.subtree}
        right = max(subtree)
        end = right + 1
        while end < len(self.doc) and self.doc[end].text in {","}:
            end += 1
        for t in self.doc[tok.i + 1 : min(len(self.doc), end + 1)]:
            if t.text == "," and t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ in {"ADJ", "VERB"}:
                return None  # "une élue, venue avec son adjointe, X": X is the adjointe
            m = self.mention(t)
            if m and m.label == "PER":
                prev = self.doc[t.i - 1].text.lower()
                if self.lex.kind("carrier", prev):
                    return None
                return m.entity
            if t.i in subtree and t.is_quote and t.head.i == tok.i:
                continue  # "le « gilet jaune » X": the marks around a label inside the noun phrase
            participle = t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and t.head.i in subtree
            # "L'ancien député et fondateur de X, Y": a role noun the tagger took for a verb is still the phrase's.
            role = t.dep_ == "conj" and t.i in subtree and self.is_role(t)
            if t.text in {".", ";", ":", "«", "»", '"'} or (t.pos_ in {"VERB", "AUX"} and not participle and not role):
                return None
        return None

    def _person_before_relative(self, qui: Token) -> str | None:
        """"…, comme X, l'une des animatrices du collectif à Vesoul (Haute-Saône), qui se dit …": the parse hung the relative
        clause elsewhere; the person named just before it in the sentence, unless a quotation stands between."""
        start = max(qui.sent.start, qui.i - 15)
        for t in reversed(self.doc[start : qui.i]):
            if t.is_quote:
                return None
            m = self.mention(t)
            if m is not None and m.label == "PER":
                return m.entity
        return None

    def pronoun(self, gender: str | None, pos: int, prev: str | None, last_only: bool = False) -> str | None:
        """The last person named before `pos` whose gender fits, preferring names that are not inside a
        prepositional phrase ("après l'élection d'Emmanuel Macron"); the previous speaker when nobody else
        was named since. An organization that was a subject counts too ("l'association … », insiste-t-elle")."""
        # "a dit Marie Dupuis (CRCE)": a party or group in parentheses is the person's label, never the "elle".
        cands = [m for m in self.mentions if m.end <= pos and (m.label == "PER" or (
            m.label == "ORG" and self._is_subject(m) and self.text[max(0, m.start - 1) : m.start] != "("))]
        fits = [m for m in cands if gender is None or self._mention_gender(m) in {None, gender}]
        if not fits:
            holder = None if last_only else self._role_antecedent(gender, pos)
            if holder is not None:
                return holder
            return prev if prev and not last_only and self.labels.get(prev) == "ORG" else None
        if last_only:
            return fits[-1].entity
        found = self._pronoun_by_recency(gender, pos, prev, fits)
        return self._pronoun_by_chain(gender, pos, prev, found)

    def _role_antecedent(self, gender: str | None, pos: int) -> str | None:
        """"La confession du président de la République a surpris. « … », a-t-il admis": nobody named yet, the pronoun points
        to the office the sentence before spoke of; its one holder in the article (named later) is the speaker."""
        for t in reversed(self.tokens(self._previous_sentence_start(pos), pos)):
            if t.pos_ != "NOUN" or self.in_quote(t.idx) or not self.is_role(t):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            # ("du président": the article is fused with the preposition)
            definite = det.lower_ in {"le", "la", "l'", "l’"} if det is not None else (
                t.i > 0 and t.nbor(-1).lower_ in {"du", "au"})
            if not definite or not any(c.dep_ == "nmod" and c.i > t.i for c in t.children):
                return None  # the last role noun is no definite office ("un député", "le député"): unknown
            phrase = self.doc[t.i : max(x.i for x in t.subtree) + 1].text.lower()
            return self._sole_holder(phrase, gender)
        return None

    def _pronoun_by_recency(self, gender: str | None, pos: int, prev: str | None, fits: list[Mention]) -> str | None:
        """The last fitting person named, weighed by salience (the body of pronoun(), before the subject chain)."""
        if self._unnamed_subject(max(fits[-1].end, self._previous_sentence_start(pos)), pos, gender):
            return None  # "Un internaute se dit convaincu … « … », explique-t-il": the unnamed one, not someone named before
        if self._unnamed_role_subject(fits[-1], pos, gender):
            return None  # "Le ministre italien s'est dit prêt à rencontrer X. « … », a-t-il dit": the minister, unnamed
        if prev and fits[-1].entity == prev:
            return prev
        # People named since the previous quotation only inside prepositional phrases do not take over from its speaker
        # ("les relations entre l'Etat et la Sécu"), unless the phrase opens the sentence ("Pour Laura, …", "Quant à X").
        since = [m for m in fits if m.start >= self.prev_end and m.entity != prev
                 and (not self._oblique(m) or self._opens_its_sentence(m))]
        prev_fits = prev is not None and (gender is None or self.gender.get(prev) in {None, gender})
        if prev and prev_fits and not since:
            return prev  # "…», révèle le parquet. « … », souligne-t-il: nobody else named since
        sent = self._sent_of(fits[-1].start)
        recent = [m for m in fits if sent is not None and m.start >= sent.start_char]
        salient = [m for m in recent if not self._oblique(m)]
        if not salient and recent and prev is None:
            # "…, a dit l'accusé, en réponse aux questions de Me X. « … », a-t-il ajouté": a name the last sentence
            # only gives inside a prepositional phrase does not outrank the last person named as a subject.
            salient = [m for m in fits if not self._oblique(m) and self._is_subject(m)]
        # "X a encensé Y. « … », l'a-t-il complimenté": the subject of that sentence, not its object.
        subjects = [m for m in salient if m.label == "PER" and (self._is_subject(m) or self._titled_subject(m)
                                                                or self._opens_paragraph_as_subject(m))]
        return (subjects or salient or recent or fits)[-1].entity

    def _previous_sentence_start(self, pos: int) -> int:
        """The start of the sentence before the one at `pos` (a lone opening mark the parser cut off does not count)."""
        sent = self._sent_of(pos)
        if sent is None:
            return pos
        for _ in range(3):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            if not all(t.is_punct for t in sent):
                break
        return sent.start_char

    def _unnamed_subject(self, start: int, pos: int, gender: str | None) -> bool:
        """A person no name is given for ("un internaute", "une autre", "un policier") is the subject of a verb
        between `start` and `pos`, outside quotations: a pronoun after it points to that person."""
        if start >= pos:
            return False
        for t in self.tokens(start, pos):
            # (a verbless ROOT too: "Un policier barre l'entrée" may be parsed with "barre" as an adjective)
            subject = t.dep_.startswith("nsubj") or (t.dep_ == "ROOT" and t.pos_ == "NOUN")
            if not subject or t.pos_ not in {"NOUN", "ADJ", "PRON"} or self.in_quote(t.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in t.children) and t.lower_ not in {"un", "une"}:
                continue
            if self.mention(t) is not None or self._named_in_np(t) is not None:
                continue
            # "Patrick, un militant LO, regarde …": the role of a person just named, not someone unnamed.
            left = t.left_edge.i
            named = any(self.mention(x) is not None for x in t.subtree) or (
                left > 1 and self.doc[left - 1].text == "," and self.mention(self.doc[left - 2]) is not None)
            if named:
                continue
            person = self.is_role(t) or self.lex.kind("person_noun", t.text) or self.lex.kind("someone", t.text) or (
                t.lower_ in {"un", "une"} and any(c.lower_ == "autre" for c in t.children))
            # The determiner shows the gender better than the noun ("un internaute" may be tagged feminine).
            det = next((c for c in t.children if c.dep_ == "det"), t)
            g = det.morph.get("Gender") or t.morph.get("Gender")
            if person and (gender is None or not g or {"Masc": "M", "Fem": "F"}.get(g[0]) == gender):
                return True
        return False

    def _unnamed_role_subject(self, last: Mention, pos: int, gender: str | None) -> bool:
        """"La ministre belge du Budget a promis de recevoir la présidente X. « … », a-t-elle dit": the last
        person named before the pronoun is only an object of a sentence whose subject is a definite role noun no one
        named in the article holds (no name beside it): the pronoun points to that unnamed holder, not to X."""
        if gender is None or last.label != "PER":
            return False
        sent = self._sent_of(last.start)
        if sent is None or (sent.end_char < pos and self.text[sent.end_char : pos].count(".") > 1):
            return False  # only the sentence right before the quotation
        subjects = [t for t in self.tokens(sent.start_char, last.start) if t.dep_.startswith("nsubj") and t.pos_ == "NOUN"]
        if not subjects or self._is_subject(last) or self._titled_subject(last):
            return False
        for t in subjects:
            if self.in_quote(t.idx) or not self.is_role(t):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            # (a demonstrative, "cette ingénieure", describes anew someone already named)
            row = self.lex.kind("definite", det.text) if det is not None and det.lower_ in {"le", "la", "l'", "l’"} else None
            if row is None or row["gender"] not in {None, gender} or self.mention(t) or self._named_in_np(t) is not None:
                continue
            if self.role_noun(t, gender, pos) is None:
                return True
        return False

    def last_source(self, pos: int, prev: str | None) -> str | None:
        """"selon la même source": the person or organization that last spoke before `pos`: the subject of the last
        speech verb outside quotations ("a indiqué la gendarmerie") or the one a source word names ("…, selon la
        préfecture. … « … », selon la même source"), or the previous quotation's speaker if later."""
        start = max(0, self.prev_end - 1)
        for t in reversed(self.tokens(start, pos)):
            cue = self.lex.kind("source", t.text) or (t.lower_ in {"d'", "d’"} and t.i + 1 < len(self.doc)
                                                      and self.doc[t.i + 1].lower_ == "après")
            np = self._np_after(t) if cue and not self.in_quote(t.idx) else None
            m = self.mention(np) if np is not None else None
            if m is not None and m.label in {"PER", "ORG"}:
                return m.entity
            if t.text.lower() not in self.lex.verbs or t.pos_ not in {"VERB", "AUX"} or self.in_quote(t.idx):
                continue
            for c in t.children:
                m = self.mention(c)
                if c.dep_ in _SUBJECT_DEPS and m is not None and m.label in {"PER", "ORG"} and not _has_case(c):
                    return m.entity
        return prev

    def last_subject_org(self, pos: int, since: int = 0) -> str | None:
        """"souligne l'organisation": the last organization between `since` and `pos` that was the subject of a verb (not
        one a preposition introduces: "Célia Gautier, de la Fondation X" does not make X the one speaking)."""
        orgs = [m for m in self.mentions if since <= m.start and m.end <= pos and m.label == "ORG"
                and (self._is_subject(m) or self._inverted_speaker(m))]
        return orgs[-1].entity if orgs else None

    def _plural_antecedent(self, pos: int) -> str | None:
        """"ils"/"elles": the organization that was the last subject before `pos` in this paragraph, unless a noun was a
        subject after it (unnamed people, or something else: nobody)."""
        since = self.text.rfind("\n", 0, pos) + 1
        org = next((m for m in reversed(self.mentions) if since <= m.start and m.end <= pos and m.label == "ORG"
                    and self._is_subject(m)), None)
        if org is None:
            return None
        head = self._anchor_noun(org) or self._head_of(org)
        if head is None or "Plur" in head.morph.get("Number") or head.dep_ == "conj" or any(
                c.dep_ == "conj" for c in head.children) or any(
                c.dep_.startswith("nsubj") and c.i != head.i and not org.start <= c.idx < org.end
                and self.text[c.idx + len(c.text) : org.start].strip(_SPACES) != ""  # ("le mouvement X": its noun)
                for c in head.head.children):
            return None  # "Les syndicats CGT et FO …", "La CGT et FO …": several organizations, not one
        after = self.tokens(org.end, pos)
        if any(t.dep_.startswith("nsubj") and t.pos_ in {"NOUN", "PROPN"} and not self.in_quote(t.idx)
               and self.mention(t) is None for t in after):
            return None  # another subject since: "Les cheminots sont en colère", "l'édition du Monde publiait …"
        return org.entity

    def _inverted_speaker(self, m: Mention) -> bool:
        """", avance le SCRS dans un rapport": the organization right after a speech verb, which the parser often hangs
        as its object, is the one speaking."""
        root = self._anchor_noun(m) or self._head_of(m)
        verb = root.head if root is not None else None
        return root is not None and verb is not None and verb.i < root.i <= verb.i + 3 and verb.pos_ == "VERB" \
            and verb.text.lower() in self.lex.verbs and not any(c.dep_.startswith("nsubj") for c in verb.children)

    def _previous_paragraph(self, pos: int) -> int:
        """Where the paragraph before the one holding `pos` starts (0 in the first two)."""
        start = self.text.rfind("\n", 0, pos)
        while start > 0 and self.text[start - 1] == "\n":
            start -= 1  # (blank lines between paragraphs)
        return self.text.rfind("\n", 0, start) + 1 if start > 0 else 0

    def _opens_its_sentence(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        # "Expert en sécurité, X, …" at a paragraph's start opens it, even when the parser glued it to the one before.
        lead = self.text[self.text.rfind("\n", 0, m.start) + 1 : m.start].strip(_SPACES)
        # ("Pour X, …" opening its paragraph: the parser may glue a subheading before it into one sentence)
        opener = not lead or lead.endswith(",") or (
            len(lead.split()) == 1 and (self.lex.kind("opinion", lead) or self.lex.kind("source", lead)) is not None)
        fronted = len(lead.split()) <= 4 and opener
        return span is not None and (span.start - span.sent.start <= 3 or fronted)

    def _opens_paragraph_as_subject(self, m: Mention) -> bool:
        """"M. X, qui a dû … après la proposition de Y, a donné …" at a paragraph's start: the parser may glue the
        paragraph to the sentence before and hang X there as an object; a name that opens its paragraph (after a
        title at most) and goes on with ", qui" or a verb is the subject of the paragraph's first clause."""
        para = self.text.rfind("\n", 0, m.start) + 1
        lead = self.text[para : m.start].strip(_SPACES)
        if lead and not (len(lead.split()) == 1 and self.lex.kind("title", lead)):
            return False  # (a cheap test first: something other than "M."/"Mme" before the name)
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(self.doc):
            return False
        nxt, after = self.doc[span.end], self.doc[span.end + 1]
        return (nxt.text == "," and after.lower_ == "qui") or (nxt.pos_ in {"VERB", "AUX"} and not self.in_quote(nxt.idx))

    def _mention_gender(self, m: Mention) -> str | None:
        if m.label == "PER":
            return self.gender.get(m.entity)
        root = self._head_of(m)  # "l'association X": the gender of the noun the name stands beside
        noun = root.head if root is not None and root.dep_ in {"appos", "nmod", "flat:name"} else root
        noun = self._anchor_noun(m) or noun
        g = noun.morph.get("Gender") if noun is not None else []
        return {"Fem": "F", "Masc": "M"}.get(g[0]) if g else None

    def _head_of(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _oblique(self, m: Mention) -> bool:
        root = self._head_of(m)
        if root is None or self._given_the_floor(root):
            return False
        i = min(root.i, self.doc.char_span(m.start, m.end, alignment_mode="expand").start)  # type: ignore[union-attr]
        while i > 0 and self.lex.kind("title", self.doc[i - 1].text):
            i -= 1  # "aux questions de Me X": the word before the title
        before = self.doc[i - 1] if i > 0 else None
        if before is not None and _introduces_source(before, self.lex):
            return False  # "selon X", "d'après X": X spoke; the preposition gives the source, not a mere complement
        head = root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "entre l'Etat et la Sécu": the preposition of the first conjunct
        return _has_case(head) or (before is not None and self.lex.kind("carrier", before.text) is not None
                                   and before.idx + len(before) <= m.start)

    def _given_the_floor(self, root: Token) -> bool:
        """"X cède le micro à Y", "passe la parole à Y": Y takes the floor, and speaks next as a subject would."""
        if not any(c.dep_ == "case" and c.lower_ in {"à", "au"} for c in root.children):
            return False
        gov = root.head
        if self.lex.kind("floor", gov.text):
            return True  # the parser hung "à Y" on the noun
        return gov.pos_ == "VERB" and any(c.dep_ == "obj" and self.lex.kind("floor", c.text) for c in gov.children)

    def _is_subject(self, m: Mention) -> bool:
        anchor = self._anchor_noun(m)
        if anchor is not None and self.is_role(anchor):
            return False  # "Patrick, un militant Lutte ouvrière": a person's affiliation, the person is the subject
        root = anchor or self._head_of(m)
        if root is not None and root.dep_ in {"appos", "flat:name"}:
            root = root.head
        return root is not None and root.dep_.startswith("nsubj")

    def _titled_subject(self, m: Mention) -> bool:
        """"Le maire Jean Dufour a reçu …": a name behind the role noun that is the subject; one given the floor."""
        anchor = self._anchor_noun(m)
        root = self._head_of(m)
        # "X cède le micro à Y": Y speaks next, as a subject would.
        return (anchor is not None and anchor.dep_.startswith("nsubj")) or (
            root is not None and self._given_the_floor(root))

    def role_noun(self, tok: Token, gender: str | None, pos: int) -> str | None:
        """"le ministre", "la syndicaliste": the last person before `pos` given that role; "le parquet":
        an organization whose name starts with that noun."""
        head = tok.text.lower()
        # "le magistrat" also names a procureur or a juge (quote_words.jsonl, kind "role_class").
        row = self.lex.kind("role_class", head) or {}
        heads = [head, *row.get("covers", [])]
        # "bare" rows ("l'écrivain" for a romancier) take up only someone named near, alone of the noun's gender,
        # and only as a bare noun: "le patron de la police" is no PDG (_covered_person).
        bare = bool(row.get("bare"))
        # "le ministre de l'Intérieur": only someone whose role is that one (or a bare "ministre"), not the
        # ministre de l'Économie.
        phrase = self.doc[tok.i : max(t.i for t in tok.subtree) + 1].text.lower() if any(
            c.dep_ == "nmod" and c.i > tok.i for c in tok.children) else None
        qualified = self._qualified_role(tok)
        seat = self._seat_title(phrase) if phrase else None
        if seat is not None:
            # "le locataire de Beauvau": the one given that office, before anyone given another ministry
            holder = self._equivalent_holder(phrase or "", gender)
            if holder is not None:
                return holder
        covered: list[Mention] = []  # the people whose role the noun only covers ("le diplomate": a consul)
        for m in reversed(self.persons_before(pos)):
            if gender and self.gender.get(m.entity) not in {None, gender}:
                continue
            roles = self.roles.get(m.entity, [])
            if seat is not None:  # "le locataire de Matignon" is no "ancien Premier ministre"
                roles = [r for r in roles if r.lower().replace("-", " ").split(" ", 1)[0] not in _FORMER]
            if phrase and not any(compatible_roles(phrase, r) for r in roles):
                continue
            if qualified and not any(r.startswith(qualified) for r in roles):
                continue
            words = [w for r in roles for w in _role_words(r)]
            if any(_same_role(head, w) for w in words):
                return m.entity  # (for a "bare" row, before anyone the noun only covers)
            if any(_same_role(h, w) for h in heads[1:] for w in words):
                if not bare:
                    return m.entity  # "le chef de l'État serbe": the président serbe named last
                covered.append(m)
        found = self._covered_person(tok, gender, covered)
        if found is not None:
            return found
        holder = (self._sole_holder(phrase, gender) or self._equivalent_holder(phrase, gender)) if phrase else None
        if holder is not None:
            return holder
        for start, noun, ent_id in reversed(self.org_nouns):
            if start < pos and noun == head:
                return ent_id
        for ent_id, name in self.names.items():
            if self.labels[ent_id] == "ORG" and name.lower().split()[0] == head:
                return ent_id
        return None

    def _covered_person(self, tok: Token, gender: str | None, covered: list[Mention]) -> str | None:
        """"Le romancier X … « … », précise l'écrivain": the one person, named in this paragraph or the one before, whose
        role the general noun covers (quote_words.jsonl, kind "role_class"), of the noun's gender. Not when the noun has
        words of its own ("l'écrivain public", "le patron de la police"), two people fit ("le romancier X et
        l'essayiste Y"), or the same noun brought someone in unnamed since ("un diplomate européen")."""
        if not covered or any(c.dep_ not in {"det", "case", "punct"} for c in tok.children):
            return None
        low = tok.lower_
        forms = self.lex.words.get("role_class", {})
        if gender is None and any(f != low and _role_base(f) == _role_base(low) for f in forms):
            gender = "F" if _role_base(low) != low else "M"  # "l'agricultrice", "l'écrivain": the noun's own form
        fits = [m for m in covered if gender is None or self.gender.get(m.entity) in {None, gender}]
        if len({m.entity for m in fits}) != 1 or fits[0].start < self._paragraph_before(tok.idx):
            return None
        return None if self._introduced_unnamed(tok, fits[0].start) else fits[0].entity

    def _paragraph_before(self, pos: int) -> int:
        """Where the paragraph before the one holding `pos` starts (past blank lines)."""
        para = len(self.text[: self.text.rfind("\n", 0, pos) + 1].rstrip())
        return self.text.rfind("\n", 0, para) + 1

    def _sole_holder(self, phrase: str, gender: str | None) -> str | None:
        """"Le ministre de l'Intérieur avait qualifié … de « … »" when the minister was named only inside a quotation
        or further on: the one person of the article given that office (a role with its complement), if only one."""
        office = _complement_words(phrase)
        found = {e for e, roles in self.roles.items() if self.labels.get(e) == "PER"
                 and (not gender or self.gender.get(e) in {None, gender})
                 and any(office & _complement_words(r) and len(_role_words(r)) == len(_role_words(phrase))
                         and all(map(_same_role, _role_words(r), _role_words(phrase))) for r in roles)}
        return found.pop() if len(found) == 1 else None

    def _seat_title(self, phrase: str) -> dict[str, Any] | None:
        """The seat_title row (quote_words.jsonl) a role phrase opens with ("locataire de matignon à l'issue …")."""
        phrase = phrase.replace("’", "'")
        seats = self.lex.words.get("seat_title", {})
        return next((r for f, r in seats.items() if phrase == f or phrase.startswith(f + " ")), None)

    def _equivalent_holder(self, phrase: str, gender: str | None) -> str | None:
        """"Le locataire de Matignon" for the Premier ministre, "le patron de la centrale" (or "de la CGT") for the
        secrétaire général of the CGT: another title of the same office (quote_words.jsonl kinds seat_title,
        head_noun, org_head, generic_org), when exactly one person of the article holds it; a past holder ("ancien
        Premier ministre") or another organization's head does not."""
        seat = self._seat_title(phrase)
        if seat is not None:
            offices = seat["offices"]

            def fits(role: str) -> bool:
                return any(role == o or role.startswith(o + " ") for o in offices)
        elif self.lex.kind("head_noun", " ".join(_role_words(phrase))):
            # "de la centrale", "du groupe pétrolier": any organization; "de la CGT": the one its head was given
            head = _complement_head(phrase)
            generic = head is not None and self.lex.kind("generic_org", head) is not None
            office = _complement_words(phrase)

            def fits(role: str) -> bool:
                heads = self.lex.kind("org_head", " ".join(_role_words(role))) is not None
                return heads and bool(generic or office & _complement_words(role))
        else:
            return None
        found = {e for e, roles in self.roles.items() if self.labels.get(e) == "PER"
                 and (not gender or self.gender.get(e) in {None, gender})
                 and any(fits(r.lower().replace("’", "'")) for r in roles)}
        return found.pop() if len(found) == 1 else None

    def _qualified_role(self, tok: Token) -> str | None:
        """"le premier ministre": a role of its own, not any ministre."""
        before = self.doc[tok.i - 1] if tok.i > 0 else None
        qualified = f"{before.lower_} {tok.lower_}" if before is not None and before.head.i == tok.i else None
        return qualified if qualified in self.lex.role_phrases else None

    def is_role(self, tok: Token) -> bool:
        """"le député", "la dirigeante", "le magistrat": a noun that names a person by a role ("le texte": no)."""
        low = tok.text.lower()
        return _role_base(low) in self.lex.role_bases or self.lex.kind("role_class", low) is not None

    def role_or_previous(self, tok: Token, gender: str | None, pos: int, prev: str | None, prev_end: int) -> str | None:
        """"ajoute le policier" right after a quote of someone no role was given for: that previous speaker,
        when nobody else was named since."""
        found = self.role_noun(tok, gender, pos)
        if self.lex.kind("story_role", tok.text):
            # "Le suspect « a menacé … »" after the prosecutor spoke: the one the story is about, unnamed; never the
            # previous speaker, nor one who speaks about him (a "suspect" the people step gave the procureur too).
            return None if found is None or self._speaks_about_others(found) else found
        if found or any(noun == tok.text.lower() for _s, noun, _e in self.org_nouns):
            return found
        found = self._previous_in_role(tok, gender, pos, prev, prev_end)
        return found if found is not None else self._sole_of_gender(tok, gender, pos)

    def _speaks_about_others(self, ent: str) -> bool:
        """A person given a role whose holder speaks about someone else in the story (a procureur, a policier)."""
        return any(self.lex.kind("third_party_role", _role_words(r)[0]) for r in self.roles.get(ent, []) if _role_words(r))

    def _sole_of_gender(self, tok: Token, gender: str | None, pos: int) -> str | None:
        """"Sophie Binet a pris la parole. « … », a lancé la syndicaliste": a role the text never gave anyone takes up
        the one person of the article of that gender, given no role, named in this paragraph or the one before (last
        not as a passive subject nor after a preposition); with two women, or a man whose gender is unknown, or "une
        syndicaliste" introduced unnamed, nobody."""
        if any(c.dep_ == "det" and (c.morph.get("Poss") == ["Yes"] or c.morph.get("PronType") == ["Dem"])
               for c in tok.children):
            return None  # "notre éditorialiste": the paper's own staff; "cette avocate": read as a pronoun elsewhere
        if gender is None and tok.morph.get("Gender") in (["Masc"], ["Fem"]):
            gender = "M" if tok.morph.get("Gender") == ["Masc"] else "F"  # "l'avocate": the noun shows it
        if gender is None or tok.pos_ != "NOUN" or not self.is_role(tok) or None in self.gender.values() or any(
                c.dep_ == "nmod" for c in tok.children):
            return None  # "l'avocat de la famille": a new description, someone else
        same = [e for e, g in self.gender.items() if g == gender]
        near = self._paragraph_before(tok.idx)
        if len(same) != 1 or self.roles.get(same[0]) or self.lex.kind("third_party_role", tok.lower_):
            return None  # "a précisé le commissaire": a role that speaks about someone else (quote_words.jsonl)
        # (named before the role noun: "Le maire a reçu X lundi, puis a déclaré : « … »" is not X)
        last = [m for m in self.persons_before(min(pos, tok.idx)) if m.entity == same[0] and m.start >= near]
        head = self._head_of(last[-1]) if last else None
        if head is None or head.dep_ == "nsubj:pass" or self._oblique(last[-1]):
            return None  # "Kevin X a été interpellé": the one the story happens to does not take the role
        return None if self._introduced_unnamed(tok, 0) else same[0]

    def _previous_in_role(self, tok: Token, gender: str | None, pos: int, prev: str | None,
                          prev_end: int) -> str | None:
        """The previous speaker, given no role, taken up by a role noun when nobody else was named since."""
        nominal = tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children))
        if not prev or self.labels.get(prev) != "PER" or not nominal or not self.is_role(tok):
            return None  # ("la scientifique": an adjective its article makes a noun)
        # "a évoqué le ministre de l'Intérieur" after a porte-parole spoke: a role the previous speaker does not
        # have, and someone else in the article has, is someone else's ("l'homme fort d'Anvers" is no role).
        def has(ent: str) -> bool:
            return any(_same_role(tok.text.lower(), r.split()[0]) for r in self.roles.get(ent, []) if r.split())

        if self.roles.get(prev) and not has(prev) and any(has(e) for e in self.roles if e != prev):
            return None
        qualified = self._qualified_role(tok)
        if qualified and self.roles.get(prev) and not any(r.startswith(qualified) for r in self.roles[prev]):
            return None  # "Le premier ministre" after the ministre de l'Économie spoke: someone else
        if gender and self.gender.get(prev) not in {None, gender}:
            return None
        others = [m for m in self.mentions if prev_end <= m.start < pos and m.label == "PER" and m.entity != prev]
        return None if others or self._introduced_unnamed(tok, prev_end) else prev

    def _introduced_unnamed(self, tok: Token, start: int, subject: bool = False) -> bool:
        """"Une infirmière du CHU a été agressée. … L'infirmière explique …": the same noun with "un"/"une" since `start`
        introduced someone no name is given for; the definite noun takes that person up, not the previous speaker.
        subject: only as the subject of a verb ("Un homme s'est retranché"; "C'est une jeune femme …" describes one
        named next)."""
        return any(t.lower_ == tok.lower_ and t.i != tok.i and not self.in_quote(t.idx) and self.mention(t) is None
                   and (not subject or t.dep_.startswith("nsubj"))
                   and any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in t.children)
                   and self._named_in_np(t) is None for t in self.tokens(start, tok.idx))
