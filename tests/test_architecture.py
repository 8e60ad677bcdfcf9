"""The core/UI boundary is enforced by import-linter; keep its contract complete."""

from __future__ import annotations

import tomllib
from pathlib import Path

import aspectos_desktop

PACKAGE = Path(aspectos_desktop.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"


def test_every_core_module_is_under_the_no_qt_contract() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["type"] == "forbidden")
    listed = set(contract["source_modules"])
    core = {
        f"aspectos_desktop.{p.stem if p.is_file() else p.name}"
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" and p.stem not in ("__init__", "__main__"))
        or (p.is_dir() and (p / "__init__.py").exists() and p.name != "ui")
    }
    assert core - listed == set(), "add these core modules to the import-linter contract"
    assert {"PySide6", "shiboken6"} <= set(contract["forbidden_modules"])
