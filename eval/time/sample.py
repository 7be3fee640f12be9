#!/usr/bin/env python3
"""Draws the sentences of the time-expression gold from SaudiNewsNet (run once; kept to show how).

Usage: python3 eval/time/sample.py ../shared/data/saudinewsnet/dataset OUT.tsv

Fixed seed. Up to 15 sentences per outlet, at most one per article, 6 to 50 words long; 85% of
them contain a digit or a word from a broad time vocabulary (independent of isnad's own
patterns), 15% are drawn with no filter, so the gold also measures false alarms. Output columns:
sid, file, index (article position in the file's JSON array), start, end (code point offsets of
the sentence in the article's `content`), reference (day of `date_extracted`), text.
"""
import random, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import (by_outlet_in_turn, fits, saudinewsnet_by_outlet, sentences,  # noqa: E402
                     write_sample)

SEED = 20261123
PER_OUTLET = 15
VOCAB = re.compile(
    r"\d|[٠-٩]|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر"
    r"|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|جانفي|جويلية|غشت"
    r"|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة|هـ|السبت|الأحد|الاثنين|الإثنين"
    r"|الثلاثاء|الأربعاء|الخميس|الجمعة|أمس|الأمس|اليوم|غدا|غداً|الماضي|الماضية|المقبل|المقبلة"
    r"|القادم|الجاري|الحالي|عام|العام|سنة|السنة|شهر|أسبوع|الأسبوع|يوم|أيام|ساعة|ساعات|دقيقة"
    r"|مساء|صباح|فجر|ظهر|ليلة|منتصف|مطلع|أواخر|منذ|خلال|يوميا|سنويا|أسبوعيا")


def main(dataset, out):
    rng = random.Random(SEED)

    def pick(outlet, art):
        name, i, a = art
        content = a.get("content") or ""
        cands = [(s, e) for s, e in sentences(content) if fits(content[s:e], 6, 50)]
        want_vocab = rng.random() < 0.85
        cands = [c for c in cands if bool(VOCAB.search(content[c[0]:c[1]])) or not want_vocab]
        if not cands:
            return None
        s, e = rng.choice(cands)
        return name, i, s, e, a["date_extracted"][:10], content[s:e]

    rows = by_outlet_in_turn(saudinewsnet_by_outlet(dataset), rng, PER_OUTLET, pick)
    with open(out, "w", encoding="utf-8") as f:
        write_sample(f, "sid file index start end reference text".split(), "s", rows)
    print(len(rows), "sentences", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
