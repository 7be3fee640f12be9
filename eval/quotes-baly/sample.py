#!/usr/bin/env python3
"""Draws candidate sentences for a quote/attribution gold on baly2018 (run once; kept to show how).

Usage: python3 eval/quotes-baly/sample.py DATASET [ANALYSIS.json] > CANDIDATES.tsv
  DATASET   ../shared/data/baly2018/dataset (claim files R-*.json)
  ANALYSIS  optional `isnad analyze` output of /tmp/baly.jsonl, for the publication dates only

Fixed seed (not 7). Every sentence contains a reporting word of a broad list of cues of our own
(verbs of saying and source phrases, below), NOT isnad's quote finder, so the gold does not
favour it. At most one sentence per article (articles deduplicated by url), at most PER_OUTLET
per outlet (outlet = url host without "www."), 6 to 70 words, no tab; outlets are visited in
turn so that many appear. Sentences are split by eval/goldlib.py (after . ! ؟ ? and at line
breaks), as for eval/quotes; the previous sentence is kept as context (for dropped subjects:
"وأضاف ...").

Output columns: sid, file (claim JSON), index (position in its `article` array), start, end
(code point offsets of the sentence in `article[index]`), sha1-8 of the sentence (UTF-8),
outlet (the publisher in chains), reference (date isnad's analysis gives the article, else a
date in the url, else empty), context_start, context_end (of the previous sentence, or -1 -1),
context, text.
"""
import random, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import (baly_by_outlet, fits, published, round_robin, seed, sentences,  # noqa: E402
                     sha8, url_date, write_sample)

SEED = seed(20261206)  # SAMPLE_SEED overrides it (development samples)
PER_OUTLET = 10
WANT = 240
VERBS = (
    "قال|قالت|قالوا|قلن|يقول|تقول|يقولون|أكد|أكدت|أكدوا|يؤكد|تؤكد|أضاف|أضافت|أضافوا|يضيف|تضيف"
    "|ذكر|ذكرت|ذكروا|يذكر|أفاد|أفادت|أفادوا|يفيد|أعلن|أعلنت|أعلنوا|يعلن|تعلن|نقل|نقلت|نقلوا|ينقل"
    "|صرح|صرّح|صرحت|يصرح|أوضح|أوضحت|يوضح|كشف|كشفت|يكشف|تكشف|نفى|نفت|ينفي|تنفي|زعم|زعمت|يزعم"
    "|اعتبر|اعتبرت|يعتبر|أشار|أشارت|يشير|تشير|لفت|لفتت|بين|بيّن|بينت|نوه|نوّه|روى|رجح|رجّح|ادعى"
    "|ادّعى|حذر|حذّر|حذرت|أعرب|أعربت|شدد|شدّد|شددت|تابع|تابعت|أردف|أردفت|اتهم|اتهمت|أوردت|أورد"
    "|أبلغ|أبلغت|طالب|طالبت|دعا|دعت|رأى|رأت|أقر|أقرت|اعترف|اعترفت|ردّ|ردت")
PHRASES = "نقلا|نقلاً|وفقا|وفقاً|وفق|بحسب|حسب|طبقا|طبقاً|لسان|مقابلة|تصريح|تصريحات|بيان|مصدر|مصادر"
CUES = re.compile(r"(?<![\w])[وف]?(?:ل|ب)?(?:" + VERBS + "|" + PHRASES + r")(?![\w])")


def main(dataset, analysis=None):
    rng = random.Random(SEED)
    dates = published(analysis)
    pool = sorted(baly_by_outlet(dataset).items())
    for _, arts in pool:
        rng.shuffle(arts)
    rng.shuffle(pool)
    texts = set()

    def pick(outlet, art, rows):
        file, i, content, url = art
        spans = list(sentences(content))
        cands = [k for k, (s, e) in enumerate(spans)
                 if fits(content[s:e], 6, 70) and content[s:e] not in texts
                 and CUES.search(content[s:e])]
        if not cands:
            return None
        k = rng.choice(cands)
        s, e = spans[k]
        text = content[s:e]
        texts.add(text)
        cs, ce = spans[k - 1] if k > 0 and "\t" not in content[spans[k - 1][0]:spans[k - 1][1]] \
            else (-1, -1)
        context = content[cs:ce] if cs >= 0 else ""
        return (file, i, s, e, sha8(text), outlet, dates.get(url) or url_date(url), cs, ce,
                context, text)

    rows, taken = round_robin(pool, WANT, PER_OUTLET, pick)
    write_sample(sys.stdout, ("sid file index start end sha1 outlet reference context_start"
                              " context_end context text").split(), "c", rows)
    print(len(rows), "sentences,", len(taken), "outlets", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
