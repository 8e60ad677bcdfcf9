"""The embedded TrueType family of every PDF the app writes (DejaVu Sans).

The .ttf files ship with the app in ``resources/fonts/`` (with DejaVu's LICENSE), so
PDFs look the same on every machine and cover Portuguese text (ã, ç, é, õ, º, ª,
dashes, curly quotes) and the ballot-box glyphs (☐ ☑) used for check boxes.
ReportLab embeds a subset of each font that a document uses. Qt-free.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from aspectos_desktop.resources import resource_path

FONT_FAMILY: Final = "DejaVuSans"
FONT_REGULAR: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"
FONT_ITALIC: Final = "DejaVuSans-Oblique"

FONT_FILES: Final[dict[str, str]] = {
    FONT_REGULAR: "fonts/DejaVuSans.ttf",
    FONT_BOLD: "fonts/DejaVuSans-Bold.ttf",
    FONT_ITALIC: "fonts/DejaVuSans-Oblique.ttf",
}

BOX_UNCHECKED: Final = "\u2610"  # ☐
BOX_CHECKED: Final = "\u2611"  # ☑

_lock = threading.Lock()
_registered = False


class FontError(RuntimeError):
    """A font file shipped with the app is missing or unreadable; the message is pt-BR."""


def font_path(font_name: str) -> Path:
    """The shipped .ttf file of ``font_name`` (one of FONT_REGULAR, FONT_BOLD, FONT_ITALIC)."""
    return resource_path(FONT_FILES[font_name])


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab, once per process.

    ``<b>``/``<i>`` markup in paragraphs maps to the bold and oblique faces; bold
    italic falls back to bold.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name in FONT_FILES:
            path = font_path(name)
            if not path.is_file():
                raise FontError(
                    f"A fonte “{path.name}” não foi encontrada em “{path.parent}”. "
                    "Reinstale o aplicativo.")
            try:
                metrics: Any = pdfmetrics
                metrics.registerFont(TTFont(name, str(path)))
            except Exception as error:  # TTFError and friends: a damaged file
                raise FontError(
                    f"Não foi possível ler a fonte “{path.name}”: {error}. "
                    "Reinstale o aplicativo.") from error
        addMapping(FONT_FAMILY, 0, 0, FONT_REGULAR)
        addMapping(FONT_FAMILY, 1, 0, FONT_BOLD)
        addMapping(FONT_FAMILY, 0, 1, FONT_ITALIC)
        addMapping(FONT_FAMILY, 1, 1, FONT_BOLD)
        _registered = True


def missing_glyphs(text: str, font_name: str = FONT_REGULAR) -> set[str]:
    """Characters of ``text`` that ``font_name`` cannot draw (drawn as empty boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    char_to_glyph: dict[int, int] = getattr(face, "charToGlyph", {})
    return {ch for ch in text if not ch.isspace() and ord(ch) not in char_to_glyph}
