"""argparse in Brazilian Portuguese: ``--help``, usage lines and errors of both programs.

argparse looks each of its texts up through the module globals ``_`` and ``ngettext``
(gettext) at the moment it prints; ``install()`` points those at the table below, so the
app's own help texts (already pt-BR) no longer sit between "usage:", "options:" and
"error: the following arguments are required". Unknown texts pass through unchanged.
"""

from __future__ import annotations

import argparse
from typing import Final

TEXTS: Final[dict[str, str]] = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opções",
    "show this help message and exit": "mostrar esta ajuda e sair",
    "show program's version number and exit": "mostrar a versão e sair",
    "%(prog)s: error: %(message)s\n": "%(prog)s: erro: %(message)s\n",
    "the following arguments are required: %s": "faltam os argumentos obrigatórios: %s",
    "unrecognized arguments: %s": "argumentos não reconhecidos: %s",
    "invalid %(type)s value: %(value)r": "valor inválido (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "opção inválida: %(value)r (escolha entre %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "expected one argument": "falta o valor",
    "expected at least one argument": "falta pelo menos um valor",
    "expected at most one argument": "aceita no máximo um valor",
    "ambiguous option: %(option)s could match %(matches)s":
        "opção ambígua: %(option)s pode ser %(matches)s",
    "not allowed with argument %s": "não pode ser usado com o argumento %s",
    "one of the arguments %s is required": "um dos argumentos %s é obrigatório",
    "ignored explicit argument %r": "valor ignorado: %r",
    "unexpected option string: %s": "opção inesperada: %s",
    "can't open '%(filename)s': %(error)s": "não foi possível abrir “%(filename)s”: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "comando desconhecido %(parser_name)r (opções: %(choices)s)",
}
# argparse gives ``--version`` its help as a plain default (not through ``_``): pass this.
VERSION_HELP: Final = "mostrar a versão e sair"
PLURAL_TEXTS: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("expected %s argument", "expected %s arguments"): ("esperava %s valor", "esperava %s valores"),
}


def translate(text: str) -> str:
    return TEXTS.get(text, text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    one, many = PLURAL_TEXTS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


def install() -> None:
    """Make argparse speak pt-BR in this process (idempotent)."""
    setattr(argparse, "_", translate)  # noqa: B010 (argparse's own global names)
    setattr(argparse, "ngettext", translate_plural)  # noqa: B010
