"""The signer registry on SQLite and PostgreSQL: new signers wait for approval, CA-issued
ones are approved automatically, a different key for a known núcleo is flagged, revoked
signers are refused; every decision is audited; the ``signers`` CLI."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bundle_factory import CentralWorld, issue, make_ca, pem
from central_fixtures import row_counts
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from aspectos_desktop.central.audit import audit_entries
from aspectos_desktop.central.database import CentralDB, CentralError
from aspectos_desktop.central.importer import Importer
from aspectos_desktop.central.models import Bundle, Signer
from aspectos_desktop.central.trust import (
    TrustAnchors,
    approve_signer,
    list_signers,
    normalize_fingerprint,
    revoke_signer,
    short_fingerprint,
)
from aspectos_desktop.cli import main
from aspectos_desktop.export.identity import Identity, make_self_signed


def importer(db: CentralDB, tmp_path: Path, anchors: TrustAnchors | None = None) -> Importer:
    return Importer(db, actor="Operador", quarantine_dir=tmp_path / "q",
                    anchors=anchors if anchors is not None else TrustAnchors())


def bundle_statuses(db: CentralDB) -> dict[str, str]:
    with db.engine.connect() as conn:
        return {row.export_id: row.status for row in conn.execute(
            select(Bundle.export_id, Bundle.status))}


def signer(db: CentralDB, fingerprint: str) -> Signer:
    with db.session() as session:
        return session.execute(select(Signer).where(Signer.fingerprint == fingerprint)).scalar_one()


def test_first_key_waits_for_approval(central_db: CentralDB, cworld: CentralWorld,
                                      tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    outcomes = [imp.import_bundle(cworld.bundles[k]) for k in ("visit", "auto")]
    assert [o.status for o in outcomes] == ["pendente_assinante"] * 2
    fp = cworld.key_a.fingerprint_sha256
    row = signer(central_db, fp)
    assert (row.status, row.approval, row.approved_by) == ("novo", None, None)
    assert row.subject == cworld.key_a.subject_text
    assert set(bundle_statuses(central_db).values()) == {"pendente"}
    [info] = list_signers(central_db)
    assert (info.fingerprint, info.status, info.bundles, info.pending_bundles) == (fp, "novo", 2, 2)
    assert info.nucleo_key == "cnes:2726653"

    change = approve_signer(central_db, fp.replace(":", "").lower(), actor="Coordenadora")
    assert (change.previous_status, change.status, change.bundles_changed) == ("novo", "aprovado", 2)
    assert set(bundle_statuses(central_db).values()) == {"importado"}
    row = signer(central_db, fp)
    assert (row.status, row.approval, row.approved_by) == ("aprovado", "manual", "Coordenadora")
    assert row.approved_at is not None and row.approved_at.tzinfo is not None
    with central_db.engine.connect() as conn:
        entry = audit_entries(conn, action="aprovar_assinante")[0]
    assert entry.actor == "Coordenadora" and entry.details["pacotes_liberados"] == 2
    assert entry.details["fingerprint"] == fp

    later = imp.import_bundle(cworld.bundles["forms"])
    assert later.status == "importado"
    again = approve_signer(central_db, fp, actor="Coordenadora")
    assert again.previous_status == "aprovado" and again.bundles_changed == 0


def test_a_different_key_for_a_known_nucleo_is_flagged(central_db: CentralDB,
                                                       cworld: CentralWorld,
                                                       tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    imp.import_bundle(cworld.bundles["visit"])
    approve_signer(central_db, cworld.key_a.fingerprint_sha256, actor="Chefe")
    before = row_counts(central_db)
    forged = cworld.derive("auto", "other-key", identity=cworld.other_a)  # fully re-signed
    outcome = imp.import_bundle(forged)
    assert outcome.status == "pendente_assinante" and outcome.flagged
    assert "ATENÇÃO" in outcome.reason_ptbr and "DIFERENTE" in outcome.reason_ptbr
    # One line for GUI and CLI users alike: the known key shortened, the new one once (at
    # the end, where the GUI shows it in groups), how to approve it in both.
    reason, new_fp = outcome.reason_ptbr, cworld.other_a.fingerprint_sha256
    assert f"({short_fingerprint(cworld.key_a.fingerprint_sha256)}… (aprovado))" in reason
    assert cworld.key_a.fingerprint_sha256 not in reason
    assert reason.count(new_fp) == 1 and reason.endswith(f"certificado: {new_fp}")
    assert "\n" not in reason and ". Confirme" not in reason
    assert (f"Confira com o núcleo e aprove a chave na aba Assinantes (ou: aspectos central "
            f"signers approve {short_fingerprint(new_fp)})." in reason)
    assert outcome.line().startswith("pendente: assinante novo: ") and "ATENÇÃO" in outcome.line()
    after = row_counts(central_db)
    assert after["bundles"] == before["bundles"] + 1 and after["signers"] == before["signers"] + 1
    with central_db.engine.connect() as conn:
        flagged = audit_entries(conn, action="assinante_diferente")
    assert len(flagged) == 1 and flagged[0].actor == "Operador"
    assert flagged[0].details["fingerprint"] == cworld.other_a.fingerprint_sha256
    assert flagged[0].details["outros_assinantes"] == [cworld.key_a.fingerprint_sha256]
    assert bundle_statuses(central_db)[outcome.export_id or ""] == "pendente"
    infos = {i.fingerprint: i for i in list_signers(central_db)}
    assert infos[cworld.other_a.fingerprint_sha256].status == "novo"
    # Every later bundle from that key is flagged too, until someone decides.
    second = imp.import_bundle(cworld.derive("visit", "other-key-2", identity=cworld.other_a))
    assert second.status == "pendente_assinante" and second.flagged
    assert second.reason_ptbr.count(new_fp) == 1
    with central_db.engine.connect() as conn:
        assert len(audit_entries(conn, action="assinante_diferente")) == 2
    # The short fingerprint the message gives is enough to approve the key.
    change = approve_signer(central_db, short_fingerprint(new_fp), actor="Chefe")
    assert change.fingerprint == new_fp and change.bundles_changed == 2


def test_a_key_registered_for_another_nucleo_is_flagged(central_db: CentralDB,
                                                        cworld: CentralWorld,
                                                        tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path, TrustAnchors.from_files([cworld.ca_pem]))
    assert imp.import_bundle(cworld.bundles["b_auto"]).status == "importado"
    # Núcleo A's assessment signed with núcleo B's (approved) key.
    outcome = imp.import_bundle(cworld.derive("visit", "b-key-for-a", identity=cworld.key_b))
    assert outcome.status == "pendente_assinante" and outcome.flagged
    assert "outro núcleo" in outcome.reason_ptbr


def test_certificate_issued_by_a_configured_ca_is_approved(central_db: CentralDB,
                                                           cworld: CentralWorld,
                                                           tmp_path: Path) -> None:
    # Without the CA: an ordinary new signer.
    outcome = importer(central_db, tmp_path).import_bundle(cworld.bundles["b_auto"])
    assert outcome.status == "pendente_assinante"
    revoke_signer(central_db, cworld.key_b.fingerprint_sha256, actor="Chefe")
    with central_db.engine.begin() as conn:  # forget it, to see the CA approve it afresh
        conn.execute(Bundle.__table__.delete())
        conn.execute(Signer.__table__.delete())
    # The CA file in <central dir>/ca/ is picked up automatically.
    central_db.ca_dir.mkdir(parents=True, exist_ok=True)
    (central_db.ca_dir / "ac-teste.pem").write_bytes(pem(cworld.ca.certificate))
    anchors = TrustAnchors.for_db(central_db)
    assert len(anchors.certificates) == 1
    fresh = cworld.derive("b_auto", "b-again", identity=cworld.key_b)
    outcome = importer(central_db, tmp_path, anchors).import_bundle(fresh)
    assert outcome.status == "importado", outcome
    row = signer(central_db, cworld.key_b.fingerprint_sha256)
    assert (row.status, row.approval) == ("aprovado", "ca")
    assert row.approved_by is not None and "AC Teste da Central" in row.approved_by
    with central_db.engine.connect() as conn:
        entry = audit_entries(conn, action="importar", limit=1)[0]
    assert entry.details["aprovacao_automatica"] == "ca"


def issue_ca(parent: Identity, name: str) -> Identity:
    """An intermediate CA certificate issued by ``parent``."""
    key = ec.generate_private_key(ec.SECP256R1())
    start = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(parent.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=1000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(parent.private_key, hashes.SHA256()))
    return Identity(private_key=key, certificate=certificate, chain=(parent.certificate,))


def test_chain_rules() -> None:
    root = make_ca("AC Raiz")
    leaf = issue(root, "Núcleo X")
    anchors = TrustAnchors((root.certificate,))
    assert anchors.anchor_for(leaf.certificate) == root.certificate
    assert not TrustAnchors() and TrustAnchors().anchor_for(leaf.certificate) is None
    impostor = make_ca("AC Raiz")  # same name, another key: the signature does not verify
    assert TrustAnchors((impostor.certificate,)).anchor_for(leaf.certificate) is None
    later = datetime.now(UTC) + timedelta(days=800)  # the leaf has expired by then
    assert anchors.anchor_for(leaf.certificate, when=later) is None
    # Through an intermediate CA found among the certificates embedded in the signature.
    intermediate = issue_ca(root, "AC Intermediária")
    deep = issue(intermediate, "Núcleo Y")
    assert anchors.anchor_for(deep.certificate, [intermediate.certificate]) == root.certificate
    assert anchors.anchor_for(deep.certificate) is None  # intermediate missing
    # A non-CA certificate cannot act as an intermediate.
    fake_parent = issue(root, "AC Intermediária")
    fake_child = issue(dataclasses.replace(fake_parent), "Núcleo Z")
    assert anchors.anchor_for(fake_child.certificate, [fake_parent.certificate]) is None
    assert anchors.anchor_for(make_self_signed("Sozinho").certificate) is None


def test_revoked_signer_is_refused_and_its_bundles_suspended(central_db: CentralDB,
                                                             cworld: CentralWorld,
                                                             tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    imp.import_bundle(cworld.bundles["visit"])
    fp = cworld.key_a.fingerprint_sha256
    approve_signer(central_db, fp, actor="Chefe")
    assert imp.import_bundle(cworld.bundles["forms"]).status == "importado"
    change = revoke_signer(central_db, fp, actor="Chefe")
    assert change.bundles_changed == 2 and change.status == "revogado"
    assert set(bundle_statuses(central_db).values()) == {"pendente"}
    before = row_counts(central_db)
    outcome = imp.import_bundle(cworld.bundles["auto"])
    assert outcome.status == "rejeitado" and outcome.check == "trust"
    assert "revogado" in outcome.reason_ptbr
    assert row_counts(central_db) == {**before, "audit": before["audit"] + 1}
    assert outcome.quarantine_path is not None and outcome.quarantine_path.is_file()
    with central_db.engine.connect() as conn:
        actions = [e.action for e in audit_entries(conn, limit=2)]
    assert actions == ["rejeitar", "revogar_assinante"]


def test_fingerprint_input(central_db: CentralDB, cworld: CentralWorld, tmp_path: Path) -> None:
    imp = importer(central_db, tmp_path)
    imp.import_bundle(cworld.bundles["visit"])
    fp = cworld.key_a.fingerprint_sha256
    assert normalize_fingerprint(" " + fp.lower() + " ") == fp.replace(":", "")
    for bad, message in (("xyz", "inválida"), ("AB:CD", "pelo menos 8"),
                         ("00" * 32, "Nenhum assinante"), ("00000000", "Nenhum assinante"),
                         ("A" * 66, "longa demais")):
        with pytest.raises(CentralError, match=message):
            approve_signer(central_db, bad, actor="x")
    imp.import_bundle(cworld.derive("visit", "other-for-prefix", identity=cworld.other_a))
    shared = next((n for n in range(1, 64) if fp[:n] != cworld.other_a.fingerprint_sha256[:n]), 1)
    if shared > 12:  # the two fingerprints happen to share a long prefix: ambiguity
        with pytest.raises(CentralError, match="Mais de um"):
            approve_signer(central_db, fp[:shared - 1], actor="x")
    assert approve_signer(central_db, fp[:11], actor="x").fingerprint == fp


def test_cli_signers(central_url: str, cworld: CentralWorld, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "dados")]
    assert main([*data, "central", "import", "--db", central_url, "--quarantine",
                 str(tmp_path / "q"), str(cworld.bundles["visit"])]) == 0
    capsys.readouterr()
    fp = cworld.key_a.fingerprint_sha256

    assert main([*data, "central", "--db", central_url, "signers"]) == 0
    out = capsys.readouterr().out
    assert f"[novo (aguarda aprovação)] {fp}" in out and "cnes:2726653" in out
    assert "1 pacote(s), 1 pendente(s)" in out and "signers approve" in out

    assert main([*data, "central", "signers", "list", "--json", "--db", central_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(s["fingerprint"], s["status"]) for s in listed] == [(fp, "novo")]

    assert main([*data, "central", "signers", "approve", fp, "--db", central_url,
                 "--user", "Diretora"]) == 0
    out = capsys.readouterr().out
    assert f"Assinante aprovado: {fp}" in out and "1 pacote(s) pendente(s) passaram" in out

    assert main([*data, "central", "signers", "revoke", fp[:20], "--db", central_url,
                 "--user", "Diretora"]) == 0
    assert "Assinante revogado" in capsys.readouterr().out

    assert main([*data, "central", "signers", "approve", "zz", "--db", central_url]) == 2
    assert "Impressão digital inválida" in capsys.readouterr().err
