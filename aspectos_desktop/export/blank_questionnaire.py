"""A printable, empty questionnaire for paper fieldwork (PDF). Qt-free.

Every aspect in scope, grouped theme → category, with its statement, its source
and empty answer boxes that match its form: scale options (☐ Sim ☐ Não …),
checklist items, blanks for an indicator's numerator/denominator/period/source,
an empty grid with the table's columns, a frame for a chart or figure, and lines
for comment and evidence. Same fonts, header/footer and outline as the report.

Laid out like the report's aspects (``report_pdf.AspectBlock``): each aspect is one
flowable of real text, its blanks, grid and frame drawn as ``DrawnPart``s, kept on
one page when it fits; a category's aspects are made when the layout reaches them
(``Deferred``). The cover still uses Paragraphs and a Table.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final, cast

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS, SCALES, FormDict
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect, Catalogue
from aspectos_desktop.export.fonts import BOX_UNCHECKED, FONT_REGULAR
from aspectos_desktop.export.report_pdf import (
    CONTENT_WIDTH,
    GRID,
    INK,
    LIGHT_BG,
    MUTED_INK,
    PRIMARY,
    PRIMARY_INK,
    RULE,
    AspectBlock,
    BandPart,
    Deferred,
    DrawnPart,
    OutlineMarker,
    PageDecor,
    PdfMeta,
    Run,
    Styles,
    TextLine,
    TextPart,
    bold,
    build_pdf,
    colour_op,
    column_widths,
    esc,
    italic,
    layout_lines,
    make_styles,
    regular,
    segment,
    statement_parts,
    table_style,
    text_width,
    upper_first,
)

EMPTY_TABLE_ROWS: Final = 6
FIGURE_FRAME_HEIGHT: Final = 62 * mm
INFO_CATALOGUE_HASH: Final = "AspectosCatalogueSHA256"
ASPECT_GAP: Final = 5 * mm  # between two aspects
BOXES_SIZE: Final = 9.5  # the answer options
FIELD_ROW: Final = 8.5 * mm  # a labelled blank
FIELD_LABEL: Final = 40 * mm
FIELD_UNIT: Final = 26 * mm
ANSWER_INDENT: Final = 4 * mm  # answer areas start here, right-aligned to the frame
RULED_GAP: Final = 7 * mm  # between writing lines
GRID_ROW: Final = 8 * mm
WHITE_INK: Final = "#ffffff"
PERIOD_BLANK: Final = "____/____/________  a  ____/____/________"

Part = TextPart | BandPart | DrawnPart


def _options(labels: Sequence[str]) -> str:
    """"☐ Sim     ☐ Não …": each box joined to its label, the options apart."""
    return "\u00a0\u00a0\u00a0\u00a0 ".join(f"{BOX_UNCHECKED}\u00a0{label}" for label in labels)


def _markup_options(labels: Sequence[str]) -> str:
    """``_options`` as Paragraph markup (the cover)."""
    return "&nbsp;&nbsp;&nbsp;&nbsp; ".join(f"{BOX_UNCHECKED}\u00a0{esc(label)}"
                                             for label in labels)


def _stroke(colour: colors.Color, width: float) -> str:
    return f"{colour_op(colour, stroke=True)} {width:g} w"


def _hline(x1: float, x2: float, y: float) -> str:
    return f"{x1:.3f} {y:.3f} m {x2:.3f} {y:.3f} l S"


def _vline(x: float, y1: float, y2: float) -> str:
    return f"{x:.3f} {y1:.3f} m {x:.3f} {y2:.3f} l S"


class _TextStyles:
    """Spacing, leading and indents of the questionnaire's text (sizes are in the runs)."""

    def __init__(self, s: Styles) -> None:
        self.heading = s.h2
        self.band = s.aspect
        self.statement = ParagraphStyle("statement", parent=s.body, spaceBefore=1.5 * mm)
        self.source = s.small_italic
        self.boxes = ParagraphStyle("boxes", parent=s.body, fontSize=BOXES_SIZE, leading=13,
                                    leftIndent=ANSWER_INDENT, spaceBefore=2)
        self.checklist = ParagraphStyle("cl", parent=s.body, fontSize=8,
                                        leftIndent=ANSWER_INDENT, spaceBefore=2)
        self.item = s.item
        self.note = ParagraphStyle("more", parent=s.small, leftIndent=ANSWER_INDENT)


