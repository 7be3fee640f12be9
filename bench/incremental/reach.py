#!/usr/bin/env python3
"""A proxy of how far the story links reach from added articles: from an analysis JSON (after
an add) and the JSON before it, the old articles that share at least MIN rare specific names
(entities of type PERSON, ORG or PLACE in at most CAP articles, as StoryGrouper.nameCap gives
for runs over 3,000 articles; broad names are not known here, so this over-counts) with an
article and were published at most 10 days from it, taken transitively from the new articles
(the connected component of that graph), hop by hop. Lead words and copies are left out, so it
is neither an upper nor a lower bound of StoryGrouper's link graph: an order of magnitude only.

usage: reach.py BEFORE.json AFTER.json
"""
import datetime
import json
import sys
from collections import defaultdict

CAP, MIN, DAYS = 60, 2, 10


def main(before_path, after_path):
    with open(before_path, encoding="utf-8") as f:
        old = {a["id"] for a in json.load(f)["articles"]}
    with open(after_path, encoding="utf-8") as f:
        d = json.load(f)
    day = {}
    for a in d["articles"]:
        v = (a["published"] or {}).get("value") or ""
        try:
            day[a["id"]] = datetime.date.fromisoformat(v[:10]).toordinal()
        except ValueError:
            day[a["id"]] = None
    names = defaultdict(set)
    for m in d["mentions"]:
        if m.get("entity") and m["type"] in ("PERSON", "ORG", "PLACE"):
            names[m["article"]].add(m["entity"])
    postings = defaultdict(set)
    for a, ns in names.items():
        for n in ns:
            postings[n].add(a)
    rare = {n for n, p in postings.items() if len(p) <= CAP}

    def neighbours(a):
        shared = defaultdict(int)
        for n in names.get(a, ()):
            if n in rare:
                for b in postings[n]:
                    if b != a:
                        shared[b] += 1
        for b, k in shared.items():
            if k >= MIN and day[a] is not None and day[b] is not None \
                    and abs(day[a] - day[b]) <= DAYS:
                yield b

    frontier = [a["id"] for a in d["articles"] if a["id"] not in old]
    seen = set(frontier)
    hop = 0
    while frontier:
        hop += 1
        nxt = []
        for a in frontier:
            for b in neighbours(a):
                if b not in seen:
                    seen.add(b)
                    nxt.append(b)
        if nxt:
            print(f"hop {hop}: {len(nxt)} more old articles, {len(seen & old)}"
                  f" old in all")
        frontier = nxt
    print(f"component of the new articles: {len(seen & old)} old articles of {len(old)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
