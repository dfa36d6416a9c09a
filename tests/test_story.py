"""The story view: merge rules, claim statuses, reprints, exports, the corpus checks of issue 9 and the report in a
real headless browser. Sentences are written for these tests (none comes from ../shared)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from pressfacts.records import DateFact, Entity, EntityAttributes, Figure, Mention, Pipeline, Record, Source
from pressfacts.store import write_record
from pressfacts.story import build_story, compute_story
from pressfacts.story.claims import figure_range, unit_lemma
from pressfacts.story.entities import name_key
from pressfacts.story.load import Article, sentence_starts

PIPE = Pipeline(version="test", model="none")


def make_record(rid: str, text: str, published: str | None = None, *, title: str | None = None,
                entities: list[tuple[str, str, list[str], int | None]] = (),  # type: ignore[assignment]
                figures: list[tuple[str, float, str, str]] = (),  # type: ignore[assignment]
                dates: list[tuple[str, str]] = ()) -> Record:  # type: ignore[assignment]
    """A record with offsets found in `text` (each surface form's first occurrence, or every one for mentions)."""
    ents = []
    for i, (name, label, surfaces, age) in enumerate(entities, 1):
        mentions = []
        for surface in surfaces:
            start = text.index(surface)
            mentions.append(Mention(start=start, end=start + len(surface), text=surface))
        ents.append(Entity(id=f"e{i}", label=label, name=name, mentions=mentions,  # type: ignore[arg-type]
                           attributes=EntityAttributes(age=age)))
    figs = [Figure(start=text.index(s), end=text.index(s) + len(s), text=s, value=v, unit=u, qualifier=q)  # type: ignore[arg-type]
            for s, v, u, q in figures]
    dts = [DateFact(start=text.index(s), end=text.index(s) + len(s), text=s, value=v, granularity="day", relative=False)
           for s, v in dates]
    return Record(id=rid, source=Source(path=f"{rid}.txt", sha256="0" * 64, format="text"), title=title,
                  published=published, published_source="header" if published else None, language="fr", text=text,
                  entities=ents, dates=dts, figures=figs, pipeline=PIPE)


def story_of(*records: Record):
    arts = [Article(r, sentence_starts(r.text)) for r in sorted(records, key=lambda r: r.id)]
    story, _, _ = compute_story(arts)
    return story


def entity_named(story, name: str):
    return [e for e in story.entities if e.name == name]


# --- merge rules -------------------------------------------------------------------------------------------------

def test_name_key_ignores_case_accents_articles_and_web_suffix():
    assert name_key("Coco.gg") == name_key("coco.fr") == name_key("Coco") == "coco"
    assert name_key("L'Élysée") == "elysee"
    assert name_key("Gendarmerie Nationale") == name_key("gendarmerie nationale")


def test_site_spellings_are_one_entity_across_articles():
    a = make_record("a", "Le site Coco.gg a été fermé mardi par la justice.", "2024-06-25",
                    entities=[("Coco.gg", "ORG", ["Coco.gg"], None)])
    b = make_record("b", "Les enquêteurs visaient coco.fr depuis des mois.", "2024-06-26",
                    entities=[("coco.fr", "ORG", ["coco.fr"], None)])
    story = story_of(a, b)
    coco = [e for e in story.entities if e.label == "ORG"]
    assert len(coco) == 1 and coco[0].records == ["a", "b"] and {coco[0].name, *coco[0].aliases} == {"Coco.gg", "coco.fr"}


def test_two_different_martins_are_not_merged_on_a_first_name_alone():
    a = make_record("a", "Martin, boulanger à Lyon, a ouvert une boutique rue Mercière.", "2021-03-02",
                    entities=[("Martin", "PER", ["Martin"], None), ("Lyon", "LOC", ["Lyon"], None)])
    b = make_record("b", "Martin, étudiant à Brest, a remporté le concours de voile.", "2023-09-14",
                    entities=[("Martin", "PER", ["Martin"], None), ("Brest", "LOC", ["Brest"], None)])
    martins = entity_named(story_of(a, b), "Martin")
    assert len(martins) == 2 and martins[0].id != martins[1].id


def test_two_full_names_sharing_a_first_name_stay_apart():
    a = make_record("a", "Martin Durand dirige la mairie de Lyon.", "2024-01-01",
                    entities=[("Martin Durand", "PER", ["Martin Durand"], None)])
    b = make_record("b", "Martin Leroy dirige la mairie de Lyon.", "2024-01-01",
                    entities=[("Martin Leroy", "PER", ["Martin Leroy"], None)])
    assert {e.name for e in story_of(a, b).entities} == {"Martin Durand", "Martin Leroy"}


CASE = [("Grande-Synthe", "LOC"), ("Coco", "ORG"), ("parquet de Lille", "ORG")]


TAILS = {  # different endings, so that the test articles are not reprints of one another
    "a": "Ses proches décrivent un garçon discret qui aimait le football et travaillait dans un garage.",
    "b": "Une marche blanche est prévue dimanche matin devant la mairie, à l'appel de plusieurs associations.",
    "c": "Les avocats des suspects n'ont pas souhaité s'exprimer avant l'audience devant le juge d'instruction.",
}


def _case_article(rid: str, person: str, published: str) -> Record:
    text = (f"{person}, 22 ans, est mort à Grande-Synthe après une rencontre organisée via Coco. "
            f"Le parquet de Lille a ouvert une enquête. {TAILS[rid]}")
    return make_record(rid, text, published, entities=[(person, "PER", [person], 22)]
                       + [(n, lab, [n], None) for n, lab in CASE])


def test_first_name_joins_full_name_when_articles_share_the_case():
    story = story_of(_case_article("a", "Philippe Coopman", "2024-04-18"), _case_article("b", "Philippe", "2024-04-25"))
    people = [e for e in story.entities if e.label == "PER"]
    assert len(people) == 1 and people[0].name == "Philippe Coopman" and people[0].records == ["a", "b"]
    assert "Philippe" in people[0].aliases


def test_first_name_stays_apart_in_an_unrelated_article():
    other = make_record("c", "Philippe, boulanger à Nantes, vend son pain au marché de Talensac.", "2019-02-01",
                        entities=[("Philippe", "PER", ["Philippe"], None), ("Nantes", "LOC", ["Nantes"], None)])
    story = story_of(_case_article("a", "Philippe Coopman", "2024-04-18"), other)
    assert {e.name for e in story.entities if e.label == "PER"} == {"Philippe Coopman", "Philippe"}


# --- claims ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("unit", "lemma"), [("procédures judiciaires", "procedure"), ("victimes", "victime"),
                                             ("journaux", "journal"), ("yeux", "oeil"), ("%", "%")])
