"""The assessment report as PDF (ReportLab platypus). Qt-free.

``render_report`` turns an exported assessment document (the content of the
bundle's ``assessment.json``) into a printable, searchable report: a cover page,
a per-theme summary with charts, then every aspect in scope grouped theme →
category with the answer in the form it was given. Every page has a header
(núcleo, assessment title) and a footer ("Página X de Y"); the outline has one
entry per theme with its categories as children. The last page keeps a bordered
box free at ``SIGNATURE_BOX``, where ``pdf_signing.sign_pdf`` places the visible
signature.

The page frame, styles, outline markers, the page-total footer and the plain-text
layout (``AspectBlock`` with its parts, ``Deferred``) are shared with
``blank_questionnaire``.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, cast
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors, rl_accel
from reportlab.lib import utils as rl_utils
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFInfo
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NullActionFlowable

from aspectos_desktop.answers import (
    NO_DATA_STATUSES,
    Check,
    Completion,
    check_answer,
    format_number,
    indicator_unit,
    parse_date,
)
from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS, PART_LABELS, SCALES, FormDict
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect, Catalogue
from aspectos_desktop.export.fonts import (
    BOX_CHECKED,
    BOX_UNCHECKED,
    FONT_BOLD,
    FONT_ITALIC,
    FONT_REGULAR,
    register_fonts,
)

# ----------------------------------------------------------------------------- layout

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: Final = 18 * mm
MARGIN_TOP: Final = 22 * mm
MARGIN_BOTTOM: Final = 18 * mm
CONTENT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT: Final = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# The visible signature on the last page: (x1, y1, x2, y2) in PDF points, A4,
# bottom-right, about 80 × 30 mm. pyHanko wants whole numbers.
SIGNATURE_BOX: Final[tuple[int, int, int, int]] = (
    round(PAGE_WIDTH - MARGIN_X - 80 * mm),
    round(MARGIN_BOTTOM) + 1,
    round(PAGE_WIDTH - MARGIN_X),
    round(MARGIN_BOTTOM + 30 * mm) + 1,
)
SIGNATURE_CAPTION: Final = "Assinatura digital do núcleo (PAdES)"
DRAFT_NOTE: Final = "Rascunho — somente para discussão; não assinado"
CREATOR: Final = "Aspectos Desktop"
INFO_EXPORT_ID: Final = "AspectosExportId"
INFO_ASSESSMENT_UUID: Final = "AspectosAssessmentUUID"
INFO_DOCUMENT_SHA256: Final = "AspectosDocumentSHA256"

PRIMARY = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b76")
RULE = colors.HexColor("#b8c4d0")
LIGHT_BG = colors.HexColor("#eef3f8")
GRID = colors.HexColor("#9aa8b5")
ERROR_COLOR = colors.HexColor("#b71c1c")
DRAFT_COLOR = colors.HexColor("#c62828")

_PAGE_TOTAL_FORM: Final = "AspectosPageTotal"
_FOOTER_SIZE: Final = 7.5
_TOTAL_RESERVE: Final = 24.0  # points reserved right of "Página X de " for the total

KIND_LABELS: Final = {"autoavaliacao": "Autoavaliação", "visita": "Visita de monitoramento"}
STATUS_LABELS: Final = {
    "em_andamento": "Em andamento",
    "finalizada": "Finalizada",
    "exportada": "Exportada",
}


def upper_first(text: str) -> str:
    """"aceitabilidade e adequação" -> "Aceitabilidade e adequação" (rest untouched)."""
    return text[:1].upper() + text[1:]


def esc(text: object) -> str:
    """Plain text as paragraph markup: XML-escaped, line breaks kept."""
    return escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    aspect: ParagraphStyle
    answer: ParagraphStyle
    item: ParagraphStyle
    note: ParagraphStyle
    badge: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT_REGULAR, fontSize=9, leading=11.6,
                          splitLongWords=True)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.6, textColor=MUTED)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    return Styles(
        body=body,
        small=small,
        small_italic=ParagraphStyle("small_italic", parent=small, fontName=FONT_ITALIC),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25,
                             textColor=PRIMARY, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12.5, leading=16,
                                spaceAfter=10),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19,
                          textColor=PRIMARY, spaceBefore=2, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=14.5,
                          textColor=PRIMARY, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13,
                          spaceBefore=6, spaceAfter=3, keepWithNext=1),
        aspect=ParagraphStyle("aspect", parent=body, fontName=FONT_BOLD, fontSize=9.2,
                              leading=11.6),
        answer=ParagraphStyle("answer", parent=body, leftIndent=4 * mm, spaceBefore=1.5),
        item=ParagraphStyle("item", parent=body, leftIndent=9 * mm, firstLineIndent=-5 * mm,
                            spaceBefore=1),
        note=ParagraphStyle("note", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                            textColor=DRAFT_COLOR, alignment=TA_CENTER),
        badge=ParagraphStyle("badge", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10,
                             alignment=TA_RIGHT),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose default cell font is ours (ReportLab's is Helvetica, not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands])


# ------------------------------------------------------------------------ plain text
#
# Most of the report is short, plain text in a few faces and colours (statements,
# answers, labels, notes). It is laid out here directly — greedy word wrap with cached
# word widths, words wider than a line split between characters — and written as PDF
# text operators, one text object per aspect, instead of going through Paragraph's
# markup parser and general line breaker and one flowable per paragraph, which made up
# most of the time of a large report. It is real, extractable text in the same embedded
# fonts. Paragraph (``Para``) is still used for the cover, headings and table cells.

Run = tuple[str, str, float, str]
"""A piece of text and how it looks: (text, font name, size, colour "#rrggbb")."""

_Fmt = tuple[str, float, str]  # font name, size, colour
_Line = list[tuple[_Fmt, str]]  # a laid-out line: text segments, each in one look
TextLine = _Line
"""A laid-out line: text segments, each in one look ((font, size, colour), text)."""
_BLANKS: Final = re.compile(r"[ \t\r\f\v]+")  # not the no-break space: it joins words
_SOFT: Final = -1  # "owner" of a break opportunity inside a word cut between characters
_COLOURS: dict[str, colors.Color] = {}
_escape_pdf: Callable[[bytes], str] = cast(Any, rl_accel).escapePDF

INK: Final = "#000000"
MUTED_INK: Final = "#5f6b76"
ERROR_INK: Final = "#b71c1c"
OK_INK: Final = "#2e7d32"
PRIMARY_INK: Final = "#1f4e79"


def regular(text: str, size: float = 9, colour: str = INK) -> Run:
    return (text, FONT_REGULAR, size, colour)


def bold(text: str, size: float = 9, colour: str = INK) -> Run:
    return (text, FONT_BOLD, size, colour)


def italic(text: str, size: float = 9, colour: str = INK) -> Run:
    return (text, FONT_ITALIC, size, colour)


def _colour(value: str) -> colors.Color:
    colour = _COLOURS.get(value)
    if colour is None:
        colour = _COLOURS[value] = colors.HexColor(value)
    return colour


class _Widths(dict[str, float]):
    """Widths of words in one font and size, measured once."""

    def __init__(self, font: str, size: float) -> None:
        super().__init__()
        self.font = font
        self.size = size

    def __missing__(self, word: str) -> float:
        width = self[word] = float(pdfmetrics.stringWidth(word, self.font, self.size))
        return width


_WIDTHS: dict[tuple[str, float], _Widths] = {}


def _widths(font: str, size: float) -> _Widths:
    table = _WIDTHS.get((font, size))
    if table is None or len(table) > 200_000:
        table = _WIDTHS[(font, size)] = _Widths(font, size)
    return table


def _width(text: str, font: str, size: float) -> float:
    return _widths(font, size)[text]


text_width = _width  # public name for the blank questionnaire


def segment(text: str, font: str, size: float, colour: str) -> _Line:
    """``text`` as one line in one look."""
    return [((font, size, colour), text)]


class _Words:
    """The words of one unbroken line of runs, as parallel lists."""

    def __init__(self, pieces: Sequence[tuple[_Fmt, str]]) -> None:
        self.fmts = [fmt for fmt, _ in pieces]
        self.words: list[str] = []
        self.widths: list[float] = []
        self.owner: list[int] = []  # the piece each word comes from
        self.gaps: list[float] = []  # width of the space before each word; 0: joined
        self.gap_owner: list[int] = []  # the piece that has that space
        self.starts: list[int] = []  # first word of each piece
        pending: tuple[float, int] | None = None  # a space at the end of the last piece
        for index, (fmt, text) in enumerate(pieces):
            self.starts.append(len(self.words))
            if not text:
                continue
            found = _BLANKS.split(text)
            lead, trail = found[0] == "", len(found) > 1 and found[-1] == ""
            found = found[1 if lead else 0: len(found) - 1 if trail else len(found)]
            table = _widths(fmt[0], fmt[1])
            space = table[" "]
            if found:
                if pending is not None:
                    first_gap, first_owner = pending
                else:
                    first_gap, first_owner = (space, index) if lead else (0.0, index)
                count = len(found)
                self.words += found
                self.widths += map(table.__getitem__, found)
                self.owner += [index] * count
                self.gaps += [first_gap, *([space] * (count - 1))]
                self.gap_owner += [first_owner, *([index] * (count - 1))]
                pending = (space, index) if trail else None
            elif lead or trail:
                pending = pending or (space, index)
        self.starts.append(len(self.words))

    def split_long(self, limit: float) -> None:
        """Cut every word wider than ``limit`` between characters (soft breaks)."""
        words: list[str] = []
        widths: list[float] = []
        owner: list[int] = []
        gaps: list[float] = []
        gap_owner: list[int] = []
        for index, word in enumerate(self.words):
            piece = self.owner[index]
            font, size, _ = self.fmts[piece]
            table = _widths(font, size)
            gap, gap_piece = self.gaps[index], self.gap_owner[index]
            if self.widths[index] <= limit:
                chunks = [word]
            else:
                chunks: list[str] = []
                current, used = "", 0.0
                for char in word:
                    char_width = table[char]
                    if current and used + char_width > limit:
                        chunks.append(current)
                        current, used = "", 0.0
                    current += char
                    used += char_width
                chunks.append(current)
            for number, chunk in enumerate(chunks):
                words.append(chunk)
                widths.append(table[chunk])
                owner.append(piece)
                gaps.append(gap if number == 0 else 1e-9)
                gap_owner.append(gap_piece if number == 0 else _SOFT)
        self.words, self.widths, self.owner, self.gaps, self.gap_owner = (
            words, widths, owner, gaps, gap_owner)
        self.starts = [next((i for i, o in enumerate(owner) if o >= piece), len(words))
                       for piece in range(len(self.fmts))] + [len(words)]

    def breaks(self, first: float, later: float) -> list[tuple[int, int]]:
        """Greedy line breaks as (first word, end) ranges; never between joined words."""
        widths, gaps = self.widths, self.gaps
        count = len(widths)
        if not count:
            return []
        lines: list[tuple[int, int]] = []
        start, used, limit = 0, widths[0], first
        for index in range(1, count):
            gap = gaps[index]
            if gap and used + gap + widths[index] > limit + 1e-6:
                lines.append((start, index))
                start, used, limit = index, widths[index], later
            else:
                used += gap + widths[index]
        lines.append((start, count))
        return lines

    def line(self, start: int, end: int) -> _Line:
        """The words start..end as segments (one per piece), with the spaces between."""
        words, owner, gaps, gap_owner, starts = (
            self.words, self.owner, self.gaps, self.gap_owner, self.starts)
        line: _Line = []
        piece = owner[start]
        last_piece = owner[end - 1]
        soft = _SOFT in gap_owner[start:end]
        while piece <= last_piece:
            first, stop = max(start, starts[piece]), min(end, starts[piece + 1])
            if first < stop:
                if soft:
                    text = "".join((" " if gap_owner[i] != _SOFT and gaps[i] and i > first
                                    else "") + words[i] for i in range(first, stop))
                else:
                    text = " ".join(words[first:stop])
                if first > start and gaps[first]:
                    if line and gap_owner[first] == owner[first - 1]:
                        line[-1] = (line[-1][0], line[-1][1] + " ")
                    else:
                        text = " " + text
                line.append((self.fmts[piece], text))
            piece += 1
        return line


def layout_lines(runs: Iterable[Run], first: float, later: float) -> list[_Line]:
    """``runs`` broken into lines, ``first`` points wide for the first and ``later``
    after; "\\n" forces a break."""
    hard: list[list[tuple[_Fmt, str]]] = [[]]
    for text, font, size, colour in runs:
        fmt: _Fmt = (font, size, colour)
        if "\n" in text or "\r" in text:
            pieces = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            hard[-1].append((fmt, pieces[0]))
            hard += [[(fmt, piece)] for piece in pieces[1:]]
        else:
            hard[-1].append((fmt, text))
    lines: list[_Line] = []
    limit = first
    for pieces in hard:
        words = _Words(pieces)
        if words.widths and max(words.widths) > min(limit, later):
            words.split_long(min(limit, later))
        ranges = words.breaks(limit, later)
        lines += [words.line(start, end) for start, end in ranges] if ranges else [[]]
        limit = later
    return lines


class _OtherSubset(Exception):
    """A character that ReportLab put in another subset than the first."""


class _Subset0(dict[int, str]):
    """Character → its escaped code in subset 0 of a TrueType font in one document, for
    ``str.translate``; raises _OtherSubset for a character of another subset."""

    def __init__(self, font: Any, doc: Any) -> None:
        super().__init__()
        self.font = font
        self.doc = doc

    def __missing__(self, code: int) -> str:
        chunks: list[tuple[int, bytes]] = self.font.splitString(chr(code), self.doc)
        if len(chunks) != 1 or chunks[0][0] != 0:
            raise _OtherSubset
        escaped = self[code] = _escape_pdf(chunks[0][1])
        return escaped


class _TextOps:
    """Writes PDF text operators straight into a canvas's page stream.

    Uses the documented route for ReportLab's TrueType (dynamic, subsetted) fonts —
    ``font.splitString(text, doc)`` and ``font.getSubsetInternalName(subset, doc)``, see
    ``reportlab.pdfbase.ttfonts`` — with each character's code in the first subset kept
    for the document (a character's code never changes once assigned), so that text is
    encoded by ``str.translate``. One per canvas (``of``).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.doc: Any = cast(Any, canvas)._doc
        self.codes: dict[str, _Subset0] = {}
        self.names: dict[tuple[str, int], str] = {}

    @staticmethod
    def of(canvas: Canvas) -> _TextOps:
        holder: Any = canvas
        ops: _TextOps | None = getattr(holder, "_aspectos_text_ops", None)
        if ops is None:
            ops = _TextOps(canvas)
            holder._aspectos_text_ops = ops
        return ops

    def encode(self, font: str, text: str) -> list[tuple[int, str]]:
        """``text`` as (subset, escaped codes) chunks."""
        codes = self.codes.get(font)
        if codes is None:
            codes = self.codes[font] = _Subset0(pdfmetrics.getFont(font), self.doc)
        try:
            return [(0, text.translate(codes))]
        except _OtherSubset:
            chunks: list[tuple[int, bytes]] = codes.font.splitString(text, self.doc)
            return [(subset, _escape_pdf(data)) for subset, data in chunks]

    def name(self, font: str, subset: int) -> str:
        key = (font, subset)
        name = self.names.get(key)
        if name is None:
            face: Any = pdfmetrics.getFont(font)
            name = self.names[key] = str(face.getSubsetInternalName(subset, self.doc))
        return name

    def text(self, lines: Iterable[tuple[float, float, _Line]]) -> str:
        """One BT…ET object: each line starts at its (x, y) and shows its segments."""
        out = ["BT"]
        current: tuple[str, int, float] | None = None
        colour = ""
        for x, y, line in lines:
            out.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm")
            for (font, size, ink), text in line:
                if ink != colour:
                    out.append(_fill_op(ink))
                    colour = ink
                for subset, escaped in self.encode(font, text):
                    if (font, subset, size) != current:
                        current = (font, subset, size)
                        out.append(f"{self.name(font, subset)} {size:g} Tf")
                    out.append(f"({escaped}) Tj")
        out.append("ET")
        return "\n".join(out)


_FILL_OPS: dict[str, str] = {}


def _fill_op(colour: str) -> str:
    op = _FILL_OPS.get(colour)
    if op is None:
        value = _colour(colour)
        op = _FILL_OPS[colour] = f"{value.red:.4f} {value.green:.4f} {value.blue:.4f} rg"
    return op


def _colour_op(colour: colors.Color, *, stroke: bool = False) -> str:
    """PDF operator setting ``colour`` (RGB) as the fill or stroke colour."""
    return f"{colour.red:.4f} {colour.green:.4f} {colour.blue:.4f} {'RG' if stroke else 'rg'}"


colour_op = _colour_op  # public name for the blank questionnaire


class Para(Paragraph):
    """A Paragraph that remembers its layout: wrapping it again at the same width (a
    keep-together group, then the frame; a table's sizing, then its drawing) is free."""

    _wrapped_at: tuple[float, tuple[float, float]] | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        done = self._wrapped_at
        if done is not None and done[0] == aW and "blPara" in self.__dict__:
            return done[1]
        size = super().wrap(aW, aH)
        self._wrapped_at = (aW, size)
        return size


@dataclass(frozen=True, slots=True)
class TextPart:
    """Text in ``style`` (font size, leading, indents, space before/after); ``right``: a
    short note right-aligned on the first line; ``outline``: (key, title, level) of a
    bookmark and outline entry at the text (a heading); ``space_before`` overrides the
    style's."""

    runs: Sequence[Run]
    style: ParagraphStyle
    right: Run | None = None
    outline: tuple[str, str, int] | None = None
    space_before: float | None = None


@dataclass(frozen=True, slots=True)
class BandPart:
    """The band over an aspect: ``title`` on a light background under a rule, wrapped if
    long, and a badge on the right (none when None)."""

    title: Sequence[Run]
    style: ParagraphStyle  # leading and font size of the title; space before the band
    badge: Run | None
    space_before: float | None = None


@dataclass(frozen=True, slots=True)
class DrawnPart:
    """A fixed-height piece of an AspectBlock that is never split (a form's blanks, an
    empty grid, a frame): ``graphics`` are PDF path operators with the origin at the
    piece's top left (y up: below the top is negative), drawn in their own graphics
    state; ``texts`` are (x, baseline below the top, line) of short texts on it."""

    height: float
    graphics: str = ""
    texts: Sequence[tuple[float, float, _Line]] = ()
    space_before: float = 0.0
    space_after: float = 0.0


def _space_before(part: TextPart | BandPart | DrawnPart) -> float:
    if isinstance(part, DrawnPart):
        return part.space_before
    return part.style.spaceBefore if part.space_before is None else part.space_before


def _space_after(part: TextPart | BandPart | DrawnPart) -> float:
    return part.space_after if isinstance(part, DrawnPart) else part.style.spaceAfter


_BAND_PAD_X: Final = 3.0
_BAND_FILL: Final = _colour_op(LIGHT_BG)
_BAND_RULE: Final = _colour_op(PRIMARY, stroke=True)
_BAND_PAD_Y: Final = 2.5


@dataclass(slots=True)
class _Row:
    """A laid-out slice of an AspectBlock: a line of text or a whole band."""

    space: float  # before the row, when it is not the first on the page
    height: float
    lines: list[tuple[float, float, _Line]]  # (x, baseline below the row top, text)
    band: bool = False
    breakable: bool = True  # may a page break come before this row?
    outline: tuple[str, str, int] | None = None
    graphics: str = ""  # a DrawnPart's, origin at the row's top left


class AspectBlock(Flowable):
    """The text of one aspect as one flowable: ``TextPart``s and ``BandPart``s laid out
    as lines (``DrawnPart``s as one row each), drawn as one text object, split across
    pages between lines.

    The first ``keep`` parts and the first line of the next one stay on one page (the
    header, statement and source with the start of the answer); a paragraph's first
    line is never left alone at the bottom of a page. Laid out for the width it is first
    wrapped at (the report has one frame width).
    """

    def __init__(self, parts: Sequence[TextPart | BandPart | DrawnPart], *, keep: int = 0,
                 max_height: float = CONTENT_HEIGHT) -> None:
        super().__init__()
        self.parts = tuple(parts)
        self.keep = keep
        self.max_height = max_height
        self.spaceBefore = _space_before(self.parts[0]) if self.parts else 0
        self.spaceAfter = _space_after(self.parts[-1]) if self.parts else 0
        self.rows: list[_Row] | None = None

    @classmethod
    def _of_rows(cls, rows: list[_Row], width: float, max_height: float) -> AspectBlock:
        block = cls((), max_height=max_height)
        block.rows = rows
        block.width = width
        block.height = sum(row.space for row in rows[1:]) + sum(row.height for row in rows)
        return block

    def _layout(self, width: float) -> list[_Row]:
        rows: list[_Row] = []
        for index, part in enumerate(self.parts):
            if isinstance(part, DrawnPart):
                rows.append(_Row(part.space_before, part.height, list(part.texts),
                                 breakable=index > self.keep, graphics=part.graphics))
                continue
            style = part.style
            leading = style.leading
            if isinstance(part, BandPart):
                badge_run = part.badge
                inner = width - 2 * _BAND_PAD_X - (
                    0.0 if badge_run is None
                    else 4 * mm + _width(badge_run[0], badge_run[1], badge_run[2]))
                title = layout_lines(part.title, inner, inner)
                top = _BAND_PAD_Y + style.fontSize
                lines = [(_BAND_PAD_X, top + i * leading, line) for i, line in enumerate(title)]
                if badge_run is not None:
                    badge_x = width - _BAND_PAD_X - _width(*badge_run[:3])
                    lines.append((badge_x, top, segment(*badge_run)))
                rows.append(_Row(_space_before(part), len(title) * leading + 2 * _BAND_PAD_Y,
                                 lines, band=True, breakable=index > self.keep))
                continue
            first = width - style.leftIndent - style.firstLineIndent - style.rightIndent
            later = width - style.leftIndent - style.rightIndent
            right: _Line = []
            right_width = 0.0
            right_run = part.right
            if right_run is not None:
                right = segment(*right_run)
                right_width = _width(*right_run[:3])
                if right_width <= width / 2:
                    first -= right_width + 6 * mm
                else:  # no room beside the text: a line of its own, after it
                    right_width = -1.0
            lines = layout_lines(part.runs, first, later) or [[]]
            for number, line in enumerate(lines):
                x = style.leftIndent + (style.firstLineIndent if number == 0 else 0)
                # no break inside the kept head, nor after a paragraph's first line
                breakable = (index > self.keep or (index == self.keep and number > 0)) \
                    and number != 1
                rows.append(_Row(_space_before(part) if number == 0 else 0, leading,
                                 [(x, style.fontSize, line)], breakable=breakable,
                                 outline=part.outline if number == 0 else None))
            if right_run is not None:
                right_x = width - _width(*right_run[:3])
                if right_width >= 0:
                    rows[-len(lines)].lines.append((right_x, style.fontSize, right))
                else:
                    rows.append(_Row(0, leading, [(right_x, style.fontSize, right)],
                                     breakable=index >= self.keep))
        return rows

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self.rows is None:
            self.rows = self._layout(aW)
            self.width = aW
            rows = self.rows
            self.height = (sum(row.space for row in rows[1:])
                           + sum(row.height for row in rows))
        return self.width, self.height

    def split(self, aW: float, aH: float, /) -> list[Flowable]:
        self.wrap(aW, aH)
        rows = self.rows or []
        used = 0.0
        best = last_fit = 0  # break before this row (0: none found)
        for index, row in enumerate(rows):
            used += (row.space if index else 0) + row.height
            if used > aH + 1e-6:
                break
            if index + 1 < len(rows):
                last_fit = index + 1
                if rows[index + 1].breakable:
                    best = index + 1
        else:
            return [self]
        if not best:
            head = next((i for i, row in enumerate(rows) if i and row.breakable), len(rows))
            head_height = sum(row.space + row.height for row in rows[:head])
            if head_height <= self.max_height or not last_fit:
                return []  # the whole head goes on the next page
            best = last_fit  # a head taller than a page: break it anywhere
        rest = rows[best:]
        rest[0] = _Row(0, rest[0].height, rest[0].lines, rest[0].band, True, rest[0].outline,
                       rest[0].graphics)
        first = AspectBlock._of_rows(rows[:best], self.width, self.max_height)
        first.spaceBefore = self.spaceBefore
        second = AspectBlock._of_rows(rest, self.width, self.max_height)
        second.spaceAfter = self.spaceAfter
        second.keepWithNext = getattr(self, "keepWithNext", 0)
        return [first, second]

    def draw(self) -> None:
        canvas = self.canv
        text: list[tuple[float, float, _Line]] = []
        graphics: list[str] = []
        y = self.height
        for index, row in enumerate(self.rows or []):
            if index:
                y -= row.space
            if row.band:
                graphics.append(
                    f"{_BAND_FILL} 0 {y - row.height:.3f} {self.width:.3f} {row.height:.3f} re f "
                    f"{_BAND_RULE} 0.8 w 0 {y:.3f} m {self.width:.3f} {y:.3f} l S")
            if row.graphics:
                graphics.append(f"q 1 0 0 1 0 {y:.3f} cm\n{row.graphics}\nQ")
            if row.outline is not None:
                key, title, level = row.outline
                marks: Any = canvas
                marks.bookmarkHorizontal(key, 0, y + 2)
                marks.addOutlineEntry(title, key, level=level, closed=level == 0)
            text += [(x, y - baseline, atoms) for x, baseline, atoms in row.lines]
            y -= row.height
        graphics.append(_TextOps.of(canvas).text(text))
        canvas.addLiteral("\n".join(graphics))


@dataclass(frozen=True, slots=True)
class PngData:
    """A PNG whose compressed pixels can go into the PDF as they are (FlateDecode with the
    PNG predictors): 8 bits per channel, grey or RGB, not interlaced, no transparency."""

    width: int
    height: int
    colours: int  # 1 grey, 3 RGB
    pixels: bytes  # the IDAT data
    name: str  # of the image XObject, from the content

    @staticmethod
    def parse(data: bytes) -> PngData | None:
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            return None
        position = 8
        header: tuple[int, ...] | None = None
        pixels: list[bytes] = []
        while position + 12 <= len(data):
            length, kind = struct.unpack_from(">I4s", data, position)
            body = data[position + 8: position + 8 + length]
            if len(body) != length or struct.unpack_from(">I", data, position + 8 + length)[0] \
                    != zlib.crc32(kind + body):
                return None  # truncated or damaged
            position += 12 + length
            if kind == b"IHDR" and length == 13:
                header = struct.unpack(">IIBBBBB", body)
            elif kind == b"IDAT":
                pixels.append(body)
            elif kind in (b"tRNS", b"PLTE"):
                return None
            elif kind == b"IEND":
                break
        if header is None or not pixels:
            return None
        width, height, depth, colour_type, compression, filtering, interlace = header
        if depth != 8 or colour_type not in (0, 2) or compression or filtering or interlace:
            return None
        content = b"".join(pixels)
        return PngData(width, height, 3 if colour_type == 2 else 1, content,
                       "png-" + hashlib.sha256(content).hexdigest()[:24])

    def add_to(self, canvas: Canvas) -> str:
        """Add the image XObject to the canvas's document (once); its form name."""
        pdf: Any = pdfdoc
        document: Any = cast(Any, canvas)._doc
        if not document.hasForm(self.name):
            colour_space = "DeviceRGB" if self.colours == 3 else "DeviceGray"
            document.addForm(self.name, pdf.PDFStream(dictionary=pdf.PDFDictionary({
                "Type": pdf.PDFName("XObject"),
                "Subtype": pdf.PDFName("Image"),
                "Width": self.width,
                "Height": self.height,
                "BitsPerComponent": 8,
                "ColorSpace": pdf.PDFName(colour_space),
                "Filter": pdf.PDFName("FlateDecode"),
                "DecodeParms": pdf.PDFDictionary({
                    "Predictor": 15, "Colors": self.colours, "BitsPerComponent": 8,
                    "Columns": self.width}),
            }), content=self.pixels))
        return self.name


class Deferred(Flowable):
    """Flowables made only when the layout reaches them (a category's aspects), so that a
    large report never holds all of its text at once. Like KeepTogether, it never fits
    as it is: the frame splits it into its flowables, which then flow as usual."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._make = make

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return aW, 0xFFFFFF

    def split(self, aW: float, aH: float, /) -> list[Flowable]:
        return [NullActionFlowable(), *self._make()]


class Picture(Flowable):
    """An image at a given size, ``indent`` points from the left: decoded pixels
    (``ImageReader``) or a PNG's own compressed data (``PngData``)."""

    def __init__(self, image: ImageReader | PngData, width: float, height: float,
                 indent: float = 0) -> None:
        super().__init__()
        self.image = image
        self.draw_width = width
        self.draw_height = height
        self.indent = indent

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = self.indent + self.draw_width, self.draw_height
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        if isinstance(self.image, PngData):
            name = self.image.add_to(canvas)
            canvas._currentPageHasImages = 1  # as drawImage does (the page's ProcSet)
            canvas.saveState()
            canvas.translate(self.indent, 0)
            canvas.scale(self.draw_width, self.draw_height)
            canvas.doForm(name)
            canvas.restoreState()
        else:
            canvas.drawImage(self.image, self.indent, 0, self.draw_width, self.draw_height)


class _TextStyles:
    """The report's text styles that ``make_styles`` does not have, made once."""

    def __init__(self, s: Styles) -> None:
        self.aspect = ParagraphStyle("band", parent=s.aspect, spaceBefore=3.5 * mm)
        self.statement = ParagraphStyle("statement", parent=s.body, spaceBefore=1.5 * mm)
        self.meta = ParagraphStyle("meta", parent=s.small, spaceBefore=0.5)
        self.answer = s.answer
        self.item = s.item
        self.caption = ParagraphStyle("caption", parent=s.small, leftIndent=4 * mm)
        self.caption_before_table = ParagraphStyle("caption_table", parent=s.answer,
                                                   spaceAfter=1 * mm)
        self._cell = s.cell
        self._cell_bold = s.cell_bold
        self._grid: dict[float, tuple[ParagraphStyle, ParagraphStyle]] = {}

    def grid(self, size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
        """(header, body) cell styles of a table answer at font ``size``."""
        styles = self._grid.get(size)
        if styles is None:
            styles = self._grid[size] = (
                ParagraphStyle(f"th{size:g}", parent=self._cell_bold, fontSize=size,
                               leading=size + 2, textColor=colors.white),
                ParagraphStyle(f"td{size:g}", parent=self._cell, fontSize=size,
                               leading=size + 2))
        return styles


# ----------------------------------------------------------------------- page frame


@dataclass(frozen=True, slots=True)
class PdfMeta:
    """Document information (shown by PDF viewers under "Propriedades")."""

    title: str
    author: str
    subject: str
    keywords: str = ""
    created: datetime | None = None
    custom: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page shows besides the story: header, footer, draft watermark."""

    header_left: str
    header_right: str
    footer_left: str
    draft: bool = False
    cover_has_header: bool = False


class _Info(PDFInfo):
    """ReportLab's document info plus custom keys and a fixed creation date."""

    def __init__(self, created: datetime | None, custom: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.created = created
        self.custom = tuple(custom)

    def format(self, document: Any) -> bytes:
        moment = (self.created or datetime.now(UTC)).astimezone(UTC)
        stamp = moment.strftime("D:%Y%m%d%H%M%S+00'00'")
        pdf: Any = pdfdoc
        entries: dict[str, Any] = {
            "Title": pdf.PDFString(self.title),
            "Author": pdf.PDFString(self.author),
            "Subject": pdf.PDFString(self.subject),
            "Keywords": pdf.PDFString(self.keywords),
            "Creator": pdf.PDFString(self.creator),
            "Producer": pdf.PDFString(str(self.producer)),
            "CreationDate": pdf.PDFString(stamp),
            "ModDate": pdf.PDFString(stamp),
            "Trapped": pdf.PDFName(self.trapped),
        }
        for key, value in self.custom:
            entries[key] = pdf.PDFString(value)
        formatted: bytes = pdf.PDFDictionary(entries).format(document)
        return formatted


class _PagedCanvas(Canvas):
    """Counts pages and, at save time, defines the "Y" of "Página X de Y" once and
    replaces ReportLab's document info by one with the custom keys of ``pdf_meta``."""

    pdf_meta: PdfMeta | None = None
    pages_done: int = 0

    def showPage(self) -> None:
        self.pages_done += 1
        super().showPage()

    def save(self) -> None:
        me: Any = self
        me.beginForm(_PAGE_TOTAL_FORM, lowerx=0, lowery=-3, upperx=80, uppery=12)
        self.setFont(FONT_REGULAR, _FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages_done))
        me.endForm()
        meta = self.pdf_meta
        pdf_document: Any = me._doc
        old: PDFInfo = pdf_document.info
        info = _Info(meta.created if meta else None, meta.custom if meta else ())
        for name in ("title", "author", "subject", "keywords", "creator", "producer"):
            setattr(info, name, getattr(old, name))
        pdf_document.info = info
        # Page contents: Flate only. ReportLab (rl_config.useA85, a global) would wrap them
        # in ASCII85 too: 25 % bigger, and slow to encode in pure Python. Set per page
        # here, as ReportLab does when it writes the page, so other documents are untouched.
        pdf: Any = pdfdoc
        for page in pdf_document.Pages.pages:
            if page.compression and page.stream and not page.Contents:
                contents = pdf.PDFStream(content=page.stream, filters=[pdf.PDFZCompress])
                contents.__Comment__ = "page stream"
                page.Contents = contents
        super().save()


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_page(canvas: Canvas, decor: PageDecor, *, header: bool) -> None:
    half = CONTENT_WIDTH / 2 - 4 * mm
    right = PAGE_WIDTH - MARGIN_X
    text: list[tuple[float, float, _Line]] = []
    graphics = [_colour_op(RULE, stroke=True), "0.6 w"]
    if header:
        y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        left_text = _ellipsize(decor.header_left, FONT_BOLD, 8, half)
        right_text = _ellipsize(decor.header_right, FONT_REGULAR, 8, half)
        text.append((MARGIN_X, y, segment(*bold(left_text, 8, PRIMARY_INK))))
        text.append((right - _width(right_text, FONT_REGULAR, 8), y,
                     segment(*regular(right_text, 8, MUTED_INK))))
        graphics.append(f"{MARGIN_X:.3f} {y - 2.2 * mm:.3f} m {right:.3f} {y - 2.2 * mm:.3f} l S")
    y = MARGIN_BOTTOM - 9 * mm
    graphics.append(f"{MARGIN_X:.3f} {y + 3.6 * mm:.3f} m {right:.3f} {y + 3.6 * mm:.3f} l S")
    footer = _ellipsize(decor.footer_left, FONT_REGULAR, _FOOTER_SIZE, CONTENT_WIDTH - 40 * mm)
    text.append((MARGIN_X, y, segment(*regular(footer, _FOOTER_SIZE, MUTED_INK))))
    total_x = right - _TOTAL_RESERVE
    page = f"Página {canvas.getPageNumber()} de "
    text.append((total_x - _width(page, FONT_REGULAR, _FOOTER_SIZE), y,
                 segment(*regular(page, _FOOTER_SIZE, MUTED_INK))))
    canvas.addLiteral("q\n" + "\n".join(graphics) + "\n" + _TextOps.of(canvas).text(text)
                      + "\nQ")
    canvas.saveState()
    canvas.translate(total_x, y)
    any_canvas: Any = canvas
    any_canvas.doForm(_PAGE_TOTAL_FORM)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(DRAFT_COLOR)
    canvas.setFillAlpha(0.13)
    canvas.setFont(FONT_BOLD, 96)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -34, "RASCUNHO")
    canvas.restoreState()
    # the same word upright, for print-outs and for text extraction (the diagonal one
    # comes out of text extractors in pieces)
    canvas.saveState()
    canvas.setFillColor(DRAFT_COLOR)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 9 * mm,
                             "RASCUNHO — não assinado, somente para discussão")
    canvas.restoreState()


