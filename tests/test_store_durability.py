"""Durability: SIGKILL a process typing into the store; nothing it reported saved is lost.

tests/store_writer.py saves one answer per keystroke and prints ``SAVED …`` after each
``save_answer`` returns. We kill it at deterministic points (right after start, while
it opens the store, after k saved lines for k in a spread), drain what it printed,
then reopen the file: ``PRAGMA integrity_check`` must say ok and the stored state
must be exactly the state after N or N+1 saves, N being the SAVED lines printed
(N+1: killed after a commit, before its print). History rows must match too (the
answer and its history entry are one transaction).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import store_writer

from aspectos_desktop.store import Store, latest_backup

WRITER = Path(__file__).resolve().parent / "store_writer.py"
REPO_ROOT = WRITER.parent.parent

KillPoint = str | int  # "start", "starting", "opened", or a number of SAVED lines
KILL_POINTS: list[KillPoint] = [
    "start", "starting", "opened", 1, "start", "starting", "opened", 2, 3, 4, 5, 7,
    "start", "starting", 9, 12, 15, 19, 24, 30, 37, 45, 54, 64, 75, 87, 99,
    "starting", "opened", 110, 118, 123,
]

State = dict[int, tuple[dict[str, Any], str]]


def run_aspects(run: int) -> list[int]:
    return [store_writer.comment_aspect(run), *store_writer.scale_aspects(run)]


def start_writer(db: Path, assessment_id: int, run: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(assessment_id), str(run)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT,
    )


def read_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        _, err = proc.communicate()
        pytest.fail(f"writer ended early: {err}")
    return line.strip()


def kill_at(proc: subprocess.Popen[str], point: KillPoint) -> list[str]:
    """Read until ``point``, SIGKILL, drain the pipe; every line the writer printed."""
    lines: list[str] = []
    if point != "start":
        target = {"starting": "STARTING", "opened": "OPENED"}.get(str(point))
        while True:
            line = read_line(proc)
            lines.append(line)
            if line == target or (isinstance(point, int) and line.startswith("SAVED")
                                  and sum(x.startswith("SAVED") for x in lines) == point):
                break
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    return lines + [line.strip() for line in rest.splitlines()]


def saved_lines(output: list[str]) -> list[tuple[int, int]]:
    saved: list[tuple[int, int]] = []
    for line in output:
        parts = line.split()
        if parts and parts[0] == "SAVED":
            saved.append((int(parts[1]), int(parts[2])))
    return saved


def read_back(db: Path, assessment_id: int, aspects: list[int]) -> tuple[State, int]:
    """Reopen the file: integrity check, then the answers and the number of history rows."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = Store.open(db)
    try:
        answers = store.answers(assessment_id)
        state = {aspect: (answer.value, answer.comment) for aspect, answer in answers.items()}
        history = sum(len(store.history(assessment_id, aspect)) for aspect in aspects)
    finally:
        store.close(backup=False)
    return state, history


def check_run(run: int, saved: list[tuple[int, int]], state: State, history: int,
              before: State) -> None:
    ops = store_writer.operations(run)
    # The protocol itself: the N printed lines are the first N operations.
    assert saved == [(aspect, len(comment)) for aspect, _, comment in ops[: len(saved)]]
    # Earlier runs are untouched.
    assert {a: v for a, v in state.items() if a in before} == before
    assert set(before) <= set(state)
    ours = {a: v for a, v in state.items() if a in run_aspects(run)}
    assert set(state) == set(before) | set(ours)
    # Exactly N or N+1 saves are in the file, answers and history alike.
    candidates = [n for n in (len(saved), len(saved) + 1) if n <= len(ops)]
    matches = [n for n in candidates
               if ours == store_writer.state_after(run, n) and history == n]
    assert matches, f"run {run}: {len(saved)} saved, history {history}, state {ours}"
    # The brief's wording: every SAVED comment is there, as the typed prefix.
    text = store_writer.comment_text(run)
    comment_saves = [n for aspect, n in saved if aspect == store_writer.comment_aspect(run)]
    if comment_saves:
        stored = ours[store_writer.comment_aspect(run)][1]
        assert len(stored) >= comment_saves[-1]
        assert stored == text[: len(stored)]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_writer_loses_nothing_it_reported(tmp_path: Path) -> None:
    db = tmp_path / "aspectos.db"
    store = Store.open(db)
    nucleo = store.create_nucleo(name="Núcleo", uf="MA", municipio_code=2111300,
                                 municipio_name="São Luís")
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", period_start=date(2026, 1, 1),
        period_end=date(2026, 6, 30), theme_slugs=["gestao"], catalogue_version="1",
        catalogue_hash="ab" * 32)
    store.close(backup=False)

    expected: State = {}
    kills = 0
    for run, point in enumerate(KILL_POINTS, start=1):
        proc = start_writer(db, assessment.id, run)
        output = kill_at(proc, point)
        kills += proc.returncode == -signal.SIGKILL
        state, history = read_back(db, assessment.id, run_aspects(run))
        check_run(run, saved_lines(output), state, history, expected)
        expected = state
    assert kills >= 30

    # And a run left alone finishes, with everything saved and a backup on close.
    final_run = len(KILL_POINTS) + 1
    proc = start_writer(db, assessment.id, final_run)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert lines[-1] == "DONE"
    ops = store_writer.operations(final_run)
    state, history = read_back(db, assessment.id, run_aspects(final_run))
    check_run(final_run, saved_lines(lines), state, history, expected)
    assert len(saved_lines(lines)) == len(ops) == history
    assert latest_backup(tmp_path) is not None
