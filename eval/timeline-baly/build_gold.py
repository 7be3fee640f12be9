#!/usr/bin/env python3
"""Builds eval/timeline-baly/gold.tsv from the hand annotations (eval/timeline-baly/annotations.txt).

Usage: python3 eval/timeline-baly/build_gold.py ../shared/data/baly2018/dataset \
           eval/timeline-baly/annotations.txt eval/timeline-baly/gold.tsv

Same rows as eval/timeline/gold.tsv (A: 7 fields, E: 4, M: 8), but an A row points into a baly2018
claim file: FILE is the claim file (R-10.json), INDEX the article's place in its `article` list,
and offsets are code points into that raw `article` text (no title). Each article is pinned by the
SHA-1 of its text (first 8 hex digits). Only trigger words are copied, never a sentence: the
corpus is research-use only.
"""
import importlib.util, sys
from pathlib import Path


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "timeline"))
builder = _load("timeline_build_gold", HERE.parent / "timeline" / "build_gold.py")
baly = _load("baly_show", HERE / "show.py")


HEADER = ("# isnad held-out timeline gold on baly2018: see eval/timeline-baly/GUIDELINES.md."
          " Built by build_gold.py from annotations.txt; offsets are code points into the"
          " raw `article` text of the claim file.")


def main(dataset, annotations, out, header=HEADER):
    builder.build(annotations, lambda file, index: baly.article(dataset, file, index)["text"],
                  header, out)


if __name__ == "__main__":
    main(*sys.argv[1:])
