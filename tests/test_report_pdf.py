"""The PDF report and the blank questionnaire: text, fonts, metadata, outline, pages.

Rendered PDFs are checked with poppler-utils (pdftotext, pdffonts, pdfinfo,
pdftoppm) and pyHanko's reader. ``make_document`` builds an exported assessment
document (assessment.json content) from the real catalogue without the store.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PIL import Image, ImageDraw

from aspectos_desktop.catalogue.forms import SCALES
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect, Catalogue
from aspectos_desktop.export.blank_questionnaire import render_blank_questionnaire
from aspectos_desktop.export.fonts import BOX_CHECKED, BOX_UNCHECKED, missing_glyphs
from aspectos_desktop.export.report_pdf import (
    DRAFT_NOTE,
    INFO_ASSESSMENT_UUID,
    INFO_EXPORT_ID,
    SIGNATURE_CAPTION,
    render_report,
)
from aspectos_desktop.resources import load_catalogue

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils não instalado")

EXPORT_ID = "3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b"
ASSESSMENT_UUID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
LONG_WORD = "https://exemplo.gov.br/" + "documento-muito-longo-" * 12 + "fim"

# --------------------------------------------------------------------------- fixtures


def png_bytes(width: int = 480, height: int = 320) -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for index, colour in enumerate([(31, 78, 121), (46, 125, 50), (198, 40, 40), (249, 168, 37)]):
        draw.rectangle([40 + index * 100, height - 40 - (index + 2) * 40,
                        110 + index * 100, height - 40], fill=colour)
    draw.line([20, height - 40, width - 20, height - 40], fill=(0, 0, 0), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _first(catalogue: Catalogue, predicate: Callable[[Aspect], bool]) -> Aspect:
    return next(a for a in catalogue.aspects.values() if predicate(a))


def _answer(aspect: Aspect, value: dict[str, Any], *, comment: str = "", evidence: str = ""
            ) -> dict[str, Any]:
    from aspectos_desktop.answers import check_answer

    check = check_answer(aspect.form, value)
    computed = None
    if check.computed is not None:
        text = format(check.computed.quantize(check.computed.__class__("0.01")), "f")
        computed = text
    return {
        "aspect_id": aspect.id,
        "form_type": aspect.form["type"],
        "value": value,
        "comment": comment,
        "evidence": evidence,
        "updated_at": "2026-05-10T13:45:00Z",
        "updated_by": "Maria da Conceição",
        "completion": check.completion.value,
        "computed": computed,
    }


def make_document(catalogue: Catalogue, answers: list[dict[str, Any]],
                  attachments: list[dict[str, Any]] | None = None, *, kind: str = "autoavaliacao",
                  theme_slugs: list[str] | None = None) -> dict[str, Any]:
    """An exported assessment document (schema assessment-v1) around ``answers``."""
    return {
        "schema_version": 1,
        "export": {"id": EXPORT_ID, "created_at": "2026-05-12T14:03:00Z",
                   "installation_id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                   "app_version": "0.1.0"},
        "catalogue": {"version": catalogue.version, "content_sha256": catalogue.content_hash},
        "nucleo": {
            "name": "Núcleo de Telessaúde do Maranhão — Ação & Integração",
            "institution": "Universidade Federal do Maranhão",
            "uf": "MA", "municipio_code": 2111300, "municipio_name": "São Luís",
            "cnes": "1234567", "contact_name": "João Araújo",
            "contact_email": "joao@exemplo.org", "contact_phone": "(98) 3272-0000",
            "respondents": [{"name": "Maria da Conceição", "role": "Coordenadora"},
                            {"name": "José Inácio", "role": "Técnico de informação"}],
        },
        "assessment": {
            "uuid": ASSESSMENT_UUID, "kind": kind,
            "title": "Autoavaliação 1º semestre de 2026 — gestão e operação",
            "period_start": "2026-01-01", "period_end": "2026-06-30",
            "theme_slugs": theme_slugs or [t.slug for t in catalogue.themes],
            "status": "finalizada", "revision": 2,
            "parent_uuid": "11111111-2222-4333-8444-555555555555",
            "monitor": ({"name": "Ana Lúcia Gonçalves", "institution": "Ministério da Saúde",
                         "visit_date": "2026-05-02"} if kind == "visita" else None),
            "created_at": "2026-02-01T12:00:00Z", "finalized_at": "2026-05-11T18:30:00Z",
        },
        "answers": sorted(answers, key=lambda a: a["aspect_id"]),
        "attachments": attachments or [],
    }


def every_form_document(catalogue: Catalogue, *, kind: str = "autoavaliacao"
                        ) -> tuple[dict[str, Any], dict[str, bytes], dict[str, Aspect]]:
    """A document with one answer of each form and state; a PNG and a PDF attachment."""
    used: set[int] = set()

    def pick(predicate: Callable[[Aspect], bool]) -> Aspect:
        aspect = _first(catalogue, lambda a: a.id not in used and predicate(a))
        used.add(aspect.id)
        return aspect

    picks = {
        "scale": pick(lambda a: a.form["type"] == "scale" and not a.form.get("checklist")),
        "scale_nsa": pick(lambda a: a.form["type"] == "scale" and not a.form.get("checklist")),
        "checklist": pick(lambda a: len(a.form.get("checklist") or []) >= 4),
        "atendimento": pick(lambda a: a.form.get("scale") == "atendimento"),
        "percent": pick(lambda a: a.form["type"] == "percent"),
        "indicator": pick(lambda a: a.form["type"] == "indicator" and a.form["has_denominator"]
                          and a.form["multiplier"] == 100),
        "indicator_plain": pick(lambda a: a.form["type"] == "indicator"
                                and not a.form["has_denominator"]),
        "indicator_invalid": pick(lambda a: a.form["type"] == "indicator"
                                  and a.form["has_denominator"]),
        "indicator_nsa": pick(lambda a: a.form["type"] == "indicator"),
        "table": max((a for a in catalogue.aspects.values() if a.form["type"] == "table"),
                     key=lambda a: len(a.form["columns"])),
        "attachment": pick(lambda a: a.form["type"] == "attachment"),
        "unanswered": pick(lambda a: a.form["type"] == "scale"),
    }
    png = png_bytes()
    pdf = b"%PDF-1.4\n% anexo de teste\n"
    png_sha, pdf_sha = _sha256(png), _sha256(pdf)
    checklist = picks["checklist"].form["checklist"]
    table_columns = picks["table"].form["columns"]
    answers = [
        _answer(picks["scale"], {"choice": "sim"},
                comment="Informação confirmada em reunião; ação contínua.",
                evidence="Ata nº 12/2026 — “Reunião de coordenação”, seção 3ª, item 2º e 3ª."),
        _answer(picks["scale_nsa"], {"choice": "nao_se_aplica"}),
        _answer(picks["checklist"], {"choice": "sim",
                                     "checked": [checklist[0]["key"], checklist[2]["key"]]},
                comment="Comentário longo que precisa quebrar linha. " * 12 + LONG_WORD),
        _answer(picks["atendimento"], {"choice": "atendeu_parcialmente"}),
        _answer(picks["percent"], {"value": "45,5", "status": None}),
        _answer(picks["indicator"], {
            "numerator": "12", "denominator": "40", "unit": None,
            "period_start": "2026-01-01", "period_end": "2026-06-30",
            "source": "Sistema de registro de teleconsultorias (SMART)", "status": None}),
        _answer(picks["indicator_plain"], {
            "numerator": "1.234,5", "unit": "atendimentos", "period_start": "01/01/2026",
            "period_end": "31/03/2026", "source": "Planilha de produção", "status": None}),
        _answer(picks["indicator_invalid"], {"numerator": "12", "denominator": "0",
                                             "status": None}),
        _answer(picks["indicator_nsa"], {"status": "nao_se_aplica"}),
        _answer(picks["table"], {"rows": [
            [f"Linha {row} — exame de eletrocardiografia" if c == 0 else str(row * 10 + c)
             for c in range(len(table_columns))] for row in range(1, 41)], "status": None}),
        _answer(picks["attachment"], {"files": [
            {"sha256": png_sha, "filename": "gráfico-satisfação.png", "mime": "image/png",
             "size": len(png)},
            {"sha256": pdf_sha, "filename": "relatório-anual.pdf", "mime": "application/pdf",
             "size": len(pdf)}], "status": None}),
    ]
    attachments = [
        {"sha256": png_sha, "filename": "gráfico-satisfação.png", "mime": "image/png",
         "size": len(png), "path": f"attachments/{png_sha}.png"},
        {"sha256": pdf_sha, "filename": "relatório-anual.pdf", "mime": "application/pdf",
         "size": len(pdf), "path": f"attachments/{pdf_sha}.pdf"},
    ]
    document = make_document(catalogue, answers, sorted(attachments, key=lambda a: a["sha256"]),
                             kind=kind)
    return document, {png_sha: png, pdf_sha: pdf}, picks


def full_answer(aspect: Aspect, index: int) -> dict[str, Any]:
    form = aspect.form
    kind = form["type"]
    if kind == "scale":
        options = [key for key, _ in SCALES[form["scale"]]]
        value: dict[str, Any] = {"choice": options[index % len(options)]}
        if form.get("checklist"):
            value["checked"] = [item["key"] for item in form["checklist"][::2]]
    elif kind == "percent":
        value = {"value": str(index % 100), "status": None}
    elif kind == "indicator":
        value = {"numerator": str(index % 30 + 1), "period_start": "2026-01-01",
                 "period_end": "2026-06-30", "source": "Registro interno", "status": None}
        if form["has_denominator"]:
            value["denominator"] = "40"
        if form.get("numerator_range"):
            value["numerator"] = "4"
    elif kind == "table":
        value = {"rows": [[f"{r}-{c}" for c in range(len(form["columns"]))] for r in range(5)],
                 "status": None}
    else:
        value = {"status": "nao_sabe"}
    return _answer(aspect, value, comment="Observação registrada." if index % 3 == 0 else "")


def full_document(catalogue: Catalogue) -> dict[str, Any]:
    answers = [full_answer(a, i) for i, a in enumerate(catalogue.aspects.values())]
    return make_document(catalogue, answers)


# ---------------------------------------------------------------------------- helpers


def pdftotext(pdf: bytes, tmp_path: Path, *, page: int | None = None) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    # one space for any run of blanks, line breaks and no-break spaces (wrapped cells)
    return " ".join(out.stdout.decode("utf-8").split())


def pdfinfo(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True,
                         check=True).stdout.decode("utf-8")
    info: dict[str, str] = {}
    for line in out.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def outline_titles(pdf: bytes) -> list[tuple[str, list[str]]]:
    """Top-level outline entries with the titles of their children (pyHanko's reader)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf))
    root: Any = reader.root
    outlines: Any = root["/Outlines"].get_object()

    def chain(first: Any) -> Iterator[Any]:
        node = first
        while node is not None:
            node = node.get_object()
            yield node
            node = node.get("/Next")

    result: list[tuple[str, list[str]]] = []
    for entry in chain(outlines.get("/First")):
        children = [str(child["/Title"]) for child in chain(entry.get("/First"))]
        result.append((str(entry["/Title"]), children))
    return result


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def every_form(cat: Catalogue) -> tuple[dict[str, Any], dict[str, bytes], dict[str, Aspect]]:
    return every_form_document(cat)


@pytest.fixture(scope="module")
def report(cat: Catalogue, every_form: tuple[dict[str, Any], dict[str, bytes], Any]) -> bytes:
    document, files, _ = every_form
    return render_report(document, cat, files)


# ------------------------------------------------------------------------------ tests


def test_fixture_document_follows_the_export_schema(
        every_form: tuple[dict[str, Any], dict[str, bytes], Any], cat: Catalogue) -> None:
    document_module = pytest.importorskip("aspectos_desktop.export.document")
    assert document_module.schema_errors(every_form[0]) == []
    assert document_module.schema_errors(full_document(cat)) == []


def test_font_covers_portuguese_and_check_boxes() -> None:
    assert missing_glyphs("ãâáàçéêíóôõúüº ª–—“”‘’… " + BOX_CHECKED + BOX_UNCHECKED + "÷×•·") == set()


@needs_poppler
def test_report_text_is_real_portuguese_text(report: bytes, cat: Catalogue, tmp_path: Path,
                                             every_form: tuple[Any, Any, dict[str, Aspect]]
                                             ) -> None:
    text = pdftotext(report, tmp_path)
    assert report.startswith(b"%PDF-")
    for needle in ("não se aplica", "Informação", "ç", "Não respondido", "Resposta inválida",
                   "Núcleo de Telessaúde do Maranhão — Ação & Integração", "São Luís/MA",
                   "Autoavaliação", "01/01/2026 a 30/06/2026", cat.content_hash,
                   EXPORT_ID, ASSESSMENT_UUID, "2026.1", "Finalizada", "Página 1 de ",
                   "Ata nº 12/2026 — “Reunião de coordenação”, seção 3ª, item 2º e 3ª.",
                   "Valor calculado", "30 %", "1.234,5 atendimentos", "45,5 %",
                   "O denominador não pode ser zero.", "gráfico-satisfação.png",
                   "relatório-anual.pdf", "Atendeu parcialmente", SIGNATURE_CAPTION):
        assert needle in text, needle
    for theme in cat.themes:
        assert theme.name[:1].upper() + theme.name[1:] in text
    assert BOX_CHECKED in text and BOX_UNCHECKED in text
    pages = int(pdfinfo(report, tmp_path)["Pages"])
    assert f"Página 1 de {pages}" in text
    assert f"Página {pages} de {pages}" in text
    assert "RASCUNHO" not in text
    table = every_form[2]["table"]
    for column in table.form["columns"]:
        assert column in text
    assert "Linha 40 — exame de eletrocardiografia" in text


@needs_poppler
def test_visit_cover_names_the_monitor(cat: Catalogue, tmp_path: Path) -> None:
    document, files, _ = every_form_document(cat, kind="visita")
    document["assessment"]["theme_slugs"] = [cat.themes[0].slug]
    text = pdftotext(render_report(document, cat, files), tmp_path, page=1)
    for needle in ("Relatório de visita de monitoramento", "Visita de monitoramento",
                   "Ana Lúcia Gonçalves", "Ministério da Saúde", "02/05/2026"):
        assert needle in text, needle


@needs_poppler
def test_fonts_are_embedded_dejavu(report: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(report)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True,
                         text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    assert any("DejaVuSans" in row[0] for row in rows)
    for row in rows:
        assert "DejaVuSans" in row[0], row  # no other (non-embedded) font
        assert row[1] in ("TrueType", "CID") or row[1].startswith("TrueType"), row
        emb = row[-5]
        assert emb == "yes", row


@needs_poppler
def test_metadata_and_custom_keys(report: bytes, tmp_path: Path) -> None:
    info = pdfinfo(report, tmp_path)
    assert info["Title"] == ("Autoavaliação 1º semestre de 2026 — gestão e operação — "
                             "Núcleo de Telessaúde do Maranhão — Ação & Integração")
    assert info["Author"] == "Núcleo de Telessaúde do Maranhão — Ação & Integração"
    assert info["Subject"].startswith("Autoavaliação de núcleo de telessaúde")
    assert info["Creator"] == "Aspectos Desktop"
    assert "2026" in info["CreationDate"]
    assert info["Page size"].startswith("595.276 x 841.89")

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader: Any = PdfFileReader(io.BytesIO(report))
    trailer_info: Any = reader.trailer["/Info"]
    assert str(trailer_info[f"/{INFO_EXPORT_ID}"]) == EXPORT_ID
    assert str(trailer_info[f"/{INFO_ASSESSMENT_UUID}"]) == ASSESSMENT_UUID


def test_outline_has_one_entry_per_theme_with_categories(report: bytes, cat: Catalogue) -> None:
    outline = outline_titles(report)
    assert [title for title, _ in outline] == [
        t.name[:1].upper() + t.name[1:] for t in cat.themes]
    for (_, children), theme in zip(outline, cat.themes, strict=True):
        assert len(children) == len(theme.category_ids)
        assert children[0] == (cat.categories[theme.category_ids[0]].name[:1].upper()
                               + cat.categories[theme.category_ids[0]].name[1:])


@needs_poppler
def test_draft_has_watermark_on_every_page(cat: Catalogue, tmp_path: Path,
                                           every_form: tuple[dict[str, Any], Any, Any]) -> None:
    document = dict(every_form[0])
    document["assessment"] = dict(document["assessment"], theme_slugs=[cat.themes[2].slug])
    draft = render_report(document, cat, every_form[1], draft=True)
    pages = int(pdfinfo(draft, tmp_path)["Pages"])
    assert pages >= 3
    for page in range(1, pages + 1):
        assert "RASCUNHO" in pdftotext(draft, tmp_path, page=page), page
    assert DRAFT_NOTE in pdftotext(draft, tmp_path, page=1)
    assert "Não assinado (rascunho)" in pdftotext(draft, tmp_path, page=pages)


@needs_poppler
def test_signature_box_is_alone_at_the_bottom_of_the_last_page(report: bytes,
                                                               tmp_path: Path) -> None:
    from aspectos_desktop.export.report_pdf import PAGE_HEIGHT, SIGNATURE_BOX

    pages = int(pdfinfo(report, tmp_path)["Pages"])
    path = tmp_path / "bbox.pdf"
    path.write_bytes(report)
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), str(path),
                           "-"], capture_output=True, check=True, text=True).stdout
    import re

    x1, y1, x2, y2 = SIGNATURE_BOX
    top_in_poppler = PAGE_HEIGHT - y2
    bottom_in_poppler = PAGE_HEIGHT - y1
    for match in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
                             html):
        w_x1, w_y1, w_x2, w_y2 = (float(v) for v in match.groups())
        overlaps = w_x2 > x1 and w_x1 < x2 and w_y2 > top_in_poppler and w_y1 < bottom_in_poppler
        assert not overlaps, match.group(0)


