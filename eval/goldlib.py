"""Shared pieces of the eval scripts: the samplers (eval/*/sample.py), the gold builders
(eval/*/build_gold.py) and the timeline article viewers (eval/timeline*/show.py).

Python 3 standard library only. Scripts import it by path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import goldlib

Guarantees: offsets are code points into the article (or sentence) text; a check that fails
stops the script with `sys.exit` and a message naming the file and line, or the sentence (no
guessing); random draws come only from the generator a sampler passes in, so the same seed
draws the same sample.
"""
import hashlib, io, json, os, re, sys, zipfile
from collections import namedtuple
from pathlib import Path
from urllib.parse import urlparse

# ---------------------------------------------------------------- samplers


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
        for line in Path(path).read_text("utf-8").split("\n"):
            cols = line.split("\t")
            if cols[0] == "S" and len(cols) > 3:
                pairs.add((cols[2], int(cols[3])))
            elif cols[0] == "A" and len(cols) > 4:
                pairs.add((cols[3], int(cols[4])))
    return pairs


SPLIT = re.compile(r"(?<=[.!؟?])\s+|\n+")


def sentences(content):
    """(start, end) code point offsets of the sentences of `content`: split after . ! ؟ ? followed
    by white space and at line breaks; leading white space is skipped, empty sentences dropped."""
    start = 0
    for m in SPLIT.finditer(content + "\n"):
        s, e = start, m.start()
        start = m.end()
        while s < e and content[s].isspace():
            s += 1
        if s < e:
            yield s, e


def fits(text, least, most):
    """True when the sentence has `least` to `most` words (runs of non-space) and no tab (the sample
    and gold files are tab separated)."""
    return least <= len(text.split()) <= most and "\t" not in text


