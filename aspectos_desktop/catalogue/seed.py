"""Parse the seed document ("Aspectos · Relatório estático") into rows.

The seed is a pipe table whose rows span several lines: a row starts at a line
beginning with ``<number> | `` and its ``ref`` cell always holds a line break
("HAOC1, 2019\\n4, 239.0"). The trailing number of the ref is unique and is the
aspect's stable id.

Known defect repaired here: some PAHO rows have an empty ``elemento(s)`` and
their ref text was shifted into that column, leaving an extra empty cell at the
end of the row (``... | indicador | PAHO, 2016\\n, 193.0 | |``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aspectos_desktop.text import normalise_whitespace

HEADER = "# | tema | categoria | aspecto | natureza | elemento(s) | ref |"

_ROW_START = re.compile(r"^(\d+) \| ")
_REF_FIRST_LINE = re.compile(r"(?P<source>.+?),\s*(?P<year>\d{4})")
_REF_SECOND_LINE = re.compile(r"(?:(?P<section>.*?),\s*)?(?P<number>\d+)(?:\.0)?")


class SeedFormatError(ValueError):
    """The seed does not have the documented shape; ``line`` is 1-based."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"linha {line}: {message}" if line is not None else message)


@dataclass(frozen=True, slots=True)
class SeedRow:
    row: int
    tema: str
    categoria: str
    aspecto: str
    natureza_raw: str
    elemento: str
    source: str
    year: int
    section: str
    ref_number: int


@dataclass(frozen=True, slots=True)
class Repair:
    row: int
    aspect_id: int
    message: str


@dataclass(frozen=True, slots=True)
class ParsedSeed:
    rows: tuple[SeedRow, ...]
    repairs: tuple[Repair, ...]


def _split_rows(text: str) -> list[tuple[int, str]]:
    """Group physical lines into logical rows; returns (first line number, row text)."""
    lines = text.replace("\r\n", "\n").split("\n")
    try:
        header_at = next(i for i, line in enumerate(lines) if line.strip() == HEADER)
    except StopIteration:
        raise SeedFormatError(f"cabeçalho não encontrado: {HEADER!r}") from None
    rows: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    for index in range(header_at + 1, len(lines)):
        line = lines[index]
        if _ROW_START.match(line):
            if current is not None:
                rows.append((start, "\n".join(current)))
            current, start = [line], index + 1
        elif current is not None:
            current.append(line)
    if current is not None:
        rows.append((start, "\n".join(current)))
    return rows


def _parse_ref(ref: str, line: int) -> tuple[str, int, str, int]:
    ref_lines = ref.strip().split("\n")
    if len(ref_lines) != 2:
        raise SeedFormatError(f"referência deveria ter duas linhas: {ref!r}", line)
    first = _REF_FIRST_LINE.fullmatch(ref_lines[0].strip())
    second = _REF_SECOND_LINE.fullmatch(ref_lines[1].strip())
    if first is None or second is None:
        raise SeedFormatError(f"referência ilegível: {ref!r}", line)
    return (
        first["source"].strip(),
        int(first["year"]),
        (second["section"] or "").strip(),
        int(second["number"]),
    )


def parse_seed(text: str) -> ParsedSeed:
    """Parse the whole seed; raises :class:`SeedFormatError` on any surprise."""
    rows: list[SeedRow] = []
    repairs: list[Repair] = []
    for line, raw in _split_rows(text):
        cells = raw.split(" | ", 5)
        if len(cells) != 6:
            raise SeedFormatError("linha com menos de sete colunas", line)
        number, tema, categoria, aspecto, natureza, rest = cells
        rest = rest.rstrip()
        if not rest.endswith(" |"):
            raise SeedFormatError("linha não termina com ' |'", line)
        body = rest[: -len(" |")]
        shifted = body.endswith(" |")
        if shifted:
            # The ref landed in the elemento column and the ref cell is empty.
            elemento_raw, ref = "", body[: -len(" |")]
        else:
            if " | " not in body:
                raise SeedFormatError("colunas elemento(s) e ref não encontradas", line)
            elemento_raw, ref = body.rsplit(" | ", 1)
        source, year, section, ref_number = _parse_ref(ref, line)
        row_number = int(number)
        if shifted:
            repairs.append(
                Repair(
                    row=row_number,
                    aspect_id=ref_number,
                    message=(
                        f"linha {row_number}: a referência {' '.join(ref.split())!r} estava na coluna "
                        f"elemento(s); elemento(s) ficou vazio e a referência foi lida "
                        f"(id {ref_number})"
                    ),
                )
            )
        rows.append(
            SeedRow(
                row=row_number,
                tema=normalise_whitespace(tema),
                categoria=normalise_whitespace(categoria),
                aspecto=normalise_whitespace(aspecto),
                natureza_raw=natureza.strip(),
                elemento=normalise_whitespace(elemento_raw),
                source=source,
                year=year,
                section=section,
                ref_number=ref_number,
            )
        )
    _check_consistency(rows)
    return ParsedSeed(rows=tuple(rows), repairs=tuple(repairs))


def _check_consistency(rows: list[SeedRow]) -> None:
    if not rows:
        raise SeedFormatError("nenhuma linha de aspecto encontrada")
    for expected, row in enumerate(rows, start=1):
        if row.row != expected:
            raise SeedFormatError(f"numeração fora de ordem: esperado {expected}, lido {row.row}")
    seen: dict[int, int] = {}
    for row in rows:
        if row.ref_number in seen:
            raise SeedFormatError(
                f"id {row.ref_number} repetido nas linhas {seen[row.ref_number]} e {row.row}"
            )
        seen[row.ref_number] = row.row