@needs_poppler
def test_large_assessment_renders_quickly(cat: Catalogue, tmp_path: Path) -> None:
    document = full_document(cat)
    started = time.perf_counter()
    pdf = render_report(document, cat, {})
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{elapsed:.1f} s"
    text = pdftotext(pdf, tmp_path)
    assert "Não respondido" not in text
    pages = int(pdfinfo(pdf, tmp_path)["Pages"])
    assert pages > 100
    assert f"Página {pages} de {pages}" in text
    assert "857 / 857" in text  # summary total row
    for aspect_id in (min(cat.aspects), max(cat.aspects)):
        assert f"{aspect_id} · " in text


@needs_poppler
def test_pages_render_to_non_blank_images(report: bytes, tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(report)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", str(path),
                    str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == 3
    for image_path in images:
        with Image.open(image_path) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 1, image_path


def test_text_layout_wraps_within_the_width_and_keeps_every_word() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from aspectos_desktop.export.fonts import register_fonts
    from aspectos_desktop.export.report_pdf import bold, layout_lines, regular

    register_fonts()
    statement = ("Existem procedimentos e ferramentas para que a equipe de saúde possa "
                 "compartilhar suas preocupações, sugestões e comentários. ") * 3
    runs = [bold("Comentário: "), regular(statement + LONG_WORD), regular("\nÚltima linha"),
            regular(BOX_UNCHECKED, colour="#5f6b76"), regular("\u00a0\u00a0a) item")]
    width = 180.0
    lines = layout_lines(runs, width - 20, width)
    assert len(lines) > 5
    for number, line in enumerate(lines):
        used = sum(stringWidth(text, font, size) for (font, size, _), text in line)
        assert used <= (width - 20 if number == 0 else width) + 0.01, (number, line)
    text = [("".join(piece for _, piece in line)) for line in lines]
    assert text[0].startswith("Comentário: Existem")
    assert lines[0][0][0][0].endswith("Bold") and not lines[0][1][0][0].endswith("Bold")
    # every word is kept, in order; the long word is cut between characters only
    assert "".join(text).replace(" ", "") == "".join(
        piece for piece, *_ in runs).replace(" ", "").replace("\n", "")
    # a forced break starts a line; the no-break spaces keep the box with its item
    assert any(line.startswith("Última linha") for line in text)
    assert text[-1].endswith(f"{BOX_UNCHECKED}\u00a0\u00a0a) item")


def test_plain_png_goes_into_the_pdf_as_it_is() -> None:
    from aspectos_desktop.export.report_pdf import PngData

    rgb = PngData.parse(png_bytes(120, 80))
    assert rgb is not None and (rgb.width, rgb.height, rgb.colours) == (120, 80, 3)
    out = io.BytesIO()
    Image.new("L", (30, 20), 128).save(out, "PNG")
    assert PngData.parse(out.getvalue()) is not None
    for mode in ("RGBA", "P"):  # transparency or a palette: decoded instead
        out = io.BytesIO()
        Image.new(mode, (30, 20)).save(out, "PNG")
        assert PngData.parse(out.getvalue()) is None, mode
    interlaced = bytearray(png_bytes(30, 20))  # Pillow writes no interlaced PNG: flag it
    interlaced[28] = 1
    interlaced[29:33] = zlib.crc32(bytes(interlaced[12:29])).to_bytes(4, "big")
    assert PngData.parse(bytes(interlaced)) is None
    damaged = bytearray(png_bytes(120, 80))
    damaged[60] ^= 0xFF
    assert PngData.parse(bytes(damaged)) is None


@needs_poppler
@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_attached_chart_shows_its_colours(cat: Catalogue, tmp_path: Path, mode: str) -> None:
    """The thumbnail's pixels reach the page, whether the PNG goes in as it is (RGB) or
    decoded (with transparency)."""
    aspect = _first(cat, lambda a: a.form["type"] == "attachment")
    source = Image.open(io.BytesIO(png_bytes())).convert(mode)
    out = io.BytesIO()
    source.save(out, "PNG")
    png = out.getvalue()
    sha = _sha256(png)
    document = make_document(cat, [_answer(aspect, {"files": [
        {"sha256": sha, "filename": "barras.png", "mime": "image/png", "size": len(png)}],
        "status": None})], [{"sha256": sha, "filename": "barras.png", "mime": "image/png",
                             "size": len(png), "path": f"attachments/{sha}.png"}],
        theme_slugs=[aspect.theme_slug])
    pdf = render_report(document, cat, {sha: png})
    pages = int(pdfinfo(pdf, tmp_path)["Pages"])
    page = next(p for p in range(1, pages + 1) if "barras.png" in pdftotext(pdf, tmp_path, page=p))
    path = tmp_path / "chart.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), str(path),
                    str(tmp_path / "chart")], check=True)
    with Image.open(next(tmp_path.glob("chart-*.png"))) as image:
        colours = {colour for _, colour in image.convert("RGB").getcolors(maxcolors=1 << 20)}
    for bar in [(46, 125, 50), (198, 40, 40), (249, 168, 37)]:
        assert any(max(abs(a - b) for a, b in zip(bar, colour, strict=True)) <= 6
                   for colour in colours), bar


