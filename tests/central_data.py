"""Consolidation test data written straight through the central models.

``Builder`` adds núcleos, signers, assessments (with revisions) and bundles the way the
importer stores them, so that tests can build many núcleos quickly. ``small_dataset``
is the hand-computed fixture of the consolidation tests; ``random_dataset`` is a larger
seeded one (30 núcleos in 4 UFs) checked against a plain-Python oracle.
"""

from __future__ import annotations

import hashlib
import random
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from aspectos_desktop.answers import Completion, check_answer, indicator_unit, parse_number
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.central.importer import refresh_lineages, theme_count_rows
from aspectos_desktop.central.models import (
    Bundle,
    CentralAnswer,
    CentralAssessment,
    CentralNucleo,
    CentralThemeCount,
    Signer,
)

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)

# Aspects used by the small dataset (real catalogue ids; see test_known_aspects).
CIDADANIA = "cidadania-e-desenvolvimento-sustentavel"  # 14 aspects: 11 scale + 3 indicators
PROTECAO = "protecao-e-seguranca"  # 28 aspects, all scale sim_nao
MONITORAMENTO = "monitoramento-e-avaliacao"  # 79 aspects
ESTRUTURA = "estrutura-e-gestao"  # 94 aspects
SCALE_IDS = (265, 1857, 357, 471, 469, 473, 470, 472, 503, 1823, 1827)  # cidadania, sim_nao
CHECKLIST_ID = 357  # cidadania, scale with checklist
SOMA_ID = 1826  # cidadania, indicator without denominator
INVALID_ID = 1828  # cidadania, indicator without denominator (answered "abc": invalid)
RATIO_ID = 205  # monitoramento, numerator/denominator × 100
PERCENT_ID = 295  # estrutura, 0–100 %


