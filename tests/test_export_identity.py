"""The installation's signing identity: creation, protection, loading, import of a user's PKCS#12."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.export.identity import (
    MSG_WRONG_PASSPHRASE,
    Identity,
    IdentityError,
    PassphraseRequiredError,
    StoredIdentity,
    create_identity,
    identity_info,
    import_pkcs12,
    load_identity,
    load_stored,
    pkcs12_bytes,
)
from aspectos_desktop.export.verify import verify_bundle


def create(folder: Path, passphrase: str | None, *, replace: bool = False) -> StoredIdentity:
    return create_identity(folder, nucleo_name="Núcleo de Telessaúde do Maranhão",
                           institution="UFMA", municipio="São Luís", uf="MA",
                           passphrase=passphrase, replace=replace)


needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed")


def _memory_backend() -> Any:
    """A working keyring backend kept in memory (stands in for the OS keyring)."""
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.secrets.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")

    return Backend()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless case: only the "fail" backend (also what this machine has)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    import keyring

    previous = keyring.get_keyring()
    backend = _memory_backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# ------------------------------------------------------------------------- creation


def test_create_with_passphrase_and_reload(tmp_path: Path) -> None:
    stored = create(tmp_path, "s3nha forte")
    assert stored.protection == "senha" and stored.warning is None and stored.origin == "gerada"
    assert stored.path == tmp_path / "identity.p12"
    assert oct(stored.path.stat().st_mode & 0o777) == "0o600"
    loaded = load_identity(tmp_path, "s3nha forte")
    assert loaded.fingerprint_sha256 == stored.identity.fingerprint_sha256
    assert isinstance(loaded.private_key, ec.EllipticCurvePrivateKey)
    assert loaded.private_key.curve.name == "secp256r1"
    assert loaded.chain == ()

    cert = loaded.certificate
    subject = {a.oid: a.value for a in cert.subject}
    assert subject == {NameOID.COMMON_NAME: "Núcleo de Telessaúde do Maranhão",
                       NameOID.ORGANIZATION_NAME: "UFMA", NameOID.LOCALITY_NAME: "São Luís",
                       NameOID.STATE_OR_PROVINCE_NAME: "MA", NameOID.COUNTRY_NAME: "BR"}
    assert cert.issuer == cert.subject
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=3650) <= lifetime <= dt.timedelta(days=3653)
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and not constraints.value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(loaded.private_key.public_key())
    assert loaded.subject_text == cert.subject.rfc4514_string()


def test_wrong_or_missing_passphrase(tmp_path: Path) -> None:
    create(tmp_path, "certa")
    with pytest.raises(IdentityError) as caught:
        load_identity(tmp_path, "errada")
    assert caught.value.message == MSG_WRONG_PASSPHRASE == "Senha incorreta para o certificado."
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(PassphraseRequiredError) as missing:
        load_identity(tmp_path)
    assert "senha" in missing.value.message


def test_no_identity_yet(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="ainda não tem um certificado"):
        load_identity(tmp_path, "x")
    with pytest.raises(IdentityError, match="ainda não tem um certificado"):
        identity_info(tmp_path)


def test_no_passphrase_without_keyring_is_unprotected_and_reported(tmp_path: Path,
                                                                   no_keyring: None) -> None:
    stored = create(tmp_path, None)
    assert stored.protection == "sem_protecao"
    assert stored.warning is not None and "SEM PROTEÇÃO" in stored.warning
    assert str(stored.path) in stored.warning
    again = load_stored(tmp_path)
    assert again.protection == "sem_protecao" and again.warning == stored.warning
    assert again.identity.fingerprint_sha256 == stored.identity.fingerprint_sha256
    info = identity_info(tmp_path)
    assert info.protection == "sem_protecao" and info.protection_label == "SEM PROTEÇÃO"
    # Truly unencrypted: cryptography reads it with no password at all.
    assert pkcs12.load_pkcs12(stored.path.read_bytes(), None).key is not None


def test_no_passphrase_with_a_keyring(tmp_path: Path, memory_keyring: Any) -> None:
    stored = create(tmp_path, "")
    assert stored.protection == "keyring" and stored.warning is None
    ((service, _user), secret), = memory_keyring.secrets.items()
    assert service == "aspectos-desktop" and len(secret) >= 32
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(stored.path.read_bytes(), None)
    assert load_identity(tmp_path).fingerprint_sha256 == stored.identity.fingerprint_sha256
    assert identity_info(tmp_path).protection == "keyring"
    memory_keyring.secrets.clear()
    with pytest.raises(IdentityError, match="chaveiro"):
        load_identity(tmp_path)


@needs_openssl
def test_pkcs12_is_aes256(tmp_path: Path) -> None:
    stored = create(tmp_path, "aes pass")
    shown = subprocess.run(
        ["openssl", "pkcs12", "-info", "-in", str(stored.path), "-noout", "-passin", "pass:aes pass"],
        capture_output=True, text=True, check=False, timeout=30)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout + shown.stderr
    assert "AES-256-CBC" in text and "PBES2" in text and "hmacWithSHA256" in text
    assert "RC2" not in text and "3DES" not in text
    wrong = subprocess.run(
        ["openssl", "pkcs12", "-info", "-in", str(stored.path), "-noout", "-passin", "pass:nope"],
        capture_output=True, text=True, check=False, timeout=30)
    assert wrong.returncode != 0


@needs_openssl
def test_fingerprint_matches_openssl(tmp_path: Path) -> None:
    identity = create(tmp_path, "x").identity
    pem = tmp_path / "cert.pem"
    pem.write_bytes(identity.certificate.public_bytes(serialization.Encoding.PEM))
    shown = subprocess.run(["openssl", "x509", "-in", str(pem), "-noout", "-fingerprint", "-sha256"],
                           capture_output=True, text=True, check=True, timeout=30).stdout
    assert shown.strip().split("=", 1)[1] == identity.fingerprint_sha256


def test_replace_keeps_the_old_identity(tmp_path: Path) -> None:
    first = create(tmp_path, "um")
    with pytest.raises(IdentityError, match="já tem um certificado"):
        create(tmp_path, "dois")
    second = create(tmp_path, "dois", replace=True)
    assert second.identity.fingerprint_sha256 != first.identity.fingerprint_sha256
    old = list(tmp_path.glob("identity-*.p12.old"))
    assert len(old) == 1
    assert pkcs12.load_pkcs12(old[0].read_bytes(), b"um").key is not None
    assert load_identity(tmp_path, "dois").fingerprint_sha256 == second.identity.fingerprint_sha256


def test_identity_info_needs_no_passphrase(tmp_path: Path) -> None:
    stored = create(tmp_path, "segredo")
    info = identity_info(tmp_path)
    assert info.fingerprint_sha256 == stored.identity.fingerprint_sha256
    assert info.key_type == "EC P-256" and info.self_signed and not info.expired
    assert info.protection == "senha" and info.origin == "gerada"
    assert "CN=Núcleo de Telessaúde do Maranhão" in info.subject
    assert info.not_after.year - info.not_before.year == 10


# ---------------------------------------------------------------- a user's PKCS#12


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ICP-Teste"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "BR")])


def _cert(subject: x509.Name, issuer: x509.Name, public_key: Any, signing_key: Any, *,
          ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True).add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def make_rsa_chain(folder: Path, passphrase: str) -> tuple[Path, Path, Identity]:
    """A throwaway root CA -> intermediate CA -> RSA leaf, as a user's PKCS#12 (+ root PEM)."""
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    inter_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = _cert(_name("AC Raiz de Teste"), _name("AC Raiz de Teste"), root_key.public_key(),
                 root_key, ca=True)
    inter = _cert(_name("AC Intermediária de Teste"), root.subject, inter_key.public_key(),
                  root_key, ca=True)
    leaf = _cert(_name("NUCLEO DE TELESSAUDE DO MARANHAO:12345678000190"), inter.subject,
                 leaf_key.public_key(), inter_key, ca=False)
    identity = Identity(private_key=leaf_key, certificate=leaf, chain=(inter, root))
    p12 = folder / "meu-certificado.p12"
    # Chain stored root first, as some tools do: the import must reorder it.
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"meu", leaf_key, leaf, [root, inter],
        serialization.BestAvailableEncryption(passphrase.encode())))
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem, identity


