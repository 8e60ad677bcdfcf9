"""Derive each aspect's answer form from its kind (natureza) and its text.

The rules are explained in ``catalogue/README.md``. A form is plain JSON data
(``dict``) so that it can live unchanged in the catalogue source, in the
compiled SQLite file and in exported bundles.
"""

from __future__ import annotations

import re
from typing import Any

from aspectos_desktop.text import fold

FormDict = dict[str, Any]

NATUREZAS = ("característica", "indicador", "tabela", "gráfico", "figura")

SCALES: dict[str, list[tuple[str, str]]] = {
    "sim_nao": [
        ("sim", "Sim"),
        ("nao", "Não"),
        ("nao_se_aplica", "Não se aplica"),
        ("nao_sabe", "Não sabe"),
    ],
    "atendimento": [
        ("atendeu_totalmente", "Atendeu totalmente"),
        ("atendeu_parcialmente", "Atendeu parcialmente"),
        ("nao_atendeu", "Não atendeu"),
        ("nao_se_aplica", "Não se aplica"),
        ("nao_sabe", "Não sabe"),
    ],
    "likert5": [
        ("1", "1 — Muito insatisfeito"),
        ("2", "2 — Insatisfeito"),
        ("3", "3 — Indiferente"),
        ("4", "4 — Satisfeito"),
        ("5", "5 — Muito satisfeito"),
        ("nao_se_aplica", "Não se aplica"),
        ("nao_sabe", "Não sabe"),
    ],
}

# Any form other than a scale can still be declared "not applicable" or "unknown".
NO_DATA_OPTIONS: list[tuple[str, str]] = [
    ("nao_se_aplica", "Não se aplica"),
    ("nao_sabe", "Não sabe"),
]

ATTACHMENT_EXTENSIONS = [".png", ".jpg", ".jpeg", ".pdf"]

_PERCENT_ANSWER = re.compile(r"Resposta:\s*0\s*-\s*100\s*%")
_RESPOSTA_TAIL = re.compile(r"\s*Resposta:.*$", re.S)
_TABLE_COLUMNS = re.compile(r"\[([^\[\]]+)\]\s*$")

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROMANS = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
]  # fmt: skip
_ITEM_MARKER = re.compile(r"(?:^|(?<=[\s(;:.,]))([a-z]|[IVX]{1,5})\)\s")
_ITEM_END = re.compile(r"\s+(?:Resposta|Observaç(?:ão|ões)|Obs):.*$", re.S)

# Labelled parts of indicator definitions (MS-NT5 and PAHO styles).
PART_LABELS: dict[str, str] = {
    "descricao": "Descrição",
    "interpretacao": "Interpretação",
    "numerador": "Numerador",
    "denominador": "Denominador",
    "formula": "Fórmula",
    "unidade": "Unidade",
    "frequencia": "Frequência",
    "periodo": "Período",
    "tipo": "Tipo de indicador",
    "meta": "Meta",
    "fonte": "Fonte",
    "observacao": "Observação",
}
_PART_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<label>Descrição|Interpretação|Numerador|Denominador|Fórmula|"
    r"Unidade|Frequência|Período|Meta|Fonte|Observações|Observação|Obs)\s*:"
    r"|(?:^|(?<=\s))(?P<tipo>Tipo de Indicador)\.",
)
_LABEL_KEYS = {
    "Descrição": "descricao",
    "Interpretação": "interpretacao",
    "Numerador": "numerador",
    "Denominador": "denominador",
    "Fórmula": "formula",
    "Unidade": "unidade",
    "Frequência": "frequencia",
    "Período": "periodo",
    "Meta": "meta",
    "Fonte": "fonte",
    "Observações": "observacao",
    "Observação": "observacao",
    "Obs": "observacao",
}
_TIMES_100 = re.compile(r"[x×*]\s*100\b")
_TIMES_1000 = re.compile(r"[x×*]\s*1\.?000\b")


def normalise_natureza(raw: str) -> str:
    """"Indicador" and "indicador" are the same kind; unknown kinds are an error."""
    natureza = raw.strip().lower()
    if natureza not in NATUREZAS:
        raise ValueError(f"natureza desconhecida: {raw!r}")
    return natureza


def derive_form(natureza: str, elemento: str) -> FormDict:
    """The answer form for an aspect of kind ``natureza`` whose text is ``elemento``."""
    if _PERCENT_ANSWER.search(elemento):
        return {"type": "percent", "min": 0, "max": 100, "unit": "%"}
    if natureza == "característica":
        return _scale_form(elemento)
    if natureza == "indicador":
        return _indicator_form(elemento)
    if natureza == "tabela":
        return _table_form(elemento)
    return {"type": "attachment", "accept": list(ATTACHMENT_EXTENSIONS)}


