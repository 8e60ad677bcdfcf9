"""The audit log of the central database: every import, rejection and trust decision,
with who did it and when. Append-only; written in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from aspectos_desktop.central.models import AUDIT_ACTIONS, AuditEntry, utcnow

ACTION_LABELS: Final[dict[str, str]] = {
    "importar": "importação",
    "rejeitar": "rejeição",
    "ja_importado": "já importado",
    "aprovar_assinante": "aprovação de assinante",
    "revogar_assinante": "revogação de assinante",
    "assinante_diferente": "assinante diferente para o núcleo",
}


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    details: dict[str, Any]

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


_INSERT: Final = insert(AuditEntry)


def audit(session: Session | Connection, actor: str, action: str, details: dict[str, Any], *,
          at: datetime | None = None) -> None:
    """Append one entry (in the caller's transaction). ``details`` must be JSON data."""
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"unknown audit action: {action}")
    session.execute(_INSERT, {"at": at or utcnow(), "actor": actor or "?", "action": action,
                              "details": details})


def audit_entries(session: Session | Connection, *, action: str | None = None,
                  limit: int | None = None) -> list[AuditRecord]:
    """Entries, newest first (optionally one ``action`` only, at most ``limit``)."""
    query = select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action,
                   AuditEntry.details).order_by(AuditEntry.id.desc())
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if limit is not None:
        query = query.limit(limit)
    return [AuditRecord(row.id, row.at, row.actor, row.action, dict(row.details))
            for row in session.execute(query)]
