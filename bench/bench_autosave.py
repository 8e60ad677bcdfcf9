"""One autosave vs a raw sqlite3 WAL synchronous=FULL commit (target: p99 ≤ 2×).

* app: ``Store.save_answer(...)`` on a temp store holding a realistic assessment,
  alternating a scale answer (with checklist) and an indicator value with a comment and
  evidence, the values changing every time (a real update; history appended, as for a
  click). It returns once the transaction is durable.
* floor: a raw ``sqlite3`` connection to another file in the same folder with
  ``PRAGMA journal_mode=WAL`` and ``synchronous=FULL``: one ``INSERT … ON CONFLICT DO
  UPDATE`` of a similar row (same JSON value, comment, evidence) and ``commit()``.
* UI (extra line, no target): the full path of a click, ``QRadioButton.click()`` on an
  AspectEditor of the open page → checks, tree progress, ``save_answer``, "Salvo às…".

Samples are taken in interleaved batches (app, floor, UI; the order rotates each round).

PySide6 6.12 on CPython 3.11 (where ``None``, ``True`` and ``False`` are not immortal)
drops one reference to ``None`` on every call of a void Qt method and one to ``True`` on
every ``Signal.emit()``; a few thousand such calls (a few dozen clicks) and CPython aborts
with "none_dealloc" / "bool_dealloc". The UI line counts the references lost per click,
reports them, and gives them back (outside the timed region) so the benchmark can run.
"""

from __future__ import annotations

import ctypes
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _common import Result, bench_args, headless, median_ms, percentile_ms, report
from _fixtures import AUTHOR, COMMENT, EVIDENCE, build, realistic_value

from aspectos_desktop.resources import load_catalogue

BATCH = 50

SINGLETONS = (None, True, False)


def singleton_refs() -> list[int]:
    return [sys.getrefcount(obj) for obj in SINGLETONS]


