"""Central import of 5,570 signed bundles into SQLite and PostgreSQL vs a raw floor (≤ 2×).

Corpus (generated once, cached): one núcleo per Brazilian município
(``places.load_municipios()``, 5,570), each with **its own** EC P-256 key and self-signed
certificate (``identity.make_self_signed``) and one finalised self-assessment over one or
two of the smaller themes with 20–40 realistic answers (the same value generator as the
other benchmarks; a PNG chart where an attachment aspect is answered; comments on some),
exported by the real ``export_bundle`` — document, schema check, PDF report rendered for
that núcleo, bound to its export id and PAdES-signed, manifest, CMS signature, zip. Nothing
is re-implemented or reused between bundles. Generation runs on every core
(multiprocessing) and is cached in ``<tmp>/aspectos-bench-central-<key>/`` (the key holds
the corpus version, bundle format, schema version and catalogue hash);
``--regenerate`` rebuilds it. A sample of bundles is checked with ``verify_bundle``.

* app: ``central.importer.import_paths(db, [folders…], actor=…, quarantine_dir=…)`` into a
  fresh database — (a) a SQLite file (WAL, synchronous=FULL, as ``open_central`` sets it)
  and (b) PostgreSQL (a throwaway cluster on 127.0.0.1 started with ``tests/pg_server.py``,
  or the server at ``ASPECTOS_BENCH_PG_URL``) — in a child process per run, timed around
  ``import_paths`` only (interpreter start, schema migration excluded), with the
  importer's defaults: from 64 bundles on, one worker process per core examines bundles
  while the importer writes them in order. Context line: the same SQLite import with
  ``--workers 0`` (everything in one process).
* floor: one pass over the same bundles in one process, for each: read the zip, parse
  manifest.json, SHA-256 every member against it, verify **both** signatures of the
  bundle with asn1crypto + cryptography directly (message digest, then the ECDSA
  signature over the signed attributes): the manifest's detached CMS, and the report's
  PDF signature (the last /ByteRange must span the whole file but its /Contents hole;
  the CMS in the hole over those ranges; same certificate), ``json.loads``
  assessment.json, then insert the same rows (núcleo,
  assessment, ``executemany`` of the answers, bundle) into bare tables with the raw driver
  of the same engine (``sqlite3`` with the same pragmas / ``psycopg``), one commit per
  bundle (the importer's unit of durability).
* peak memory: the importer child's peak RSS (``os.wait4`` → ``ru_maxrss``) for
  500, 2,000 and all bundles (fresh database each): it must not grow with the count.

Every signer is new to the central, so every bundle ends "pendente: assinante novo" (data
stored, awaiting fingerprint approval): the normal first cycle. Any other outcome is
reported.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from _common import REPO_ROOT, Result, headless, report

CORPUS_VERSION = "central-corpus-1"
FULL_COUNT = 5570
QUICK_COUNT = 300
PART_SIZE = 100  # bundles per sub-folder; memory sizes are whole parts
MEMORY_SIZES = (500, 2000)
VERIFY_SAMPLE = 5
ACTOR = "bench"
HERE = Path(__file__).resolve().parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_COUNT} bundles unless --central-count says otherwise")
    parser.add_argument("--json-out", type=Path, help="write the results here (used by run.py)")
    parser.add_argument("--central-count", type=int, default=None, metavar="N",
                        help=f"number of bundles (default {FULL_COUNT}; --quick: {QUICK_COUNT})")
    parser.add_argument("--regenerate", action="store_true", help="rebuild the cached corpus")
    parser.add_argument("--corpus-dir", type=Path, help="where the corpus is cached")
    parser.add_argument("--generate-only", action="store_true",
                        help="build (or complete) the cached corpus and stop")
    parser.add_argument("--skip-postgresql", action="store_true")
    parser.add_argument("--skip-memory", action="store_true",
                        help="only the full-size import (no 500 / 2,000 runs)")
    # internal: the import child
    parser.add_argument("--child-import", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


# ============================================================================ corpus


def corpus_key() -> str:
    from aspectos_desktop.export.bundle import BUNDLE_FORMAT
    from aspectos_desktop.export.document import SCHEMA_VERSION
    from aspectos_desktop.resources import load_catalogue

    catalogue = load_catalogue()
    return (f"{CORPUS_VERSION}-b{BUNDLE_FORMAT}-s{SCHEMA_VERSION}-"
            f"c{catalogue.content_hash[:12]}")


def part_dir(root: Path, index: int) -> Path:
    return root / "bundles" / f"part-{index // PART_SIZE:03d}"


def existing_indices(root: Path) -> set[int]:
    found: set[int] = set()
    bundles = root / "bundles"
    if not bundles.is_dir():
        return found
    for folder in bundles.iterdir():
        for file in folder.glob("*.aspectos"):
            with contextlib.suppress(ValueError):
                found.add(int(file.name.split("-", 1)[0]))
    return found


_WORKER: dict[str, Any] = {}


def _worker_init(work: str) -> None:
    from aspectos_desktop.resources import load_catalogue
    from aspectos_desktop.store import Store

    folder = Path(work) / f"w{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    _WORKER["folder"] = folder
    _WORKER["store"] = Store.open(folder / "nucleos.db")
    _WORKER["catalogue"] = load_catalogue()


def _themes_for(catalogue: Any, index: int) -> list[str]:
    """One or two of the smaller themes, varying with the núcleo."""
    small = sorted((t.slug for t in catalogue.themes
                    if len(catalogue.theme_aspects(t.slug)) <= 50),
                   key=lambda s: (len(catalogue.theme_aspects(s)), s))
    first = small[index % len(small)]
    if len(catalogue.theme_aspects(first)) >= 20 and index % 3:
        return [first]
    second = small[(index // len(small) + index + 1) % len(small)]
    if second == first:
        second = small[(small.index(first) + 1) % len(small)]
    return [first, second]


def _generate_one(job: tuple[int, str]) -> tuple[int, float]:
    from _fixtures import COMMENT, EVIDENCE
    from bench_export import full_value

    from aspectos_desktop.export.bundle import export_bundle
    from aspectos_desktop.export.identity import make_self_signed
    from aspectos_desktop.places import load_municipios

    index, root = job
    started = time.perf_counter()
    store = _WORKER["store"]
    catalogue = _WORKER["catalogue"]
    municipio = load_municipios()[index]
    name = f"Núcleo de Telessaúde de {municipio.name}"
    institution = f"Secretaria Municipal de Saúde de {municipio.name}"
    nucleo = store.create_nucleo(
        name=name, uf=municipio.uf, municipio_code=municipio.code,
        municipio_name=municipio.name, institution=institution, cnes=f"{municipio.code:07d}",
        contact_name="Coordenação do núcleo", contact_email=f"nucleo{municipio.code}@exemplo.gov.br")
    themes = _themes_for(catalogue, index)
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", title=f"Autoavaliação 2026 — {municipio.label}",
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    aspects = [a for slug in themes for a in catalogue.theme_aspects(slug)]
    wanted = 20 + index % 21
    for position, aspect in enumerate(aspects[:wanted]):
        store.save_answer(assessment.id, aspect.id,
                          value=full_value(aspect, index + position, store),
                          comment=COMMENT if (index + position) % 3 == 0 else "",
                          evidence=EVIDENCE if (index + position) % 4 == 0 else "",
                          author="Coordenação")
    store.finalize(assessment.id)
    identity = make_self_signed(name, institution=institution, municipio=municipio.name,
                                uf=municipio.uf)
    folder: Path = _WORKER["folder"]
    installation = folder / "installations" / str(index)  # each núcleo its own installation
    result = export_bundle(store, catalogue, assessment.id, identity, folder / "out",
                           data_dir=installation)
    target = part_dir(Path(root), index) / f"{index:05d}-{result.path.name}"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(result.path, target)
    shutil.rmtree(installation, ignore_errors=True)
    return index, time.perf_counter() - started


def ensure_corpus(root: Path, count: int, regenerate: bool) -> dict[str, Any]:
    """Generate the missing bundles 0…count-1 under ``root``; what was done."""
    if regenerate and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    have = existing_indices(root)
    missing = [i for i in range(count) if i not in have]
    info_path = root / "corpus.json"
    info: dict[str, Any] = (json.loads(info_path.read_text("utf-8"))
                            if info_path.exists() else {"generated": 0, "seconds": 0.0})
    if not missing:
        return {**info, "now_generated": 0, "now_seconds": 0.0}
    work = root / ".work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    processes = os.cpu_count() or 2
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    print(f"generating {len(missing)} bundles into {root} on {processes} processes…",
          file=sys.stderr, flush=True)
    started = time.perf_counter()
    per_bundle: list[float] = []
    with context.Pool(processes, initializer=_worker_init, initargs=(str(work),)) as pool:
        jobs = [(i, str(root)) for i in missing]
        for done, (_index, seconds) in enumerate(
                pool.imap_unordered(_generate_one, jobs, chunksize=8), start=1):
            per_bundle.append(seconds)
            if done % 250 == 0 or done == len(missing):
                elapsed = time.perf_counter() - started
                print(f"  {done}/{len(missing)} bundles, {elapsed:.0f} s "
                      f"({done / elapsed:.1f}/s)", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)
    info = {"generated": info["generated"] + len(missing), "seconds": info["seconds"] + elapsed,
            "processes": processes}
    info_path.write_text(json.dumps(info), encoding="utf-8")
    per_bundle.sort()
    return {**info, "now_generated": len(missing), "now_seconds": elapsed,
            "median_bundle_s": per_bundle[len(per_bundle) // 2]}


def corpus_files(root: Path, count: int) -> list[Path]:
    files = sorted((f for f in (root / "bundles").glob("part-*/*.aspectos")
                    if int(f.name.split("-", 1)[0]) < count), key=lambda f: f.name)
    return files


def corpus_paths(root: Path, count: int) -> list[Path]:
    """What to hand the importer for bundles 0…count-1: the whole sub-folders (walked lazily
    by the importer), plus the files of a last, partly used one."""
    whole = count // PART_SIZE
    paths = [root / "bundles" / f"part-{n:03d}" for n in range(whole)]
    if count % PART_SIZE:
        paths += [f for f in corpus_files(root, count) if int(f.name[:5]) >= whole * PART_SIZE]
    return paths


# ============================================================================= floor


FLOOR_TABLES = {
    "nucleos": "nucleo_key TEXT, name TEXT, institution TEXT, uf TEXT, municipio_code INTEGER, "
               "municipio_name TEXT, cnes TEXT",
    "assessments": "uuid TEXT, revision INTEGER, parent_uuid TEXT, kind TEXT, title TEXT, "
                   "period_start TEXT, period_end TEXT, theme_slugs {json}, "
                   "catalogue_version TEXT, catalogue_hash TEXT, finalized_at TEXT, "
                   "created_at TEXT",
    "answers": "assessment_uuid TEXT, aspect_id INTEGER, value {json}, comment TEXT, "
               "evidence TEXT, completion TEXT, choice TEXT, numerator TEXT, "
               "denominator TEXT, computed TEXT, unit TEXT",
    "bundles": "bundle_sha256 TEXT, export_id TEXT, filename TEXT, size INTEGER, "
               "signer_fingerprint TEXT, assessment_uuid TEXT",
}


class FloorError(Exception):
    pass


def verify_cms(digest: bytes, signature: bytes) -> bytes:
    """Verify a detached CMS signature with signed attributes over content whose SHA-256 is
    ``digest``; the signer certificate (DER)."""
    from asn1crypto import cms
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    signed_data: Any = cms.ContentInfo.load(signature, strict=False)["content"]
    signer_info = signed_data["signer_infos"][0]
    cert_der: bytes = signed_data["certificates"][0].chosen.dump()
    attrs = signer_info["signed_attrs"]
    signed = b"\x31" + attrs.dump()[1:]  # the attributes as a SET OF, as they were signed
    embedded = next(a["values"][0].native for a in attrs if a["type"].native == "message_digest")
    if embedded != digest:
        raise FloorError("digest")
    key = x509.load_der_x509_certificate(cert_der).public_key()
    raw = signer_info["signature"].native
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(raw, signed, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPublicKey):
        key.verify(raw, signed, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise FloorError("key type")
    return cert_der


BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def verify_pdf_signature(pdf: bytes) -> bytes:
    """The report's PDF signature, verified the raw way: the last /ByteRange must span the
    file but the /Contents hole; the CMS in the hole over the SHA-256 of those ranges."""
    found = list(BYTE_RANGE.finditer(pdf))[-1]
    start1, length1, start2, length2 = (int(group) for group in found.groups())
    if start1 != 0 or start2 + length2 != len(pdf):
        raise FloorError("PDF signature does not cover the file")
    signature = bytes.fromhex(pdf[length1 + 1:start2 - 1].decode("ascii"))
    digest = hashlib.sha256(pdf[:length1])
    digest.update(pdf[start2:])
    return verify_cms(digest.digest(), signature)


def floor_rows(path: Path, with_schema: bool = False
               ) -> tuple[tuple[Any, ...], tuple[Any, ...], list[tuple[Any, ...]], tuple[Any, ...]]:
    """Read, check and parse one bundle; the rows to insert. ``with_schema`` (context line
    only) adds the importer's JSON Schema check (``document.schema_errors``)."""
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(members["manifest.json"])
    for entry in manifest["members"]:
        body = members[entry["path"]]
        if len(body) != entry["size"] or hashlib.sha256(body).hexdigest() != entry["sha256"]:
            raise FloorError(f"member {entry['path']}")
    cert_der = verify_cms(hashlib.sha256(members["manifest.json"]).digest(),
                          members["manifest.sig"])
    if verify_pdf_signature(members["report.pdf"]) != cert_der:
        raise FloorError("PDF signed by another certificate")
    document = json.loads(members["assessment.json"])
    if with_schema:
        from aspectos_desktop.export.document import schema_errors

        if schema_errors(document):
            raise FloorError("schema")
    nucleo = document["nucleo"]
    item = document["assessment"]
    key = f"cnes:{nucleo['cnes']}" if nucleo["cnes"] else f"ibge:{nucleo['municipio_code']}"
    nucleo_row = (key, nucleo["name"], nucleo["institution"], nucleo["uf"],
                  nucleo["municipio_code"], nucleo["municipio_name"], nucleo["cnes"])
    assessment_row = (item["uuid"], item["revision"], item["parent_uuid"], item["kind"],
                      item["title"], item["period_start"], item["period_end"],
                      json.dumps(item["theme_slugs"]), document["catalogue"]["version"],
                      document["catalogue"]["content_sha256"], item["finalized_at"],
                      item["created_at"])
    answers = []
    for answer in document["answers"]:
        value = answer["value"]
        answers.append((item["uuid"], answer["aspect_id"], json.dumps(value), answer["comment"],
                        answer["evidence"], answer["completion"], value.get("choice"),
                        value.get("numerator"), value.get("denominator"), answer["computed"],
                        value.get("unit")))
    bundle_row = (hashlib.sha256(data).hexdigest(), manifest["export_id"], path.name, len(data),
                  hashlib.sha256(cert_der).hexdigest(), item["uuid"])
    return nucleo_row, assessment_row, answers, bundle_row


