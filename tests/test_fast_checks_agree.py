"""The importer's fast checks say what the reference libraries say.

* JSON Schema: ``document.schema_errors`` accepts a document with the compiled
  fastjsonschema validator alone; it must accept exactly what jsonschema (the reference,
  which also writes the messages) accepts — checked on real documents and on hypothesis
  mutants of them.
* CMS: ``verify._sig_integrity`` (pyHanko's own parts, with a quicker signing-certificate
  match) gives pyHanko's ``validate_sig_integrity`` verdict, on genuine and altered
  signatures of both the manifest and the PDF.
* PDF: ``verify_pdf_direct`` (the signature checked on the bytes, for the importer)
  agrees with pyHanko's full validation (``pdf_signing.verify_pdf``) on a genuine report
  and on altered ones.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from asn1crypto import cms  # pyright: ignore[reportMissingTypeStubs]
from bundle_factory import CentralWorld, stand_in_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from test_central_fuzz import JSON_VALUES, _paths, _same_type

from aspectos_desktop.export import document as document_module
from aspectos_desktop.export import verify
from aspectos_desktop.export.bundle import bind_pdf
from aspectos_desktop.export.pdf_signing import sign_pdf, verify_pdf

AGREE = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _reference_accepts(document: object) -> bool:
    return not list(document_module._validator().iter_errors(document))


def _fast_accepts(document: object) -> bool:
    fast: Any = document_module._fast_validator()
    try:
        fast(document)
    except Exception:
        return False
    return True


# ------------------------------------------------------------------------ JSON Schema


def test_fast_schema_validator_is_in_use() -> None:
    assert document_module._fast_validator() is not None  # else every check is the slow one


@pytest.mark.parametrize("key", ["visit", "forms", "b_auto"])
def test_real_documents_pass_both_validators(cworld: CentralWorld, key: str) -> None:
    document = cworld.document(key)
    assert _fast_accepts(document) and _reference_accepts(document)
    assert document_module.schema_errors(document) == []


def test_invalid_document_is_described_by_the_reference(cworld: CentralWorld) -> None:
    document = cworld.document("forms")
    document["answers"][0]["completion"] = "talvez"
    errors = document_module.schema_errors(document)
    assert len(errors) == 1 and errors[0].startswith("answers/0/completion: 'talvez'"), errors


def test_schema_validators_agree_on_mutants(cworld: CentralWorld) -> None:
    source = cworld.document("forms")
    verdicts: list[bool] = []

    @AGREE
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        document = json.loads(json.dumps(source))
        for _ in range(data.draw(st.integers(1, 2), label="changes")):
            path = data.draw(st.sampled_from(_paths(document)[1:]), label="path")
            *parents, last = path
            target: Any = document
            for key in parents:
                target = target[key]
            action = data.draw(st.sampled_from(["same_type"] * 4 + ["replace", "delete"]))
            if action == "same_type":
                target[last] = data.draw(_same_type(target[last]), label="value")
            elif action == "delete":
                del target[last]
            else:
                target[last] = data.draw(JSON_VALUES, label="value")
        reference = _reference_accepts(document)
        assert _fast_accepts(document) == reference, document
        assert (document_module.schema_errors(document) == []) == reference
        verdicts.append(reference)

    run()
    assert True in verdicts and False in verdicts  # both kinds were really exercised


# ------------------------------------------------------------------------------- CMS


def _signer(signature: bytes) -> tuple[Any, Any]:
    signed_data: Any = cms.ContentInfo.load(signature)["content"]
    signer_info = signed_data["signer_infos"][0]
    return signer_info, verify._signer_certificate(signed_data, signer_info)


def _pdf_signature(pdf: bytes) -> tuple[bytes, bytes]:
    """(the CMS in the last /Contents hole, the digest of the signed ranges)."""
    found = list(verify._BYTE_RANGE.finditer(pdf))[-1]
    start1, length1, start2, _length2 = (int(g) for g in found.groups())
    assert start1 == 0
    hole = pdf[length1:start2]
    signature = verify._der_prefix(bytes.fromhex(hole[1:-1].decode("ascii")))
    return signature, hashlib.sha256(pdf[:length1] + pdf[start2:]).digest()


def _both(signature: bytes, digest: bytes) -> tuple[Any, Any]:
    signer_info, cert = _signer(signature)

    def run(check: Any, *args: Any) -> Any:
        try:
            return check(*args)
        except Exception:
            return "refused"

    return (run(validate_sig_integrity, signer_info, cert, "data", digest),
            run(verify._sig_integrity, signer_info, cert, digest))


def test_cms_integrity_agrees_with_pyhanko(cworld: CentralWorld) -> None:
    members = cworld.members("visit")
    manifest, manifest_sig = members["manifest.json"], members["manifest.sig"]
    pdf_sig, pdf_digest = _pdf_signature(members["report.pdf"])
    right = hashlib.sha256(manifest).digest()
    wrong = hashlib.sha256(manifest + b" ").digest()
    cases = {
        "manifest genuine": (manifest_sig, right),
        "manifest altered": (manifest_sig, wrong),
        "pdf genuine": (pdf_sig, pdf_digest),
        "pdf altered": (pdf_sig, hashlib.sha256(b"x" + pdf_digest).digest()),
    }
    # The signature value itself changed (last bytes of the ECDSA signature's DER).
    signer_info, _cert = _signer(manifest_sig)
    raw: bytes = signer_info["signature"].native
    at = manifest_sig.rindex(raw)
    cases["manifest signature value altered"] = (
        manifest_sig[:at + len(raw) - 1] + bytes([raw[-1] ^ 0x01]) + manifest_sig[at + len(raw):],
        right)
    seen: dict[str, Any] = {}
    for name, (signature, digest) in cases.items():
        reference, ours = _both(signature, digest)
        assert ours == reference, (name, reference, ours)
        seen[name] = ours
    assert seen["manifest genuine"] == (True, True) and seen["pdf genuine"] == (True, True)
    assert seen["manifest altered"] == (False, True)
    assert seen["manifest signature value altered"] == (True, False)


def test_signing_certificate_attribute_must_match(cworld: CentralWorld) -> None:
    """A signer info checked against another certificate than the one it names in its
    signing-certificate-v2 attribute is refused by both."""
    members = cworld.members("visit")
    pdf_sig, pdf_digest = _pdf_signature(members["report.pdf"])
    signer_info, _cert = _signer(pdf_sig)
    _other_info, other_cert = _signer(
        _pdf_signature(sign_pdf(stand_in_pdf(), cworld.intruder))[0])
    with pytest.raises(SignatureValidationError):
        validate_sig_integrity(signer_info, other_cert, "data", pdf_digest)
    with pytest.raises(ValueError, match="signing-certificate"):
        verify._sig_integrity(signer_info, other_cert, pdf_digest)


# ------------------------------------------------------------------------------- PDF


def _variants(cw: CentralWorld) -> dict[str, bytes]:
    pdf = cw.members("visit")["report.pdf"]
    export_id = json.loads(cw.members("visit")["manifest.json"])["export_id"]
    at = pdf.index(b"/Producer")
    return {
        "genuine": pdf,
        "signed byte altered": pdf[:at] + b"/Producar" + pdf[at + 9:],
        "incremental update": bind_pdf(pdf, export_id, "0" * 64),
        "bytes appended": pdf + b"\n% depois\n",
        "truncated": pdf[:-20],
        "unsigned": stand_in_pdf(),
        "other signer": sign_pdf(stand_in_pdf(), cw.intruder),
    }


def test_direct_pdf_check_agrees_with_pyhanko(cworld: CentralWorld) -> None:
    owner = cworld.key_a.certificate
    for name, pdf in _variants(cworld).items():
        full = verify_pdf(pdf)
        certificate, problem = verify.verify_pdf_direct(pdf)
        full_ok = full.intact and full.valid and full.covers_whole_document
        assert (problem is None) == full_ok, (name, problem, full.messages)
        if problem is None:
            assert certificate is not None
            assert full.signer_cert_der == certificate.public_bytes(
                verify.Encoding.DER), name
        expected_owner = name not in ("other signer", "unsigned")
        if problem is None:
            assert (certificate == owner) == expected_owner, name
    assert verify.verify_pdf_direct(_variants(cworld)["genuine"]) == (owner, None)
