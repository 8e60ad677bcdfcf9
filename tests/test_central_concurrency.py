"""Two importers at once, as real processes (``python -m aspectos_desktop central import``),
on the same bundles and the same database: each bundle lands exactly once, and the only
"error" either process reports is "já importado". Run on PostgreSQL (the point) and on
SQLite (BEGIN IMMEDIATE + busy timeout)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from bundle_factory import CentralWorld
from central_fixtures import row_counts
from sqlalchemy import func, select

from aspectos_desktop.central.database import open_central
from aspectos_desktop.central.models import Bundle

pytestmark = pytest.mark.slow

DERIVED = 10
PREFIXES = ("importado: ", "nova revisão: ", "pendente: assinante novo: ", "já importado: ")


@pytest.fixture(scope="module")
def batch(cworld: CentralWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real bundles plus some more assessments of núcleo A, in one folder tree."""
    folder = tmp_path_factory.mktemp("lote")
    for key, path in cworld.bundles.items():
        target = folder / key / path.name
        target.parent.mkdir()
        target.write_bytes(path.read_bytes())
    extra = folder / "mais"
    extra.mkdir()
    for index in range(DERIVED):
        made = cworld.derive("visit", f"lote-{index}")
        made.rename(extra / made.name)
    return folder


def test_two_processes_import_the_same_bundles(central_url: str, cworld: CentralWorld,
                                               batch: Path, tmp_path: Path) -> None:
    files = sorted(p.name for p in batch.rglob("*.aspectos"))
    env = {**os.environ, "ASPECTOS_DATA_DIR": str(tmp_path / "dados"), "PYTHONWARNINGS": "error"}
    env.pop("ASPECTOS_CENTRAL_DB", None)
    commands = [[sys.executable, "-m", "aspectos_desktop", "central", "import", str(batch),
                 "--db", central_url, "--user", f"importador-{n}", "--quarantine",
                 str(tmp_path / f"q{n}"), "--ca", str(cworld.ca_pem)] for n in (1, 2)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=env) for command in commands]
    results = [process.communicate(timeout=240) for process in processes]

    per_file: dict[str, list[str]] = {name: [] for name in files}
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, (out, err)
        assert err.strip() == "", err
        lines = out.splitlines()
        bundle_lines = [line for line in lines if " — " in line and ".aspectos" in line]
        assert len(bundle_lines) == len(files), out
        for line in bundle_lines:
            assert line.startswith(PREFIXES), line
            name = line.split(": ", 2)[-1].split(" — ")[0] if line.startswith("pendente") \
                else line.split(": ", 1)[1].split(" — ")[0]
            per_file[name].append(line)
        assert any(line.startswith(f"{len(files)} pacote(s) em ") for line in lines), out
        assert "rejeitado: " not in out

    for name, lines in per_file.items():
        assert len(lines) == 2, (name, lines)
        kinds = Counter(line.startswith("já importado: ") for line in lines)
        assert kinds == {True: 1, False: 1}, (name, lines)  # exactly one process imported it

    with open_central(central_url) as db:
        counts = row_counts(db)
        with db.engine.connect() as conn:
            distinct = conn.execute(select(func.count(func.distinct(Bundle.export_id)))).scalar_one()
    assert counts["bundles"] == counts["assessments"] == distinct == len(files)
    assert counts["nucleos"] == 2 and counts["signers"] == 2
    assert counts["audit"] >= 2 * len(files)