def test_unit_lemma(unit, lemma):
    assert unit_lemma(unit) == lemma


def test_figure_ranges_follow_the_qualifier():
    fig = Figure(start=0, end=1, text="x", value=23000, unit="procédures", qualifier="more_than")
    assert figure_range(fig) == (23000, 28750)
    assert figure_range(fig.model_copy(update={"value": 480, "qualifier": "approx"})) == pytest.approx((432, 528))
    assert figure_range(fig.model_copy(update={"value": 23051, "qualifier": "exact"})) == (23051, 23051)


def _procedures(rid: str, words: str, value: float, qualifier: str) -> Record:
    text = f"Selon le parquet, {words} procédures ont été ouvertes contre le site depuis 2021."
    return make_record(rid, text, "2024-06-25", figures=[(f"{words} procédures", value, "procédures", qualifier)])


def test_consistent_figures_more_than_and_exact():
    story = story_of(_procedures("a", "plus de 23 000", 23000, "more_than"), _procedures("b", "23 051", 23051, "exact"),
                     _procedures("c", "pas moins de 23 051", 23051, "at_least"))
    [group] = [g for g in story.claims if g.kind == "figure"]
    assert group.status == "consistent" and group.sources == 3 and group.records == ["a", "b", "c"]


def _injured(rid: str, n: str, value: int) -> Record:
    text = f"Samedi, la manifestation devant la préfecture de Rennes a fait {n} blessés parmi les policiers."
    return make_record(rid, text, "2024-03-02", figures=[(f"{n} blessés", value, "blessés", "exact")],
                       dates=[("Samedi", "2024-03-02")])


