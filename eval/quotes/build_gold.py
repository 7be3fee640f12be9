#!/usr/bin/env python3
"""Turns hand annotations (texts, not offsets) into eval/quotes/gold.tsv (run once; kept to show how).

Usage: python3 eval/quotes/build_gold.py DATASET SENTENCES.tsv ANNOTATIONS.tsv... > eval/quotes/gold.tsv

SENTENCES.tsv is sample.py's output. Annotation lines:
`sid<TAB>cue<TAB>occurrence<TAB>speaker<TAB>resolved<TAB>content<TAB>direct<TAB>chain` or `sid<TAB>-`.
Speaker and content are taken at the occurrence nearest the cue. A text that does not occur in
its sentence stops the script: no guessing.
"""
import hashlib, io, json, sys, zipfile
from pathlib import Path

OUTLETS = {'aawsat': 'الشرق الأوسط', 'aleqtisadiya': 'الاقتصادية', 'aljazirah': 'الجزيرة',
           'almadina': 'المدينة', 'alriyadh': 'الرياض', 'alwatan': 'الوطن', 'alweeam': 'الوئام',
           'alyaum': 'اليوم', 'arreyadi': 'الرياضي', 'arriyadiyah': 'الرياضية', 'okaz': 'عكاظ',
           'sabq': 'سبق', 'was': 'واس', '3alyoum': 'عين اليوم'}


def nearest(text, needle, pivot):
    best, at = None, text.find(needle)
    while at >= 0:
        if best is None or abs(at - pivot) < abs(best - pivot):
            best = at
        at = text.find(needle, at + 1)
    return best


def main(dataset, sentences_file, annotation_files):
    days = {}
    sentences = {}
    for line in open(sentences_file, encoding="utf-8"):
        if line.startswith("#"):
            continue
        sid, file, index, start, end, ref, outlet, context, text = line.rstrip("\n").split("\t")
        if file not in days:
            with zipfile.ZipFile(Path(dataset) / file.replace(".json", ".zip")) as z:
                days[file] = json.load(io.TextIOWrapper(z.open(file), "utf-8"))
        content = days[file][int(index)]["content"]
        assert content[int(start):int(end)] == text, sid
        cs = content.rfind(context, 0, int(start)) if context else -1
        ctx = (cs, cs + len(context)) if cs >= 0 else (-1, -1)
        sentences[sid] = (file, index, start, end, ref, OUTLETS.get(outlet, outlet), ctx, text)
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
            if len(f) != 8:
                sys.exit(f"{path}:{n}: expected 8 fields: {line!r}")
            _, cue, occ, speaker, resolved, content, direct, chain = f
            text = sentences[sid][7]
            at = -1
            for _ in range(int(occ or 1)):
                at = text.find(cue, at + 1)
                if at < 0:
                    sys.exit(f"{path}:{n}: cue «{cue}» not in {sid}")
            if speaker == "-":
                sp = (-1, -1)
            else:
                s = nearest(text, speaker, at)
                if s is None:
                    sys.exit(f"{path}:{n}: speaker «{speaker}» not in {sid}")
                sp = (s, s + len(speaker))
            c = nearest(text, content, at)
            if c is None:
                sys.exit(f"{path}:{n}: content «{content[:40]}…» not in {sid}")
            rows[sid].append((at, at + len(cue), sp[0], sp[1], resolved or speaker, c,
                              c + len(content), direct, chain.strip()))
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")
    print("# isnad quote gold: see eval/quotes/GUIDELINES.md. S rows point into SaudiNewsNet"
          " (sentence, then its context sentence); Q rows are code point offsets into the sentence.")
    for sid, (file, index, start, end, ref, outlet, ctx, text) in sentences.items():
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        print(f"S\t{sid}\t{file}\t{index}\t{start}\t{end}\t{sha}\t{ref}\t{outlet}\t{ctx[0]}\t{ctx[1]}")
        for r in sorted(rows[sid]):
            print("Q\t" + sid + "\t" + "\t".join(map(str, r)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
