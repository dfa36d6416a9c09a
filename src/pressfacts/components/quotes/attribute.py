"""Naming the speaker of every quotation of a Doc, cue first, then what the text around it says."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...extensions import doc_text, headline_end
from .around import (
    _after_connective,
    _attribution_line,
    _carried_over_narrative,
    _carried_speaker,
    _connective_source,
    _fragment_after_quotation,
    _gist_lead,
    _introduced_after,
    _opens_sentence,
    _organization_before,
    _organization_clause,
    _parenthesized_name,
    _profiled_speaker,
    _same_sentence_speaker,
)
from .finder import SpeakerFinder
from .lexicon import _MIN_WORDS, _SPACES
from .openers import participle_lead, wording_subject
from .quotations import Quote, _outer, find_quotations
from .special import (
    _answer_paragraph,
    _condensed_repeat,
    _coordinated_fragment,
    _fragment_speaker,
    _fronted_attitude,
    _glued_heading,
    _label,
    _made_to_say,
    _mistagged_verb_subject,
    _named_narrative_infinitive,
    _narrative_infinitive,
    _qualified_as,
    _read_in_medium,
    _read_on,
    _repeated_words,
    _subheading,
    _wording_before_colon,
)
from .wording import _wording_user

if TYPE_CHECKING:
    from .lexicon import QuoteLexicon


def _cue_speaker(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: Quote | None) -> None:
    """Sets quotes[n].cued and .speaker from a cue around the quotation (a speech verb's incise, "lit-on dans",
    the lead before it, a verb or incise inside it), first cue first; cued stays False when none is found."""
    q = quotes[n]
    finder.prev_end = prev.outer_end if prev else 0
    finder.prev_unnamed = prev is not None and bool(prev.cued) and prev.speaker is None
    prev_speaker = prev.speaker if prev else None
    q.speaker = finder.voice_of(q, prev_speaker)
    q.cued = "voice" if q.speaker else False
    if not q.cued:
        q.speaker = _read_in_medium(finder, q)  # "« … », lit-on dans Le Parisien": the paper's own words
        q.cued = "voice" if q.speaker else False
    if not q.cued and _read_on(finder, q):
        q.cued = "read"  # "« … », pouvait-on lire sur une banderole": words nobody is named for
    if not q.cued and _narrative_infinitive(finder, q, prev):
        q.cued, q.speaker = "infinitive", prev.speaker  # type: ignore[union-attr]
    if not q.cued:
        named, q.speaker = _named_narrative_infinitive(finder, q, prev_speaker)  # "Et la CGT d'enfoncer le clou : « … »"
        q.cued = "voice" if named else False
    if not q.cued:
        q.cued, q.speaker = _incise_after(finder, quotes, n, prev_speaker)
    if not q.cued:
        q.cued, q.speaker = finder.before(q, prev.outer_end if prev else 0, prev_speaker)
        q.cued = "before" if q.cued else False
    if not q.cued:
        q.cued, q.speaker = finder.verb_inside(q, prev_speaker)
    if not q.cued:
        q.cued, q.speaker = finder.incise_inside(q, prev_speaker)


def _source_in_sentence(finder: SpeakerFinder, q: Quote, prev_speaker: str | None) -> None:
    """What the quotation's sentence says of its source, over or after its cue (sets q.speaker and q.cued)."""
    if q.cued in {True, "before"} and q.speaker is not None:
        # "X a jugé …, tandis que pour Y, le texte « … »": the second clause's source, not the sentence's subject
        q.speaker = _connective_source(finder, q, second_clause=True) or q.speaker
    if q.speaker is None and q.cued in {False, "before"}:
        # "Mais pour la CGT, les annonces « … »": the source phrase after an opening conjunction; "Force ouvrière
        # « regrette … »": the name right before words that open on a speech verb.
        q.speaker = _connective_source(finder, q) or finder.name_before_speech_verb(q)
        q.cued = "voice" if q.speaker is not None else q.cued
    if q.speaker is None and q.cued != "read":
        # "les « mesures » promises samedi par X": the agent of a speech verb's participle right after the marks
        # (whatever verb before the words found nobody: "personne n'a repris le « … » évoqué par X").
        q.speaker = finder.uttering_agent(q, prev_speaker)
        q.cued = "voice" if q.speaker is not None else q.cued


