#!/usr/bin/env python3
"""Turns hand annotations (expression text, not offsets) into gold.tsv (run once; kept to show how).

Usage: python3 eval/time/build_gold.py SENTENCES.tsv ANNOTATIONS.tsv... > eval/time/gold.tsv

SENTENCES.tsv is sample.py's output; each annotation line is
`sid<TAB>text<TAB>occurrence<TAB>type<TAB>value<TAB>mod` or `sid<TAB>-` (no expression);
`occurrence` is 1 for the first occurrence of the text (empty: 1), 2 for the second ..., or
code point offsets `start:end` into the sentence (checked against the text). An expression
that does not occur in its sentence stops the script: no guessing.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import Sentence, build_gold, read_tsv, time_row  # noqa: E402

COLUMNS = "sid file index start end reference text".split()


def main(sentences_file, annotation_files):
    sentences = {r["sid"]: Sentence(r["file"], r["index"], r["start"], r["end"], r["text"],
                                    (r["reference"],))
                 for r in read_tsv(sentences_file, COLUMNS)}
    build_gold("# isnad time gold: see eval/time/GUIDELINES.md. S rows point into SaudiNewsNet;"
               " T rows are code point offsets into the sentence.", sentences, annotation_files,
               time_row, "T")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
