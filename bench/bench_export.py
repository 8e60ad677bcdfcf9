"""Signed export of the largest assessment vs raw ReportLab + one pyHanko signature (≤ 1.5×).

* app: ``export_bundle(...)`` end to end on a temp store holding one finalised
  assessment over all 12 themes with **every** aspect (857) answered with realistic
  values (scale choice + checklist, indicator numerator/denominator/period/source,
  percent, table rows, a PNG chart for each gráfico/figura aspect; comments and evidence
  on some): document, schema validation, PDF report, PAdES signature, manifest and CMS
  signature, zip written and fsynced, assessment marked exported.
* floor: a plain ReportLab platypus document with the same 857 rows (a Paragraph per
  statement + a Paragraph per answer text, DejaVu Sans registered by
  ``export.fonts.register_fonts``) built to bytes, plus ONE pyHanko PAdES signature
  (``signers.sign_pdf`` with a ``SimpleSigner`` from the same key and certificate).
* ``aspectos verify``: ``verify_bundle(path)`` on the exported bundle (no target); as
  context, the raw "open the zip, read and SHA-256 every member" time.

Samples alternate app and floor; one unmeasured warm-up of each first (imports, fonts).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import statistics
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from _common import Result, bench_args, median_ms, report
from _fixtures import AUTHOR, COMMENT, EVIDENCE, realistic_value

from aspectos_desktop.answers import describe_value
from aspectos_desktop.catalogue.model import Aspect, Catalogue
from aspectos_desktop.export.identity import Identity, make_self_signed
from aspectos_desktop.resources import load_catalogue
from aspectos_desktop.store import Store

NUCLEO = {"name": "Núcleo de Telessaúde do Maranhão (bench)", "uf": "MA",
          "municipio_code": 2111300, "municipio_name": "São Luís",
          "institution": "Universidade Federal do Maranhão"}


def chart_png(index: int) -> bytes:
    """A bar chart as a user would attach it (960×540 RGB PNG, ~10–20 KB)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (960, 540), "white")
    draw = ImageDraw.Draw(image)
    for y in range(60, 481, 42):
        draw.line([(70, y), (920, y)], fill=(220, 226, 232), width=1)
    draw.line([(70, 480), (920, 480)], fill=(60, 60, 60), width=2)
    draw.line([(70, 60), (70, 480)], fill=(60, 60, 60), width=2)
    for bar in range(12):
        height = 40 + (37 * (bar + 3 * index)) % 380
        x = 90 + bar * 68
        draw.rectangle([x, 480 - height, x + 44, 480], fill=(31, 78, 121))
        draw.text((x + 8, 490), f"{bar + 1:02d}/26", fill=(40, 40, 40))
        draw.text((x + 6, 465 - height), str(height), fill=(40, 40, 40))
    draw.text((80, 20), f"Teleconsultorias por mês — gráfico {index + 1}", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def full_value(aspect: Aspect, index: int, store: Store) -> dict[str, Any]:
    """``realistic_value`` for every form, with a real PNG for the attachment forms."""
    if aspect.form["type"] != "attachment":
        return realistic_value(aspect, index)
    data = chart_png(index)
    name = f"grafico-{aspect.id}.png"
    sha = store.add_attachment(data, filename=name, mime="image/png")
    return {"files": [{"sha256": sha, "filename": name, "mime": "image/png", "size": len(data)}],
            "status": None}


def build_largest(folder: Path, catalogue: Catalogue) -> tuple[Store, int]:
    """A finalised assessment over every theme with all 857 aspects answered."""
    store = Store.open(folder / "aspectos.db")
    nucleo = store.create_nucleo(**NUCLEO)
    themes = [t.slug for t in catalogue.themes]
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", title="Autoavaliação 2026 — completa (bench)",
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    for index, aspect in enumerate(a for slug in themes for a in catalogue.theme_aspects(slug)):
        store.save_answer(assessment.id, aspect.id, value=full_value(aspect, index, store),
                          comment=COMMENT if index % 3 == 0 else "",
                          evidence=EVIDENCE if index % 4 == 0 else "", author=AUTHOR)
    store.finalize(assessment.id)
    return store, assessment.id


# ------------------------------------------------------------------------------ floor


def floor_rows(store: Store, catalogue: Catalogue, assessment_id: int) -> list[tuple[str, str]]:
    """(statement, answer text) for every answered aspect, as the report prints them."""
    answers = store.answers(assessment_id)
    rows: list[tuple[str, str]] = []
    for aspect_id in sorted(answers):
        aspect = catalogue.aspect(aspect_id)
        rows.append((aspect.elemento.strip(), describe_value(aspect.form, answers[aspect_id].value)))
    return rows


def floor_export(rows: list[tuple[str, str]], identity: Identity) -> bytes:
    """Raw ReportLab build of the same rows + one pyHanko PAdES signature."""
    from xml.sax.saxutils import escape

    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from aspectos_desktop.export.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

    register_fonts()
    statement = ParagraphStyle("s", fontName=FONT_BOLD, fontSize=9.2, leading=11.6)
    answer = ParagraphStyle("a", fontName=FONT_REGULAR, fontSize=9, leading=11.6, leftIndent=11)
    story = []
    for text, answer_text in rows:
        story.append(Paragraph(escape(text), statement))
        story.append(Paragraph(escape(answer_text), answer))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)

    cert = x509.Certificate.load(identity.certificate.public_bytes(serialization.Encoding.DER))
    key = keys.PrivateKeyInfo.load(identity.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    meta = signers.PdfSignatureMetadata(field_name="Assinatura", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out: Any = signers.sign_pdf(writer, meta, signer=signer)
    return bytes(out.getvalue())


def unzip_and_hash(path: Path) -> int:
    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            total += len(hashlib.sha256(archive.read(info)).digest())
    return total


# ------------------------------------------------------------------------------- main


def main() -> None:
    args = bench_args(__doc__)
    rounds = 1 if args.quick else 3
    from aspectos_desktop.export.bundle import export_bundle
    from aspectos_desktop.export.verify import verify_bundle

    catalogue = load_catalogue()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="aspectos-bench-export-") as tmp:
        folder = Path(tmp)
        store, assessment_id = build_largest(folder, catalogue)
        identity = make_self_signed(NUCLEO["name"], institution=NUCLEO["institution"],
                                    municipio=NUCLEO["municipio_name"], uf=NUCLEO["uf"])
        rows = floor_rows(store, catalogue, assessment_id)
        assert len(rows) == len(catalogue.aspects), (len(rows), len(catalogue.aspects))
        steps: list[list[tuple[str, float]]] = []

        def export(record: bool) -> Path:
            marks: list[tuple[str, float]] = []
            result = export_bundle(store, catalogue, assessment_id, identity, folder / "out",
                                   data_dir=folder,
                                   progress=lambda step, _f: marks.append((step, time.perf_counter())))
            if record:
                steps.append(marks)
            return result.path

        bundle = export(False)  # warm-up: imports, fonts, schema
        floor_pdf = floor_export(rows, identity)
        app_samples: list[float] = []
        floor_samples: list[float] = []
        for _ in range(rounds):
            start = time.perf_counter()
            bundle = export(True)
            app_samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor_pdf = floor_export(rows, identity)
            floor_samples.append(time.perf_counter() - start)

        # where the export's time goes, from its own progress steps (median per step)
        spans: dict[str, list[float]] = {}
        for marks in steps:
            for (name, at), (_next, until) in itertools.pairwise(marks):
                spans.setdefault(name, []).append(until - at)
        breakdown = ", ".join(f"{name.lower()} {statistics.median(v) * 1000:.0f}"
                              for name, v in spans.items())
        size_note = (f"{len(rows)} aspects; bundle {bundle.stat().st_size / 1024:.0f} KiB, "
                     f"floor PDF {len(floor_pdf) / 1024:.0f} KiB")
        results.append(Result(
            name="signed export, 857 aspects", measured_ms=median_ms(app_samples),
            floor_ms=median_ms(floor_samples), target=1.5, samples=rounds,
            note=f"{size_note}; export steps (ms): {breakdown}"))

        verify_samples: list[float] = []
        unzip_samples: list[float] = []
        verify_bundle(bundle)  # warm-up
        for _ in range(max(3, rounds * 2) if not args.quick else 2):
            start = time.perf_counter()
            verdict = verify_bundle(bundle)
            verify_samples.append(time.perf_counter() - start)
            assert verdict.ok, [c.message for c in verdict.checks if not c.ok]
            start = time.perf_counter()
            unzip_and_hash(bundle)
            unzip_samples.append(time.perf_counter() - start)
        results.append(Result(
            name="aspectos verify (largest bundle)", measured_ms=median_ms(verify_samples),
            floor_ms=median_ms(unzip_samples), target=None, samples=len(verify_samples),
            note="floor column: unzip + SHA-256 of every member (context only, no target)"))
        store.close(backup=False)
    report(results, args.json_out)


if __name__ == "__main__":
    main()