def attribute_speakers(doc: Doc, lex: QuoteLexicon) -> list[dict[str, object]]:
    text = doc_text(doc)
    quotes = [Quote(s, e, *_outer(text, s, e)) for s, e in find_quotations(text)]
    finder = SpeakerFinder(doc, lex, quotes)
    names = {(m.start, m.end) for m in finder.mentions} | {
        (m["start"], m["end"]) for e in doc._.entities or [] for m in e["mentions"]
    }
    out: list[dict[str, object]] = []
    short: list[Quote] = []
    headings: list[Quote] = []  # subheadings: kept (speaker None) when no words said further on name a speaker
    prev: Quote | None = None
    for n, q in enumerate(quotes):
        if (q.start, q.end) in names or lex.kind("term", text[q.start : q.end].strip(" .,")) or _label(finder, q):
            # a name or a label in quotation marks ("Coco", « gilets jaunes »), not a quotation, unless named as the
            # wording someone used ("X a employé le terme « … »")
            used = None if (q.start, q.end) in names else (
                _wording_user(finder, q, prev.speaker if prev else None) or _coordinated_fragment(finder, q, prev))
            if used is None:
                continue
            q.cued, q.speaker, prev = "voice", used, q
            out.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": used})
            continue
        attributed = _attribution_line(finder, q)
        if attributed is not None:  # a pull quote and the line naming who said it
            q.cued, q.speaker, prev = "voice", attributed, q
            out.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": attributed})
            continue
        if _subheading(text, q):  # nobody's words, and none carried over it (the same words said later name one)
            q.cued, prev = "heading", q
            short.append(q)
            headings.append(q)
            continue
        if _glued_heading(text, q):
            short.append(q)  # a subheading glued to the paragraph: only the same words said further on name a speaker
            continue
        prev_speaker = prev.speaker if prev else None
        _cue_speaker(finder, quotes, n, prev)
        _source_in_sentence(finder, q, prev_speaker)
        if q.speaker is None and (not q.cued or q.cued == "before"):
            # "X juge que les mesures « imposent … » la « transformation … »": the same sentence, nobody else.
            q.speaker = _same_sentence_speaker(finder, q, prev)
            q.cued = q.cued or q.speaker is not None
        if q.cued in {False, "before"}:
            # "X a invité ses partisans à « ne pas céder »": what the subject of a verb of urging urges (nobody's
            # after "les messages appelant à « … »", whatever the lead said).
            urged, speaker = finder.appeal_subject(q, prev_speaker)
            if urged:
                q.cued, q.speaker = "voice", speaker
        if q.speaker is None and q.cued != "read" and len(text[q.start : q.end].split()) < _MIN_WORDS:
            # "X a employé le terme « … »": named as the words someone used, whatever cue found nobody.
            q.speaker = _wording_user(finder, q, prev_speaker)
            q.cued = q.cued or q.speaker is not None
        if q.speaker is None and len(text[q.start : q.end].split()) < _MIN_WORDS and not _answer_paragraph(text, q):
            # "Il a écarté tout « recul »": a few words inside a sentence whose subject is a person named before are
            # that person's words; else a label unless the same words are quoted elsewhere with a speaker (below).
            q.speaker = None if q.cued or _opens_sentence(finder, q) else (
                finder.governing_subject(q, prev_speaker) or finder.reporting_subject(q, prev_speaker)
                or _mistagged_verb_subject(finder, q) or _qualified_as(finder, q, prev_speaker)
                or finder.aim_subject(q, prev_speaker))
            q.cued = q.cued or q.speaker is not None
            if q.speaker is None:
                short.append(q)
                continue
        _around_speaker(finder, q, prev, prev_speaker)
        if q.speaker is None or q.cued == "before":  # (an incise after the words names its own speaker)
            q.speaker = _made_to_say(finder, q) or q.speaker  # "font dire à X que « … »": X, not the subject of "faire"
        # "la citation de X : « … »": X's words, while the quotations after it carry on with the one who cites them.
        cited = _wording_before_colon(finder, q) or wording_subject(finder, q)  # "Ces mots de X restent justes : « … »"
        out.append({"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": cited or q.speaker})
        prev = q
    out = _repeated_words(doc, _only_people_and_organizations(finder, out), short)
    return _title_main_voice(finder, _condensed_repeat(text, _with_headings(text, out, headings)))


def _around_speaker(finder: SpeakerFinder, q: Quote, prev: Quote | None, prev_speaker: str | None) -> None:
    """The text around a quotation its cue left without a speaker (or that has no cue): the interview, a name after
    it, the sentence or paragraph before, a fragment going on with earlier words, an organization's clause; in that
    order of reliability (sets q.speaker)."""
    if q.speaker is None and q.cued in {False, "before"}:
        q.speaker = participle_lead(finder, q, prev_speaker)  # "Affirmant que « … », le ministre a voulu …"
    if q.speaker is None and q.cued in {False, "before"}:
        q.speaker = _parenthesized_name(finder, q)  # "Exemple : « … » (X).": signed in parentheses
    if not q.cued and q.speaker is None:
        if _opens_sentence(finder, q) or _after_connective(finder, q):
            q.speaker = (finder.interview_answer(q) or finder.interview_title(q) or finder.named_after(q)
                         or _organization_before(finder, q, prev) or _carried_speaker(finder, q, prev)
                         or finder.previous_sentence(q, prev_speaker))
        else:
            q.speaker = (finder.own_subject(q, prev_speaker) or _fragment_speaker(finder, q, prev_speaker)
                         or _fronted_attitude(finder, q, prev_speaker))
    if q.speaker is None and q.cued in {False, "before"}:
        q.speaker = _gist_lead(finder, q, prev)  # "X a lancé un appel. L'objectif : « … »"
    if q.speaker is None and not q.cued:
        q.speaker = _profiled_speaker(finder, q, prev)
    if q.speaker is None and not q.cued:
        q.speaker = _carried_over_narrative(finder, q, prev)
    if q.speaker is None and not q.cued:
        q.speaker = _introduced_after(finder, q)
    if q.speaker is None and not q.cued:
        q.speaker = _fragment_after_quotation(finder, q, prev)
    if q.speaker is None and q.cued in {False, "before"}:
        # "la note de l'Insee indique que le PIB « … »" (also when a lead cue found no subject of its own)
        q.speaker = _organization_clause(finder, q)


