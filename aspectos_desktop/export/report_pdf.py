"""The assessment report as PDF (ReportLab platypus). Qt-free.

``render_report`` turns an exported assessment document (the content of the
bundle's ``assessment.json``) into a printable, searchable report: a cover page,
a per-theme summary with charts, then every aspect in scope grouped theme →
category with the answer in the form it was given. Every page has a header
(núcleo, assessment title) and a footer ("Página X de Y"); the outline has one
entry per theme with its categories as children. The last page keeps a bordered
box free at ``SIGNATURE_BOX``, where ``pdf_signing.sign_pdf`` places the visible
signature.

The page frame, styles, outline markers and the page-total footer are shared
with ``blank_questionnaire``.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, cast
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib import utils as rl_utils
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFInfo
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

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
        super().save()


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_page(canvas: Canvas, decor: PageDecor, *, header: bool) -> None:
    canvas.saveState()
    half = CONTENT_WIDTH / 2 - 4 * mm
    if header:
        y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(PRIMARY)
        canvas.drawString(MARGIN_X, y, _ellipsize(decor.header_left, FONT_BOLD, 8, half))
        canvas.setFont(FONT_REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y,
                              _ellipsize(decor.header_right, FONT_REGULAR, 8, half))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y - 2.2 * mm, PAGE_WIDTH - MARGIN_X, y - 2.2 * mm)
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 3.6 * mm, PAGE_WIDTH - MARGIN_X, y + 3.6 * mm)
    canvas.setFont(FONT_REGULAR, _FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, _ellipsize(decor.footer_left, FONT_REGULAR, _FOOTER_SIZE,
                                              CONTENT_WIDTH - 40 * mm))
    total_x = PAGE_WIDTH - MARGIN_X - _TOTAL_RESERVE
    canvas.drawRightString(total_x, y, f"Página {canvas.getPageNumber()} de ")
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


class RuledLines(Flowable):
    """``count`` writing lines (for paper forms), optionally after a label."""

    def __init__(self, count: int, *, label: str = "", gap: float = 7 * mm,
                 indent: float = 0) -> None:
        super().__init__()
        self.count = count
        self.label = label
        self.gap = gap
        self.indent = indent

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        self.height = self.count * self.gap + 1
        return aW, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        x0 = self.indent
        if self.label:
            canvas.setFont(FONT_REGULAR, 8.5)
            canvas.setFillColor(colors.black)
            canvas.drawString(x0, self.height - self.gap + 2, self.label)
        label_width = (pdfmetrics.stringWidth(self.label, FONT_REGULAR, 8.5) + 4
                       if self.label else 0)
        for index in range(self.count):
            y = self.height - (index + 1) * self.gap + 1
            start = x0 + (label_width if index == 0 else 0)
            canvas.line(start, y, self.width, y)


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


def _rect(x: float, y: float, width: float, height: float, fill: colors.Color | None,
          stroke: colors.Color | None, stroke_width: float) -> Rect:
    rect = Rect(x, y, width, height)
    rect.fillColor = fill
    rect.strokeColor = stroke
    rect.strokeWidth = stroke_width
    return rect


def share_chart(rows: Sequence[tuple[str, Counter[str], str]], width: float,
                legend_keys: Sequence[str] | None = None) -> Drawing:
    """Horizontal 100 % stacked bars, one per row (label, bucket counts, right note).

    ``legend_keys`` lists the buckets to explain under the bars (none when None).
    """
    label_width = 58 * mm
    note_width = 17 * mm
    bar_x = label_width + 2 * mm
    bar_width = width - bar_x - note_width
    font_size = 7.5
    line_height = 9.0
    layouts: list[tuple[list[str], float]] = []
    for label, _counts, _note in rows:
        lines = _split_lines(label, FONT_REGULAR, font_size, label_width)
        if len(lines) > 2:
            lines = [lines[0], _ellipsize(" ".join(lines[1:]), FONT_REGULAR, font_size,
                                          label_width)]
        layouts.append((lines, max(17.0, len(lines) * line_height + 6)))

    legend_rows: list[list[tuple[str, float]]] = []
    current: list[tuple[str, float]] = []
    x = 0.0
    for key in legend_keys or ():
        item_width = 12 + pdfmetrics.stringWidth(BUCKET_LABELS[key], FONT_REGULAR, font_size) + 12
        if current and x + item_width > width:
            legend_rows.append(current)
            current, x = [], 0.0
        current.append((key, x))
        x += item_width
    if current:
        legend_rows.append(current)
    legend_height = len(legend_rows) * 13.0 + (6 if legend_rows else 0)
    height = sum(h for _, h in layouts) + legend_height + 2
    drawing = Drawing(width, height)
    cast(Any, drawing).initialFontName = FONT_REGULAR  # else Helvetica (never embedded)

    y = height
    for (lines, row_height), (_label, counts, note) in zip(layouts, rows, strict=True):
        y -= row_height
        centre = y + row_height / 2
        first_base = centre + (len(lines) - 1) * line_height / 2 - font_size * 0.35
        for index, line in enumerate(lines):
            drawing.add(String(0, first_base - index * line_height, line, fontName=FONT_REGULAR,
                               fontSize=font_size, fillColor=colors.black))
        total = sum(counts.values())
        bar_height = 11.0
        bar_y = centre - bar_height / 2
        x = bar_x
        drawing.add(_rect(bar_x, bar_y, bar_width, bar_height, None, GRID, 0.4))
        for key, _, _ in _BUCKETS:
            count = counts[key]
            if not count or not total:
                continue
            segment = bar_width * count / total
            drawing.add(_rect(x, bar_y, segment, bar_height, _BUCKET_COLORS[key], colors.white,
                              0.3))
            text = f"{round(100 * count / total)}%"
            if pdfmetrics.stringWidth(text, FONT_BOLD, 6.5) + 3 <= segment:
                drawing.add(String(x + segment / 2, bar_y + 3.2, text, fontName=FONT_BOLD,
                                   fontSize=6.5, textAnchor="middle",
                                   fillColor=colors.black if key in _LIGHT_BUCKETS
                                   else colors.white))
            x += segment
        drawing.add(String(width, centre - font_size * 0.35, note, fontName=FONT_REGULAR,
                           fontSize=font_size, textAnchor="end", fillColor=MUTED))
    y -= 6
    for legend_row in legend_rows:
        y -= 13
        for key, x in legend_row:
            drawing.add(_rect(x, y, 9, 9, _BUCKET_COLORS[key], GRID, 0.4))
            drawing.add(String(x + 12, y + 1.5, BUCKET_LABELS[key], fontName=FONT_REGULAR,
                               fontSize=font_size, fillColor=colors.black))
    return drawing


def share_charts(rows: Sequence[tuple[str, Counter[str], str]], width: float,
                 per_chart: int = 26) -> list[Flowable]:
    """``share_chart`` in chunks that fit a page; the legend goes under the last one."""
    used = [key for key, _, _ in _BUCKETS if any(counts[key] for _, counts, _ in rows)]
    chunks = [rows[i: i + per_chart] for i in range(0, len(rows), per_chart)]
    return [share_chart(chunk, width, used if index == len(chunks) - 1 else None)
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
            Paragraph(esc(name), s.h1),
            Paragraph(
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
            category = self.catalogue.categories[category_id]
            title = upper_first(category.name)
            flow.append(OutlineMarker(f"cat-{category_id}-{position}", title, 1))
            flow.append(Paragraph(esc(title), s.h2))
            for aspect_id in category.aspect_ids:
                flow += self.aspect_block(self.views[aspect_id])
        return flow

    def aspect_block(self, view: _AnswerView) -> list[Flowable]:
        s = self.s
        aspect = view.aspect
        if view.check.answered:
            badge, badge_color = "Respondido", "#2e7d32"
        elif view.check.invalid:
            badge, badge_color = "Resposta inválida", "#b71c1c"
        else:
            badge, badge_color = "Não respondido", "#5f6b76"
        natureza = NATUREZA_LABELS.get(aspect.natureza, aspect.natureza)
        header = Table([[
            Paragraph(f"{aspect.id} · {esc(upper_first(aspect.aspecto))} "
                      f"<font color='#5f6b76' size='7.5'>· {esc(natureza)}</font>", s.aspect),
            Paragraph(f"<font color='{badge_color}'>{esc(badge)}</font>", s.badge),
        ]], colWidths=[CONTENT_WIDTH - 34 * mm, 34 * mm])
        header.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, PRIMARY),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        header.keepWithNext = 1
        statement, parts = statement_parts(aspect)
        head: list[Flowable] = [header, Spacer(1, 1.5 * mm)]
        if statement:
            head.append(Paragraph(esc(statement), s.body))
        for label, text in parts:
            head.append(Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", s.body))
        head.append(Paragraph(f"Fonte: {esc(aspect.reference)}", s.small_italic))
        for flowable in head:
            flowable.keepWithNext = 1  # header, statement and first answer line stay together
        flow: list[Flowable] = [*head, *self.answer_flowables(view)]
        answer = view.answer or {}
        for label, key in (("Comentário", "comment"), ("Evidência", "evidence")):
            text = _str(answer.get(key))
            if text:
                flow.append(Paragraph(f"<b>{label}:</b> {esc(text)}", s.answer))
        if _str(answer.get("updated_at")):
            who = _str(answer.get("updated_by"))
            flow.append(Paragraph(
                f"Atualizado em {esc(format_datetime(answer.get('updated_at')))}"
                + (f" por {esc(who)}" if who else ""),
                ParagraphStyle("upd", parent=s.small, leftIndent=4 * mm)))
        flow.append(Spacer(1, 4 * mm))
        return flow

    # ------------------------------------------------------------------ answers

    def answer_flowables(self, view: _AnswerView) -> list[Flowable]:
        s = self.s
        form = view.aspect.form
        value = view.value
        kind = form["type"]
        if view.check.completion is Completion.EMPTY and not _has_content(value):
            flow: list[Flowable] = [Paragraph(
                "<font color='#5f6b76'><i>Não respondido</i></font>", s.answer)]
            if kind == "scale" and form.get("checklist"):
                flow += self.checklist(form, value)[1:]
            return flow
        flow = []
        if view.check.invalid:
            messages = "; ".join(view.check.errors.values()) or "valor fora do formato esperado"
            flow.append(Paragraph(
                f"<font color='#b71c1c'><b>Resposta inválida:</b> {esc(messages)}</font>",
                s.answer))
        status = value.get("status")
        if kind != "scale" and status in NO_DATA_STATUSES:
            label = dict(NO_DATA_OPTIONS)[str(status)]
            flow.append(Paragraph(f"<b>Resposta:</b> {esc(label)}", s.answer))
            return flow
        if kind == "scale":
            flow += self.scale(form, value)
        elif kind == "percent":
            raw = _str(value.get("value"))
            shown = (f"{format_number(view.check.computed)} %"
                     if view.check.computed is not None else raw)
            flow.append(Paragraph(f"<b>Valor informado:</b> {esc(shown or '—')}", s.answer))
        elif kind == "indicator":
            flow += self.indicator(form, value, view.check)
        elif kind == "table":
            flow += self.table(form, value)
        else:
            flow += self.attachment_list(value)
        return flow

    def scale(self, form: FormDict, value: Mapping[str, Any]) -> list[Flowable]:
        s = self.s
        choice = _str(value.get("choice"))
        options: list[str] = []
        for key, label in SCALES[form["scale"]]:
            if key == choice:
                options.append(f"<b>{BOX_CHECKED}\u00a0{esc(label)}</b>")
            else:
                options.append(f"<font color='#5f6b76'>{BOX_UNCHECKED}\u00a0{esc(label)}</font>")
        flow: list[Flowable] = [Paragraph("<b>Resposta:</b>&nbsp;&nbsp;"
                                          + "&nbsp;&nbsp;&nbsp; ".join(options), s.answer)]
        if choice and choice not in dict(SCALES[form["scale"]]):
            flow.append(Paragraph(f"Opção registrada: {esc(choice)}", s.answer))
        if form.get("checklist"):
            flow += self.checklist(form, value)
        return flow

    def checklist(self, form: FormDict, value: Mapping[str, Any]) -> list[Flowable]:
        s = self.s
        items = cast(list[dict[str, str]], form.get("checklist") or [])
        checked = {str(k) for k in _list(value.get("checked"))}
        marked = sum(1 for item in items if item["key"] in checked)
        flow: list[Flowable] = [Paragraph(
            f"Itens marcados: {marked} de {len(items)}", ParagraphStyle(
                "cl", parent=s.answer, textColor=MUTED, fontSize=8))]
        for item in items:
            box = BOX_CHECKED if item["key"] in checked else BOX_UNCHECKED
            text = f"{esc(item['key'])}) {esc(item['text'])}"
            if item["key"] in checked:
                flow.append(Paragraph(f"{box}\u00a0\u00a0{text}", s.item))
            else:
                flow.append(Paragraph(f"<font color='#5f6b76'>{box}</font>\u00a0\u00a0{text}",
                                      s.item))
        return flow

    def indicator(self, form: FormDict, value: Mapping[str, Any], check: Check
                  ) -> list[Flowable]:
        s = self.s
        errors = check.errors
        rows: list[tuple[str, str, str]] = [
            ("Numerador", _str(value.get("numerator")), "numerator")]
        if form.get("has_denominator") or _str(value.get("denominator")):
            rows.append(("Denominador", _str(value.get("denominator")), "denominator"))
        unit = indicator_unit(form, dict(value))
        if check.computed is not None:
            multiplier = int(form.get("multiplier", 1) or 1)
            computed = f"{format_number(check.computed)} {unit}".strip()
            if form.get("has_denominator") and multiplier != 1:
                computed += f"  (numerador ÷ denominador × {multiplier})"
            elif form.get("has_denominator"):
                computed += "  (numerador ÷ denominador)"
            rows.append(("Valor calculado", computed, ""))
        elif unit:
            rows.append(("Unidade", unit, ""))
        period = _period(value.get("period_start"), value.get("period_end"))
        rows.append(("Período", period, "period"))
        rows.append(("Fonte dos dados", _str(value.get("source")), ""))
        data: list[list[Any]] = []
        for label, text, key in rows:
            error = errors.get(key) or (
                errors.get("period_start") or errors.get("period_end") if key == "period" else None)
            cell = esc(text) if text else "<font color='#5f6b76'>—</font>"
            if error:
                cell += f" <font color='#b71c1c'>({esc(error)})</font>"
            data.append([Paragraph(esc(label), s.cell_bold), Paragraph(cell, s.cell)])
        table = Table(data, colWidths=[38 * mm, CONTENT_WIDTH - 4 * mm - 38 * mm],
                      hAlign="RIGHT")
        table.setStyle(table_style([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return [Spacer(1, 1.5 * mm), table]

    def table(self, form: FormDict, value: Mapping[str, Any]) -> list[Flowable]:
        s = self.s
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
        head = ParagraphStyle("th", parent=s.cell_bold, fontSize=size, leading=size + 2,
                              textColor=colors.white)
        body = ParagraphStyle("td", parent=s.cell, fontSize=size, leading=size + 2)
        data: list[list[Any]] = [[Paragraph(esc(c), head) for c in columns]]
        for r in rows:
            r = r + [""] * (width - len(r))
            data.append([Paragraph(esc(c), body) for c in r])
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
        return [Paragraph(f"Tabela preenchida ({len(rows)} linha(s)):", s.answer),
                Spacer(1, 1 * mm), table]

    def attachment_list(self, value: Mapping[str, Any]) -> list[Flowable]:
        s = self.s
        files = [_dict(f) for f in _list(value.get("files"))]
        flow: list[Flowable] = [Paragraph(f"<b>Anexos:</b> {len(files)}", s.answer)]
        for item in files:
            sha = _str(item.get("sha256")).lower()
            known = self.files.get(sha, {})
            filename = _str(item.get("filename")) or _str(known.get("filename")) or sha[:12]
            mime = (_str(item.get("mime")) or _str(known.get("mime"))).lower()
            size = item.get("size", known.get("size"))
            data = self.attachments.get(sha)
            kind = "PDF" if mime == "application/pdf" or filename.lower().endswith(".pdf") \
                else (mime.split("/")[-1].upper() if mime else "arquivo")
            caption = (f"{esc(filename)} — {esc(kind)}, {esc(_size_text(size))}, "
                       f"SHA-256 {esc(sha[:16])}…")
            image = None if data is None or kind == "PDF" else thumbnail(
                data, CONTENT_WIDTH - 8 * mm, 70 * mm)
            if image is not None:
                image.hAlign = "LEFT"
                flow.append(_Indented(image, 4 * mm))
                flow.append(Paragraph(caption, ParagraphStyle(
                    "cap", parent=s.small, leftIndent=4 * mm)))
            elif data is None:
                flow.append(Paragraph(f"• {caption} <i>(arquivo não incluído)</i>", s.answer))
            elif kind == "PDF":
                flow.append(Paragraph(
                    f"• Documento {caption} <i>(anexado ao pacote .aspectos)</i>", s.answer))
            else:
                flow.append(Paragraph(
                    f"• {caption} <i>(pré-visualização indisponível)</i>", s.answer))
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


class _Indented(Flowable):
    def __init__(self, inner: Flowable, indent: float) -> None:
        super().__init__()
        self.inner = inner
        self.indent = indent

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        w, h = self.inner.wrapOn(self.canv, aW - self.indent, aH)
        self.width, self.height = w + self.indent, h
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, self.indent, 0)


_MIN_THUMBNAIL: Final = 25 * mm


def thumbnail(data: bytes, max_width: float, max_height: float) -> Image | None:
    """A PNG/JPEG attachment scaled to fit (never enlarged past 96 dpi); None otherwise."""
    try:
        with PILImage.open(io.BytesIO(data)) as source:
            fmt = source.format
            if fmt not in ("PNG", "JPEG"):
                return None
            source.load()
            image = source
            pixels_w, pixels_h = image.size
            if pixels_w < 1 or pixels_h < 1:
                return None
            limit = (int(max_width / 72 * 200), int(max_height / 72 * 200))
            if pixels_w > limit[0] or pixels_h > limit[1]:
                image = image.copy()
                image.thumbnail(limit)
            if image.mode not in ("RGB", "L"):
                rgba = image.convert("RGBA")
                flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                image = flat
            out = io.BytesIO()
            if fmt == "JPEG":
                image.save(out, "JPEG", quality=85)
            else:
                image.save(out, "PNG", optimize=False)
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    natural_w, natural_h = pixels_w * 0.75, pixels_h * 0.75  # 96 dpi
    fit = min(max_width / natural_w, max_height / natural_h)
    scale = min(fit, 1.0)
    if natural_w * scale < _MIN_THUMBNAIL and natural_h * scale < _MIN_THUMBNAIL:
        scale = min(fit, _MIN_THUMBNAIL / max(natural_w, natural_h))  # tiny images: enlarge
    out.seek(0)
    return Image(out, width=natural_w * scale, height=natural_h * scale)


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
