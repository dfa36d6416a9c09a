"""A title with no name that stands for the person named last ("Martine Vidal a pris la parole. «...», affirme la
sénatrice du Gers"), within a few sentences, when gender, party and office fit."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc

from ...extensions import doc_text
from .appositions import _COMPLEMENT_END, _SOURCE_BEFORE, _name_follows, _tidy
from .offices import _in_office
from .patterns import PARTY_LABEL, RolePatterns, _fold, _gender_clash, _head, _inside_quote, _same_head, compatible_roles
from .text_roles import _party_clash, _someone_else

_INVERTED_SPEECH = re.compile(r"[»\"”]\s*,\s*(?:a\s+|avait\s+)?(?P<verb>[\w’'-]+)(?:-t-(?:il|elle))?\s+$")
# "« Nous sommes cent, explique la députée socialiste. Nous … »": an incise set inside the quotation marks is the
# writer's words, not the speaker's: a comma, one verb, the title, then a comma or a full stop.
_INSIDE_INCISE = re.compile(r",\s*(?P<verb>[\w’'-]+)\s+$")  # (one word: a compound tense is a list of deeds)
_INCISE_END = re.compile(r"\s*[,.]")
_DEMONSTRATIVE = frozenset({"ce", "cet", "cette"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_RECENT_SENTENCES = 3  # how far back the person named last may be


def _title_stands_alone(text: str, m: re.Match[str], starts: list[int], ends: dict[int, int]) -> bool:
    """No name at the title (an apposition, read at the name) nor inside it, but as its complement
    ("l'ancienne ministre de Nicolas Sarkozy")."""
    if _name_follows(text, m.end(), frozenset(starts)):
        return False
    rest = text[m.end() : m.end() + 3]
    if m.end() + len(rest) - len(rest.lstrip(" ,")) in ends:
        return False
    lo, hi = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
    return all(_COMPLEMENT_END.search(text[m.start() : s]) and ends[s] >= m.end() - 1 for s in starts[lo:hi])


def _fits(role: str, who: str, attrs: dict[str, dict[str, Any]], holder_titles: dict[str, set[str]]) -> bool:
    """The title may be `who`'s: nobody else holds it, it does not clash with `who`'s own titles
    ("ministre de l'Économie"), and `who` holds no office of the table at the time (Emmanuel Macron is not "le
    président du Sénégal")."""
    head = _head(role)
    if any(ent != who and " " in r and _same_head(head, _head(r)) and compatible_roles(role, r)
           for ent, a in attrs.items() for r in a["roles"]):
        return False  # a bare "député" of someone else says nothing of who "le député de Gouin" is
    known = attrs[who]["roles"]
    if any(r.lower() == role.lower() or r.lower().startswith(role.lower() + " ") for r in known):
        return False
    if not all(compatible_roles(role, r) for r in known if _same_head(head, _head(r))):
        return False
    return not holder_titles.get(who)  # a title of someone in office is office_roles' to read, from the table


def person_genders(people: list[dict[str, Any]], genders: dict[str, str]) -> dict[str, str | None]:
    """Each person's usual gender from the first name ("Jean-Luc" as "Jean"), None when unknown."""
    return {e["id"]: genders.get(_fold(e["name"].split()[0]).split("-")[0]) for e in people}


def _candidate(text: str, last: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The person named last before a title, past names that are only complements ("François Bayrou, allié
    d'Emmanuel Macron. Le président du Modem ...": Bayrou)."""
    for start, end, ent in reversed(last):
        if _inside_quote(text, start):
            return None  # a name in someone's words ("Et Conte a saisi là ...», juge l'analyste")
        if not _COMPLEMENT_END.search(text[max(0, start - 4) : start]):
            return start, end, ent
    return None


def recent_roles(doc: Doc, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]], rp: RolePatterns,
                 offices: dict[str, list[dict[str, Any]]], gender: dict[str, str | None], first_names: Collection[str],
                 sent_starts: list[int], office_heads: Collection[str] = frozenset(),
                 held: Collection[str] = frozenset()) -> None:
    """"Martine Vidal a pris la parole. «...», affirme la sénatrice du Gers": a title with no name that stands for
    a person (the subject of its clause, after a speech verb, or with a demonstrative) is the person named last
    before it, a few sentences back at most (the previous one when they hold another title or the title is bare:
    "l'élu", "le centriste"), when the title's gender fits the first name's; never inside a quotation, nor
    coordinated ("X et le correspondant du ..."), nor a bare office title ("le président")."""
    text = doc_text(doc)
    mentions = sorted((m["start"], m["end"], e["id"]) for e in people for m in e["mentions"])
    if not mentions:
        return
    starts = [s for s, _e, _i in mentions]
    first_seen: dict[str, int] = {}
    for s, _e, i in mentions:
        first_seen.setdefault(i, s)
    ends = {s: e for s, e, _i in mentions}
    published = doc._.published
    holder_titles = {ent: {_fold(_head(t)) for h in hs if _in_office(h, published, False) for t in h["titles"]}
                     for ent, hs in offices.items()}
    last: list[tuple[int, int, str]] = []  # mentions and resolved titles before the current title
    pending = iter(mentions)
    nxt = next(pending, None)
    for m in rp.anaphor.finditer(text):
        while nxt is not None and nxt[1] <= m.start():
            last.append(nxt)
            nxt = next(pending, None)
        found = _recent_title(doc, text, m, starts, ends, first_names)
        who = _candidate(text, last) if found else None
        if found is None or who is None:
            continue
        (role, by_subject), (start, end, ent) = found, who
        first = bisect.bisect_right(sent_starts, end)
        told = sent_starts[first : bisect.bisect_right(sent_starts, m.start())]
        since = sent_starts[first - 1] if first else 0
        if any(since <= s < m.start() and i != ent and not _COMPLEMENT_END.search(text[max(0, s - 4) : s])
               for s, _e, i in last):
            continue  # "Marc Leroy a croisé Anne Berthier. La présidente ...": either of them
        other_head = any(not _same_head(_head(role), _head(r)) for r in attrs[ent]["roles"])
        if other_head and _head(role) in rp.anonymous:
            continue  # "Le maire, X, a porté plainte. Le conducteur du camion a pris la fuite": someone unnamed
        # The sentences told, not the parser's starts at « and after »; a title of another kind than the person's
        # keeps the stricter count its tests were written with ("Le sociologue X … « … », estime le chercheur du
        # CNRS", "La députée X … « … », a réagi la sénatrice socialiste" are someone else).
        back = len(told) if other_head else _full_stops(text, told)
        label = _party_label(role, rp.singular)
        # ("la ministre socialiste" is as bare as "la ministre": a party's label says nothing of which one)
        bare = " " not in role[: label.start() if label else len(role)] and m.group("det").lower() not in _DEMONSTRATIVE
        if bare and _fold(_head(role)) in office_heads:
            continue  # a bare "le président", "le ministre": most often an office holder named elsewhere
        if bare and any(i != ent and first_seen.get(i, m.start()) < m.start()
                        and any(_same_head(_head(role), _head(r)) for r in a["roles"]) for i, a in attrs.items()):
            continue  # "Le maire X … Y, son adjoint … a rappelé le maire": the one named before who holds that title
        if label and _label_clash(role, label.group().strip(), attrs[ent]["roles"]):
            continue  # "La députée LR X … La députée socialiste": another member
        if back > (1 if other_head or bare else _RECENT_SENTENCES) or not _fits(role, ent, attrs, holder_titles):
            continue
        if back == 0 and _another_clause(text, start, end, m.start()):
            continue  # "Selon X, le maire est absent", "X est convaincu que le maire se trompe": someone else
        if by_subject and back and _someone_else(role, attrs[ent]["roles"], held, office_heads):
            continue
        if _gender_clash([m.group("det"), *role.split()[:1]], gender.get(ent)) or \
                _party_clash(role, attrs[ent]["roles"], rp):
            continue
        attrs[ent]["roles"].append(role)
        last.append((m.start(), m.end(), ent))


def _party_label(role: str, titles: Collection[str]) -> re.Match[str] | None:
    """The party's adjective or acronym closing a title ("députée socialiste", "sénateur LR"), right after a title
    word; None for a title's own noun ("le jeune syndicaliste")."""
    label = PARTY_LABEL.search(role)
    words = role[: label.start()].split() if label is not None else []
    return label if words and words[-1].lower() in titles else None


def _label_clash(role: str, label: str, known: list[str]) -> bool:
    """The person already holds the title's head with another party's label ("députée LR" against "la députée
    socialiste")."""
    head = _head(role)
    for r in known:
        other = PARTY_LABEL.search(r)
        if other is not None and _same_head(head, _head(r)) and other.group().strip().lower() != label.lower():
            return True
    return False


def _full_stops(text: str, starts: list[int]) -> int:
    """How many of these sentence starts follow a full stop or a paragraph break: the parser also starts sentences at
    a quotation mark or after a comma ("« Nous sommes cent », explique …"), which do not put a title further back."""
    stops = set()  # (a stop counts once: the parser may start a sentence at "«" and again at the word after it)
    for s in starts:
        lo = max(0, s - 12)
        before = text[lo:s].rstrip(" \u00a0\u202f«»\"“”")
        if not before or before[-1] in ".!?…\n":
            stops.add(lo + len(before))
    return len(stops)


def _inside_incise(doc: Doc, text: str, start: int, end: int) -> bool:
    """"« …, explique la députée socialiste. … »": the title is the inverted subject of a verb that follows a comma
    inside the quotation marks, and a comma or a full stop closes it."""
    base = max(0, start - 40)
    speech = _INSIDE_INCISE.search(text[base:start])
    if speech is None or not _INCISE_END.match(text, end):
        return False
    verb = doc.char_span(base + speech.start("verb"), base + speech.end("verb"), alignment_mode="expand")
    # a finite verb ("explique", "souligne"), not a participle in a list of deeds ("« Nous avons tout essayé, appelé
    # la députée socialiste, écrit au préfet »")
    return verb is not None and verb.root.pos_ == "VERB" and "Fin" in verb.root.morph.get("VerbForm")


def _another_clause(text: str, start: int, end: int, title: int) -> bool:
    """The title stands in the same sentence as the name but in another clause: after an opening phrase naming the
    source ("Selon X, le maire …") or in a "que" clause ("X pense que le maire …"); a name there would be "il"."""
    between = text[end:title]
    if "\n" in between:
        return False  # a paragraph with no full stop at its end: the next one is another sentence
    return _SOURCE_BEFORE.search(text, 0, start) is not None or re.search(r"\bqu(?:e\s|['’])", between) is not None


_COORDINATED = re.compile(r"\bet\s+$")
_OBJECT_CLITIC_AFTER = re.compile(r"\s+(?:ne\s+|n['’]\s*)?(?:l['’]|le\s|la\s|les\s|lui\s|leur\s)", re.I)
_COORDINATED_NEXT = re.compile(r"\s+et\s+(?:le|la|les|l['’]|des|ses|son|sa|leurs?)\b", re.I)


def _orgs(doc: Doc) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for e in doc._.entities or [] if e["label"] == "ORG" for m in e["mentions"]]


