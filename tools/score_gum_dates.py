#!/usr/bin/env python3
"""How many of GUM's time mentions a `crosscheck analyze` run finds as a date, time or duration.

usage: score_gum_dates.py ANALYZE.json [train|dev|test] [N]

ANALYZE.json is `crosscheck analyze ../shared/corpora/gum/text -o ANALYZE.json`. GUM marks every
mention of time ("1799", "last week", but also "the day", "a period of limited exposure"), so the
recall printed is a floor and the list of misses is the place to look; the share of this project's
dates that overlap a GUM time mention says how many are dates at all. With N, prints the N most
frequent misses and stray dates. Keep the test split for measuring: tune on train and dev."""
import collections, csv, json, sys
from pathlib import Path

GUM = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "gum"


def split_docs(split):
    docs, current = set(), None
    for line in open(GUM / "splits.md", encoding="utf-8"):
        if line.startswith("## "):
            current = line[3:].strip()
        elif line.strip().startswith("* ") and current == split:
            docs.add(line.strip()[2:])
    return docs


def main():
    analysis = json.load(open(sys.argv[1], encoding="utf-8"))
    docs = split_docs(sys.argv[2]) if len(sys.argv) > 2 else None
    shown = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    ours = collections.defaultdict(list)
    for article in analysis["articles"]:
        for m in article["mentions"]:
            if m["kind"] in ("date", "time", "duration"):
                ours[article["file"].rsplit(".", 1)[0]].append(m)
    gold = collections.defaultdict(list)
    with open(GUM / "gum_entities.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["etype"] == "time" and (docs is None or r["doc"] in docs):
                gold[r["doc"]].append((int(r["char_start"]), int(r["char_end"]), r["text"]))
    found = total = inside = counted = 0
    misses, strays = collections.Counter(), collections.Counter()
    for doc, spans in gold.items():
        for s, e, text in spans:
            total += 1
            if any(m["start"] < e and s < m["end"] for m in ours[doc]):
                found += 1
            else:
                misses[text] += 1
        for m in ours[doc]:
            counted += 1
            if any(m["start"] < e and s < m["end"] for s, e, _ in spans):
                inside += 1
            else:
                strays[(m["text"], m["kind"])] += 1
    print(f"GUM {sys.argv[2] if docs is not None else 'all'}: {total} time mentions, {found} found "
          f"({found / max(1, total):.3f}); {counted} dates, times and durations found, {inside} of them on a "
          f"time mention ({inside / max(1, counted):.3f})")
    if shown:
        print("missed:", "; ".join(f"{t} ×{c}" for t, c in misses.most_common(shown)))
        print("not a GUM time:", "; ".join(f"{t} ({k}) ×{c}" for (t, k), c in strays.most_common(shown)))


if __name__ == "__main__":
    main()