def _placeholders(table: str, mark: str) -> str:
    return ", ".join([mark] * len(FLOOR_TABLES[table].split(",")))


def run_floor(files: Sequence[Path], connect: Any, mark: str, json_type: str,
              with_schema: bool = False) -> float:
    """Seconds for one pass over ``files`` into fresh bare tables (one commit per bundle)."""
    conn = connect()
    cursor = conn.cursor()
    for table, columns in FLOOR_TABLES.items():
        cursor.execute(f"DROP TABLE IF EXISTS floor_{table}")
        cursor.execute(f"CREATE TABLE floor_{table} ({columns.format(json=json_type)})")
    conn.commit()
    sql = {table: f"INSERT INTO floor_{table} VALUES ({_placeholders(table, mark)})"
           for table in FLOOR_TABLES}
    started = time.perf_counter()
    for path in files:
        nucleo_row, assessment_row, answers, bundle_row = floor_rows(path, with_schema)
        cursor.execute(sql["nucleos"], nucleo_row)
        cursor.execute(sql["assessments"], assessment_row)
        cursor.executemany(sql["answers"], answers)
        cursor.execute(sql["bundles"], bundle_row)
        conn.commit()
    elapsed = time.perf_counter() - started
    cursor.execute("SELECT count(*) FROM floor_answers")
    assert cursor.fetchone()[0] > 0
    conn.close()
    return elapsed