class _Parts:
    """The pieces of the answer areas, for a frame ``width`` points wide: those that are
    the same for every aspect made once, labelled blanks once per set of labels, a
    table's grid per table."""

    def __init__(self, t: _TextStyles, width: float) -> None:
        self.width = width
        self.no_data = TextPart(
            [regular(_options([label for _, label in NO_DATA_OPTIONS]), BOXES_SIZE)], t.boxes)
        self.more_rows = TextPart(
            [regular("Use folhas extras se houver mais linhas.", 7.5, MUTED_INK)], t.note)
        self.period = self._fields([("Período", PERIOD_BLANK, "")], ruled=False)
        self.figure = self._figure()
        self.comment_lines = self._ruled([("Comentário:", 2), ("Evidência:", 1)])
        self._field_parts: dict[tuple[tuple[str, str], ...], DrawnPart] = {}

    def fields(self, rows: Sequence[tuple[str, str]]) -> DrawnPart:
        """Label | blank line | unit, one row per (label, unit)."""
        key = tuple(rows)
        part = self._field_parts.get(key)
        if part is None:
            part = self._field_parts[key] = self._fields(
                [(label, "", unit) for label, unit in rows], ruled=True)
        return part

    def _fields(self, rows: Sequence[tuple[str, str, str]], *, ruled: bool) -> DrawnPart:
        """Rows of a label (bold), a value (a blank line when ``ruled``) and a unit, each
        at the bottom of its cell, as the form's table had them."""
        x_label = ANSWER_INDENT
        x_value = x_label + FIELD_LABEL
        x_unit = self.width - FIELD_UNIT if ruled else self.width
        pad_left, pad_right, pad_bottom = 2.0, 6.0, 3.0
        graphics: list[str] = [_stroke(GRID, 0.6)] if ruled else []
        texts: list[tuple[float, float, TextLine]] = []

        def bottom_aligned(x: float, width: float, runs: list[Run], bottom: float,
                           size: float, leading: float) -> None:
            lines = layout_lines(runs, width, width)
            for number, line in enumerate(lines):
                texts.append((x, bottom - pad_bottom - (len(lines) - number) * leading + size,
                              line))

        for index, (label, value, unit) in enumerate(rows):
            bottom = (index + 1) * FIELD_ROW  # below the top
            bottom_aligned(x_label + pad_left, FIELD_LABEL - pad_left - pad_right,
                           [bold(label, 8.2)], bottom, 8.2, 10)
            if value:
                bottom_aligned(x_value + pad_left, x_unit - x_value - pad_left - pad_right,
                               [regular(value, 8)], bottom, 8, 10)
            if unit:
                bottom_aligned(x_unit + pad_left, FIELD_UNIT - pad_left - pad_right,
                               [regular(unit, 8)], bottom, 8, 10)
            if ruled:
                graphics.append(_hline(x_value, x_unit, -bottom))
        return DrawnPart(len(rows) * FIELD_ROW, "\n".join(graphics), texts)

    def _figure(self) -> DrawnPart:
        """An empty frame for a chart or figure, its purpose in the middle."""
        x = ANSWER_INDENT
        width = self.width - x
        height = FIGURE_FRAME_HEIGHT
        note = "Espaço para colar, desenhar ou descrever o gráfico ou a figura"
        note_x = x + (width - text_width(note, FONT_REGULAR, 7.5)) / 2
        baseline = (height - 9.6) / 2 + 7.5
        return DrawnPart(
            height, f"{_stroke(RULE, 0.8)} {x:.3f} {-height:.3f} {width:.3f} {height:.3f} re S",
            [(note_x, baseline, segment(note, FONT_REGULAR, 7.5, MUTED_INK))],
            space_before=1.5 * mm)

    def _ruled(self, groups: Sequence[tuple[str, int]]) -> DrawnPart:
        """Writing lines under labels: ("Comentário:", 2) is a label and two lines."""
        graphics = [_stroke(GRID, 0.5)]
        texts: list[tuple[float, float, TextLine]] = []
        top = 0.0
        for label, count in groups:
            texts.append((ANSWER_INDENT, top + RULED_GAP - 2, segment(label, FONT_REGULAR, 8.5,
                                                                       INK)))
            label_width = text_width(label, FONT_REGULAR, 8.5) + 4
            for index in range(count):
                start = ANSWER_INDENT + (label_width if index == 0 else 0)
                graphics.append(_hline(start, self.width, -(top + (index + 1) * RULED_GAP - 1)))
            top += count * RULED_GAP + 1
        return DrawnPart(top, "\n".join(graphics), texts)

    def grid(self, columns: Sequence[str]) -> DrawnPart:
        """An empty table: the header row with ``columns``, then blank rows."""
        available = self.width - ANSWER_INDENT
        size = 7.5
        while size > 5.5 and sum(column_widths(columns, available, size, minimum_only=True)) \
                > available:
            size -= 0.3
        widths = column_widths(columns, available, size)
        padding, leading = 2.5, size + 2
        left = self.width - sum(widths)
        heads: list[list[TextLine]] = [
            layout_lines([bold(column, size, WHITE_INK)], width - 2 * padding,
                         width - 2 * padding) for column, width in zip(columns, widths, strict=True)]
        head_height = max(len(lines) for lines in heads) * leading + 6
        height = head_height + EMPTY_TABLE_ROWS * GRID_ROW
        right = left + sum(widths)
        graphics = [f"{colour_op(PRIMARY)} {left:.3f} {-head_height:.3f} {right - left:.3f} "
                    f"{head_height:.3f} re f", _stroke(GRID, 0.5)]
        texts: list[tuple[float, float, TextLine]] = []
        x = left
        for width, lines in zip(widths, heads, strict=True):
            texts += [(x + padding, 3 + size + number * leading, line)
                      for number, line in enumerate(lines)]
            graphics.append(_vline(x, 0, -height))
            x += width
        graphics.append(_vline(right, 0, -height))
        graphics.append(_hline(left, right, 0))
        for row in range(EMPTY_TABLE_ROWS + 1):
            graphics.append(_hline(left, right, -(head_height + row * GRID_ROW)))
        return DrawnPart(height, "\n".join(graphics), texts, space_before=1.5 * mm)


