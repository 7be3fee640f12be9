#!/usr/bin/env python3
"""Prints baly2018 articles with numbered words, for annotating the held-out timeline gold by word
number (see GUIDELINES.md). Reads the article list (A rows) of an annotation file; an A row is
`A KEY STORY FILE INDEX ORIGIN` with FILE a claim file and INDEX the article's place in its
`article` list. Words are runs of non-space characters of the raw `article` text, from 0.

Usage: python3 eval/timeline-baly/show.py ../shared/data/baly2018/dataset eval/timeline-baly/annotations.txt [KEY]
"""
import json, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import annotation_rows, numbered_words  # noqa: E402


def claim(dataset, file):
    return json.loads((Path(dataset) / file).read_text("utf-8"))


def article(dataset, file, index):
    """The article's raw text and url."""
    c = claim(dataset, file)
    return {"text": c["article"][index], "url": c["url"][index]}


def show(a, head=""):
    print(f"== {head} {a['url']}")
    print(numbered_words(a["text"]), "\n")


def main(dataset, annotations, only=None):
    if annotations.endswith(".json"):  # a claim file and an index: preview before annotating
        show(article(dataset, annotations, int(only)), f"{annotations}#{only}")
        return
    for r in annotation_rows(annotations):
        if r[0] == "A" and (not only or r[1] == only):
            show(article(dataset, r[3], int(r[4])), f"{r[1]} story {r[2]} {r[3]}#{r[4]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