# ------------------------------------------------------------------ blank questionnaire


@pytest.fixture(scope="module")
def questionnaire(cat: Catalogue) -> bytes:
    return render_blank_questionnaire(cat)


@needs_poppler
def test_questionnaire_has_boxes_blanks_and_every_theme(questionnaire: bytes, cat: Catalogue,
                                                        tmp_path: Path) -> None:
    text = pdftotext(questionnaire, tmp_path)
    for needle in (f"{BOX_UNCHECKED} Sim", f"{BOX_UNCHECKED} Não se aplica",
                   f"{BOX_UNCHECKED} Não sabe", "Numerador", "Denominador", "Período",
                   "Fonte dos dados", "Comentário", "Evidência", "Página 1 de ",
                   "Atendeu totalmente", cat.content_hash):
        assert needle in text, needle
    for theme in cat.themes:
        assert theme.name[:1].upper() + theme.name[1:] in text
    table = next(a for a in cat.aspects.values() if a.form["type"] == "table")
    for column in table.form["columns"]:
        assert column in text
    outline = outline_titles(questionnaire)
    assert len(outline) == len(cat.themes)
    pages = int(pdfinfo(questionnaire, tmp_path)["Pages"])
    assert f"Página {pages} de {pages}" in text


@needs_poppler
def test_questionnaire_for_some_themes(cat: Catalogue, tmp_path: Path) -> None:
    slugs = [cat.themes[1].slug, cat.themes[4].slug]
    pdf = render_blank_questionnaire(cat, slugs)
    text = pdftotext(pdf, tmp_path)
    names = [t.name[:1].upper() + t.name[1:] for t in cat.themes]
    assert names[1] in text and names[4] in text
    assert names[0] not in text
    assert [title for title, _ in outline_titles(pdf)] == [names[1], names[4]]
    info = pdfinfo(pdf, tmp_path)
    assert info["Creator"] == "Aspectos Desktop"
    assert "Questionário" in info["Title"]