def build_pdf(story: list[Flowable], meta: PdfMeta, decor: PageDecor) -> bytes:
    """Lay out ``story`` on A4 pages with header, footer and outline; return the PDF.

    The story starts on the "cover" page template; switch with
    ``NextPageTemplate("body")``.
    """
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=meta.title, author=meta.author, subject=meta.subject,
        keywords=meta.keywords, creator=CREATOR, initialFontName=FONT_REGULAR, lang="pt-BR",
    )

    def frame(identifier: str) -> Frame:
        return Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, id=identifier,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(header: bool) -> Callable[[Canvas, BaseDocTemplate], None]:
        def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_page(canvas, decor, header=header)
        return draw

    def on_page_end(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if decor.draft:
            _draw_watermark(canvas)

    document.addPageTemplates([
        PageTemplate(id="cover", frames=[frame("cover")], onPage=on_page(decor.cover_has_header),
                     onPageEnd=on_page_end),
        PageTemplate(id="body", frames=[frame("body")], onPage=on_page(True),
                     onPageEnd=on_page_end),
    ])
    canvas_class = type("_MetaCanvas", (_PagedCanvas,), {"pdf_meta": meta})
    document.build(story, canvasmaker=cast(Any, canvas_class))
    return buffer.getvalue()


class OutlineMarker(Flowable):
    """Zero-size flowable: a bookmark and outline entry where it is drawn.

    Keep it with the heading that follows (it sets keepWithNext) so that both
    land on the same page.
    """

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.keepWithNext = 1
        self.width = 0
        self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.bookmarkHorizontal(self.key, 0, 12)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level == 0)


