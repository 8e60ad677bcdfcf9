"""Real bundles and bad ones, shared by the export, verify and central tests.

* ``world``: one local store with the demo and an all-forms assessment, exported once
  per session (used by test_export_bundle.py and test_verify_tamper.py);
* ``read`` / ``write`` / ``flip`` / ``reseal``: take a bundle apart and put it back
  together (optionally re-signing the manifest);
* ``build_bundle``: a complete, validly signed bundle from any assessment document
  (a small stand-in PDF, bound and signed like a real report): how the tests forge
  bundles whose JSON was changed by someone holding the key;
* ``central_world``: the real bundles the central importer is tested with — two
  núcleos, every answer form, attachments, a revision, a CA-issued certificate.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.demo import create_demo
from aspectos_desktop.export.bundle import ExportResult, bind_pdf, export_bundle, sign_manifest
from aspectos_desktop.export.document import canonical_json
from aspectos_desktop.export.identity import Identity, create_identity, load_identity, make_self_signed
from aspectos_desktop.store import Store

PASSPHRASE = "correta horse battery"
Members = dict[str, bytes]



def tiny_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (3, 2), (200, 30, 60)).save(out, format="PNG")
    return out.getvalue()


def tiny_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), (20, 130, 60)).save(out, format="JPEG")
    return out.getvalue()


def tiny_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Anexo em PDF")
    page.showPage()
    page.save()
    return out.getvalue()


def first_aspect(catalogue: Catalogue, **wanted: Any) -> int:
    for aspect in sorted(catalogue.aspects.values(), key=lambda a: a.id):
        form = aspect.form
        if all((bool(form.get(k)) == v if isinstance(v, bool) else form.get(k) == v)
               for k, v in wanted.items()):
            return aspect.id
    raise AssertionError(f"no aspect with {wanted}")


def create_all_forms_assessment(store: Store, catalogue: Catalogue, nucleo_id: int) -> int:
    """A finalised assessment answering every answer form, with three attachments."""
    ids = {
        "sim_nao": first_aspect(catalogue, type="scale", scale="sim_nao", checklist=False),
        "checklist": first_aspect(catalogue, type="scale", checklist=True),
        "atendimento": first_aspect(catalogue, type="scale", scale="atendimento"),
        "percent": first_aspect(catalogue, type="percent"),
        "indicator": first_aspect(catalogue, type="indicator", has_denominator=False),
        "ratio": first_aspect(catalogue, type="indicator", has_denominator=True),
        "table": first_aspect(catalogue, type="table"),
        "attachment": first_aspect(catalogue, type="attachment"),
    }
    themes = sorted({catalogue.aspect(i).theme_slug for i in ids.values()})
    assessment = store.create_assessment(
        nucleo_id=nucleo_id, kind="autoavaliacao", title="Todas as formas de resposta",
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=themes,
        catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash)
    checklist = catalogue.aspect(ids["checklist"]).form["checklist"]
    files: list[dict[str, Any]] = []
    for data, name, mime in ((tiny_png(), "grafico.png", "image/png"),
                             (tiny_jpeg(), "foto da sala.jpeg", "image/jpeg"),
                             (tiny_pdf(), "relatório anual.pdf", "application/pdf")):
        sha = store.add_attachment(data, filename=name, mime=mime)
        files.append({"sha256": sha, "filename": name, "mime": mime, "size": len(data)})
    columns = len(catalogue.aspect(ids["table"]).form["columns"])
    values: dict[str, dict[str, Any]] = {
        "sim_nao": {"choice": "sim"},
        "checklist": {"choice": "nao", "checked": [checklist[0]["key"]]},
        "atendimento": {"choice": "atendeu_totalmente"},
        "percent": {"value": "45,5", "status": None},
        "indicator": {"numerator": "1.234", "denominator": "", "unit": "atendimentos",
                      "period_start": "01/01/2026", "period_end": "30/06/2026",
                      "source": "Sistema “X” — produção", "status": None},
        "ratio": {"numerator": "12", "denominator": "0", "unit": "", "period_start": "",
                  "period_end": "", "source": "", "status": None},  # invalid: zero
        "table": {"rows": [[f"r{r}c{c} ção" for c in range(columns)] for r in range(3)],
                  "status": None},
        "attachment": {"files": files, "status": None},
    }
    for key, value in values.items():
        store.save_answer(assessment.id, ids[key], value=value, comment=f"comentário {key} ✓",
                          evidence="Ata nº 1/2026" if key == "table" else "", author="Ana Ribeiro")
    store.finalize(assessment.id)
    return assessment.id


@dataclass
class World:
    root: Path
    store_path: Path
    catalogue: Catalogue
    identity: Identity
    ids: dict[str, int]
    bundles: dict[str, ExportResult] = field(default_factory=lambda: {})

    def store(self) -> Store:
        return Store.open(self.store_path)

    def out_dir(self, name: str) -> Path:
        folder = self.root / "out" / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def export(self, key: str, out: Path | None = None, **kwargs: Any) -> ExportResult:
        store = self.store()
        try:
            return export_bundle(store, self.catalogue, self.ids[key], kwargs.pop("identity", self.identity),
                                 out or self.out_dir(key), data_dir=self.root, **kwargs)
        finally:
            store.close(backup=False)


_WORLD: list[World] = []


def world(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> World:
    """One store with the demo and an all-forms assessment, exported once per session."""
    if _WORLD:
        return _WORLD[0]
    root = tmp_path_factory.mktemp("export-world")
    store = Store.open(root / "x.db")
    try:
        auto_id, visit_id = create_demo(store, catalogue)
        nucleo_id = store.get_assessment(auto_id).nucleo_id
        forms_id = create_all_forms_assessment(store, catalogue, nucleo_id)
        for assessment_id in (auto_id, visit_id):
            store.finalize(assessment_id)
        open_id = store.create_assessment(
            nucleo_id=nucleo_id, kind="autoavaliacao", title="Em andamento",
            period_start=date(2026, 1, 1), period_end=date(2026, 3, 31),
            theme_slugs=[catalogue.themes[0].slug], catalogue_version=catalogue.version,
            catalogue_hash=catalogue.content_hash).id
        nucleo = store.get_nucleo(nucleo_id)
    finally:
        store.close(backup=False)
    create_identity(root, nucleo_name=nucleo.name, institution=nucleo.institution,
                    municipio=nucleo.municipio_name, uf=nucleo.uf, passphrase=PASSPHRASE)
    built = World(root=root, store_path=root / "x.db", catalogue=catalogue,
                  identity=load_identity(root, PASSPHRASE),
                  ids={"auto": auto_id, "visit": visit_id, "forms": forms_id, "open": open_id})
    for key in ("visit", "forms", "auto"):
        built.bundles[key] = built.export(key)
    _WORLD.append(built)
    return built



# ----------------------------------------------------------- taking bundles apart


def read(bundle: Path) -> Members:
    with zipfile.ZipFile(bundle) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write(path: Path, members: Members | list[tuple[str, bytes]],
          tweak: Callable[[zipfile.ZipInfo], None] | None = None) -> Path:
    items = list(members.items()) if isinstance(members, dict) else members
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is what one test wants
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in items:
                info = zipfile.ZipInfo(name, date_time=(2026, 5, 12, 10, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                if tweak is not None:
                    tweak(info)
                archive.writestr(info, data)
    return path


def flip(data: bytes, offset: int | None = None) -> bytes:
    """The same bytes with one byte changed (in the middle by default)."""
    at = len(data) // 2 if offset is None else offset
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def reseal(members: Members, identity: Identity) -> Members:
    """Recompute manifest.json for the current members and sign it with ``identity``."""
    manifest = json.loads(members["manifest.json"])
    manifest["members"] = [
        {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in sorted(members.items())
        if name not in ("manifest.json", "manifest.sig")]
    out = dict(members)
    out["manifest.json"] = canonical_json(manifest)
    out["manifest.sig"] = sign_manifest(out["manifest.json"], identity)
    return out


# ---------------------------------------------------------------- forging bundles


@functools.cache
def stand_in_pdf() -> bytes:
    """A small unsigned PDF that stands in for the rendered report of forged bundles."""
    return tiny_pdf()


def build_bundle(document: dict[str, Any], attachments: Members, identity: Identity, *,
                 export: dict[str, Any] | None = None) -> Members:
    """Every member of a validly signed bundle carrying ``document`` (any JSON: it may be a
    deliberately broken one). ``export`` (default: the document's) gives the export id,
    installation id and date for the manifest and the PDF binding."""
    from aspectos_desktop.export.pdf_signing import sign_pdf

    export = export if export is not None else document["export"]
    raw = canonical_json(document)
    pdf = bind_pdf(stand_in_pdf(), export["id"], hashlib.sha256(raw).hexdigest())
    members: Members = {"assessment.json": raw, "report.pdf": bytes(sign_pdf(pdf, identity)),
                        **attachments}
    manifest = {
        "bundle_format": 1,
        "export_id": export["id"],
        "installation_id": export["installation_id"],
        "created_at": export["created_at"],
        "members": [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    for name, data in sorted(members.items())],
    }
    members["manifest.json"] = canonical_json(manifest)
    members["manifest.sig"] = sign_manifest(members["manifest.json"], identity)
    return members


def attachments_of(members: Members) -> Members:
    return {name: data for name, data in members.items() if name.startswith("attachments/")}


def fresh_ids(document: dict[str, Any]) -> dict[str, Any]:
    """A copy with a new export id and a new assessment uuid (a different assessment)."""
    copy = json.loads(json.dumps(document))
    copy["export"]["id"] = str(uuid.uuid4())
    copy["assessment"]["uuid"] = str(uuid.uuid4())
    return copy


# ------------------------------------------------------------ certificates with a CA


def make_ca(name: str, *, days: int = 3650, now: datetime | None = None) -> Identity:
    """A self-signed certification authority (for auto-approval tests)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.COUNTRY_NAME, "BR")])
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256()))
    return Identity(private_key=key, certificate=certificate)


