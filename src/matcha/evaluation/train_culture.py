"""Train the embedded culture model (`matcha.ai.embedded.model`) from committed text.

    python -m matcha.evaluation.train_culture            # rewrite the shipped weights
    python -m matcha.evaluation.train_culture --check    # fail if they differ from a retrain

Training material, all in this repository:
- `eval/data/train/*.txt`: hand-written statements per dimension and value (each also a
  "none" for every other dimension), and "none" statements (another employer, a client, the
  past, a plan, or another topic);
- the tuning splits' transcripts (`TRAIN_SPLITS`, never `dev5` or `test`): an answer to a
  question on a dimension's topic, or a sentence the phrase rules quote for the right value,
  is a statement of the interview's label for it, and every
  answer sentence of an interview that leaves a dimension unlabelled is "none" for it.

Each dimension gets a multinomial logistic regression trained by plain stochastic gradient
descent in a fixed order (seeded shuffle), so the same data gives the same bytes.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import math
import random
import struct
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from matcha.ai.embedded.culture import dimensions_from, questions
from matcha.ai.embedded.model import MODEL_FILE, NONE, features
from matcha.ai.embedded.replies import topics
from matcha.ai.embedded.text import sentences
from matcha.ai.schemas import CULTURE_DIMENSIONS
from matcha.evaluation.dataset import default_data_dir, load_split

TRAIN_SPLITS = ("dev", "dev2", "dev3")
EPOCHS, RATE, DECAY, L2 = 25, 0.3, 0.15, 0.01
NONE_SHARE = 1.5  # "none" weighs this much against all of a dimension's statements together
MIN_COUNT = 2  # a feature seen fewer times is dropped
MIN_WEIGHT = 0.05  # a feature whose every weight is smaller is not shipped
DIGITS = 3

Example = tuple[list[str], str, float]
Statement = tuple[str, str, str]  # sentence, the question it answers (or ""), value


def hand_written(directory: Path) -> dict[str, list[Statement]]:
    """Dimension -> (sentence, "", value) from the "## dimension value" files."""
    out: dict[str, list[Statement]] = defaultdict(list)
    for path in sorted(directory.glob("*.txt")):
        section: tuple[str, str] | None = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if not text or (text.startswith("#") and not text.startswith("## ")):
                continue
            if text.startswith("## "):
                name, value = text[3:].split()
                if name != "*" and value != NONE and value not in CULTURE_DIMENSIONS[name]:
                    raise ValueError(f"{path}:{number}: no value {value!r} for {name}")
                section = (name, value)
                continue
            if section is None:
                raise ValueError(f"{path}:{number}: a statement before any '## ' heading")
            for name in CULTURE_DIMENSIONS:
                # A statement on one dimension says nothing about the others.
                if section[0] in ("*", name):
                    out[name].append((text, "", section[1]))
                else:
                    out[name].append((text, "", NONE))
    return out


def from_transcripts(data_dir: Path) -> dict[str, list[Statement]]:
    """Dimension -> (sentence, question, value) from the tuning splits' labelled interviews."""
    out: dict[str, list[Statement]] = defaultdict(list)
    for split in TRAIN_SPLITS:
        for company in load_split(data_dir, split).companies:
            for interview in company.interviews:
                path = data_dir / split / interview.file
                items = sentences(path.read_text(encoding="utf-8"))
                ruled = dimensions_from(items)
                for sentence, question in zip(items, questions(items), strict=True):
                    if sentence.is_interviewer:
                        continue
                    asked = topics(question) if question else set()
                    for name in CULTURE_DIMENSIONS:
                        label = interview.labels.get(name)
                        quoted = (
                            ruled[name].value == label and sentence.text in ruled[name].evidence
                        )
                        if label is None:
                            out[name].append((sentence.text, question, NONE))
                        elif name in asked or quoted:
                            out[name].append((sentence.text, question, label))
    return out


def examples(pairs: list[Statement]) -> list[Example]:
    """Featurised examples, "none" down-weighted to NONE_SHARE of the statements' total."""
    stated = sum(1 for *_, value in pairs if value != NONE)
    nones = len(pairs) - stated
    none_weight = min(1.0, NONE_SHARE * stated / nones) if nones else 1.0
    return [
        (features(text, question), value, none_weight if value == NONE else 1.0)
        for text, question, value in pairs
    ]


def train_dimension(name: str, items: list[Example]) -> dict[str, Any]:
    """Softmax regression by SGD in a seeded order; weights rounded and pruned."""
    classes = [*CULTURE_DIMENSIONS[name], NONE]
    index = {c: i for i, c in enumerate(classes)}
    counts = Counter(f for feats, _, _ in items for f in feats)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    known = set(vocab)
    weights: dict[str, list[float]] = {f: [0.0] * len(classes) for f in vocab}
    bias = [0.0] * len(classes)
    order = list(range(len(items)))
    rng = random.Random(f"culture-model/{name}")
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + DECAY * epoch)
        for i in order:
            feats, value, weight = items[i]
            active = [f for f in feats if f in known]
            scores = list(bias)
            for f in active:
                for k, w in enumerate(weights[f]):
                    scores[k] += w
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for k in range(len(classes)):
                grad = (exps[k] / total - (1.0 if k == index[value] else 0.0)) * weight
                bias[k] -= rate * grad
                for f in active:
                    row = weights[f]
                    row[k] -= rate * (grad + L2 * row[k])
    shipped = {
        f: [round(w, DIGITS) for w in row]
        for f, row in weights.items()
        if max(abs(w) for w in row) >= MIN_WEIGHT
    }
    return {"classes": classes, "bias": [round(b, DIGITS) for b in bias], "weights": shipped}


def train(data_dir: Path) -> dict[str, Any]:
    """The whole model, as the JSON object that is shipped."""
    written = hand_written(data_dir / "train")
    read = from_transcripts(data_dir)
    return {
        "format": 1,
        "dimensions": {
            name: train_dimension(name, examples(written[name] + read[name]))
            for name in CULTURE_DIMENSIONS
        },
    }


def pack(model: dict[str, Any]) -> dict[str, Any]:
    """The shipped layout: one sorted vocabulary, and per dimension its weights as one
    little-endian float32 row per feature (zeros where the dimension has none), base64."""
    dims = model["dimensions"]
    vocabulary = sorted({f for d in dims.values() for f in d["weights"]})
    packed: dict[str, Any] = {}
    for name, d in dims.items():
        zeros = [0.0] * len(d["classes"])
        flat = [w for f in vocabulary for w in d["weights"].get(f, zeros)]
        rows = base64.b64encode(struct.pack(f"<{len(flat)}f", *flat)).decode("ascii")
        packed[name] = {"classes": d["classes"], "bias": d["bias"], "rows": rows}
    return {"format": 2, "vocabulary": vocabulary, "dimensions": packed}


def encode(model: dict[str, Any]) -> bytes:
    """Deterministic bytes of the packed model: sorted keys, gzip without a timestamp."""
    text = json.dumps(pack(model), sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), mtime=0)


def shipped_path() -> Path:
    return Path(__file__).resolve().parents[1] / "ai" / "embedded" / MODEL_FILE


def main(argv: list[str]) -> int:
    data = encode(train(default_data_dir()))
    target = shipped_path()
    digest = hashlib.sha256(data).hexdigest()[:16]
    if "--check" in argv:
        same = target.is_file() and target.read_bytes() == data
        print(f"{target.name}: {'matches' if same else 'DIFFERS from'} a retrain ({digest})")
        return 0 if same else 1
    target.write_bytes(data)
    print(f"wrote {target} ({len(data)} bytes, sha256 {digest})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
