#!/usr/bin/env python3
"""Turns hand annotations (expression text, not offsets) into gold.tsv (run once; kept to show how).

Usage: python3 eval/time/build_gold.py SENTENCES.tsv ANNOTATIONS.tsv... > eval/time/gold.tsv

SENTENCES.tsv is sample.py's output; each annotation line is
`sid<TAB>text<TAB>occurrence<TAB>type<TAB>value<TAB>mod` or `sid<TAB>-` (no expression).
An expression that does not occur in its sentence stops the script: no guessing.
"""
import hashlib, sys

TYPES = {"DATE", "TIME", "DURATION", "SET"}


def main(sentences_file, annotation_files):
    sentences = {}
    for line in open(sentences_file, encoding="utf-8"):
        if line.startswith("#"):
            continue
        sid, file, index, start, end, ref, text = line.rstrip("\n").split("\t")
        sentences[sid] = (file, index, start, end, ref, text)
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
            if len(f) < 4:
                sys.exit(f"{path}:{n}: expected sid, text, occurrence, type, value, mod: {line!r}")
            f += [""] * (6 - len(f))
            expr, occurrence, type_, value, mod = f[1], int(f[2] or 1), f[3], f[4], f[5]
            if type_ not in TYPES:
                sys.exit(f"{path}:{n}: bad type {type_}")
            text = sentences[sid][5]
            at = -1
            for _ in range(occurrence):
                at = text.find(expr, at + 1)
                if at < 0:
                    sys.exit(f"{path}:{n}: «{expr}» (occurrence {occurrence}) not in {sid}")
            rows[sid].append((at, at + len(expr), type_, value, mod))
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")
    print("# isnad time gold: see eval/time/GUIDELINES.md. S rows point into SaudiNewsNet;"
          " T rows are code point offsets into the sentence.")
    for sid, (file, index, start, end, ref, text) in sentences.items():
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        print(f"S\t{sid}\t{file}\t{index}\t{start}\t{end}\t{sha}\t{ref}")
        for s, e, t, v, m in sorted(rows[sid]):
            print(f"T\t{sid}\t{s}\t{e}\t{t}\t{v}\t{m}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
