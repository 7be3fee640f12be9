#!/usr/bin/env python3
"""Prints SaudiNewsNet articles with numbered words, for annotating the timeline gold by word
number (see GUIDELINES.md). Reads the article list (A rows) of an annotation file.

Usage: python3 eval/timeline/show.py ../shared/data/saudinewsnet/dataset eval/timeline/annotations.txt [KEY]
"""
import io, json, sys, zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import annotation_rows, numbered_words  # noqa: E402


def article(dataset, file, index):
    with zipfile.ZipFile(Path(dataset) / file.replace(".json", ".zip")) as z:
        name = [n for n in z.namelist() if n.endswith(file)][0]
        return json.load(io.TextIOWrapper(z.open(name), "utf-8"))[index]


def main(dataset, annotations, only=None):
    for r in annotation_rows(annotations):
        if r[0] != "A" or (only and r[1] != only):
            continue
        a = article(dataset, r[3], int(r[4]))
        print(f"== {r[1]} story {r[2]} {r[3]}#{r[4]} {a['source']} {a['date_extracted']}\n"
              f"TITLE {a['title']}")
        print(numbered_words(a["content"]), "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
