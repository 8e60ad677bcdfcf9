"""The versioned catalogue source in ``catalogue/``: build it from the seed, read it back.

Layout (JSON, UTF-8, two-space indent, one file per theme so diffs stay small)::

    catalogue/catalogue.json           version, seed file + SHA-256, repairs, theme files
    catalogue/themes/NN-<slug>.json    one theme: its categories and their aspects
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aspectos_desktop.catalogue.forms import derive_form, normalise_natureza
from aspectos_desktop.catalogue.model import Aspect, Catalogue, assemble
from aspectos_desktop.catalogue.seed import Repair, parse_seed
from aspectos_desktop.text import slugify

SOURCE_FORMAT = 1
INDEX_FILE = "catalogue.json"
THEMES_DIR = "themes"


class CatalogueSourceError(ValueError):
    """The catalogue source is missing or malformed."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    catalogue: Catalogue
    repairs: tuple[Repair, ...]
    seed_name: str
    seed_sha256: str



def json_error_text(error: json.JSONDecodeError) -> str:
    """pt-BR for a JSON syntax error: where it is, not Python's English."""
    return (f"arquivo JSON danificado ou editado com erro de sintaxe "
            f"(linha {error.lineno}, coluna {error.colno})")

def build_from_seed(seed_bytes: bytes, seed_name: str, version: str) -> BuildResult:
    """Parse the seed and derive every aspect with its answer form."""
    parsed = parse_seed(seed_bytes.decode("utf-8"))
    aspects: list[Aspect] = []
    category_slugs: dict[tuple[str, str], str] = {}
    for row in parsed.rows:
        natureza = normalise_natureza(row.natureza_raw)
        theme_slug = slugify(row.tema)
        category_slug = _category_slug(category_slugs, theme_slug, row.categoria)
        aspects.append(Aspect(
            id=row.ref_number,
            row=row.row,
            theme_slug=theme_slug,
            category_id=f"{theme_slug}/{category_slug}",
            tema=row.tema,
            categoria=row.categoria,
            aspecto=row.aspecto,
            natureza=natureza,
            elemento=row.elemento,
            source=row.source,
            year=row.year,
            section=row.section,
            form=derive_form(natureza, row.elemento),
        ))
    return BuildResult(
        catalogue=assemble(version, aspects),
        repairs=parsed.repairs,
        seed_name=seed_name,
        seed_sha256=hashlib.sha256(seed_bytes).hexdigest(),
    )


def _category_slug(slugs: dict[tuple[str, str], str], theme_slug: str, name: str) -> str:
    """Slug of a category, unique within its theme.

    The seed has categories that differ only by case ("Produção" and "produção"):
    they stay distinct, the later one gets a numeric suffix.
    """
    key = (theme_slug, name)
    if key not in slugs:
        base = slugify(name)
        taken = {slug for (theme, _), slug in slugs.items() if theme == theme_slug}
        slug, counter = base, 2
        while slug in taken:
            slug, counter = f"{base}-{counter}", counter + 1
        slugs[key] = slug
    return slugs[key]


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_source(result: BuildResult, directory: Path) -> list[Path]:
    """Write the source files; stale theme files are removed. Returns the files written."""
    catalogue = result.catalogue
    themes_dir = directory / THEMES_DIR
    themes_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    theme_files: list[str] = []
    for theme in catalogue.themes:
        name = f"{theme.position:02d}-{theme.slug}.json"
        theme_files.append(name)
        categories: list[dict[str, Any]] = []
        for category_id in theme.category_ids:
            category = catalogue.categories[category_id]
            categories.append({
                "slug": category.slug,
                "name": category.name,
                "aspects": [
                    _aspect_source(catalogue.aspects[aspect_id])
                    for aspect_id in category.aspect_ids
                ],
            })
        path = themes_dir / name
        path.write_text(
            _dump({"slug": theme.slug, "name": theme.name, "categories": categories}),
            encoding="utf-8",
        )
        written.append(path)
    for stale in themes_dir.glob("*.json"):
        if stale.name not in theme_files:
            stale.unlink()
    index = {
        "format": SOURCE_FORMAT,
        "version": catalogue.version,
        "content_sha256": catalogue.content_hash,
        "seed": {"file": result.seed_name, "sha256": result.seed_sha256},
        "repairs": [
            {"row": r.row, "id": r.aspect_id, "message": r.message} for r in result.repairs
        ],
        "themes": theme_files,
    }
    index_path = directory / INDEX_FILE
    index_path.write_text(_dump(index), encoding="utf-8")
    written.append(index_path)
    return written


def _aspect_source(aspect: Aspect) -> dict[str, Any]:
    data = aspect.to_dict()
    del data["tema"], data["categoria"]  # implied by the enclosing theme and category
    return data


def read_index(directory: Path) -> dict[str, Any]:
    path = directory / INDEX_FILE
    try:
        index: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueSourceError(f"fonte do catálogo não encontrada: {path}") from None
    except json.JSONDecodeError as error:
        raise CatalogueSourceError(f"{path}: {json_error_text(error)}") from None
    if index.get("format") != SOURCE_FORMAT:
        raise CatalogueSourceError(f"{path}: formato {index.get('format')!r} não suportado")
    return index


def source_files(directory: Path) -> list[Path]:
    index = read_index(directory)
    return [directory / INDEX_FILE] + [directory / THEMES_DIR / n for n in index["themes"]]


def source_fingerprint(directory: Path) -> str:
    """SHA-256 over the bytes of every source file: cheap staleness check for the build."""
    digest = hashlib.sha256()
    for path in source_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_source(directory: Path) -> Catalogue:
    """Load the catalogue from its source files, checking the recorded content hash."""
    index = read_index(directory)
    aspects: list[Aspect] = []
    for name in index["themes"]:
        path = directory / THEMES_DIR / name
        try:
            theme = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise CatalogueSourceError(f"{path}: {json_error_text(error)}") from None
        except OSError as error:
            raise CatalogueSourceError(f"{path}: não foi possível ler o arquivo "
                                       f"({error.strerror or type(error).__name__})") from None
        for category in theme["categories"]:
            for item in category["aspects"]:
                aspects.append(Aspect(
                    id=item["id"],
                    row=item["row"],
                    theme_slug=theme["slug"],
                    category_id=f"{theme['slug']}/{category['slug']}",
                    tema=theme["name"],
                    categoria=category["name"],
                    aspecto=item["aspecto"],
                    natureza=item["natureza"],
                    elemento=item["elemento"],
                    source=item["source"],
                    year=item["year"],
                    section=item["section"],
                    form=item["form"],
                ))
    aspects.sort(key=lambda a: a.row)
    catalogue = assemble(index["version"], aspects)
    if catalogue.content_hash != index.get("content_sha256"):
        raise CatalogueSourceError(
            f"{directory / INDEX_FILE}: content_sha256 não confere com os temas; "
            "reconstrua com 'aspectos catalogue build'"
        )
    return catalogue
