"""The installation's signing identity: a private key and its X.509 certificate.

Qt-free. On first use ``create_identity`` makes an EC P-256 key and a self-signed
certificate naming the núcleo, and keeps both in ``<data dir>/identity.p12``
(PKCS#12, PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC). The PKCS#12 is protected by:

* ``"senha"``: a passphrase the user chose (asked again at each export);
* ``"keyring"``: a random passphrase kept in the operating system's keyring
  (service ``aspectos-desktop``), when the user declined to choose one;
* ``"sem_protecao"``: nothing, when no keyring works either (headless Linux without a
  Secret Service, for instance). This is reported with ``UNPROTECTED_WARNING``.

A user's own certificate (ICP-Brasil A1, RSA or EC, with its chain) can take its
place with ``import_pkcs12``. Beside the PKCS#12, ``identity.json`` records how it is
protected and a public copy of the certificates, so that ``identity_info`` needs no
passphrase. Every failure is an ``IdentityError`` with a plain pt-BR ``message``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal, cast

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
Protection = Literal["senha", "keyring", "sem_protecao"]
Origin = Literal["gerada", "importada"]

IDENTITY_FILENAME: Final = "identity.p12"
SIDECAR_FILENAME: Final = "identity.json"
KEYRING_SERVICE: Final = "aspectos-desktop"
KDF_ROUNDS: Final = 600_000
VALIDITY: Final = timedelta(days=3652)  # ten years
MIN_RSA_BITS: Final = 2048

PROTECTION_LABELS: Final[dict[str, str]] = {
    "senha": "protegido por senha",
    "keyring": "protegido por senha guardada no chaveiro do sistema",
    "sem_protecao": "SEM PROTEÇÃO",
}
UNPROTECTED_WARNING: Final = (
    "Atenção: nenhum chaveiro do sistema está disponível e nenhuma senha foi escolhida, "
    "então a chave de assinatura foi gravada SEM PROTEÇÃO em “{path}”. Qualquer pessoa "
    "com acesso a este arquivo pode assinar exportações em nome do núcleo. Para "
    "protegê-la, crie o certificado de novo com uma senha."
)
MSG_WRONG_PASSPHRASE: Final = "Senha incorreta para o certificado."
MSG_PASSPHRASE_REQUIRED: Final = "O certificado de assinatura está protegido por senha: informe a senha."


class IdentityError(Exception):
    """A problem with the signing identity; ``message`` is plain pt-BR for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PassphraseRequiredError(IdentityError):
    """The stored PKCS#12 needs the user's passphrase and none was given."""

    def __init__(self) -> None:
        super().__init__(MSG_PASSPHRASE_REQUIRED)


@dataclass(frozen=True)
class Identity:
    """A signing key, its certificate and the certificates that chain it to a root."""

    private_key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def fingerprint_sha256(self) -> str:
        return fingerprint(self.certificate)

    @property
    def subject_text(self) -> str:
        return self.certificate.subject.rfc4514_string()


@dataclass(frozen=True)
class StoredIdentity:
    """An identity as kept in the data folder, with how it is protected.

    ``warning`` is a pt-BR text to show the user (set when unprotected).
    """

    identity: Identity
    protection: Protection
    path: Path
    origin: Origin
    warning: str | None = None


@dataclass(frozen=True)
class IdentityInfo:
    """What ``aspectos identity show`` prints."""

    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    fingerprint_sha256: str
    key_type: str
    self_signed: bool
    chain_subjects: tuple[str, ...]
    protection: Protection | None = None
    origin: Origin | None = None
    path: Path | None = None

    @property
    def expired(self) -> bool:
        return datetime.now(UTC) > self.not_after

    @property
    def protection_label(self) -> str:
        return PROTECTION_LABELS.get(self.protection or "", "desconhecida")