def issue(ca: Identity, nucleo_name: str, *, uf: str = "PE") -> Identity:
    """A signing certificate for ``nucleo_name`` issued by ``ca`` (chain embedded)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, nucleo_name[:64]),
                         x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, uf),
                         x509.NameAttribute(NameOID.COUNTRY_NAME, "BR")])
    start = datetime.now(UTC) - timedelta(minutes=5)
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(ca.certificate.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                       critical=False)
        .sign(ca.private_key, hashes.SHA256()))
    return Identity(private_key=key, certificate=certificate, chain=(ca.certificate,))


def pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


# ------------------------------------------------------------------ central world


NUCLEO_B = {"name": "Núcleo Estadual de Telessaúde de Pernambuco", "uf": "PE",
            "municipio_code": 2611606, "municipio_name": "Recife",
            "institution": "Universidade Federal de Pernambuco"}


@dataclass
class CentralWorld:
    """Real bundles from the export code, and the keys behind them.

    ``bundles``: ``visit``, ``auto``, ``forms`` (every answer form, three attachments)
    and ``forms_r2`` (a revision of ``forms``), all of núcleo A (demo, with a CNES)
    signed by ``key_a``; ``b_auto`` of núcleo B (no CNES) signed by ``key_b``, which
    the test CA ``ca`` issued (``ca_pem`` is its certificate).
    """

    root: Path
    catalogue: Catalogue
    key_a: Identity
    key_b: Identity
    ca: Identity
    ca_pem: Path
    other_a: Identity  # another self-signed key claiming núcleo A
    intruder: Identity
    bundles: dict[str, Path] = field(default_factory=lambda: {})
    _counter: list[int] = field(default_factory=lambda: [0])

    def members(self, key: str) -> Members:
        return read(self.bundles[key])

    def document(self, key: str) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.members(key)["assessment.json"])
        return loaded

    def path(self, name: str) -> Path:
        folder = self.root / "derived"
        folder.mkdir(exist_ok=True)
        self._counter[0] += 1
        return folder / f"{self._counter[0]:03d}-{name}.aspectos"

    def derive(self, key: str, name: str, mutate: Callable[[dict[str, Any]], None] | None = None,
               *, identity: Identity | None = None, fresh: bool = True,
               reexport: bool = False) -> Path:
        """A re-signed variant of bundle ``key`` with its document changed by ``mutate``
        (first a new export id and assessment uuid when ``fresh``; only a new export id
        when ``reexport``: the same assessment exported again)."""
        members = self.members(key)
        document = json.loads(members["assessment.json"])
        if fresh:
            document = fresh_ids(document)
        elif reexport:
            document["export"]["id"] = str(uuid.uuid4())
        export = json.loads(json.dumps(document["export"]))
        if mutate is not None:
            mutate(document)
        forged = build_bundle(document, attachments_of(members), identity or self.key_a,
                              export=export)
        return write(self.path(name), forged)

    def tampered(self, key: str, name: str, change: Callable[[Members], Members | list[tuple[str, bytes]]],
                 tweak: Callable[[zipfile.ZipInfo], None] | None = None) -> Path:
        """Bundle ``key`` with its members changed by ``change`` (no re-signing unless it does)."""
        return write(self.path(name), change(self.members(key)), tweak)


def _export(store_path: Path, catalogue: Catalogue, assessment_id: int, identity: Identity,
            root: Path, name: str) -> Path:
    store = Store.open(store_path)
    try:
        result = export_bundle(store, catalogue, assessment_id, identity, root / "out" / name,
                               data_dir=root)
    finally:
        store.close(backup=False)
    return result.path


def build_central_world(root: Path, catalogue: Catalogue) -> CentralWorld:
    store_path = root / "nucleos.db"
    store = Store.open(store_path)
    try:
        auto_id, visit_id = create_demo(store, catalogue)
        nucleo_a = store.get_nucleo(store.get_assessment(auto_id).nucleo_id)
        forms_id = create_all_forms_assessment(store, catalogue, nucleo_a.id)
        for assessment_id in (auto_id, visit_id):
            store.finalize(assessment_id)
        nucleo_b = store.create_nucleo(**NUCLEO_B)
        scale_id = first_aspect(catalogue, type="scale", scale="sim_nao", checklist=False)
        theme = catalogue.aspect(scale_id).theme_slug  # the answer is in the declared scope
        b_id = store.create_assessment(
            nucleo_id=nucleo_b.id, kind="autoavaliacao", title="Autoavaliação PE 2026",
            period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), theme_slugs=[theme],
            catalogue_version=catalogue.version, catalogue_hash=catalogue.content_hash).id
        store.save_answer(b_id, scale_id, value={"choice": "nao"}, comment="", evidence="",
                          author="Beatriz")
        store.finalize(b_id)
    finally:
        store.close(backup=False)
    create_identity(root, nucleo_name=nucleo_a.name, institution=nucleo_a.institution,
                    municipio=nucleo_a.municipio_name, uf=nucleo_a.uf, passphrase=PASSPHRASE)
    key_a = load_identity(root, PASSPHRASE)
    ca = make_ca("AC Teste da Central de Telessaúde")
    key_b = issue(ca, NUCLEO_B["name"])
    ca_pem = root / "ac-teste.pem"
    ca_pem.write_bytes(pem(ca.certificate))
    built = CentralWorld(root=root, catalogue=catalogue, key_a=key_a, key_b=key_b, ca=ca,
                         ca_pem=ca_pem,
                         other_a=make_self_signed(nucleo_a.name, uf="MA"),
                         intruder=make_self_signed("Intruso", uf="SP"))
    for key, assessment_id in (("visit", visit_id), ("auto", auto_id), ("forms", forms_id)):
        built.bundles[key] = _export(store_path, catalogue, assessment_id, key_a, root, key)
    store = Store.open(store_path)
    try:
        revision = store.new_revision(forms_id)
        store.save_answer(revision.id, scale_id, value={"choice": "nao"},
                          comment="corrigido na revisão 2", evidence="", author="Ana Ribeiro")
        store.finalize(revision.id)
    finally:
        store.close(backup=False)
    built.bundles["forms_r2"] = _export(store_path, catalogue, revision.id, key_a, root, "forms_r2")
    built.bundles["b_auto"] = _export(store_path, catalogue, b_id, key_b, root, "b_auto")
    return built


_CENTRAL: list[CentralWorld] = []


def central_world(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> CentralWorld:
    """The central world, built once per session."""
    if not _CENTRAL:
        _CENTRAL.append(build_central_world(tmp_path_factory.mktemp("central-world"), catalogue))
    return _CENTRAL[0]
