"""Durable ingest vs a trivial FastAPI endpoint: a thin wrapper over ``omi-actions bench ingest``.

Usage (same options as the command)::

    python benchmarks/ingest.py                      # 10 s per phase, 1 round
    python benchmarks/ingest.py --rounds 3           # what docs/benchmarks.md reports
    python benchmarks/ingest.py --quick --json       # a few seconds, JSON on stdout
    python benchmarks/ingest.py --synchronous NORMAL # comparison only (not the default)

See ``docs/benchmarks.md`` for what is measured and the numbers on the reference machine.
"""

from __future__ import annotations

import sys

from omi_actions.cli.main import app


def main() -> None:
    app(["bench", "ingest", *sys.argv[1:]], prog_name="benchmarks/ingest.py")


if __name__ == "__main__":
    main()