def test_questionnaire_rejects_unknown_themes(cat: Catalogue) -> None:
    with pytest.raises(ValueError, match="tema"):
        render_blank_questionnaire(cat, ["nao-existe"])


# Themes that together have every form: scale with and without checklist, the
# "atendimento" scale, indicators with and without denominator, tables, a figure.
QUESTIONNAIRE_SAMPLE = ("aceitabilidade-e-adequacao", "cidadania-e-desenvolvimento-sustentavel",
                        "gestao-financeira-e-orcamentaria")

_PDF_TOKEN = re.compile(rb"\((?:\\.|[^\\()])*\)|/[^\s/\[\]()<>]+|\[|\]|[^\s/\[\]()<>]+", re.S)
_PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_literal(token: bytes) -> bytes:
    def unescape(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 0xFF])
        return _PDF_ESCAPES.get(code, code)

    return re.sub(rb"\\([0-7]{1,3}|.)", unescape, token[1:-1], flags=re.S)


def _to_unicode(font: Any) -> dict[int, str]:
    """A simple font's ToUnicode CMap (single-byte codes, as ReportLab writes them)."""
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].data.decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for source, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = bytes.fromhex(target).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, target in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = ord(bytes.fromhex(target).decode("utf-16-be"))
            for code in range(int(first, 16), int(last, 16) + 1):
                mapping[code] = chr(base + code - int(first, 16))
    return mapping


