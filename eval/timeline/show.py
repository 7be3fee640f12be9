#!/usr/bin/env python3
"""Prints SaudiNewsNet articles with numbered words, for annotating the timeline gold by word
number (see GUIDELINES.md). Reads the article list (A rows) of an annotation file.

Usage: python3 eval/timeline/show.py ../shared/data/saudinewsnet/dataset eval/timeline/annotations.txt [KEY]
"""
import io, json, re, sys, zipfile
from pathlib import Path

WORD = re.compile(r"\S+")


def article(dataset, file, index):
    with zipfile.ZipFile(Path(dataset) / file.replace(".json", ".zip")) as z:
        name = [n for n in z.namelist() if n.endswith(file)][0]
        return json.load(io.TextIOWrapper(z.open(name), "utf-8"))[index]


def rows(path):
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split()


def main(dataset, annotations, only=None):
    for r in rows(annotations):
        if r[0] != "A" or (only and r[1] != only):
            continue
        a = article(dataset, r[3], int(r[4]))
        print(f"== {r[1]} story {r[2]} {r[3]}#{r[4]} {a['source']} {a['date_extracted']}\n"
              f"TITLE {a['title']}")
        out = []
        for n, m in enumerate(WORD.finditer(a["content"])):
            if "\n" in a["content"][max(0, m.start() - 2):m.start()]:
                out.append("\n")
            out.append(f"[{n}]{m.group()} ")
        print("".join(out), "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