# ------------------------------------------------------------------- document access


def _dict(value: Any) -> dict[str, Any]:
    return cast(dict[str, Any], value) if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return cast(list[Any], value) if isinstance(value, list) else []


def _str(value: Any) -> str:
    return "" if value is None else str(value).strip()


def format_datetime(raw: Any) -> str:
    """"2026-05-12T14:03:00Z" -> "12/05/2026 14:03 UTC"; other text unchanged."""
    text = _str(raw)
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        return moment.strftime("%d/%m/%Y %H:%M")
    return moment.astimezone(UTC).strftime("%d/%m/%Y %H:%M UTC")


def format_date(raw: Any) -> str:
    """"2026-03-31" or "31/03/2026" -> "31/03/2026"; other text unchanged."""
    text = _str(raw)
    day = parse_date(text) if text else None
    return day.strftime("%d/%m/%Y") if day else text


def _parse_iso(raw: Any) -> datetime | None:
    text = _str(raw)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _period(start: Any, end: Any) -> str:
    first, last = format_date(start), format_date(end)
    if first and last:
        return f"{first} a {last}"
    if first:
        return f"a partir de {first}"
    if last:
        return f"até {last}"
    return ""


def _size_text(size: Any) -> str:
    try:
        count = int(size)
    except (TypeError, ValueError):
        return ""
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{format_number(Decimal(count) / 1024, 1)} KB"
    return f"{format_number(Decimal(count) / (1024 * 1024), 1)} MB"