def pdf_page_lines(pdf: bytes) -> list[list[str]]:
    """The text of every page as lines, in the order it is drawn (pyHanko's reader, no
    poppler): a line is what is shown between two text positionings."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader: Any = PdfFileReader(io.BytesIO(pdf))
    pages: list[list[str]] = []
    for number in range(int(reader.root["/Pages"]["/Count"])):
        reference, resources = reader.find_page_for_modification(number)
        page = reference.get_object()
        fonts = resources["/Font"]
        maps = {str(name)[1:]: _to_unicode(fonts[name]) for name in fonts}
        contents: Any = page["/Contents"]
        streams: list[Any] = [contents] if "/Length" in contents else list(contents)
        data = b"\n".join(bytes(stream.data) for stream in streams)
        lines: list[str] = []
        current: list[str] = []
        operands: list[bytes] = []
        codes: dict[int, str] = {}
        for token in _PDF_TOKEN.findall(data):
            if token[:1] in b"(/[]" or token[:1] in b"-.0123456789":
                operands.append(token)
                continue
            if token == b"Tf" and len(operands) >= 2:
                codes = maps.get(operands[-2].decode("latin-1")[1:], {})
            elif token in (b"Tj", b"'", b'"', b"TJ"):
                strings = [t for t in operands if t[:1] == b"("]
                for string in strings if token == b"TJ" else strings[-1:]:
                    current += [codes.get(byte, chr(byte)) for byte in _pdf_literal(string)]
            elif token in (b"Tm", b"Td", b"TD", b"T*", b"BT", b"ET") and current:
                lines.append("".join(current))
                current = []
            operands = []
        pages.append(lines)
    return pages


def questionnaire_text(pdf: bytes, catalogue: Catalogue) -> list[str]:
    """The questionnaire's body text per page, without its header and footer."""
    running = {"Questionário de autoavaliação", f"Catálogo {catalogue.version}"}
    return [_words(" ".join(line for line in lines if line not in running
                            and not line.startswith("Aspectos Desktop · questionário em papel")
                            and not line.startswith("Página ")))
            for lines in pdf_page_lines(pdf)]


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _category_aspects(catalogue: Catalogue, slug: str) -> Iterator[tuple[str, list[Aspect]]]:
    for category_id in catalogue.theme(slug).category_ids:
        category = catalogue.categories[category_id]
        yield category.name, [catalogue.aspect(a) for a in category.aspect_ids]


