"""Roles told elsewhere in the text than at a name: a list of titled names ("les ministres X et Y"), a fuller role
with no name after it ("la ministre de la Santé" for the ministre named before), a title that opens a sentence as
its subject, and the offices the record of office holders says a person held on the publication day."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable
from itertools import pairwise
from typing import Any

from .appositions import _CUT_TAIL, _clause_verb, _name_follows, _tidy
from .offices import _in_office
from .patterns import (
    _FORMER,
    _PRE_TITLE,
    RolePatterns,
    Words,
    _fold,
    _gender_clash,
    _head,
    _inside_quote,
    _same_head,
    compatible_roles,
)

_LIST_LINK = re.compile(r"\s*(?:,|,?\s+et)\s+(?:(?-i:M\.|Mme|Me)\s+)?$")
_PLURAL_PRE = {w + ("x" if w.endswith("eau") else "s"): w for w in _PRE_TITLE if w != "ex"}  # "nouveaux" -> "nouveau"


def _singular_title(role: str, rp: RolePatterns) -> str:
    """"anciens ministres" -> "ancien ministre", "figures de proue du mouvement" -> "figure de proue du
    mouvement", "députés socialistes" -> "député socialiste" (up to the first complement)."""
    out: list[str] = []
    plural = True
    for w in role.split(" "):
        low = w.lower()
        if low in {"de", "du", "des", "d", "à", "au", "aux"} or low.startswith(("d'", "d’")):
            plural = False
        if plural and low in _PLURAL_PRE:
            w = _PLURAL_PRE[low]
        elif plural and low[:-1] in rp.singular and low[-1:] in "sx":
            w = w[:-1]
        elif plural and low.partition("-")[0] in _PRE_TITLE and low.partition("-")[2][:-1] in rp.singular \
                and low[-1:] in "sx":
            w = w[:-1]  # "ex-présidents" -> "ex-président"
        elif plural and low.endswith("aux") and len(out) > 0:
            w = w[:-3] + "al"
        elif plural and len(out) > 0 and low.endswith("s") and not low.endswith(("is", "us", "os", "ss")) and \
                w[:1].islower():
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def list_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]], rp: RolePatterns,
               words: Words) -> None:
    """"les députés X et Y", "les trois figures du collectif : X, Y et Z", "X et Y, deux retraités": a plural
    title before or after a list of names is each one's, in the singular."""
    mentions = sorted((m["start"], m["end"], e["id"]) for e in people for m in e["mentions"])
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_LINK.fullmatch(text, mentions[j][1], mentions[j + 1][0]):
            j += 1
        if j > i:
            start, end = mentions[i][0], mentions[j][1]
            found = []
            b = rp.plural_before.search(text[max(0, start - 120) : start])
            if b:
                found.append(b.group("role"))
            a = rp.plural_after.match(text, end, end + 200)
            # "X, Y, les acteurs Z, …": a plural title that runs into the next names is theirs
            if a and not any(a.start("role") <= m[0] < a.end("role") for m in mentions):
                verb = _clause_verb(text, a.start("role"), a.end("role"), rp, words)
                found.append(_CUT_TAIL.sub("", text[a.start("role") : verb if verb is not None else a.end("role")]))
            for role in (_singular_title(_tidy(r), rp) for r in found):
                for _s, _e, ent in mentions[i : j + 1]:
                    if role and role.lower() not in {r.lower() for r in attrs[ent]["roles"]}:
                        attrs[ent]["roles"].append(role)
        i = j + 1


def later_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]], rp: RolePatterns) -> None:
    """"la ministre de la Santé" with no name after it: the fuller role goes to the last person named before
    it whose role has the same head noun ("ministre"); a bare role that such a later mention completes is
    dropped (a bare title given at a name beside a fuller one, "le président X" / "le président français X",
    stays: both are worded)."""
    added: dict[str, list[str]] = {}
    starts = sorted((m["start"], m["end"], e["id"]) for e in people for m in e["mentions"])
    for m in rp.later.finditer(text):
        role = m.group("role").strip()
        rest = text[m.end() : m.end() + 3].lstrip(" ,")
        named = any(s == m.end() + (len(text[m.end() : m.end() + 3]) - len(rest)) for s, _e, _i in starts)
        if named or _name_follows(text, m.end(), frozenset(s for s, _e, _i in starts)):
            continue  # "le ministre Christophe Castaner": an apposition, read at the name
        if " " not in role and "'" not in role:
            continue
        if any(m.start() < s < m.end() for s, _e, _i in starts):
            continue  # "le secrétaire national du PCF Fabien Roussel": the complement ran into a name
        head = _head(role)
        for _s, _e, ent in reversed([x for x in starts if x[1] <= m.start()]):
            same = [r for r in attrs[ent]["roles"] if _same_head(head, _head(r))]
            if same:
                # "la ministre" then "la ministre de la Santé": the fuller role; not "ministre de l'Intérieur"
                # for someone introduced as ministre de l'Économie.
                known = [r.lower() for r in attrs[ent]["roles"]]
                if all(compatible_roles(role, r) for r in same) and not any(
                    k == role.lower() or k.startswith(role.lower() + " ") for k in known
                ):
                    attrs[ent]["roles"].append(role)
                    added.setdefault(ent, []).append(role.lower())
                break
            if attrs[ent]["roles"]:
                break  # "selon le dirigeant syndical" right after the CGT's leader is his, not an earlier dirigeant's
    for ent, fuller in added.items():
        roles = attrs[ent]["roles"]
        attrs[ent]["roles"] = [r for r in roles if not any(o.startswith(r.lower() + " ") for o in fuller)]