def document_sha256(document: Mapping[str, Any]) -> str | None:
    """SHA-256 of the document's canonical JSON (as stored in the bundle), if computable.

    Recorded in the PDF so that a verifier can bind the report to its assessment.json;
    None when the exporter's serialiser is unavailable or the document is not JSON data.
    """
    try:
        from aspectos_desktop.export.document import canonical_json
    except ImportError:
        return None
    try:
        return hashlib.sha256(canonical_json(document)).hexdigest()
    except Exception:  # not serialisable (a caller's ad-hoc document): leave it out
        return None


def scope_themes(catalogue: Catalogue, theme_slugs: Iterable[str] | None) -> list[str]:
    """Theme slugs in catalogue order, limited to ``theme_slugs`` (all when empty/None)."""
    wanted = set(theme_slugs or ())
    return [t.slug for t in catalogue.themes if not wanted or t.slug in wanted]


_RESPOSTA: Final = re.compile(r"\s*Resposta:.*$", re.S)
_OBSERVATION: Final = re.compile(r"^(?:Observaç(?:ão|ões)|Obs)\s*:\s*")


def _checklist_tail(text: str, checklist: list[dict[str, str]]) -> list[tuple[str, str]]:
    """What follows the last checklist item (an "Observação: …"), without "Resposta: …"."""
    last = checklist[-1]["text"]
    position = text.rfind(last)
    if position < 0:
        return []
    tail = _RESPOSTA.sub("", text[position + len(last):]).strip().lstrip(";,.").strip()
    if not tail:
        return []
    observation = _OBSERVATION.match(tail)
    if observation:
        return [("Observação", tail[observation.end():].strip())]
    return [("Complemento", tail)]


