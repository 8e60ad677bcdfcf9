"""Command line: ``aspectos <command> …``. Messages are pt-BR; exit 0 means success."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from aspectos_desktop import __version__, argparse_ptbr
from aspectos_desktop.catalogue.forms import form_options
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect

if TYPE_CHECKING:
    from aspectos_desktop.catalogue.model import Catalogue
    from aspectos_desktop.store import Assessment, Store
    from aspectos_desktop.wizard import Progress

DEFAULT_CATALOGUE_VERSION = "2026.1"

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """An error to show the user as one plain pt-BR line (exit status 2)."""


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _os_reason(error: OSError) -> str:
    """The reason of an OS error in pt-BR (``strerror`` is in the system's language)."""
    if isinstance(error, FileNotFoundError):
        return "arquivo ou pasta não encontrado"
    if isinstance(error, PermissionError):
        return "permissão negada"
    if isinstance(error, IsADirectoryError):
        return "é uma pasta, não um arquivo"
    if isinstance(error, NotADirectoryError):
        return "o caminho passa por algo que não é uma pasta"
    return error.strerror or str(error)


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
        raise UserError(f"não foi possível ler a semente {seed}: {_os_reason(error)}") from None
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
    try:
        write_source(result, out)
    except OSError as error:
        raise UserError(f"não foi possível gravar a fonte em {out}: {_os_reason(error)}") from None
    for repair in result.repairs:
        _out(f"reparo: {repair.message}")
    catalogue = result.catalogue
    _out(f"{len(result.repairs)} reparo(s) feito(s)")
    _out(f"fonte do catálogo gravada em {out} (versão {version}, "
         f"{len(catalogue.aspects)} aspectos, {len(catalogue.themes)} temas, "
         f"{len(catalogue.categories)} categorias)")
    target = args.db or (resource_path("catalogue.sqlite") if args.out is None else None)
    if target is not None:
        try:
            compile_catalogue(catalogue, target, source_fingerprint(out))
        except OSError as error:
            raise UserError(f"não foi possível gravar {target}: {_os_reason(error)}") from None
        _out(f"catálogo compilado em {target}")
    _out(f"sha256 do conteúdo: {catalogue.content_hash}")
    return 0


def _catalogue() -> Catalogue:
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
        raise UserError(f"não foi possível gravar {args.output}: {_os_reason(error)}") from None
    if text is not None:
        sys.stdout.write(text)
    else:
        print(f"{len(catalogue.aspects)} aspectos exportados para {args.output}", file=sys.stderr)
    return 0


# --- local store: demo and assessments ------------------------------------------------

KIND_LABELS = {"autoavaliacao": "autoavaliação", "visita": "visita de monitoramento"}
STATUS_LABELS = {"em_andamento": "em andamento", "finalizada": "finalizada", "exportada": "exportada"}


def _open_store(args: argparse.Namespace) -> Store:
    from aspectos_desktop.demo import demo_db_path, open_demo
    from aspectos_desktop.store import Store, StoreCorruptError, StoreError
    from aspectos_desktop.store.paths import data_dir as resolve_data_dir
    from aspectos_desktop.store.paths import db_path

    data_dir = resolve_data_dir(args.data_dir)
    demo = bool(getattr(args, "demo", False))
    try:
        if demo:
            if not demo_db_path(data_dir).exists():
                return open_demo(data_dir, _catalogue())
            return Store.open(demo_db_path(data_dir))
        return Store.open(db_path(data_dir))
    except StoreCorruptError as error:
        if error.backup is None:
            raise UserError(error.message) from None
        where = f" --data-dir {args.data_dir}" if args.data_dir is not None else ""
        raise UserError(f"{error.message} Para restaurá-la, abra o aplicativo "
                        f"(aspectos-desktop{where}{' --demo' if demo else ''}): ele oferece "
                        "a cópia e guarda o arquivo danificado ao lado.") from None
    except StoreError as error:
        raise UserError(error.message) from None


def _cmd_demo(args: argparse.Namespace) -> int:
    from aspectos_desktop.demo import open_demo
    from aspectos_desktop.store import StoreError
    from aspectos_desktop.store.paths import data_dir as resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    try:
        store = open_demo(data_dir, _catalogue(), reset=args.reset)
    except StoreError as error:
        raise UserError(error.message) from None
    try:
        _out(f"Demonstração pronta em {store.path}")
        for assessment in store.list_assessments():
            _out(f"  avaliação {assessment.id}: {assessment.title} "
                 f"({KIND_LABELS.get(assessment.kind, assessment.kind)})")
        _out("Abra com: aspectos-desktop --demo   (ou: aspectos assessments list --demo)")
    finally:
        store.close(backup=False)
    return 0


def _assessment_progress(store: Store, catalogue: Catalogue,
                         assessment: Assessment) -> dict[str, Progress]:
    from aspectos_desktop.wizard import (
        check_all,
        progress_by_category,
        progress_by_theme,
        scope_category_ids,
    )

    category_ids = scope_category_ids(catalogue, assessment.theme_slugs)
    values = {k: v.value for k, v in store.answers(assessment.id).items()}
    checks = check_all(catalogue, category_ids, values)
    return progress_by_theme(catalogue, progress_by_category(catalogue, category_ids, checks))


def _cmd_assessments_list(args: argparse.Namespace) -> int:
    from aspectos_desktop.wizard import Progress

    catalogue = _catalogue()
    store = _open_store(args)
    try:
        nucleos = {n.id: n for n in store.list_nucleos()}
        assessments = store.list_assessments()
        if args.json:
            rows: list[dict[str, Any]] = []
            for a in assessments:
                total = sum(_assessment_progress(store, catalogue, a).values(), Progress())
                rows.append({
                    "id": a.id, "uuid": a.uuid, "nucleo": nucleos[a.nucleo_id].name,
                    "kind": a.kind, "title": a.title, "status": a.status, "revision": a.revision,
                    "period_start": a.period_start.isoformat(),
                    "period_end": a.period_end.isoformat(),
                    "answered": total.answered, "invalid": total.invalid, "total": total.total,
                })
            _out(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not assessments:
            _out(f"Nenhuma avaliação em {store.path}")
            return 0
        _out(f"{'id':>4}  {'núcleo':<40} {'tipo':<24} {'rev':>3}  {'situação':<12} progresso")
        for a in assessments:
            total = sum(_assessment_progress(store, catalogue, a).values(), Progress())
            _out(f"{a.id:>4}  {nucleos[a.nucleo_id].name[:40]:<40} "
                 f"{KIND_LABELS.get(a.kind, a.kind)[:24]:<24} {a.revision:>3}  "
                 f"{STATUS_LABELS.get(a.status, a.status):<12} "
                 f"{total.answered}/{total.total} ({total.percent}%)")
    finally:
        store.close(backup=False)
    return 0


def _cmd_assessments_show(args: argparse.Namespace) -> int:
    from aspectos_desktop.store import StoreError
    from aspectos_desktop.wizard import Progress

    catalogue = _catalogue()
    store = _open_store(args)
    try:
        try:
            a = store.get_assessment(args.id)
        except StoreError:
            raise UserError(f"avaliação {args.id} não existe em {store.path}") from None
        nucleo = store.get_nucleo(a.nucleo_id)
        by_theme = _assessment_progress(store, catalogue, a)
        total = sum(by_theme.values(), Progress())
        _out(f"Avaliação {a.id}: {a.title or KIND_LABELS.get(a.kind, a.kind)}")
        _out(f"Núcleo: {nucleo.name} — {nucleo.municipio_name}/{nucleo.uf}")
        _out(f"Tipo: {KIND_LABELS.get(a.kind, a.kind)}"
             + (f" — monitor(a) {a.monitor_name} ({a.monitor_institution or '—'}), "
                f"visita em {a.visit_date:%d/%m/%Y}" if a.kind == "visita" and a.visit_date else ""))
        _out(f"Período: {a.period_start:%d/%m/%Y} a {a.period_end:%d/%m/%Y}")
        _out(f"Situação: {STATUS_LABELS.get(a.status, a.status)} · revisão {a.revision} · "
             f"catálogo {a.catalogue_version}")
        _out(f"Progresso: {total.answered}/{total.total} ({total.percent}%), "
             f"{total.invalid} inválido(s)")
        _out()
        _out(f"{'tema':<45} {'respondidos':>11} {'inválidos':>9}")
        for theme in catalogue.themes:
            if theme.slug in by_theme:
                p = by_theme[theme.slug]
                _out(f"{theme.name[:45]:<45} {f'{p.answered}/{p.total}':>11} {p.invalid:>9}")
    finally:
        store.close(backup=False)
    return 0


def _cmd_assessments_finalize(args: argparse.Namespace) -> int:
    from aspectos_desktop.store import StoreError

    store = _open_store(args)
    try:
        try:
            assessment = store.finalize(args.id)
        except StoreError as error:
            raise UserError(error.message) from None
        _out(f"Avaliação {assessment.id} finalizada (somente leitura). "
             "Alterações agora só em uma nova revisão.")
    finally:
        store.close(backup=False)
    return 0


# --- gui -------------------------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    # Imported by name so that the Qt-free core never imports the UI package.
    app = importlib.import_module("aspectos_desktop.ui.app")
    return int(app.main(list(args.qt_args)))


# --- parser ----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    argparse_ptbr.install()
    parser = argparse.ArgumentParser(
        prog="aspectos",
        description="Aspectos Desktop: autoavaliação de núcleos de telessaúde.",
    )
    parser.add_argument("--version", action="version", version=f"aspectos {__version__}",
                        help=argparse_ptbr.VERSION_HELP)
    parser.add_argument("--data-dir", type=Path, default=None, metavar="PASTA",
                        help="pasta dos dados locais (padrão: pasta de dados do usuário, "
                             "ou a variável ASPECTOS_DATA_DIR)")
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

    demo = commands.add_parser("demo", help="criar o núcleo de demonstração (banco separado)")
    demo.add_argument("--reset", action="store_true", help="recriar a demonstração do zero")
    demo.set_defaults(handler=_cmd_demo)

    assessments = commands.add_parser("assessments", help="listar e ver avaliações locais")
    asub = assessments.add_subparsers(dest="action", metavar="AÇÃO", required=True)
    alist = asub.add_parser("list", help="todas as avaliações, com progresso")
    alist.add_argument("--json", action="store_true", help="saída em JSON")
    alist.set_defaults(handler=_cmd_assessments_list)
    ashow = asub.add_parser("show", help="uma avaliação com o progresso por tema")
    ashow.add_argument("id", type=int, metavar="ID")
    ashow.set_defaults(handler=_cmd_assessments_show)
    afinal = asub.add_parser("finalize", help="finalizar (bloquear) uma avaliação")
    afinal.add_argument("id", type=int, metavar="ID")
    afinal.set_defaults(handler=_cmd_assessments_finalize)
    for sub_parser in (alist, ashow, afinal):
        sub_parser.add_argument("--demo", action="store_true", help="usar o banco de demonstração")

    from aspectos_desktop.export_cli import add_commands as add_export_commands

    add_export_commands(commands)
    from aspectos_desktop.central.cli import add_commands as add_central_commands

    add_central_commands(commands)

    gui = commands.add_parser("gui", help="abrir a interface gráfica")
    gui.add_argument("qt_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    gui.set_defaults(handler=_cmd_gui)
    _data_dir_after_the_command(parser)
    return parser


def _data_dir_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``aspectos assessments list --data-dir X`` as well as ``aspectos --data-dir X …``.

    Each command (not ``gui``, whose arguments go to the window untouched) also takes
    ``--data-dir``; unset there, it leaves the top-level value alone (SUPPRESS).
    """
    for action in parser._actions:  # argparse keeps its sub-commands here
        if action.nargs != argparse.PARSER:
            continue
        choices = cast(dict[str, argparse.ArgumentParser], getattr(action, "choices", {}))
        for name, sub in choices.items():
            if name == "gui":
                continue
            if not any("--data-dir" in known.option_strings for known in sub._actions):
                sub.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                                 metavar="PASTA", help="pasta dos dados locais (como antes do "
                                                       "comando)")
            _data_dir_after_the_command(sub)


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