class QuestionnaireBuilder:
    """The story of the questionnaire: the cover, then per theme its heading and its
    categories, each made (``category``) when the layout reaches it."""

    def __init__(self, catalogue: Catalogue, theme_slugs: list[str]) -> None:
        self.catalogue = catalogue
        self.themes = theme_slugs
        self.s: Styles = make_styles()
        self.t = _TextStyles(self.s)
        self.parts = _Parts(self.t, CONTENT_WIDTH)

    # ------------------------------------------------------------------- story

    def story(self) -> list[Flowable]:
        story = self.cover()
        story.append(NextPageTemplate("body"))
        for slug in self.themes:
            story.append(PageBreak())
            story += self.theme(slug)
        return story

    def cover(self) -> list[Flowable]:
        s = self.s
        count = sum(len(self.catalogue.theme_aspects(slug)) for slug in self.themes)
        flow: list[Flowable] = [
            Spacer(1, 8 * mm),
            Paragraph("Questionário de autoavaliação", s.title),
            Paragraph(esc(f"Formulário em papel para trabalho de campo — {count} aspectos em "
                          f"{len(self.themes)} tema(s)"), s.subtitle),
        ]
        blank_rows = [
            "Núcleo de Telessaúde", "Instituição", "Município/UF", "CNES",
            "Respondentes (nome e função)", "", "Período de referência",
            "Monitor(a) e instituição", "Data da visita", "Preenchido por", "Data do preenchimento",
        ]
        data: list[list[Any]] = []
        for label in blank_rows:
            value = ""
            if label == "Período de referência":
                value = "____/____/________  a  ____/____/________"
            elif label in ("Data da visita", "Data do preenchimento"):
                value = "____/____/________"
            data.append([Paragraph(esc(label), s.cell_bold), Paragraph(esc(value), s.cell)])
        data.insert(4, [Paragraph("Tipo de avaliação", s.cell_bold),
                        Paragraph(_markup_options(["Autoavaliação",
                                                   "Visita de monitoramento"]), s.cell)])
        table = Table(data, colWidths=[55 * mm, CONTENT_WIDTH - 55 * mm],
                      rowHeights=[9 * mm] * len(data))
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
            ("BACKGROUND", (0, 0), (0, -1), LIGHT_BG),
        ]))
        flow += [table, Spacer(1, 6 * mm), Paragraph("Como preencher", s.h2)]
        for line in (
            f"Marque com um X uma opção por aspecto ({BOX_UNCHECKED} Sim, {BOX_UNCHECKED} Não, "
            f"{BOX_UNCHECKED} Não se aplica ou {BOX_UNCHECKED} Não sabe). Nos itens de lista, "
            "marque todos os que existem no núcleo.",
            "Indicadores: informe o numerador e, quando pedido, o denominador; o valor é "
            "calculado pelo aplicativo ao digitar. Use números como 12 ou 3,5 e datas no "
            "formato dd/mm/aaaa; anote a fonte dos dados.",
            "Tabelas: preencha as linhas que tiver; use folhas extras se precisar. Gráficos e "
            "figuras: cole, desenhe ou anexe o arquivo e anote o nome dele.",
            "Depois, digite as respostas no Aspectos Desktop (Avaliações → Responder).",
        ):
            flow.append(Paragraph(esc(line), ParagraphStyle(
                "howto", parent=s.body, leftIndent=4 * mm, bulletIndent=0, spaceBefore=2),
                bulletText="•"))
        flow += [
            Spacer(1, 6 * mm),
            Paragraph(esc(f"Catálogo versão {self.catalogue.version} · SHA-256 "
                          f"{self.catalogue.content_hash}"), s.small),
        ]
        return flow

    def theme(self, slug: str) -> list[Flowable]:
        s = self.s
        theme = self.catalogue.theme(slug)
        name = upper_first(theme.name)
        aspects = self.catalogue.theme_aspects(slug)
        flow: list[Flowable] = [
            OutlineMarker(f"tema-{slug}", name, 0),
            Paragraph(esc(name), s.h1),
            Paragraph(esc(f"{len(aspects)} aspectos em {len(theme.category_ids)} categorias."),
                      s.body),
        ]
        for position, category_id in enumerate(theme.category_ids, start=1):
            flow.append(Deferred(functools.partial(self.category, category_id, position)))
        return flow

    def category(self, category_id: str, position: int) -> list[Flowable]:
        """A category's heading and aspects, one AspectBlock per aspect (the heading in
        the first one's)."""
        t = self.t
        category = self.catalogue.categories[category_id]
        title = upper_first(category.name)
        heading: TextPart | None = TextPart(
            [bold(title, t.heading.fontSize, PRIMARY_INK)], t.heading,
            outline=(f"cat-{category_id}-{position}", title, 1),
            # after the previous category's last aspect: its 5 mm, then the heading's space
            space_before=None if position == 1 else ASPECT_GAP + t.heading.spaceBefore)
        flow: list[Flowable] = []
        for aspect_id in category.aspect_ids:
            flow.append(self.aspect(self.catalogue.aspect(aspect_id), heading))
            heading = None
        if heading is not None:  # a category without aspects: its heading alone
            flow.append(AspectBlock([heading]))
        return flow

    # ------------------------------------------------------------------ aspect

    def aspect(self, aspect: Aspect, heading: TextPart | None = None) -> AspectBlock:
        """Header band, statement, source, the empty answer area, comment and evidence
        lines: one flowable, kept on one page when it fits (with ``heading``, the
        category's, before the first aspect)."""
        t = self.t
        natureza = NATUREZA_LABELS.get(aspect.natureza, aspect.natureza)
        parts: list[Part] = [] if heading is None else [heading]
        parts.append(BandPart(
            [bold(f"{aspect.id} · {upper_first(aspect.aspecto)} ", 9.2),
             bold(f"· {natureza}", 7.5, MUTED_INK)], t.band, None,
            space_before=ASPECT_GAP if heading is None else heading.style.spaceAfter))
        statement, labelled = statement_parts(aspect)
        runs: list[Run] = [regular(statement)] if statement else []
        for label, text in labelled:
            if runs:
                runs.append(regular("\n"))
            runs += [bold(f"{label}: "), regular(text)]
        if runs:
            parts.append(TextPart(runs, t.statement))
        parts.append(TextPart([italic(f"Fonte: {aspect.reference}", 7.5, MUTED_INK)], t.source,
                              space_before=None if runs else t.statement.spaceBefore))
        parts += self.answer_area(aspect.form)
        parts.append(self.parts.comment_lines)
        return AspectBlock(parts, keep=len(parts))

    def answer_area(self, form: FormDict) -> list[Part]:
        kind = form["type"]
        if kind == "scale":
            return self.scale(form)
        if kind == "percent":
            return [self.parts.fields([("Valor", str(form.get("unit") or "%"))]),
                    self.parts.no_data]
        if kind == "indicator":
            return self.indicator(form)
        if kind == "table":
            return self.table(form)
        return [self.parts.figure, self.parts.fields([("Arquivo entregue", "(nome)")]),
                self.parts.no_data]

    def scale(self, form: FormDict) -> list[Part]:
        t = self.t
        labels = [label for _, label in SCALES[form["scale"]]]
        parts: list[Part] = [TextPart([bold("Resposta:\u00a0\u00a0 ", BOXES_SIZE),
                                       regular(_options(labels), BOXES_SIZE)], t.boxes)]
        checklist = cast(list[dict[str, str]], form.get("checklist") or [])
        if checklist:
            parts.append(TextPart([regular("Marque os itens que existem no núcleo:", 8,
                                           MUTED_INK)], t.checklist))
            parts += [TextPart([regular(f"{BOX_UNCHECKED}\u00a0\u00a0{item['key']}) "
                                        f"{item['text']}")], t.item) for item in checklist]
        return parts

    def indicator(self, form: FormDict) -> list[Part]:
        unit = str(form.get("unit") or "")
        numerator = "Numerador"
        numerator_range = cast(list[Any], form.get("numerator_range") or [])
        if len(numerator_range) == 2:
            numerator += f" ({numerator_range[0]} a {numerator_range[1]})"
        rows: list[tuple[str, str]] = [(numerator, "")]
        if form.get("has_denominator"):
            rows.append(("Denominador", ""))
            rows.append(("Valor calculado", unit))
        elif unit:
            rows[0] = (numerator, unit)
        else:
            rows.append(("Unidade", ""))
        return [self.parts.fields(rows), self.parts.period, self.parts.fields(
            [("Fonte dos dados", "")]), self.parts.no_data]

    def table(self, form: FormDict) -> list[Part]:
        columns = [str(c) for c in cast(list[Any], form.get("columns") or [])] or ["Item", "Valor"]
        return [self.parts.grid(columns), self.parts.more_rows, self.parts.no_data]