def sim_nao(choice: str, checked: list[str] | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {"choice": choice}
    if checked is not None:
        value["checked"] = checked
    return value


def indicator(numerator: str, denominator: str = "", status: str | None = None) -> dict[str, Any]:
    return {"numerator": numerator, "denominator": denominator, "unit": "", "period_start": "",
            "period_end": "", "source": "", "status": status}


def percent(value: str) -> dict[str, Any]:
    return {"value": value, "status": None}


@dataclass
class Builder:
    session: Session
    catalogue: Catalogue
    _bundles: int = 0
    signers: dict[int, Signer] = field(default_factory=lambda: {})

    def nucleo(self, name: str, uf: str, municipio_code: int, municipio_name: str,
               cnes: str | None = None) -> CentralNucleo:
        key = f"cnes:{cnes}" if cnes else f"ibge:{municipio_code}:{name.lower().replace(' ', '-')}"
        nucleo = CentralNucleo(nucleo_key=key, name=name, institution=f"Instituição {name}",
                               uf=uf, municipio_code=municipio_code,
                               municipio_name=municipio_name, cnes=cnes, created_at=NOW)
        self.session.add(nucleo)
        self.session.flush()
        return nucleo

    def signer(self, nucleo: CentralNucleo, status: str = "aprovado") -> Signer:
        digest = hashlib.sha256(f"{nucleo.nucleo_key}:{status}".encode()).hexdigest().upper()
        fingerprint = ":".join(digest[i:i + 2] for i in range(0, 64, 2))
        found = self.session.get(Signer, fingerprint)
        if found is not None:
            return found
        signer = Signer(fingerprint=fingerprint, nucleo_id=nucleo.id, subject=f"CN={nucleo.name}",
                        certificate_der=b"der", status=status,
                        approval="manual" if status == "aprovado" else None, first_seen_at=NOW,
                        approved_at=NOW if status == "aprovado" else None,
                        approved_by="Ana" if status == "aprovado" else None)
        self.session.add(signer)
        self.session.flush()
        return signer

    def assessment(self, nucleo: CentralNucleo, kind: str, themes: list[str],
                   answers: dict[int, dict[str, Any] | None], *,
                   period: tuple[date, date] = (date(2026, 1, 1), date(2026, 6, 30)),
                   revision: int = 1, parent: CentralAssessment | None = None,
                   bundle_status: str = "importado",
                   catalogue_version: str | None = None) -> CentralAssessment:
        """An assessment in one bundle; with ``parent``, a new revision superseding it."""
        assessment = CentralAssessment(
            uuid=str(uuid_module.uuid4()), revision=revision,
            parent_uuid=parent.uuid if parent is not None else None, nucleo_id=nucleo.id,
            kind=kind, title=f"{kind} {nucleo.name} r{revision}", period_start=period[0],
            period_end=period[1], theme_slugs=themes,
            catalogue_version=catalogue_version or self.catalogue.version,
            catalogue_hash=self.catalogue.content_hash,
            monitor_name="Marta Monitora" if kind == "visita" else None,
            monitor_institution="SES" if kind == "visita" else None,
            visit_date=period[1] if kind == "visita" else None, finalized_at=NOW, created_at=NOW)
        self.session.add(assessment)
        self.session.flush()
        rows = [answer_row(self.catalogue, assessment.id, aspect_id, value)
                for aspect_id, value in answers.items()]
        self.session.add_all(rows)
        self.session.add_all(  # the per-theme counts the importer writes with the answers
            CentralThemeCount(assessment_id=assessment.id, **counts)
            for counts in theme_count_rows(self.catalogue, [
                {"aspect_id": r.aspect_id, "completion": r.completion, "choice": r.choice}
                for r in rows]))
        status = "aprovado" if bundle_status == "importado" else "novo"
        signer = self.signer(nucleo, status)
        self._bundles += 1
        self.session.add(Bundle(
            bundle_sha256=hashlib.sha256(assessment.uuid.encode()).hexdigest(),
            export_id=str(uuid_module.uuid4()), filename=f"b{self._bundles}.aspectos", size=1000,
            imported_at=NOW, imported_by="teste", signer_fingerprint=signer.fingerprint,
            assessment_id=assessment.id, status=bundle_status))
        self.session.flush()
        refresh_lineages(self.session.connection(), [assessment.id])  # as the importer does
        self.session.expire_all()
        return assessment


def answer_row(catalogue: Catalogue, assessment_id: int, aspect_id: int,
               value: dict[str, Any] | None) -> CentralAnswer:
    """The row the importer stores for one answer (derived columns included)."""
    form = catalogue.aspect(aspect_id).form
    check = check_answer(form, value)
    value = value or {}
    answered = check.completion is Completion.ANSWERED
    choice = value.get("choice") if form["type"] == "scale" and answered else None
    numerator = denominator = None
    if form["type"] == "indicator" and answered and value.get("status") is None:
        numerator = parse_number(str(value.get("numerator") or ""))
        denominator = parse_number(str(value.get("denominator") or ""))
    unit = indicator_unit(form, value) if form["type"] == "indicator" else (
        "%" if form["type"] == "percent" else None)
    return CentralAnswer(assessment_id=assessment_id, aspect_id=aspect_id, value=value,
                         comment=f"comentário {aspect_id}", evidence="", completion=check.completion.value,
                         choice=choice, numerator=numerator, denominator=denominator,
                         computed=check.computed, unit=unit)


# ------------------------------------------------------------------------ small dataset


@dataclass
class Small:
    """Ids of the small dataset (see ``small_dataset`` for the content)."""

    sp_a: int = 0
    sp_b: int = 0
    rj_c: int = 0
    mg_d: int = 0
    a_self_old: int = 0
    a_self: int = 0
    a_visit: int = 0
    b_self: int = 0
    c_self: int = 0
    d_self: int = 0


def small_dataset(session: Session, catalogue: Catalogue) -> Small:
    """Four núcleos, hand-computed figures in the consolidation tests.

    * A (SP, São Paulo, CNES 1234567):
      - self-assessment r1 (superseded): every scale aspect of cidadania "nao";
      - self-assessment r2, 2026-01-01..2026-06-30, themes cidadania + monitoramento:
        scale 265, 1857, 471, 469 sim; 473, 470 nao; 472 nao_se_aplica; 357 sim with
        checklist item a; indicator 1828 invalid ("abc"); 503 and 1823 no answer row;
        1827 empty (a row whose value is empty);
        indicator 1826 = 10; ratio 205 = 30/120;
      - visit, 2026-01-01..2026-06-30, themes cidadania: 265 sim; 1857 nao; 471 sim;
        469 nao_sabe; 357 sim with checklist items a and b; 1826 = 10,0; nothing else.
    * B (SP, Campinas): self-assessment 2025-07-01..2025-12-31, themes cidadania +
      protecao + monitoramento + estrutura: 265 sim; 1857 sim; 8 nao; 1826 = 5;
      ratio 205 = 10/40; percent 295 = 40.
    * C (RJ, Rio de Janeiro): self-assessment 2026-03-01..2026-08-31, catalogue version
      "2025.9", themes cidadania + monitoramento + estrutura: 265 nao; 1826 = 2,5;
      ratio 205 = 1/10; percent 295 = 70,5.
    * D (MG, Belo Horizonte): self-assessment in a pending bundle (signer "novo"):
      everything "sim", ratio 205 = 99/100 (must never show up).
    """
    b = Builder(session, catalogue)
    ids = Small()
    a = b.nucleo("Núcleo Paulista", "SP", 3550308, "São Paulo", cnes="1234567")
    nb = b.nucleo("Núcleo Campineiro", "SP", 3509502, "Campinas")
    c = b.nucleo("Núcleo Carioca", "RJ", 3304557, "Rio de Janeiro", cnes="7654321")
    d = b.nucleo("Núcleo Mineiro", "MG", 3106200, "Belo Horizonte")
    ids.sp_a, ids.sp_b, ids.rj_c, ids.mg_d = a.id, nb.id, c.id, d.id

    old = b.assessment(a, "autoavaliacao", [CIDADANIA, MONITORAMENTO],
                       {i: sim_nao("nao") for i in SCALE_IDS} | {RATIO_ID: indicator("1", "2")})
    current = b.assessment(a, "autoavaliacao", [CIDADANIA, MONITORAMENTO], {
        265: sim_nao("sim"), 1857: sim_nao("sim"), 471: sim_nao("sim"), 469: sim_nao("sim"),
        473: sim_nao("nao"), 470: sim_nao("nao"), 472: sim_nao("nao_se_aplica"),
        357: sim_nao("sim", ["a"]), INVALID_ID: indicator("abc"), 1827: None,
        SOMA_ID: indicator("10"), RATIO_ID: indicator("30", "120"),
    }, revision=2, parent=old)
    visit = b.assessment(a, "visita", [CIDADANIA], {
        265: sim_nao("sim"), 1857: sim_nao("nao"), 471: sim_nao("sim"),
        469: sim_nao("nao_sabe"), 357: sim_nao("sim", ["a", "b"]), SOMA_ID: indicator("10,0"),
    })
    ids.a_self_old, ids.a_self, ids.a_visit = old.id, current.id, visit.id
    ids.b_self = b.assessment(nb, "autoavaliacao", [CIDADANIA, PROTECAO, MONITORAMENTO, ESTRUTURA], {
        265: sim_nao("sim"), 1857: sim_nao("sim"), 8: sim_nao("nao"),
        SOMA_ID: indicator("5"), RATIO_ID: indicator("10", "40"), PERCENT_ID: percent("40"),
    }, period=(date(2025, 7, 1), date(2025, 12, 31))).id
    ids.c_self = b.assessment(c, "autoavaliacao", [CIDADANIA, MONITORAMENTO, ESTRUTURA], {
        265: sim_nao("nao"), SOMA_ID: indicator("2,5"), RATIO_ID: indicator("1", "10"),
        PERCENT_ID: percent("70,5"),
    }, period=(date(2026, 3, 1), date(2026, 8, 31)), catalogue_version="2025.9").id
    ids.d_self = b.assessment(d, "autoavaliacao", [CIDADANIA, MONITORAMENTO], {
        **{i: sim_nao("sim") for i in SCALE_IDS}, RATIO_ID: indicator("99", "100"),
    }, bundle_status="pendente").id
    session.commit()
    return ids


# ----------------------------------------------------------------------- random dataset

UF_MUNICIPIOS = {
    "SP": [(3550308, "São Paulo"), (3509502, "Campinas"), (3548500, "Santos")],
    "RJ": [(3304557, "Rio de Janeiro"), (3303302, "Niterói")],
    "BA": [(2927408, "Salvador"), (2910800, "Feira de Santana")],
    "AM": [(1302603, "Manaus")],
}
RANDOM_THEMES = (CIDADANIA, PROTECAO, MONITORAMENTO, ESTRUTURA)


@dataclass
class Spec:
    """What was written for one assessment, for the oracle."""

    id: int
    nucleo_id: int
    uf: str
    municipio_code: int
    kind: str
    period: tuple[date, date]
    themes: list[str]
    answers: dict[int, dict[str, Any] | None]
    current: bool  # not superseded and in an imported bundle


def _random_value(rng: random.Random, catalogue: Catalogue, aspect_id: int) -> dict[str, Any] | None:
    form = catalogue.aspect(aspect_id).form
    roll = rng.random()
    if roll < 0.05:
        return None
    if form["type"] == "scale":
        return sim_nao(rng.choice(["sim", "sim", "nao", "nao_se_aplica", "nao_sabe"]))
    if form["type"] == "percent":
        return percent(str(rng.randint(0, 100)) + rng.choice(["", ",5", ",25"]))
    if form["type"] == "indicator":
        if roll < 0.15:
            return indicator("x")  # invalid: not a number
        numerator = str(rng.randint(0, 50)) + rng.choice(["", ",5", ",125"])
        if form.get("has_denominator"):
            denominator = str(rng.randint(51, 400))
            return indicator(numerator, denominator)
        return indicator(numerator)
    return None


def random_dataset(session: Session, catalogue: Catalogue, seed: int = 7,
                   count: int = 30) -> list[Spec]:
    """``count`` núcleos over SP, RJ, BA and AM; each with a self-assessment (some with a
    superseded first revision), most with a visit; one núcleo's bundles pending."""
    rng = random.Random(seed)
    b = Builder(session, catalogue)
    specs: list[Spec] = []
    ufs = list(UF_MUNICIPIOS)
    theme_aspects = {slug: [a.id for a in catalogue.theme_aspects(slug)] for slug in RANDOM_THEMES}
    for index in range(count):
        uf = ufs[index % len(ufs)]
        code, name = rng.choice(UF_MUNICIPIOS[uf])
        nucleo = b.nucleo(f"Núcleo {index:02d}", uf, code, name,
                          cnes=f"{1000000 + index}" if index % 3 else None)
        pending = index == 5
        kinds = ["autoavaliacao"] + (["visita"] if index % 4 != 3 else [])
        for kind in kinds:
            themes = sorted(rng.sample(RANDOM_THEMES, rng.randint(1, 3)))
            start = date(2026 if rng.random() < 0.6 else 2025, rng.choice([1, 7]), 1)
            period = (start, date(start.year, start.month + 5, 28))

            def answers(themes: list[str] = themes) -> dict[int, dict[str, Any] | None]:
                chosen: dict[int, dict[str, Any] | None] = {}
                for slug in themes:
                    for aspect_id in theme_aspects[slug]:
                        if rng.random() < 0.7:
                            chosen[aspect_id] = _random_value(rng, catalogue, aspect_id)
                return chosen

            parent = None
            if kind == "autoavaliacao" and index % 3 == 0:
                first_answers = answers()
                parent = b.assessment(nucleo, kind, themes, first_answers, period=period,
                                      bundle_status="pendente" if pending else "importado")
                specs.append(Spec(parent.id, nucleo.id, uf, code, kind, period, themes,
                                  first_answers, current=False))
            final_answers = answers()
            made = b.assessment(nucleo, kind, themes, final_answers, period=period,
                                revision=2 if parent else 1, parent=parent,
                                bundle_status="pendente" if pending else "importado")
            specs.append(Spec(made.id, nucleo.id, uf, code, kind, period, themes, final_answers,
                              current=not pending))
    session.commit()
    return specs