def _recent_title(doc: Doc, text: str, m: re.Match[str], starts: list[int], ends: dict[int, int],
                  first_names: Collection[str]) -> tuple[str, bool] | None:
    """The title of an `anaphor` match when it may stand for someone named before: with a complement or a
    prefix ("l'ancien ministre") or a demonstrative, as a subject or after a quote's speech verb, alone (not
    "la ministre du Travail Muriel X" with a name the tagger missed); completed up to the end of an
    organization's name it cuts ("le dirigeant de La France insoumise")."""
    role_end = next((e for s, e in _orgs(doc) if s < m.end("role") < e), m.end("role"))
    role = _tidy(text[m.start("role") : role_end])
    if any(w[:1].isupper() and _fold(w) in first_names and not _COMPLEMENT_END.search(role[:i])
           for w, i in ((w.group(), w.start()) for w in re.finditer(r"[\w-]+", role))):
        return None  # "la ministre du Travail Muriel X", not "l'ancien ministre de François Mitterrand"
    demonstrative = m.group("det").lower() in _DEMONSTRATIVE
    if _OBJECT_CLITIC_AFTER.match(text, role_end):
        return None  # "Le président du Sénégal l'a accueilli": someone else, who receives the person
    quoted = _inside_quote(text, m.start())
    incise = quoted and _inside_incise(doc, text, m.start(), role_end)
    if (quoted and not incise) or _COORDINATED.search(text[max(0, m.start() - 4) : m.start()]) \
            or _COORDINATED_NEXT.match(text, role_end):
        return None  # "X et le correspondant du ...", "le préfet du Rhône et la direction de la gendarmerie"
    if incise:
        return role, False
    if not _title_stands_alone(text, m, starts, ends):
        return None
    if demonstrative:
        return role, False
    span = doc.char_span(m.start("role"), m.end("role"), alignment_mode="expand")
    if span is not None and span.root.dep_ in _SUBJECT:
        return role, True
    base = max(0, m.start() - 40)
    speech = _INVERTED_SPEECH.search(text[base : m.start()])
    verb = speech and doc.char_span(base + speech.start("verb"), base + speech.end("verb"), alignment_mode="expand")
    # a verb, not "», selon le procureur" (the source of someone else's words)
    return (role, False) if verb and verb.root.pos_ in ("VERB", "AUX") else None