# ----------------------------------------------------------------------------- helpers


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as openssl prints it: ``AB:CD:…``."""
    return ":".join(f"{b:02X}" for b in certificate.fingerprint(hashes.SHA256()))


def key_type(key: object) -> str:
    """"EC P-256", "RSA 2048"… for a private or public key."""
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey):
        names = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
        return f"EC {names.get(key.curve.name, key.curve.name)}"
    if isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    return type(key).__name__


def identity_path(data_dir: Path) -> Path:
    return Path(data_dir) / IDENTITY_FILENAME


def has_identity(data_dir: Path) -> bool:
    return identity_path(data_dir).is_file()


def certificate_info(certificate: x509.Certificate, chain: tuple[x509.Certificate, ...] = (), *,
                     protection: Protection | None = None, origin: Origin | None = None,
                     path: Path | None = None) -> IdentityInfo:
    return IdentityInfo(
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        fingerprint_sha256=fingerprint(certificate),
        key_type=key_type(certificate.public_key()),
        self_signed=certificate.issuer == certificate.subject,
        chain_subjects=tuple(c.subject.rfc4514_string() for c in chain),
        protection=protection,
        origin=origin,
        path=path,
    )


def check_validity(certificate: x509.Certificate, when: datetime | None = None) -> None:
    """Raise IdentityError if ``certificate`` is not valid at ``when`` (default: now)."""
    when = when or datetime.now(UTC)
    if when > certificate.not_valid_after_utc:
        raise IdentityError(
            f"O certificado de assinatura venceu em {certificate.not_valid_after_utc:%d/%m/%Y}. "
            "Crie ou importe um certificado válido.")
    if when < certificate.not_valid_before_utc:
        raise IdentityError(
            "O certificado de assinatura só passa a valer em "
            f"{certificate.not_valid_before_utc:%d/%m/%Y}. Verifique a data do computador.")


def _subject(nucleo_name: str, institution: str | None, municipio: str | None,
             uf: str | None) -> x509.Name:
    def text(value: str, limit: int) -> str:
        return " ".join(value.split())[:limit]

    name = text(nucleo_name or "", 64)
    if not name:
        raise IdentityError("Informe o nome do núcleo para criar o certificado de assinatura.")
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if institution and institution.strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, text(institution, 64)))
    if municipio and municipio.strip():
        attributes.append(x509.NameAttribute(NameOID.LOCALITY_NAME, text(municipio, 128)))
    if uf and uf.strip():
        attributes.append(x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, text(uf, 128)))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "BR"))
    return x509.Name(attributes)


def make_self_signed(nucleo_name: str, *, institution: str | None = None,
                     municipio: str | None = None, uf: str | None = None,
                     now: datetime | None = None) -> Identity:
    """A new EC P-256 key and a ten-year self-signed certificate naming the núcleo."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _subject(nucleo_name, institution, municipio, uf)
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                       critical=False)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(private_key=key, certificate=certificate)


def _encryption(passphrase: str | None) -> serialization.KeySerializationEncryption:
    if not passphrase:
        return serialization.NoEncryption()
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def pkcs12_bytes(identity: Identity, passphrase: str | None) -> bytes:
    """The identity as a PKCS#12 (AES-256 with ``passphrase``; unencrypted without)."""
    cn = identity.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    friendly = str(cn[0].value) if cn else "Aspectos Desktop"
    return pkcs12.serialize_key_and_certificates(
        friendly.encode("utf-8"), identity.private_key, identity.certificate,
        list(identity.chain) or None, _encryption(passphrase))


def _same_key(key: PrivateKey, certificate: x509.Certificate) -> bool:
    fmt = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    return key.public_key().public_bytes(der, fmt) == certificate.public_key().public_bytes(der, fmt)


def identity_from_pkcs12(data: bytes, passphrase: str | None) -> Identity:
    """Parse a PKCS#12; wrong passphrase, unsupported key or a missing certificate -> IdentityError."""
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        loaded = pkcs12.load_pkcs12(data, secret)
    except ValueError:
        if secret is None:
            # An encrypted file opened without a passphrase fails the same way.
            raise PassphraseRequiredError() from None
        raise IdentityError(MSG_WRONG_PASSPHRASE) from None
    except Exception:
        raise IdentityError("O arquivo do certificado (PKCS#12) está danificado ou não é "
                            "um certificado.") from None
    key = loaded.key
    if key is None:
        raise IdentityError("O arquivo PKCS#12 não contém a chave privada.")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError("Tipo de chave não suportado: use um certificado com chave RSA ou "
                            "de curva elíptica (EC).")
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size < MIN_RSA_BITS:
        raise IdentityError(f"Chave RSA de {key.key_size} bits é fraca demais: o mínimo é "
                            f"{MIN_RSA_BITS} bits.")
    others = [c.certificate for c in loaded.additional_certs]
    certificate = loaded.cert.certificate if loaded.cert is not None else None
    if certificate is None or not _same_key(key, certificate):
        matching = [c for c in others if _same_key(key, c)]
        if not matching:
            raise IdentityError("O arquivo PKCS#12 não contém o certificado da chave privada.")
        certificate = matching[0]
    chain = tuple(_order_chain(certificate, [c for c in others if c != certificate]))
    return Identity(private_key=key, certificate=certificate, chain=chain)