def statement_parts(aspect: Aspect) -> tuple[str, list[tuple[str, str]]]:
    """The statement to print and, for indicators, its labelled definition parts.

    For a checklist the items are printed separately, so the statement is the text
    before the first item; an indicator with labelled parts prints them as a list.
    """
    form = aspect.form
    text = aspect.elemento.strip()
    checklist = cast(list[dict[str, str]], form.get("checklist") or [])
    if checklist:
        first = checklist[0]
        found = re.search(rf"(?:^|(?<=[\s(;:.,])){re.escape(first['key'])}\)\s", text)
        if found:
            return text[: found.start()].strip(), _checklist_tail(text, checklist)
    parts = cast(dict[str, str], form.get("parts") or {})
    if form["type"] == "indicator" and len(parts) > 1:
        lead = parts.get("descricao", "")
        labelled = [(PART_LABELS.get(k, k), v) for k, v in parts.items() if k != "descricao"]
        return lead, labelled
    return text, []


# ----------------------------------------------------------------------- summaries

# Buckets of the charts and summary: scale choices, no-data statuses of other forms,
# "a value was given", invalid, unanswered.
_BUCKETS: Final[list[tuple[str, str, str]]] = [
    ("sim", "Sim", "#2e7d32"),
    ("atendeu_totalmente", "Atendeu totalmente", "#00796b"),
    ("atendeu_parcialmente", "Atendeu parcialmente", "#8bc34a"),
    ("5", "5 — Muito satisfeito", "#00796b"),
    ("4", "4 — Satisfeito", "#66bb6a"),
    ("3", "3 — Indiferente", "#fdd835"),
    ("2", "2 — Insatisfeito", "#fb8c00"),
    ("1", "1 — Muito insatisfeito", "#bf360c"),
    ("nao", "Não", "#c62828"),
    ("nao_atendeu", "Não atendeu", "#e53935"),
    ("nao_se_aplica", "Não se aplica", "#78909c"),
    ("nao_sabe", "Não sabe", "#f9a825"),
    ("valor", "Valor, tabela ou anexo informado", "#1565c0"),
    ("invalida", "Resposta inválida", "#6a1b9a"),
    ("vazio", "Não respondido", "#dfe3e8"),
]
BUCKET_LABELS: Final = {key: label for key, label, _ in _BUCKETS}
_BUCKET_COLORS: Final = {key: colors.HexColor(color) for key, _, color in _BUCKETS}
_LIGHT_BUCKETS: Final = {"vazio", "3", "nao_sabe", "atendeu_parcialmente"}
_MAIN_SCALE_COLUMNS: Final = ("sim", "nao", "nao_se_aplica", "nao_sabe")


@dataclass(slots=True)
class Tally:
    """Answer counts of a group of aspects."""

    total: int = 0
    answered: int = 0
    invalid: int = 0
    buckets: Counter[str] = field(default_factory=lambda: Counter[str]())
    scale_answered: int = 0
    scale_choices: Counter[str] = field(default_factory=lambda: Counter[str]())

    def add(self, other: Tally) -> None:
        self.total += other.total
        self.answered += other.answered
        self.invalid += other.invalid
        self.buckets.update(other.buckets)
        self.scale_answered += other.scale_answered
        self.scale_choices.update(other.scale_choices)


def bucket_of(form: FormDict, value: Mapping[str, Any] | None, check: Check) -> str:
    if check.completion is Completion.EMPTY:
        return "vazio"
    if check.completion is Completion.INVALID:
        return "invalida"
    value = value or {}
    if form["type"] == "scale":
        choice = str(value.get("choice"))
        return choice if choice in BUCKET_LABELS else "valor"
    status = value.get("status")
    if status in NO_DATA_STATUSES:
        return str(status)
    return "valor"


def _percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "—"
    return f"{format_number(Decimal(part) * 100 / Decimal(whole), 1)}%"


# -------------------------------------------------------------------------- charts


def _split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[Any] = cast(Any, rl_utils).simpleSplit(text, font, size, width)
    return [str(line) for line in lines]


class ShareChart(Flowable):
    """Horizontal 100 % stacked bars, one per row (label, bucket counts, right note),
    drawn straight on the canvas; ``legend_keys`` lists the buckets to explain under the
    bars (none when None)."""

    FONT_SIZE: Final = 7.5
    LINE_HEIGHT: Final = 9.0
    BAR_HEIGHT: Final = 11.0

    def __init__(self, rows: Sequence[tuple[str, Counter[str], str]], width: float,
                 legend_keys: Sequence[str] | None = None) -> None:
        super().__init__()
        size = self.FONT_SIZE
        self.label_width = 58 * mm
        self.bar_x = self.label_width + 2 * mm
        self.bar_width = width - self.bar_x - 17 * mm
        self.rows: list[tuple[list[str], float, Counter[str], str]] = []
        for label, counts, note in rows:
            lines = _split_lines(label, FONT_REGULAR, size, self.label_width)
            if len(lines) > 2:
                lines = [lines[0], _ellipsize(" ".join(lines[1:]), FONT_REGULAR, size,
                                              self.label_width)]
            self.rows.append((lines, max(17.0, len(lines) * self.LINE_HEIGHT + 6), counts, note))
        self.legend_rows: list[list[tuple[str, float]]] = []
        current: list[tuple[str, float]] = []
        x = 0.0
        for key in legend_keys or ():
            item_width = 12 + _width(BUCKET_LABELS[key], FONT_REGULAR, size) + 12
            if current and x + item_width > width:
                self.legend_rows.append(current)
                current, x = [], 0.0
            current.append((key, x))
            x += item_width
        if current:
            self.legend_rows.append(current)
        legend_height = len(self.legend_rows) * 13.0 + (6 if self.legend_rows else 0)
        self.width = width
        self.height = sum(row[1] for row in self.rows) + legend_height + 2

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        size = self.FONT_SIZE
        bar_x, bar_width, bar_height = self.bar_x, self.bar_width, self.BAR_HEIGHT
        frame_style = f"{_colour_op(GRID, stroke=True)} 0.4 w"
        segment_style = f"{_colour_op(colors.white, stroke=True)} 0.3 w"
        graphics: list[str] = []
        text: list[tuple[float, float, _Line]] = []

        def label(x: float, y: float, value: str, font: str, font_size: float, ink: str,
                  anchor: str = "start") -> None:
            if anchor != "start":
                width = _width(value, font, font_size)
                x -= width if anchor == "end" else width / 2
            text.append((x, y, segment(value, font, font_size, ink)))

        y = self.height
        for lines, row_height, counts, note in self.rows:
            y -= row_height
            centre = y + row_height / 2
            first_base = centre + (len(lines) - 1) * self.LINE_HEIGHT / 2 - size * 0.35
            for index, line in enumerate(lines):
                label(0, first_base - index * self.LINE_HEIGHT, line, FONT_REGULAR, size, INK)
            label(self.width, centre - size * 0.35, note, FONT_REGULAR, size, MUTED_INK, "end")
            bar_y = centre - bar_height / 2
            graphics.append(f"{frame_style} {bar_x:.3f} {bar_y:.3f} {bar_width:.3f} "
                            f"{bar_height:.3f} re S {segment_style}")
            total = sum(counts.values())
            x = bar_x
            for key, _, _ in _BUCKETS:
                count = counts[key]
                if not count or not total:
                    continue
                share = bar_width * count / total
                graphics.append(f"{_colour_op(_BUCKET_COLORS[key])} {x:.3f} {bar_y:.3f} "
                                f"{share:.3f} {bar_height:.3f} re B")
                percent = f"{round(100 * count / total)}%"
                if _width(percent, FONT_BOLD, 6.5) + 3 <= share:
                    label(x + share / 2, bar_y + 3.2, percent, FONT_BOLD, 6.5,
                          INK if key in _LIGHT_BUCKETS else "#ffffff", "middle")
                x += share
        y -= 6
        graphics.append(frame_style)
        for legend_row in self.legend_rows:
            y -= 13
            for key, x in legend_row:
                graphics.append(f"{_colour_op(_BUCKET_COLORS[key])} {x:.3f} {y:.3f} 9 9 re B")
                label(x + 12, y + 1.5, BUCKET_LABELS[key], FONT_REGULAR, size, INK)
        graphics.append(_TextOps.of(self.canv).text(text))
        self.canv.addLiteral("\n".join(graphics))


def share_charts(rows: Sequence[tuple[str, Counter[str], str]], width: float,
                 per_chart: int = 26) -> list[Flowable]:
    """``ShareChart`` in chunks that fit a page; the legend goes under the last one."""
    used = [key for key, _, _ in _BUCKETS if any(counts[key] for _, counts, _ in rows)]
    chunks = [rows[i: i + per_chart] for i in range(0, len(rows), per_chart)]
    return [ShareChart(chunk, width, used if index == len(chunks) - 1 else None)
            for index, chunk in enumerate(chunks)]


# ------------------------------------------------------------------------ the report


@dataclass(frozen=True, slots=True)
class _AnswerView:
    aspect: Aspect
    answer: Mapping[str, Any] | None
    value: dict[str, Any]
    check: Check
    bucket: str


