"""Cold start to a resumed assessment vs a bare PySide6 window (target ≤ 1.5× median).

Each sample is a fresh interpreter, timed from spawn to exit (interpreter start, imports,
QApplication, first paint and shutdown included in both), interleaved floor, app, floor,
app… so drift (CPU frequency, other load) hits both alike. An info line gives the same
runs up to the first paint (``ASPECTOS_READY_FILE``: both write the wall-clock time of
their first paint event there), i.e. without the exit.

* floor: ``bench/floor_window.py``: QApplication + QMainWindow with a label, quit after
  the label's first paint.
* app: ``python -m aspectos_desktop.ui.app --demo --data-dir TMP`` exactly as a user
  starts it, with ``ASPECTOS_EXIT_WHEN_READY=1`` (ui/app.py): it opens the demo store,
  resumes the in-progress assessment at its saved page and quits once that page has been
  painted, then closes the store as on any exit (a rolling backup when something changed
  since the newest one) and leaves through ``run()``'s quick exit.

A third info line times ``python -c "import sqlalchemy.orm"`` in the same rounds: the
import of the ORM the store is built on (a required part of the stack), with nothing
else, against the same floor. It shows the ceiling of the 1.5× target: that import alone
costs more than 1.5× a bare window.

The demo database is created beforehand (first-run creation is not the hot path) and
one unmeasured run of each warms the OS file cache and writes the .pyc files (even where
PYTHONDONTWRITEBYTECODE is set: an installed program has them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO_ROOT, Result, bench_args, headless, median_ms, percentile_ms, report

FLOOR_SCRIPT = Path(__file__).resolve().parent / "floor_window.py"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("ASPECTOS_DATA_DIR", None)
    # An installed program runs from byte code (pip compiles on install, PyInstaller ships
    # .pyc): let the warm-up run write it rather than compile every module on each run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The app turns Qt accessibility on (main(): setdefault); give the floor the same.
    env["QT_ACCESSIBILITY"] = env.get("QT_ACCESSIBILITY", "1")
    env["ASPECTOS_EXIT_WHEN_READY"] = "1"
    return env


def _prepare_demo(data_dir: Path) -> None:
    """Create the demo store (and the compiled catalogue) before anything is timed."""
    from aspectos_desktop.demo import open_demo
    from aspectos_desktop.resources import load_catalogue

    store = open_demo(data_dir, load_catalogue())
    try:
        resumable = [a for a in store.list_assessments() if a.status == "em_andamento"]
        assert resumable, "the demo must have an in-progress assessment to resume"
    finally:
        store.close(backup=False)


def _timed(command: list[str], env: dict[str, str], ready_file: Path) -> tuple[float, float]:
    """(spawn → exit, spawn → first paint) in seconds."""
    ready_file.unlink(missing_ok=True)
    wall = time.time()
    start = time.perf_counter()
    done = subprocess.run(command, env={**env, "ASPECTOS_READY_FILE": str(ready_file)},
                          cwd=REPO_ROOT, stdin=subprocess.DEVNULL, capture_output=True,
                          check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}:\n"
                           f"{done.stderr.decode(errors='replace')}")
    return elapsed, float(ready_file.read_text(encoding="ascii")) - wall


def _spawned(command: list[str], env: dict[str, str]) -> float:
    """spawn → exit of a command that paints nothing, in seconds."""
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
                   capture_output=True, check=True)
    return time.perf_counter() - start


def run(quick: bool) -> list[Result]:
    headless()
    rounds = 3 if quick else 7
    env = _env()
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-start-") as tmp:
        data_dir = Path(tmp) / "data"
        _prepare_demo(data_dir)
        floor_cmd = [sys.executable, str(FLOOR_SCRIPT)]
        app_cmd = [sys.executable, "-m", "aspectos_desktop.ui.app", "--demo",
                   "--data-dir", str(data_dir)]
        ready = Path(tmp) / "ready"
        orm_cmd = [sys.executable, "-c", "import sqlalchemy.orm"]
        _timed(floor_cmd, env, ready)  # warm-up, not counted
        _timed(app_cmd, env, ready)
        floor: list[float] = []
        app: list[float] = []
        floor_paint: list[float] = []
        app_paint: list[float] = []
        orm_import: list[float] = []
        for _ in range(rounds):
            for times, paints, command in ((floor, floor_paint, floor_cmd),
                                           (app, app_paint, app_cmd)):
                elapsed, painted = _timed(command, env, ready)
                times.append(elapsed)
                paints.append(painted)
            orm_import.append(_spawned(orm_cmd, env))
    return [Result(
        name="cold start → resumed page", measured_ms=median_ms(app),
        measured_p99_ms=percentile_ms(app, 99), floor_ms=median_ms(floor),
        floor_p99_ms=percentile_ms(floor, 99), target=1.5, samples=rounds,
        note="spawn→exit; floor: bare QMainWindow+QLabel; p99 column = max at this n",
    ), Result(
        name="  cold start → first paint", measured_ms=median_ms(app_paint),
        measured_p99_ms=percentile_ms(app_paint, 99), floor_ms=median_ms(floor_paint),
        floor_p99_ms=percentile_ms(floor_paint, 99), target=None, samples=rounds,
        note="the same runs, spawn → the resumed page's (floor: the label's) first paint "
             "event, without the exit (store close, backup if changed)",
    ), Result(
        name="  import sqlalchemy.orm alone", measured_ms=median_ms(orm_import),
        measured_p99_ms=percentile_ms(orm_import, 99), floor_ms=median_ms(floor),
        floor_p99_ms=percentile_ms(floor, 99), target=None, samples=rounds,
        note="python -c 'import sqlalchemy.orm', spawn→exit, same rounds: the required ORM's "
             "import by itself, against the whole bare-window floor",
    )]


if __name__ == "__main__":
    arguments = bench_args(__doc__)
    report(run(arguments.quick), arguments.json_out)
