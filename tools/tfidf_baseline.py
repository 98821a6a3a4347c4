#!/usr/bin/env python3
"""The obvious alternative a user might script: TF-IDF vectors of every sentence and the cosine of
every pair of sentences from different articles (scikit-learn), a pair counting as a match above a
threshold. Used by tools/bench to put Crosscheck's aligner side by side with it.

  tfidf_baseline.py msrp FILE       threshold tuned on the first 75% of the MSRP training file,
                                    accuracy and F1 on the last 25% (the split Crosscheck uses)
  tfidf_baseline.py folder DIR T    all-pairs matching of DIR's .txt/.md files at threshold T:
                                    time, peak memory, matches
"""
import os
import re
import resource
import sys
import time

import numpy

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity


def msrp(path):
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 5 and parts[0] in ("0", "1"):
                rows.append((int(parts[0]), parts[3], parts[4]))
    split = len(rows) * 3 // 4
    vectorizer = TfidfVectorizer(sublinear_tf=True).fit([r[1] for r in rows] + [r[2] for r in rows])

    def scores(part):
        a = vectorizer.transform([r[1] for r in part])
        b = vectorizer.transform([r[2] for r in part])
        return [float(a[i].multiply(b[i]).sum()) for i in range(len(part))]

    def measure(part, s, threshold):
        tp = sum(1 for r, v in zip(part, s) if v >= threshold and r[0] == 1)
        fp = sum(1 for r, v in zip(part, s) if v >= threshold and r[0] == 0)
        fn = sum(1 for r, v in zip(part, s) if v < threshold and r[0] == 1)
        correct = sum(1 for r, v in zip(part, s) if (v >= threshold) == (r[0] == 1))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        return correct / len(part), f1

    train, held = rows[:split], rows[split:]
    train_scores, held_scores = scores(train), scores(held)
    best = max((measure(train, train_scores, t / 100)[0], t / 100) for t in range(5, 95))
    accuracy, f1 = measure(held, held_scores, best[1])
    print(f"TF-IDF cosine, threshold {best[1]:.2f} tuned on the first 75%: held-out {len(held)} pairs, "
          f"accuracy {100 * accuracy:.1f}%, F1 {100 * f1:.1f}")


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])|\n+")


def folder(path, threshold):
    start = time.perf_counter()
    sentences, owner = [], []
    files = sorted(os.path.join(d, n) for d, _, names in os.walk(path) for n in names
                   if n.endswith((".txt", ".md")) and not d.split(os.sep)[-1].startswith("."))
    for index, name in enumerate(files):
        with open(name, encoding="utf-8", errors="replace") as f:
            for s in SENTENCE.split(f.read()):
                if len(s.split()) >= 4:
                    sentences.append(s.strip())
                    owner.append(index)
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(sentences)
    def group(name):
        found = re.search(r"story-(\d+)-", os.path.basename(name))
        return found.group(1) if found else os.path.dirname(os.path.relpath(name, path))
    story = [group(n) for n in files]
    owners = numpy.array(owner)
    groups = numpy.array([story[o] or "" for o in owner])
    matches = cross = 0
    block = 2000
    for first in range(0, len(sentences), block):
        similarity = cosine_similarity(matrix[first:first + block], matrix, dense_output=False).tocoo()
        rows = similarity.row + first
        keep = (similarity.col > rows) & (similarity.data >= threshold)
        rows, columns = rows[keep], similarity.col[keep]
        other = owners[rows] != owners[columns]
        rows, columns = rows[other], columns[other]
        matches += len(rows)
        known = (groups[rows] != "") & (groups[columns] != "")
        cross += int(numpy.count_nonzero(known & (groups[rows] != groups[columns])))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"TF-IDF all pairs at {threshold}: {len(files)} files, {len(sentences)} sentences, "
          f"{seconds:.2f} s, {matches} matches, peak memory {peak:.0f} MB")
    if any(story):
        print(f"matches joining two different stories or event folders (surely wrong): {cross} of {matches} "
              f"({100 * cross / max(1, matches):.1f}%)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "msrp":
        msrp(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "folder":
        folder(sys.argv[2], float(sys.argv[3]))
    else:
        sys.exit(__doc__)
