#!/usr/bin/env python3
"""Turns hand annotations of sample.py's candidates into a baly2018 quote gold (pointers only).

Usage: python3 eval/quotes-baly/build_gold.py DATASET CANDIDATES.tsv ANNOTATIONS.tsv... > gold.tsv

DATASET is ../shared/data/baly2018/dataset; CANDIDATES.tsv is sample.py's output (each sentence
and context is checked against its claim file). Annotation lines (as for eval/quotes), tab
separated, `#` comments, fields per eval/quotes/GUIDELINES.md:

  sid  cue  occurrence  speaker  resolved  content  direct  chain    one statement
  sid  -                                                             no statement

`occurrence` is 1 for the cue's first occurrence in the sentence, 2 for the second ..., or
explicit code point offsets `start:end` into the sentence (checked against `cue`). The speaker
(`-` when dropped; `resolved` then names it from the context) and the content are taken at their
occurrence nearest the cue. `direct` is 1 or 0; `chain` starts with `publisher:OUTLET`, OUTLET
being the candidate's outlet column (url host). Every candidate must be annotated; a text that
does not occur in its sentence stops the script: no guessing.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import Sentence, build_gold, quote_row, read_baly_candidates  # noqa: E402

COLUMNS = ("sid file index start end sha1 outlet reference context_start context_end context"
           " text").split()


def main(dataset, candidates, annotation_files):
    sentences = {sid: Sentence(r["file"], r["index"], r["start"], r["end"], r["text"],
                               (r["reference"], r["outlet"], r["context_start"], r["context_end"]))
                 for sid, r in read_baly_candidates(dataset, candidates, COLUMNS).items()}
    build_gold("# isnad quote gold on baly2018: see eval/quotes/GUIDELINES.md and"
               " eval/quotes-baly/. S rows point into the baly2018 claim files (sentence, then its"
               " context sentence); Q rows are code point offsets into the sentence.", sentences,
               annotation_files, quote_row, "Q")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