class _ReportBuilder:
    def __init__(self, document: Mapping[str, Any], catalogue: Catalogue,
                 attachments: Mapping[str, bytes], draft: bool,
                 document_hash: str | None = None) -> None:
        self.doc = document
        self.document_hash = document_hash
        self.catalogue = catalogue
        self.attachments = {k.lower(): v for k, v in attachments.items()}
        self.draft = draft
        self.s = make_styles()
        self.t = _TextStyles(self.s)
        self.export = _dict(document.get("export"))
        self.nucleo = _dict(document.get("nucleo"))
        self.assessment = _dict(document.get("assessment"))
        self.catalogue_info = _dict(document.get("catalogue"))
        self.answers: dict[int, dict[str, Any]] = {}
        for item in _list(document.get("answers")):
            entry = _dict(item)
            try:
                self.answers[int(entry.get("aspect_id"))] = entry  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
        self.files: dict[str, dict[str, Any]] = {}
        for item in _list(document.get("attachments")):
            entry = _dict(item)
            self.files[_str(entry.get("sha256")).lower()] = entry
        self.themes = scope_themes(catalogue, [str(s) for s in
                                               _list(self.assessment.get("theme_slugs"))])
        self.views: dict[int, _AnswerView] = {}
        for slug in self.themes:
            for aspect in catalogue.theme_aspects(slug):
                answer = self.answers.get(aspect.id)
                value = _dict(answer.get("value")) if answer else {}
                check = check_answer(aspect.form, value or None)
                self.views[aspect.id] = _AnswerView(aspect, answer, value, check,
                                                    bucket_of(aspect.form, value, check))

    # ------------------------------------------------------------------ tallies

    def tally(self, aspect_ids: Iterable[int]) -> Tally:
        tally = Tally()
        for aspect_id in aspect_ids:
            view = self.views[aspect_id]
            tally.total += 1
            tally.buckets[view.bucket] += 1
            if view.check.answered:
                tally.answered += 1
                if view.aspect.form["type"] == "scale":
                    tally.scale_answered += 1
                    tally.scale_choices[view.bucket] += 1
            elif view.check.invalid:
                tally.invalid += 1
        return tally

    def theme_ids(self, slug: str) -> list[int]:
        return [a.id for a in self.catalogue.theme_aspects(slug)]

    # -------------------------------------------------------------------- story

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story.append(NextPageTemplate("body"))
        story.append(PageBreak())
        story += self.summary()
        for slug in self.themes:
            story.append(PageBreak())
            story += self.theme_section(slug)
        story += self.signature_block()
        return story

    def meta(self) -> PdfMeta:
        kind = KIND_LABELS.get(_str(self.assessment.get("kind")), "Avaliação")
        title = _str(self.assessment.get("title")) or kind
        nucleo = _str(self.nucleo.get("name")) or "Núcleo de Telessaúde"
        return PdfMeta(
            title=f"{title} — {nucleo}",
            author=nucleo,
            subject=(f"{kind} de núcleo de telessaúde — catálogo "
                     f"{_str(self.catalogue_info.get('version'))}"),
            keywords="telessaúde, autoavaliação, Aspectos Desktop",
            created=_parse_iso(self.export.get("created_at")),
            custom=tuple((key, value) for key, value in (
                (INFO_EXPORT_ID, _str(self.export.get("id"))),
                (INFO_ASSESSMENT_UUID, _str(self.assessment.get("uuid"))),
                (INFO_DOCUMENT_SHA256, self.document_hash or document_sha256(self.doc) or ""),
            ) if value),
        )

    def decor(self) -> PageDecor:
        return PageDecor(
            header_left=_str(self.nucleo.get("name")),
            header_right=_str(self.assessment.get("title")),
            footer_left=f"Aspectos Desktop · exportação {_str(self.export.get('id'))}",
            draft=self.draft,
        )

    # -------------------------------------------------------------------- cover

    def cover(self) -> list[Flowable]:
        s = self.s
        kind_key = _str(self.assessment.get("kind"))
        heading = ("Relatório de visita de monitoramento" if kind_key == "visita"
                   else "Relatório de autoavaliação")
        flow: list[Flowable] = [
            Spacer(1, 10 * mm),
            Paragraph(esc(heading), s.title),
            Paragraph(esc(_str(self.assessment.get("title"))), s.subtitle),
        ]
        if self.draft:
            note = Table([[Paragraph(esc(DRAFT_NOTE), s.note)]], colWidths=[CONTENT_WIDTH])
            note.setStyle(table_style([
                ("BOX", (0, 0), (-1, -1), 1.2, DRAFT_COLOR),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecea")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            flow += [note, Spacer(1, 5 * mm)]
        expected = _str(self.catalogue_info.get("content_sha256"))
        if expected and expected != self.catalogue.content_hash:
            flow += [Paragraph(
                "<b>Atenção:</b> esta avaliação foi respondida com outro catálogo (SHA-256 "
                f"{esc(expected)}); este aplicativo usa a versão {esc(self.catalogue.version)} "
                f"(SHA-256 {esc(self.catalogue.content_hash)}). Os enunciados impressos são os "
                "do catálogo deste aplicativo.", ParagraphStyle(
                    "warn", parent=s.body, textColor=ERROR_COLOR)), Spacer(1, 4 * mm)]

        nucleo = self.nucleo
        contact = _dict(nucleo.get("contact"))
        contact_parts = [
            _str(nucleo.get("contact_name") or contact.get("name")),
            _str(nucleo.get("contact_email") or contact.get("email")),
            _str(nucleo.get("contact_phone") or contact.get("phone")),
        ]
        respondents = "; ".join(
            f"{_str(r.get('name'))} ({_str(r.get('role'))})" if _str(r.get("role"))
            else _str(r.get("name"))
            for r in (_dict(x) for x in _list(nucleo.get("respondents"))))
        municipio = _str(nucleo.get("municipio_name"))
        uf = _str(nucleo.get("uf"))
        place = f"{municipio}/{uf}" if municipio and uf else municipio or uf
        if _str(nucleo.get("municipio_code")):
            place += f" (código IBGE {_str(nucleo.get('municipio_code'))})"
        assessment = self.assessment
        revision = _str(assessment.get("revision")) or "1"
        if _str(assessment.get("parent_uuid")):
            revision += f" (revisão da avaliação {_str(assessment.get('parent_uuid'))})"
        themes = [upper_first(self.catalogue.theme(t).name) for t in self.themes]
        rows: list[tuple[str, str]] = [
            ("Núcleo de Telessaúde", _str(nucleo.get("name"))),
            ("Instituição", _str(nucleo.get("institution"))),
            ("Município/UF", place),
            ("CNES", _str(nucleo.get("cnes")) or "não informado"),
            ("Contato", " · ".join(p for p in contact_parts if p)),
            ("Respondentes", respondents),
            ("Tipo de avaliação", KIND_LABELS.get(kind_key, kind_key)),
        ]
        monitor = _dict(assessment.get("monitor"))
        if kind_key == "visita" or monitor:
            rows += [
                ("Monitor(a)", _str(monitor.get("name")) or "não informado"),
                ("Instituição do(a) monitor(a)", _str(monitor.get("institution"))
                 or "não informada"),
                ("Data da visita", format_date(monitor.get("visit_date")) or "não informada"),
            ]
        rows += [
            ("Período de referência", _period(assessment.get("period_start"),
                                              assessment.get("period_end"))),
            ("Temas avaliados", f"{len(themes)} de {len(self.catalogue.themes)}: "
                                + "; ".join(themes)),
            ("Situação", STATUS_LABELS.get(_str(assessment.get("status")),
                                           _str(assessment.get("status")))),
            ("Revisão", revision),
            ("Criada em", format_datetime(assessment.get("created_at"))),
            ("Finalizada em", format_datetime(assessment.get("finalized_at")) or "—"),
            ("Versão do catálogo", _str(self.catalogue_info.get("version"))
             or self.catalogue.version),
            ("SHA-256 do catálogo", expected or self.catalogue.content_hash),
            ("Data da exportação", format_datetime(self.export.get("created_at"))),
            ("Identificador da exportação", _str(self.export.get("id"))),
            ("Identificador da avaliação", _str(assessment.get("uuid"))),
            ("Instalação", _str(self.export.get("installation_id"))),
            ("Versão do aplicativo", _str(self.export.get("app_version"))),
        ]
        data = [[Paragraph(esc(label), s.cell_bold), Paragraph(esc(value or "—"), s.cell)]
                for label, value in rows]
        table = Table(data, colWidths=[52 * mm, CONTENT_WIDTH - 52 * mm])
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT_BG),
            ("TOPPADDING", (0, 0), (-1, -1), 3.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ]))
        flow.append(table)
        flow.append(Spacer(1, 6 * mm))
        flow.append(Paragraph(
            "Gerado pelo Aspectos Desktop. Rascunho para discussão: não tem assinatura digital "
            "e pode mudar até a exportação final." if self.draft else
            "Gerado pelo Aspectos Desktop. A integridade deste relatório é garantida pela "
            "assinatura digital na última página; o pacote .aspectos exportado junto contém "
            "os mesmos dados em formato legível por máquina.", s.small))
        return flow

    # ------------------------------------------------------------------ summary

    def summary(self) -> list[Flowable]:
        s = self.s
        flow: list[Flowable] = [Paragraph("Resumo por tema", s.h1)]
        per_theme = [(slug, self.tally(self.theme_ids(slug))) for slug in self.themes]
        overall = Tally()
        for _, tally in per_theme:
            overall.add(tally)
        flow.append(Paragraph(
            f"Aspectos no escopo: <b>{overall.total}</b> · respondidos: <b>{overall.answered}</b> "
            f"({_percent(overall.answered, overall.total)}) · com resposta inválida: "
            f"<b>{overall.invalid}</b> · não respondidos: "
            f"<b>{overall.total - overall.answered - overall.invalid}</b>.", s.body))
        flow.append(Spacer(1, 3 * mm))

        other_choices = any(
            key not in _MAIN_SCALE_COLUMNS for key in overall.scale_choices)
        header = ["Tema", "Respondidos", "Conclusão", "Inválidos", "Sim", "Não",
                  "Não se aplica", "Não sabe"]
        if other_choices:
            header.append("Outras opções")
        widths = column_widths(header, CONTENT_WIDTH, 7, padding=6, first_weight=4.5)
        head_style = ParagraphStyle("head", parent=s.cell_bold, fontSize=7, leading=8.6,
                                    alignment=TA_CENTER, textColor=colors.white)
        num = ParagraphStyle("num", parent=s.cell, fontSize=7.6, alignment=TA_RIGHT)
        data: list[list[Any]] = [[Paragraph(esc(h), head_style) for h in header]]

        def row(name: str, tally: Tally, bold: bool) -> list[Any]:
            style = ParagraphStyle("rowname", parent=s.cell_bold if bold else s.cell,
                                   fontSize=7.8)
            cells: list[Any] = [
                Paragraph(esc(name), style),
                Paragraph(f"{tally.answered} / {tally.total}", num),
                Paragraph(_percent(tally.answered, tally.total), num),
                Paragraph(str(tally.invalid), num),
            ]
            for key in _MAIN_SCALE_COLUMNS:
                cells.append(Paragraph(_percent(tally.scale_choices[key], tally.scale_answered),
                                       num))
            if other_choices:
                others = sum(c for k, c in tally.scale_choices.items()
                             if k not in _MAIN_SCALE_COLUMNS)
                cells.append(Paragraph(_percent(others, tally.scale_answered), num))
            return cells

        for slug, tally in per_theme:
            data.append(row(upper_first(self.catalogue.theme(slug).name), tally, False))
        data.append(row("Total", overall, True))
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, LIGHT_BG]),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#dde6ef")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        flow.append(table)
        flow.append(Paragraph(
            "Conclusão: aspectos respondidos sobre o total do tema. As colunas Sim, Não, "
            "Não se aplica e Não sabe"
            + (" (e Outras opções)" if other_choices else "")
            + " são a proporção de cada resposta entre os aspectos de escala respondidos do "
            "tema (características).", s.small))
        flow.append(Spacer(1, 6 * mm))
        flow.append(Paragraph("Distribuição das respostas por tema", s.h2))
        chart_rows = [
            (upper_first(self.catalogue.theme(slug).name), tally.buckets,
             f"{tally.answered}/{tally.total}")
            for slug, tally in per_theme
        ]
        flow += share_charts(chart_rows, CONTENT_WIDTH)
        flow.append(Paragraph(
            "Cada barra soma 100% dos aspectos do tema; à direita, respondidos/total.", s.small))
        return flow

    # ------------------------------------------------------------------- themes

    def theme_section(self, slug: str) -> list[Flowable]:
        s = self.s
        theme = self.catalogue.theme(slug)
        name = upper_first(theme.name)
        tally = self.tally(self.theme_ids(slug))
        flow: list[Flowable] = [
            OutlineMarker(f"tema-{slug}", name, 0),
            Para(esc(name), s.h1),
            Para(
                f"{tally.answered} de {tally.total} aspectos respondidos "
                f"({_percent(tally.answered, tally.total)}); {tally.invalid} com resposta "
                f"inválida; {len(theme.category_ids)} categorias.", s.body),
            Spacer(1, 2 * mm),
        ]
        rows: list[tuple[str, Counter[str], str]] = []
        for category_id in theme.category_ids:
            category = self.catalogue.categories[category_id]
            cat_tally = self.tally(category.aspect_ids)
            rows.append((upper_first(category.name), cat_tally.buckets,
                         f"{cat_tally.answered}/{cat_tally.total}"))
        flow += share_charts(rows, CONTENT_WIDTH)
        for position, category_id in enumerate(theme.category_ids, start=1):
            flow.append(Deferred(functools.partial(self.category, category_id, position)))
        return flow

    def category(self, category_id: str, position: int) -> list[Flowable]:
        """A category's heading and aspects."""
        style = self.s.h2
        title = upper_first(self.catalogue.categories[category_id].name)
        heading: TextPart | None = TextPart(
            [bold(title, style.fontSize, PRIMARY_INK)], style,
            outline=(f"cat-{category_id}-{position}", title, 1))
        flow: list[Flowable] = []
        for aspect_id in self.catalogue.categories[category_id].aspect_ids:
            flow += self.aspect_block(self.views[aspect_id], heading)
            heading = None
        if heading is not None:  # a category without aspects: its heading alone
            flow.append(AspectBlock([heading]))
        return flow

    def aspect_block(self, view: _AnswerView, heading: TextPart | None = None
                     ) -> list[Flowable]:
        """Header band, statement, source (and when the answer was last changed), the
        answer, comment and evidence; the first three and the answer's first line stay
        together on a page (after ``heading``, the category's, for its first aspect)."""
        t = self.t
        aspect = view.aspect
        if view.check.answered:
            badge, badge_colour = "Respondido", OK_INK
        elif view.check.invalid:
            badge, badge_colour = "Resposta inválida", ERROR_INK
        else:
            badge, badge_colour = "Não respondido", MUTED_INK
        natureza = NATUREZA_LABELS.get(aspect.natureza, aspect.natureza)
        parts: list[TextPart | BandPart | Flowable] = [] if heading is None else [heading]
        parts.append(BandPart(
            [bold(f"{aspect.id} · {upper_first(aspect.aspecto)} ", 9.2),
             bold(f"· {natureza}", 7.5, MUTED_INK)], t.aspect, bold(badge, 8, badge_colour),
            space_before=None if heading is None else heading.style.spaceAfter))
        statement, labelled = statement_parts(aspect)
        runs: list[Run] = [regular(statement)] if statement else []
        for label, text in labelled:
            if runs:
                runs.append(regular("\n"))
            runs += [bold(f"{label}: "), regular(text)]
        if runs:
            parts.append(TextPart(runs, t.statement))
        answer = view.answer or {}
        updated = None
        if _str(answer.get("updated_at")):
            who = _str(answer.get("updated_by"))
            updated = regular(f"Atualizado em {format_datetime(answer.get('updated_at'))}"
                              + (f" por {who}" if who else ""), 7.5, MUTED_INK)
        parts.append(TextPart([italic(f"Fonte: {aspect.reference}", 7.5, MUTED_INK)], t.meta,
                              right=updated,
                              space_before=None if runs else t.statement.spaceBefore))
        head = len(parts)
        parts += self.answer_parts(view)
        for label, key in (("Comentário", "comment"), ("Evidência", "evidence")):
            text = _str(answer.get(key))
            if text:
                parts.append(TextPart([bold(f"{label}: "), regular(text)], t.answer))
        return _blocks(parts, head)

    # ------------------------------------------------------------------ answers

    def answer_parts(self, view: _AnswerView) -> list[TextPart | Flowable]:
        t = self.t
        form = view.aspect.form
        value = view.value
        kind = form["type"]
        if view.check.completion is Completion.EMPTY and not _has_content(value):
            flow: list[TextPart | Flowable] = [
                TextPart([italic("Não respondido", 9, MUTED_INK)], t.answer)]
            if kind == "scale" and form.get("checklist"):
                flow += self.checklist_items(form, set())
            return flow
        flow = []
        if view.check.invalid:
            messages = "; ".join(view.check.errors.values()) or "valor fora do formato esperado"
            flow.append(TextPart([bold("Resposta inválida: ", colour=ERROR_INK),
                                  regular(messages, colour=ERROR_INK)], t.answer))
        status = value.get("status")
        if kind != "scale" and status in NO_DATA_STATUSES:
            label = dict(NO_DATA_OPTIONS)[str(status)]
            flow.append(TextPart([bold("Resposta: "), regular(label)], t.answer))
            return flow
        if kind == "scale":
            flow += self.scale(form, value)
        elif kind == "percent":
            raw = _str(value.get("value"))
            shown = (f"{format_number(view.check.computed)} %"
                     if view.check.computed is not None else raw)
            flow.append(TextPart([bold("Valor informado: "), regular(shown or "—")], t.answer))
        elif kind == "indicator":
            flow += self.indicator(form, value, view.check)
        elif kind == "table":
            flow += self.table(form, value)
        else:
            flow += self.attachment_list(value)
        return flow

    def scale(self, form: FormDict, value: Mapping[str, Any]) -> list[TextPart | Flowable]:
        t = self.t
        choice = _str(value.get("choice"))
        runs: list[Run] = [bold("Resposta:\u00a0\u00a0")]
        for index, (key, label) in enumerate(SCALES[form["scale"]]):
            gap = "\u00a0\u00a0\u00a0 " if index else ""
            if key == choice:
                runs.append(bold(f"{gap}{BOX_CHECKED}\u00a0{label}"))
            else:
                runs.append(regular(f"{gap}{BOX_UNCHECKED}\u00a0{label}", colour=MUTED_INK))
        items = cast(list[dict[str, str]], form.get("checklist") or [])
        checked = {str(k) for k in _list(value.get("checked"))}
        if items:
            marked = sum(1 for item in items if item["key"] in checked)
            runs.append(regular(f"\u00a0\u00a0\u00a0 Itens marcados: {marked} de {len(items)}",
                                8, MUTED_INK))
        flow: list[TextPart | Flowable] = [TextPart(runs, t.answer)]
        if choice and choice not in dict(SCALES[form["scale"]]):
            flow.append(TextPart([regular(f"Opção registrada: {choice}")], t.answer))
        if items:
            flow += self.checklist_items(form, checked)
        return flow

    def checklist_items(self, form: FormDict, checked: set[str]) -> list[TextPart | Flowable]:
        t = self.t
        flow: list[TextPart | Flowable] = []
        for item in cast(list[dict[str, str]], form.get("checklist") or []):
            text = f"\u00a0\u00a0{item['key']}) {item['text']}"
            if item["key"] in checked:
                flow.append(TextPart([regular(BOX_CHECKED + text)], t.item))
            else:
                flow.append(TextPart([regular(BOX_UNCHECKED, colour=MUTED_INK), regular(text)],
                                     t.item))
        return flow

    def indicator(self, form: FormDict, value: Mapping[str, Any], check: Check
                  ) -> list[TextPart | Flowable]:
        """Two labelled lines: the numbers (and the computed value), then period and source."""
        errors = check.errors

        def shown(text: str, *keys: str) -> list[Run]:
            runs = [regular(text)] if text else [regular("—", colour=MUTED_INK)]
            error = next((errors[key] for key in keys if errors.get(key)), None)
            if error:
                runs.append(regular(f" ({error})", colour=ERROR_INK))
            return runs

        numbers: list[tuple[str, list[Run]]] = [
            ("Numerador", shown(_str(value.get("numerator")), "numerator"))]
        if form.get("has_denominator") or _str(value.get("denominator")):
            numbers.append(("Denominador", shown(_str(value.get("denominator")),
                                                 "denominator")))
        unit = indicator_unit(form, dict(value))
        if check.computed is not None:
            multiplier = int(form.get("multiplier", 1) or 1)
            computed: list[Run] = [regular(f"{format_number(check.computed)} {unit}".strip())]
            if form.get("has_denominator"):
                formula = "numerador ÷ denominador" + (
                    f" × {multiplier}" if multiplier != 1 else "")
                computed.append(regular(f" ({formula})", 8, MUTED_INK))
            numbers.append(("Valor calculado", computed))
        elif unit:
            numbers.append(("Unidade", [regular(unit)]))
        context = [
            ("Período", shown(_period(value.get("period_start"), value.get("period_end")),
                              "period", "period_start", "period_end")),
            ("Fonte dos dados", shown(_str(value.get("source")), "source")),
        ]
        return [self.labelled(numbers), self.labelled(context)]

    def labelled(self, pairs: Sequence[tuple[str, list[Run]]]) -> TextPart:
        runs: list[Run] = []
        for label, value in pairs:
            if runs:
                runs.append(regular(" · ", colour=MUTED_INK))
            runs.append(bold(f"{label}: "))
            runs += value
        return TextPart(runs, self.t.answer)

    def table(self, form: FormDict, value: Mapping[str, Any]) -> list[TextPart | Flowable]:
        columns = [str(c) for c in _list(form.get("columns"))] or ["Item", "Valor"]
        rows = [[_str(cell) for cell in _list(r)] for r in _list(value.get("rows"))]
        rows = [r for r in rows if any(r)]
        width = max([len(columns), *(len(r) for r in rows)])
        columns += [""] * (width - len(columns))
        available = CONTENT_WIDTH - 4 * mm
        size = 7.5 if width <= 6 else 6.8
        while size > 5.5 and sum(column_widths(columns, available, size, minimum_only=True)) \
                > available:
            size -= 0.3
        head, body = self.t.grid(size)
        data: list[list[Any]] = [[Para(esc(c), head) for c in columns]]
        for r in rows:
            r = r + [""] * (width - len(r))
            data.append([Para(esc(c), body) for c in r])
        widths = column_widths(columns, available, size)
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="RIGHT")
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT_BG]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return [TextPart([regular(f"Tabela preenchida ({len(rows)} linha(s)):")],
                         self.t.caption_before_table), table]

    def attachment_list(self, value: Mapping[str, Any]) -> list[TextPart | Flowable]:
        t = self.t
        files = [_dict(f) for f in _list(value.get("files"))]
        flow: list[TextPart | Flowable] = [
            TextPart([bold("Anexos: "), regular(str(len(files)))], t.answer)]
        for item in files:
            sha = _str(item.get("sha256")).lower()
            known = self.files.get(sha, {})
            filename = _str(item.get("filename")) or _str(known.get("filename")) or sha[:12]
            mime = (_str(item.get("mime")) or _str(known.get("mime"))).lower()
            size = item.get("size", known.get("size"))
            data = self.attachments.get(sha)
            kind = "PDF" if mime == "application/pdf" or filename.lower().endswith(".pdf") \
                else (mime.split("/")[-1].upper() if mime else "arquivo")
            caption = f"{filename} — {kind}, {_size_text(size)}, SHA-256 {sha[:16]}…"
            picture = None if data is None or kind == "PDF" else thumbnail(
                data, CONTENT_WIDTH - 8 * mm, 70 * mm, indent=4 * mm)
            if picture is not None:
                flow.append(picture)
                flow.append(TextPart([regular(caption, 7.5, MUTED_INK)], t.caption))
                continue
            if data is None:
                lead, note = "• ", " (arquivo não incluído)"
            elif kind == "PDF":
                lead, note = "• Documento ", " (anexado ao pacote .aspectos)"
            else:
                lead, note = "• ", " (pré-visualização indisponível)"
            flow.append(TextPart([regular(lead + caption), italic(note)], t.answer))
        return flow

    # ---------------------------------------------------------------- signature

    def signature_block(self) -> list[Flowable]:
        s = self.s
        text = ("Rascunho: este documento não é assinado e não tem validade como relatório "
                "final." if self.draft else
                "Este relatório é assinado digitalmente pelo núcleo (assinatura PAdES). A "
                "assinatura aparece no quadro abaixo e pode ser verificada no Aspectos Desktop "
                "ou em um leitor de PDF.")
        return [
            Spacer(1, 4 * mm),
            SignatureReserve(s, text, "Não assinado (rascunho)" if self.draft else ""),
        ]