def _only_people_and_organizations(finder: SpeakerFinder, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """A place never speaks: "Mantes-la-Jolie : « … »" over an article is a dateline, not a speaker."""
    for o in out:
        if o["speaker"] is not None and finder.labels.get(str(o["speaker"])) not in {"PER", "ORG"}:
            o["speaker"] = None
    return out


def _title_main_voice(finder: SpeakerFinder, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """"Gilets jaunes : « Nous tiendrons jusqu'à Noël »": a quotation in a title that names nobody, left with no speaker
    by every cue, over an article whose quotations one person dominates (three at least, twice as many as anyone
    else's), is that person's: a headline quotes the article's main voice. With no clear main voice, nobody's."""
    line_end = headline_end(finder.text)
    if line_end < 0:
        return out
    for o in out:
        if int(o["start"]) < line_end and o["speaker"] is None:  # type: ignore[call-overload]
            o["speaker"] = _named_after_colon(finder, int(o["end"]), line_end)  # type: ignore[call-overload]
    if any(m.start < line_end and m.label == "PER" for m in finder.mentions):
        return out
    counts = Counter(str(o["speaker"]) for o in out if o["speaker"] and int(o["start"]) > line_end)  # type: ignore[call-overload]
    ranked = counts.most_common(2)
    if not ranked or finder.labels.get(ranked[0][0]) != "PER" or ranked[0][1] < 3 or (
            len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return out
    for o in out:
        if int(o["start"]) < line_end and o["speaker"] is None:  # type: ignore[call-overload]
            o["speaker"] = ranked[0][0]
    return out


def _named_after_colon(finder: SpeakerFinder, end: int, line_end: int) -> str | None:
    """"« Je ne serai pas candidat » : Nicolas Hulot ferme la porte": a title opening on a quotation, then a colon and a
    person's name: that person (the colon lead written after the words)."""
    rest = finder.text[end:line_end]
    colon = re.match(r"\s*[»”\"]\s*:\s*", rest)
    if colon is None:
        return None
    at = end + colon.end()
    m = finder.by_char.get(at)
    return m.entity if m is not None and m.start == at and m.label == "PER" else None


def _with_headings(text: str, out: list[dict[str, object]], headings: list[Quote]) -> list[dict[str, object]]:
    """The subheadings the same words said further on gave no speaker, kept (their words in order inside a longer
    attributed quotation may still name one: _condensed_repeat)."""
    kept = {int(o["start"]) for o in out}  # type: ignore[call-overload]
    out += [{"start": q.start, "end": q.end, "text": text[q.start : q.end], "speaker": None}
            for q in headings if q.start not in kept]
    return sorted(out, key=lambda o: int(o["start"]))  # type: ignore[call-overload]


def _incise_after(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: str | None) -> tuple[bool | str, str | None]:
    """The incise right after quotation n (up to the next quotation that is not a label), else the one it shares
    with the quotations that follow it."""
    cued, found = finder.after(quotes[n], _next_quotation_start(finder.text, quotes, n, finder.lex), prev)
    if cued:
        return cued, found
    found = _shared_incise(finder, quotes, n, prev)
    return ("voice", found) if found else (False, None)


def _shared_incise(finder: SpeakerFinder, quotes: list[Quote], n: int, prev: str | None) -> str | None:
    """"« Paris brûle ! », « c'est indécent », a tweeté X": quotations one after the other, with only commas or "et"
    between them, share the incise after the last one; the speaker of the sentence before does not carry over."""
    k = n
    while k + 1 < len(quotes) and finder.text[quotes[k].outer_end : quotes[k + 1].outer_start].strip(
            _SPACES) in {",", "et", ", et"}:
        k += 1
    if k == n:
        return None
    cued, found = finder.after(quotes[k], _next_quotation_start(finder.text, quotes, k, finder.lex), prev)
    return found if cued else None


def _next_quotation_start(text: str, quotes: list[Quote], n: int, lex: QuoteLexicon) -> int:
    """Where the words after quotation n stop being its incise: the next quotation, skipping a label in marks
    ("», poursuit ce « gilet jaune » de Brest": the incise's subject stands inside them)."""
    for q in quotes[n + 1 :]:
        if not lex.kind("term", text[q.start : q.end].strip(" .,")):
            return q.outer_start
    return len(text)
