#!/usr/bin/env python3
"""Draws candidate sentences for a time-expression gold on baly2018 (run once; kept to show how).

Usage: python3 eval/time-baly/sample.py DATASET [ANALYSIS.json] > CANDIDATES.tsv
  DATASET   ../shared/data/baly2018/dataset (claim files R-*.json)
  ANALYSIS  optional `isnad analyze` output of /tmp/baly.jsonl, for the publication dates

Fixed seed (not 7: seed 7 is kept out). At most one sentence per article (articles deduplicated
by url), at most PER_OUTLET per outlet (outlet = url host without "www."), 6 to 50 words, no tab;
articles with a reference date are preferred (outlets with one first, then within an outlet).
Stratified: about half the sentences contain a digit, a month name (Gregorian, Levantine,
Maghrebi, Hijri), a weekday or a relative-day word (أمس، اليوم، غدا، الماضي، المقبل ...), the
other half are drawn with no filter, so the gold also measures false alarms. The filter is a
vocabulary of its own, independent of isnad's patterns. Sentences are split by eval/goldlib.py
(after . ! ؟ ? and at line breaks), as for eval/time.

Reference date (what relative expressions resolve against): the date isnad's analysis gives
the article (`published.value`, a day or a month), else a date in the url (/2017/12/05/,
2017-12-05, 20171205), else empty: the annotator then fills it from the page or leaves it
empty (relative expressions then have no value).

Output columns: sid, file (claim JSON), index (position in its `article` array), start, end
(code point offsets of the sentence in `article[index]`), sha1-8 of the sentence (UTF-8),
outlet, reference, stratum (vocab|random), text.
"""
import random, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import (baly_by_outlet, fits, published, round_robin, seed, sentences,  # noqa: E402
                     sha8, url_date, write_sample)

SEED = seed(20261206)  # SAMPLE_SEED overrides it (development samples)
PER_OUTLET = 6
WANT = 130
VOCAB = re.compile(
    r"\d|[٠-٩]|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر"
    r"|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|جانفي|فيفري"
    r"|أفريل|جوان|جويلية|غشت|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة|هـ"
    r"|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|أمس|امس"
    r"|الأمس|البارحة|اليوم|غدا|غداً|الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي")


def main(dataset, analysis=None):
    rng = random.Random(SEED)
    dates = published(analysis)
    by_outlet = baly_by_outlet(dataset)
    pool = []
    for outlet in sorted(by_outlet):
        arts = by_outlet[outlet]
        rng.shuffle(arts)
        # dated articles are popped first: relative expressions need a reference to have a value
        arts.sort(key=lambda a: bool(dates.get(a[3]) or url_date(a[3])))
        pool.append((outlet, arts))
    rng.shuffle(pool)
    pool.sort(key=lambda p: not (dates.get(p[1][-1][3]) or url_date(p[1][-1][3])))
    texts = set()

    def pick(outlet, art, rows):
        file, i, content, url = art
        vocab = len(rows) % 2 == 0
        cands = [(s, e) for s, e in sentences(content)
                 if fits(content[s:e], 6, 50) and content[s:e] not in texts
                 and (not vocab or VOCAB.search(content[s:e]))]
        if not cands:
            return None
        s, e = rng.choice(cands)
        text = content[s:e]
        texts.add(text)
        ref = dates.get(url) or url_date(url)
        return file, i, s, e, sha8(text), outlet, ref, "vocab" if vocab else "random", text

    rows, taken = round_robin(pool, WANT, PER_OUTLET, pick)
    write_sample(sys.stdout, "sid file index start end sha1 outlet reference stratum text".split(),
                 "b", rows)
    print(len(rows), "sentences,", len(taken), "outlets,",
          sum(1 for r in rows if r[6]), "with a reference date", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