def _scale_form(elemento: str) -> FormDict:
    folded = fold(elemento)
    if "atendeu totalmente" in folded and "nao atendeu" in folded:
        scale = "atendimento"
    elif "likert" in folded:
        scale = "likert5"
    else:
        scale = "sim_nao"
    form: FormDict = {"type": "scale", "scale": scale}
    items = split_checklist(elemento)
    if items:
        form["checklist"] = items
    return form


def split_checklist(elemento: str) -> list[dict[str, str]]:
    """Enumerated sub-items "a) … b) …" or "I) … II) …" as checklist items.

    A run must start at "a)" or "I)" and continue in sequence; markers out of
    sequence stay part of the item text. Fewer than two items is no checklist.
    """
    text = _RESPOSTA_TAIL.sub("", elemento)
    markers: list[tuple[str, int, int]] = []
    sequence: list[str] | None = None
    for match in _ITEM_MARKER.finditer(text):
        key = match.group(1)
        if sequence is None:
            if key == "a":
                sequence = list(_LETTERS)
            elif key == "I":
                sequence = _ROMANS
            else:
                continue
        if len(markers) < len(sequence) and key == sequence[len(markers)]:
            markers.append((key, match.start(), match.end()))
    if len(markers) < 2:
        return []
    items: list[dict[str, str]] = []
    for index, (key, _start, end) in enumerate(markers):
        stop = markers[index + 1][1] if index + 1 < len(markers) else len(text)
        item = text[end:stop]
        if index + 1 == len(markers):
            item = _ITEM_END.sub("", item)
        item = item.strip().rstrip(";,").strip()
        item = re.sub(r"[;,]?\s+(?:e|ou)$", "", item).strip()
        items.append({"key": key, "text": item})
    return items


def split_parts(elemento: str) -> dict[str, str]:
    """Labelled parts of an indicator definition; the unlabelled lead is the description.

    A label that directly follows another one ("Observação: Fonte: Manual …")
    belongs to the text of the first.
    """
    matches = list(_PART_LABEL.finditer(elemento))
    parts: dict[str, str] = {}
    lead = elemento[: matches[0].start()] if matches else elemento
    if lead.strip():
        parts["descricao"] = lead.strip()
    current_key: str | None = None
    current_start = 0
    for match in matches:
        if current_key is not None and not elemento[current_start : match.start()].strip():
            continue  # label right after a label: keep it as text of the first
        if current_key is not None:
            _append_part(parts, current_key, elemento[current_start : match.start()])
        label = match.group("label")
        current_key = "tipo" if label is None else _LABEL_KEYS[label]
        current_start = match.end()
    if current_key is not None:
        _append_part(parts, current_key, elemento[current_start:])
    return parts


def _append_part(parts: dict[str, str], key: str, raw: str) -> None:
    value = raw.strip().rstrip(";").strip()
    if not value:
        return
    parts[key] = f"{parts[key]} {value}" if key in parts else value


def _indicator_form(elemento: str) -> FormDict:
    parts = split_parts(elemento)
    formula = parts.get("formula", "")
    unit_text = parts.get("unidade", "")
    description = parts.get("descricao", "")
    has_denominator = "denominador" in parts or "/" in formula
    if _TIMES_1000.search(formula):
        multiplier = 1000
    elif (
        _TIMES_100.search(formula)
        or unit_text.strip() == "%"
        or description.lstrip().startswith("%")
    ):
        multiplier = 100
    else:
        multiplier = 1
    if multiplier == 100:
        unit: str | None = "%"
    elif multiplier == 1000:
        unit = "por mil"
    else:
        unit = unit_text or None
    form: FormDict = {
        "type": "indicator",
        "has_denominator": has_denominator,
        "multiplier": multiplier,
        "unit": unit,
        "parts": parts,
    }
    if "likert" in fold(parts.get("numerador", "")):
        form["numerator_range"] = [1, 5]
    return form


def _table_form(elemento: str) -> FormDict:
    match = _TABLE_COLUMNS.search(elemento)
    if match is None:
        return {"type": "table", "caption": elemento.strip(), "columns": ["Item", "Valor"]}
    columns = [column.strip() for column in match.group(1).split(",") if column.strip()]
    return {"type": "table", "caption": elemento[: match.start()].strip(), "columns": columns}


def form_options(form: FormDict) -> list[tuple[str, str]]:
    """The (value, label) choices a form offers: its scale, or the no-data options."""
    if form["type"] == "scale":
        return SCALES[form["scale"]]
    return NO_DATA_OPTIONS
