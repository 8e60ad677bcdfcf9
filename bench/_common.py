"""Shared helpers of the benchmarks: statistics, result rows, the table, the JSON hand-off.

Every benchmark compares a hot path with a *floor* measured in the same run (same
machine, same moment, interleaved) and reports the ratio; nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def headless() -> None:
    """Every benchmark runs offscreen; set before PySide6 creates the QApplication."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))


def median_ms(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1000


def percentile_ms(samples: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 300 samples is the 297th smallest)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1] * 1000


@dataclass
class Result:
    """One line of the table. ``basis`` says which statistic the ratio compares."""

    name: str
    measured_ms: float
    floor_ms: float | None
    basis: str = "median"  # "median" or "p99"
    measured_p99_ms: float | None = None
    floor_p99_ms: float | None = None
    target: float | None = None  # maximum ratio; None: reported only
    samples: int = 0
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None:
            return None
        if self.basis == "p99":
            assert self.measured_p99_ms is not None and self.floor_p99_ms is not None
            return self.measured_p99_ms / self.floor_p99_ms
        return self.measured_ms / self.floor_ms

    @property
    def verdict(self) -> str:
        ratio = self.ratio
        if self.target is None or ratio is None:
            return "info"
        return "PASS" if ratio <= self.target else "OVER"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["verdict"] = self.verdict
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Result:
        fields = {k: v for k, v in data.items() if k not in ("ratio", "verdict")}
        return cls(**fields)  # type: ignore[arg-type]


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:9.2f}"


def format_table(results: Sequence[Result]) -> str:
    header = (f"{'benchmark':<34} {'n':>5} {'measured p50':>12} {'p99':>9} "
              f"{'floor p50':>10} {'p99':>9} {'ratio':>12} {'target':>8}  verdict")
    lines = [header, "-" * len(header)]
    for r in results:
        ratio = r.ratio
        ratio_text = "—" if ratio is None else f"{ratio:.2f}× {r.basis}"
        target = "—" if r.target is None else f"≤{r.target:g}×"
        lines.append(
            f"{r.name:<34} {r.samples:>5} {_ms(r.measured_ms):>12} {_ms(r.measured_p99_ms):>9} "
            f"{_ms(r.floor_ms):>10} {_ms(r.floor_p99_ms):>9} {ratio_text:>12} {target:>8}  "
            f"{r.verdict}")
        if r.note:
            lines.append(f"{'':<34}   {r.note}")
    lines.append("(times in ms; ratio = measured / floor of the same run, on the statistic shown)")
    return "\n".join(lines)


def bench_args(doc: str | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json-out", type=Path, help="write the results here (used by run.py)")
    return parser.parse_args()


def report(results: Sequence[Result], json_out: Path | None) -> None:
    if json_out is not None:
        json_out.write_text(json.dumps([r.to_json() for r in results], indent=2), encoding="utf-8")
    else:
        print(format_table(results))
