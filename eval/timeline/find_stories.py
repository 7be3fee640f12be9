#!/usr/bin/env python3
"""Lists candidate stories for the timeline gold: SaudiNewsNet articles from two or more outlets,
extracted within three days of each other, whose titles share rare words (run once; kept to show
how the stories were chosen).

Usage: python3 eval/timeline/find_stories.py ../shared/data/saudinewsnet/dataset > candidates.txt
"""
import io, json, math, re, sys, zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path

WORD = re.compile(r"[\u0621-\u064A]{3,}")
STOP = set("التي الذي على إلى الى في من عن مع بعد قبل خلال بين حول ضد أمام تحت منذ عبر لدى هذا هذه".split())


def norm(w):
    w = re.sub("[أإآ]", "ا", w).replace("ة", "ه").replace("ى", "ي")
    for p in ("وال", "بال", "لل", "ال", "و"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def main(dataset):
    arts = []
    for path in sorted(Path(dataset).glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            name = [n for n in z.namelist() if n.endswith(".json")][0]
            for i, a in enumerate(json.load(io.TextIOWrapper(z.open(name), "utf-8"))):
                words = {norm(w) for w in WORD.findall(a.get("title") or "")} - STOP
                n = len((a.get("content") or "").split())
                if words and 60 <= n <= 400:
                    arts.append((name, i, a["source"], a["date_extracted"][:10], words, a["title"], n))
    df = defaultdict(int)
    for *_, words, _t, _n in arts:
        for w in words:
            df[w] += 1
    idf = {w: math.log(len(arts) / c) for w, c in df.items()}
    index = defaultdict(list)
    for k, (*_, words, _t, _n) in enumerate(arts):
        for w in words:
            if df[w] <= 40:
                index[w].append(k)
    pairs = defaultdict(float)
    for w, ks in index.items():
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                a, b = arts[ks[x]], arts[ks[y]]
                if a[2] != b[2] and abs((date.fromisoformat(a[3]) - date.fromisoformat(b[3])).days) <= 3:
                    pairs[(ks[x], ks[y])] += idf[w]
    for (x, y), score in sorted(pairs.items(), key=lambda p: -p[1])[:300]:
        a, b = arts[x], arts[y]
        print(f"{score:.1f}\t{a[0]}#{a[1]} {a[2]} {a[6]}w: {a[5]}\n\t{b[0]}#{b[1]} {b[2]} {b[6]}w: {b[5]}")


if __name__ == "__main__":
    main(sys.argv[1])
