#!/usr/bin/env python3
"""Turns hand annotations of sample.py's candidates into a baly2018 quote gold (pointers only).

Usage: python3 eval/quotes-baly/build_gold.py DATASET CANDIDATES.tsv ANNOTATIONS.tsv... > gold.tsv

DATASET is ../shared/data/baly2018/dataset; CANDIDATES.tsv is sample.py's output (each sentence
and context is checked against its claim file). Annotation lines (as for eval/quotes), tab
separated, `#` comments, fields per eval/quotes/GUIDELINES.md:

  sid  cue  occurrence  speaker  resolved  content  direct  chain    one statement
  sid  -                                                             no statement

`occurrence` is 1 for the cue's first occurrence in the sentence, 2 for the second ..., or
explicit code point offsets `start:end` into the sentence (checked against `cue`). The speaker
(`-` when dropped; `resolved` then names it from the context) and the content are taken at their
occurrence nearest the cue. `direct` is 1 or 0; `chain` starts with `publisher:OUTLET`, OUTLET
being the candidate's outlet column (url host). Every candidate must be annotated; a text that
does not occur in its sentence stops the script: no guessing.
"""
import hashlib, json, sys
from pathlib import Path


def nearest(text, needle, pivot):
    best, at = None, text.find(needle)
    while at >= 0:
        if best is None or abs(at - pivot) < abs(best - pivot):
            best = at
        at = text.find(needle, at + 1)
    return best


def read_candidates(dataset, path):
    claims, sentences = {}, {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        (sid, file, index, start, end, sha, outlet, ref, cs, ce, context,
         text) = line.rstrip("\n").split("\t")
        if file not in claims:
            claims[file] = json.load(open(Path(dataset) / file, encoding="utf-8"))
        article = claims[file]["article"][int(index)]
        if article[int(start):int(end)] != text or (int(cs) >= 0
                                                    and article[int(cs):int(ce)] != context):
            sys.exit(f"{sid}: the sentence is no longer at {file} {index} {start}-{end}")
        sentences[sid] = (file, index, start, end, ref, outlet, (cs, ce), text)
    return sentences


def cue_at(text, cue, occ, where):
    if ":" in occ:
        s, e = map(int, occ.split(":"))
        if text[s:e] != cue:
            sys.exit(f"{where}: offsets {occ} hold «{text[s:e]}», not «{cue}»")
        return s
    at = -1
    for _ in range(int(occ or 1)):
        at = text.find(cue, at + 1)
        if at < 0:
            sys.exit(f"{where}: cue «{cue}» not in the sentence")
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
            seen.add(sid)
            if len(f) == 2 and f[1] == "-":
                continue
            if len(f) != 8:
                sys.exit(f"{where}: expected 8 fields: {line!r}")
            _, cue, occ, speaker, resolved, content, direct, chain = f
            if direct not in ("0", "1"):
                sys.exit(f"{where}: direct must be 0 or 1")
            text = sentences[sid][7]
            at = cue_at(text, cue, occ.strip(), where)
            if speaker == "-":
                sp = (-1, -1)
            else:
                s = nearest(text, speaker, at)
                if s is None:
                    sys.exit(f"{where}: speaker «{speaker}» not in {sid}")
                sp = (s, s + len(speaker))
            c = nearest(text, content, at)
            if c is None:
                sys.exit(f"{where}: content «{content[:40]}…» not in {sid}")
            rows[sid].append((at, at + len(cue), sp[0], sp[1], resolved or speaker, c,
                              c + len(content), direct, chain.strip()))
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")
    print("# isnad quote gold on baly2018: see eval/quotes/GUIDELINES.md and eval/quotes-baly/."
          " S rows point into the baly2018 claim files (sentence, then its context sentence);"
          " Q rows are code point offsets into the sentence.")
    for sid, (file, index, start, end, ref, outlet, ctx, text) in sentences.items():
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        print(f"S\t{sid}\t{file}\t{index}\t{start}\t{end}\t{sha}\t{ref}\t{outlet}\t{ctx[0]}\t{ctx[1]}")
        for r in sorted(rows[sid]):
            print("Q\t" + sid + "\t" + "\t".join(map(str, r)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
