#!/usr/bin/env python3
"""Prints events an analysis calls corroborated, for a hand check: a random sample (fixed seed)
with, for each event, one sentence per independent source it was counted under.

Usage: python3 eval/timeline/sample_corroborated.py ANALYSIS.json [N] [SEED]
       (N defaults to 30, SEED to 3; every corroborated event is printed when there are fewer.)

Prints text from the analysed articles: keep its output out of the repository when the corpus
may not be shipped (SaudiNewsNet, baly2018).
"""
import json
import random
import sys


def main(path, n="30", seed="3"):
    analysis = json.load(open(path, encoding="utf-8"))
    urls = {a["id"]: a.get("url") or "" for a in analysis["articles"]}
    texts = {a["id"]: a["text"] for a in analysis["articles"]}
    events = [e for e in analysis["events"] if e["status"] == "corroborated"]
    random.seed(int(seed))
    chosen = random.sample(events, min(int(n), len(events)))
    print(f"{len(chosen)} of {len(events)} corroborated events")
    for i, e in enumerate(chosen, 1):
        when = e["when"]["value"] if e["when"] else None
        print(f"### {i}. {e['id']} {e['type']} when={when} independent="
              f"{e['sources']['independent']} reports={len(e['reports'])} | {e['summary']}")
        shown = set()
        for r in e["reports"]:
            if r["source"] in shown:
                continue
            shown.add(r["source"])
            print(f"   - [{urls[r['article']][:60]}] source={r['source']} when={r['when']}: "
                  f"{sentence(r, texts)[:300]}")


def sentence(report, texts):
    """The report's sentence: its code point span of the article text (Python strings index code
    points), or the `sentence` field that analyses of format 1 carried."""
    if "sentence" in report:
        return report["sentence"]
    return texts[report["article"]][report["start"]:report["end"]]


if __name__ == "__main__":
    main(*sys.argv[1:])
