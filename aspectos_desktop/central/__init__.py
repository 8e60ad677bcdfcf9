"""Central office: import, trust and consolidate bundles from the núcleos (Qt-free).

The public names below are imported lazily, so that ``import
aspectos_desktop.central.models`` stays light (no pyHanko, no ReportLab).

* ``open_central(url, data_dir) -> CentralDB`` (database.py): SQLite file or PostgreSQL;
* ``import_paths`` / ``import_bundle`` / ``Importer`` (importer.py): the import pipeline;
* ``list_signers`` / ``approve_signer`` / ``revoke_signer`` / ``TrustAnchors`` (trust.py);
* ``audit`` / ``audit_entries`` (audit.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from aspectos_desktop.central.audit import AuditRecord, audit, audit_entries
    from aspectos_desktop.central.database import CentralDB, CentralError, open_central
    from aspectos_desktop.central.importer import (
        Importer,
        ImportOutcome,
        ImportProgress,
        ImportSummary,
        import_bundle,
        import_paths,
    )
    from aspectos_desktop.central.trust import (
        SignerChange,
        SignerInfo,
        TrustAnchors,
        approve_signer,
        list_signers,
        revoke_signer,
    )

_EXPORTS: Final = {
    "AuditRecord": "audit", "audit": "audit", "audit_entries": "audit",
    "CentralDB": "database", "CentralError": "database", "open_central": "database",
    "Importer": "importer", "ImportOutcome": "importer", "ImportProgress": "importer",
    "ImportSummary": "importer", "import_bundle": "importer", "import_paths": "importer",
    "SignerChange": "trust", "SignerInfo": "trust", "TrustAnchors": "trust",
    "approve_signer": "trust", "list_signers": "trust", "revoke_signer": "trust",
}

__all__ = [
    "AuditRecord",
    "CentralDB",
    "CentralError",
    "ImportOutcome",
    "ImportProgress",
    "ImportSummary",
    "Importer",
    "SignerChange",
    "SignerInfo",
    "TrustAnchors",
    "approve_signer",
    "audit",
    "audit_entries",
    "import_bundle",
    "import_paths",
    "list_signers",
    "open_central",
    "revoke_signer",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
