"""Command line for exports: ``aspectos export``, ``aspectos verify``, ``aspectos identity``.

``add_commands(subparsers)`` adds the commands to the parser of ``aspectos_desktop.cli``
(which defines the global ``--data-dir`` option and turns ``UserError`` into exit 2).
Messages are pt-BR. Qt-free.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from aspectos_desktop.export.identity import (
    IdentityError,
    IdentityInfo,
    PassphraseRequiredError,
    StoredIdentity,
)

_CHECK = "✔"
_CROSS = "✘"


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _user_error(message: str) -> Exception:
    from aspectos_desktop.cli import UserError  # late: cli imports this module

    return UserError(message)


def _data_dir(args: argparse.Namespace) -> Path:
    from aspectos_desktop.store.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))


def _open_store(args: argparse.Namespace) -> Any:
    """The local store (or the demo store with ``--demo``), as ``aspectos assessments`` opens it."""
    from aspectos_desktop.demo import demo_db_path, open_demo
    from aspectos_desktop.store import Store, StoreError
    from aspectos_desktop.store.paths import db_path

    folder = _data_dir(args)
    try:
        if getattr(args, "demo", False):
            if not demo_db_path(folder).exists():
                return open_demo(folder, _catalogue())
            return Store.open(demo_db_path(folder))
        return Store.open(db_path(folder))
    except StoreError as error:
        raise _user_error(error.message) from None


def _identity_folder(args: argparse.Namespace) -> Path:
    """Where this installation's identity lives: the demo keeps one of its own, beside its
    database (as ``export --demo`` looks for it), never in the real data folder."""
    from aspectos_desktop.demo import demo_db_path

    folder = _data_dir(args)
    return demo_db_path(folder).parent if getattr(args, "demo", False) else folder


def _catalogue() -> Any:
    from aspectos_desktop.catalogue.compiled import CompiledCatalogueError
    from aspectos_desktop.catalogue.source import CatalogueSourceError
    from aspectos_desktop.resources import load_catalogue

    try:
        return load_catalogue()
    except (CompiledCatalogueError, CatalogueSourceError, OSError) as error:
        raise _user_error(f"catálogo indisponível: {error}") from None


# --------------------------------------------------------------------------- passphrases


def _passphrase_from_env(args: argparse.Namespace) -> str | None:
    """The passphrase named by ``--passphrase-env VAR`` ("" when VAR is empty); None without it."""
    name: str | None = getattr(args, "passphrase_env", None)
    if not name:
        return None
    if name not in os.environ:
        raise _user_error(f"a variável de ambiente {name} (de --passphrase-env) não está definida")
    return os.environ[name]


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise _user_error("operação cancelada") from None


def _new_passphrase(args: argparse.Namespace) -> str | None:
    """A passphrase to protect a new identity; None when the user declines one."""
    given = _passphrase_from_env(args)
    if given is not None:
        return given or None
    if not _interactive():
        _out("Nenhuma senha informada (sem terminal e sem --passphrase-env): a chave será "
             "guardada com o chaveiro do sistema, se houver um.")
        return None
    first = _ask("Escolha uma senha para o certificado de assinatura "
                 "(deixe em branco para não usar senha): ")
    if not first:
        return None
    if _ask("Repita a senha: ") != first:
        raise _user_error("as senhas digitadas não são iguais")
    return first


def _report_stored(stored: StoredIdentity, action: str) -> None:
    _out(f"Certificado de assinatura {action}: {stored.identity.subject_text}")
    _out(f"Impressão digital SHA-256: {stored.identity.fingerprint_sha256}")
    from aspectos_desktop.export.identity import PROTECTION_LABELS

    _out(f"Proteção: {PROTECTION_LABELS[stored.protection]}")
    if stored.warning:
        _out(stored.warning)


def _load_or_create_identity(args: argparse.Namespace, store: Any, nucleo_id: int) -> Any:
    """This installation's identity; created (for the assessment's núcleo) on first use."""
    from aspectos_desktop.export.identity import create_identity, has_identity, load_stored

    folder = store.path.parent  # the demo database keeps an identity of its own
    if not has_identity(folder):
        _out("Esta instalação ainda não tem certificado de assinatura: criando um agora.")
        nucleo = store.get_nucleo(nucleo_id)
        stored = create_identity(folder, nucleo_name=nucleo.name, institution=nucleo.institution,
                                 municipio=nucleo.municipio_name, uf=nucleo.uf,
                                 passphrase=_new_passphrase(args))
        _report_stored(stored, "criado")
        return stored.identity
    passphrase = _passphrase_from_env(args)
    try:
        stored = load_stored(folder, passphrase or None)
    except PassphraseRequiredError:
        if not _interactive():
            raise _user_error("o certificado de assinatura está protegido por senha: informe-a "
                              "com --passphrase-env VARIÁVEL") from None
        stored = load_stored(folder, _ask("Senha do certificado de assinatura: "))
    if stored.warning:
        _out(stored.warning)
    return stored.identity


# -------------------------------------------------------------------------------- export


def _cmd_export(args: argparse.Namespace) -> int:
    from aspectos_desktop.export.bundle import ExportError, export_bundle
    from aspectos_desktop.store import StoreError

    catalogue = _catalogue()
    store = _open_store(args)
    try:
        try:
            assessment = store.get_assessment(args.id)
        except StoreError:
            raise _user_error(f"avaliação {args.id} não existe em {store.path}") from None
        out_dir: Path = args.output or Path.cwd()
        identity = None
        if not args.draft:
            if assessment.status == "em_andamento":
                raise _user_error("só é possível exportar uma avaliação finalizada; finalize-a "
                                  "primeiro, ou exporte um rascunho com --draft")
            try:
                identity = _load_or_create_identity(args, store, assessment.nucleo_id)
            except IdentityError as error:
                raise _user_error(error.message) from None

        def progress(step: str, fraction: float) -> None:
            _out(f"  [{round(fraction * 100):>3}%] {step}")

        try:
            result = export_bundle(store, catalogue, args.id, identity, out_dir, draft=args.draft,
                                   tsa_url=args.tsa, progress=progress, data_dir=store.path.parent)
        except ExportError as error:
            raise _user_error(error.message) from None
    finally:
        store.close(backup=False)
    if result.draft:
        _out(f"Rascunho (PDF sem assinatura) gravado em {result.path}")
    else:
        _out(f"Pacote exportado: {result.path}")
        if identity is not None:
            _out(f"Assinado por: {identity.subject_text}")
            _out(f"Impressão digital SHA-256: {identity.fingerprint_sha256}")
    _out(f"Exportação: {result.export_id}")
    _out(f"SHA-256 do arquivo: {result.sha256}")
    for warning in result.warnings:
        _out(f"Atenção: {warning}")
    return 0


# -------------------------------------------------------------------------------- verify


def _cmd_verify(args: argparse.Namespace) -> int:
    from aspectos_desktop.export.verify import verify_bundle

    path: Path = args.file
    report = verify_bundle(path)
    _out(f"Verificando {path}")
    for check in report.checks:
        _out(f"{_CHECK if check.ok else _CROSS} {check.label}: {check.message}")
    if report.signer_subject:
        _out(f"Signatário: {report.signer_subject}")
        _out(f"Impressão digital SHA-256: {report.signer_fingerprint}")
    if report.export_id:
        _out(f"Exportação: {report.export_id}")
    if report.unreadable:
        _out("Resultado: arquivo ilegível.")
        return 2
    if report.ok:
        _out("Resultado: pacote íntegro e assinado. Confira se a impressão digital acima é a "
             "do certificado do núcleo.")
        return 0
    _out("Resultado: pacote REJEITADO.")
    return 1


# ------------------------------------------------------------------------------ identity


def _print_info(info: IdentityInfo) -> None:
    _out(f"Titular: {info.subject}")
    _out(f"Emissor: {info.issuer}" + (" (autoassinado)" if info.self_signed else ""))
    _out(f"Validade: de {info.not_before.astimezone():%d/%m/%Y} a "
         f"{info.not_after.astimezone():%d/%m/%Y}" + (" — VENCIDO" if info.expired else ""))
    _out(f"Impressão digital SHA-256: {info.fingerprint_sha256}")
    _out(f"Tipo de chave: {info.key_type}")
    _out(f"Proteção: {info.protection_label}")
    if info.origin:
        _out("Origem: " + ("gerado nesta instalação" if info.origin == "gerada"
                           else "importado (PKCS#12)"))
    for subject in info.chain_subjects:
        _out(f"Cadeia: {subject}")
    if info.path is not None:
        _out(f"Arquivo: {info.path}")


def _cmd_identity_show(args: argparse.Namespace) -> int:
    from aspectos_desktop.export.identity import UNPROTECTED_WARNING, has_identity, identity_info

    folder = _identity_folder(args)
    if not has_identity(folder):
        _out("Esta instalação ainda não tem certificado de assinatura. Crie um com "
             "“aspectos identity create” ou importe o seu com “aspectos identity import”.")
        return 1
    try:
        info = identity_info(folder)
    except IdentityError as error:
        raise _user_error(error.message) from None
    _out("Certificado de assinatura desta instalação")
    _print_info(info)
    if info.protection == "sem_protecao" and info.path is not None:
        _out(UNPROTECTED_WARNING.format(path=info.path))
    return 0


def _cmd_identity_create(args: argparse.Namespace) -> int:
    from aspectos_desktop.export.identity import create_identity, has_identity

    folder = _identity_folder(args)
    if has_identity(folder) and not args.replace:
        raise _user_error("esta instalação já tem um certificado de assinatura; use --replace "
                          "para criar outro (o atual é guardado como cópia)")
    store = _open_store(args)
    try:
        nucleos = store.list_nucleos()
        if args.nucleo is not None:
            chosen = [n for n in nucleos if n.id == args.nucleo]
            if not chosen:
                raise _user_error(f"núcleo {args.nucleo} não existe em {store.path}")
        elif len(nucleos) == 1:
            chosen = nucleos
        elif not nucleos:
            raise _user_error("cadastre o núcleo antes de criar o certificado de assinatura")
        else:
            names = ", ".join(f"{n.id} ({n.name})" for n in nucleos)
            raise _user_error(f"há mais de um núcleo; escolha um com --nucleo ID: {names}")
        nucleo = chosen[0]
    finally:
        store.close(backup=False)
    try:
        stored = create_identity(folder, nucleo_name=nucleo.name, institution=nucleo.institution,
                                 municipio=nucleo.municipio_name, uf=nucleo.uf,
                                 passphrase=_new_passphrase(args), replace=args.replace)
    except IdentityError as error:
        raise _user_error(error.message) from None
    _report_stored(stored, "criado")
    return 0


def _cmd_identity_import(args: argparse.Namespace) -> int:
    from aspectos_desktop.export.identity import has_identity, import_pkcs12, read_pkcs12

    folder = _identity_folder(args)
    if has_identity(folder) and not args.replace:
        raise _user_error("esta instalação já tem um certificado de assinatura; use --replace "
                          "para substituí-lo (o atual é guardado como cópia)")
    passphrase = _passphrase_from_env(args)
    try:
        if passphrase is None and _interactive():
            try:
                read_pkcs12(args.p12, None)
            except PassphraseRequiredError:
                passphrase = _ask(f"Senha do arquivo {args.p12.name}: ")
        stored = import_pkcs12(args.p12, passphrase or None, folder, replace=args.replace)
    except IdentityError as error:
        raise _user_error(error.message) from None
    _report_stored(stored, "importado")
    if stored.identity.chain:
        _out(f"Cadeia importada: {len(stored.identity.chain)} certificado(s)")
    return 0


# -------------------------------------------------------------------------------- parser


def add_commands(subparsers: Any) -> None:
    """Add ``export``, ``verify`` and ``identity`` to ``subparsers`` (from ``add_subparsers``)."""
    passphrase_help = ("nome de uma variável de ambiente com a senha do certificado "
                       "(sem ela, a senha é pedida no terminal)")

    export = subparsers.add_parser(
        "export", help="exportar uma avaliação finalizada como pacote assinado (.aspectos)")
    export.add_argument("id", type=int, metavar="ID", help="número da avaliação")
    export.add_argument("-o", "--output", type=Path, metavar="PASTA",
                        help="pasta onde gravar (padrão: a pasta atual)")
    export.add_argument("--draft", action="store_true",
                        help="gravar só um rascunho em PDF, sem assinatura")
    export.add_argument("--tsa", metavar="URL", help="servidor de carimbo do tempo (RFC 3161)")
    export.add_argument("--passphrase-env", metavar="VARIÁVEL", help=passphrase_help)
    export.add_argument("--demo", action="store_true", help="usar o banco de demonstração")
    export.set_defaults(handler=_cmd_export)

    verify = subparsers.add_parser("verify", help="verificar um pacote .aspectos")
    verify.add_argument("file", type=Path, metavar="ARQUIVO")
    verify.set_defaults(handler=_cmd_verify)

    identity = subparsers.add_parser("identity", help="certificado de assinatura desta instalação")
    isub = identity.add_subparsers(dest="action", metavar="AÇÃO", required=True)
    show = isub.add_parser("show", help="titular, validade, impressão digital e proteção")
    show.set_defaults(handler=_cmd_identity_show)
    show.add_argument("--demo", action="store_true", help="o certificado da demonstração")
    create = isub.add_parser("create", help="criar chave e certificado autoassinado do núcleo")
    create.add_argument("--nucleo", type=int, metavar="ID",
                        help="núcleo titular (necessário se houver mais de um)")
    create.add_argument("--replace", action="store_true",
                        help="substituir o certificado atual (guardado como cópia)")
    create.add_argument("--passphrase-env", metavar="VARIÁVEL", help=passphrase_help)
    create.add_argument("--demo", action="store_true", help="usar o banco de demonstração")
    create.set_defaults(handler=_cmd_identity_create)
    imp = isub.add_parser("import", help="usar o seu certificado (PKCS#12, ex.: ICP-Brasil A1)")
    imp.add_argument("p12", type=Path, metavar="P12", help="arquivo .p12 / .pfx")
    imp.add_argument("--replace", action="store_true",
                     help="substituir o certificado atual (guardado como cópia)")
    imp.add_argument("--passphrase-env", metavar="VARIÁVEL",
                     help="nome de uma variável de ambiente com a senha do arquivo PKCS#12")
    imp.add_argument("--demo", action="store_true", help="para a demonstração")
    imp.set_defaults(handler=_cmd_identity_import)
