#!/usr/bin/env python3
"""Draws the sentences of the cross-corpus name gold from baly2018 (run once; kept to show how).

Usage: python3 eval/ner-baly/sample.py ../shared/data/baly2018/dataset OUT.tsv

Fixed seed (SAMPLE_SEED overrides it; EXCLUDE=gold:gold… leaves out their articles). At most 3 sentences per outlet (URL host), at most one per article, 8 to 45 words
long, drawn with no filter on names (so the gold also measures false alarms), until 100
sentences. Output columns: sid, file (claim JSON), index (article position in its `article`
array), start, end (code point offsets of the sentence in the article), outlet, text.
Sentences are split by eval/goldlib.py, as for eval/time.
"""
import json, os, random, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import excluded_articles, fits, netloc, seed, sentences, write_sample  # noqa: E402

SEED = seed(20261206)  # SAMPLE_SEED overrides it (later samples)
PER_OUTLET = 3
WANT = int(os.environ.get("SAMPLE_WANT", 100))  # SAMPLE_WANT overrides it (later samples)


def main(dataset, out):
    rng = random.Random(SEED)
    articles, held_out = [], excluded_articles()
    for path in sorted(Path(dataset).glob("*.json")):
        claim = json.load(open(path, encoding="utf-8"))
        for i, (url, text) in enumerate(zip(claim["url"], claim["article"])):
            if (path.name, i) in held_out:
                continue
            articles.append((path.name, i, netloc(url), text or ""))
    rng.shuffle(articles)
    taken, rows = {}, []
    for name, i, host, content in articles:
        if len(rows) >= WANT:
            break
        if taken.get(host, 0) >= PER_OUTLET:
            continue
        cands = [(s, e) for s, e in sentences(content) if fits(content[s:e], 8, 45)]
        if not cands:
            continue
        s, e = rng.choice(cands)
        taken[host] = taken.get(host, 0) + 1
        rows.append((name, i, s, e, host, content[s:e]))
    with open(out, "w", encoding="utf-8") as f:
        write_sample(f, "sid file index start end outlet text".split(), "n", rows)
    print(len(rows), "sentences from", len(taken), "outlets", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
