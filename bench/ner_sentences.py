"""Write a labelled training-data split as the scorer's sentence format (one JSON per line).

    python bench/ner_sentences.py ../shared/ner-train/conll2003/dev.jsonl.gz > /tmp/conll_dev.jsonl

Each sentence is detokenised the way a writer would type it (`reader.entities.tagger.data`), and
its entities become character spans: `{"id", "text", "entities": [{"start", "end", "label", "text"}]}`.
Then score the reader on it with `eval_entities.py sentences /tmp/conll_dev.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.entities.tagger.data import read_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a gzipped JSON Lines split of ner-train")
    args = parser.parse_args()
    out = sys.stdout
    for sentence in read_sentences(args.split):
        entities = [
            {
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "text": sentence.text[s.start : s.end],
            }
            for s in sentence.spans
        ]
        row = {"id": sentence.id, "text": sentence.text, "entities": entities}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
