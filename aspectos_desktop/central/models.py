"""Typed ORM models of the central database (SQLAlchemy 2; SQLite or PostgreSQL).

One schema for both back ends, created and evolved only by the migrations in
``migrations/versions`` (version table ``central_alembic_version``). Times are
timezone-aware in Python (UTC); SQLite stores them as naive UTC. Decimals are exact
``NUMERIC`` on PostgreSQL and ``NUMERIC``-affinity values on SQLite (see ``ExactDecimal``).

Only assessments whose ``superseded_by_id`` is NULL are current; older revisions stay
in history. Only bundles with status ``importado`` count in the consolidation:
``pendente`` bundles wait for their signer's approval.
"""

from __future__ import annotations

import decimal
from datetime import UTC, date, datetime
from typing import Any, Final

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KINDS: Final = ("autoavaliacao", "visita")
SIGNER_STATUSES: Final = ("novo", "aprovado", "revogado")
SIGNER_NEW: Final = "novo"
SIGNER_APPROVED: Final = "aprovado"
SIGNER_REVOKED: Final = "revogado"
APPROVALS: Final = ("manual", "ca")
BUNDLE_STATUSES: Final = ("importado", "pendente")
BUNDLE_IMPORTED: Final = "importado"
BUNDLE_PENDING: Final = "pendente"
COMPLETIONS: Final = ("vazio", "respondido", "inválido")
AUDIT_ACTIONS: Final = ("importar", "rejeitar", "ja_importado", "aprovar_assinante",
                        "revogar_assinante", "assinante_diferente")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes in and out (UTC); naive UTC in SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the central database only takes aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class ExactDecimal(TypeDecorator[decimal.Decimal]):
    """Exact decimals: NUMERIC on PostgreSQL; on SQLite, NUMERIC affinity (SQL ``SUM`` works)
    with values handed back as ``decimal.Decimal`` (no float warnings)."""

    impl = Numeric()
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(asdecimal=False))
        return dialect.type_descriptor(Numeric())

    def process_bind_param(self, value: decimal.Decimal | None,
                           dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return str(value)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> decimal.Decimal | None:
        if value is None:
            return None
        if isinstance(value, decimal.Decimal):
            return value
        return decimal.Decimal(str(value))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        date: Date(),
        str: String(),
        decimal.Decimal: ExactDecimal(),
    }

    def __repr__(self) -> str:
        key = (getattr(self, "id", None) or getattr(self, "fingerprint", None)
               or getattr(self, "sha256", None))
        return f"<{type(self).__name__} {key!r}>"


class CentralNucleo(Base):
    """A núcleo as known to the central office, keyed by ``nucleo_key``."""

    __tablename__ = "central_nucleos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "cnes:<7 digits>" when the bundle has a CNES, else "ibge:<municipio>:<slug of name>".
    nucleo_key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str]
    institution: Mapped[str | None]
    uf: Mapped[str] = mapped_column(String(2), index=True)
    municipio_code: Mapped[int] = mapped_column(Integer, index=True)
    municipio_name: Mapped[str]
    cnes: Mapped[str | None] = mapped_column(String(7))
    created_at: Mapped[datetime]


class Signer(Base):
    """A signing certificate seen in bundles of a núcleo, and whether it is trusted."""

    __tablename__ = "signers"
    __table_args__ = (
        CheckConstraint("status IN ('novo', 'aprovado', 'revogado')", name="status"),
        CheckConstraint("approval IS NULL OR approval IN ('manual', 'ca')", name="approval"),
    )

    # Colon-separated upper-case hex SHA-256 of the DER, as identity.fingerprint() prints.
    fingerprint: Mapped[str] = mapped_column(String(95), primary_key=True)
    nucleo_id: Mapped[int] = mapped_column(ForeignKey("central_nucleos.id"), index=True)
    subject: Mapped[str] = mapped_column(Text)
    certificate_der: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))
    approval: Mapped[str | None] = mapped_column(String(16))
    first_seen_at: Mapped[datetime]
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str | None]

    nucleo: Mapped[CentralNucleo] = relationship()


