"""Finding quotations in a text (« … », “ … ”, " … "), and the mentions a speaker is chosen from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import _PAIRS, _SPACES


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each quotation (marks and inner spaces excluded), in text order.
    A quotation that goes on over several paragraphs (each new one reopening the mark, the French way)
    gives one span per paragraph."""
    spans: list[tuple[int, int]] = []
    paras: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n"):
        paras.append((pos, para))
        pos += len(para) + 1
    # The next non-empty paragraph after each one (a backward pass: no rescan per paragraph).
    following = [""] * len(paras)
    for n in range(len(paras) - 2, -1, -1):
        p = paras[n + 1][1]
        following[n] = p if p.strip(_SPACES) else following[n + 1]
    left_open = False  # the last non-empty paragraph left a « open
    for n, (pos, para) in enumerate(paras):
        nxt = following[n]
        reopened = nxt.lstrip(_SPACES)[:1] in {"«", "“", '"'}
        for open_, close in _PAIRS:
            if open_ not in para:
                continue  # (most paragraphs open no quotation: each search below needs the opening mark)
            for m in re.finditer(rf"{open_}([^{open_}{close}]+){close}", para):
                spans.append((pos + m.start(1), pos + m.end(1)))
            spans.extend((pos + s, pos + e) for s, e in _nested(para, open_, close))
            m = re.search(rf"{open_}([^{open_}{close}]+)$", para)
            if m and reopened:
                spans.append((pos + m.start(1), pos + m.end(1)))
            elif m and n + 1 < len(paras):
                spans.extend(_closed_in_next_paragraph(paras, n, pos + m.start(1), open_, close))
        if not left_open:  # (a paragraph that goes on with a quotation left open closes it first)
            spans.extend((pos + s, pos + e) for s, e in _closing_mark_opens(para))
            spans.extend((pos + s, pos + e) for s, e in _opening_lost(para))
        if para.strip(_SPACES):
            left_open = para.count("«") > para.count("»")
        idx = [m.start() for m in re.finditer('"', para)] if '"' in para else []  # (no loop over every character)
        for k, e in _mismatched_close(para, idx):
            spans.append((pos + k + 1, pos + e))
            idx.remove(k)
        if len(idx) % 2 and reopened and para.lstrip(_SPACES).startswith('"'):
            spans.append((pos + idx[0] + 1, pos + len(para)))
            idx = idx[1:]
        for a, b in zip(idx[::2], idx[1::2], strict=False):
            spans.append((pos + a + 1, pos + b))
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # « Il ne s'agit pas… » : the spaces inside the marks are typography, not words.
        while s < e and text[s] in _SPACES:
            s += 1
        while e > s and text[e - 1] in _SPACES:
            e -= 1
        if s < e and (not out or s >= out[-1][1]):
            out.append((s, e))
    return out


_NESTED_MAX_WORDS = 6  # a word or phrase quoted inside a quotation; a longer inner one is a quotation of its own


def _nested(para: str, open_: str, close: str) -> list[tuple[int, int]]:
    """« On ne peut pas bloquer le pays en « prenant en otage » les usagers » : a few words quoted inside a quotation
    with the same marks; the outer quotation's span (the inner words stay part of it)."""
    if para.count(open_) < 2:
        return []  # (a cheap test first: most paragraphs hold no nested marks)
    out = []
    for m in re.finditer(rf"{open_}((?:[^{open_}{close}]*{open_}[^{open_}{close}]+{close})+[^{open_}{close}]*){close}", para):
        inner = re.findall(rf"{open_}([^{open_}{close}]+){close}", m.group(1))
        if all(len(w.split()) <= _NESTED_MAX_WORDS for w in inner):
            out.append((m.start(1), m.end(1)))
    return out


_OPENING_CONTEXT = set(_SPACES) | {"’", "'", ".", "!", "?", ":"}  # what a mistyped opening mark follows


