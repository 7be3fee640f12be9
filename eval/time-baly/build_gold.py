#!/usr/bin/env python3
"""Turns hand annotations of sample.py's candidates into a baly2018 time gold (pointers only).

Usage: python3 eval/time-baly/build_gold.py DATASET CANDIDATES.tsv ANNOTATIONS.tsv... > gold.tsv

DATASET is ../shared/data/baly2018/dataset; CANDIDATES.tsv is sample.py's output (each sentence
is checked against its claim file). Annotation lines, tab separated, `#` comments:

  sid  text  occurrence  type  value  mod    one expression (as in eval/time/build_gold.py)
  sid  -                                     the sentence has no time expression
  sid  reference=YYYY-MM-DD                  sets or corrects the sentence's reference date

`text` is the expression as written in the sentence; `occurrence` is 1 for its first
occurrence, 2 for the second ..., or explicit code point offsets `start:end` into the sentence
(checked against `text`). Types: DATE, TIME, DURATION, SET; values and mods as in
eval/time/GUIDELINES.md (empty value when it cannot be resolved). Every candidate must be
annotated; an expression that does not occur in its sentence stops the script: no guessing.
The gold holds no baly2018 text: S rows point into the claim files, T rows are code point
offsets into the sentence.
"""
import re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import Sentence, build_gold, read_baly_candidates, time_row  # noqa: E402

COLUMNS = "sid file index start end sha1 outlet reference stratum text".split()


def main(dataset, candidates, annotation_files):
    sentences = {sid: Sentence(r["file"], r["index"], r["start"], r["end"], r["text"],
                               (r["reference"],))
                 for sid, r in read_baly_candidates(dataset, candidates, COLUMNS).items()}

    def reference(fields, where):
        """`sid<TAB>reference=YYYY[-MM[-DD]]` (or empty) sets the sentence's reference date."""
        if len(fields) != 2 or not fields[1].startswith("reference="):
            return False
        ref = fields[1][len("reference="):].strip()
        if ref and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ref):
            sys.exit(f"{where}: bad reference {ref}")
        sentences[fields[0]] = sentences[fields[0]]._replace(extra=(ref,))
        return True

    build_gold("# isnad time gold on baly2018: see eval/time/GUIDELINES.md and eval/time-baly/."
               " S rows point into the baly2018 claim files (file, article index, code points);"
               " T rows are code point offsets into the sentence.", sentences, annotation_files,
               time_row, "T", directive=reference)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