def test_conflicting_figures_quote_both_sides_with_offsets():
    a, b = _injured("a", "12", 12), _injured("b", "45", 45)
    story = story_of(a, b)
    [group] = [g for g in story.claims if g.kind == "figure"]
    assert group.status == "conflict" and group.sources == 2
    reason = group.reasons[0]
    assert {reason.a.text, reason.b.text} == {"12 blessés", "45 blessés"}
    for side in (reason.a, reason.b):
        rec = a if side.record_id == "a" else b
        assert rec.text[side.start : side.end] == side.text


def test_single_when_every_claim_comes_from_one_article():
    story = story_of(_case_article("a", "Philippe Coopman", "2024-04-18"))
    [age] = [g for g in story.claims if g.kind == "age"]
    assert age.status == "single" and age.claims[0].value == 22 and age.claims[0].wording.text == "Philippe Coopman"


def test_age_conflict_between_articles():
    a = _case_article("a", "Philippe Coopman", "2024-04-18")
    b = _case_article("b", "Philippe Coopman", "2024-04-19")
    b.entities[0].attributes.age = 23
    [age] = [g for g in story_of(a, b).claims if g.kind == "age"]
    assert age.status == "conflict" and "22" in age.reasons[0].text and "23" in age.reasons[0].text


def _death(rid: str, when: str, value: str, published: str) -> Record:
    text = (f"Un jeune homme de 22 ans est mort {when} à Grande-Synthe après un guet-apens tendu via un site de "
            f"rencontres. {TAILS[rid]}")
    return make_record(rid, text, published, dates=[(when, value)],
                       entities=[("Grande-Synthe", "LOC", ["Grande-Synthe"], None)])


def test_date_conflict_for_one_event_and_the_timeline_marks_it():
    story = story_of(_death("a", "dans la nuit du 15 avril", "2024-04-15", "2024-04-20"),
                     _death("b", "le 16 avril", "2024-04-16", "2024-04-22"),
                     _death("c", "le 16 avril", "2024-04-16", "2024-04-23"))
    [group] = [g for g in story.claims if g.kind == "date"]
    assert group.status == "conflict" and group.sources == 3
    assert {group.reasons[0].a.text, group.reasons[0].b.text} == {"dans la nuit du 15 avril", "le 16 avril"}
    [event] = [e for e in story.timeline if e.disputed]
    assert event.values == ["2024-04-15", "2024-04-16"] and event.value == "2024-04-16"


# --- reprints ----------------------------------------------------------------------------------------------------

DISPATCH = ("La préfecture du Nord a annoncé mardi la fermeture de trois écoles de Roubaix après des inondations. "
            "Les élèves seront accueillis dans les collèges voisins dès jeudi, a précisé le rectorat. "
            "Selon les pompiers, 480 habitations ont été touchées par la montée des eaux dans la nuit. "
            "Les travaux de nettoyage devraient durer au moins deux semaines, selon la mairie. "
            "Une cellule d'aide psychologique a été ouverte à la salle des fêtes pour les familles sinistrées. "
            "Le maire a demandé que la commune soit reconnue en état de catastrophe naturelle au plus vite.")


