#!/usr/bin/env python3
"""Turns hand annotations (texts, not offsets) into eval/quotes/gold.tsv (run once; kept to show how).

Usage: python3 eval/quotes/build_gold.py DATASET SENTENCES.tsv ANNOTATIONS.tsv... > eval/quotes/gold.tsv

SENTENCES.tsv is sample.py's output. Annotation lines:
`sid<TAB>cue<TAB>occurrence<TAB>speaker<TAB>resolved<TAB>content<TAB>direct<TAB>chain` or `sid<TAB>-`;
`occurrence` is that of the cue (1, 2 ..., empty: 1) or its code point offsets `start:end`;
`direct` is 1 or 0. Speaker and content are taken at the occurrence nearest the cue. A text
that does not occur in its sentence stops the script: no guessing.
"""
import io, json, sys, zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import Sentence, build_gold, quote_row, read_tsv  # noqa: E402

OUTLETS = {'aawsat': 'الشرق الأوسط', 'aleqtisadiya': 'الاقتصادية', 'aljazirah': 'الجزيرة',
           'almadina': 'المدينة', 'alriyadh': 'الرياض', 'alwatan': 'الوطن', 'alweeam': 'الوئام',
           'alyaum': 'اليوم', 'arreyadi': 'الرياضي', 'arriyadiyah': 'الرياضية', 'okaz': 'عكاظ',
           'sabq': 'سبق', 'was': 'واس', '3alyoum': 'عين اليوم'}
COLUMNS = "sid file index start end reference outlet context text".split()


def main(dataset, sentences_file, annotation_files):
    days = {}
    sentences = {}
    for r in read_tsv(sentences_file, COLUMNS):
        sid, file, start, text, context = (r["sid"], r["file"], int(r["start"]), r["text"],
                                           r["context"])
        if file not in days:
            with zipfile.ZipFile(Path(dataset) / file.replace(".json", ".zip")) as z:
                days[file] = json.load(io.TextIOWrapper(z.open(file), "utf-8"))
        content = days[file][int(r["index"])]["content"]
        if content[start:int(r["end"])] != text:
            sys.exit(f"{sid}: the sentence is no longer at {file} {r['index']} {start}-{r['end']}")
        cs = content.rfind(context, 0, start) if context else -1
        ctx = (cs, cs + len(context)) if cs >= 0 else (-1, -1)
        sentences[sid] = Sentence(file, r["index"], r["start"], r["end"], text,
                                  (r["reference"], OUTLETS.get(r["outlet"], r["outlet"]),
                                   str(ctx[0]), str(ctx[1])))
    build_gold("# isnad quote gold: see eval/quotes/GUIDELINES.md. S rows point into SaudiNewsNet"
               " (sentence, then its context sentence); Q rows are code point offsets into the"
               " sentence.", sentences, annotation_files, quote_row, "Q")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