def give_back(before: list[int]) -> int:
    """Restore references to None/True/False lost since ``before``; how many were lost."""
    lost = 0
    if sys.version_info >= (3, 12):
        return lost  # immortal objects: nothing to lose
    for obj, was, now in zip(SINGLETONS, before, singleton_refs(), strict=True):
        for _ in range(max(0, was - now)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
            lost += 1
    return lost


FLOOR_SCHEMA = """
CREATE TABLE answers (
    assessment_id INTEGER NOT NULL,
    aspect_id INTEGER NOT NULL,
    value TEXT NOT NULL,
    comment TEXT NOT NULL,
    evidence TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (assessment_id, aspect_id)
)
"""
FLOOR_UPSERT = """
INSERT INTO answers (assessment_id, aspect_id, value, comment, evidence, updated_at, updated_by)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, aspect_id) DO UPDATE SET value = excluded.value,
    comment = excluded.comment, evidence = excluded.evidence,
    updated_at = excluded.updated_at, updated_by = excluded.updated_by
"""


def run(quick: bool) -> list[Result]:
    headless()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QRadioButton

    from aspectos_desktop.ui.answer_inputs import ScaleInput
    from aspectos_desktop.ui.app import configure, parse_args
    from aspectos_desktop.ui.category_page import CategoryPage
    from aspectos_desktop.ui.main_window import MainWindow
    from aspectos_desktop.wizard import Page

    count = 300 if quick else 2000
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-save-") as tmp:
        folder = Path(tmp)
        fixture = build(folder, catalogue)
        store = fixture.store
        aspects = [catalogue.aspects[a] for a in catalogue.categories[fixture.largest].aspect_ids]
        scale = next(a for a in aspects if a.form["type"] == "scale" and a.form.get("checklist"))
        indicator = next(a for a in aspects if a.form["type"] == "indicator")

        def answer(i: int) -> tuple[int, dict[str, Any], str, str]:
            """Alternately the scale and the indicator, with a value that changes."""
            if i % 2 == 0:
                return scale.id, realistic_value(scale, i // 2), "", ""
            return indicator.id, realistic_value(indicator, i // 2), COMMENT, EVIDENCE

        raw = sqlite3.connect(folder / "floor.db")
        raw.execute("PRAGMA journal_mode=WAL").fetchall()
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute(FLOOR_SCHEMA)
        raw.commit()

        state = {"app": 0, "floor": 0}

        def app_save() -> float:
            aspect_id, value, comment, evidence = answer(state["app"])
            state["app"] += 1
            start = time.perf_counter()
            store.save_answer(fixture.assessment_id, aspect_id, value=value, comment=comment,
                              evidence=evidence, author=AUTHOR)
            return time.perf_counter() - start

        def floor_save() -> float:
            aspect_id, value, comment, evidence = answer(state["floor"])
            state["floor"] += 1
            start = time.perf_counter()
            raw.execute(FLOOR_UPSERT, (fixture.assessment_id, aspect_id, json.dumps(value),
                                       comment, evidence, datetime.now(UTC).isoformat(), AUTHOR))
            raw.commit()
            return time.perf_counter() - start

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        configure(app, parse_args([]))
        window = MainWindow(store, catalogue, AUTHOR)
        window.resize(1280, 760)  # as on a 1366×768 screen (the offscreen one is 800×600)
        window.show()
        window.open_assessment(fixture.assessment_id)
        view = window.view
        assert view is not None
        view.go(Page.category(fixture.largest))
        page = view.page_widget
        assert isinstance(page, CategoryPage)
        editor = page.editors[scale.id]
        assert isinstance(editor.input, ScaleInput)
        buttons: list[QRadioButton] = [editor.input.buttons["sim"], editor.input.buttons["nao"]]
        QApplication.processEvents()
        ui_state = {"n": 0, "lost": 0}

        def ui_save() -> float:
            button = buttons[ui_state["n"] % 2]
            ui_state["n"] += 1
            refs = singleton_refs()
            start = time.perf_counter()
            button.click()  # → edited → changed → AssessmentView._aspect_changed → saved
            elapsed = time.perf_counter() - start
            assert not view.unsaved
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
            ui_state["lost"] += give_back(refs)  # see the module docstring
            return elapsed

        for _ in range(20):  # warm-up
            app_save()
            floor_save()
            ui_save()
        before = len(store.history(fixture.assessment_id, scale.id))
        series: dict[str, list[float]] = {"app": [], "floor": [], "ui": []}
        samplers: list[tuple[str, Callable[[], float]]] = [
            ("app", app_save), ("floor", floor_save), ("ui", ui_save)]
        for index in range(count // BATCH):
            shift = index % len(samplers)
            for name, sample in samplers[shift:] + samplers[:shift]:
                series[name].extend(sample() for _ in range(BATCH))
        after = len(store.history(fixture.assessment_id, scale.id))
        expected = count // 2 + count  # every other app save + every UI click
        assert after - before == expected, (after - before, expected)
        window.close_assessment()
        window.close()
        raw.close()
        store.close(backup=False)

    app_s, floor_s, ui_s = series["app"], series["floor"], series["ui"]
    ui_note = "extra line: Qt + checks + save, same floor"
    if ui_state["lost"]:
        ui_note += (f"; WARNING: {ui_state['lost'] / ui_state['n']:.0f} refs to None/True "
                    "lost per click (PySide6 bug on CPython 3.11, compensated here)")
    p50_ratio = median_ms(app_s) / median_ms(floor_s)
    return [
        Result(name="autosave Store.save_answer", measured_ms=median_ms(app_s),
               measured_p99_ms=percentile_ms(app_s, 99), floor_ms=median_ms(floor_s),
               floor_p99_ms=percentile_ms(floor_s, 99), basis="p99", target=2.0,
               samples=len(app_s),
               note=f"p50 ratio {p50_ratio:.2f}×; floor: raw sqlite3 WAL FULL upsert+commit"),
        Result(name="autosave via UI (click → saved)", measured_ms=median_ms(ui_s),
               measured_p99_ms=percentile_ms(ui_s, 99), floor_ms=median_ms(floor_s),
               floor_p99_ms=percentile_ms(floor_s, 99), basis="p99", target=None,
               samples=len(ui_s), note=ui_note),
    ]


if __name__ == "__main__":
    arguments = bench_args(__doc__)
    report(run(arguments.quick), arguments.json_out)
