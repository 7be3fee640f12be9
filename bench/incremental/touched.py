#!/usr/bin/env python3
"""What an add touched: compares two analysis JSONs of a store (`isnad export` before and
after an add; ids derive from content) and prints, per kind (articles, entities, mentions,
quotes, events, stories, copy groups, corpus dating), how many items were added, removed or
changed, and how many old articles each changed set reaches: the "touched" set an incremental
linking would have to recompute, against the whole case. Standard library only.

usage: touched.py BEFORE.json AFTER.json
"""
import hashlib
import json
import re
import sys
from collections import defaultdict


STORY_NUMBER = re.compile(r"story \d+")


def digest(obj):
    return hashlib.sha1(json.dumps(obj, sort_keys=True, ensure_ascii=False)
                        .encode("utf-8")).hexdigest()


def summary(path):
    """Per kind: id -> digest, plus what the comparison needs (memberships), then let go."""
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    s = {}
    arts = d["articles"]
    s["articles"] = {a["id"]: digest({k: v for k, v in a.items() if k != "story"}) for a in arts}
    s["story_of"] = {a["id"]: a["story"] for a in arts}
    s["dup_of"] = {a["id"]: a["duplicateOf"] for a in arts if a["duplicateOf"]}
    s["published"] = {a["id"]: digest(a["published"]) for a in arts}
    s["corpus_dated"] = {a["id"] for a in arts if a["published"].get("basis") == "corpus"}
    s["entities"] = {e["id"]: digest({k: v for k, v in e.items() if k != "mentionCount"})
                     for e in d["entities"]}
    s["entity_count"] = {e["id"]: e["mentionCount"] for e in d["entities"]}
    for kind in ("mentions", "quotes", "timexes"):
        per = defaultdict(list)
        for m in d[kind]:
            per[m["article"]].append(m)
        s[kind] = {a: digest(v) for a, v in per.items()}
    s["entity_articles"] = defaultdict(set)
    for m in d["mentions"]:
        if m.get("entity"):
            s["entity_articles"][m["entity"]].add(m["article"])
    s["events"] = {e["id"]: digest(e) for e in d["events"]}
    for kind in ("events", "entities", "articles"):
        s[kind + "_fields"] = {x["id"]: {k: digest(v) for k, v in x.items()} for x in d[kind]}
    # the basis names stories by their number (a place in the run's date order, which any
    # added article may shift): the events again with those numbers masked
    s["events_masked"] = {e["id"]: digest(dict(e, basis=[STORY_NUMBER.sub("story #", x)
                                                       for x in e["basis"]]))
                          for e in d["events"]}
    s["event_articles"] = {e["id"]: {r["article"] for r in e["reports"]} for e in d["events"]}
    s["event_reports"] = {e["id"]: len(e["reports"]) for e in d["events"]}
    s["stories"] = {x["id"]: digest(x) for x in d["stories"]}
    s["story_articles"] = {x["id"]: set(x["articles"]) for x in d["stories"]}
    s["story_members"] = {x["id"]: digest(sorted(x["articles"])) for x in d["stories"]}
    return s


def compare(name, before, after):
    added = after.keys() - before.keys()
    removed = before.keys() - after.keys()
    changed = {k for k in before.keys() & after.keys() if before[k] != after[k]}
    print(f"{name:22} before {len(before):7}  after {len(after):7}  added {len(added):6}  "
          f"removed {len(removed):6}  changed {len(changed):6}")
    return added, removed, changed


def fields(name, before, after):
    """Of the items in both with other content: how many differ in each field."""
    count = defaultdict(int)
    for k in before.keys() & after.keys():
        if before[k] != after[k]:
            for f in before[k].keys() | after[k].keys():
                if before[k].get(f) != after[k].get(f):
                    count[f] += 1
    print(f"  {name} changed, by field: " + ", ".join(
        f"{f} {n}" for f, n in sorted(count.items(), key=lambda x: -x[1])))


