"""Age and roles read at each mention of a person: appositions before and after the name ("l'avocate Caty Richard",
"Eric Henry, délégué national Alliance Police", "Philippe, 22 ans"), a copula ("X est maire de ..."), a reporter's
title that is the addressee's, a member of an organization named after the name."""

from __future__ import annotations

import re
from itertools import takewhile

from ..entities.keys import fold
from ..entities.shared import _ACRONYM_SKIPS, _GLOSS_SKIPS, _WORD
from .patterns import (
    _ADVERBS,
    _AUXILIARIES,
    _DANGLING_END,
    _PRE_WORDS,
    _PREPOSITION_BEFORE,
    _TITLE,
    RolePatterns,
    Words,
    _age,
    _inside_longer_quote,
    _inside_quote,
)


def _singular(role: str, rp: RolePatterns) -> str:
    """"figures du mouvement" -> "figure du mouvement" (after "l'une des")."""
    words = role.split(" ", 2)
    i = 1 if len(words) > 1 and words[0].lower() in _PRE_WORDS else 0
    w = words[i]
    if w[-1:] in "sx" and w[:-1].lower() in rp.singular:
        words[i] = w[:-1]
    return " ".join(words)


_LAWYER = re.compile(r"\b(?:Me|Maître)\s+$")


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
    if role.lower() in rp.speech_verbs and _VERB_AFTER.match(text, r0 + len(role)):
        return None  # "Michel Varenne, juge, lui, que …": the verb juger, no title
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


# After a role word that is also a speech verb ("juge"): "juge, lui, que" after the name.
_VERB_AFTER = re.compile(r"\s*(?:,\s*(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,|(?:que|qu['’]))", re.I)


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
    at = base + b.start("role")
    if role.lower() in rp.speech_verbs and text[max(0, at - 4) : at].rstrip().endswith(","):
        # "», juge Marine X", "La prévention, juge X, …": right after an incise's comma, with no article, the verb juger
        return []
    if role.lower() in rp.quoted_epithets and _inside_quote(text, at):
        return []  # "« Le roi Macron donne des miettes aux gueux »": a slogan's epithet, no title
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
    joined = rp.role_and_before.search(text, max(0, at - 60), at) if not b.group("many") else None
    if joined:
        out.insert(0, _tidy(joined.group("role")))
    label = b.group("label")
    someone = any(at <= o < base + b.end("role") for o in others)  # "le porte-parole de X (LR), Y": X's label
    if label and (" " not in role or (label.isupper() and not someone and not _spells(label, role)
                                      and label.lower() not in re.split(r"[\s'’]+", role.lower()))):
        # "le député de la Somme (LR), X"; not "le président de l'AMF (AMF)", the body's acronym, nor a place after a
        # title of several words ("gilet jaune à Bourg-Argental (Loire)")
        out.append(label)
    return out


# "le maire (LR) de Vannes, X", "X, maire (PS) de Bourges": a party label inside a title. Its parentheses are blanked
# (same length, so offsets hold) for the title to read through; add() then splits the label off as a role of its own.
_LABEL = r"(?P<label>[A-Z][\w.-]{0,12})"
_INNER_LABEL = re.compile(
    rf"(?<![\w-])(?P<word>[a-zàâçéèêëîïôûùüÿœ][\w'’-]*) \({_LABEL}\)(?= (?:de|du|des|d['’]|au|aux))")
_BLANKED_LABEL = re.compile(rf"  {_LABEL}  ")


def _spells(label: str, before: str) -> bool:
    """The label is the initials of the words before it, a capitalized name ("l'Agence régionale de santé (ARS)"): an
    organization's acronym, not a party ("le premier secrétaire (PS)" spells it by chance). The words an acronym skips
    are the entities' (only in lowercase: "Les Républicains (LR)" spells LR)."""
    letters = fold("".join(c for c in label if c.isalpha())).upper()
    words = [w for w in _WORD.findall(before) if w not in _ACRONYM_SKIPS and w not in _GLOSS_SKIPS][-len(letters) :]
    return len(letters) >= 2 and len(words) == len(letters) and words[0][:1].isupper() \
        and "".join(fold(w[0]) for w in words).upper() == letters


def blank_inner_labels(text: str) -> str:
    """The text with each party label inside a title blanked (after a lowercase word only: "la Société des
    Naturalistes (MOIP) de Moscou" spells an organization's acronym); the acronym of the words before it ("de
    santé (ARS) d'Occitanie") is blanked out entirely, the title reading through it with no role of its own."""
    if "(" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        label = m.group("label")
        if _spells(label, text[max(0, m.start() - 120) : m.end("word")]):
            return m.group("word") + " " * (len(label) + 3)
        return f"{m.group('word')}  {label} "

    return _INNER_LABEL.sub(blank, text)


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
        blank = _BLANKED_LABEL.search(role)
        if blank:  # "maire  LR  de Vannes": the title and its party
            add(role[: blank.start()] + " " + role[blank.end() :])
            add(blank.group("label"))
            return
        role = re.sub(r" {3,}", " ", role)  # an organization's acronym blanked inside the title
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
        label = rp.label_after.match(after)
        past = after[label.end() :] if label else after  # "Sophie X (PS), 52 ans": the age after the party
        m = rp.age_after.match(past) or rp.age_appos.match(past) or rp.age_before.search(text[max(0, start - 60) : start])
        if m:
            age = age if age is not None else _age(m.group("age"))
        if label:
            add(label.group("role"))
        member = _member_of(text, end, orgs)
        if member:
            add(member)
        # ("Denis X (MR), ministre de …": the apposition follows the party label)
        found = _apposition_after(text, start, end + (label.end() if label else 0), rp, words, others)
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
