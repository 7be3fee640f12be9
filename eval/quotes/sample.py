#!/usr/bin/env python3
"""Draws the sentences of the attribution gold from SaudiNewsNet (run once; kept to show how).

Usage: python3 eval/quotes/sample.py ../shared/data/saudinewsnet/dataset OUT.tsv

Fixed seed; up to 10 sentences per outlet, at most one per article, 6 to 70 words, each
containing a reporting word of the issue's list (قال، أكد، أضاف ... نقلاً عن، وفقاً لـ، بحسب ...),
so that most hold at least one reported statement. The previous sentence is kept as context (for
dropped subjects: "وأضاف ..."). Columns: sid, file, index, start, end, reference, outlet,
context (previous sentence), text.
"""
import random, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import (by_outlet_in_turn, fits, saudinewsnet_by_outlet, sentences,  # noqa: E402
                     write_sample)

SEED = 4
PER_OUTLET = 10
CUES = re.compile(
    r"(?<![\w])[وف]?(?:قال|قالت|قالوا|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|كشف|كشفت|أشار|أشارت|لفت"
    r"|لفتت|أفاد|أفادت|نوه|نوّه|بين|بيّن|روى|رجح|رجّح|ادعى|ادّعى|صرح|صرّح|أعلن|أعلنت|ذكر|ذكرت"
    r"|نقلا|نقلاً|وفقا|وفقاً|بحسب|حسب|لسان|مقابلة)(?![\w])")


def main(dataset, out):
    rng = random.Random(SEED)

    def pick(outlet, art):
        name, i, a = art
        content = a.get("content") or ""
        spans = list(sentences(content))
        cands = [k for k, (s, e) in enumerate(spans)
                 if fits(content[s:e], 6, 70) and CUES.search(content[s:e])]
        if not cands:
            return None
        k = rng.choice(cands)
        s, e = spans[k]
        context = content[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
        return (name, i, s, e, a["date_extracted"][:10], outlet, context.replace("\t", " "),
                content[s:e])

    rows = by_outlet_in_turn(saudinewsnet_by_outlet(dataset), rng, PER_OUTLET, pick)
    with open(out, "w", encoding="utf-8") as f:
        write_sample(f, "sid file index start end reference outlet context text".split(), "q", rows)
    print(len(rows), "sentences", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
