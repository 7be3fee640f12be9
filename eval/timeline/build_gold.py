#!/usr/bin/env python3
"""Builds eval/timeline/gold.tsv from the hand annotations (eval/timeline/annotations.txt).

Usage: python3 eval/timeline/build_gold.py ../shared/data/saudinewsnet/dataset \
           eval/timeline/annotations.txt eval/timeline/gold.tsv

Each report's word number becomes code point offsets into the article's `content`; each article
is pinned by the SHA-1 of its content (first 8 hex digits), so a changed corpus is caught. Only
the trigger word itself is copied into the gold, never a sentence (SaudiNewsNet is CC BY-NC-SA).
"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# WORD is the word of show.py's numbers, so an M row's word number finds the word shown
from goldlib import WORD, annotation_rows, sha8  # noqa: E402
from show import article  # noqa: E402

TYPES = {"DEPART", "TRAVEL", "VISIT", "MEET", "CONTACT", "REQUEST", "REFUSE", "ASYLUM", "CAPTURE",
         "ATTACK", "KILLED", "INJURED", "ARREST", "STATEMENT", "APPOINT", "RESIGN", "COLLAPSE",
         "AGREE", "ELECT", "BAN"}
MODALITIES = {"ASSERTED", "NEGATED", "UNREALISED"}
EDGE = "«»\"“”'()[]،,.:؛;!؟?-–/"


def build(annotations, text_of, header, out):
    """Writes the gold: text_of(file, index) gives an article's text, header the first line."""
    lines = [header]
    words, events, used = {}, {}, set()
    for r in annotation_rows(annotations):
        if r[0] == "A":
            key, story, file, index, origin = r[1:6]
            assert key not in words, r
            text = text_of(file, int(index))
            words[key] = [(m.start(), m.end()) for m in WORD.finditer(text)], text
            digest = sha8(text)
            lines.append("\t".join(["A", key, story, file, index, digest, origin]))
        elif r[0] == "E":
            event, kind, day = r[1:4]
            assert kind in TYPES and event not in events, r
            assert day == "-" or re.fullmatch(r"\d{4}-\d\d-\d\d", day), r
            events[event] = kind
            lines.append("\t".join(["E", event, kind, day]))
        elif r[0] == "M":
            event, key, n = r[1], r[2], int(r[3])
            modality = next((x for x in r[4:] if x in MODALITIES), "ASSERTED")
            source = next((x[7:] for x in r[4:] if x.startswith("source=")), "")
            assert event in events and key in words and (key, n) not in used, r
            used.add((key, n))
            spans, text = words[key]
            s, e = spans[n]
            while s < e and text[s] in EDGE:
                s += 1
            while e > s and text[e - 1] in EDGE:
                e -= 1
            lines.append("\t".join(["M", event, key, str(s), str(e), text[s:e], modality, source]))
        else:
            raise ValueError(f"unknown row: {r}")
    Path(out).write_text("\n".join(lines) + "\n", "utf-8")


def main(dataset, annotations, out):
    build(annotations, lambda file, index: article(dataset, file, index)["content"],
          "# isnad timeline gold: see eval/timeline/GUIDELINES.md. Built by build_gold.py from "
          "annotations.txt; offsets are code points into SaudiNewsNet `content`.", out)


if __name__ == "__main__":
    main(*sys.argv[1:])
