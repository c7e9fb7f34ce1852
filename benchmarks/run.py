"""Runs every benchmark in turn (``make benchmarks``)."""

from __future__ import annotations

from benchmarks import data_core, documents, printing, sync, sync_many, workspace


def main() -> None:
    data_core.main()
    workspace.main()
    documents.main()
    printing.main()
    sync.main()
    sync_many.main()


if __name__ == "__main__":
    main()
