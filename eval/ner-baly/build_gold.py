#!/usr/bin/env python3
"""Turns hand annotations (name text, not offsets) into gold.tsv (run once; kept to show how).

Usage: python3 eval/ner-baly/build_gold.py SENTENCES.tsv ANNOTATIONS.tsv... > eval/ner-baly/gold.tsv

SENTENCES.tsv is sample.py's output; each annotation line is
`sid<TAB>text<TAB>occurrence<TAB>type` (type PERS, LOC, ORG or MISC) or `sid<TAB>-` (no name);
`occurrence` is 1 for the first occurrence of the text (empty: 1), 2 for the second ..., or
code point offsets `start:end` into the sentence (checked against the text). A name that does
not occur in its sentence stops the script: no guessing. The gold keeps only
pointers and offsets (baly2018 text is not ours to ship).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import Sentence, build_gold, locate, read_tsv  # noqa: E402

TYPES = {"PERS", "LOC", "ORG", "MISC"}
COLUMNS = "sid file index start end outlet text".split()


def name_row(text, fields, where):
    """The N row fields (start, end, type) of the annotation `sid text occurrence type`."""
    if len(fields) != 4 or fields[3] not in TYPES:
        line = "\t".join(fields)
        sys.exit(f"{where}: expected sid, text, occurrence, type ({', '.join(sorted(TYPES))}):"
                 f" {line!r}")
    name, occurrence, type_ = fields[1], fields[2], fields[3]
    at = locate(text, name, occurrence, where)
    return at, at + len(name), type_


def main(sentences_file, annotation_files):
    sentences = {r["sid"]: Sentence(r["file"], r["index"], r["start"], r["end"], r["text"],
                                    (r["outlet"],))
                 for r in read_tsv(sentences_file, COLUMNS)}
    build_gold("# isnad cross-corpus name gold: see eval/ner-baly/GUIDELINES.md. S rows point into"
               " baly2018; N rows are code point offsets into the sentence.", sentences,
               annotation_files, name_row, "N", unique=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
