#!/usr/bin/env python3
"""Writes a synthetic corpus FACTOR times larger than a JSONL corpus, for scale benchmarks.

Each input article is written as it is, then FACTOR-1 perturbed copies: in every copy about
REPLACE of the words of the title and text are replaced by words drawn from the corpus's own
vocabulary (so copies are not near-duplicates of their original: 4-word shingles survive at
about (1-REPLACE)^4), its url gets '#synthetic-N', and its published day moves N*7 days later.
Deterministic: the same input, factor, rate and seed give the same bytes.

  python3 bench/scale/synthetic.py IN.jsonl FACTOR OUT.jsonl [--replace 0.3] [--seed 19]

Never commit its output: it is derived from research-use corpora.
"""
import argparse
import datetime
import hashlib
import json
import random
import re

WORD = re.compile(r"\S+")


def vocabulary(rows, limit=200000):
    words = []
    for row in rows:
        words.extend(WORD.findall(row.get("text") or "")[:200])
        if len(words) >= limit:
            break
    return words or ["\u0643\u0644\u0645\u0629"]


def perturbed(text, rate, rng, words):
    if not text:
        return text
    return WORD.sub(lambda m: rng.choice(words) if rng.random() < rate else m.group(0), text)


def shifted(published, days):
    if not published:
        return published
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not match:
        return published
    day = datetime.date(*map(int, match.groups())) + datetime.timedelta(days=days)
    return day.isoformat() + published[10:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input")
    parser.add_argument("factor", type=int)
    parser.add_argument("output")
    parser.add_argument("--replace", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    if args.factor < 1 or not 0 <= args.replace <= 1:
        raise SystemExit("factor must be 1 or more and --replace within 0..1: %r %r"
                         % (args.factor, args.replace))
    with open(args.input, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    words = vocabulary(rows)
    with open(args.output, "w", encoding="utf-8") as out:
        for copy in range(args.factor):
            for i, row in enumerate(rows):
                if copy:
                    key = "%d:%d:%s" % (args.seed, copy, row.get("url") or i)
                    rng = random.Random(hashlib.sha256(key.encode("utf-8")).digest())
                    row = dict(row)
                    row["text"] = perturbed(row.get("text"), args.replace, rng, words)
                    if row.get("title"):
                        row["title"] = perturbed(row["title"], args.replace, rng, words)
                    if row.get("url"):
                        row["url"] = "%s#synthetic-%d" % (row["url"], copy)
                    row["published"] = shifted(row.get("published"), 7 * copy)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
