"""Runs every benchmark in turn (``make benchmarks``)."""

from __future__ import annotations

from benchmarks import (
    data_core,
    documents,
    figures,
    identities,
    postgres,
    printing,
    prospectus,
    review,
    similarity,
    spellings,
    sync,
    sync_many,
    sync_postgres,
    workspace,
)


def main() -> None:
    data_core.main()
    workspace.main()
    spellings.main()
    documents.main()
    printing.main()
    sync.main()
    sync_many.main()
    figures.main()
    review.main()
    similarity.main()
    identities.main()
    prospectus.main()
    postgres.main()
    sync_postgres.main()


if __name__ == "__main__":
    main()
