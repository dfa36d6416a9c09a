"""The spaCy component: writes doc.spans["dates"] and doc._.dates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ...extensions import doc_text, register_extensions, set_span_group
from ...settings import save_rows
from .context import extract_dates
from .finding import DateRules, default_rules
from .partial import DATE_WORDS
from .tense import doc_coming, doc_gone, doc_listed, doc_tense


# ---------------------------------------------------------------- spaCy component
class DateRecognizer:
    """Writes doc.spans["dates"] and doc._.dates; fills doc._.published when it has to infer it.

    Its words come from the file `initialize(words=...)` names (the config's
    [initialize.components.pressfacts_dates]); `to_disk`/`from_disk` save and load them as
    date_words.jsonl in the component's folder. Added with `nlp.add_pipe` and never initialized,
    it uses the packaged date words."""

    def __init__(self, nlp: Language, name: str, spans_key: str = "dates") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self._rules: DateRules | None = None

    @property
    def rules(self) -> DateRules:
        if self._rules is None:
            self._rules = default_rules()
        return self._rules

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
        words: str | Path | None = None,
    ) -> None:
        self._rules = DateRules.from_path(words) if words else default_rules()

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        tense = doc_tense(doc, rules.vocab.future_cues, rules.vocab.intentions, rules.vocab.etre_verbs,
                          tuple(sorted(rules.vocab.event_nouns)), rules.vocab.past_modals,
                          frozenset(rules.vocab.weekdays), rules.vocab.plans, rules.vocab.reports,
                          rules.vocab.since_events, rules.vocab.after_events)
        gone = doc_gone(doc, rules.vocab.reschedules, rules.vocab.plans, rules.vocab.intentions,
                        rules.vocab.etre_verbs)
        found, ref, inferred = extract_dates(doc_text(doc), doc._.published, rules, tense,
                                             doc_coming(doc, rules.vocab.future_cues, rules.vocab.ahead),
                                             gone, doc_listed(doc))
        if inferred:
            doc._.published = ref
            doc._.published_source = "inferred"
        doc._.dates = [f.as_dict() for f in found]
        set_span_group(doc, self.spans_key, doc._.dates)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_rows(path, {DATE_WORDS: self.rules.rows})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateRecognizer:
        self._rules = DateRules(srsly.read_jsonl(ensure_path(path) / DATE_WORDS))
        return self


@Language.factory(
    "pressfacts_dates",
    default_config={"spans_key": "dates"},
    assigns=["doc._.dates", "doc._.published", "doc._.published_source", "doc.spans"],
    requires=["doc._.published", "token.pos", "token.morph", "token.dep"],
)
def make_dates(nlp: Language, name: str, spans_key: str) -> DateRecognizer:
    return DateRecognizer(nlp, name, spans_key)