def _statement_start(aspect: Aspect, words: int = 6) -> str:
    from aspectos_desktop.export.report_pdf import statement_parts

    statement, labelled = statement_parts(aspect)
    text = statement or (f"{labelled[0][0]}: {labelled[0][1]}" if labelled else "")
    return " ".join(text.split()[:words])


def _expected_answer_texts(aspect: Aspect) -> list[str]:
    """What the empty answer area of ``aspect`` shows, in order."""
    from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS

    form = aspect.form
    kind = form["type"]
    no_data = [f"{BOX_UNCHECKED} {label}" for _, label in NO_DATA_OPTIONS]
    if kind == "scale":
        texts = ["Resposta:", *(f"{BOX_UNCHECKED} {label}" for _, label in SCALES[form["scale"]])]
        checklist = cast(list[dict[str, str]], form.get("checklist") or [])
        if checklist:
            texts.append("Marque os itens que existem no núcleo:")
        for item in checklist:
            texts.append(f"{BOX_UNCHECKED} {item['key']}) " + " ".join(item["text"].split()[:5]))
        return texts
    if kind == "percent":
        return ["Valor", *no_data]
    if kind == "indicator":
        texts = ["Numerador"]
        if form.get("has_denominator"):
            texts += ["Denominador", "Valor calculado"]
        elif not form.get("unit"):
            texts.append("Unidade")
        return [*texts, "Período ____/____/________ a ____/____/________", "Fonte dos dados",
                *no_data]
    if kind == "table":
        return [*(" ".join(str(c).split()) for c in form["columns"]),
                "Use folhas extras se houver mais linhas.", *no_data]
    return ["Espaço para colar, desenhar ou descrever o gráfico ou a figura",
            "Arquivo entregue (nome)", *no_data]


