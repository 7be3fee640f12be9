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
import hashlib, json, re, sys
from pathlib import Path

TYPES = {"DATE", "TIME", "DURATION", "SET"}


def read_candidates(dataset, path):
    claims, sentences = {}, {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        sid, file, index, start, end, sha, outlet, ref, stratum, text = line.rstrip("\n").split("\t")
        if file not in claims:
            claims[file] = json.load(open(Path(dataset) / file, encoding="utf-8"))
        article = claims[file]["article"][int(index)]
        if article[int(start):int(end)] != text:
            sys.exit(f"{sid}: the sentence is no longer at {file} {index} {start}-{end}")
        sentences[sid] = [file, index, start, end, ref, text]
    return sentences


def locate(text, expr, occurrence, where):
    if ":" in occurrence:
        s, e = map(int, occurrence.split(":"))
        if text[s:e] != expr:
            sys.exit(f"{where}: offsets {occurrence} hold «{text[s:e]}», not «{expr}»")
        return s
    at = -1
    for _ in range(int(occurrence or 1)):
        at = text.find(expr, at + 1)
        if at < 0:
            sys.exit(f"{where}: «{expr}» (occurrence {occurrence}) not in the sentence")
    return at


def main(dataset, candidates, annotation_files):
    sentences = read_candidates(dataset, candidates)
    rows = {sid: [] for sid in sentences}
    seen = set()
    for path in annotation_files:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            sid, where = f[0], f"{path}:{n}"
            if sid not in sentences:
                sys.exit(f"{where}: unknown sentence {sid}")
            if len(f) == 2 and f[1].startswith("reference="):
                ref = f[1][len("reference="):].strip()
                if ref and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ref):
                    sys.exit(f"{where}: bad reference {ref}")
                sentences[sid][4] = ref
                continue
            seen.add(sid)
            if len(f) == 2 and f[1] == "-":
                continue
            if len(f) < 4:
                sys.exit(f"{where}: expected sid, text, occurrence, type, value, mod: {line!r}")
            f += [""] * (6 - len(f))
            expr, occurrence, type_, value, mod = f[1], f[2].strip(), f[3], f[4], f[5]
            if type_ not in TYPES:
                sys.exit(f"{where}: bad type {type_}")
            at = locate(sentences[sid][5], expr, occurrence, where)
            rows[sid].append((at, at + len(expr), type_, value, mod))
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")
    print("# isnad time gold on baly2018: see eval/time/GUIDELINES.md and eval/time-baly/."
          " S rows point into the baly2018 claim files (file, article index, code points);"
          " T rows are code point offsets into the sentence.")
    for sid, (file, index, start, end, ref, text) in sentences.items():
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        print(f"S\t{sid}\t{file}\t{index}\t{start}\t{end}\t{sha}\t{ref}")
        for s, e, t, v, m in sorted(rows[sid]):
            print(f"T\t{sid}\t{s}\t{e}\t{t}\t{v}\t{m}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
