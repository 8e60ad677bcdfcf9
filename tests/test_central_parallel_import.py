"""Large imports examine bundles in worker processes while the importer writes in order.

The outcome must not depend on it: the same files give the same lines, the same
rejections and the same rows as a one-process import, on SQLite and PostgreSQL; a worker
that dies does not lose a bundle (the rest is examined in the importer's process).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from bundle_factory import CentralWorld, flip
from central_fixtures import row_counts

from aspectos_desktop.central import importer as central_importer
from aspectos_desktop.central.database import CentralDB, open_central
from aspectos_desktop.central.importer import Importer, ImportSummary
from aspectos_desktop.central.trust import TrustAnchors


@pytest.fixture(scope="module")
def mixed_batch(cworld: CentralWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Good bundles, revisions, a copy of one, and bad ones, in a folder tree."""
    folder = tmp_path_factory.mktemp("lote-misto")
    for index, (key, path) in enumerate(sorted(cworld.bundles.items())):
        target = folder / f"{index:02d}-{key}" / path.name
        target.parent.mkdir()
        shutil.copyfile(path, target)
    shutil.copyfile(cworld.bundles["visit"], folder / "copia-da-visita.aspectos")
    for index in range(6):
        made = cworld.derive("visit", f"lote-{index}")
        made.rename(folder / made.name)
    bad = cworld.tampered("auto", "json-alterado", lambda m: {
        **m, "assessment.json": flip(m["assessment.json"])})
    bad.rename(folder / bad.name)
    truncated = folder / "truncado.aspectos"
    truncated.write_bytes(cworld.bundles["b_auto"].read_bytes()[:5000])
    return folder


def _run(db: CentralDB, batch: Path, quarantine: Path, workers: int) -> tuple[ImportSummary,
                                                                               list[str]]:
    seen: list[Any] = []
    importer = Importer(db, actor="central", quarantine_dir=quarantine, anchors=TrustAnchors(),
                        workers=workers)
    summary = importer.import_paths([batch], progress=lambda p: seen.append(p.outcome))
    return summary, [outcome.line() for outcome in seen]


def test_parallel_import_gives_what_one_process_gives(central_db: CentralDB, mixed_batch: Path,
                                                      tmp_path: Path) -> None:
    with open_central(f"sqlite:///{tmp_path / 'serial.db'}", tmp_path / "serial") as serial_db:
        serial, serial_lines = _run(serial_db, mixed_batch, tmp_path / "q1", workers=0)
        serial_rows = row_counts(serial_db)

    parallel, parallel_lines = _run(central_db, mixed_batch, tmp_path / "q2", workers=2)

    assert serial.workers == 0 and parallel.workers == 2
    assert parallel_lines == serial_lines
    assert parallel.counts == serial.counts
    assert serial.counts["rejeitado"] == 2 and serial.counts["ja_importado"] == 1
    assert row_counts(central_db) == serial_rows
    assert len(list((tmp_path / "q2").glob("*.motivo.txt"))) == 2  # rejected → quarantine

    again, _again_lines = _run(central_db, mixed_batch, tmp_path / "q3", workers=2)
    imported = serial.total - serial.counts["rejeitado"]
    assert again.counts["ja_importado"] == imported and again.counts["rejeitado"] == 2
    assert row_counts(central_db)["bundles"] == serial_rows["bundles"]


def test_a_worker_that_dies_loses_no_bundle(central_db: CentralDB, mixed_batch: Path,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    victim = sorted(mixed_batch.rglob("*-lote-*.aspectos"))[2].name
    monkeypatch.setenv(central_importer.WORKER_DIES_ON_ENV, victim)
    summary, lines = _run(central_db, mixed_batch, tmp_path / "q", workers=2)

    files = list(mixed_batch.rglob("*.aspectos"))
    assert summary.total == len(lines) == len(files)
    assert any(victim in line and line.startswith("pendente") for line in lines), lines
    assert summary.counts["rejeitado"] == 2  # the two bad bundles, nothing else
    assert "erro inesperado" not in "\n".join(lines)


def test_small_imports_stay_in_one_process(central_db: CentralDB, cworld: CentralWorld,
                                           tmp_path: Path) -> None:
    importer = Importer(central_db, actor="central", quarantine_dir=tmp_path / "q",
                        anchors=TrustAnchors())
    summary = importer.import_paths(list(cworld.bundles.values()))
    assert summary.workers == 0 and summary.total == len(cworld.bundles)
    assert len(cworld.bundles) < central_importer.PARALLEL_MIN_BUNDLES


def test_cli_import_with_workers(mixed_batch: Path, tmp_path: Path) -> None:
    """``aspectos central import --workers 2``: the real program, its spawned workers."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "ASPECTOS_DATA_DIR": str(tmp_path / "dados"), "PYTHONWARNINGS": "error"}
    env.pop("ASPECTOS_CENTRAL_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "aspectos_desktop", "central", "import", str(mixed_batch),
         "--workers", "2", "--db", f"sqlite:///{tmp_path / 'central.db'}", "--user", "central"],
        capture_output=True, text=True, env=env, timeout=240, check=False)
    files = list(mixed_batch.rglob("*.aspectos"))
    lines = [line for line in done.stdout.splitlines() if ".aspectos — " in line]
    assert done.returncode == 1, done  # two bundles are rejected
    assert done.stderr.strip() == "", done.stderr
    assert len(lines) == len(files)
    assert sum(line.startswith("rejeitado: ") for line in lines) == 2
    assert f"{len(files)} pacote(s) em " in done.stdout