def _lead_role(text: str, start: int, end: int, rp: RolePatterns, words: Words) -> tuple[str, int] | None:
    """The title that opens the sentence text[start:end] as its subject ("La dirigeante du RN encourage",
    "Le président du Sénat (LR), qui ...") and where it ends; None when no verb or incise follows it."""
    m = rp.lead.match(text, start)
    if not m:
        return None
    punct = re.compile(r"[,(.;:!?«»\"\n]").search(text, m.end("role"), end)
    stop = punct.start() if punct else end
    verb = _clause_verb(text, m.start("role"), stop, rp, words)
    if verb is None and not (punct and punct.group() in ",("):
        return None
    cut = verb if verb is not None else stop
    if _OBJECT_CLITIC.search(text[max(start, cut - 6) : cut]):
        return None  # "Le président du Mali l'a accueilli": the title is whoever receives the person named before
    role = _CUT_TAIL.sub("", _tidy(text[m.start("role") : cut]))
    if not _OF_COMPLEMENT.search(role) or len(role) > 80:
        return None  # "Le ministre", "le président malien": office_roles reads them against the office holders
    return role, cut


_OBJECT_CLITIC = re.compile(r"(?:\b(?:le|la|les|lui|leur)\s+|\bl['’]\s*)$", re.I)
_OF_COMPLEMENT = re.compile(r"\s(?:de|du|des)\s|\sd['’]", re.I)


def _party_clash(role: str, known: list[str], rp: RolePatterns) -> bool:
    """"Le procureur X a ouvert une enquête. Le suspect, interpellé lundi, ...": a party to the case (suspect,
    victime, témoin) named by a title is not someone the article introduced with another role: most often the
    official who tells the case."""
    head = _head(role)
    return head in rp.party and any(not _same_head(head, _head(r)) for r in known)


def held_offices(holders: Iterable[dict[str, Any]], published: str | None) -> frozenset[str]:
    """The worded offices of the table held by someone at the publication date ("ministre de l'interieur"), folded."""
    return frozenset(_fold(t) for h in holders if _in_office(h, published, False) for t in h["titles"] if " " in t)


def _someone_else(role: str, known: list[str], held: Collection[str], office_heads: Collection[str],
                  anonymous: Collection[str] = frozenset()) -> bool:
    """A title opening a new sentence that is most likely not the person named before: an office someone holds
    at the time ("« ... », lance Guillaume. Le ministre de l'Intérieur ..."), or a ministry or presidency when
    they were introduced by another title ("X, le maire de Vierzon. Le président du département ..."), or a trade
    that names anonymous people ("Le maire X … Le conducteur du camion a pris la fuite"). A former office
    ("l'ancienne ministre de Y") and a description ("le jeune syndicaliste") are a biography."""
    if role.lower().replace("-", " ").split(" ", 1)[0] in _FORMER:
        return False
    head = _head(role)
    other = any(not _same_head(head, _head(r)) for r in known)
    return _fold(role) in held or (other and (_fold(head) in office_heads or head in anonymous))



def subject_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]], rp: RolePatterns,
                  sentences: list[tuple[int, int]], words: Words, places: tuple[tuple[int, int], ...] = (),
                  gender: dict[str, str | None] | None = None, held: Collection[str] = frozenset(),
                  office_heads: Collection[str] = frozenset()) -> None:
    """"Marine Le Pen a qualifié ... . La dirigeante du RN encourage ...": a title that opens a sentence as its
    subject, with no name, is the one person the sentence before names; not when that sentence names several
    people, nor when the title is someone else's or clashes with the person's own ("ministre de l'Économie"), nor
    when it is a new office for someone introduced by another title or an office someone holds (`held`)."""
    mentions = sorted((m["start"], e["id"]) for e in people for m in e["mentions"])
    starts = [s for s, _i in mentions]
    for (p0, _p1), (s0, s1) in pairwise(sentences):
        found = _lead_role(text, s0, s1, rp, words)
        if not found or _inside_quote(text, s0):
            continue  # « Le président du groupe ne nous a pas consultés »: someone's words
        role, cut = found
        if any(s0 < p < cut for p, _e in places):
            continue  # "le président du Mali": a foreign office, likely someone the article does not name
        lo, hi = bisect.bisect_left(starts, p0), bisect.bisect_left(starts, s0)
        named = {i for _s, i in mentions[lo:hi]}
        if len(named) != 1 or bisect.bisect_left(starts, cut + 4) > hi:
            continue  # several candidates, or a name right at the title (an apposition, read at the name)
        who = named.pop()
        if _gender_clash(text[s0:cut].split()[:2], (gender or {}).get(who)):
            continue  # "Jean Morel est arrivé. La directrice de l'école ..."
        head = _head(role)
        if any(ent != who and _same_head(head, _head(r)) and compatible_roles(role, r)
               for ent, a in attrs.items() for r in a["roles"]):
            continue  # "le ministre de l'Intérieur" introduced with another person's name
        known = attrs[who]["roles"]
        if _someone_else(role, known, held, office_heads, rp.anonymous) or _party_clash(role, known, rp):
            continue
        same = [r for r in known if _same_head(head, _head(r))]
        if not all(compatible_roles(role, r) for r in same) or any(
            r.lower() == role.lower() or r.lower().startswith(role.lower() + " ") for r in known
        ):
            continue
        known.append(role)
        label = rp.label_after.match(text[cut : cut + 60])
        if label and not any(cut <= p < cut + label.end() for p, _e in places) and label.group("role") not in known:
            # "Le président du Sénat (LR)": a party label; "de Melun (Seine-et-Marne)" is a place
            known.append(label.group("role"))
