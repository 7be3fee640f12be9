#!/usr/bin/env python3
"""How many gold events could have their independent sources counted right at all, under the
timeline's date rules (eval/timeline-baly/README or the main README, "Sources").

A report of an undated page (no publication date: metadata, stamp or URL) and no date of its own
joins no report of another article. So a gold event can only be counted right when every one of
its sources is given by a report in a dated article, or all its reports are in one article. This
is an upper bound: it assumes every report found, every merge and every chain right; reports of
undated pages that carry their own full date would raise it slightly.

    ./isnad analyze BALY.jsonl -o baly.json     # BALY.jsonl: every baly2018 article, see README
    python3 eval/timeline-baly/sources_ceiling.py ../shared/data/baly2018/dataset baly.json \
        eval/timeline-baly-dev/gold.tsv eval/timeline-baly/gold.tsv
"""
import json
import sys


def published_by_url(analysis):
    with open(analysis, encoding="utf-8") as f:
        data = json.load(f)
    return {a["url"]: (a.get("published") or {}).get("value") for a in data["articles"]}


def ceiling(dataset, published, gold):
    articles, reports = {}, {}
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if row[0] == "A":
                with open(f"{dataset}/{row[3]}", encoding="utf-8") as c:
                    url = json.load(c)["url"][int(row[4])]
                articles[row[1]] = (url, row[6])
            elif row[0] == "M":
                source = row[7] if len(row) > 7 and row[7] else articles[row[2]][1]
                reports.setdefault(row[1], []).append((row[2], source))
    undated = sum(1 for url, _ in articles.values() if not published.get(url))
    reachable = 0
    for rows in reports.values():
        sources = {s for _, s in rows}
        dated = {s for a, s in rows if published.get(articles[a][0])}
        if len({a for a, _ in rows}) == 1 or dated == sources:
            reachable += 1
    return len(articles), undated, len(reports), reachable


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    published = published_by_url(argv[2])
    for gold in argv[3:]:
        n, undated, events, reachable = ceiling(argv[1], published, gold)
        print(f"{gold}: {n} articles, {undated} undated; {events} events, at most {reachable} "
              f"({reachable / events:.3f}) with sources countable right")


if __name__ == "__main__":
    main(sys.argv)
