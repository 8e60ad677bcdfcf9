"""Property-based fuzzing of the importer (hypothesis), on SQLite and PostgreSQL.

* bytes: random changes to a real bundle's bytes (biased towards the zip's central
  directory), truncation and insertion;
* JSON: random changes anywhere in a real assessment.json, then the bundle is rebuilt
  and re-signed with the same key — so that the schema and semantic checks (not just the
  hashes and signatures) are what stands between the mutant and the database.

Always: no exception escapes, no "erro inesperado" (a crash caught by the importer's
last-resort handler), and either a rejection that changed nothing but the audit log,
or a complete write (bundle, assessment and every answer).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from bundle_factory import CentralWorld, attachments_of, build_bundle, fresh_ids, write
from central_fixtures import row_counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from aspectos_desktop.central.database import CentralDB
from aspectos_desktop.central.importer import STAGE_LABELS, Importer
from aspectos_desktop.central.models import CentralAnswer, CentralAssessment
from aspectos_desktop.central.trust import TrustAnchors, approve_signer

FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
JSON_FUZZ = settings(FUZZ, max_examples=40)
ACCEPTED = ("importado", "nova_revisao", "pendente_assinante")


def _without_audit(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if k != "audit"}


def _check_rejection(outcome: Any) -> None:
    assert outcome.check in STAGE_LABELS, outcome
    assert outcome.reason_ptbr and "erro inesperado" not in outcome.reason_ptbr, outcome


# ---------------------------------------------------------------------------- bytes


@st.composite
def byte_mutations(draw: st.DrawFn, size: int) -> bytes | tuple[str, Any]:
    offset = st.one_of(st.integers(0, size - 1), st.integers(max(0, size - 4096), size - 1))
    kind = draw(st.sampled_from(["set", "set", "truncate", "insert"]))
    if kind == "set":
        return ("set", draw(st.lists(st.tuples(offset, st.integers(0, 255)), min_size=1, max_size=8)))
    if kind == "truncate":
        return ("truncate", draw(offset))
    return ("insert", (draw(offset), draw(st.binary(min_size=1, max_size=64))))


def mutate_bytes(source: bytes, mutation: Any) -> bytes:
    kind, arg = mutation
    if kind == "truncate":
        return source[:arg]
    if kind == "insert":
        at, data = arg
        return source[:at] + data + source[at:]
    out = bytearray(source)
    for at, value in arg:
        out[at] = value
    return bytes(out)


def test_fuzz_bundle_bytes(central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    original = cworld.bundles["b_auto"]
    source = original.read_bytes()
    importer = Importer(central_db, actor="fuzz", quarantine_dir=tmp_path / "q",
                        anchors=TrustAnchors())
    assert importer.import_bundle(original).status == "pendente_assinante"
    baseline = _without_audit(row_counts(central_db))
    names = itertools.count()

    @FUZZ
    @given(mutation=byte_mutations(len(source)))
    def run(mutation: Any) -> None:
        mutant = mutate_bytes(source, mutation)
        path = tmp_path / f"mutante-{next(names)}.aspectos"
        path.write_bytes(mutant)
        outcome = importer.import_bundle(path)
        if mutant == source:
            assert outcome.status == "ja_importado"
        elif outcome.status == "rejeitado":
            _check_rejection(outcome)
        else:  # bytes the signatures do not cover (zip timestamps…): same assessment
            assert outcome.status == "ja_importado", outcome
        assert _without_audit(row_counts(central_db)) == baseline
        path.unlink()

    run()


# ----------------------------------------------------------------------------- JSON


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*prefix, index))
    return found


PLAUSIBLE = st.sampled_from([
    None, "", " ", 0, 1, 2, -1, 10**9, 1.5, True, "sim", "nao", "talvez", "nao_se_aplica",
    "respondido", "inválido", "vazio", "2026-02-30", "2026-13-01", "2027-01-01", "1999-12-31",
    "2026-01-01T00:00:00Z", "12,5", "abc", "-3", "0", "SP", "MA", "autoavaliacao", "visita",
    "finalizada", "em_andamento", "00000000-0000-4000-8000-000000000000", "a" * 64, [], {},
    ["x"], {"choice": "sim"},
])
JSON_VALUES = st.one_of(PLAUSIBLE, st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False, width=32) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6))


STRINGS = st.one_of(PLAUSIBLE.filter(lambda v: isinstance(v, str)), st.text(max_size=12))


def _same_type(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool) or value is None:
        return st.sampled_from([None, True, False])
    if isinstance(value, int):
        return st.one_of(st.integers(-5, 5), st.integers(0, 10**7))
    if isinstance(value, str):
        return STRINGS
    if isinstance(value, list):
        return st.lists(STRINGS, max_size=3)
    return JSON_VALUES


def test_fuzz_assessment_json_resigned(central_db: CentralDB, cworld: CentralWorld,
                                       tmp_path: Path) -> None:
    importer = Importer(central_db, actor="fuzz", quarantine_dir=tmp_path / "q",
                        anchors=TrustAnchors())
    importer.import_bundle(cworld.bundles["visit"])
    approve_signer(central_db, cworld.key_a.fingerprint_sha256, actor="fuzz")
    members = cworld.members("forms")
    source = json.loads(members["assessment.json"])
    attachments = attachments_of(members)
    names = itertools.count()
    results: list[str] = []

    @JSON_FUZZ
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        document = fresh_ids(source)
        export = json.loads(json.dumps(document["export"]))
        for _ in range(data.draw(st.integers(1, 3), label="changes")):
            paths = _paths(document)[1:]
            if data.draw(st.booleans(), label="content only"):  # what the semantic checks read
                paths = [p for p in paths if p[0] in ("answers", "assessment", "catalogue",
                                                      "nucleo") and len(p) > 1] or paths
            path = data.draw(st.sampled_from(paths), label="path")
            *parents, last = path
            target: Any = document
            for key in parents:
                target = target[key]
            action = data.draw(st.sampled_from(["same_type"] * 4 + ["replace", "delete", "add"]))
            if action == "same_type":  # keeps the schema happier: reaches the semantic checks
                target[last] = data.draw(_same_type(target[last]), label="value")
            elif action == "delete":
                del target[last]
            elif action == "add" and isinstance(target[last], dict):
                target[last][data.draw(st.text(max_size=8), label="new key")] = data.draw(JSON_VALUES)
            else:
                target[last] = data.draw(JSON_VALUES, label="value")
        before = row_counts(central_db)
        bundle = write(tmp_path / f"json-{next(names)}.aspectos",
                       build_bundle(document, attachments, cworld.key_a, export=export))
        outcome = importer.import_bundle(bundle)
        results.append(outcome.status)
        after = row_counts(central_db)
        if outcome.status == "rejeitado":
            _check_rejection(outcome)
            assert _without_audit(after) == _without_audit(before)
        else:
            assert outcome.status in ACCEPTED, outcome
            answers = len(document["answers"])
            assert after["bundles"] == before["bundles"] + 1
            assert after["assessments"] == before["assessments"] + 1
            assert after["answers"] == before["answers"] + answers
            with central_db.engine.connect() as conn:
                stored = conn.execute(
                    select(func.count()).select_from(CentralAnswer)
                    .join(CentralAssessment, CentralAssessment.id == CentralAnswer.assessment_id)
                    .where(CentralAssessment.uuid == outcome.assessment_uuid)).scalar_one()
            assert stored == answers
        bundle.unlink()

    run()
    assert "rejeitado" in results and "importado" in results  # both ways were exercised
