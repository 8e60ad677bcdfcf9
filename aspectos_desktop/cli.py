"""Command line: ``aspectos <command> …``. Messages are pt-BR; exit 0 means success."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from aspectos_desktop import __version__
from aspectos_desktop.catalogue.forms import form_options
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect

DEFAULT_CATALOGUE_VERSION = "2026.1"

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """An error to show the user as one plain pt-BR line (exit status 2)."""


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# --- catalogue -------------------------------------------------------------------------


def _cmd_catalogue_build(args: argparse.Namespace) -> int:
    from aspectos_desktop.catalogue.compiled import compile_catalogue
    from aspectos_desktop.catalogue.seed import SeedFormatError
    from aspectos_desktop.catalogue.source import (
        CatalogueSourceError,
        build_from_seed,
        read_index,
        source_fingerprint,
        write_source,
    )
    from aspectos_desktop.resources import catalogue_source_dir, resource_path

    seed: Path = args.seed
    out: Path = args.out or catalogue_source_dir()
    try:
        seed_bytes = seed.read_bytes()
    except OSError as error:
        raise UserError(f"não foi possível ler a semente {seed}: {error.strerror}") from None
    version = args.catalogue_version
    if version is None:
        try:
            version = read_index(out)["version"]
        except CatalogueSourceError:
            version = DEFAULT_CATALOGUE_VERSION
    try:
        result = build_from_seed(seed_bytes, seed.name, version)
    except (SeedFormatError, ValueError, UnicodeDecodeError) as error:
        raise UserError(f"semente inválida: {error}") from None
    write_source(result, out)
    for repair in result.repairs:
        _out(f"reparo: {repair.message}")
    catalogue = result.catalogue
    _out(f"{len(result.repairs)} reparo(s) feito(s)")
    _out(f"fonte do catálogo gravada em {out} (versão {version}, "
         f"{len(catalogue.aspects)} aspectos, {len(catalogue.themes)} temas, "
         f"{len(catalogue.categories)} categorias)")
    target = args.db or (resource_path("catalogue.sqlite") if args.out is None else None)
    if target is not None:
        compile_catalogue(catalogue, target, source_fingerprint(out))
        _out(f"catálogo compilado em {target}")
    _out(f"sha256 do conteúdo: {catalogue.content_hash}")
    return 0


def _catalogue():  # type: ignore[no-untyped-def]
    from aspectos_desktop.catalogue.compiled import CompiledCatalogueError
    from aspectos_desktop.catalogue.source import CatalogueSourceError
    from aspectos_desktop.resources import load_catalogue

    try:
        return load_catalogue()
    except (CompiledCatalogueError, CatalogueSourceError, OSError) as error:
        raise UserError(f"catálogo indisponível: {error}") from None


def _cmd_catalogue_info(args: argparse.Namespace) -> int:
    catalogue = _catalogue()
    by_natureza = catalogue.counts_by_natureza()
    if args.json:
        _out(json.dumps({
            "version": catalogue.version,
            "content_sha256": catalogue.content_hash,
            "aspects": len(catalogue.aspects),
            "themes": len(catalogue.themes),
            "categories": len(catalogue.categories),
            "by_natureza": dict(by_natureza),
            "by_theme": {
                t.slug: dict(c) for t, c in zip(
                    catalogue.themes, catalogue.counts_by_theme().values(), strict=True)
            },
        }, ensure_ascii=False, indent=2))
        return 0
    _out(f"Catálogo versão {catalogue.version}")
    _out(f"sha256 do conteúdo: {catalogue.content_hash}")
    _out(f"{len(catalogue.aspects)} aspectos · {len(catalogue.themes)} temas · "
         f"{len(catalogue.categories)} categorias")
    _out("Por natureza: " + ", ".join(
        f"{NATUREZA_LABELS[n].lower()} {count}" for n, count in by_natureza.most_common()))
    _out()
    kinds = list(NATUREZA_LABELS)
    header = f"{'tema':<45} {'total':>5} " + " ".join(f"{k[:6]:>6}" for k in kinds)
    _out(header)
    counts = catalogue.counts_by_theme()
    for theme in catalogue.themes:
        c = counts[theme.slug]
        _out(f"{theme.name[:45]:<45} {sum(c.values()):>5} "
             + " ".join(f"{c.get(k, 0):>6}" for k in kinds))
    return 0


def describe_aspect(aspect: Aspect) -> str:
    """A readable multi-line description of one aspect and its answer form."""
    form = aspect.form
    lines = [
        f"Aspecto {aspect.id} (linha {aspect.row}): {aspect.aspecto}",
        f"Tema: {aspect.tema}",
        f"Categoria: {aspect.categoria}",
        f"Natureza: {NATUREZA_LABELS[aspect.natureza]}",
        f"Referência: {aspect.reference}",
        "",
        textwrap.fill(aspect.elemento, 100) if aspect.elemento else "(sem enunciado na fonte)",
        "",
        f"Forma de resposta: {form['type']}",
    ]
    if form["type"] == "scale":
        lines.append("Opções: " + " / ".join(label for _, label in form_options(form)))
        for item in form.get("checklist", []):
            lines.append(textwrap.fill(f"[ ] {item['key']}) {item['text']}", 100,
                                       subsequent_indent="    "))
    elif form["type"] == "indicator":
        lines.append(f"Denominador: {'sim' if form['has_denominator'] else 'não'}; "
                     f"multiplicador: {form['multiplier']}; unidade: {form['unit'] or '—'}")
        for key, value in form["parts"].items():
            lines.append(textwrap.fill(f"{key}: {value}", 100, subsequent_indent="    "))
    elif form["type"] == "table":
        lines.append("Colunas: " + " | ".join(form["columns"]))
    elif form["type"] == "percent":
        lines.append("Valor de 0 a 100 %")
    else:
        lines.append("Anexo (" + ", ".join(form["accept"]) + ") e comentário")
    return "\n".join(lines)


def _cmd_catalogue_show(args: argparse.Namespace) -> int:
    catalogue = _catalogue()
    try:
        aspect = catalogue.aspect(args.id)
    except KeyError:
        raise UserError(f"aspecto {args.id} não existe no catálogo") from None
    if args.json:
        _out(json.dumps(aspect.to_dict(), ensure_ascii=False, indent=2))
    else:
        _out(describe_aspect(aspect))
    return 0


def _cmd_catalogue_search(args: argparse.Namespace) -> int:
    catalogue = _catalogue()
    text = " ".join(args.text)
    found = catalogue.search(text)
    for aspect in found:
        _out(f"{aspect.id:>5}  {aspect.tema} › {aspect.categoria} › {aspect.aspecto}")
    _out(f"{len(found)} aspecto(s) encontrado(s) para {text!r}")
    return 0 if found else 1


def _cmd_catalogue_export(args: argparse.Namespace) -> int:
    from aspectos_desktop.catalogue.export import export

    catalogue = _catalogue()
    try:
        text = export(catalogue, args.format, args.output)
    except ValueError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"não foi possível gravar {args.output}: {error.strerror}") from None
    if text is not None:
        sys.stdout.write(text)
    else:
        print(f"{len(catalogue.aspects)} aspectos exportados para {args.output}", file=sys.stderr)
    return 0


# --- gui -------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    # Imported by name so that the Qt-free core never imports the UI package.
    app = importlib.import_module("aspectos_desktop.ui.app")
    return int(app.main(list(args.qt_args)))


# --- parser ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aspectos",
        description="Aspectos Desktop: autoavaliação de núcleos de telessaúde.",
    )
    parser.add_argument("--version", action="version", version=f"aspectos {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", required=True)

    catalogue = commands.add_parser("catalogue", help="consultar e construir o catálogo de aspectos")
    sub = catalogue.add_subparsers(dest="action", metavar="AÇÃO", required=True)

    build = sub.add_parser("build", help="(re)construir a fonte do catálogo a partir da semente")
    build.add_argument("seed", type=Path, metavar="SEMENTE", help="arquivo da semente (.txt)")
    build.add_argument("--out", type=Path, help="pasta da fonte (padrão: catalogue/)")
    build.add_argument("--db", type=Path, help="também compilar o SQLite neste arquivo")
    build.add_argument("--catalogue-version", help="versão do catálogo (padrão: a atual)")
    build.set_defaults(handler=_cmd_catalogue_build)

    info = sub.add_parser("info", help="contagens por tema e natureza, versão e hash")
    info.add_argument("--json", action="store_true", help="saída em JSON")
    info.set_defaults(handler=_cmd_catalogue_info)

    show = sub.add_parser("show", help="mostrar um aspecto e sua forma de resposta")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="saída em JSON")
    show.set_defaults(handler=_cmd_catalogue_show)

    search = sub.add_parser("search", help="buscar aspectos (sem diferenciar acentos)")
    search.add_argument("text", nargs="+", metavar="TEXTO")
    search.set_defaults(handler=_cmd_catalogue_search)

    exp = sub.add_parser("export", help="exportar todos os aspectos (json, csv ou xlsx)")
    exp.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    exp.add_argument("-o", "--output", type=Path, help="arquivo de saída (padrão: saída padrão)")
    exp.set_defaults(handler=_cmd_catalogue_export)

    gui = commands.add_parser("gui", help="abrir a interface gráfica")
    gui.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    gui.set_defaults(handler=_cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except UserError as error:
        print(f"aspectos: erro: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