def sqlite_floor_connect(path: Path) -> Any:
    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                       "PRAGMA foreign_keys=ON"):
            conn.execute(pragma).fetchall()
        return conn
    return connect


def pg_floor_connect(url: str) -> Any:
    def connect() -> Any:
        import psycopg
        return psycopg.connect(libpq_url(url))
    return connect


# ======================================================================== PostgreSQL


def libpq_url(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, name: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@contextlib.contextmanager
def postgresql_server() -> Iterator[tuple[str | None, str]]:
    """(admin URL or None, how it was obtained / why not)."""
    given = os.environ.get("ASPECTOS_BENCH_PG_URL", "").strip()
    if given:
        yield given, "server from ASPECTOS_BENCH_PG_URL"
        return
    sys.path.insert(0, str(REPO_ROOT / "tests"))
    try:
        import pg_server  # tests/pg_server.py: the tests' throwaway cluster
    except ImportError as error:
        yield None, f"tests/pg_server.py not importable ({error})"
        return
    try:
        server = pg_server.start_server()
    except (LookupError, RuntimeError) as error:
        yield None, f"no PostgreSQL server: {error}"
        return
    try:
        yield server.url, (f"throwaway cluster (tests/pg_server.py, {server.bin_dir.parent.name}, "
                           "127.0.0.1, fsync=off)")
    finally:
        server.stop()


def create_database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return with_database(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# ========================================================================== importer


def importer_ready() -> str | None:
    """None when the central importer can be used, else why not."""
    try:
        from aspectos_desktop.central import database, importer
    except Exception as error:  # not written yet, or broken mid-edit
        return f"aspectos_desktop.central not importable ({type(error).__name__}: {error})"
    if not hasattr(importer, "import_paths") or not hasattr(database, "open_central"):
        return "aspectos_desktop.central.importer.import_paths / open_central not there yet"
    return None


def child_import(args: argparse.Namespace) -> None:
    """In the child: open the database, import ``args.paths``, write the result JSON."""
    from aspectos_desktop.central.database import open_central

    db = open_central(args.db, args.data_dir)
    try:
        started = time.perf_counter()
        from aspectos_desktop.central.importer import Importer

        summary = Importer(db, actor=ACTOR, quarantine_dir=args.data_dir / "quarentena",
                           workers=args.workers).import_paths(args.paths)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    import resource

    args.result.write_text(json.dumps({
        "elapsed": elapsed, "counts": summary.counts, "total": summary.total,
        "rejected": [f"{o.path.name}: {o.check}: {o.reason_ptbr}" for o in summary.rejected[:3]],
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }), encoding="utf-8")


@dataclass
class ImportRun:
    count: int
    seconds: float
    peak_rss_kb: int
    counts: dict[str, int]
    rejected: list[str]


def run_import_child(db_url: str, paths: Sequence[Path], count: int, work: Path,
                     workers: int | None = None) -> ImportRun:
    work.mkdir(parents=True, exist_ok=True)
    result = work / "result.json"
    log = work / "child.log"
    command = [sys.executable, str(HERE / "bench_central_import.py"), "--child-import",
               "--db", db_url, "--data-dir", str(work), "--result", str(result),
               *(["--workers", str(workers)] if workers is not None else []),
               *map(str, paths)]
    with log.open("wb") as output:
        child = subprocess.Popen(command, cwd=REPO_ROOT, stdout=output, stderr=output)
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or not result.exists():
        raise RuntimeError(f"import child failed (exit {child.returncode}):\n"
                           + log.read_text("utf-8", "replace")[-3000:])
    data = json.loads(result.read_text("utf-8"))
    if data["total"] != count:
        raise RuntimeError(f"the import saw {data['total']} bundles, expected {count}")
    return ImportRun(count=count, seconds=data["elapsed"], peak_rss_kb=usage.ru_maxrss,
                     counts={k: v for k, v in data["counts"].items() if v},
                     rejected=data["rejected"])


# ============================================================================== main


def sizes_for(count: int) -> list[int]:
    if count < max(MEMORY_SIZES):
        small = [s for s in (count // 3 // PART_SIZE * PART_SIZE, count) if s > 0]
    else:
        small = [s for s in MEMORY_SIZES if s < count] + [count]
    return sorted(set(small))


def mib(kb: int) -> str:
    return f"{kb / 1024:.0f}"


def measure_target(label: str, files: list[Path], parts: list[Path], count: int, sizes: list[int],
                   work: Path, make_url: Any, floor_connect: Any, floor_mark: str,
                   json_type: str, corpus: Path, drop: Any = None) -> Result:
    """Floor pass, then the import children (largest first), for one database engine."""
    print(f"{label}: floor over {count} bundles…", file=sys.stderr, flush=True)
    floor_s = run_floor(files, floor_connect, floor_mark, json_type)
    runs: dict[int, ImportRun] = {}
    for size in sorted(sizes, reverse=True):
        print(f"{label}: importing {size} bundles in a child process…", file=sys.stderr,
              flush=True)
        url, name = make_url(size)
        size_parts = parts if size == count else corpus_paths(corpus, size)
        try:
            runs[size] = run_import_child(url, size_parts, size, work / f"{label}-{size}")
        finally:
            if drop is not None:
                drop(name)
        full = runs[size]
        print(f"  {size} bundles in {full.seconds:.1f} s ({size / full.seconds:.1f}/s), "
              f"peak RSS {mib(full.peak_rss_kb)} MiB, {full.counts}", file=sys.stderr, flush=True)
    full = runs[count]
    per_bundle_ms = full.seconds / count * 1000
    floor_ms = floor_s / count * 1000
    peaks = ", ".join(f"{size:,}: {mib(runs[size].peak_rss_kb)}" for size in sorted(runs))
    outcome = ", ".join(f"{k} {v}" for k, v in sorted(full.counts.items()))
    note = (f"{count / full.seconds:.1f} bundles/s vs floor {count / floor_s:.1f}/s "
            f"(per bundle, ms); outcomes: {outcome}; peak RSS MiB by count — {peaks}")
    if full.rejected:
        note += f"; REJECTED e.g. {full.rejected[0]}"
    return Result(name=f"central import → {label}", measured_ms=per_bundle_ms, floor_ms=floor_ms,
                  target=2.0, samples=count, basis="mean", note=note)


def main() -> None:
    headless()
    args = parse_args()
    if args.child_import:
        child_import(args)
        return
    count = args.central_count or (QUICK_COUNT if args.quick else FULL_COUNT)
    if not 1 <= count <= FULL_COUNT:
        raise SystemExit(f"--central-count must be 1…{FULL_COUNT}")
    results: list[Result] = []
    root = args.corpus_dir or Path(tempfile.gettempdir()) / f"aspectos-bench-{corpus_key()}"
    info = ensure_corpus(root, count, args.regenerate)
    files = corpus_files(root, count)
    assert len(files) == count, (len(files), count)
    if args.generate_only:
        print(f"corpus ready: {count} bundles in {root}", file=sys.stderr)
        return
    generated = info["now_generated"]
    gen_note = (f"generated now: {generated} bundles in {info['now_seconds']:.0f} s on "
                f"{info.get('processes', '?')} processes "
                f"(median {info['median_bundle_s'] * 1000:.0f} ms/bundle/process)"
                if generated else
                f"cached in {root} ({info['generated']} bundles generated earlier in "
                f"{info['seconds']:.0f} s)")
    sizes_kib = sum(f.stat().st_size for f in files) / count / 1024
    from aspectos_desktop.export.verify import verify_bundle

    step = max(1, count // VERIFY_SAMPLE)
    for file in files[::step]:
        verdict = verify_bundle(file)
        assert verdict.ok, (file, [c.message for c in verdict.checks if not c.ok])
    results.append(Result(
        name="central corpus generation",
        measured_ms=(info["now_seconds"] / generated if generated
                     else info["seconds"] / max(1, info["generated"])) * 1000,
        floor_ms=None, samples=count, basis="mean",
        note=f"{gen_note}; {sizes_kib:.0f} KiB per bundle; {len(files[::step])} checked with "
             "verify_bundle (measured: wall ms per bundle, all processes together)"))

    missing = importer_ready()
    if missing is not None:
        print(f"central import SKIPPED: {missing}", file=sys.stderr)
        results.append(Result(name="central import (skipped)", measured_ms=0.0, floor_ms=None,
                              note=f"skipped: {missing}"))
        report(results, args.json_out)
        return
    parts = corpus_paths(root, count)
    sizes = [count] if args.skip_memory else sizes_for(count)
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-central-") as tmp:
        work = Path(tmp)

        def sqlite_url(size: int) -> tuple[str, str]:
            return f"sqlite:///{work / f'central-{size}.db'}", str(size)

        sqlite_result = measure_target(
            "SQLite", files, parts, count, sizes, work, sqlite_url,
            sqlite_floor_connect(work / "floor.db"), "?", "TEXT", root)
        results.append(sqlite_result)
        print("SQLite: importing in one process (--workers 0)…", file=sys.stderr, flush=True)
        serial = run_import_child(f"sqlite:///{work / 'central-serial.db'}", parts, count,
                                  work / "SQLite-serial", workers=0)
        results.append(Result(
            name="  context: SQLite, one process", measured_ms=serial.seconds / count * 1000,
            floor_ms=sqlite_result.floor_ms, target=None, samples=count, basis="mean",
            note=f"the same import with --workers 0 ({count / serial.seconds:.1f} bundles/s): "
                 "the importer's own work, all in one process; the line above has worker "
                 "processes (one per core) examine bundles while it writes"))
        print("SQLite: context floor (+ JSON Schema)…", file=sys.stderr, flush=True)
        checked_s = run_floor(files, sqlite_floor_connect(work / "floor-checked.db"), "?", "TEXT",
                              with_schema=True)
        results.append(Result(
            name="  context: floor + schema", measured_ms=sqlite_result.measured_ms,
            floor_ms=checked_s / count * 1000, target=None, samples=count, basis="mean",
            note="same SQLite import vs the floor plus the importer's JSON Schema check "
                 f"({count / checked_s:.1f} bundles/s): what is left is the importer's own "
                 "work (zip safety, semantic checks, trust, lineage, audit, SQLAlchemy)"))
        if args.skip_postgresql:
            results.append(Result(name="central import → PostgreSQL", measured_ms=0.0,
                                  floor_ms=None, note="skipped (--skip-postgresql)"))
        else:
            with postgresql_server() as (admin_url, how):
                if admin_url is None:
                    print(f"PostgreSQL SKIPPED: {how}", file=sys.stderr)
                    results.append(Result(name="central import → PostgreSQL", measured_ms=0.0,
                                          floor_ms=None, note=f"skipped: {how}"))
                else:
                    floor_url = create_database(admin_url, "bench_floor")

                    def pg_url(size: int) -> tuple[str, str]:
                        name = f"bench_central_{size}"
                        return create_database(admin_url, name), name

                    result = measure_target(
                        "PostgreSQL", files, parts, count, sizes, work, pg_url,
                        pg_floor_connect(floor_url), "%s", "JSON", root,
                        drop=lambda name: drop_database(admin_url, name))
                    drop_database(admin_url, "bench_floor")
                    result.note += f"; {how}"
                    results.append(result)
    report(results, args.json_out)


if __name__ == "__main__":
    main()
