#!/usr/bin/env python3
"""Builds eval/timeline-baly-dev/gold.tsv (the DEVELOPMENT timeline gold on baly2018) from its hand
annotations, with the held-out gold's builder (eval/timeline-baly/build_gold.py) and its own
header line.

Usage: python3 eval/timeline-baly-dev/build_gold.py ../shared/data/baly2018/dataset \
           eval/timeline-baly-dev/annotations.txt eval/timeline-baly-dev/gold.tsv
"""
import importlib.util, sys
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("baly_build_gold",
                                               HERE.parent / "timeline-baly" / "build_gold.py")
baly_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(baly_build)

HEADER = ("# isnad DEVELOPMENT timeline gold on baly2018 (may be tuned on): see"
          " eval/timeline-baly-dev/GUIDELINES.md. Built by build_gold.py from annotations.txt;"
          " offsets are code points into the raw `article` text of the claim file.")

if __name__ == "__main__":
    baly_build.main(*sys.argv[1:4], header=HEADER)
