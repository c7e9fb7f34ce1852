"""Collects every message template and label of the core into ``core_texts.py`` for Qt's
translation tools.

The core (``domain``, ``storage``, ``services``, ``sync``, ``documents``, ``io``) raises its errors
with template literals (``khdesk.domain.errors``); this module finds them in the code, with the
``Label`` literals, and writes them as ``QT_TRANSLATE_NOOP`` entries that ``pyside6-lupdate``
reads. ``make translations`` runs it before ``lupdate``; ``make test`` fails when the file is out
of date, or when an error is raised with an f-string (``violations``).

Run: ``python -m khdesk.ui.collect_texts [--check]``.
"""

from __future__ import annotations

import ast
import json
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
CORE = ("domain", "storage", "services", "sync", "documents", "io")
TOP_MODULES = ("paths.py", "reports.py")
TARGET = Path(__file__).resolve().parent / "core_texts.py"
#: Names that take a message template first: the errors, found by their base classes below.
BASES = {
    "KhdeskError", "InvalidInput", "NotFound", "ReadOnly", "StorageProblem", "NotInitialised",
    "ChangedMeanwhile", "DamagedDatabase",
}  # fmt: skip
MESSAGE_MAKERS = {"Message", "Problem"}


@dataclass(frozen=True)
class Found:
    """A template or a label, and where it is."""

    context: str
    text: str
    where: str


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _core_files() -> list[Path]:
    # the mechanism itself (errors.py) makes messages of what it is given
    mechanism = PACKAGE / "domain" / "errors.py"
    found = [p for part in CORE for p in (PACKAGE / part).rglob("*.py") if p != mechanism]
    # the modules at the top that the core uses (the data folder, crash reports)
    found += [PACKAGE / name for name in TOP_MODULES]
    return sorted(found)


def _error_names(trees: dict[Path, ast.Module]) -> set[str]:
    """Every class that derives, however deeply, from one of ``BASES``."""
    names = set(BASES)
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(_name(base) in names for base in node.bases)
                ):
                    names.add(node.name)
                    changed = True
    return names


def collect() -> tuple[list[Found], list[str]]:
    """The templates and labels of the core, and the places that raise with an f-string."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _core_files()}
    makers = _error_names(trees) | MESSAGE_MAKERS
    found: list[Found] = []
    violations: list[str] = []
    for path, tree in trees.items():
        where_file = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = _name(node.func)
            first = node.args[0]
            where = f"{where_file}:{node.lineno}"
            if name == "Label":
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(Found("Labels", first.value, where))
                else:
                    violations.append(f"{where}: a Label of something that is not a literal")
            elif name in makers:
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(Found("Messages", first.value, where))
                elif isinstance(first, ast.JoinedStr | ast.BinOp):
                    violations.append(f"{where}: {name} with a built string, not a template")
    return found, violations


def render(found: list[Found]) -> str:
    unique: dict[tuple[str, str], None] = {}
    for item in sorted(found, key=lambda f: (f.context, f.text)):
        unique[(item.context, item.text)] = None
    lines = [
        '"""Every sentence and word the core can show, for Qt\'s translation tools.',
        "",
        "Written by ``make translations`` (``python -m khdesk.ui.collect_texts``) from the",
        "templates the core raises; do not edit it by hand.",
        '"""',
        "",
        "from khdesk.ui.i18n import QT_TRANSLATE_NOOP",
        "",
        "#: (context, text) of every template and label",
        "TEXTS = (",
    ]
    lines += [
        f"    ({json.dumps(context)}, "
        f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})),"
        for context, text in unique
    ]
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    found, violations = collect()
    for violation in violations:
        print(violation, file=sys.stderr)
    text = render(found)
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(PACKAGE.parent)} is out of date: run 'make translations'")
            return 1
        return 1 if violations else 0
    TARGET.write_text(text, encoding="utf-8")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
