"""People's attributes: age and roles, from appositions and titles around a person's mentions.

    "Philippe, 22 ans"                              -> age 22
    "Philippe Coopman, âgé de 22 ans"               -> age 22
    "Eric Henry, délégué national Alliance Police"  -> role "délégué national Alliance Police"
    "l'avocate Caty Richard"                        -> role "avocate"
    "Jeanne Verdier, une infirmière de 42 ans"      -> role "infirmière", age 42
Roles and titles are listed in pipelines/roles.jsonl.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import IDX, POS
from spacy.language import Language
from spacy.parts_of_speech import ADJ, AUX, VERB
from spacy.tokens import Doc

from ..extensions import doc_text, register_extensions
from ..settings import alternation, read_jsonl, resolve_data_path, save_rows
from .attribute_mentions import age_mention, role_mentions
from .numbers import SMALL_NUMBER, parse_number

ROLES = "roles.jsonl"
HOLDERS = "office_holders.jsonl"
FIRST_NAMES = "first_names.jsonl"  # with the gender a first name usually shows ("la ministre" is not Jean-Luc)
_PRE = r"(?:(?:ancien|ancienne|ex|nouveau|nouvelle|jeune|futur|future|actuel|actuelle)[\s-]+)?"
# A role's complement: "de l'Intérieur", "du gouvernement", "de la République de Lille", "chargé du Numérique".
_COMPLEMENT = (
    r"(?:(?:\s+et)?\s+(?:chargée?s?\s+)?(?:de\s+la\b|de\s+l['’]|d['’]|(?:de|du|des)\b)\s*[\w'’-]+"
    r"(?-i:(?:\s+(?:[A-ZÉÈ][\w'’-]*|[a-zé][\w'’-]*(?:ale|al|aux|ique|iques|ien|ienne|aise|ais|ois|oise)))*)){0,3}"
)

# The endings of a lowercase word that is an adjective in a title ("départemental", "écologique", "solidaire").
_ADJ = r"[a-zéèêëàâîïôûç-]+(?:al|ale|aux|el|elle|ique|ien|ienne|aire|if|ive|ier|ière|ais|aise|ois|oise|ain|aine)\b"
# One adjective between a title and its complement ("directeur départemental de la sécurité publique").
_TITLE_ADJ = rf"(?:\s+(?-i:{_ADJ}))?"


_TITLE = r"(?:(?-i:M\.|Mme|Me|Maître|Dr|Pr|Mgr)\s+)?"
_DIED = r"(?:mort|morte|décédée?|disparue?)"
# Words that end a title before a name: a verb ("a", "est": case-sensitive, so "Grand Est" stays), a clause;
# "et" only when no complement or adjective follows ("ministre de la Défense et des Affaires étrangères", "de la
# Transition écologique et solidaire", "à l'Éducation et à la Jeunesse" are one title),
# "par" unless "par intérim". A determiner right after the head makes it a verb ("juge le sénateur X").
_ROLE_STOP = (r"(?-i:(?:qui|a|est|ont|avec|pour|selon)\b|et\b(?![^\S\n]+(?:des?|du|d['’]|à|aux?"
              rf"|{_ADJ}))"
              r"|par\b(?![^\S\n]+intérim))")
# Words that end a role's noun phrase when they come last ("ex-conseiller de [Donald Trump]": the name is the
# complement, the role is someone else's) or that make the word after them a verb ("qui ont élu [X]").
_DANGLING_END = frozenset({"de", "du", "des", "d", "à", "au", "aux", "la", "le", "les", "l", "pour", "contre", "avec",
                           "par", "sur", "chez", "et", "ou", "un", "une", "que", "qu"})
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ayant", "été",
                          "sera", "seront"})
_ADVERBS = frozenset({"cependant", "pourtant", "déjà", "aussi", "encore", "bien", "même", "toutefois", "alors", "ainsi",
                      "pas", "jamais", "plus", "ensuite", "enfin", "donc"})
# "face au président égyptien, X devait ajouter": a prepositional phrase, then the sentence's subject.
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:au|aux|à|avec|devant|contre|chez|envers|face\s+à)\s+(?:la\s+|l['’]\s*)?)$",
                                 re.I)
# "X, lui-même écrivain,", "X, d'ailleurs candidat malheureux": a word of comment before the apposed title.
_HEDGE = r"(?:(?:(?:lui|elle|eux|elles)[\s-]mêmes?|d['’]ailleurs|aussi|également|par\s+ailleurs|désormais)\s*,?\s+)?"
# A quoted stretch inside a role ('figure des "gilets jaunes"', "porte-parole des «gilets jaunes libres»").
_BODY = r"(?:[^,.;:!?()\"«»“”\n]|«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”)"


@dataclass(frozen=True)
class RolePatterns:
    rows: tuple[dict[str, Any], ...]
    singular: frozenset[str]  # lowercased role words, to read "l'une des figures" as "figure"
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    age_appos: re.Pattern[str]
    role_after: re.Pattern[str]
    role_before: re.Pattern[str]
    age_in_role: re.Pattern[str]
    label_after: re.Pattern[str]
    head_at: re.Pattern[str]
    later: re.Pattern[str]
    role_and: re.Pattern[str]
    lead: re.Pattern[str]
    anaphor: re.Pattern[str]
    plural_before: re.Pattern[str]
    plural_after: re.Pattern[str]
    copula: re.Pattern[str]
    party: frozenset[str] = frozenset()  # heads of a case's parties ("suspect", "victime"): kind "party" rows
    # a reporter's title and the opening of its medium ("correspondant de", "envoyée spéciale du"): "press" rows
    press_title: re.Pattern[str] | None = None
    not_copula: frozenset[str] = frozenset()  # "comptable", "responsable": no title after "est" (rows "copula": false)


def _trie(words: Iterable[str]) -> str:
    """A case-insensitive regex for a word list, its alternatives merged by common prefix ("secrétaire
    (?:général|national|…)?"), longest match first; a space matches any whitespace run and an apostrophe both
    ' and ’. Same matches as settings.alternation, but the regex engine no longer tries 400 branches one by
    one at each word."""
    trie: dict[str, Any] = {}
    for w in {w.lower().replace("’", "'") for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)) + emit(node[ch])
                    for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"

    return emit(trie)


def role_patterns(rows: Iterable[dict[str, Any]]) -> RolePatterns:
    rows = tuple(rows)
    roles = _trie(r["role"] for r in rows)
    # "l'un des porte-parole", "une des figures du mouvement": a plural head, read as one role.
    many = r"(?P<many>(?:l['’])?une?\s+des\s+)"
    det = rf"(?:{many}|(?:une?\s+autre|le|la|l['’]|un|une|son|sa|notre|leur)\s*)?"
    head = rf"{_PRE}(?:{roles})(?(many)(?:s|x)?)\b"
    plain = rf"{_PRE}(?:{roles})\b"
    # "les députés", "les deux porte-parole de la coordination": a plural title before a list of names.
    plural = (rf"(?:anciens|anciennes|ex|nouveaux|nouvelles|jeunes|futurs|futures)?[\s-]*(?:{roles})(?:s|x)?\b"
              rf"(?:\s+(?!et\b|qui\b)[\w'’-]+){{0,8}}?")
    return RolePatterns(
        # "X est maire de Dole", "X, qui est porte-parole du collectif,", "X est devenue présidente de …": a title
        # given by "être" or "devenir" right after the name, cut like an apposition (a participle with no article is
        # a passive verb, "est accusé de fraude", left out later)
        copula=re.compile(
            rf"(?:\s*,\s*qui|\s+qui)?\s+(?:est|était|sera|reste|restait|demeure|devient|deviendra"
            rf"|(?:est|était)\s+(?:devenue?|désormais))\s+{_HEDGE}(?:le|la|l['’]|un|une)?\s*"
            rf"(?P<role>{plain}{_BODY}{{0,150}}?)\s*(?=[,.;:!?()\n]|\s+qui\b|\s+et\s+(?:un|une|le|la|l['’]|son|sa|ses)\s|$)",
            re.I,
        ),
        plural_before=re.compile(
            rf"(?:^|\s)(?<!parmi\s)(?:les|des|aux|ces|ses|leurs|nos|deux|trois|quatre|cinq)\s+"
            rf"(?:(?:deux|trois|quatre|cinq|six)\s+)?(?P<role>{plural})\s*[,:]?\s+{_TITLE}$", re.I),
        # "X et Y, membres de la rédaction d'Acrimed", "X et Y, deux retraités": after the list.
        plural_after=re.compile(
            rf"\s*,\s*(?:(?:les|tous|toutes)\s+)?(?:(?:deux|trois|quatre|cinq)\s+)?"
            rf"(?P<role>(?:anciens|anciennes|ex|nouveaux|nouvelles|jeunes|futurs|futures)?[\s-]*(?:{roles})(?:s|x)\b"
            rf"{_BODY}{{0,100}}?)\s*(?=[,.;:!?()\n]|\s+qui\b|$)", re.I),
        rows=rows,
        singular=frozenset(r["role"].lower() for r in rows),
        party=frozenset(_head(r["role"]) for r in rows if r.get("kind") == "party"),
        press_title=re.compile(rf"(?:{_trie(r['role'] for r in rows if r.get('press'))})\s+(?:de|du|des|d['’])", re.I)
        if any(r.get("press") for r in rows) else None,
        not_copula=frozenset(r["role"].lower() for r in rows if r.get("copula") is False),
        age_after=re.compile(rf"^\s*(?:,\s*|\(\s*)(?:(?:âgée?s?\s+de|qui\s+a|(?:\w+ment\s+)?{_DIED}\s+à\s+l['’]âge\s+de)\s+)?"
                             rf"(?P<age>{SMALL_NUMBER})\s+ans\b", re.I),
        # "Décédé à l'âge de 85 ans, X", "Âgé de 19 ans, X": the age opens the sentence that names the person.
        age_before=re.compile(rf"(?:à\s+l['’]âge\s+de|âgée?\s+de)\s+(?P<age>{SMALL_NUMBER})\s+ans\s*,\s*{_TITLE}$", re.I),
        # "X, une Algérienne de 80 ans": an age in an apposition whose noun is no role.
        age_appos=re.compile(
            rf"^\s*,\s*(?:un|une)\s+[^,.;:!?()\"«»\n]{{1,50}}?\s+(?:de|âgée?\s+de)\s+(?P<age>{SMALL_NUMBER})\s+ans\b", re.I
        ),
        # An apposition that starts with a role word, up to the next punctuation or clause (cut at a verb later).
        # "X - maire de Dole et élu régional -": between dashes too; "ministre de l'Action et des Comptes publics": a
        # capitalized second portfolio goes on with the role.
        role_after=re.compile(
            rf"^(?:\s*(?:,|[^\S\n][-–—][^\S\n])|(?P<glued>[^\S\n]))\s*{_HEDGE}{det}[«\"“]?\s*(?P<role>{head}{_BODY}{{0,150}}?)\s*[»\"”]?\s*"
            rf"(?=[,.;:!?()\n]|\s[-–—](?:[\s,.;:]|$)|\s+qui\b|\s+et\s+(?:un|une|le|la|l['’]|des(?!\s+(?-i:[A-ZÉÈ]))|son|sa|ses)\s|$)",
            re.I,
        ),
        # "le président de l'AMF (AMF), M. X": an acronym in parentheses and a civility title may stand between;
        # "le député (LFI) X": the label is a role too.
        role_before=re.compile(
            rf"(?:^|[\s'’(«\"“])(?:{many})?(?P<role>{head}(?![^\S\n]+(?-i:le|la|les|un|une)\b)"
            rf"(?:[^\S\n]+[«\"“]?\s*(?!{_ROLE_STOP})[\w'’-]+(?:\s*[»\"”](?=[\s,]))?){{0,8}}?)\s*[»\"”]?"
            rf"(?:\s*\((?P<label>[A-Z][\w.-]{{0,12}})\))?\s*[,:]?\s+{_TITLE}$",
            re.I,
        ),
        age_in_role=re.compile(rf"\s+(?:de|âgée?\s+de)\s+(?P<age>{SMALL_NUMBER})\s+ans$", re.I),
        # "Frédéric Souillot (FO)", "Eric Ciotti (LR)": a party or organization label in parentheses.
        label_after=re.compile(r"^\s*\((?P<role>[A-ZÉ][\w.’'-]*(?:[\s-][A-ZÉ][\w.’'-]*){0,2})\)"),
        head_at=re.compile(plain, re.I),
        # "la ministre de la Santé" with no name: a later mention that says more about someone's role.
        role_and=re.compile(rf"\s+et\s+(?={plain})", re.I),
        # (The look-ahead of the determiners' first letters, tested before the look-behind, lets the regex engine
        # leave at once the positions where no determiner starts: half the cost of these two scans of the text.)
        later=re.compile(rf"(?=[lc])(?<![\w-])(?:le|la|l['’]|ce|cet|cette)\s*(?P<role>{plain}{_COMPLEMENT})", re.I),
        # "La dirigeante du RN encourage ...": a title opening a sentence as its subject.
        lead=re.compile(rf"(?:(?:puis|mais|et|ainsi|or)\s+)?(?:le|la|l['’])\s*(?P<role>{plain})", re.I),
        # "le directeur départemental de la sécurité publique", "cette commerçante": a title standing for a person.
        anaphor=re.compile(
            rf"(?=[lc])(?<![\w-])(?P<det>le|la|l['’]|ce|cet|cette)\s*(?P<role>{plain}{_TITLE_ADJ}{_COMPLEMENT})", re.I
        ),
    )


def read_role_patterns(path: str | Path) -> RolePatterns:
    return role_patterns(read_jsonl(path))


def _age(text: str) -> int | None:
    try:
        v = int(parse_number(text))
    except ValueError:
        return None
    return v if 0 < v < 130 else None


@dataclass(frozen=True)
class Words:
    """Where the tagger put verbs and adjectives (character offsets of token starts), to cut a role before
    its clause ("un chef d'entreprise de 41 ans essayant de ...") and to read "le président malien"."""

    verbs: tuple[int, ...] = ()
    adjectives: frozenset[int] = frozenset()
    tagged: bool = False

    @classmethod
    def of(cls, doc: Doc) -> Words:
        if not doc.has_annotation("POS"):
            return cls()
        arr = doc.to_array([IDX, POS])  # one array instead of a Token object per word
        idx, pos = arr[:, 0], arr[:, 1]
        verbs = idx[(pos == VERB) | (pos == AUX)].tolist()
        return cls(tuple(verbs), frozenset(idx[pos == ADJ].tolist()), True)

    def first_verb(self, start: int, end: int) -> int | None:
        i = bisect.bisect_left(self.verbs, start)
        return self.verbs[i] if i < len(self.verbs) and self.verbs[i] < end else None


def _singular(role: str, rp: RolePatterns) -> str:
    """"figures du mouvement" -> "figure du mouvement" (after "l'une des")."""
    words = role.split(" ", 2)
    i = 1 if len(words) > 1 and words[0].lower() in _PRE_WORDS else 0
    w = words[i]
    if w[-1:] in "sx" and w[:-1].lower() in rp.singular:
        words[i] = w[:-1]
    return " ".join(words)


_LAWYER = re.compile(r"\b(?:Me|Maître)\s+$")
# Adjectives before a title, with their gender ("jeune" has none) and plural: one table for the three uses below.
_PRE_TITLE = {"ancien": "M", "ancienne": "F", "nouveau": "M", "nouvelle": "F", "futur": "M", "future": "F",
              "actuel": "M", "actuelle": "F", "jeune": None, "ex": None}
_PRE_WORDS = frozenset(_PRE_TITLE)
_FORMER = frozenset({"ancien", "ancienne", "ex"})  # of those, the ones that make a title a past office


def _apposition_after(text: str, start: int, end: int, rp: RolePatterns, words: Words,
                      others: frozenset[int]) -> tuple[str, bool] | None:
    """The role in "X, <role>, ..." (after an age too): the apposition, cut before a verb; with whether it was
    given as one of many ("l'un des fondateurs")."""
    after = text[end : end + 220]
    m = rp.age_after.match(after)
    aged = m is not None
    if m:  # "X, 45 ans, secrétaire général de FO": the role follows the age
        after = after[m.end() :]
        after = after[1:] if after.startswith(")") else after
    off = end + len(text[end : end + 220]) - len(after)
    m = rp.role_after.match(after)
    if not m or _name_follows(text, off + m.end(), others):
        return None
    r0, r1 = off + m.start("role"), off + m.end("role")
    if m.group("glued") is not None and (text[off + m.end("glued") : r0].strip() or not _GLUED_ROLE.match(text, r0, r1)):
        return None  # "Philippe Martinez leader de la CGT" (a comma forgotten), not "Macron président"
    if any(r0 <= o < r1 and not _COMPLEMENT_END.search(text[r0:o]) for o in others):
        return None  # "soutiens de X, l'avocat Y, le philosophe Z": the title is Y's ("conseiller de Y" is X's)
    verb = _clause_verb(text, r0, r1, rp, words)
    if verb is not None and _DEFINITE_SUBJECT.match(text, off, r0) and (aged or _SOURCE_BEFORE.search(text, 0, start)):
        # "Pour Marcel, 70 ans, le président ne comprend rien", "Selon X, le maire est absent": after an opening
        # phrase, the title is the subject of the clause that follows, not an apposition
        return None
    role = _role_text(text, r0, r1, verb)
    if len(role) > 130:
        return None  # a whole clause, not an apposition
    return role, m.group("many") is not None


def _role_text(text: str, r0: int, r1: int, verb: int | None) -> str:
    """The words of a role from r0, up to its clause's verb if any, else to r1: tidied, without the link word left
    before the verb ("animateur du cortège et lui-même [interpellé]", "bourgmestre de Visé s'[est rendue]") nor an
    adverbial phrase after the title."""
    role = _tidy(text[r0 : verb if verb is not None else r1])
    if verb is not None:
        role = _CUT_TAIL.sub("", role)
    return _ADVERBIAL.sub("", role)


# (_ADVERBIAL already cuts "depuis 2014")
_SINCE_YEAR = re.compile(r"\s+(?:en|dès|jusqu['’]en)\s+\d{4}$", re.I)


def _copula_role(text: str, end: int, rp: RolePatterns, words: Words) -> str | None:
    """The title in "X est maire de Dole depuis 2014" or "X, qui est porte-parole du collectif,": cut before a verb and
    an adverbial phrase; not a passive participle with no article ("X est accusé de fraude", "est chargé de")."""
    m = rp.copula.match(text, end, end + 220)
    if m is None:
        return None
    r0, r1 = m.start("role"), m.end("role")
    head = text[r0:r1].split(" ", 1)[0].lower()
    if head in rp.not_copula:
        return None
    if head.endswith(("é", "ée", "és", "ées")) and not re.search(r"(?:le|la|l['’]|un|une)\s*$", text[end:r0], re.I):
        return None
    role = _SINCE_YEAR.sub("", _role_text(text, r0, r1, _clause_verb(text, r0, r1, rp, words)))
    return role if 0 < len(role) <= 100 else None  # ("présidente de l'association en 2015": the year is no part)


# An opening phrase that gives someone's view before the sentence's own subject ("Selon X, …", "Pour X, …").
_SOURCE_BEFORE = re.compile(r"(?:^|[.!?»:]\s+|\n)(?:selon|pour|d['’]après|aux\s+yeux\s+d[e'’]\s*|quant\s+à)\s+"
                            r"(?:(?:M\.|Mme|Me)\s+)?$", re.I)
_DEFINITE_SUBJECT = re.compile(r"\s*,?\s*(?:le|la|l['’])\s*$", re.I)
_GLUED_ROLE = re.compile(r"[\w’'-]+\s+(?:de|du|des)\s|[\w’'-]+\s+d['’]", re.I)
_COMPLEMENT_END = re.compile(r"(?:\b(?:de|du|des|à|au|aux)\s+|\bd['’]\s*)$", re.I)
# An adverbial phrase after the title is no part of it ("promoteur du projet malgré les réserves de ...").
_ADVERBIAL = re.compile(r"\s+(?:malgré|depuis|pendant|lors\s+d|grâce\s+à|alors\s+que|tandis\s+que|parce\s+que"
                        r"|afin\s+d)\b.*$", re.I | re.S)
_CUT_TAIL = re.compile(r"(?:\s+(?:et|ou|mais)(?:\s+[\w'’-]+)?|\s+(?:se|ne)|\s+(?:s|n|l|qu|m|t)['’])$", re.I)


def _clause_verb(text: str, r0: int, r1: int, rp: RolePatterns, words: Words) -> int | None:
    """Where the apposition's clause starts: its first verb after the head word, unless the tagger took a
    role noun for a verb ("expert et consultant")."""
    pos = text.find(" ", r0, r1)
    while pos > 0:
        verb = words.first_verb(pos, r1)
        if verb is None or not rp.head_at.match(text, verb):
            return verb
        pos = verb + 1
    return None


def _dangling(text: str, role_start: int, name_start: int, name_end: int) -> bool:
    """"face au président égyptien, X devait ajouter": a prepositional phrase, a comma, then the sentence's
    subject; the role is not X's (an apposition would close: "au président égyptien, X, qui ...")."""
    if "," not in text[role_start:name_start]:
        return False
    if not _PREPOSITION_BEFORE.search(text[max(0, role_start - 30) : role_start]):
        return False
    return not re.match(r"\s*[,()–—]", text[name_end : name_end + 3])


def _tidy(role: str) -> str:
    """Spaces, commas and unpaired quote marks off the ends; 'des "gilets jaunes"' keeps its pair."""
    role = role.strip(" ,")
    for left, right in (("«", "»"), ("“", "”")):
        if role.startswith(left) and right not in role:
            role = role[1:]
        if role.endswith(right) and left not in role:
            role = role[:-1]
    if role.count('"') % 2:
        role = role.strip('"')
    return role.strip(" ,")


def _apposition_before(text: str, start: int, end: int, rp: RolePatterns,
                       orgs: tuple[tuple[int, int], ...] = (), others: frozenset[int] = frozenset(),
                       lo: int = -1) -> list[str]:
    """The role in "<role>, X" / "le <role> X", with a party label in parentheses ("le député (LFI) X"); `lo`: where
    the search starts, when not 110 characters before the name."""
    base = lo if lo >= 0 else max(0, start - 110)
    b = rp.role_before.search(text[base:start])
    cut: int | None = None
    # "de l'écrivain X ou encore la chanteuse Y": a title that runs over someone else's name is that one's; Y's
    # title starts after it. Not a name complementing the title ("la fille de Jeanne Calment, Yvonne"); "le conseiller
    # du président X, Y": Y is the adviser of the president X (the title up to X)
    while b and (other := max((o for o in others if base + b.start("role") <= o < start), default=None)) is not None:
        if re.search(r"(?:\b(?:de|du|des)\s+|\bd['’]\s*)$", text[max(0, other - 5) : other], re.I):
            break
        if re.fullmatch(r"(?:[A-ZÉÈ][\w'’-]*\s+){1,4}?[A-ZÉÈ][\w'’-]*,\s*", text[other:start]) and re.search(
                r"\s(?:du|de\s+la|de\s+l['’])\s*[\w-]+\s*$", text[base + b.start("role") : other]):
            cut = other
            break
        b = rp.role_before.search(text, other + 1, start) if other + 1 < start else None
        base = 0
    if not b or "\n\n" in text[base + b.end("role") : start]:
        return []  # (a subheading "Excellente nageuse" is no title of the name opening the next paragraph)
    if any(s < base + b.start("role") < e for s, e in orgs):
        return []  # "quant à la France insoumise (LFI), X": a word of an organization's name, not a title
    if _inside_longer_quote(text, base + b.start("role")) and any(c in text[base + b.start("role") : start] for c in "»”"):
        # "« Je ne serai pas candidat » : X": the end of someone's words, not X's title (« gilet jaune », X is one;
        # "« …, décrypte maître X, … »" is an incise inside the marks)
        return []
    role = _tidy(text[base + b.start("role") : cut] if cut is not None else b.group("role"))
    inner = re.search(r"\s(?:du|de\s+la|de\s+l['’])\s*(?P<title>[\w-]+)$", role)
    if inner and inner.group("title").lower() in rp.singular and "," not in text[base + b.end("role") : start]:
        role = inner.group("title")  # "le conseiller du président X, Y": X is the president, the adviser is Y
    last = re.split(r"[\s'’]+", role.lower())[-1]
    words_before = re.split(r"[\s'’(«\"“]+", text[base : base + b.start("role")].strip().lower())
    # "avait cependant prévenu X": the participle of a verb after its auxiliary and an adverb or two, not a title
    adverbs = list(takewhile(lambda w: w in _ADVERBS or w.endswith("ment"), reversed(words_before[-3:])))
    before = words_before[-1 - min(len(adverbs), 2)] if len(words_before) > len(adverbs) else ""
    if before in _AUXILIARIES and " " in role:
        # "a prévenu mardi le ministre X": the participle is a verb; the title after it is X's
        return _apposition_before(text, start, end, rp, orgs, others, lo=base + b.start("role") + len(role.split()[0]))
    if last in _DANGLING_END or before in _AUXILIARIES or _dangling(text, base + b.start("role"), start, end):
        return []  # "ex-conseiller de Donald Trump", "qui ont élu Donald Trump", "face au président égyptien, X a"
    out = [_singular(role, rp) if b.group("many") else role]
    if b.group("label") and " " not in role:
        out.append(b.group("label"))
    return out


def person_attributes(text: str, mentions: list[tuple[int, int]], rp: RolePatterns,
                      others: frozenset[int] = frozenset(), words: Words | None = None,
                      orgs: tuple[tuple[int, int], ...] = ()) -> dict[str, object]:
    """Age and roles of one person from the text around each of its mentions; `others`: where other
    people's names start ("X, le président de la Cour, Y": the role after X is Y's); `orgs`: organizations'
    mentions (start, end)."""
    words = words or Words()
    age: int | None = None
    roles: list[str] = []
    lawyer = False

    def add(role: str) -> None:
        nonlocal age
        a = rp.age_in_role.search(role)
        if a:  # "un retraité de 62 ans, X"
            age = age if age is not None else _age(a.group("age"))
            role = role[: a.start()]
        # "ancienne infirmière et déléguée syndicale de FO": two roles.
        for part in rp.role_and.split(_tidy(role)):
            part = _tidy(part)
            if part and part.lower() not in {r.lower() for r in roles}:
                roles.append(part)

    for start, end in mentions:
        after = text[end : end + 220]
        m = rp.age_after.match(after) or rp.age_appos.match(after) or rp.age_before.search(text[max(0, start - 60) : start])
        if m:
            age = age if age is not None else _age(m.group("age"))
        label = rp.label_after.match(after)
        if label:
            add(label.group("role"))
        member = _member_of(text, end, orgs)
        if member:
            add(member)
        found = _apposition_after(text, start, end, rp, words, others)
        if found:
            add(_singular(found[0], rp) if found[1] else found[0])
        copula = None if found else _copula_role(text, end, rp, words)
        if copula:
            add(copula)
        if not (found and _addressed(text[max(0, start - 110) : start], rp.press_title)):
            for role in _apposition_before(text, start, end, rp, orgs, others):
                add(role)
        lawyer = lawyer or bool(_LAWYER.search(text[max(0, start - 8) : start]))
    if lawyer and not any("avocat" in r.lower() for r in roles):
        roles.append("avocat")  # "Me Sophie Garnier": a lawyer's title, when no apposition said "avocate"
    return {"age": age, "roles": roles}


# "a indiqué à un correspondant de l'AFP X, procureure": a reporter's title after "à un" is the one spoken to's, not
# X's, when X has a role of its own after the name ("à un ancien ministre, X" or "décernée à une infirmière X, mère
# de trois enfants": the name is the one "à" governs, and the title is its own)
_ADDRESSEE = re.compile(r"(?:\bà|\bauprès\s+d['’])\s*(?:un|une)\s+(?P<title>[^,.;:!?«»()]*)$", re.I)
_ARTICLE_WORDS = frozenset({"le", "la", "les", "l"})


def _addressed(before: str, press_title: re.Pattern[str] | None) -> bool:
    """The words before a name end on "à un <reporter's title> de <medium>", with no other phrase opening between
    ("à un journaliste de l'AFP le maire X": the mayor's own title follows the one spoken to)."""
    m = _ADDRESSEE.search(before) if press_title is not None else None
    if not m or not press_title.match(m.group("title")):
        return False
    words = [w for w in re.split(r"[\s'’]+", m.group("title").lower()) if w]
    return not any(w in _ARTICLE_WORDS and (k == 0 or words[k - 1] not in {"de", "à", "d"}) for k, w in enumerate(words))


_OF_ORG = re.compile(r"\s*,\s*(?:de\s+la|de\s+l['’]|du|des|d['’]|de)\s*", re.I)


def _member_of(text: str, end: int, orgs: tuple[tuple[int, int], ...]) -> str | None:
    """"Aurélie Trouvé, d'Attac," / "X, de la CFDT.": the organization a person speaks for, as a label (like
    "(LR)"); only when the apposition is the organization's name and nothing more."""
    m = _OF_ORG.match(text, end, end + 12)
    if not m:
        return None
    org_end = next((e for s, e in orgs if s == m.end()), None)
    if org_end is None or not re.match(r"\s*(?:[,.;:!?)]|$)", text[org_end : org_end + 2]):
        return None
    return text[m.end() : org_end]


def _name_follows(text: str, pos: int, starts: frozenset[int]) -> bool:
    """A person's name right after `pos` (or after the rest of its phrase), past a comma, a parenthesis or a
    civility title."""
    window = text[pos : pos + 100]
    for m in re.finditer(rf"(?:\s*\([^()]{{0,20}}\))?\s*,\s*{_TITLE}", window):
        if re.search(r"[,.;:!?()\n]", window[: m.start()]):
            return False  # only the rest of the role's own phrase may come first ("des marchés financiers")
        return pos + m.end() in starts
    return False


def _head(role: str) -> str:
    words = role.lower().replace("-", " ").split()
    words = [w for w in words if w not in {"ancien", "ancienne", "ex", "nouveau", "nouvelle", "futur", "future"}]
    return words[0] if words else ""


def _same_head(a: str, b: str) -> bool:
    """"ministre"/"ministre", "procureure"/"procureur", "députée"/"député"."""
    n = min(len(a), len(b))
    return (n >= 4 and a[: n - 1] == b[: n - 1] and abs(len(a) - len(b)) <= 3) or a == b


_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux"}


_FIRST_OF = frozenset({"premier", "première"})  # "Premier ministre", "première secrétaire": an office of its own


def compatible_roles(a: str, b: str) -> bool:
    """Two phrasings of one role: one extends the other ("ministre" / "ministre de la Santé"), one has no
    complement ("président français" / "président de la République"), or the complements share a word
    ("bourgmestre de la Ville de Bruxelles" / "bourgmestre de Bruxelles"); not "ministre de l'Économie" /
    "ministre de l'Intérieur"."""
    a, b = a.lower(), b.lower()
    if a.startswith(b) or b.startswith(a):
        return True
    wa, wb = (re.split(r"[\s'’-]+", x)[1:] for x in (a, b))
    ca, cb = ({w for w in ws if w not in _LINKS} for ws in (wa, wb))
    if (a.split(" ", 1)[0] in _FIRST_OF) != (b.split(" ", 1)[0] in _FIRST_OF) and (set(wa) | set(wb)) & {"de", "du", "des", "d"}:
        return False  # "Premier ministre" is another office than "ministre du Budget"
    if not (set(wa) & {"de", "du", "des", "d"}) or not (set(wb) & {"de", "du", "des", "d"}):
        return True
    return bool(ca & cb)


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


def _someone_else(role: str, known: list[str], held: Collection[str], office_heads: Collection[str]) -> bool:
    """A title opening a new sentence that is most likely not the person named before: an office someone holds
    at the time ("« ... », lance Guillaume. Le ministre de l'Intérieur ..."), or a ministry or presidency when
    they were introduced by another title ("X, le maire de Vierzon. Le président du département ..."). A former
    office ("l'ancienne ministre de Y") and a description ("le jeune syndicaliste") are a biography."""
    if role.lower().replace("-", " ").split(" ", 1)[0] in _FORMER:
        return False
    head = _head(role)
    return _fold(role) in held or (_fold(head) in office_heads and any(not _same_head(head, _head(r)) for r in known))



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
        if _someone_else(role, known, held, office_heads) or _party_clash(role, known, rp):
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


@dataclass(frozen=True)
class HolderIndex:
    """pipelines/office_holders.jsonl by folded full name and by folded surname ("macron", "le pen"), built
    once: an article's people are looked up, not compared with every row."""

    by_name: dict[str, tuple[dict[str, Any], ...]]
    pattern: re.Pattern[str]  # every title of the table, compiled once
    heads: frozenset[str]  # their head nouns, folded ("president", "ministre", "chef")

    @classmethod
    def of(cls, holders: Iterable[dict[str, Any]]) -> HolderIndex:
        index: dict[str, list[dict[str, Any]]] = {}
        for h in holders:
            words = _fold(h["name"]).split(" ")
            for i in range(len(words)):  # the full name, then what a bare surname may match
                key = " ".join(words[i:])
                if i == 0 or " " not in key:
                    index.setdefault(key, []).append(h)
        titles = {_fold(t) for h in holders for t in h["titles"]}
        return cls({k: tuple(v) for k, v in index.items()}, office_pattern(titles),
                   frozenset(_fold(_head(t)) for t in titles))

    def rows(self, people: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        """The office-holder rows of each person of the article, by entity id ("Macron" is Emmanuel Macron)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for e in people:
            found = self.by_name.get(_fold(e["name"]))
            if found:
                out[e["id"]] = list(found)
        return out


# "«...», déclare le député", "», a confié le directeur": a title right after a quote's inverted speech verb.
_INVERTED_SPEECH = re.compile(r"[»\"”]\s*,\s*(?:a\s+|avait\s+)?(?P<verb>[\w’'-]+)(?:-t-(?:il|elle))?\s+$")
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


def _inside_longer_quote(text: str, pos: int) -> bool:
    """Whether `pos` stands inside a « » quotation after other quoted words (a title quoted alone, « gilet jaune », is
    still a title)."""
    para = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("«", para, pos)
    return opened > text.rfind("»", para, pos) and bool(text[opened + 1 : pos].strip(" \u00a0\u202f"))


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation of its paragraph (« » or straight quotes): a title in someone's
    words ("l'homme d'affaires qui fait le tour du monde") is nobody of the article."""
    para = text.rfind("\n", 0, pos) + 1
    before = text[para:pos]
    return before.rfind("«") > before.rfind("»") or before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


_FEMININE_WORDS = frozenset({"la", "cette"} | {w for w, g in _PRE_TITLE.items() if g == "F"})
_MASCULINE_WORDS = frozenset({"le", "ce", "cet"} | {w for w, g in _PRE_TITLE.items() if g == "M"})


def _gender(words: Iterable[str]) -> str | None:
    for w in words:
        w = w.lower()
        if w in _FEMININE_WORDS:
            return "F"
        if w in _MASCULINE_WORDS:
            return "M"
    return None


def _gender_clash(words: Iterable[str], person: str | None) -> bool:
    """"la directrice" for a Jean, "le député" for a Marie (first names in pipelines/first_names.jsonl)."""
    title = _gender(words)
    return bool(title and person and title != person)


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
        back = bisect.bisect_right(sent_starts, m.start()) - first
        since = sent_starts[first - 1] if first else 0
        if any(since <= s < m.start() and i != ent and not _COMPLEMENT_END.search(text[max(0, s - 4) : s])
               for s, _e, i in last):
            continue  # "Marc Leroy a croisé Anne Berthier. La présidente ...": either of them
        other_head = any(not _same_head(_head(role), _head(r)) for r in attrs[ent]["roles"])
        bare = " " not in role and m.group("det").lower() not in _DEMONSTRATIVE
        if bare and _fold(_head(role)) in office_heads:
            continue  # a bare "le président", "le ministre": most often an office holder named elsewhere
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
    if _inside_quote(text, m.start()) or _COORDINATED.search(text[max(0, m.start() - 4) : m.start()]) or \
            _COORDINATED_NEXT.match(text, role_end):
        return None  # "X et le correspondant du ...", "le préfet du Rhône et la direction de la gendarmerie"
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


class _FoldTable(dict[int, str]):
    """str.translate table: a character's lowercase base letter, computed once per distinct character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = c if c.isascii() else unicodedata.normalize("NFD", c)[0]
        return self[code]


_FOLD_TABLE = _FoldTable({ord("’"): "'"})


def _fold(text: str) -> str:
    """Lowercase, accents off, one apostrophe, character by character (offsets stay the same)."""
    return text.lower().translate(_FOLD_TABLE)


def _in_office(row: dict[str, Any], published: str | None, former: bool) -> bool:
    if not published:
        return True  # no date to check against: the article naming the person is the only evidence
    n = len(published)
    if former:
        return row["to"][:n] < published
    return row["from"][:n] <= published <= row["to"][:n]


# "le président de la région", "le président malien": a bare title followed by what makes it another office
# (the adjective is read from the tagger; these endings only serve a pipeline without one).
_OTHER_OFFICE = re.compile(r"\s*(?:de|du|des|d')\b")
_ADJECTIVE_ENDING = re.compile(r"\s*[a-z]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande|e|ec|al)\b")


def _other_office(text: str, pos: int, words: Words) -> bool:
    rest = _fold(text[pos : pos + 30])
    if _OTHER_OFFICE.match(rest):
        return True
    if not words.tagged:
        return bool(_ADJECTIVE_ENDING.match(rest))
    return pos + len(rest) - len(rest.lstrip()) in words.adjectives


def office_pattern(titles: Iterable[str]) -> re.Pattern[str]:
    """"le chef de l'État", "l'ex-Premier ministre": office titles (folded) after a determiner."""
    return re.compile(rf"(?<![\w-])(?:le|la|l'|du|au|en\s+tant\s+que)\s*(?P<pre>ex-|ancien\s+|ancienne\s+)?"
                      rf"(?P<role>{alternation(set(titles))})(?![\w-])")


def office_roles(text: str, people: list[dict[str, Any]], attrs: dict[str, dict[str, Any]],
                 rows: dict[str, list[dict[str, Any]]], published: str | None, words: Words | None = None,
                 pattern: re.Pattern[str] | None = None) -> None:
    """"le chef de l'État", "le président russe", "l'ex-Premier ministre" with no name: the one person of the
    article who held that office at the publication date (pipelines/office_holders.jsonl), when exactly one
    does; the role is written as the article writes it."""
    if not rows:
        return
    folded = _fold(text)
    titles = {_fold(t) for hs in rows.values() for h in hs for t in h["titles"]}
    pattern = pattern or office_pattern(titles)
    ends = {m["start"]: m["end"] for e in people for m in e["mentions"]}
    starts = frozenset(ends)
    for m in pattern.finditer(folded):
        title, former = m.group("role"), m.group("pre") is not None
        if title not in titles:
            continue  # the office of someone the article does not name
        rest = text[m.end() : m.end() + 40]
        at = m.end() + len(rest) - len(rest.lstrip(" ,"))
        if at in starts and _dangling(text, m.start("role"), at, ends[at]):
            pass  # "face au président égyptien, X devait ajouter": the title is not X's
        elif at in starts or _name_follows(text, m.end(), starts):
            continue  # "le Premier ministre Édouard Philippe": an apposition, read at the name
        if " " not in title and _other_office(text, m.end(), words or Words()):
            continue
        who = [ent for ent, hs in rows.items()
               if any(_in_office(h, published, former) and title in {_fold(t) for t in h["titles"]} for h in hs)]
        others = [e for e, a in attrs.items() if e not in who and any(_fold(_head(r)) == _fold(_head(title))
                                                                         for r in a["roles"])]
        if len(who) != 1 or (" " not in title and others):
            continue  # two presidents in the article, or a bare "le président" someone else is introduced as
        role = text[m.start("pre") if former else m.start("role") : m.end()]
        if _fold(role) not in {_fold(r) for r in attrs[who[0]]["roles"]}:
            attrs[who[0]]["roles"].append(role)


def _genders(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    return {_fold(r["name"]): r["gender"] for r in rows if r.get("gender")}


class PeopleAttributes:
    """Writes doc._.entity_attributes: {entity id: {"age": int | None, "roles": [str], "role_mentions": [{role, start,
    end, text}], "age_mention": {start, end, text} | None}} for PER entities."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        # The packaged role list, for a plain nlp.add_pipe("pressfacts_people") with no initialize.
        self.patterns = read_role_patterns(resolve_data_path(ROLES))
        self.holders = read_jsonl(resolve_data_path(HOLDERS))
        self.genders = _genders(read_jsonl(resolve_data_path(FIRST_NAMES)))

    @property
    def holders(self) -> tuple[dict[str, Any], ...]:
        return self._holders

    @holders.setter
    def holders(self, rows: Iterable[dict[str, Any]]) -> None:
        self._holders = tuple(rows)
        self.holder_index = HolderIndex.of(self._holders)

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, roles: str = ROLES,
                   holders: str = HOLDERS, first_names: str = FIRST_NAMES) -> None:
        self.patterns = read_role_patterns(roles)
        self.holders = read_jsonl(holders)
        self.genders = _genders(read_jsonl(first_names))

    def __call__(self, doc: Doc) -> Doc:
        attrs: dict[str, dict[str, Any]] = {}
        text = doc_text(doc)
        people = [e for e in doc._.entities or [] if e["label"] == "PER"]
        words = Words.of(doc) if people else Words()
        orgs = tuple((m["start"], m["end"]) for e in doc._.entities or [] if e["label"] == "ORG" for m in e["mentions"])
        for e in people:
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            others = frozenset(m["start"] for o in people if o["id"] != e["id"] for m in o["mentions"])
            attrs[e["id"]] = person_attributes(text, spans, self.patterns, others, words, orgs)
        offices = self.holder_index.rows(people)
        office_roles(text, people, attrs, offices, doc._.published, words, self.holder_index.pattern)
        list_roles(text, people, attrs, self.patterns, words)
        later_roles(text, people, attrs, self.patterns)
        if people and doc.has_annotation("SENT_START"):
            sentences = [(s.start_char, s.end_char) for s in doc.sents]
            places = tuple((m["start"], m["end"]) for e in doc._.entities or [] if e["label"] == "LOC"
                           for m in e["mentions"])
            gender = person_genders(people, self.genders)
            held = held_offices(self.holders, doc._.published)
            subject_roles(text, people, attrs, self.patterns, sentences, words, places, gender, held,
                          self.holder_index.heads)
            recent_roles(doc, people, attrs, self.patterns, offices, gender, self.genders.keys(),
                         [s for s, _e in sentences], self.holder_index.heads, held)
        for e in people:  # the words each role and age is read from, for the reader to check them by
            spans = [(m["start"], m["end"]) for m in e["mentions"]]
            attrs[e["id"]]["role_mentions"] = role_mentions(text, attrs[e["id"]]["roles"], spans)
            attrs[e["id"]]["age_mention"] = age_mention(text, attrs[e["id"]]["age"], spans)
        doc._.entity_attributes = attrs
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {ROLES: self.patterns.rows, HOLDERS: self.holders,
                         FIRST_NAMES: [{"name": n, "gender": g} for n, g in self.genders.items()]})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PeopleAttributes:
        self.patterns = role_patterns(srsly.read_jsonl(Path(path) / ROLES))
        if (Path(path) / HOLDERS).exists():
            self.holders = tuple(srsly.read_jsonl(Path(path) / HOLDERS))
        if (Path(path) / FIRST_NAMES).exists():
            self.genders = _genders(srsly.read_jsonl(Path(path) / FIRST_NAMES))
        return self


@Language.factory(
    "pressfacts_people",
    assigns=["doc._.entity_attributes"],
    requires=["doc._.entities"],
)
def make_people(nlp: Language, name: str) -> PeopleAttributes:
    return PeopleAttributes(nlp, name)
