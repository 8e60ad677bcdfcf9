"""A realistic store for the in-process benchmarks (temp folder only).

One núcleo, one in-progress self-assessment over every theme, 45 % of each theme
answered (as in the demo) and every aspect of the largest category answered, with
comments and evidence on some: the page that is timed is a full one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from aspectos_desktop.catalogue.model import Aspect, Catalogue
from aspectos_desktop.store import Store

AUTHOR = "Bench"


@dataclass(frozen=True)
class Fixture:
    store: Store
    assessment_id: int
    largest: str  # category id with the most aspects
    small: str  # a one-aspect category of another theme


def realistic_value(aspect: Aspect, index: int) -> dict[str, Any]:
    """What a user would have entered for ``aspect`` (``index`` varies the numbers)."""
    form = aspect.form
    kind = form["type"]
    if kind == "scale":
        if form["scale"] == "atendimento":
            return {"choice": "atendeu_parcialmente"}
        if form["scale"] == "likert5":
            return {"choice": str(1 + index % 5)}
        value: dict[str, Any] = {"choice": ("sim", "nao", "sim", "nao_sabe")[index % 4]}
        if form.get("checklist"):
            value["checked"] = [item["key"] for item in form["checklist"][index % 2::2]]
        return value
    if kind == "percent":
        return {"value": f"{40 + index % 50},5", "status": None}
    if kind == "indicator":
        return {
            "numerator": str(30 + index),
            "denominator": str(120 + 3 * index) if form["has_denominator"] else "",
            "unit": "" if form.get("unit") else "atendimentos",
            "period_start": "01/01/2026",
            "period_end": "30/06/2026",
            "source": "Planilha de produção do núcleo",
            "status": None,
        }
    if kind == "table":
        columns = len(form["columns"])
        return {"rows": [[f"{r + 1}.{c + 1}" for c in range(columns)] for r in range(2)],
                "status": None}
    return {"files": [], "status": "nao_se_aplica"}


COMMENT = "Discutido na reunião de equipe de março; dados conferidos com a coordenação."
EVIDENCE = "Ata de reunião nº 3/2026"


def largest_and_small(catalogue: Catalogue) -> tuple[str, str]:
    ordered = sorted(catalogue.categories.values(), key=lambda c: (len(c.aspect_ids), c.id))
    largest = ordered[-1]
    small = next(c for c in ordered if c.theme_slug != largest.theme_slug)
    return largest.id, small.id


def build(folder: Path, catalogue: Catalogue) -> Fixture:
    store = Store.open(folder / "aspectos.db")
    nucleo = store.create_nucleo(name="Núcleo de Telessaúde (bench)", uf="MA",
                                 municipio_code=2111300, municipio_name="São Luís")
    themes = [t.slug for t in catalogue.themes]
    assessment = store.create_assessment(
        nucleo_id=nucleo.id, kind="autoavaliacao", title="Autoavaliação 2026 (bench)",
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    largest, small = largest_and_small(catalogue)
    answered: list[Aspect] = []
    for slug in themes:
        aspects = catalogue.theme_aspects(slug)
        answered.extend(aspects[: max(1, int(len(aspects) * 0.45))])
    answered.extend(catalogue.aspects[a] for a in catalogue.categories[largest].aspect_ids)
    for index, aspect in enumerate(dict.fromkeys(answered)):
        store.save_answer(assessment.id, aspect.id, value=realistic_value(aspect, index),
                          comment=COMMENT if index % 3 == 0 else "",
                          evidence=EVIDENCE if index % 4 == 0 else "", author=AUTHOR)
    store.set_position(assessment.id, small)
    return Fixture(store, assessment.id, largest, small)
