#!/usr/bin/env python3
"""Lists event reports dated far before their article's publication day.

Usage: far_dates.py ANALYSIS.json [--years N] [--before YEAR] [--sample K --seed S] [--tsv|--count]

A report is listed when its date's year is more than N years (default 10) before its article's
publication year, or, with --before, when the year is before YEAR. For each: the event type, the
report's date, the publication day, the time expressions of the sentence whose value starts with
the report's year (the likely source of the date; the analysis JSON does not name the timex) and
the basis: "sentence" when such an expression lies in the sentence, else "context" (carried from
the narration). Standard library only.
"""
import argparse
import json
import random


def year_of(value):
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    return int(value[:4])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("analysis")
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--before", type=int)
    p.add_argument("--sample", type=int)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tsv", action="store_true")
    p.add_argument("--count", action="store_true", help="print only the count line")
    a = p.parse_args()
    d = json.load(open(a.analysis, encoding="utf-8"))
    arts = {x["id"]: x for x in d["articles"]}
    times = {}
    for t in d["timexes"]:
        times.setdefault(t["article"], []).append(t)
    rows = []
    events_far = set()
    for e in d["events"]:
        for r in e["reports"]:
            y = year_of(r.get("when"))
            art = arts[r["article"]]
            py = year_of((art.get("published") or {}).get("value"))
            if y is None:
                continue
            far = py is not None and py - y > a.years
            if a.before is not None:
                far = y < a.before and (py is None or py - y > a.years)
            if not far:
                continue
            events_far.add(e["id"])
            text = art["text"]
            tx = [t for t in times.get(r["article"], [])
                  if r["start"] <= t["start"] < r["end"] and (t.get("value") or "").startswith(r["when"][:4])]
            expr = " | ".join(text[t["start"]:t["end"]] + "=" + t["value"] for t in tx)
            rows.append({"event": e["id"], "type": e["type"], "modality": e["modality"],
                         "when": r["when"], "published": art["published"]["value"],
                         "article": r["article"], "basis": "sentence" if tx else "context",
                         "timex": expr, "sentence": text[r["start"]:r["end"]].replace("\n", " ")})
    print(f"# {len(rows)} reports of {len(events_far)} events")
    if a.count:
        return
    if a.sample:
        random.Random(a.seed).shuffle(rows)
        rows = rows[:a.sample]
    for i, r in enumerate(rows, 1):
        if a.tsv:
            print("\t".join(str(r[k]) for k in ("event", "type", "when", "published", "basis", "timex", "sentence")))
        else:
            print(f"{i}. {r['type']} {r['modality']} when={r['when']} published={r['published']} "
                  f"basis={r['basis']} timex=[{r['timex']}] {r['article']}\n   {r['sentence']}\n")


if __name__ == "__main__":
    main()
