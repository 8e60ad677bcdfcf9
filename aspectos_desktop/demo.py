"""A ready demo núcleo with partly answered assessments, so a newcomer sees the product at once.

The demo lives in its own database (``<data dir>/demo/aspectos.db``): opening it
never touches the user's real answers.
"""

from __future__ import annotations

import contextlib
import os
import struct
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from aspectos_desktop.catalogue.model import Aspect, Catalogue
from aspectos_desktop.store import Store
from aspectos_desktop.store.errors import StoreWriteError, folder_phrase, write_error

DEMO_DIR_NAME = "demo"
DEMO_AUTHOR = "Coordenação (demonstração)"


def demo_db_path(data_dir: Path) -> Path:
    return data_dir / DEMO_DIR_NAME / "aspectos.db"


def _tiny_png() -> bytes:
    """A 2×2 PNG made here, so the demo needs no binary file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = b"\x00\x1f\x6f\xb4\x2a\x9d\x8f" + b"\x00\xe9\xc4\x6a\xf4\xa2\x61"
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def _demo_value(aspect: Aspect, index: int, store: Store) -> dict[str, Any] | None:
    form = aspect.form
    kind = form["type"]
    if kind == "scale":
        options = ["sim", "sim", "nao", "sim", "nao_se_aplica", "sim", "nao_sabe"]
        if form["scale"] == "atendimento":
            return {"choice": "atendeu_parcialmente"}
        if form["scale"] == "likert5":
            return {"choice": "4"}
        value: dict[str, Any] = {"choice": options[index % len(options)]}
        if form.get("checklist"):
            value["checked"] = [item["key"] for item in form["checklist"][::2]]
        return value
    if kind == "percent":
        return {"value": "62,5", "status": None}
    if kind == "indicator":
        has_denominator = bool(form["has_denominator"])
        return {
            "numerator": str(30 + index),
            "denominator": str(120 + 3 * index) if has_denominator else "",
            "unit": "" if form.get("unit") else "atendimentos",
            "period_start": "01/01/2026",  # as a user types it (the field's dd/mm/aaaa)
            "period_end": "30/06/2026",
            "source": "Planilha de produção do núcleo",
            "status": None,
        }
    if kind == "table":
        columns = len(form["columns"])
        return {"rows": [[f"{r + 1}.{c + 1}" for c in range(columns)] for r in range(2)],
                "status": None}
    sha = store.add_attachment(_tiny_png(), filename="grafico-demo.png", mime="image/png")
    return {"files": [{"sha256": sha, "filename": "grafico-demo.png", "mime": "image/png",
                       "size": len(_tiny_png())}], "status": None}


def create_demo(store: Store, catalogue: Catalogue) -> list[int]:
    """Fill ``store`` with the demo núcleo and two assessments; returns their ids."""
    nucleo = store.create_nucleo(
        name="Núcleo de Telessaúde de Demonstração",
        institution="Universidade Federal do Maranhão",
        uf="MA",
        municipio_code=2111300,
        municipio_name="São Luís",
        cnes="2726653",
        contact_name="Ana Ribeiro",
        contact_email="telessaude@exemplo.org.br",
        contact_phone="(98) 3272-0000",
    )
    store.add_respondent(nucleo.id, "Ana Ribeiro", "Coordenadora do núcleo")
    store.add_respondent(nucleo.id, "Carlos Lima", "Técnico de TI")
    all_themes = [theme.slug for theme in catalogue.themes]
    visit_themes = all_themes[:3]
    visit = store.create_assessment(
        nucleo_id=nucleo.id, kind="visita", title="Visita de monitoramento — maio/2026",
        period_start=date(2026, 1, 1), period_end=date(2026, 4, 30), theme_slugs=visit_themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash,
        monitor_name="Maria Souza", monitor_institution="Ministério da Saúde",
        visit_date=date(2026, 5, 12),
    )
    _answer_share(store, catalogue, visit.id, visit_themes, share=0.3,
                  comment="Observado durante a visita.", author="Maria Souza")
    self_assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", title="Autoavaliação 2026",
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=all_themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash,
    )
    _answer_share(store, catalogue, self_assessment.id, all_themes, share=0.45,
                  comment="Discutido na reunião de equipe de março.")
    first = catalogue.themes[0]
    store.set_position(self_assessment.id, first.category_ids[min(3, len(first.category_ids) - 1)])
    return [self_assessment.id, visit.id]


def _answer_share(store: Store, catalogue: Catalogue, assessment_id: int, themes: list[str],
                  *, share: float, comment: str, author: str = DEMO_AUTHOR) -> None:
    for theme_slug in themes:
        aspects = catalogue.theme_aspects(theme_slug)
        for index, aspect in enumerate(aspects[: max(1, int(len(aspects) * share))]):
            value = _demo_value(aspect, index, store)
            if value is None:
                continue
            store.save_answer(assessment_id, aspect.id, value=value,
                              comment=comment if index % 5 == 0 else "",
                              evidence="Ata de reunião nº 3/2026" if index % 7 == 0 else "",
                              author=author)


def open_demo(data_dir: Path, catalogue: Catalogue, *, reset: bool = False) -> Store:
    """Open the demo store, creating (or, with ``reset``, recreating) it first."""
    path = demo_db_path(data_dir)
    if reset and path.exists():
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
    if not path.exists():
        _build(path, catalogue)
    store = Store.open(path)
    if not store.list_nucleos():  # an empty file left by an older version
        create_demo(store, catalogue)
    return store


def _build(path: Path, catalogue: Catalogue) -> None:
    """Create the demo beside ``path`` and move it into place only once complete: a full
    disk half-way leaves no half-built demo that a later start would take as ready."""
    building = path.with_name(f".building-{path.name}")
    for leftover in path.parent.glob(building.name + "*"):
        leftover.unlink()
    try:
        store = Store.open(building)
        try:
            create_demo(store, catalogue)
        finally:
            store.close(backup=False)
        os.replace(building, path)
    except BaseException as error:
        for leftover in path.parent.glob(building.name + "*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, StoreWriteError):  # said of the demo, not of a value on screen
            raise write_error(error.problem, "demo", folder_phrase(path.parent)) from None
        raise