def test_import_rsa_pkcs12_keeps_chain(tmp_path: Path) -> None:
    p12, _ca, expected = make_rsa_chain(tmp_path, "senha-a1")
    data_dir = tmp_path / "data"
    with pytest.raises(IdentityError) as caught:
        import_pkcs12(p12, "errada", data_dir)
    assert caught.value.message == "Senha incorreta para o certificado."
    stored = import_pkcs12(p12, "senha-a1", data_dir)
    assert stored.protection == "senha" and stored.origin == "importada"
    assert [c.subject for c in stored.identity.chain] == [c.subject for c in expected.chain]
    loaded = load_identity(data_dir, "senha-a1")
    assert isinstance(loaded.private_key, rsa.RSAPrivateKey)
    assert loaded.certificate == expected.certificate
    assert loaded.chain == expected.chain
    info = identity_info(data_dir)
    assert info.key_type == "RSA 2048" and not info.self_signed and len(info.chain_subjects) == 2


def test_import_rejects_ed25519(tmp_path: Path) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("Ed")).issuer_name(_name("Ed"))
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, None))
    p12 = tmp_path / "ed.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"ed", key, cert, None, serialization.BestAvailableEncryption(b"x")))
    with pytest.raises(IdentityError, match="Tipo de chave não suportado"):
        import_pkcs12(p12, "x", tmp_path / "data")


