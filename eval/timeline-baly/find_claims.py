#!/usr/bin/env python3
"""Lists baly2018 claims as candidates for the held-out timeline gold (eval/timeline-baly).

For each claim: how many of its articles are of reasonable length (MIN..MAX words of the raw
`article` text), are not 'unrelated' to the claim, from how many url hosts and which years (a
/YYYY/ or YYYY-MM-DD in the url path). Prints only pointers and counts, never article text
(the corpus is research-use only).

Usage: python3 eval/timeline-baly/find_claims.py ../shared/data/baly2018/dataset [MIN] [MAX] [TOP]
"""
import json, re, sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from goldlib import netloc  # noqa: E402

YEAR = re.compile(r"(?<!\d)(20[01]\d)(?:[/_-]|\d{4}(?!\d))")


def main(dataset, lo=80, hi=900, top=40):
    lo, hi, top = int(lo), int(hi), int(top)
    rows = []
    for f in sorted(Path(dataset).glob("*.json")):
        c = json.loads(f.read_text("utf-8"))
        good = []
        for i, (text, url, stance) in enumerate(zip(c["article"], c["url"], c["stance"])):
            n = len(text.split())
            if lo <= n <= hi and stance != "unrelated":
                m = YEAR.search(urlparse(url).path)
                good.append((i, n, netloc(url), m.group(1) if m else "-", stance))
        hosts = {g[2] for g in good}
        years = sorted({g[3] for g in good if g[3] != "-"})
        rows.append((len(good), len(hosts), f.name, c["claim"][:90], years, good))
    rows.sort(key=lambda r: (-r[1], -r[0]))
    for n, nh, name, claim, years, good in rows[:top]:
        print(f"{name}\t{n} articles\t{nh} hosts\tyears {','.join(years)}\t{claim}")
        for i, w, h, y, s in good:
            print(f"    #{i}\t{w} words\t{h}\t{y}\t{s}")


if __name__ == "__main__":
    main(*sys.argv[1:])