def test_reprint_with_new_title_and_edited_sentences_is_one_source():
    edited = DISPATCH.replace("a précisé le rectorat", "indique le rectorat dans un communiqué").replace(
        "au plus vite", "dans les prochains jours")
    fig = ("480 habitations", 480, "habitations", "exact")
    a = make_record("a", DISPATCH, "2024-05-02", title="Inondations à Roubaix", figures=[fig])
    b = make_record("b", edited, "2024-05-03", title="Roubaix: trois écoles fermées", figures=[fig])
    story = story_of(a, b)
    [group] = story.copies
    assert group.original == "a" and [m.record_id for m in group.members] == ["a", "b"]
    assert 0.6 <= group.members[1].similarity < 1.0
    [claim] = [g for g in story.claims if g.kind == "figure"]
    assert claim.status == "single" and claim.sources == 1 and claim.records == ["a", "b"]


def test_different_articles_are_not_reprints():
    story = story_of(_injured("a", "12", 12), _death("b", "le 16 avril", "2024-04-16", "2024-04-22"))
    assert story.copies == []


# --- outputs -----------------------------------------------------------------------------------------------------

def _write(folder: Path, *records: Record) -> Path:
    for r in records:
        write_record(folder, r)
    return folder


def test_build_writes_json_duckdb_parquet_and_report(tmp_path):
    out = _write(tmp_path, _injured("a", "12", 12), _injured("b", "45", 45), _case_article("c", "Philippe", "2024-04-2"
                                                                                               "5"))
    result = build_story(out)
    folder = out / "story"
    data = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    assert data["claims"][0]["status"] == "conflict"
    con = duckdb.connect(str(folder / "story.duckdb"), read_only=True)
    tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert tables == {"articles", "entities", "mentions", "dates", "figures", "quotes", "story_entities", "claims",
                      "timeline", "copies"}
    assert con.execute("select count(*) from figures where claim_id is not null").fetchone() == (2,)
    assert con.execute("select count(*) from mentions where story_entity_id is null").fetchone() == (0,)
    assert len(list((folder / "parquet").glob("*.parquet"))) == 10
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "id='conflicts'" in html and "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert result.summary()["conflicts"] == 1


def test_story_is_deterministic_and_ids_do_not_depend_on_order(tmp_path):
    recs = [_death("a", "dans la nuit du 15 avril", "2024-04-15", "2024-04-20"), _death("b", "le 16 avril", "2024-04-16",
                                                                                      "2024-04-22"),
            _case_article("c", "Philippe Coopman", "2024-04-18")]
    first = story_of(*recs).model_dump_json()
    assert story_of(*reversed(recs)).model_dump_json() == first
    more = story_of(*recs, _injured("d", "12", 12))
    assert {e.id for e in story_of(*recs).entities} <= {e.id for e in more.entities}


