"""Answer values for every answer form: parsing, validation and completion state.

An answer value is a plain JSON dict whose shape depends on the aspect's form:

* scale:      ``{"choice": "sim", "checked": ["a", "c"]}``
* percent:    ``{"value": "45,5", "status": None}``
* indicator:  ``{"numerator": "12", "denominator": "40", "unit": "%", "period_start": "2026-01-01",
               "period_end": "2026-06-30", "source": "…", "status": None}``
* table:      ``{"rows": [["2016", "…"], …], "status": None}``
* attachment: ``{"files": [{"sha256": "…", "filename": "…", "mime": "…", "size": 123}],
               "status": None}``

Numbers are kept exactly as typed (raw strings): an invalid entry is never thrown
away, it is reported beside the field. ``status`` may be "nao_se_aplica" or
"nao_sabe" for any non-scale form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation, localcontext
from enum import StrEnum
from typing import Any

from aspectos_desktop.catalogue.forms import NO_DATA_OPTIONS, SCALES, FormDict

AnswerValue = dict[str, Any]

NO_DATA_STATUSES = {value for value, _ in NO_DATA_OPTIONS}

MSG_NOT_A_NUMBER = "Informe um número, com vírgula decimal (ex.: 12, 3,5 ou 1.234,5)."
MSG_NEGATIVE = "O valor não pode ser negativo."
MAX_INTEGER_DIGITS = 15  # beyond, no indicator of a núcleo makes sense (and floats lose it)
MSG_TOO_LARGE = f"Número grande demais: use no máximo {MAX_INTEGER_DIGITS} algarismos."
MSG_DENOMINATOR_ZERO = "O denominador não pode ser zero."
MSG_NUMERATOR_GT_DENOMINATOR = (
    "Para um percentual, o numerador não pode ser maior que o denominador."
)
MSG_PERIOD_ORDER = "O fim do período é anterior ao início."
MSG_BAD_DATE = "Data inválida: use dd/mm/aaaa."
MSG_NO_SUCH_DATE = "Esta data não existe no calendário (confira o dia e o mês)."
MSG_PERCENT_RANGE = "Informe um valor entre 0 e 100."
MSG_DENOMINATOR_MISSING = "Informe também o denominador."
MSG_NUMERATOR_MISSING = "Informe também o numerador."


class Completion(StrEnum):
    EMPTY = "vazio"
    ANSWERED = "respondido"
    INVALID = "inválido"


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one answer: completion, per-field messages, computed value."""

    completion: Completion
    errors: dict[str, str] = field(default_factory=lambda: {})
    computed: Decimal | None = None

    @property
    def answered(self) -> bool:
        return self.completion is Completion.ANSWERED

    @property
    def invalid(self) -> bool:
        return self.completion is Completion.INVALID


_THOUSANDS_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+,\d*$")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def parse_number(raw: str) -> Decimal | None:
    """Parse a number as people type it in Brazil; ``None`` when it is not a number.

    "12", "3,5", "1.234,5", "1 234", "12.5" (a lone dot followed by other than three
    digits is a decimal point) and "-2" (parsed; negativity is reported separately).
    """
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    if "," in text:
        # The comma is the decimal mark; dots before it may only group thousands
        # ("1.234,5"). "1,234.5" (the US way) is refused, not read as 1,2345.
        if "." in text and not _GROUPED_COMMA.match(text):
            return None
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")
    if not _NUMBER.match(text):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return -number if negative else number


def format_number(number: Decimal, places: int = 2) -> str:
    """pt-BR display: 1234.5 -> "1.234,5" (trailing zeros trimmed). Any finite size."""
    with localcontext() as context:  # round() needs every digit within the precision
        context.prec = max(context.prec, number.adjusted() + places + 2)
        quantised = round(number, places)
    text = f"{quantised:,.{places}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