def _expected_aspect_texts(aspect: Aspect) -> list[str]:
    natureza = NATUREZA_LABELS.get(aspect.natureza, aspect.natureza)
    return [f"{aspect.id} · {_words(_upper_first(aspect.aspecto))} · {natureza}",
            _statement_start(aspect), f"Fonte: {' '.join(aspect.reference.split()[:2])}",
            *_expected_answer_texts(aspect), "Comentário:", "Evidência:"]


def _in_order(text: str, needles: list[str], what: object) -> None:
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, (what, needle, text[position: position + 300])
        position = found + len(needle)


def test_questionnaire_lays_out_each_aspect_as_one_block_with_its_form(cat: Catalogue) -> None:
    """Each aspect is one flowable holding, in order, its band, statement, source, the
    empty answer area of its form and the comment/evidence lines, kept on one page."""
    from aspectos_desktop.export.blank_questionnaire import QuestionnaireBuilder
    from aspectos_desktop.export.report_pdf import CONTENT_HEIGHT, CONTENT_WIDTH, AspectBlock

    slugs = [t.slug for t in cat.themes]
    builder = QuestionnaireBuilder(cat, slugs)
    seen = 0
    for slug in slugs:
        for position, category_id in enumerate(cat.theme(slug).category_ids, start=1):
            category = cat.categories[category_id]
            flow = builder.category(category_id, position)
            assert len(flow) == max(1, len(category.aspect_ids))
            for index, (aspect_id, block) in enumerate(zip(category.aspect_ids, flow,
                                                            strict=True)):
                assert isinstance(block, AspectBlock)
                block.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)
                rows = block.rows or []
                text = _words(" ".join("".join(piece for _, piece in line)
                                       for row in rows for _, _, line in row.lines))
                aspect = cat.aspect(aspect_id)
                head = [_upper_first(category.name)] if index == 0 else []
                _in_order(text, [*head, *_expected_aspect_texts(aspect)], aspect.id)
                # kept on one page: no break inside (no aspect of the catalogue is taller)
                assert not any(row.breakable for row in rows[1:]), aspect.id
                assert block.height < CONTENT_HEIGHT, aspect.id
                seen += 1
    assert seen == len(cat.aspects)


