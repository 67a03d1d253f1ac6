"""Accuracy of wireparse on the evaluation files.

Usage::

    python benchmarks/accuracy.py [--eval-dir DIR] [--only wire|pages|attributions] [--worst N]

Each evaluation file has its own module in this folder (``eval_wire.py``,
``eval_pages.py``, ``eval_attributions.py``) with a ``run(path, worst)``
function that prints its report and returns its headline figures.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_EVAL_DIR = HERE.parent.parent / "shared" / "eval"

#: (name, module, file) for each evaluation, in report order.
EVALUATIONS = (
    ("wire", "eval_wire", "wire.jsonl"),
    ("pages", "eval_pages", "pages.jsonl"),
    ("attributions", "eval_attributions", "attributions.jsonl"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help="folder of the .jsonl files")
    parser.add_argument("--only", choices=[name for name, _, _ in EVALUATIONS], action="append")
    parser.add_argument("--worst", type=int, default=0, help="print the N worst cases of each file")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    for name, module_name, file_name in EVALUATIONS:
        if arguments.only and name not in arguments.only:
            continue
        path = arguments.eval_dir / file_name
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            print(f"{name}: no evaluation module yet")
            continue
        print(f"== {name} ({path.name})")
        module.run(path, arguments.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