def saudinewsnet_by_outlet(dataset):
    """SaudiNewsNet articles grouped by outlet (`source`): outlet -> [(json name, index, article)],
    in file order (the day zips of `dataset`, sorted)."""
    by_outlet = {}
    for path in sorted(Path(dataset).glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            name = [n for n in z.namelist() if n.endswith(".json")][0]
            for i, a in enumerate(json.load(io.TextIOWrapper(z.open(name), "utf-8"))):
                by_outlet.setdefault(a["source"], []).append((name, i, a))
    return by_outlet


def by_outlet_in_turn(by_outlet, rng, cap, pick):
    """Rows drawn outlet by outlet (outlets sorted, each one's articles shuffled by `rng`), at most
    `cap` an outlet: pick(outlet, article) gives an article's row, or None to skip it."""
    rows = []
    for outlet in sorted(by_outlet):
        arts = by_outlet[outlet]
        rng.shuffle(arts)
        taken = 0
        for art in arts:
            if taken >= cap:
                break
            row = pick(outlet, art)
            if row is not None:
                taken += 1
                rows.append(row)
    return rows


def round_robin(pool, want, cap, pick):
    """Rows drawn from a pool of (outlet, articles) by visiting the outlets in turn, so that many
    outlets appear before any reaches its cap: each visit pops the outlet's last article and
    pick(outlet, article, rows so far) gives its row, or None to skip it. Stops at `want` rows or
    when the pool is empty; returns the rows and outlet -> rows taken."""
    rows, taken = [], {}
    while len(rows) < want and any(arts for _, arts in pool):
        for outlet, arts in pool:
            if len(rows) >= want or taken.get(outlet, 0) >= cap or not arts:
                continue
            row = pick(outlet, arts.pop(), rows)
            if row is None:
                continue
            taken[outlet] = taken.get(outlet, 0) + 1
            rows.append(row)
    return rows, taken


def write_sample(out, columns, prefix, rows):
    """Writes a sample file to the stream `out`: a `# ` header naming the columns, then a line per
    row, led by its sid (`prefix` and a 3-digit number from 001)."""
    out.write("# " + "\t".join(columns) + "\n")
    for n, row in enumerate(rows, 1):
        out.write(f"{prefix}{n:03d}\t" + "\t".join(map(str, row)) + "\n")


def host(url):
    """The url's host, lower case, without "www." ("-" when the url has none)."""
    m = re.match(r"^[a-z]+://([^/:?#]+)", url or "")
    return re.sub(r"^www\.", "", m.group(1).lower()) if m else "-"


def netloc(url):
    """The url's network location (urlparse), lower case, without "www.": unlike host(), it keeps
    a port and user, and is "" for a url without "//" (kept apart: the name gold was drawn by it)."""
    h = urlparse(url).netloc.lower()
    return h[4:] if h.startswith("www.") else h


URL_DATE = re.compile(r"(20[01]\d)[/_-]?(0[1-9]|1[0-2]|(?<=/)[1-9](?=/))"
                      r"[/_-]?([0-3]\d|(?<=/)[1-9](?=/))")


def url_date(url):
    """A date written in the url (/2017/12/05/, 2017-12-05, 20171205) as YYYY-MM-DD, else ""."""
    m = URL_DATE.search(url or "")
    if not m:
        return ""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 else ""


def published(analysis):
    """url -> publication date (first 10 characters of `published.value`) in an `isnad analyze`
    output; {} without one."""
    dates = {}
    if analysis:
        for a in json.loads(Path(analysis).read_text("utf-8"))["articles"]:
            value = (a.get("published") or {}).get("value")
            if a.get("url") and value:
                dates[a["url"]] = value[:10]
    return dates


def baly_articles(dataset):
    """(claim file, index, text, url) of the baly2018 articles, claim files in name order;
    deduplicated by url (first kept), empty texts and the articles of EXCLUDE skipped."""
    seen, held_out = set(), excluded_articles()
    for path in sorted(Path(dataset).glob("*.json")):
        claim = json.loads(path.read_text("utf-8"))
        for i, (text, url) in enumerate(zip(claim.get("article") or [], claim.get("url") or [])):
            if url in seen or not text:
                continue
            seen.add(url)
            if (path.name, i) in held_out:
                continue
            yield path.name, i, text, url


def baly_by_outlet(dataset):
    """baly_articles() grouped by outlet (host of the url): outlet -> [(file, index, text, url)]."""
    by_outlet = {}
    for art in baly_articles(dataset):
        by_outlet.setdefault(host(art[3]), []).append(art)
    return by_outlet


def sha8(text):
    """First 8 hex digits of the SHA-1 of the text's UTF-8 bytes (pins a sentence or article)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


# ---------------------------------------------------------------- gold builders

Sentence = namedtuple("Sentence", "file index start end text extra")
Sentence.__doc__ = """A sample sentence: where it is (strings, as in the sample file), its text, and
the columns its S row writes after the SHA-1 (`extra`, a tuple)."""


def read_tsv(path, columns):
    """Rows of a sample file as dicts of `columns` (blank and `#` lines skipped); a row with another
    number of fields stops the script."""
    with open(path, encoding="utf-8") as lines:
        numbered = list(enumerate(lines, 1))
    for n, line in numbered:
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != len(columns):
            sys.exit(f"{path}:{n}: expected {len(columns)} fields ({', '.join(columns)}),"
                     f" found {len(fields)}")
        yield dict(zip(columns, fields))


def read_baly_candidates(dataset, path, columns):
    """The rows of a baly2018 candidate file (sid -> dict of `columns`), each sentence (and its
    context, when the row has context_start >= 0) checked against its claim file."""
    claims, rows = {}, {}
    for r in read_tsv(path, columns):
        file, index, start, end = r["file"], r["index"], r["start"], r["end"]
        if file not in claims:
            claims[file] = json.loads((Path(dataset) / file).read_text("utf-8"))
        article = claims[file]["article"][int(index)]
        cs = int(r.get("context_start", -1))
        if article[int(start):int(end)] != r["text"] or (
                cs >= 0 and article[cs:int(r["context_end"])] != r["context"]):
            sys.exit(f"{r['sid']}: the sentence is no longer at {file} {index} {start}-{end}")
        rows[r["sid"]] = r
    return rows


def annotation_lines(paths, sentences):
    """(where, fields) of each annotation line of the files (tab separated; blank and `#` lines
    skipped), `where` being "path:line sid" (for messages). A line whose sid (first field) is not
    a key of `sentences` stops the script."""
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            numbered = list(enumerate(lines, 1))
        for n, line in numbered:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] not in sentences:
                sys.exit(f"{path}:{n}: unknown sentence {fields[0]}")
            yield f"{path}:{n} {fields[0]}", fields


def no_annotation(fields):
    """True for the line `sid<TAB>-` (the sentence holds nothing to annotate)."""
    return len(fields) == 2 and fields[1] == "-"


def require_all(sentences, seen):
    """Stops the script when a sentence was not annotated."""
    missing = [sid for sid in sentences if sid not in seen]
    if missing:
        sys.exit(f"not annotated: {missing}")


def locate(text, needle, occurrence, where):
    """Start of `needle` in the sentence `text`. `occurrence` is "k" for its k-th occurrence ("" is
    1), or explicit code point offsets "start:end" (checked against `needle`). Anything that does
    not hold stops the script: no guessing."""
    occurrence = occurrence.strip()
    if ":" in occurrence:
        try:
            s, e = map(int, occurrence.split(":"))
        except ValueError:
            sys.exit(f"{where}: occurrence {occurrence!r} is neither a number nor start:end")
        if text[s:e] != needle:
            sys.exit(f"{where}: offsets {occurrence} hold «{text[s:e]}», not «{needle}»")
        return s
    try:
        k = int(occurrence or 1)
    except ValueError:
        k = 0
    if k < 1:
        sys.exit(f"{where}: occurrence {occurrence!r} is neither a number from 1 nor start:end")
    at = -1
    for _ in range(k):
        at = text.find(needle, at + 1)
        if at < 0:
            sys.exit(f"{where}: «{needle}» (occurrence {k}) not in the sentence")
    return at


def nearest(text, needle, pivot):
    """Start of the occurrence of `needle` in `text` nearest `pivot` (the first on a tie), or
    None."""
    best, at = None, text.find(needle)
    while at >= 0:
        if best is None or abs(at - pivot) < abs(best - pivot):
            best = at
        at = text.find(needle, at + 1)
    return best


def quote_row(text, fields, where):
    """The Q row fields of the quote annotation `sid cue occurrence speaker resolved content direct
    chain` of the sentence `text` (see eval/quotes/GUIDELINES.md): cue offsets, speaker offsets
    (-1 -1 when dropped), resolved speaker, content offsets, direct, chain. The speaker and the
    content are taken at their occurrence nearest the cue."""
    if len(fields) != 8:
        line = "\t".join(fields)
        sys.exit(f"{where}: expected 8 fields (sid cue occurrence speaker resolved content direct"
                 f" chain), found {len(fields)}: {line!r}")
    _, cue, occ, speaker, resolved, content, direct, chain = fields
    if direct not in ("0", "1"):
        sys.exit(f"{where}: direct must be 0 or 1, not {direct!r}")
    at = locate(text, cue, occ, f"{where}: cue")
    if speaker == "-":
        sp = (-1, -1)
    else:
        s = nearest(text, speaker, at)
        if s is None:
            sys.exit(f"{where}: speaker «{speaker}» not in the sentence")
        sp = (s, s + len(speaker))
    c = nearest(text, content, at)
    if c is None:
        sys.exit(f"{where}: content «{content[:40]}…» not in the sentence")
    return (at, at + len(cue), sp[0], sp[1], resolved or speaker, c, c + len(content), direct,
            chain.strip())


TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"}


def time_row(text, fields, where):
    """The T row fields (start, end, type, value, mod) of the time annotation `sid text occurrence
    type [value [mod]]` of the sentence `text` (see eval/time/GUIDELINES.md); value and mod may be
    left out (empty)."""
    if len(fields) < 4:
        line = "\t".join(fields)
        sys.exit(f"{where}: expected sid, text, occurrence, type, value, mod: {line!r}")
    f = fields + [""] * (6 - len(fields))
    expr, occurrence, type_, value, mod = f[1], f[2], f[3], f[4], f[5]
    if type_ not in TIME_TYPES:
        sys.exit(f"{where}: bad type {type_}")
    at = locate(text, expr, occurrence, where)
    return at, at + len(expr), type_, value, mod


def print_gold(header, sentences, rows, tag):
    """Prints the gold: the header line, then for each sentence (in order) its S row (sid, file,
    index, start, end, SHA-1 of the text, extra columns) followed by its rows (sorted), each
    written as `tag`, sid and its fields."""
    print(header)
    for sid, s in sentences.items():
        print("\t".join(["S", sid, s.file, s.index, s.start, s.end, sha8(s.text), *s.extra]))
        for r in sorted(rows[sid]):
            print(f"{tag}\t{sid}\t" + "\t".join(map(str, r)))


def build_gold(header, sentences, annotation_files, row_of, tag, unique=False, directive=None):
    """Reads the annotations of `sentences` (sid -> Sentence) and prints the gold (print_gold).

    Each annotation line (annotation_lines) gives a row, row_of(sentence text, fields, where),
    except `sid<TAB>-` (nothing to annotate) and the lines directive(fields, where) takes (it
    returns True; such a line does not count as annotating its sentence). With `unique`, repeated
    rows are written once. Every sentence must be annotated."""
    rows = {sid: [] for sid in sentences}
    seen = set()
    for where, fields in annotation_lines(annotation_files, sentences):
        if directive and directive(fields, where):
            continue
        sid = fields[0]
        seen.add(sid)
        if not no_annotation(fields):
            rows[sid].append(row_of(sentences[sid].text, fields, where))
    require_all(sentences, seen)
    print_gold(header, sentences, {sid: set(r) if unique else r for sid, r in rows.items()}, tag)


# ---------------------------------------------------------------- timeline annotations

WORD = re.compile(r"\S+")


def annotation_rows(path):
    """The rows of a timeline annotation file, split at white space (blank and `#` lines
    skipped)."""
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split()


def numbered_words(text):
    """The text as `[n]word ` runs (words = runs of non-space, from 0), a line break before a word
    that follows one within two characters: what annotators cite word numbers from."""
    out = []
    for n, m in enumerate(WORD.finditer(text)):
        if "\n" in text[max(0, m.start() - 2):m.start()]:
            out.append("\n")
        out.append(f"[{n}]{m.group()} ")
    return "".join(out)
