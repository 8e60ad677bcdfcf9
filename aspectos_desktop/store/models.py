"""Typed ORM models of the local store (SQLAlchemy 2, one SQLite file per user).

Times are stored as naive UTC in SQLite and handed back timezone-aware (UTC); see
``UTCDateTime``. Answer values are JSON objects that the store never interprets.
The schema is created and evolved only by the migrations in ``migrations/versions``;
a test checks that this metadata and the migrated schema do not drift apart.
"""

from __future__ import annotations

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
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION: Final = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KINDS: Final = ("autoavaliacao", "visita")
STATUSES: Final = ("em_andamento", "finalizada", "exportada")
HISTORY_ACTIONS: Final = ("save", "restore")

STATUS_IN_PROGRESS: Final = "em_andamento"
STATUS_FINALIZED: Final = "finalizada"
STATUS_EXPORTED: Final = "exportada"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes in, naive UTC in SQLite, UTC-aware datetimes out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store only takes timezone-aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        date: Date(),
        str: String(),
    }

    def __repr__(self) -> str:
        key = getattr(self, "id", None) or getattr(self, "sha256", None)
        return f"<{type(self).__name__} {key!r}>"


class Nucleo(Base):
    """A telehealth centre (núcleo de telessaúde)."""

    __tablename__ = "nucleos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str]
    institution: Mapped[str | None]
    uf: Mapped[str] = mapped_column(String(2))
    municipio_code: Mapped[int]
    municipio_name: Mapped[str]
    cnes: Mapped[str | None] = mapped_column(String(7))
    contact_name: Mapped[str | None]
    contact_email: Mapped[str | None]
    contact_phone: Mapped[str | None]
    created_at: Mapped[datetime]


class Respondent(Base):
    """Someone at the núcleo who answers (name and role)."""

    __tablename__ = "respondents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nucleo_id: Mapped[int] = mapped_column(ForeignKey("nucleos.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    role: Mapped[str]


class Assessment(Base):
    """One self-assessment or monitoring visit of a núcleo over a period and scope."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("kind IN ('autoavaliacao', 'visita')", name="kind"),
        CheckConstraint("status IN ('em_andamento', 'finalizada', 'exportada')", name="status"),
        Index(None, "nucleo_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    nucleo_id: Mapped[int] = mapped_column(ForeignKey("nucleos.id"))
    kind: Mapped[str]
    title: Mapped[str]
    period_start: Mapped[date]
    period_end: Mapped[date]
    theme_slugs: Mapped[list[str]] = mapped_column(JSON)
    catalogue_version: Mapped[str]
    catalogue_hash: Mapped[str]
    monitor_name: Mapped[str | None]
    monitor_institution: Mapped[str | None]
    visit_date: Mapped[date | None]
    status: Mapped[str]
    revision: Mapped[int]
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    finalized_at: Mapped[datetime | None]
    exported_at: Mapped[datetime | None]
    export_id: Mapped[str | None]
    export_sha256: Mapped[str | None] = mapped_column(String(64))
    # Resume position (added by migration 0002).
    last_category_id: Mapped[str | None]
    last_aspect_id: Mapped[int | None]

    @property
    def editable(self) -> bool:
        return self.status == STATUS_IN_PROGRESS


class Answer(Base):
    """The current answer to one aspect in one assessment."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("assessment_id", "aspect_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    aspect_id: Mapped[int]
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    comment: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str]


class AnswerHistory(Base):
    """Append-only log: one row per save or restore of an answer."""

    __tablename__ = "answer_history"
    __table_args__ = (
        CheckConstraint("action IN ('save', 'restore')", name="action"),
        Index(None, "assessment_id", "aspect_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    aspect_id: Mapped[int]
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    comment: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    changed_by: Mapped[str]
    action: Mapped[str]


class Attachment(Base):
    """A file attached to answers, stored once per content (keyed by its SHA-256)."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str]
    mime: Mapped[str]
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