def render_blank_questionnaire(catalogue: Catalogue,
                               theme_slugs: list[str] | None = None) -> bytes:
    """The empty paper questionnaire for ``theme_slugs`` (every theme when None or empty)."""
    known = {t.slug for t in catalogue.themes}
    unknown = [slug for slug in theme_slugs or [] if slug not in known]
    if unknown:
        raise ValueError("tema desconhecido no catálogo: " + ", ".join(unknown))
    wanted = set(theme_slugs or known)
    slugs = [t.slug for t in catalogue.themes if t.slug in wanted]
    builder = QuestionnaireBuilder(catalogue, slugs)
    scope = ("todos os temas" if len(slugs) == len(catalogue.themes)
             else f"{len(slugs)} tema(s)")
    meta = PdfMeta(
        title=f"Questionário de autoavaliação — catálogo {catalogue.version}",
        author="Aspectos Desktop",
        subject=f"Questionário em papel para trabalho de campo ({scope})",
        keywords="telessaúde, autoavaliação, questionário, Aspectos Desktop",
        custom=((INFO_CATALOGUE_HASH, catalogue.content_hash),),
    )
    decor = PageDecor(
        header_left="Questionário de autoavaliação",
        header_right=f"Catálogo {catalogue.version}",
        footer_left=(f"Aspectos Desktop · questionário em papel · catálogo {catalogue.version} "
                     f"· SHA-256 {catalogue.content_hash[:16]}…"),
    )
    return build_pdf(builder.story(), meta, decor)
