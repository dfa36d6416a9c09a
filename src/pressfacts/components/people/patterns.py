"""What the people modules share: the role list compiled (pipelines/roles.jsonl: titles, appositions, anaphoric
titles), the words a sentence's parse gives (verbs, adjectives), how two roles compare, the adjectives before a title
and the gender a title's words show, whether a position is inside a quotation, and the folding of names."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.attrs import IDX, POS
from spacy.parts_of_speech import ADJ, AUX, VERB
from spacy.tokens import Doc

from ...settings import read_jsonl
from ..numbers import SMALL_NUMBER, parse_number

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
# or a party's adjective or acronym ("la députée socialiste", "le sénateur LR", "l'élue insoumise", "MoDem").
_PARTY_ADJ = r"[a-zéè-]+istes?\b|insoumise?s?\b|(?:[A-Z][a-z]*){2,}\b"
PARTY_LABEL = re.compile(rf"\s+(?-i:{_PARTY_ADJ})$")  # the label closing a title ("députée socialiste")
_TITLE_ADJ = rf"(?:\s+(?-i:{_ADJ}|{_PARTY_ADJ}))?"


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
    role_and_before: re.Pattern[str]
    lead: re.Pattern[str]
    anaphor: re.Pattern[str]
    plural_before: re.Pattern[str]
    plural_after: re.Pattern[str]
    copula: re.Pattern[str]
    party: frozenset[str] = frozenset()  # heads of a case's parties ("suspect", "victime"): kind "party" rows
    # a reporter's title and the opening of its medium ("correspondant de", "envoyée spéciale du"): "press" rows
    press_title: re.Pattern[str] | None = None
    not_copula: frozenset[str] = frozenset()  # "comptable", "responsable": no title after "est" (rows "copula": false)
    # "juge": also a speech verb, no title in an incise ("», juge X"; rows "speech_verb": true)
    speech_verbs: frozenset[str] = frozenset()
    # "roi": inside quotation marks, an epithet ("« Le roi Macron … »"), no title (rows "quoted_epithet": true)
    quoted_epithets: frozenset[str] = frozenset()
    # "conducteur", "serveur": a trade a later mention gives to nobody introduced by a title of another kind ("Le maire X
    # … Le conducteur du camion a pris la fuite"; heads of rows "anonymous": true)
    anonymous: frozenset[str] = frozenset()


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
        speech_verbs=frozenset(r["role"].lower() for r in rows if r.get("speech_verb")),
        quoted_epithets=frozenset(r["role"].lower() for r in rows if r.get("quoted_epithet")),
        anonymous=frozenset({_head(r["role"]) for r in rows if r.get("anonymous")}
                            - {_head(r["role"]) for r in rows if not r.get("anonymous")}),
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
        # "l'écrivain et militant écologiste X": a first title joined by "et" to the one before the name (no article
        # after "et": one person's two titles, not "le maire et le député X").
        role_and_before=re.compile(rf"(?:^|[\s'’(«\"“])(?P<role>{plain})\s+et\s+$", re.I),
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


# Adjectives before a title, with their gender ("jeune" has none) and plural: one table for the three uses below.
_PRE_TITLE = {"ancien": "M", "ancienne": "F", "nouveau": "M", "nouvelle": "F", "futur": "M", "future": "F",
              "actuel": "M", "actuelle": "F", "jeune": None, "ex": None}
_PRE_WORDS = frozenset(_PRE_TITLE)
_FORMER = frozenset({"ancien", "ancienne", "ex"})  # of those, the ones that make a title a past office


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
