"""Durability helper for tests/test_store_durability.py: "types" into a store until killed.

    python tests/store_writer.py <db path> <assessment id> <run number>

Prints ``STARTING`` before opening the store, ``OPENED`` once it is open, then, after
each ``save_answer`` has returned, ``SAVED <aspect_id> <comment length>`` (flushed).
The sequence of saves is ``operations(run)``: a comment typed one character at a
time on one aspect, with scale changes on four other aspects mixed in.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aspectos_desktop.store import Store

Operation = tuple[int, dict[str, Any], str]


def comment_text(run: int) -> str:
    return (f"Execução {run}: o núcleo registra as teleconsultorias numa planilha mensal "
            f"e revisa os indicadores — ação nº {run}.")


def comment_aspect(run: int) -> int:
    return 1000 + run


def scale_aspects(run: int) -> list[int]:
    return [2000 + run * 10 + j for j in range(4)]


def operations(run: int) -> list[Operation]:
    """The saves of one run, in order: (aspect_id, value, comment)."""
    text = comment_text(run)
    scales = scale_aspects(run)
    ops: list[Operation] = []
    for typed in range(1, len(text) + 1):
        ops.append((comment_aspect(run), {"texto": True, "status": None}, text[:typed]))
        if typed % 6 == 0:
            step = typed // 6
            ops.append((scales[step % 4], {"escala": step % 5 + 1, "status": None}, ""))
    return ops


def state_after(run: int, count: int) -> dict[int, tuple[dict[str, Any], str]]:
    """Aspect -> (value, comment) once the first ``count`` operations are saved."""
    state: dict[int, tuple[dict[str, Any], str]] = {}
    for aspect, value, comment in operations(run)[:count]:
        state[aspect] = (value, comment)
    return state


def main(argv: list[str]) -> int:
    db, assessment_id, run = Path(argv[1]), int(argv[2]), int(argv[3])
    print("STARTING", flush=True)
    store = Store.open(db)
    print("OPENED", flush=True)
    for aspect, value, comment in operations(run):
        store.save_answer(assessment_id, aspect, value=value, comment=comment, evidence="",
                          author="digitador")
        print(f"SAVED {aspect} {len(comment)}", flush=True)
    store.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
