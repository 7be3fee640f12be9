#!/usr/bin/env python3
"""Turns hand annotations (name text, not offsets) into gold.tsv (run once; kept to show how).

Usage: python3 eval/ner-baly/build_gold.py SENTENCES.tsv ANNOTATIONS.tsv... > eval/ner-baly/gold.tsv

SENTENCES.tsv is sample.py's output; each annotation line is
`sid<TAB>text<TAB>occurrence<TAB>type` (type PERS, LOC, ORG or MISC) or `sid<TAB>-` (no name).
A name that does not occur in its sentence stops the script: no guessing. The gold keeps only
pointers and offsets (baly2018 text is not ours to ship).
"""
import hashlib, sys

TYPES = {"PERS", "LOC", "ORG", "MISC"}


def main(sentences_file, annotation_files):
    sentences = {}
    for line in open(sentences_file, encoding="utf-8"):
        if line.startswith("#"):
            continue
        sid, file, index, start, end, outlet, text = line.rstrip("\n").split("\t")
        sentences[sid] = (file, index, start, end, outlet, text)
    rows = {sid: [] for sid in sentences}
    seen = set()
    for path in annotation_files:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            sid = f[0]
            if sid not in sentences:
                sys.exit(f"{path}:{n}: unknown sentence {sid}")
            seen.add(sid)
            if len(f) == 2 and f[1] == "-":
                continue
            if len(f) != 4 or f[3] not in TYPES:
                sys.exit(f"{path}:{n}: expected sid, text, occurrence, type: {line!r}")
            name, occurrence, type_ = f[1], int(f[2] or 1), f[3]
            text = sentences[sid][5]
            at = -1
            for _ in range(occurrence):
                at = text.find(name, at + 1)
                if at < 0:
                    sys.exit(f"{path}:{n}: «{name}» (occurrence {occurrence}) not in {sid}")
            rows[sid].append((at, at + len(name), type_))
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")
    print("# isnad cross-corpus name gold: see eval/ner-baly/GUIDELINES.md. S rows point into"
          " baly2018; N rows are code point offsets into the sentence.")
    for sid, (file, index, start, end, outlet, text) in sentences.items():
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        print(f"S\t{sid}\t{file}\t{index}\t{start}\t{end}\t{sha}\t{outlet}")
        for s, e, t in sorted(set(rows[sid])):
            print(f"N\t{sid}\t{s}\t{e}\t{t}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
