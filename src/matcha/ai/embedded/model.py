"""A small trained sentence model for culture values: multinomial logistic regression per
dimension over word uni- and bigrams, shipped as data (`culture_model.json.gz`).

It reads statements the phrase rules miss ("nobody manages anybody", "start and stop when it
suits you"): each answer sentence gets a probability per value (or "none": the sentence says
nothing about the dimension), and the sentences that clearly state one value add up to a
reading. Features: lower-cased words, numbers as their size bucket (head-counts) or NUM,
words after a negation marked `not_` up to the end of the clause, and adjacent pairs.

The weights are trained offline from committed text by `matcha.evaluation.train_culture`
(see eval/README.md); inference here is pure Python and loads the file once, lazily.
"""

from __future__ import annotations

import base64
import gzip
import itertools
import json
import math
import re
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from matcha.ai.embedded.numbers import headcounts, size_bucket, words_to_int

NONE = "none"
QUESTION_PREFIX = "q:"
MODEL_FILE = "culture_model.json.gz"

_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)?|[.,;:!?—–()]")
_NEGATOR = re.compile(
    r"^(?:not|no|never|nobody|none|nothing|neither|nor|without|hardly|barely|rarely|"
    r"seldom|cannot|\w+n['’]t)$"
)
_CLAUSE_END = re.compile(r"^(?:[.,;:!?—–()]|but|although|though|however|yet|while|and)$")
_NUMBER_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|couple)$"
)


def tokens(text: str) -> list[str]:
    """Normalised words of `text`: numbers collapsed, words after a negation marked."""
    lowered = text.lower().replace("’", "'")
    out: list[str] = []
    negated = False
    for raw in _TOKEN.findall(lowered):
        if _CLAUSE_END.match(raw):
            negated = False
            if raw.isalpha():
                out.append(raw)
            continue
        word = "NUM" if raw[0].isdigit() or _NUMBER_WORD.match(raw) else raw
        if raw[0].isdigit() and (value := words_to_int(raw)) is not None and value > 1000:
            word = "NUMBIG"
        if _NEGATOR.match(raw):
            out.append(raw)
            negated = True
            continue
        out.append(f"not_{word}" if negated else word)
    return out


_QUESTION_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "you",
        "your",
        "it",
        "its",
        "it's",
        "that",
        "this",
        "there",
        "what",
        "how",
        "who",
        "so",
        "can",
        "could",
        "would",
        "about",
        "like",
        "with",
        "be",
    }
)


def features(text: str, question: str = "") -> list[str]:
    """Uni- and bigram features of one sentence, plus head-count size buckets; for the first
    sentences of an answer, the words of the question it answers (`q:` features)."""
    words = tokens(text)
    feats = list(dict.fromkeys(words))
    feats += list(dict.fromkeys(f"{a} {b}" for a, b in itertools.pairwise(words)))
    feats += [f"HC:{size_bucket(h.count)}" for h in headcounts(text)]
    asked = (w for w in tokens(question) if w.isalpha() and w not in _QUESTION_STOP)
    feats += list(dict.fromkeys(f"{QUESTION_PREFIX}{w}" for w in asked))
    return feats


@dataclass(frozen=True)
class DimensionModel:
    """One dimension's classes (its values plus "none"), biases and weights: feature `i` of the
    shared `index` has its weights at rows[i * len(classes):], as 32-bit floats (the model's
    whole vocabulary in one dict and flat arrays keeps it to a few MiB in memory)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    index: dict[str, int]
    rows: array[float]

    def probabilities(self, text: str, question: str = "") -> dict[str, float]:
        """Class -> probability for one sentence (and the question it answers)."""
        return self.probabilities_of(features(text, question))

    def probabilities_of(self, feats: list[str]) -> dict[str, float]:
        """Class -> probability for featurised text (softmax over the linear scores)."""
        scores = list(self.bias)
        width = len(scores)
        for feat in feats:
            i = self.index.get(feat)
            if i is not None:
                base = i * width
                for k in range(width):
                    scores[k] += self.rows[base + k]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


def from_json(data: dict[str, Any]) -> dict[str, DimensionModel]:
    """Dimension -> its model, from the shipped file's JSON (format 2: a vocabulary and
    base64 float32 rows) or from the trainer's (format 1: weights per feature)."""
    dims = data["dimensions"]
    if "vocabulary" in data:
        index = {f: i for i, f in enumerate(data["vocabulary"])}
        return {
            name: DimensionModel(
                tuple(d["classes"]),
                tuple(d["bias"]),
                index,
                _little_endian(array("f", base64.b64decode(d["rows"]))),
            )
            for name, d in dims.items()
        }
    vocabulary = sorted({f for d in dims.values() for f in d["weights"]})
    index = {f: i for i, f in enumerate(vocabulary)}
    out: dict[str, DimensionModel] = {}
    for name, d in dims.items():
        width = len(d["classes"])
        rows = array("f", bytes(4 * width * len(vocabulary)))
        for feat, row in d["weights"].items():
            rows[index[feat] * width : (index[feat] + 1) * width] = array("f", row)
        out[name] = DimensionModel(tuple(d["classes"]), tuple(d["bias"]), index, rows)
    return out


def _little_endian(rows: array[float]) -> array[float]:
    """The file's rows are little-endian; swap them on a big-endian machine."""
    if sys.byteorder == "big":
        rows.byteswap()
    return rows


@lru_cache(maxsize=1)
def load() -> dict[str, DimensionModel]:
    """The shipped model, read once on first use."""
    raw = resources.files("matcha.ai.embedded").joinpath(MODEL_FILE).read_bytes()
    return from_json(json.loads(gzip.decompress(raw)))