def test_pkcs12_round_trip_without_files() -> None:
    key = ec.generate_private_key(ec.SECP384R1())
    cert = _cert(_name("EC"), _name("EC"), key.public_key(), key, ca=False)
    identity = Identity(private_key=key, certificate=cert)
    from aspectos_desktop.export.identity import identity_from_pkcs12, key_type

    again = identity_from_pkcs12(pkcs12_bytes(identity, "p"), "p")
    assert again.certificate == cert and key_type(again.private_key) == "EC P-384"


@needs_openssl
@pytest.mark.slow
def test_export_with_imported_chain_verifies_with_cafile(tmp_path: Path, catalogue: Catalogue) -> None:
    from test_export_bundle import create_all_forms_assessment, run

    from aspectos_desktop.demo import create_demo
    from aspectos_desktop.export.bundle import export_bundle
    from aspectos_desktop.store import Store

    p12, ca_pem, _expected = make_rsa_chain(tmp_path, "a1")
    data_dir = tmp_path / "data"
    import_pkcs12(p12, "a1", data_dir)
    identity = load_identity(data_dir, "a1")
    store = Store.open(data_dir / "aspectos.db")
    try:
        _auto, visit = create_demo(store, catalogue)
        forms = create_all_forms_assessment(store, catalogue, store.get_assessment(visit).nucleo_id)
        out = tmp_path / "out"
        out.mkdir()
        result = export_bundle(store, catalogue, forms, identity, out, data_dir=data_dir)
    finally:
        store.close(backup=False)
    report = verify_bundle(result.path)
    assert report.ok, [c for c in report.checks if not c.ok]
    assert report.signer_fingerprint == identity.fingerprint_sha256
    unpacked = tmp_path / "unpacked"
    assert run(["unzip", "-q", str(result.path), "-d", str(unpacked)], tmp_path).returncode == 0
    cms = run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content",
               "manifest.json", "-in", "manifest.sig", "-CAfile", str(ca_pem),
               "-out", os.devnull], unpacked)
    assert cms.returncode == 0, cms.stderr
    assert "Verification successful" in cms.stdout + cms.stderr
    # Without the CA, the chain cannot be trusted (and -noverify is what skips that).
    untrusted = run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content",
                     "manifest.json", "-in", "manifest.sig", "-out", os.devnull], unpacked)
    assert untrusted.returncode != 0
