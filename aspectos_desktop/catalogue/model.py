"""The catalogue as immutable in-memory objects: themes → categories → aspects."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from aspectos_desktop.catalogue.forms import FormDict
from aspectos_desktop.text import fold

NATUREZA_LABELS = {
    "característica": "Característica",
    "indicador": "Indicador",
    "tabela": "Tabela",
    "gráfico": "Gráfico",
    "figura": "Figura",
}


@dataclass(frozen=True, slots=True)
class Aspect:
    id: int
    row: int
    theme_slug: str
    category_id: str
    tema: str
    categoria: str
    aspecto: str
    natureza: str
    elemento: str
    source: str
    year: int
    section: str
    form: FormDict = field(hash=False, compare=True)

    @property
    def reference(self) -> str:
        """Human-readable source reference: "HAOC1, 2019 — seção 4 (ref. 239)"."""
        where = f" — seção {self.section}" if self.section else ""
        return f"{self.source}, {self.year}{where} (ref. {self.id})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "row": self.row,
            "tema": self.tema,
            "categoria": self.categoria,
            "aspecto": self.aspecto,
            "natureza": self.natureza,
            "elemento": self.elemento,
            "source": self.source,
            "year": self.year,
            "section": self.section,
            "form": self.form,
        }


@dataclass(frozen=True, slots=True)
class Category:
    id: str  # "<theme slug>/<category slug>", stable across rebuilds
    slug: str
    theme_slug: str
    name: str
    position: int
    aspect_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Theme:
    slug: str
    name: str
    position: int
    category_ids: tuple[str, ...]


def content_hash(aspects: list[Aspect] | tuple[Aspect, ...]) -> str:
    """SHA-256 of the canonical JSON of every aspect, in row order."""
    payload = [a.to_dict() for a in sorted(aspects, key=lambda a: a.row)]
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class Catalogue:
    """Every theme, category and aspect, with look-ups and accent-insensitive search."""

    def __init__(self, version: str, themes: list[Theme], categories: list[Category],
                 aspects: list[Aspect]) -> None:
        self.version = version
        self.themes: tuple[Theme, ...] = tuple(sorted(themes, key=lambda t: t.position))
        self.categories: dict[str, Category] = {c.id: c for c in categories}
        self.aspects: dict[int, Aspect] = {a.id: a for a in sorted(aspects, key=lambda a: a.row)}
        self.content_hash = content_hash(aspects)
        self._themes_by_slug = {t.slug: t for t in self.themes}

    @cached_property
    def _search_keys(self) -> dict[int, str]:
        """Folded text of each aspect, built on the first search (not at start-up: ~25 ms)."""
        return {
            a.id: fold(" ".join((a.aspecto, a.elemento, a.categoria, a.tema, a.source)))
            for a in self.aspects.values()
        }

    def theme(self, slug: str) -> Theme:
        return self._themes_by_slug[slug]

    def aspect(self, aspect_id: int) -> Aspect:
        return self.aspects[aspect_id]

    def theme_aspects(self, slug: str) -> list[Aspect]:
        theme = self.theme(slug)
        return [
            self.aspects[aspect_id]
            for category_id in theme.category_ids
            for aspect_id in self.categories[category_id].aspect_ids
        ]

    def search(self, text: str) -> list[Aspect]:
        """Aspects whose text holds every word of ``text``, ignoring case and accents."""
        words = fold(text).split()
        if not words:
            return []
        return [
            aspect
            for aspect in self.aspects.values()
            if all(word in self._search_keys[aspect.id] for word in words)
        ]

    def counts_by_theme(self) -> dict[str, Counter[str]]:
        counts: dict[str, Counter[str]] = {t.slug: Counter() for t in self.themes}
        for aspect in self.aspects.values():
            counts[aspect.theme_slug][aspect.natureza] += 1
        return counts

    def counts_by_natureza(self) -> Counter[str]:
        return Counter(a.natureza for a in self.aspects.values())


def assemble(version: str, aspects_in_order: list[Aspect]) -> Catalogue:
    """Build themes and categories from aspects given in seed order."""
    theme_names: dict[str, str] = {}
    theme_categories: dict[str, list[str]] = {}
    category_aspects: dict[str, list[int]] = {}
    category_names: dict[str, tuple[str, str, str]] = {}
    for aspect in aspects_in_order:
        theme_names.setdefault(aspect.theme_slug, aspect.tema)
        if aspect.category_id not in category_aspects:
            theme_categories.setdefault(aspect.theme_slug, []).append(aspect.category_id)
            category_aspects[aspect.category_id] = []
            category_names[aspect.category_id] = (
                aspect.category_id.split("/", 1)[1], aspect.theme_slug, aspect.categoria
            )
        category_aspects[aspect.category_id].append(aspect.id)
    themes = [
        Theme(slug=slug, name=name, position=position,
              category_ids=tuple(theme_categories[slug]))
        for position, (slug, name) in enumerate(theme_names.items(), start=1)
    ]
    categories: list[Category] = []
    for theme in themes:
        for position, category_id in enumerate(theme.category_ids, start=1):
            slug, theme_slug, name = category_names[category_id]
            categories.append(Category(
                id=category_id, slug=slug, theme_slug=theme_slug, name=name,
                position=position, aspect_ids=tuple(category_aspects[category_id]),
            ))
    return Catalogue(version, themes, categories, aspects_in_order)
