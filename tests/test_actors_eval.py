"""`dateline eval actors` on a tiny gold file in the PLOVER GSR format (our own sentences)."""

from __future__ import annotations

import json

from dateline.evaluation.actors_eval import evaluate, gold_code, locate, render


def test_evaluate_scores_codes_and_sectors(tmp_path):
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {
            "id": "1",
            "event": "CONSULT",
            "text": "Japanese officials met Indian troops in Tokyo on Monday.",
            "source": [{"actorText": "Japanese officials", "code": "JAP", "sector": "GOV"}],
            "target": [{"actorText": "Indian troops", "code": "IND", "sector": "MIL"}],
        },
        {
            "id": "2",
            "event": "ACCUSE",
            "text": "Nobody here accused Zork of anything.",
            "source": [{"actorText": "Zork", "code": "XYZ"}],
        },
    ]
    gsr = tmp_path / "gsr.json"
    gsr.write_text(json.dumps(records), encoding="utf-8")
    scores = evaluate(gsr)
    assert scores.records == 2
    assert (scores.countries.gold, scores.countries.predicted, scores.countries.correct) == (3, 2, 2)
    assert (scores.sectors.gold, scores.sectors.correct) == (2, 2)
    assert "country" in render(scores) and "0.800" in render(scores)  # F1 = 2 * 1 * 2/3 / (5/3)


def test_cameo_codes_and_locating_gold_text():
    assert gold_code("JAP") == "JPN" and gold_code("ITL") == "ITA" and gold_code("usa") == "USA"
    text = "Officials focus on the US plan."
    assert locate(text, "US") == (text.index("US"), text.index("US") + 2)  # the word, not the "us" of "focus"
    assert locate("Bosnian Serbs and their forces", "Bosnian Serbs ... forces") == (0, 13)