_DATE_BR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(raw: str) -> date | None:
    """ISO (2026-03-31) or Brazilian (31/03/2026) dates; ``None`` when invalid."""
    text = raw.strip()
    try:
        match = _DATE_BR.match(text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    except ValueError:
        return None


def date_error(raw: str) -> str | None:
    """Why ``raw`` is not a date (the format, or a day the calendar lacks); None if it is."""
    if parse_date(raw) is not None:
        return None
    text = raw.strip()
    if _DATE_BR.match(text) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return MSG_NO_SUCH_DATE  # 31/02/2026, 2026-13-01: the format is right
    return MSG_BAD_DATE


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_answer(form: FormDict, value: AnswerValue | None) -> Check:
    """Validate ``value`` against ``form``."""
    if not value:
        return Check(Completion.EMPTY)
    kind = form["type"]
    if kind == "scale":
        return _check_scale(form, value)
    if value.get("status") in NO_DATA_STATUSES:
        return Check(Completion.ANSWERED)
    if kind == "percent":
        return _check_percent(value)
    if kind == "indicator":
        return _check_indicator(form, value)
    if kind == "table":
        rows: list[list[str]] = value.get("rows") or []
        filled = any(any(not _blank(cell) for cell in row) for row in rows)
        return Check(Completion.ANSWERED if filled else Completion.EMPTY)
    files: list[dict[str, Any]] = value.get("files") or []
    return Check(Completion.ANSWERED if files else Completion.EMPTY)


def _check_scale(form: FormDict, value: AnswerValue) -> Check:
    choice = value.get("choice")
    if choice is None:
        return Check(Completion.EMPTY)
    allowed = {option for option, _ in SCALES[form["scale"]]}
    if choice not in allowed:
        return Check(Completion.INVALID, {"choice": "Opção desconhecida para esta escala."})
    return Check(Completion.ANSWERED)


def _check_percent(value: AnswerValue) -> Check:
    raw = value.get("value")
    if _blank(raw):
        return Check(Completion.EMPTY)
    number = parse_number(str(raw))
    if number is None:
        return Check(Completion.INVALID, {"value": MSG_NOT_A_NUMBER})
    if _too_large(number):
        return Check(Completion.INVALID, {"value": MSG_TOO_LARGE})
    if not Decimal(0) <= number <= Decimal(100):
        return Check(Completion.INVALID, {"value": MSG_PERCENT_RANGE})
    return Check(Completion.ANSWERED, computed=number)


def _check_indicator(form: FormDict, value: AnswerValue) -> Check:
    errors: dict[str, str] = {}
    numerator = _checked_number(value.get("numerator"), "numerator", errors)
    denominator: Decimal | None = None
    has_denominator = bool(form.get("has_denominator"))
    if has_denominator:
        denominator = _checked_number(value.get("denominator"), "denominator", errors)
        if denominator is not None and denominator == 0:
            errors["denominator"] = MSG_DENOMINATOR_ZERO
    numerator_range = form.get("numerator_range")
    if numerator is not None and numerator_range and "numerator" not in errors:
        low, high = numerator_range
        if not low <= numerator <= high:
            errors["numerator"] = f"Informe um valor entre {low} e {high}."
    multiplier = int(form.get("multiplier", 1))
    if (
        multiplier == 100
        and numerator is not None
        and denominator is not None
        and "numerator" not in errors
        and "denominator" not in errors
        and numerator > denominator
    ):
        errors["numerator"] = MSG_NUMERATOR_GT_DENOMINATOR
    _check_period(value, errors)
    if has_denominator and not errors:
        if numerator is not None and denominator is None:
            errors["denominator"] = MSG_DENOMINATOR_MISSING
        elif numerator is None and denominator is not None:
            errors["numerator"] = MSG_NUMERATOR_MISSING
    if errors:
        return Check(Completion.INVALID, errors)
    if numerator is None:
        return Check(Completion.EMPTY)  # period or source alone do not answer an indicator
    computed = numerator
    if denominator is not None:
        computed = numerator * multiplier / denominator
    return Check(Completion.ANSWERED, computed=computed)


def _checked_number(raw: Any, key: str, errors: dict[str, str]) -> Decimal | None:
    if _blank(raw):
        return None
    number = parse_number(str(raw))
    if number is None:
        errors[key] = MSG_NOT_A_NUMBER
        return None
    if _too_large(number):
        errors[key] = MSG_TOO_LARGE
        return None
    if number < 0:
        errors[key] = MSG_NEGATIVE
        return None
    return number


def _too_large(number: Decimal) -> bool:
    return number.adjusted() >= MAX_INTEGER_DIGITS


def _check_period(value: AnswerValue, errors: dict[str, str]) -> None:
    start_raw, end_raw = value.get("period_start"), value.get("period_end")
    start = end = None
    if not _blank(start_raw):
        start = parse_date(str(start_raw))
        if start is None:
            errors["period_start"] = date_error(str(start_raw)) or MSG_BAD_DATE
    if not _blank(end_raw):
        end = parse_date(str(end_raw))
        if end is None:
            errors["period_end"] = date_error(str(end_raw)) or MSG_BAD_DATE
    if start is not None and end is not None and end < start:
        errors["period_end"] = MSG_PERIOD_ORDER


def indicator_unit(form: FormDict, value: AnswerValue | None) -> str:
    """The unit to show beside a computed value: the user's, else the form's."""
    typed = (value or {}).get("unit")
    if isinstance(typed, str) and typed.strip():
        return typed.strip()
    return str(form.get("unit") or "")


def describe_value(form: FormDict, value: AnswerValue | None) -> str:
    """A one-line pt-BR summary of an answer, for lists, reviews and reports."""
    if not value:
        return "Não respondido"
    status = value.get("status")
    if form["type"] != "scale" and status in NO_DATA_STATUSES:
        return dict(NO_DATA_OPTIONS)[status]
    check = check_answer(form, value)
    kind = form["type"]
    if kind == "scale":
        labels = dict(SCALES[form["scale"]])
        text = labels.get(str(value.get("choice")), "Não respondido")
        checked: list[str] = value.get("checked") or []
        if form.get("checklist"):
            text += f" · {len(checked)} de {len(form['checklist'])} itens marcados"
        return text
    if check.invalid:
        return "Resposta inválida"
    if kind in ("percent", "indicator") and check.computed is not None:
        unit = "%" if kind == "percent" else indicator_unit(form, value)
        return f"{format_number(check.computed)} {unit}".strip()
    if kind == "table":
        rows: list[list[str]] = value.get("rows") or []
        return f"{len(rows)} linha(s)" if check.answered else "Não respondido"
    if kind == "attachment":
        files: list[dict[str, Any]] = value.get("files") or []
        return f"{len(files)} anexo(s)" if files else "Não respondido"
    return "Não respondido"
