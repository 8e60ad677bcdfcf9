"""``aspectos central …``: the central office on the command line.

``add_commands(subparsers)`` adds ``central`` with one sub-command per entry of
``SUBCOMMANDS``. To add a sub-command, write one function that takes the
``central`` sub-parsers object, adds its parser (use ``add_db_option``) and sets
``handler``; decorate it with ``@subcommand``. Handlers take the parsed arguments and
return the exit code; ``open_db(args)`` and ``actor(args)`` resolve ``--db`` (or
``ASPECTOS_CENTRAL_DB``) and ``--user``. ``open_db`` does not create a database that does
not exist yet (the command fails with a pt-BR message): only ``import`` creates one
(``open_db(args, create=True)``), and ``use``. A ``CentralError`` raised by a handler is
printed as ``aspectos: erro: …`` with exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TextIO

from aspectos_desktop.central.database import ENV_CENTRAL_DB, CentralDB, CentralError, open_central

Handler = Callable[[argparse.Namespace], int]
Registrar = Callable[[Any], None]

SUBCOMMANDS: list[Registrar] = []
DB_HELP: Final = (f"banco central: URL do SQLAlchemy (postgresql+psycopg://…) ou arquivo SQLite "
                  f"(padrão: variável {ENV_CENTRAL_DB}, ou o escolhido com “aspectos central "
                  f"use”, ou <pasta de dados>/central/central.db)")


def subcommand(register: Registrar) -> Registrar:
    """Register a function that adds one ``central`` sub-command (see the module docstring)."""
    SUBCOMMANDS.append(register)
    return register


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db URL`` after the sub-command (``central --db URL …`` works too)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NOME", default=None,
                        help="quem faz a operação, para o registro de auditoria "
                             "(padrão: o usuário do sistema)")


def open_db(args: argparse.Namespace, *, create: bool = False) -> CentralDB:
    """The central database of ``--db``; ``create``: create it when it does not exist yet
    (otherwise a ``CentralError`` says so, and nothing is written to disk)."""
    return open_central(getattr(args, "db", None), getattr(args, "data_dir", None),
                        create=create)


def actor(args: argparse.Namespace) -> str:
    given = (getattr(args, "user", None) or "").strip()
    if given:
        return given
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers without a passwd entry)
        return "desconhecido"


def _guarded(handler: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except CentralError as error:
            print(f"aspectos: erro: {error.message}", file=sys.stderr)
            return 2

    return run


def add_commands(subparsers: Any) -> None:
    """Add ``central`` and its sub-commands to ``subparsers`` (from ``add_subparsers``)."""
    central = subparsers.add_parser(
        "central", help="central: importar pacotes dos núcleos, assinantes, consolidação")
    central.add_argument("--db", metavar="URL", default=None, help=DB_HELP)
    sub = central.add_subparsers(dest="central_command", metavar="AÇÃO", required=True)
    for register in SUBCOMMANDS:
        register(sub)


def _out(text: str = "", stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout, flush=True)


# --------------------------------------------------------------------------- import


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def progress_text(done: int, total: int, rate: float, remaining: float | None) -> str:
    """``12/5570 pacotes · 35,2 pacotes/s · faltam 02:37``."""
    speed = f"{rate:.1f}".replace(".", ",")
    return f"{done}/{total} pacotes · {speed} pacotes/s · faltam {_duration(remaining)}"


class ProgressPrinter:
    """One line per bundle; on a terminal, also a progress line rewritten in place."""

    def __init__(self, stream: TextIO, tty: bool | None = None) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self._drawn = False

    def __call__(self, progress: Any) -> None:
        self.clear()
        self.stream.write(progress.outcome.line() + "\n")
        if self.tty:
            self.stream.write(progress_text(progress.done, progress.total, progress.rate,
                                            progress.remaining))
            self._drawn = True
        self.stream.flush()

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False


@subcommand
def _add_import(sub: Any) -> None:
    parser = sub.add_parser("import", help="importar pacotes .aspectos (arquivos e pastas)")
    parser.add_argument("paths", nargs="+", type=Path, metavar="CAMINHO",
                        help="arquivos .aspectos ou pastas (percorridas recursivamente)")
    add_db_option(parser)
    parser.add_argument("--quarantine", type=Path, metavar="PASTA", default=None,
                        help="pasta para os pacotes rejeitados (padrão: "
                             "<pasta do banco central>/quarentena)")
    add_user_option(parser)
    parser.add_argument("--ca", type=Path, action="append", default=[], metavar="PEM",
                        help="certificado de AC (ex.: ICP-Brasil) cujos assinantes são aprovados "
                             "automaticamente; pode repetir (além de <pasta central>/ca/*.pem)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processos que verificam pacotes em paralelo enquanto este grava "
                             "(padrão: um por núcleo de CPU, até 8, a partir de 64 pacotes; "
                             "0 = verificar neste processo)")
    parser.set_defaults(handler=_guarded(_cmd_import))


def _cmd_import(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.importer import PENDING_SIGNER, Importer
    from aspectos_desktop.central.trust import TrustAnchors

    paths: list[Path] = args.paths
    missing = [p for p in paths if not p.exists()]
    db = open_db(args, create=True)
    try:
        anchors = TrustAnchors.for_db(db, args.ca)
        importer = Importer(db, actor=actor(args), quarantine_dir=args.quarantine, anchors=anchors,
                            workers=None if args.workers is None else max(0, args.workers))
        printer = ProgressPrinter(sys.stdout)
        try:
            summary = importer.import_paths(paths, progress=printer)
        finally:
            printer.clear()
            sys.stdout.flush()
        _out(summary.text())
        if summary.flagged:
            _out(f"ATENÇÃO: {len(summary.flagged)} pacote(s) assinado(s) por certificado diferente do "
                 "já conhecido para o núcleo — confira antes de aprovar.")
        if summary.counts[PENDING_SIGNER]:
            _out("Pacotes pendentes ficam fora da consolidação até a aprovação do assinante: "
                 "aspectos central signers")
        if summary.rejected:
            _out(f"Rejeitados copiados para a quarentena: {importer.quarantine_dir} "
                 "(o motivo de cada um está no arquivo .motivo.txt ao lado).")
        if missing:
            _out("Não encontrado(s): " + ", ".join(str(p) for p in missing), sys.stderr)
        return 0 if summary.ok else 1
    finally:
        db.close()


# -------------------------------------------------------------------------- signers


@subcommand
def _add_signers(sub: Any) -> None:
    parser = sub.add_parser("signers", help="assinantes (certificados) dos núcleos: listar, "
                                            "aprovar, revogar")
    add_db_option(parser)
    parser.set_defaults(handler=_guarded(_cmd_signers_list), status=None, json=False)
    actions = parser.add_subparsers(dest="signers_action", metavar="AÇÃO", required=False)

    listing = actions.add_parser("list", help="listar os assinantes (pendentes primeiro)")
    add_db_option(listing)
    listing.add_argument("--status", choices=("novo", "aprovado", "revogado"), default=None)
    listing.add_argument("--json", action="store_true", help="saída em JSON")
    listing.set_defaults(handler=_guarded(_cmd_signers_list))

    approve = actions.add_parser("approve", help="aprovar a impressão digital de um assinante "
                                                 "(libera os pacotes pendentes dele)")
    approve.add_argument("fingerprint", metavar="IMPRESSÃO_DIGITAL",
                         help="SHA-256 do certificado (AB:CD:…), ou um prefixo único")
    add_db_option(approve)
    add_user_option(approve)
    approve.set_defaults(handler=_guarded(_cmd_signers_approve))

    revoke = actions.add_parser("revoke", help="revogar um assinante (pacotes dele passam a ser "
                                               "rejeitados)")
    revoke.add_argument("fingerprint", metavar="IMPRESSÃO_DIGITAL")
    add_db_option(revoke)
    add_user_option(revoke)
    revoke.set_defaults(handler=_guarded(_cmd_signers_revoke))


def _when(moment: Any) -> str:
    return f"{moment:%d/%m/%Y %H:%M} UTC" if moment is not None else "-"


def _cmd_signers_list(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.trust import list_signers

    db = open_db(args)
    try:
        signers = list_signers(db, args.status)
    finally:
        db.close()
    if args.json:
        _out(json.dumps([{
            "fingerprint": s.fingerprint, "subject": s.subject, "status": s.status,
            "approval": s.approval, "nucleo_key": s.nucleo_key, "nucleo": s.nucleo_name,
            "uf": s.uf, "first_seen_at": s.first_seen_at.isoformat(),
            "approved_at": s.approved_at.isoformat() if s.approved_at else None,
            "approved_by": s.approved_by, "bundles": s.bundles,
            "pending_bundles": s.pending_bundles} for s in signers], ensure_ascii=False, indent=2))
        return 0
    if not signers:
        _out("Nenhum assinante registrado.")
        return 0
    keys_per_nucleo = Counter(s.nucleo_id for s in signers if s.status != "revogado")
    for signer in signers:
        _out(f"[{signer.status_label}] {signer.fingerprint}")
        _out(f"    núcleo: {signer.nucleo_name} ({signer.nucleo_key}) — {signer.uf}")
        _out(f"    titular: {signer.subject}")
        _out(f"    visto pela primeira vez em {_when(signer.first_seen_at)} · "
             f"{signer.bundles} pacote(s), {signer.pending_bundles} pendente(s)")
        if signer.status == "aprovado":
            how = "automaticamente pela AC" if signer.approval == "ca" else "manualmente"
            _out(f"    aprovado {how} por {signer.approved_by} em {_when(signer.approved_at)}")
        if keys_per_nucleo[signer.nucleo_id] > 1 and signer.status != "revogado":
            _out("    ATENÇÃO: este núcleo tem mais de um certificado ativo.")
    pending = [s for s in signers if s.status == "novo"]
    if pending:
        _out()
        _out(f"{len(pending)} assinante(s) aguardam aprovação. Confira a impressão digital com o "
             "núcleo e aprove com: aspectos central signers approve IMPRESSÃO_DIGITAL")
    return 0


def _cmd_signers_approve(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.trust import approve_signer

    db = open_db(args)
    try:
        change = approve_signer(db, args.fingerprint, actor=actor(args))
    finally:
        db.close()
    if change.previous_status == "aprovado":
        _out(f"O assinante {change.fingerprint} já estava aprovado ({change.nucleo_name}).")
    else:
        _out(f"Assinante aprovado: {change.fingerprint}")
        _out(f"    {change.subject} — núcleo {change.nucleo_name}")
    _out(f"{change.bundles_changed} pacote(s) pendente(s) passaram a importado(s).")
    return 0


def _cmd_signers_revoke(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.trust import revoke_signer

    db = open_db(args)
    try:
        change = revoke_signer(db, args.fingerprint, actor=actor(args))
    finally:
        db.close()
    _out(f"Assinante revogado: {change.fingerprint}")
    _out(f"    {change.subject} — núcleo {change.nucleo_name}")
    _out(f"{change.bundles_changed} pacote(s) importado(s) deste assinante voltaram a pendente(s) "
         "(fora da consolidação); novos pacotes dele serão rejeitados.")
    return 0


# ------------------------------------------------------------------- consolidation
# ``summary``, ``indicators``, ``nucleo`` and ``compare``: read-only views of the
# consolidation (aspectos_desktop.central.consolidation); tables written by
# aspectos_desktop.central.tabular. Bad filters exit with code 2 and a pt-BR message.

FORMATS: Final = ("table", "csv", "xlsx", "json")
INDICATOR_METHODS: Final = {"razao": "razão", "soma": "média por núcleo", "media": "média"}
NO_UNIT: Final = "(não informada)"
VIEWS: Final = ("matrix", "long", "wide")
_SHORT_CHOICES: Final = {
    "sim": "sim", "nao": "não", "nao_se_aplica": "n/a", "nao_sabe": "n/s",
    "atendeu_totalmente": "total", "atendeu_parcialmente": "parcial", "nao_atendeu": "não atendeu",
}  # fmt: skip


def _consolidation_guard(handler: Handler) -> Handler:
    """``ConsolidationError`` (bad filter, unknown núcleo) and output errors: exit 2."""

    def run(args: argparse.Namespace) -> int:
        from aspectos_desktop.central.consolidation import ConsolidationError

        try:
            return handler(args)
        except ConsolidationError as error:
            print(f"aspectos: erro: {error.message}", file=sys.stderr)
            return 2
        except BrokenPipeError:
            return 0

    return _guarded(run)


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uf", metavar="UF", help="só os núcleos desta UF (sigla, ex.: SP)")
    parser.add_argument("--municipio", metavar="CÓDIGO",
                        help="só os núcleos deste município (código IBGE de 7 dígitos)")
    parser.add_argument("--kind", metavar="TIPO",
                        help="tipo de avaliação: autoavaliacao ou visita")
    parser.add_argument("--period-from", metavar="AAAA-MM-DD",
                        help="só as avaliações cujo período termina nesta data ou depois")
    parser.add_argument("--period-to", metavar="AAAA-MM-DD",
                        help="só as avaliações cujo período começa nesta data ou antes")
    parser.add_argument("--catalogue-version", metavar="VERSÃO",
                        help="só as avaliações respondidas com esta versão do catálogo")


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="table (texto alinhado, padrão), csv (separado por ponto e vírgula), "
                             "xlsx (precisa de -o) ou json")
    parser.add_argument("-o", "--output", type=Path, metavar="ARQUIVO",
                        help="arquivo de saída (padrão: a saída padrão)")


def _filters(args: argparse.Namespace) -> Any:
    from aspectos_desktop.answers import parse_date
    from aspectos_desktop.central.consolidation import ConsolidationError, Filters

    def day(raw: str | None, option: str) -> Any:
        if raw is None:
            return None
        parsed = parse_date(raw)
        if parsed is None:
            raise ConsolidationError(f"Data inválida em {option}: “{raw}” (use AAAA-MM-DD, "
                                     "ex.: 2026-01-31).")
        return parsed

    municipio: int | None = None
    raw_municipio: str | None = args.municipio
    if raw_municipio is not None:
        text = raw_municipio.strip()
        if not (text.isdigit() and len(text) == 7):
            raise ConsolidationError(f"Código de município inválido: “{raw_municipio}” (use o "
                                     "código IBGE de 7 dígitos, ex.: 3550308).")
        municipio = int(text)
    return Filters(uf=args.uf, municipio_code=municipio, kind=args.kind,
                   period_from=day(args.period_from, "--period-from"),
                   period_to=day(args.period_to, "--period-to"),
                   catalogue_version=args.catalogue_version)


def _check_output(args: argparse.Namespace) -> None:
    from aspectos_desktop.central.consolidation import ConsolidationError

    output: Path | None = args.output
    if args.format == "xlsx" and output is None:
        raise ConsolidationError("O formato xlsx precisa de um arquivo de saída (-o ARQUIVO).")
    if output is not None and output.is_dir():
        raise ConsolidationError(f"A saída “{output}” é uma pasta; informe um arquivo.")
    if output is not None and not output.parent.is_dir():
        raise ConsolidationError(f"A pasta de saída “{output.parent}” não existe.")


def _write_table(args: argparse.Namespace, table: Any, info: list[tuple[str, Any]]) -> int:
    """Write ``table`` as csv/xlsx/json to ``-o`` or stdout; returns the number of rows."""
    from aspectos_desktop.central.consolidation import ConsolidationError
    from aspectos_desktop.central.tabular import write_csv, write_json, write_xlsx

    output: Path | None = args.output
    try:
        if args.format == "xlsx":
            assert output is not None
            return write_xlsx(table, output, info=info)
        if args.format == "csv":
            return write_csv(table, output if output is not None else sys.stdout)
        if output is None:
            write_json(table, sys.stdout)
            return -1
        with output.open("w", encoding="utf-8") as handle:
            write_json(table, handle)
        return -1
    except OSError as error:
        raise ConsolidationError(f"Não foi possível gravar “{output}”: "
                                 f"{error.strerror or error}.") from None


def _report_written(args: argparse.Namespace, count: int) -> None:
    if args.output is not None:
        rows = f"{count} linha(s) gravada(s)" if count >= 0 else "gravado"
        _out(f"{rows} em {args.output}", sys.stderr)


def _info(db: CentralDB, filters: Any, what: str) -> list[tuple[str, Any]]:
    from datetime import UTC, datetime

    return [("conteúdo", what), ("filtros", filters.describe()), ("banco central", db.display_url),
            ("gerado em", datetime.now(UTC).strftime("%d/%m/%Y %H:%M UTC"))]


def _percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


@subcommand
def _add_summary(sub: Any) -> None:
    parser = sub.add_parser(
        "summary", help="matriz núcleos × temas (preenchimento e respostas), com filtros; "
                        "exportação longa ou ampla")
    _add_filter_options(parser)
    _add_output_options(parser)
    parser.add_argument("--view", choices=VIEWS, default="matrix",
                        help="matrix (uma linha por avaliação, uma coluna por tema; padrão), "
                             "long (uma linha por núcleo × aspecto) ou wide (uma coluna por aspecto)")
    parser.add_argument("--long", dest="view", action="store_const", const="long",
                        help="o mesmo que --view long")
    parser.add_argument("--wide", dest="view", action="store_const", const="wide",
                        help="o mesmo que --view wide")
    add_db_option(parser)
    parser.set_defaults(handler=_consolidation_guard(_cmd_summary))


def _cmd_summary(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.consolidation import (
        ConsolidationError,
        long_table,
        matrix,
        matrix_table,
        wide_table,
    )
    from aspectos_desktop.central.tabular import format_text_table

    filters = _filters(args)
    _check_output(args)
    if args.format == "table" and args.view == "wide":
        raise ConsolidationError("A visão ampla (uma coluna por aspecto) não cabe em texto: use "
                                 "--format csv, xlsx ou json.")
    catalogue = _catalogue()
    db = open_db(args)
    try:
        if args.view == "matrix":
            rows = matrix(db, filters, catalogue=catalogue)
            if not rows:
                _out(_nothing_found(db, filters), sys.stderr)
            if args.format == "table":
                _emit(args, _matrix_text(rows, catalogue, filters))
                return 0
            if args.format == "json":
                _emit(args, [json.dumps([_matrix_json(r) for r in rows], ensure_ascii=False,
                                        indent=2)])
                return 0
            table = matrix_table(rows, catalogue)
            what = "matriz núcleos × temas"
        else:
            builder = long_table if args.view == "long" else wide_table
            table = builder(db, filters, catalogue=catalogue)
            what = ("formato longo (núcleo × aspecto)" if args.view == "long"
                    else "formato amplo (uma coluna por aspecto)")
            if args.format == "table":
                wanted = ("nucleo", "uf", "tipo", "revisao", "aspecto_id", "aspecto",
                          "situacao", "resposta")
                index = [table.columns.index(c) for c in wanted]
                lines = format_text_table(
                    ("núcleo", "UF", "tipo", "rev.", "aspecto", "nome", "situação", "resposta"),
                    ([row[i] for i in index] for row in table.rows), max_width=36, right={3, 4})
                if len(lines) == 2:
                    _out(_nothing_found(db, filters), sys.stderr)
                _emit(args, lines)
                return 0
        count = _write_table(args, table, _info(db, filters, what))
        _report_written(args, count)
        return 0
    finally:
        db.close()


def _nothing_found(db: CentralDB, filters: Any) -> str:
    """Why a view is empty: nothing imported, nothing approved yet, or the filters."""
    from aspectos_desktop.central.consolidation import holdings

    held = holdings(db)
    if held.assessments == 0:
        return ("Nenhum pacote importado ainda neste banco central: importe com "
                "`aspectos central import`.")
    if held.current == 0:
        return ("Nenhuma avaliação conta na consolidação ainda: os pacotes importados aguardam "
                "a aprovação do assinante (`aspectos central signers`).")
    return f"Nenhuma avaliação encontrada ({filters.describe()})."


def _catalogue() -> Any:
    from aspectos_desktop.catalogue.compiled import CompiledCatalogueError
    from aspectos_desktop.catalogue.source import CatalogueSourceError
    from aspectos_desktop.central.consolidation import ConsolidationError
    from aspectos_desktop.resources import load_catalogue

    try:
        return load_catalogue()
    except (CompiledCatalogueError, CatalogueSourceError, OSError) as error:
        raise ConsolidationError(f"catálogo indisponível: {error}") from None


def _emit(args: argparse.Namespace, lines: list[str]) -> None:
    """Text to ``-o`` (UTF-8) or to stdout."""
    from aspectos_desktop.central.consolidation import ConsolidationError

    output: Path | None = args.output
    text = "\n".join(lines) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ConsolidationError(f"Não foi possível gravar “{output}”: "
                                 f"{error.strerror or error}.") from None
    _out(f"gravado em {output}", sys.stderr)


def _shares_text(counts: dict[str, int], shares: dict[str, float]) -> str:
    return " ".join(f"{_SHORT_CHOICES.get(choice, choice)} {_percent(shares[choice])}"
                    for choice in counts)


def _matrix_text(rows: list[Any], catalogue: Any, filters: Any) -> list[str]:
    from aspectos_desktop.central.tabular import format_text_table

    themes = [t for t in catalogue.themes if any(t.slug in r.by_theme for r in rows)]
    codes = {t.slug: f"T{t.position}" for t in themes}
    nucleos = len({r.nucleo.id for r in rows})
    lines = [f"Consolidação — {filters.describe()}: {len(rows)} avaliação(ões) de "
             f"{nucleos} núcleo(s)", ""]
    columns = ["núcleo", "UF", "município", "tipo", "rev.", "período", "total",
               *(codes[t.slug] for t in themes), "respostas (escalas)"]
    body: list[list[Any]] = []
    for row in rows:
        overall = row.overall
        a = row.assessment
        body.append([
            row.nucleo.name, row.nucleo.uf, row.nucleo.municipio_name,
            "visita" if a.kind == "visita" else "auto", a.revision,
            f"{a.period_start:%m/%Y}–{a.period_end:%m/%Y}",
            f"{_percent(overall.percent)} ({overall.answered}/{overall.total})",
            *(_percent(row.by_theme[t.slug].percent) if t.slug in row.by_theme else "—"
              for t in themes),
            _shares_text(overall.counts, overall.shares) or "—",
        ])
    right = {4, 6, *range(7, 7 + len(themes))}
    lines += format_text_table(columns, body, max_width=32, right=right)
    if themes:
        lines.append("")
        lines.append("Temas: " + "; ".join(f"{codes[t.slug]} = {t.name}" for t in themes))
        lines.append("Percentual = aspectos respondidos ÷ aspectos do tema; respostas = participação "
                     "de cada opção nas respostas de escala (n/a: não se aplica; n/s: não sabe).")
    return lines


def _matrix_json(row: Any) -> dict[str, Any]:
    def cell(c: Any) -> dict[str, Any]:
        return {"answered": c.answered, "total": c.total, "invalid": c.invalid,
                "percent": c.percent, "counts": c.counts, "shares": c.shares}

    n, a = row.nucleo, row.assessment
    return {
        "nucleo": {"id": n.id, "nucleo_key": n.nucleo_key, "name": n.name, "uf": n.uf,
                   "municipio_code": n.municipio_code, "municipio": n.municipio_name,
                   "cnes": n.cnes},
        "assessment": {"id": a.id, "uuid": a.uuid, "kind": a.kind, "title": a.title,
                       "revision": a.revision, "period_start": a.period_start.isoformat(),
                       "period_end": a.period_end.isoformat(),
                       "catalogue_version": a.catalogue_version},
        "overall": cell(row.overall),
        "themes": {slug: cell(c) for slug, c in row.by_theme.items()},
    }


@subcommand
def _add_indicators(sub: Any) -> None:
    parser = sub.add_parser(
        "indicators", help="indicadores agregados por UF e Brasil (Σ numeradores ÷ Σ "
                           "denominadores), com o número de núcleos que informaram")
    _add_filter_options(parser)
    _add_output_options(parser)
    add_db_option(parser)
    parser.set_defaults(handler=_consolidation_guard(_cmd_indicators))


def _cmd_indicators(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.consolidation import (
        METHOD_LABELS,
        holdings,
        indicators,
        indicators_table,
    )
    from aspectos_desktop.central.tabular import format_text_table

    filters = _filters(args)
    _check_output(args)
    catalogue = _catalogue()
    db = open_db(args)
    try:
        rows = indicators(db, filters, catalogue=catalogue)
        if not rows:
            _out(_nothing_found(db, filters) if holdings(db).current == 0
                 else f"Nenhum indicador informado ({filters.describe()}).", sys.stderr)
        if args.format != "table":
            count = _write_table(args, indicators_table(rows), _info(db, filters, "indicadores"))
            _report_written(args, count)
            return 0
    finally:
        db.close()
    mixed = any(r.mixed_units for r in rows)
    columns = ["aspecto", "nome", "UF", "núcleos", "unidade", "Σ numerador", "Σ denominador",
               "valor", "método"]
    body: list[list[Any]] = []
    for r in rows:
        line: list[Any] = [r.aspect.id, r.aspect.aspecto, "Brasil" if r.scope == "BR" else r.scope,
                           r.nucleos_reporting, r.unit or NO_UNIT, r.sum_numerator,
                           r.sum_denominator, r.value, INDICATOR_METHODS[r.method]]
        if mixed:
            line.append(f"unidades diferentes ({r.units_in_scope})" if r.mixed_units else "")
        body.append(line)
    if mixed:
        columns.append("obs.")
    lines = [f"Indicadores — {filters.describe()}", ""]
    lines += format_text_table(columns, body, max_width=36, right={0, 3, 5, 6, 7})
    if rows:
        lines.append("")
        lines += [f"{INDICATOR_METHODS[m]} — {label}" for m, label in METHOD_LABELS.items()]
        lines.append("Cada núcleo conta uma vez por indicador: a resposta mais recente com valor "
                     "(fim do período mais recente; autoavaliação antes da visita no empate).")
        lines.append("Valores em unidades diferentes não são somados: cada unidade informada "
                     "tem a sua linha.")
    if mixed:
        lines.append("unidades diferentes (N): os núcleos desta abrangência informaram o "
                     "indicador em N unidades; compare as linhas antes de juntar os números.")
    _emit(args, lines)
    return 0


@subcommand
def _add_nucleo(sub: Any) -> None:
    parser = sub.add_parser("nucleo", help="todas as respostas atuais de um núcleo (detalhamento)")
    parser.add_argument("nucleo", metavar="NÚCLEO",
                        help="número do núcleo, chave (ex.: cnes:1234567) ou CNES")
    parser.add_argument("--kind", metavar="TIPO", help="só autoavaliacao ou só visita")
    parser.add_argument("--json", action="store_true", help="saída em JSON")
    add_db_option(parser)
    parser.set_defaults(handler=_consolidation_guard(_cmd_nucleo))


def _cmd_nucleo(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.consolidation import find_nucleo, nucleo_answers

    catalogue = _catalogue()
    db = open_db(args)
    try:
        nucleo = find_nucleo(db, args.nucleo)
        data = nucleo_answers(db, nucleo.id, args.kind, catalogue=catalogue)
    finally:
        db.close()
    if args.json:
        _out(json.dumps(_drill_json(data), ensure_ascii=False, indent=2))
        return 0
    n = data.nucleo
    _out(f"Núcleo {n.id}: {n.name} — {n.municipio_name}/{n.uf}")
    _out(f"Chave: {n.nucleo_key}" + (f" · CNES {n.cnes}" if n.cnes else "")
         + (f" · {n.institution}" if n.institution else ""))
    if not data.assessments:
        _out("Nenhuma avaliação atual importada para este núcleo"
             + (" deste tipo." if args.kind else "."))
        return 0
    for block in data.assessments:
        a = block.assessment
        _out()
        _out(f"== {a.kind_label}: {a.title or '(sem título)'} ==")
        monitor = (f" · monitor(a) {a.monitor_name}" + (f" ({a.monitor_institution})"
                   if a.monitor_institution else "")) if a.monitor_name else ""
        visit = f" · visita em {a.visit_date:%d/%m/%Y}" if a.visit_date else ""
        _out(f"Período {a.period_label} · revisão {a.revision} · catálogo "
             f"{a.catalogue_version}{monitor}{visit}")
        _out(f"Respondidos: {block.answered} de {len(block.answers)}")
        theme = None
        for detail in block.answers:
            aspect = detail.aspect
            if aspect.theme_slug != theme:
                theme = aspect.theme_slug
                in_theme = [d for d in block.answers if d.aspect.theme_slug == theme]
                answered = sum(1 for d in in_theme if d.completion == "respondido")
                _out()
                _out(f"  {aspect.tema} ({answered}/{len(in_theme)})")
            mark = {"respondido": " ", "inválido": "!"}.get(detail.completion, "·")
            _out(f"  {mark} [{aspect.id}] {aspect.aspecto} — {aspect.categoria}: {detail.answer}")
            if detail.comment.strip():
                _out(f"        comentário: {' '.join(detail.comment.split())}")
            if detail.evidence.strip():
                _out(f"        evidência: {' '.join(detail.evidence.split())}")
    return 0


def _drill_json(data: Any) -> dict[str, Any]:
    from aspectos_desktop.central.tabular import json_value

    n = data.nucleo
    return {
        "nucleo": {"id": n.id, "nucleo_key": n.nucleo_key, "name": n.name, "uf": n.uf,
                   "municipio_code": n.municipio_code, "municipio": n.municipio_name,
                   "cnes": n.cnes, "institution": n.institution},
        "assessments": [{
            "id": b.assessment.id, "kind": b.assessment.kind, "title": b.assessment.title,
            "revision": b.assessment.revision,
            "period_start": b.assessment.period_start.isoformat(),
            "period_end": b.assessment.period_end.isoformat(),
            "catalogue_version": b.assessment.catalogue_version,
            "visit_date": (b.assessment.visit_date.isoformat()
                           if b.assessment.visit_date else None),
            "monitor_name": b.assessment.monitor_name,
            "monitor_institution": b.assessment.monitor_institution,
            "answers": [{
                "aspect_id": d.aspect.id, "tema": d.aspect.tema, "aspecto": d.aspect.aspecto,
                "completion": d.completion, "answer": d.answer, "value": d.value,
                "choice": d.choice, "numerator": json_value(d.numerator),
                "denominator": json_value(d.denominator), "computed": json_value(d.computed),
                "unit": d.unit, "comment": d.comment, "evidence": d.evidence,
            } for d in b.answers],
        } for b in data.assessments],
    }


@subcommand
def _add_compare(sub: Any) -> None:
    parser = sub.add_parser("compare", help="autoavaliação mais recente × visita de "
                                            "monitoramento mais recente de um núcleo")
    parser.add_argument("nucleo", metavar="NÚCLEO",
                        help="número do núcleo, chave (ex.: cnes:1234567) ou CNES")
    parser.add_argument("--differences", action="store_true",
                        help="mostrar só os aspectos com respostas diferentes")
    add_db_option(parser)
    parser.set_defaults(handler=_consolidation_guard(_cmd_compare))


def _cmd_compare(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.consolidation import compare, find_nucleo
    from aspectos_desktop.central.tabular import format_text_table

    catalogue = _catalogue()
    db = open_db(args)
    try:
        nucleo = find_nucleo(db, args.nucleo)
        found = compare(db, nucleo.id, catalogue=catalogue)
    finally:
        db.close()
    _out(f"Núcleo {nucleo.id}: {nucleo.name} — {nucleo.municipio_name}/{nucleo.uf}")
    for label, a in (("Autoavaliação", found.self_assessment), ("Visita", found.visit)):
        if a is not None:
            who = f" · monitor(a) {a.monitor_name}" if a.monitor_name else ""
            _out(f"{label}: {a.title or '(sem título)'} · período {a.period_label} · "
                 f"revisão {a.revision}{who}")
    # "nothing to compare" goes with the lines above, on a line of its own (on stderr it
    # could be glued to the last line of stdout where both streams are read together)
    if found.self_assessment is None or found.visit is None:
        missing = "autoavaliação" if found.self_assessment is None else "visita de monitoramento"
        _out()
        _out(f"Não há {missing} importada e atual para este núcleo: nada a comparar.")
        return 1
    if not found.rows:
        _out()
        _out("A autoavaliação e a visita não têm temas em comum: nada a comparar.")
        return 1
    rows = [r for r in found.rows if not r.same] if args.differences else found.rows
    _out()
    for line in format_text_table(
            ("", "aspecto", "tema", "nome", "autoavaliação", "visita"),
            [("≠" if not r.same else "", r.aspect.id, r.aspect.tema, r.aspect.aspecto,
              r.self_value, r.visit_value) for r in rows],
            max_width=34, right={1}):
        _out(line)
    _out()
    _out(f"{found.differences} diferença(s) em {len(found.rows)} aspecto(s) dos temas comuns "
         f"(≠ marca as diferenças).")
    return 0


# ------------------------------------------------------------------------------ use


@subcommand
def _add_use(sub: Any) -> None:
    parser = sub.add_parser(
        "use", help="mostrar ou escolher o banco central desta instalação (guardado nas "
                    "configurações da pasta de dados)",
        description="Sem URL: mostra o banco central em uso e de onde veio a escolha. Com URL "
                    "(postgresql://usuario@servidor/banco, ou o caminho de um arquivo SQLite): "
                    "abre o banco (criando as tabelas se preciso) e o guarda como padrão. A "
                    "senha nunca é guardada: use o arquivo ~/.pgpass.")
    parser.add_argument("url", nargs="?", metavar="URL", default=None,
                        help="banco central a usar daqui em diante")
    parser.add_argument("--reset", action="store_true",
                        help="voltar ao padrão (<pasta de dados>/central/central.db)")
    parser.set_defaults(handler=_guarded(_cmd_use))


def _cmd_use(args: argparse.Namespace) -> int:
    from aspectos_desktop.central.database import (
        SOURCE_LABELS,
        chosen,
        save_choice,
        storable_choice,
    )

    data_dir = getattr(args, "data_dir", None)
    given: str | None = args.url
    if given is not None and args.reset:
        raise CentralError("Dê uma URL ou --reset, não os dois.")
    if given is not None or args.reset:
        url = storable_choice(given or "", data_dir)
        if given is not None and not url:
            raise CentralError("A URL do banco central está vazia.")
        if url:  # it opens (and is a central database): only then remember it
            open_central(url, data_dir).close()
        save_choice(url, data_dir)
        _out("Banco central guardado como padrão." if url else
             "Banco central de volta ao padrão.")
    elif getattr(args, "db", None):
        raise CentralError("Para guardar um banco como padrão: aspectos central use URL.")
    _raw, source = chosen(None, data_dir)
    db = open_central(None, data_dir)
    try:
        _out(f"Banco central: {db.display_url}")
        _out(f"Origem: {SOURCE_LABELS[source]}")
    finally:
        db.close()
    if source == "environment" and (given is not None or args.reset):
        _out(f"Atenção: a variável {ENV_CENTRAL_DB} está definida e vale mais que a escolha "
             "guardada enquanto existir.", sys.stderr)
    return 0
