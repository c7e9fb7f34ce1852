"""Runs every benchmark in turn (``make benchmarks``)."""

from __future__ import annotations

from benchmarks import data_core


def main() -> None:
    data_core.main()


if __name__ == "__main__":
    main()