class CentralAssessment(Base):
    """One revision of an assessment as received in a bundle."""

    __tablename__ = "central_assessments"
    __table_args__ = (
        CheckConstraint("kind IN ('autoavaliacao', 'visita')", name="kind"),
        Index(None, "nucleo_id", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Each revision has its own uuid; ``parent_uuid`` is the previous revision's.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    revision: Mapped[int]
    parent_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    nucleo_id: Mapped[int] = mapped_column(ForeignKey("central_nucleos.id"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str]
    period_start: Mapped[date]
    period_end: Mapped[date]
    theme_slugs: Mapped[list[str]] = mapped_column(JSON)
    catalogue_version: Mapped[str]
    catalogue_hash: Mapped[str] = mapped_column(String(64))
    monitor_name: Mapped[str | None]
    monitor_institution: Mapped[str | None]
    visit_date: Mapped[date | None]
    finalized_at: Mapped[datetime | None]
    # SHA-256 of the assessment's own content (``importer.content_digest``): the same uuid
    # must always carry the same content. NULL for rows imported before migration 0003.
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    # Set when a newer revision of the same lineage arrives (points at the current one).
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("central_assessments.id"), index=True)
    created_at: Mapped[datetime]

    nucleo: Mapped[CentralNucleo] = relationship()
    answers: Mapped[list[CentralAnswer]] = relationship(
        order_by="CentralAnswer.aspect_id", viewonly=True)


class CentralAnswer(Base):
    """One answer of an assessment, with derived columns for fast aggregation."""

    __tablename__ = "central_answers"
    __table_args__ = (
        CheckConstraint("completion IN ('vazio', 'respondido', 'inválido')", name="completion"),
        Index(None, "aspect_id"),
    )

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("central_assessments.id", ondelete="CASCADE"), primary_key=True)
    aspect_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    comment: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    completion: Mapped[str] = mapped_column(String(16))
    choice: Mapped[str | None]  # the scale value for scale answers, else NULL
    numerator: Mapped[decimal.Decimal | None]
    denominator: Mapped[decimal.Decimal | None]
    computed: Mapped[decimal.Decimal | None]
    unit: Mapped[str | None]


class CentralThemeCount(Base):
    """How many answers of one assessment fall in each theme, by completion and scale value.

    Written with the answers at import (``importer.theme_count_rows``; migration 0002 filled
    it for databases imported before), so the national matrix reads a few rows per
    assessment instead of grouping millions of answers. Empty answers are not counted;
    ``choice`` is ``""`` when the answer is not a scale answer.
    """

    __tablename__ = "central_theme_counts"
    __table_args__ = (
        CheckConstraint("completion IN ('respondido', 'inválido')", name="completion"),
    )

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("central_assessments.id", ondelete="CASCADE"), primary_key=True)
    theme_slug: Mapped[str] = mapped_column(String(100), primary_key=True)
    completion: Mapped[str] = mapped_column(String(16), primary_key=True)
    choice: Mapped[str] = mapped_column(String(40), primary_key=True)
    count: Mapped[int]


class Bundle(Base):
    """One imported ``.aspectos`` file."""

    __tablename__ = "bundles"
    __table_args__ = (
        CheckConstraint("status IN ('importado', 'pendente')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    export_id: Mapped[str] = mapped_column(String(36), unique=True)
    filename: Mapped[str]
    size: Mapped[int]
    imported_at: Mapped[datetime]
    imported_by: Mapped[str]
    signer_fingerprint: Mapped[str] = mapped_column(ForeignKey("signers.fingerprint"), index=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("central_assessments.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))


class Attachment(Base):
    """An attachment's content, stored once (keyed by its SHA-256)."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str]
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEntry(Base):
    """Append-only log of imports, rejections and trust decisions."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str]
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