def reach(label, ids, members, old):
    arts = set()
    for i in ids:
        arts |= members.get(i, set())
    print(f"  {label}: {len(arts & old)} old articles ({len(arts - old)} new)")
    return arts & old


def groups(dup_of):
    g = defaultdict(set)
    for copy, orig in dup_of.items():
        g[orig].add(copy)
    return {o: frozenset(c | {o}) for o, c in g.items()}


def main(before_path, after_path):
    b = summary(before_path)
    a = summary(after_path)
    old = set(b["articles"])
    new = set(a["articles"]) - old
    print(f"articles: {len(old)} before, {len(new)} new")
    touched = {}
    _, _, ch = compare("articles (not story)", b["articles"], a["articles"])
    touched["articles"] = ch
    fields("articles", b["articles_fields"], a["articles_fields"])
    _, _, ch = compare("  published", b["published"], a["published"])
    cd = b["corpus_dated"] | a["corpus_dated"]
    print(f"  corpus-dated articles: before {len(b['corpus_dated'])}, after "
          f"{len(a['corpus_dated'])}; old ones whose date changed {len(ch & cd)}")
    for kind in ("mentions", "quotes", "timexes"):
        _, _, ch = compare(kind + " (per article)", b[kind], a[kind])
        touched[kind] = ch
    ad, rm, ch = compare("entities", b["entities"], a["entities"])
    cnt = {k for k in b["entity_count"].keys() & a["entity_count"].keys()
           if b["entity_count"][k] != a["entity_count"][k]}
    fields("entities", b["entities_fields"], a["entities_fields"])
    print(f"  entities whose mention count alone changed: {len(cnt - ch)}")
    touched["entities"] = reach("removed or changed entities reach",
                                rm | ch, b["entity_articles"], old)
    reach("added entities reach", ad, a["entity_articles"], old)
    ad, rm, ch = compare("events", b["events"], a["events"])
    fields("events", b["events_fields"], a["events_fields"])
    touched["events"] = reach("removed or changed events reach", rm | ch, b["event_articles"],
                              old) | reach("added events reach", ad, a["event_articles"], old)
    print(f"  reports in removed or changed events: "
          f"{sum(b['event_reports'][e] for e in rm | ch)} of {sum(b['event_reports'].values())}")
    ad, rm, ch = compare("events, story # masked", b["events_masked"], a["events_masked"])
    touched["events (story # masked)"] = reach("removed or changed events reach", rm | ch,
                                               b["event_articles"], old)
    print(f"  reports in removed or changed events: "
          f"{sum(b['event_reports'][e] for e in rm | ch)}")
    ad, rm, ch = compare("stories", b["stories"], a["stories"])
    _, _, mch = compare("  story membership", b["story_members"], a["story_members"])
    touched["stories"] = reach("removed or changed stories reach", rm | ch,
                               b["story_articles"], old) | reach(
        "added stories reach", ad, a["story_articles"], old)
    gb, ga = groups(b["dup_of"]), groups(a["dup_of"])
    sb, sa = set(gb.values()), set(ga.values())
    print(f"copy groups: before {len(sb)} ({sum(map(len, sb))} articles), after {len(sa)}; "
          f"groups gone {len(sb - sa)}, groups new or changed {len(sa - sb)}")
    cg = set().union(*(sb - sa), *(sa - sb)) if (sb ^ sa) else set()
    print(f"  articles in changed copy groups: {len(cg & old)} old, {len(cg & new)} new")
    masked = {k: v for k, v in touched.items() if k != "events"}
    allm = set().union(*masked.values())
    print(f"old articles touched, story numbers masked: {len(allm)} of {len(old)} "
          f"({100.0 * len(allm) / len(old):.2f}%)")
    allt = set().union(*touched.values())
    print(f"old articles touched by anything: {len(allt)} of {len(old)} "
          f"({100.0 * len(allt) / len(old):.2f}%)")
    for k, v in touched.items():
        print(f"  via {k}: {len(v)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
