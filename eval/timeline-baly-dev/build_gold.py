#!/usr/bin/env python3
"""Builds eval/timeline-baly-dev/gold.tsv (the DEVELOPMENT timeline gold on baly2018) from its hand
annotations, with the same builder and article reader as the held-out gold (eval/timeline-baly).

Usage: python3 eval/timeline-baly-dev/build_gold.py ../shared/data/baly2018/dataset \
           eval/timeline-baly-dev/annotations.txt eval/timeline-baly-dev/gold.tsv
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
baly = _load("baly_show", HERE.parent / "timeline-baly" / "show.py")


def main(dataset, annotations, out):
    builder.build(annotations, lambda file, index: baly.article(dataset, file, index)["text"],
                  "# isnad DEVELOPMENT timeline gold on baly2018 (may be tuned on): see"
                  " eval/timeline-baly-dev/GUIDELINES.md. Built by build_gold.py from annotations.txt;"
                  " offsets are code points into the raw `article` text of the claim file.", out)


if __name__ == "__main__":
    main(*sys.argv[1:])
