"""The scoring behind `pressfacts eval`: matching rules on small hand-made cases, and the CLI gate."""

from __future__ import annotations

from pressfacts.cli import main
from pressfacts.evaluation import Prediction, Score, baseline_figures, norm, score_text, unit_head


def test_norm_and_unit_head():
    assert norm("Élancourt") == norm("elancourt") == "elancourt"
    assert norm("l’Union  européenne") == "l'union europeenne"
    assert unit_head("procédures judiciaires") == "procedure"
    assert unit_head("d'euros") == "euro"
    assert unit_head("%") == "%"
    assert unit_head(None) is None


def test_score_counts_matches_misses_and_extras():
    gold = {
        "people": [{"name": "Philippe Coopman", "aliases": ["Philippe"]}],
        "places": [{"name": "Grande-Synthe"}, {"name": "Nord"}],
        "organizations": [{"name": "parquet de Paris"}],
        "dates": [{"value": "2024-04-16"}, {"value": None}],
        "figures": [{"value": 22, "unit": "ans"}, {"value": 14, "value_max": 15, "unit": "ans"}],
        "quotes": [{"start": "Ce site permet", "speaker": "Eric Henry"}, {"start": "punir", "speaker": None}],
    }
    pred = Prediction(
        entities={"PER": [{"philippe"}], "LOC": [{"Grande-Synthe"}, {"Paris"}], "ORG": [{"Parquet de Paris"}]},
        dates=["2024-04-16", "2024-06-25"],
        figures=[(22, None, "ans"), (14, 15, "mineurs")],
        quotes=[("Ce site permet des discussions", {"Eric Henry"}), ("punir", {"Philippe"})],
    )
    s = score_text(gold, pred)
    assert (s["PER"].tp, s["PER"].fp, s["PER"].fn) == (1, 0, 0)  # alias, case-insensitive
    assert (s["LOC"].tp, s["LOC"].fp, s["LOC"].fn) == (1, 1, 1)
    assert (s["dates"].tp, s["dates"].fp, s["dates"].fn) == (1, 1, 0)  # null gold values are not scored
    assert (s["figures"].tp, s["figures_unit"].tp, s["figures_unit"].fn) == (2, 1, 1)
    assert (s["speakers"].tp, s["speakers"].fp, s["speakers"].fn) == (1, 1, 0)
    assert round(s["LOC"].f1, 3) == 0.5 and Score(0, 0, 0).f1 == 1.0


def test_roles_and_ages_scored_on_people_matched_by_name():
    gold = {"people": [{"name": "Carole Étienne", "roles": ["procureure de la République de Lille"], "age": 52},
                       {"name": "Louis Marchal", "aliases": ["Marchal"], "roles": ["maire", "ancien député"]},
                       {"name": "Ana Ruiz", "roles": ["avocate"]}]}
    pred = Prediction(people=[({"Carole Etienne"}, ["procureure de la République de Lille"], 52),
                              ({"Marchal"}, ["maire", "sénateur"], 61),
                              ({"Paul Ruiz"}, ["avocat"], None)])
    s = score_text(gold, pred)
    assert (s["roles"].tp, s["roles"].fp, s["roles"].fn) == (2, 1, 2)  # Ana Ruiz unmatched: her role is missed
    assert (s["ages"].tp, s["ages"].fp, s["ages"].fn) == (1, 1, 0)


def test_baseline_numbers_by_regex():
    assert baseline_figures("Près de 1 200 habitations et 3,5 % de plus en 2024.") == [(1200, None, "habitations"),
                                                                                         (3.5, None, "%")]


def test_eval_command_gates_on_f1(capsys):
    assert main(["eval", "--min-f1", "sentences=1.01", "--min-f1", "seed:dates=1.01"]) == 1
    out = capsys.readouterr()
    assert "seed sentences F1" in out.err and "is below the required 1.010" in out.err
    assert "PER" in out.out and "test (" in out.out and "dev (" in out.out
    # every article field gets its bootstrap interval; a gate missed on one says how often resamples reach it
    assert "95% interval of pressfacts' F1 over articles" in out.out
    assert "seed dates F1" in out.err and "of resamples reach 1.010" in out.err
    assert "0% of resamples reach 1.010" in out.err  # no resample scores above 1
    assert main(["eval", "--min-f1", "nonsense=0.5"]) == 2
    assert main(["eval", "--min-f1", "train:PER=0.5"]) == 2


def test_eval_command_passes_a_gate_it_meets(capsys):
    assert main(["eval", "--min-f1", "seed:PER=0.9", "--min-f1", "sentences=0.9"]) == 0
    assert "below the required" not in capsys.readouterr().err


def test_table_lists_dev_and_seed_articles_but_not_test_ones():
    from pressfacts.evaluation import EvalResult, SplitResult, format_table

    splits = {sp: SplitResult() for sp in ("test", "dev", "seed")}
    splits["test"].add("press/x/held-out-article.txt", {"ORG": Score(3, 1, 1)}, {"ORG": Score(1, 0, 3)})
    splits["dev"].add("press/x/dev-article.txt", {"ORG": Score(2, 0, 0)}, {"ORG": Score(1, 0, 1)})
    table = format_table(EvalResult(splits, []))
    assert "dev-article.txt" in table and "held-out-article" not in table
    assert "test split, per article: not shown (1 articles" in table
    assert "ORG" in table and "0.750" in table  # the test split's totals are still there (6 / 8)
