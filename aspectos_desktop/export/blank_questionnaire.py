"""A printable, empty questionnaire for paper fieldwork (PDF). Qt-free.

Every aspect in scope, grouped theme → category, with its statement, its source
and empty answer boxes that match its form: scale options (☐ Sim ☐ Não …),
checklist items, blanks for an indicator's numerator/denominator/period/source,
an empty grid with the table's columns, a frame for a chart or figure, and lines
for comment and evidence. Same fonts, header/footer and outline as the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, cast

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS, SCALES, FormDict
from aspectos_desktop.catalogue.model import NATUREZA_LABELS, Aspect, Catalogue
from aspectos_desktop.export.fonts import BOX_UNCHECKED
from aspectos_desktop.export.report_pdf import (
    CONTENT_WIDTH,
    GRID,
    LIGHT_BG,
    MUTED,
    PRIMARY,
    RULE,
    OutlineMarker,
    PageDecor,
    PdfMeta,
    RuledLines,
    Styles,
    build_pdf,
    column_widths,
    esc,
    make_styles,
    statement_parts,
    table_style,
    upper_first,
)

EMPTY_TABLE_ROWS: Final = 6
FIGURE_FRAME_HEIGHT: Final = 62 * mm
INFO_CATALOGUE_HASH: Final = "AspectosCatalogueSHA256"


def _options(labels: Sequence[str]) -> str:
    return "&nbsp;&nbsp;&nbsp;&nbsp; ".join(f"{BOX_UNCHECKED}\u00a0{esc(label)}" for label in labels)


class _Builder:
    def __init__(self, catalogue: Catalogue, theme_slugs: list[str]) -> None:
        self.catalogue = catalogue
        self.themes = theme_slugs
        self.s: Styles = make_styles()
        self.boxes = ParagraphStyle("boxes", parent=self.s.body, fontSize=9.5, leading=13,
                                    leftIndent=4 * mm, spaceBefore=2)
        self.label = ParagraphStyle("label", parent=self.s.cell_bold, fontSize=8.2)

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
                        Paragraph(_options(["Autoavaliação", "Visita de monitoramento"]),
                                  s.cell)])
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
            category = self.catalogue.categories[category_id]
            title = upper_first(category.name)
            flow.append(OutlineMarker(f"cat-{category_id}-{position}", title, 1))
            flow.append(Paragraph(esc(title), s.h2))
            for aspect_id in category.aspect_ids:
                flow += self.aspect(self.catalogue.aspect(aspect_id))
        return flow

    # ------------------------------------------------------------------ aspect

    def aspect(self, aspect: Aspect) -> list[Flowable]:
        s = self.s
        natureza = NATUREZA_LABELS.get(aspect.natureza, aspect.natureza)
        header = Table([[Paragraph(
            f"{aspect.id} · {esc(upper_first(aspect.aspecto))} "
            f"<font color='#5f6b76' size='7.5'>· {esc(natureza)}</font>", s.aspect)]],
            colWidths=[CONTENT_WIDTH])
        header.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT_BG),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, PRIMARY),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]))
        statement, parts = statement_parts(aspect)
        flow: list[Flowable] = [header, Spacer(1, 1.5 * mm)]
        if statement:
            flow.append(Paragraph(esc(statement), s.body))
        for label, text in parts:
            flow.append(Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", s.body))
        flow.append(Paragraph(f"Fonte: {esc(aspect.reference)}", s.small_italic))
        flow += self.answer_area(aspect.form)
        flow.append(RuledLines(2, label="Comentário:", indent=4 * mm))
        flow.append(RuledLines(1, label="Evidência:", indent=4 * mm))
        for flowable in flow:
            flowable.keepWithNext = 1  # an aspect stays on one page when it fits
        flow[-1].keepWithNext = 0
        flow.append(Spacer(1, 5 * mm))
        return flow

    def answer_area(self, form: FormDict) -> list[Flowable]:
        kind = form["type"]
        if kind == "scale":
            return self.scale(form)
        if kind == "percent":
            return [self.blanks([("Valor", f"{form.get('unit') or '%'}")]),
                    self.no_data()]
        if kind == "indicator":
            return self.indicator(form)
        if kind == "table":
            return self.table(form)
        return self.figure()

    def scale(self, form: FormDict) -> list[Flowable]:
        s = self.s
        labels = [label for _, label in SCALES[form["scale"]]]
        flow: list[Flowable] = [Paragraph("<b>Resposta:</b>&nbsp;&nbsp; " + _options(labels),
                                          self.boxes)]
        checklist = cast(list[dict[str, str]], form.get("checklist") or [])
        if checklist:
            flow.append(Paragraph("Marque os itens que existem no núcleo:", ParagraphStyle(
                "cl", parent=s.body, leftIndent=4 * mm, fontSize=8, textColor=MUTED,
                spaceBefore=2)))
            for item in checklist:
                flow.append(Paragraph(
                    f"{BOX_UNCHECKED}\u00a0\u00a0{esc(item['key'])}) {esc(item['text'])}",
                    s.item))
        return flow

    def no_data(self) -> Paragraph:
        return Paragraph(_options([label for _, label in NO_DATA_OPTIONS]), self.boxes)

    def blanks(self, rows: Sequence[tuple[str, str]]) -> Table:
        """Label | blank line | unit, one row per entry."""
        data = [[Paragraph(esc(label), self.label), "", Paragraph(esc(unit), self.s.cell)]
                for label, unit in rows]
        unit_width = 26 * mm
        table = Table(data, colWidths=[40 * mm, CONTENT_WIDTH - 4 * mm - 40 * mm - unit_width,
                                       unit_width],
                      rowHeights=[8.5 * mm] * len(data), hAlign="RIGHT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def indicator(self, form: FormDict) -> list[Flowable]:
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
        period = Table([[Paragraph("Período", self.label),
                         Paragraph("____/____/________  a  ____/____/________", self.s.cell)]],
                       colWidths=[40 * mm, CONTENT_WIDTH - 4 * mm - 40 * mm],
                       rowHeights=[8.5 * mm], hAlign="RIGHT")
        period.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        return [self.blanks(rows), period, self.blanks([("Fonte dos dados", "")]),
                self.no_data()]

    def table(self, form: FormDict) -> list[Flowable]:
        s = self.s
        columns = [str(c) for c in cast(list[Any], form.get("columns") or [])] or ["Item", "Valor"]
        available = CONTENT_WIDTH - 4 * mm
        size = 7.5
        while size > 5.5 and sum(column_widths(columns, available, size, minimum_only=True)) \
                > available:
            size -= 0.3
        head = ParagraphStyle("th", parent=s.cell_bold, fontSize=size, leading=size + 2,
                              textColor=colors.white)
        data: list[list[Any]] = [[Paragraph(esc(c), head) for c in columns]]
        data += [[""] * len(columns) for _ in range(EMPTY_TABLE_ROWS)]
        table = Table(data, colWidths=column_widths(columns, available, size), repeatRows=1,
                      rowHeights=[None] + [8 * mm] * EMPTY_TABLE_ROWS, hAlign="RIGHT")
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return [Spacer(1, 1.5 * mm), table, Paragraph(
            "Use folhas extras se houver mais linhas.", ParagraphStyle(
                "more", parent=s.small, leftIndent=4 * mm)), self.no_data()]

    def figure(self) -> list[Flowable]:
        s = self.s
        inner = Paragraph(
            "Espaço para colar, desenhar ou descrever o gráfico ou a figura", ParagraphStyle(
                "frame", parent=s.small, alignment=1))
        frame = Table([[inner]], colWidths=[CONTENT_WIDTH - 4 * mm],
                      rowHeights=[FIGURE_FRAME_HEIGHT], hAlign="RIGHT")
        frame.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return [Spacer(1, 1.5 * mm), frame,
                self.blanks([("Arquivo entregue", "(nome)")]), self.no_data()]


def render_blank_questionnaire(catalogue: Catalogue,
                               theme_slugs: list[str] | None = None) -> bytes:
    """The empty paper questionnaire for ``theme_slugs`` (every theme when None or empty)."""
    known = {t.slug for t in catalogue.themes}
    unknown = [slug for slug in theme_slugs or [] if slug not in known]
    if unknown:
        raise ValueError("tema desconhecido no catálogo: " + ", ".join(unknown))
    wanted = set(theme_slugs or known)
    slugs = [t.slug for t in catalogue.themes if t.slug in wanted]
    builder = _Builder(catalogue, slugs)
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
