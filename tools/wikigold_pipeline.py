#!/usr/bin/env python3
"""The whole name pipeline on wikigold's held-out fifth (the documents the model never trains on).

usage: tools/wikigold_pipeline.py write DIR              # one text file per held-out document
       crosscheck analyze DIR -o wg.json
       tools/wikigold_pipeline.py score DIR wg.json [--misses N]

wikigold (../shared/corpora/wikigold, CC BY 4.0) is tokenised; sentences are written one per line
with the spaces before punctuation and possessives taken out, as a page would show them. Scored as
score_gum_names.py scores GUM: per document, (text, kind) multisets of person, organisation and
place names after the shared conventions (no leading "the", abbreviated title or possessive); MISC
is not a name here. "overall" ignores the kind, "typed" requires it. Standard library only."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONLL = os.path.join(HERE, "..", "..", "shared", "corpora", "wikigold", "wikigold.conll.txt")
KIND = {"PER": "person", "ORG": "organization", "LOC": "place"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "'s", "'", "n't", "%"}


def documents():
    docs, doc, sent = [], [], []
    for line in open(CONLL, encoding="utf-8"):
        line = line.strip()
        if not line:
            if sent: doc.append(sent); sent = []
            continue
        token, _, tag = line.rpartition(" ")
        if token == "-DOCSTART-":
            if sent: doc.append(sent); sent = []
            if doc: docs.append(doc)
            doc = []
            continue
        sent.append((token, tag))
    if sent: doc.append(sent)
    if doc: docs.append(doc)
    return docs


def render(doc):
    """The document's text and its gold names as (start, end, kind)."""
    text, names = "", []
    for sent in doc:
        line, open_name = "", None
        for i, (token, tag) in enumerate(sent):
            glue = i > 0 and (token in NO_SPACE_BEFORE or sent[i - 1][0] in {"(", "["})
            if i > 0 and not glue: line += " "
            start = len(text) + len(line); line += token
            kind = KIND.get(tag[2:]) if len(tag) > 2 else None
            if kind and open_name and open_name[2] == kind and not tag.startswith("B-"):
                open_name[1] = len(text) + len(line)
            elif kind:
                open_name = [start, len(text) + len(line), kind]; names.append(open_name)
            else:
                open_name = None
        text += line + "\n"
    return text, names


def norm(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(the|The) ", "", s)
    s = re.sub(r"^(Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St)\. ", "", s)
    s = re.sub(r"\s?['’]s$", "", s)
    return s.lower()


def held_out():
    return [(i, d) for i, d in enumerate(documents()) if i % 5 == 0]


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "write":
        os.makedirs(sys.argv[2], exist_ok=True)
        for i, d in held_out():
            open(os.path.join(sys.argv[2], f"wikigold-{i:03d}.txt"), "w", encoding="utf-8").write(render(d)[0])
        return
    if len(sys.argv) < 4 or sys.argv[1] != "score":
        sys.exit(__doc__)
    misses_n = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    gold = {}
    for i, d in held_out():
        text, names = render(d)
        gold[f"wikigold-{i:03d}"] = collections.Counter((norm(text[s:e]), k) for s, e, k in names)
    pred = collections.defaultdict(collections.Counter)
    for a in json.load(open(sys.argv[3], encoding="utf-8"))["articles"]:
        doc = os.path.basename(a["file"]).rsplit(".", 1)[0]
        for m in a["mentions"]:
            if m["kind"] in KIND.values():
                pred[doc][(norm(m["text"]), m["kind"])] += 1
    out, misses, extras = {}, collections.Counter(), collections.Counter()
    for typed in (False, True):
        tp = fp = fn = 0
        for doc in gold:
            g, p = gold[doc], pred[doc]
            if not typed:
                g = collections.Counter(k[0] for k in g.elements()); p = collections.Counter(k[0] for k in p.elements())
            tp += sum((g & p).values()); fn += sum((g - p).values()); fp += sum((p - g).values())
            if typed: misses.update(g - p); extras.update(p - g)
        P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
        out["typed" if typed else "overall"] = {"P": round(P, 3), "R": round(R, 3),
                                                  "F1": round(2 * P * R / (P + R), 3) if P + R else 0, "gold": tp + fn}
    per = {}
    for kind in KIND.values():
        tp = fp = fn = 0
        for doc in gold:
            g = collections.Counter({k: c for k, c in gold[doc].items() if k[1] == kind})
            p = collections.Counter({k: c for k, c in pred[doc].items() if k[1] == kind})
            tp += sum((g & p).values()); fn += sum((g - p).values()); fp += sum((p - g).values())
        P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
        per[kind] = round(2 * P * R / (P + R), 3) if P + R else 0
    out["F1 per kind"] = per
    print(json.dumps(out))
    if misses_n:
        print("missed:", ", ".join(f"{t} ({k}) x{c}" for (t, k), c in misses.most_common(misses_n)))
        print("extra: ", ", ".join(f"{t} ({k}) x{c}" for (t, k), c in extras.most_common(misses_n)))


if __name__ == "__main__":
    main()