def _order_chain(leaf: x509.Certificate, others: list[x509.Certificate]) -> list[x509.Certificate]:
    """``others`` from the leaf's issuer upwards; certificates off the path come last."""
    ordered: list[x509.Certificate] = []
    remaining = list(others)
    current = leaf
    while True:
        parent = next((c for c in remaining if c.subject == current.issuer), None)
        if parent is None or current.issuer == current.subject:
            break
        ordered.append(parent)
        remaining.remove(parent)
        current = parent
    return ordered + remaining


# ------------------------------------------------------------------------- the files


def _os_message(error: OSError, where: Path) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "o disco está cheio. Libere espaço e tente de novo."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"a pasta “{where}” não permite gravação. Verifique as permissões."
    return "houve um erro de leitura ou gravação no disco."


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _keyring_username(data_dir: Path) -> str:
    folder = str(Path(data_dir).expanduser().absolute())
    return "identity-p12:" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def _keyring_store(username: str, secret: str) -> bool:
    """Keep ``secret`` in the OS keyring; False when no keyring backend works."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return False
        keyring.set_password(KEYRING_SERVICE, username, secret)
        return keyring.get_password(KEYRING_SERVICE, username) == secret
    except Exception:  # any backend failure means "no usable keyring"
        return False


def _keyring_fetch(username: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, username)
    except Exception:
        return None


def _keyring_forget(username: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, username)
    except Exception:  # nothing to forget, or no keyring: both fine
        return


def _read_sidecar(data_dir: Path) -> dict[str, Any]:
    path = Path(data_dir) / SIDECAR_FILENAME
    try:
        raw: object = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise IdentityError(f"O arquivo “{path}” está danificado. Crie ou importe o "
                            "certificado de assinatura de novo.") from None
    return cast(dict[str, Any], raw) if isinstance(raw, dict) else {}


def _pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def store_identity(data_dir: Path, identity: Identity, passphrase: str | None, *,
                   origin: Origin = "gerada", replace: bool = False) -> StoredIdentity:
    """Write ``identity`` to ``<data_dir>/identity.p12`` protected as the docstring says.

    An existing identity is refused unless ``replace``; then it is kept beside the
    new one as ``identity-<timestamp>.p12.old`` (with its ``.json``).
    """
    data_dir = Path(data_dir)
    path = identity_path(data_dir)
    sidecar = data_dir / SIDECAR_FILENAME
    if path.exists() and not replace:
        raise IdentityError("Esta instalação já tem um certificado de assinatura. Para trocá-lo, "
                            "use a opção de substituir (o anterior é guardado como cópia).")
    protection: Protection
    username: str | None = None
    warning: str | None = None
    if passphrase:
        protection, secret = "senha", passphrase
    else:
        username = _keyring_username(data_dir)
        secret = secrets.token_urlsafe(32)
        if _keyring_store(username, secret):
            protection = "keyring"
        else:
            protection, secret, username = "sem_protecao", None, None
            warning = UNPROTECTED_WARNING.format(path=path)
    record = {
        "format": 1,
        "protection": protection,
        "origin": origin,
        "keyring_username": username,
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fingerprint_sha256": fingerprint(identity.certificate),
        "certificate_pem": _pem(identity.certificate),
        "chain_pem": [_pem(c) for c in identity.chain],
    }
    try:
        data = pkcs12_bytes(identity, secret)
        if path.exists():  # keep a copy of the identity being replaced
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            _write_atomic(data_dir / f"identity-{stamp}.p12.old", path.read_bytes())
            if sidecar.exists():
                _write_atomic(data_dir / f"identity-{stamp}.json.old", sidecar.read_bytes())
        _write_atomic(path, data)
        _write_atomic(sidecar, (json.dumps(record, ensure_ascii=False, indent=2) + "\n")
                      .encode("utf-8"))
    except OSError as error:
        raise IdentityError("Não foi possível gravar o certificado de assinatura: "
                            + _os_message(error, data_dir)) from None
    return StoredIdentity(identity=identity, protection=protection, path=path, origin=origin,
                          warning=warning)


def create_identity(data_dir: Path, *, nucleo_name: str, institution: str | None = None,
                    municipio: str | None = None, uf: str | None = None,
                    passphrase: str | None = None, replace: bool = False) -> StoredIdentity:
    """Create and store this installation's key and self-signed certificate."""
    identity = make_self_signed(nucleo_name, institution=institution, municipio=municipio, uf=uf)
    return store_identity(data_dir, identity, passphrase, origin="gerada", replace=replace)


