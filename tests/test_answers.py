"""Answer validation for every form, on real catalogue forms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aspectos_desktop import answers as a
from aspectos_desktop.answers import Completion, check_answer, describe_value, parse_number


@pytest.mark.parametrize(("raw", "expected"), [
    ("12", Decimal(12)), ("3,5", Decimal("3.5")), ("1.234,5", Decimal("1234.5")),
    ("1.234", Decimal(1234)), ("12.5", Decimal("12.5")), (" 1 234 ", Decimal(1234)),
    ("-2", Decimal(-2)), ("0", Decimal(0)), ("1.234.567,25", Decimal("1234567.25")),
])
def test_parse_number_accepts_brazilian_and_plain_forms(raw: str, expected: Decimal) -> None:
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["", "abc", "1,2,3", "12a", "--1", ",", "1e5", "NaN", "∞",
                                 # the US way, or dots that do not group thousands: refused,
                                 # never read as 1,2345 (a factor of 1,000 off)
                                 "1,234.5", "1.2,5", "12.34,5"])
def test_parse_number_rejects_non_numbers(raw: str) -> None:
    assert parse_number(raw) is None


def test_format_number_is_brazilian() -> None:
    assert a.format_number(Decimal("1234.5")) == "1.234,5"
    assert a.format_number(Decimal("30")) == "30"
    assert a.format_number(Decimal(2) / Decimal(3)) == "0,67"


def test_empty_value_is_empty_for_every_form(catalogue) -> None:  # type: ignore[no-untyped-def]
    forms = {asp.form["type"]: asp.form for asp in catalogue.aspects.values()}
    assert set(forms) == {"scale", "percent", "indicator", "table", "attachment"}
    for form in forms.values():
        assert check_answer(form, None).completion is Completion.EMPTY
        assert check_answer(form, {}).completion is Completion.EMPTY


def test_scale_choice(catalogue) -> None:  # type: ignore[no-untyped-def]
    form = catalogue.aspect(239).form
    assert check_answer(form, {"choice": "sim"}).answered
    assert check_answer(form, {"choice": "nao_sabe"}).answered
    assert check_answer(form, {"choice": None}).completion is Completion.EMPTY
    assert check_answer(form, {"choice": "talvez"}).invalid
    atendimento = catalogue.aspect(493).form
    assert check_answer(atendimento, {"choice": "atendeu_parcialmente"}).answered
    assert check_answer(atendimento, {"choice": "sim"}).invalid


def test_percent(catalogue) -> None:  # type: ignore[no-untyped-def]
    form = next(x.form for x in catalogue.aspects.values() if x.form["type"] == "percent")
    assert check_answer(form, {"value": "45,5"}).computed == Decimal("45.5")
    assert check_answer(form, {"value": "101"}).errors == {"value": a.MSG_PERCENT_RANGE}
    assert check_answer(form, {"value": "muito"}).errors == {"value": a.MSG_NOT_A_NUMBER}
    assert check_answer(form, {"value": "", "status": "nao_se_aplica"}).answered


def _percent_indicator(catalogue):  # type: ignore[no-untyped-def]
    form = catalogue.aspect(211).form  # PAHO "x 100/" formula
    assert form["has_denominator"] and form["multiplier"] == 100
    return form


def test_indicator_computes_percentage(catalogue) -> None:  # type: ignore[no-untyped-def]
    form = _percent_indicator(catalogue)
    check = check_answer(form, {"numerator": "30", "denominator": "120"})
    assert check.answered and check.computed == Decimal(25)
    assert describe_value(form, {"numerator": "30", "denominator": "120"}) == "25 %"


@pytest.mark.parametrize(("value", "field", "message"), [
    ({"numerator": "abc", "denominator": "10"}, "numerator", a.MSG_NOT_A_NUMBER),
    ({"numerator": "-1", "denominator": "10"}, "numerator", a.MSG_NEGATIVE),
    ({"numerator": "1", "denominator": "0"}, "denominator", a.MSG_DENOMINATOR_ZERO),
    ({"numerator": "11", "denominator": "10"}, "numerator", a.MSG_NUMERATOR_GT_DENOMINATOR),
    ({"numerator": "1", "denominator": ""}, "denominator", a.MSG_DENOMINATOR_MISSING),
    ({"numerator": "", "denominator": "5"}, "numerator", a.MSG_NUMERATOR_MISSING),
    ({"numerator": "1", "denominator": "5", "period_start": "31/12/2026",
      "period_end": "01/01/2026"}, "period_end", a.MSG_PERIOD_ORDER),
    ({"numerator": "1", "denominator": "5", "period_start": "32/01/2026"},
     "period_start", a.MSG_NO_SUCH_DATE),
    ({"numerator": "1", "denominator": "5", "period_end": "31/02/2026"},
     "period_end", a.MSG_NO_SUCH_DATE),
    ({"numerator": "1", "denominator": "5", "period_start": "2026-13-01"},
     "period_start", a.MSG_NO_SUCH_DATE),
    ({"numerator": "1", "denominator": "5", "period_start": "janeiro de 2026"},
     "period_start", a.MSG_BAD_DATE),
    ({"numerator": "1", "denominator": "5", "period_end": "1/2026"},
     "period_end", a.MSG_BAD_DATE),
])
def test_indicator_errors_are_reported_beside_the_field(catalogue, value, field, message) -> None:  # type: ignore[no-untyped-def]
    check = check_answer(_percent_indicator(catalogue), value)
    assert check.invalid
    assert check.errors[field] == message


def test_indicator_without_denominator_and_likert_range(catalogue) -> None:  # type: ignore[no-untyped-def]
    single = next(x.form for x in catalogue.aspects.values()
                  if x.form["type"] == "indicator" and not x.form["has_denominator"]
                  and "numerator_range" not in x.form)
    assert check_answer(single, {"numerator": "1.500"}).computed == Decimal(1500)
    likert = catalogue.aspect(420).form
    assert likert["numerator_range"] == [1, 5]
    assert check_answer(likert, {"numerator": "4"}).answered
    assert check_answer(likert, {"numerator": "6"}).errors["numerator"] == "Informe um valor entre 1 e 5."


def test_indicator_period_alone_is_not_an_answer_and_no_data_is(catalogue) -> None:  # type: ignore[no-untyped-def]
    form = _percent_indicator(catalogue)
    assert check_answer(form, {"period_start": "01/01/2026"}).completion is Completion.EMPTY
    assert check_answer(form, {"status": "nao_sabe"}).answered
    assert describe_value(form, {"status": "nao_sabe"}) == "Não sabe"


def test_table_and_attachment(catalogue) -> None:  # type: ignore[no-untyped-def]
    table = next(x.form for x in catalogue.aspects.values() if x.form["type"] == "table")
    assert check_answer(table, {"rows": [["", ""]]}).completion is Completion.EMPTY
    assert check_answer(table, {"rows": [["2016", "12"]]}).answered
    attachment = next(x.form for x in catalogue.aspects.values() if x.form["type"] == "attachment")
    assert not check_answer(attachment, {"files": []}).answered
    assert check_answer(attachment, {"files": [{"sha256": "x" * 64}]}).answered


def test_huge_numbers_are_an_inline_error_and_format_never_raises() -> None:
    """30 pasted digits once raised decimal.InvalidOperation on every keystroke: not saved."""
    huge = "123456789012345678901234567890"
    indicator = {"type": "indicator", "has_denominator": True, "multiplier": 100}
    checked = check_answer(indicator, {"numerator": huge, "denominator": "10"})
    assert checked.completion is Completion.INVALID
    assert checked.errors == {"numerator": a.MSG_TOO_LARGE}
    assert check_answer({"type": "percent"}, {"value": huge}).errors == {"value": a.MSG_TOO_LARGE}
    assert check_answer(indicator, {"numerator": "1", "denominator": "999.999.999.999.999"}
                        ).completion is Completion.ANSWERED  # 15 digits still fit
    tiny = check_answer({"type": "indicator", "has_denominator": True, "multiplier": 1},
                        {"numerator": "999999999999999", "denominator": "0,000000000000000001"})
    assert tiny.computed is not None
    assert a.format_number(tiny.computed).startswith("999.999.999.999.999.000")
    assert a.format_number(Decimal(huge)) == "123.456.789.012.345.678.901.234.567.890"