def test_cli_story_and_schema(tmp_path, capsys):
    from pressfacts.cli import main

    _write(tmp_path, _injured("a", "12", 12), _injured("b", "45", 45))
    assert main(["story", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conflicts"] == 1
    assert main(["schema", "--story"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"entities", "claims", "timeline", "copies"} <= set(schema["properties"])


# --- ../shared/corpus (issue 9, "Done when") ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_story(corpus_records, corpus_dir, nlp, tmp_path_factory):
    from pressfacts.extract import process
    from pressfacts.ingest import read_articles

    out = tmp_path_factory.mktemp("corpus-story")
    for rec in corpus_records.values():
        write_record(out, rec)
    # A reprint: seed 002 with a new title and two sentences rewritten.
    seed = corpus_records["002"]
    sentences = [s for s in seed.text.split(". ") if len(s) > 60]
    text = seed.text.replace(sentences[1], "Le parquet a refusé de commenter ces informations dans la soirée").replace(
        sentences[3], "Aucun avocat de la défense n'a souhaité réagir auprès de notre rédaction")
    src = out.parent / "reprint.json"
    src.write_text(json.dumps({"title": "Un nouveau titre pour la même dépêche", "text": text,
                               "published": seed.published}), encoding="utf-8")
    [res] = list(process(read_articles(src, "reprint.json"), nlp))
    assert res.record is not None, res.reason
    write_record(out, res.record)
    build_story(out)
    return json.loads((out / "story" / "story.json").read_text(encoding="utf-8")), corpus_records, res.record


def test_corpus_coco_is_one_entity_in_four_articles(corpus_story):
    story, _, _ = corpus_story
    [coco] = [e for e in story["entities"] if "coco.fr" in e["aliases"] or e["name"] == "coco.fr"]
    forms = {coco["name"], *coco["aliases"]}
    assert {"Coco", "Coco.gg"} <= forms and len(coco["records"]) >= 4


def test_corpus_philippe_coopman_is_one_person_aged_22(corpus_story):
    story, _, _ = corpus_story
    [person] = [e for e in story["entities"] if e["name"] == "Philippe Coopman"]
    ages = {a["record_id"]: a["value"] for a in person["ages"]}
    assert set(ages.values()) == {22} and len(ages) >= 2 and "Philippe" in person["aliases"]


def _figure_group(story: dict, value: float) -> dict:
    [group] = [g for g in story["claims"] if g["kind"] == "figure" and any(c["value"] == value for c in g["claims"])]
    return group


def test_corpus_23051_procedures_consistent_in_three_articles(corpus_story):
    story, _, _ = corpus_story
    group = _figure_group(story, 23051)
    assert group["status"] == "consistent" and len({c["source_key"] for c in group["claims"]}) >= 3


def test_corpus_480_victims_one_group_in_two_articles(corpus_story):
    story, _, _ = corpus_story
    group = _figure_group(story, 480)
    assert len(group["records"]) >= 2 and group["status"] in ("consistent", "single")


def test_corpus_grande_synthe_death_date_conflict(corpus_story):
    story, recs, _ = corpus_story
    [group] = [g for g in story["claims"] if g["kind"] == "date" and g["status"] == "conflict"
               and {"2024-04-15", "2024-04-16"} <= {c["value"] for c in g["claims"]}]
    texts = {r["a"]["text"] for r in group["reasons"]} | {r["b"]["text"] for r in group["reasons"]}
    assert any("15 avril" in t for t in texts) and any("16 avril" in t for t in texts)
    by_id = {r.id: r for r in recs.values()}
    for reason in group["reasons"]:
        for side in (reason["a"], reason["b"]):
            if side["record_id"] in by_id:
                assert by_id[side["record_id"]].text[side["start"] : side["end"]] == side["text"]


def test_corpus_reprint_grouped_with_its_original(corpus_story):
    story, recs, reprint = corpus_story
    [group] = story["copies"]
    assert {m["record_id"] for m in group["members"]} == {recs["002"].id, reprint.id}
    assert min(m["similarity"] for m in group["members"]) >= 0.6


# --- the report in a real headless browser -----------------------------------------------------------------------

def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


def test_report_in_headless_chromium(tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium on this machine (.ci/run installs the Debian package `chromium`; it could not here)")
    out = _write(tmp_path / "out", _injured("a", "12", 12), _injured("b", "45", 45),
                 _death("c", "le 16 avril", "2024-04-16", "2024-04-22"))
    build_story(out)
    url = (out / "story" / "report.html").resolve().as_uri()
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True).stdout
    assert 'id="conflicts"' in dom and 'id="timeline"' in dom
    assert 'class="conflict"' in dom and "<svg" in dom and "12 blessés" in dom
    shot = tmp_path / "report.png"
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1200,1600", url], capture_output=True, timeout=120,
                   check=True)
    assert shot.stat().st_size > 10_000


def test_extract_refreshes_the_story_only_when_records_changed(tmp_path):
    from pressfacts.story.refresh import refresh_after_run

    _write(tmp_path, _injured("a", "12", 12), _injured("b", "45", 45))
    said: list[str] = []
    refresh_after_run(tmp_path, {"written": 0, "deleted_removed": 0}, said.append)
    assert not (tmp_path / "story").exists() and said == []
    report = {"written": 1, "deleted_removed": 0}
    refresh_after_run(tmp_path, report, said.append)
    assert (tmp_path / "story" / "story.json").is_file() and report["story"]["articles"] == 2
    assert said and said[0].startswith("story refreshed")