def read_pkcs12(path: Path, passphrase: str | None) -> Identity:
    """Read any PKCS#12 file (without storing it)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise IdentityError(f"Não foi possível ler o arquivo de certificado “{path}”.") from None
    return identity_from_pkcs12(data, passphrase)


def import_pkcs12(path: Path, passphrase: str | None, data_dir: Path | None = None, *,
                  replace: bool = False) -> StoredIdentity:
    """Make the user's own PKCS#12 (e.g. ICP-Brasil A1) this installation's identity.

    It is stored again under the same passphrase, re-encrypted with AES-256, with its
    chain; without a passphrase, the keyring / unprotected rules apply.
    """
    identity = read_pkcs12(path, passphrase)
    check_validity(identity.certificate)
    return store_identity(_resolve(data_dir), identity, passphrase, origin="importada",
                          replace=replace)


def _resolve(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return Path(data_dir)
    from aspectos_desktop.store.paths import data_dir as default_data_dir

    return default_data_dir()


def stored_protection(data_dir: Path | None = None) -> Protection | None:
    """How the stored identity is protected (None if there is none)."""
    value = _read_sidecar(_resolve(data_dir)).get("protection")
    return cast(Protection, value) if value in PROTECTION_LABELS else None


def load_stored(data_dir: Path | None = None, passphrase: str | None = None) -> StoredIdentity:
    """Load this installation's identity. Needs ``passphrase`` when protected by one."""
    folder = _resolve(data_dir)
    path = identity_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IdentityError("Esta instalação ainda não tem um certificado de assinatura. "
                            "Crie um (aspectos identity create) ou importe o seu.") from None
    except OSError:
        raise IdentityError(f"Não foi possível ler o certificado de assinatura “{path}”.") from None
    record = _read_sidecar(folder)
    protection = cast(Protection, record.get("protection") or "senha")
    origin = cast(Origin, record.get("origin") or "gerada")
    secret: str | None
    if protection == "keyring":
        username = str(record.get("keyring_username") or _keyring_username(folder))
        secret = _keyring_fetch(username)
        if secret is None:
            raise IdentityError("A senha do certificado não foi encontrada no chaveiro do sistema. "
                                "Crie ou importe o certificado de assinatura de novo.")
    elif protection == "sem_protecao":
        secret = None
    else:
        if not passphrase:
            raise PassphraseRequiredError()
        secret = passphrase
    identity = identity_from_pkcs12(data, secret)
    warning = UNPROTECTED_WARNING.format(path=path) if protection == "sem_protecao" else None
    return StoredIdentity(identity=identity, protection=protection, path=path, origin=origin,
                          warning=warning)


def load_identity(data_dir: Path | None = None, passphrase: str | None = None) -> Identity:
    """This installation's identity (see ``load_stored``)."""
    return load_stored(data_dir, passphrase).identity


def identity_info(data_dir: Path | None = None) -> IdentityInfo:
    """Subject, issuer, validity, fingerprint, key type and protection — no passphrase needed."""
    folder = _resolve(data_dir)
    path = identity_path(folder)
    if not path.is_file():
        raise IdentityError("Esta instalação ainda não tem um certificado de assinatura.")
    record = _read_sidecar(folder)
    try:
        certificate = x509.load_pem_x509_certificate(str(record["certificate_pem"]).encode())
        chain = tuple(x509.load_pem_x509_certificate(str(p).encode())
                      for p in cast(list[object], record.get("chain_pem") or []))
    except (KeyError, ValueError):
        # No usable public copy: only an unprotected PKCS#12 can be read without help.
        identity = load_stored(folder).identity
        certificate, chain = identity.certificate, identity.chain
    protection = stored_protection(folder)
    origin_value = record.get("origin")
    origin: Origin | None = origin_value if origin_value in ("gerada", "importada") else None
    return certificate_info(certificate, chain, protection=protection, origin=origin, path=path)


def forget_identity(data_dir: Path) -> None:
    """Remove the stored identity and its keyring entry (used by tests and resets)."""
    folder = Path(data_dir)
    record = _read_sidecar(folder)
    username = record.get("keyring_username")
    if isinstance(username, str):
        _keyring_forget(username)
    for name in (IDENTITY_FILENAME, SIDECAR_FILENAME):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