def test_questionnaire_pdf_shows_every_statement_option_and_blank(cat: Catalogue) -> None:
    """The PDF's text (as drawn, read back with pyHanko) has every theme, category and
    aspect in catalogue order, each with its statement, source and the options, columns
    and blanks of its form; every page but the cover starts under the running header."""
    pdf = render_blank_questionnaire(cat, list(QUESTIONNAIRE_SAMPLE))
    pages = questionnaire_text(pdf, cat)
    text = " ".join(pages)
    count = sum(len(cat.theme_aspects(slug)) for slug in QUESTIONNAIRE_SAMPLE)
    needles: list[str] = [f"Formulário em papel para trabalho de campo — {count} aspectos em "
                          f"{len(QUESTIONNAIRE_SAMPLE)} tema(s)", "Como preencher",
                          cat.content_hash]
    kinds: list[str] = []
    for slug in QUESTIONNAIRE_SAMPLE:
        theme = cat.theme(slug)
        needles.append(_upper_first(theme.name))
        for category_name, aspects in _category_aspects(cat, slug):
            needles.append(_upper_first(category_name))
            for aspect in aspects:
                kinds.append(aspect.form["type"])
                needles += _expected_aspect_texts(aspect)
    assert {"scale", "indicator", "table", "attachment"} <= set(kinds)
    assert any(cat.aspect(a).form.get("scale") == "atendimento" for slug in QUESTIONNAIRE_SAMPLE
               for c in cat.theme(slug).category_ids for a in cat.categories[c].aspect_ids)
    _in_order(text, needles, "questionário")
    assert text.count("Comentário:") == text.count("Evidência:") == len(kinds)
    assert text.count("Use folhas extras") == kinds.count("table")
    assert text.count("Espaço para colar") == kinds.count("attachment")
    assert text.count("Denominador") == sum(
        1 for slug in QUESTIONNAIRE_SAMPLE for a in cat.theme_aspects(slug)
        if a.form["type"] == "indicator" and a.form.get("has_denominator"))
    assert all(page for page in pages), "a blank page"
    # the running header on every page but the cover, the footer on every page
    for number, lines in enumerate(pdf_page_lines(pdf), start=1):
        assert (f"Catálogo {cat.version}" in lines) == (number > 1), number
        assert f"Página {number} de " in lines, number


def test_questionnaire_outline_points_at_each_heading(cat: Catalogue) -> None:
    """Every theme and category bookmark lands on the page that shows its heading (the
    category headings are drawn inside the first aspect's block)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = render_blank_questionnaire(cat, list(QUESTIONNAIRE_SAMPLE))
    reader: Any = PdfFileReader(io.BytesIO(pdf))
    count = int(reader.root["/Pages"]["/Count"])
    pages = [reader.find_page_for_modification(n)[0].idnum for n in range(count)]

    def page_of(entry: Any) -> int:
        return pages.index(entry["/Dest"].raw_get(0).idnum)

    entries: list[tuple[str, int, int]] = []
    node: Any = reader.root["/Outlines"].get_object().get("/First")
    while node is not None:
        entry = node.get_object()
        entries.append((str(entry["/Title"]), page_of(entry), 0))
        child = entry.get("/First")
        while child is not None:
            item = child.get_object()
            entries.append((str(item["/Title"]), page_of(item), 1))
            child = item.get("/Next")
        node = entry.get("/Next")
    assert [title for title, _, level in entries if level == 0] == [
        _upper_first(cat.theme(slug).name) for slug in QUESTIONNAIRE_SAMPLE]
    assert [title for title, _, level in entries if level == 1] == [
        _upper_first(name) for slug in QUESTIONNAIRE_SAMPLE
        for name, _ in _category_aspects(cat, slug)]
    numbers = [page for _, page, _ in entries]
    assert numbers == sorted(numbers) and numbers[0] == 1  # after the cover, in order
    texts = questionnaire_text(pdf, cat)
    for title, page, _ in entries:
        assert _words(title) in texts[page], (title, page + 1)


@needs_poppler
def test_report_from_the_real_exporter_document(cat: Catalogue, tmp_path: Path) -> None:
    """The document the exporter builds from a store (the demo data) renders too."""
    from datetime import UTC, datetime

    from pyhanko.pdf_utils.reader import PdfFileReader

    from aspectos_desktop.demo import open_demo
    from aspectos_desktop.export.document import build_document, canonical_json, schema_errors

    with open_demo(tmp_path / "data", cat) as store:
        for assessment in store.list_assessments():
            document = build_document(store, cat, assessment.id, export_id=str(uuid.uuid4()),
                                      installation_id=str(uuid.uuid4()),
                                      created_at=datetime.now(UTC))
            assert schema_errors(document) == []
            files = {item["sha256"]: store.attachment(item["sha256"]).data
                     for item in document["attachments"]}
            pdf = render_report(document, cat, files)
            (tmp_path / f"demo-{assessment.kind}.pdf").write_bytes(pdf)
            text = pdftotext(pdf, tmp_path)
            assert document["nucleo"]["name"] in text
            assert document["assessment"]["title"] in text
            assert document["export"]["id"] in text
            reader: Any = PdfFileReader(io.BytesIO(pdf))
            info: Any = reader.trailer["/Info"]
            assert str(info["/AspectosExportId"]) == document["export"]["id"]
            assert str(info["/AspectosDocumentSHA256"]) == _sha256(canonical_json(document))


def test_uuid_constants_are_valid() -> None:
    uuid.UUID(EXPORT_ID)
    uuid.UUID(ASSESSMENT_UUID)
