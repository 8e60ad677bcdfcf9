"""Small text helpers shared by the catalogue, search and exports."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\r\f\v]+")
_SPACES_AROUND_NEWLINE = re.compile(r" *\n *")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: "Informação" -> "informacao"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    """A stable ASCII slug: "gestão financeira e orçamentária" -> "gestao-financeira-e-orcamentaria"."""
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def normalise_whitespace(text: str) -> str:
    """Collapse runs of blanks, keep line breaks, trim each line and the whole text."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _SPACES_AROUND_NEWLINE.sub("\n", text)
    return text.strip()