def _closing_mark_opens(para: str) -> list[tuple[int, int]]:
    """"il a dit qu’ » nous irons jusqu’au bout », « … ».» Nous irons …», a-t-il dit": a closing mark typed where
    the opening one belongs (after an elision, a space or a sentence's end, with every earlier quotation closed),
    when the next mark of the paragraph closes again; the words between them."""
    if para.count("»") < 2:
        return []  # (a cheap test first: most paragraphs close at most one quotation)
    out = []
    depth = 0
    marks = [(m.start(), m.group()) for m in re.finditer("[«»]", para)]
    for (k, c), (k2, c2) in zip(marks, [*marks[1:], (-1, "")], strict=True):
        if c == "«" or depth > 0:
            depth += 1 if c == "«" else -1
            continue
        before = para[k - 1 : k] if k else ""
        after = para[k + 1 : k2].lstrip(_SPACES)
        if c2 == "»" and before and before in _OPENING_CONTEXT and after[:1].isalnum():
            out.append((k + 1, k2))
    return out


_LOST_OPENING = re.compile(r"»\s*,\s*[a-zà-ÿ]")  # a closing mark, then an incise ("… », a déclaré X")
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")
_LOST_MIN_WORDS = 4
_FRENCH_MARK = re.compile("[«»]")


def _opening_lost(para: str) -> list[tuple[int, int]]:
    """"… au complet », a déclaré X" with no « before it in the paragraph (the opening mark lost in the source, the
    paragraph not going on with a quotation left open): the words from the start of that sentence to the mark, when
    they hold no other quotation mark."""
    if para.count("»") <= para.count("«"):
        return []  # (a cheap test first: most closing marks close an opening one)
    depth, k = 0, -1
    for m in _FRENCH_MARK.finditer(para):
        if m.group() == "«" or depth:
            depth += 1 if m.group() == "«" else -1
        else:
            k = m.start()  # the first closing mark that closes nothing
            break
    if k < 0 or not _LOST_OPENING.match(para, k):
        return []
    starts = [s.end() for s in _SENTENCE_START.finditer(para, 0, k)]
    start = starts[-1] if starts else 0
    words = para[start:k]
    if any(c in words for c in "«»“”\"") or len(words.split()) < _LOST_MIN_WORDS:
        return []
    return [(start, k)]


_STRAIGHT_TO_CURLY = re.compile(r'"([^"«»“”]+)[”»]')


def _mismatched_close(para: str, idx: list[int]) -> list[tuple[int, int]]:
    """'Il a jugé : "Nous ne céderons pas”.' : a straight mark opening (an even number of them before it) closed by a
    curly or French mark that opens nothing; (index of the straight mark, end of the words)."""
    if len(idx) % 2 == 0 or not ("”" in para or "»" in para):
        return []
    out = []
    for k in idx[::2]:
        m = _STRAIGHT_TO_CURLY.match(para, k)
        if m is None:
            continue
        close = m.end() - 1
        opener = "“" if para[close] == "”" else "«"
        if para.count(opener, 0, close) <= para.count(para[close], 0, close):
            out.append((k, m.end(1)))
        break
    return out


_FOLLOW_MAX = 4  # paragraphs a quotation left open may run over before its closing mark


def _closed_in_next_paragraph(paras: list[tuple[int, str]], n: int, start: int, open_: str, close: str) -> list[tuple[int, int]]:
    """« … left open at the end of a paragraph and closed in a next one without reopening (« Le militantisme …
    / C'est d'être … », ajoute-t-il): one quotation across the breaks, so the incise after the close names it. The
    paragraphs in between hold no quotation mark of that kind."""
    seen = 0
    for pos, para in paras[n + 1 :]:
        if not para.strip(_SPACES):
            continue
        end = para.find(close)
        if end > 0 and open_ not in para[:end]:
            return [(start, pos + end)]
        seen += 1
        if end != -1 or open_ in para or seen >= _FOLLOW_MAX:
            return []
    return []


def _outer(text: str, qs: int, qe: int) -> tuple[int, int]:
    """Bounds of a quotation including its marks and inner spaces (words whose opening mark was lost start bare)."""
    start = qs
    while qs > 0 and text[qs - 1] in _SPACES:
        qs -= 1
    while qe < len(text) and text[qe] in _SPACES:
        qe += 1
    close = qe < len(text) and text[qe] in "»”\""
    opened = qs > 0 and text[qs - 1] in "«»“”\""
    return qs - 1 if opened else start, min(len(text), qe + 1) if close else qe


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    label: str


@dataclass
class Quote:
    start: int
    end: int
    outer_start: int
    outer_end: int
    speaker: str | None = None
    cued: bool | str = False  # a speech verb, cue word or colon introduces it ("before": one before it)
