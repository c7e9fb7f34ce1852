"""Runs every benchmark in turn (``make benchmarks``)."""

from __future__ import annotations

from benchmarks import data_core, documents, workspace


def main() -> None:
    data_core.main()
    workspace.main()
    documents.main()


if __name__ == "__main__":
    main()
