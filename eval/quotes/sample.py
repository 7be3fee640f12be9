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
from goldlib import saudinewsnet_by_outlet, sentences  # noqa: E402

SEED = 4
PER_OUTLET = 10
CUES = re.compile(
    r"(?<![\w])[وف]?(?:قال|قالت|قالوا|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|كشف|كشفت|أشار|أشارت|لفت"
    r"|لفتت|أفاد|أفادت|نوه|نوّه|بين|بيّن|روى|رجح|رجّح|ادعى|ادّعى|صرح|صرّح|أعلن|أعلنت|ذكر|ذكرت"
    r"|نقلا|نقلاً|وفقا|وفقاً|بحسب|حسب|لسان|مقابلة)(?![\w])")


def main(dataset, out):
    rng = random.Random(SEED)
    by_outlet = saudinewsnet_by_outlet(dataset)
    rows = []
    for outlet in sorted(by_outlet):
        arts = by_outlet[outlet]
        rng.shuffle(arts)
        taken = 0
        for name, i, a in arts:
            if taken >= PER_OUTLET:
                break
            content = a.get("content") or ""
            spans = list(sentences(content))
            cands = [k for k, (s, e) in enumerate(spans)
                     if 6 <= len(content[s:e].split()) <= 70 and "\t" not in content[s:e]
                     and CUES.search(content[s:e])]
            if not cands:
                continue
            k = rng.choice(cands)
            s, e = spans[k]
            context = content[spans[k - 1][0]:spans[k - 1][1]] if k > 0 else ""
            taken += 1
            rows.append((name, i, s, e, a["date_extracted"][:10], outlet,
                         context.replace("\t", " "), content[s:e]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# sid\tfile\tindex\tstart\tend\treference\toutlet\tcontext\ttext\n")
        for n, row in enumerate(rows, 1):
            f.write(f"q{n:03d}\t" + "\t".join(map(str, row)) + "\n")
    print(len(rows), "sentences", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
