"""Shared pieces of the eval samplers (imported by eval/*/sample.py)."""
import os


def seed(default):
    """The sampler's seed: SAMPLE_SEED from the environment, else the seed the gold was drawn with."""
    return int(os.environ.get("SAMPLE_SEED", default))


def excluded_articles():
    """(claim file, article index) pairs of every gold named in EXCLUDE (colon separated paths).

    A development sample drawn with EXCLUDE set to the held-out golds shares no article with them.
    S rows hold the file and index in columns 3 and 4, A rows (timeline golds) in 4 and 5.
    """
    pairs = set()
    for path in filter(None, os.environ.get("EXCLUDE", "").split(":")):
        for line in open(path, encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "S" and len(cols) > 3:
                pairs.add((cols[2], int(cols[3])))
            elif cols[0] == "A" and len(cols) > 4:
                pairs.add((cols[3], int(cols[4])))
    return pairs