def _blocks(items: Sequence[TextPart | BandPart | Flowable], keep: int) -> list[Flowable]:
    """Consecutive text parts as AspectBlocks (the first keeps ``keep`` parts with the
    start of the next), other flowables as they are; a block stays with a table or
    picture that follows it."""
    flow: list[Flowable] = []
    pending: list[TextPart | BandPart] = []
    for item in items:
        if isinstance(item, TextPart | BandPart):
            pending.append(item)
            continue
        if pending:
            block = AspectBlock(pending, keep=0 if flow else keep)
            block.keepWithNext = 1
            flow.append(block)
            pending = []
        flow.append(item)
    if pending:
        flow.append(AspectBlock(pending, keep=0 if flow else keep))
    return flow


def column_widths(columns: Sequence[str], available: float, size: float, *,
                  minimum_only: bool = False, padding: float = 6,
                  first_weight: float = 2.0) -> list[float]:
    """Widths that keep every header word whole; the first column gets a larger share."""
    minimum = [
        max([pdfmetrics.stringWidth(word, FONT_BOLD, size) for word in column.split()] + [24.0])
        + padding
        for column in columns
    ]
    if minimum_only or sum(minimum) >= available:
        return minimum if minimum_only else [available * m / sum(minimum) for m in minimum]
    weights = [first_weight if index == 0 and len(columns) > 2 else 1.0
               for index in range(len(columns))]
    widths = list(minimum)
    # hand out the spare width by weight, never shrinking a column below its minimum
    for _ in range(len(columns)):
        spare = available - sum(widths)
        share = [available * w / sum(weights) for w in weights]
        grow = [i for i in range(len(columns)) if widths[i] < share[i]]
        if spare <= 0.01 or not grow:
            break
        need = sum(share[i] - widths[i] for i in grow)
        for i in grow:
            widths[i] += (share[i] - widths[i]) * min(1.0, spare / need)
    spare = available - sum(widths)
    if spare > 0.01:
        widths = [w + spare / len(widths) for w in widths]
    return widths


