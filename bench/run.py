"""Run every benchmark and print one table: ``.venv/bin/python bench/run.py [--quick] [--json OUT]``.

``--central-count N`` sets how many bundles the central import benchmark generates and
imports (default 5,570, one per município; ``--quick``: 300).

Each benchmark runs in its own fresh interpreter (offscreen Qt, temp folders only) and
compares a hot path with a floor measured in the same run; see bench/README.md. The
exit status is 0 whatever the ratios: benchmarks report, they do not gate CI.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path

from _common import REPO_ROOT, Result, format_table

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("bench_startup.py", "bench_page_switch.py", "bench_autosave.py", "bench_export.py",
              "bench_central_import.py")


def run_one(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a benchmark, echoing its progress lines (stderr) as they come; (exit, stderr tail)."""
    tail: deque[str] = deque(maxlen=60)
    with subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True) as child:
        assert child.stderr is not None
        for line in child.stderr:
            tail.append(line)
            print(f"  {line}", end="", file=sys.stderr, flush=True)
    return child.returncode, "".join(tail)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (about 1 min)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--only", action="append", choices=BENCHMARKS,
                        help="run only this benchmark (repeatable)")
    parser.add_argument("--central-count", type=int, metavar="N",
                        help="bundles for bench_central_import.py (default 5,570; --quick 300)")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ASPECTOS_DATA_DIR", None)
    results: list[Result] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-") as tmp:
        for script in args.only or BENCHMARKS:
            out = Path(tmp) / f"{script}.json"
            command = [sys.executable, str(HERE / script), "--json-out", str(out)]
            if args.quick:
                command.append("--quick")
            if script == "bench_central_import.py" and args.central_count is not None:
                command += ["--central-count", str(args.central_count)]
            print(f"running {script}…", file=sys.stderr, flush=True)
            returncode, stderr = run_one(command, env)
            if returncode != 0 or not out.exists():
                failures.append(f"{script} failed (exit {returncode}):\n{stderr.strip()}")
                continue
            results.extend(Result.from_json(r) for r in json.loads(out.read_text("utf-8")))
    when = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    print(f"\nAspectos Desktop benchmarks — {when} — {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs{' — quick' if args.quick else ''}\n")
    print(format_table(results))
    over = [r.name for r in results if r.verdict == "OVER"]
    print(f"\n{len(results) - len(over)} line(s) within target or informative, "
          f"{len(over)} OVER target" + (f": {', '.join(over)}" if over else ""))
    for failure in failures:
        print(f"\nBENCHMARK ERROR — {failure}")
    if args.json is not None:
        args.json.write_text(json.dumps({
            "when": when, "quick": args.quick, "python": platform.python_version(),
            "cpus": os.cpu_count(), "results": [r.to_json() for r in results],
            "errors": failures,
        }, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