def _has_content(value: Mapping[str, Any]) -> bool:
    return any(v not in (None, "", [], {}) for v in value.values())


_MIN_THUMBNAIL: Final = 25 * mm
_THUMBNAIL_DPI: Final = 150


def thumbnail(data: bytes, max_width: float, max_height: float, *, indent: float = 0
              ) -> Picture | None:
    """A PNG/JPEG attachment scaled to fit (never enlarged past 96 dpi); None otherwise.

    An image with more than twice the pixels that 150 dpi at its printed size needs (a
    photo) is reduced to that first; a smaller one is kept as is (reducing it costs more
    than it saves, and a resampled chart compresses worse). A plain PNG kept as is goes
    into the PDF with its own compressed data; other images are decoded once and handed
    to ReportLab decoded (not re-encoded to be decoded again).
    """
    try:
        image = PILImage.open(io.BytesIO(data))
        if image.format not in ("PNG", "JPEG"):
            return None
        pixels_w, pixels_h = image.size
        if pixels_w < 1 or pixels_h < 1:
            return None
        natural_w, natural_h = pixels_w * 0.75, pixels_h * 0.75  # 96 dpi
        fit = min(max_width / natural_w, max_height / natural_h)
        scale = min(fit, 1.0)
        if natural_w * scale < _MIN_THUMBNAIL and natural_h * scale < _MIN_THUMBNAIL:
            scale = min(fit, _MIN_THUMBNAIL / max(natural_w, natural_h))  # tiny: enlarge
        width, height = natural_w * scale, natural_h * scale
        wanted = (max(1, round(width / 72 * _THUMBNAIL_DPI)),
                  max(1, round(height / 72 * _THUMBNAIL_DPI)))
        if image.format == "PNG" and pixels_w <= 2 * wanted[0]:
            png = PngData.parse(data)  # no decoding, no re-compression
            if png is not None:
                return Picture(png, width, height, indent)
        image.draft("RGB", wanted)  # JPEG: decode at a reduced scale when it can
        if image.mode not in ("RGB", "L"):
            rgba = image.convert("RGBA")
            image = PILImage.new("RGB", rgba.size, (255, 255, 255))
            image.paste(rgba, mask=rgba.getchannel("A"))
        else:
            image.load()
        if image.width > 2 * wanted[0] and image.height > 2 * wanted[1]:
            image = cast(Any, image).resize(wanted, PILImage.Resampling.LANCZOS,
                                            reducing_gap=3.0)
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    return Picture(ImageReader(image), width, height, indent)


class SignatureReserve(Flowable):
    """The last flowable: fills the rest of the page and draws the empty signature box.

    The box is drawn at the absolute ``SIGNATURE_BOX`` position; when there is not
    enough room left on the page, the reserve moves to a new page.
    """

    def __init__(self, styles: Styles, text: str, inside: str) -> None:
        super().__init__()
        self.styles = styles
        self.text = text
        self.inside = inside
        box_top = SIGNATURE_BOX[3] - MARGIN_BOTTOM
        self.needed = box_top + 44

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        self.height = aH if aH >= self.needed else self.needed
        return aW, self.height

    def split(self, aW: float, aH: float, /) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        origin_x, origin_y = canvas.absolutePosition(0, 0)
        x1, y1, x2, y2 = (SIGNATURE_BOX[0] - origin_x, SIGNATURE_BOX[1] - origin_y,
                          SIGNATURE_BOX[2] - origin_x, SIGNATURE_BOX[3] - origin_y)
        para = Paragraph(esc(self.text), self.styles.small)
        para.wrapOn(canvas, self.width, 40)
        para.drawOn(canvas, 0, y2 + 16)
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(PRIMARY)
        canvas.drawString(x1, y2 + 4, SIGNATURE_CAPTION)
        canvas.setStrokeColor(PRIMARY)
        canvas.setLineWidth(0.9)
        canvas.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=0)
        if self.inside:
            canvas.setFont(FONT_ITALIC, 9)
            canvas.setFillColor(DRAFT_COLOR)
            canvas.drawCentredString((x1 + x2) / 2, (y1 + y2) / 2 - 3, self.inside)
        canvas.restoreState()


def render_report(document: Mapping[str, Any], catalogue: Catalogue,
                  attachments: Mapping[str, bytes], *, draft: bool = False,
                  document_hash: str | None = None) -> bytes:
    """The PDF report of an exported assessment ``document`` (see module docstring).

    ``attachments`` maps an attachment's SHA-256 (hex) to its bytes; PNG and JPEG
    files are shown as thumbnails, other files are listed by name. ``document_hash``:
    the SHA-256 of the document's canonical JSON when the caller already has it (else
    it is computed here).
    """
    builder = _ReportBuilder(document, catalogue, attachments, draft, document_hash)
    return build_pdf(builder.story(), builder.meta(), builder.decor())
