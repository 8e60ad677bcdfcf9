"""The Store: every read and write of the user's data goes through here.

Each public method runs in its own short transaction and returns detached ORM objects
(``expire_on_commit=False``) that stay readable after the session closes; changing
them does not change the database. Errors come out as ``StoreError`` subclasses with
a plain pt-BR ``message``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Generator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self, TypeVar

from sqlalchemy import (
    Connection,
    Integer,
    String,
    Text,
    bindparam,
    delete,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from aspectos_desktop.store import migrations
from aspectos_desktop.store.backup import (
    backup_time,
    latest_backup,
    list_backups,
    make_backup,
    quick_check,
    restore_file,
)
from aspectos_desktop.store.engine import StoreEngine
from aspectos_desktop.store.errors import (
    CORRUPT_CODES,
    Action,
    AssessmentLockedError,
    NotFoundError,
    StoreCorruptError,
    StoreError,
    ValidationError,
    backup_sentence,
    file_phrase,
    sqlite_code,
    translate,
)
from aspectos_desktop.store.models import (
    STATUS_EXPORTED,
    STATUS_FINALIZED,
    STATUS_IN_PROGRESS,
    Answer,
    AnswerHistory,
    Assessment,
    Attachment,
    Base,
    Nucleo,
    Respondent,
    UTCDateTime,
    utcnow,
)
from aspectos_desktop.store.paths import db_path
from aspectos_desktop.store.validation import (
    assessment_fields,
    nucleo_fields,
    optional_text,
    required_text,
    sha256_hex,
)

# close() takes no backup when the file is not newer than the newest backup by this much
# (file times lag the clock by up to a tick; real changes come seconds apart or more).
BACKUP_MTIME_SLACK_S: Final = 2.0

_ASSESSMENTS: Final = Base.metadata.tables["assessments"]
_ANSWERS: Final = Base.metadata.tables["answers"]
_HISTORY: Final = Base.metadata.tables["answer_history"]
_ATTACHMENTS: Final = Base.metadata.tables["attachments"]

# The hot path (save_answer) runs these prebuilt Core statements: no ORM unit of work.
_TOUCH_ASSESSMENT: Final = (
    update(_ASSESSMENTS)
    .where(_ASSESSMENTS.c.id == bindparam("p_assessment", type_=Integer))
    .where(_ASSESSMENTS.c.status == STATUS_IN_PROGRESS)
    .values(updated_at=bindparam("p_now", type_=UTCDateTime()))
)
_ANSWER_ROW: Final = {
    "assessment_id": bindparam("p_assessment", type_=Integer),
    "aspect_id": bindparam("p_aspect", type_=Integer),
    "value": bindparam("p_value", type_=_ANSWERS.c.value.type),
    "comment": bindparam("p_comment", type_=Text),
    "evidence": bindparam("p_evidence", type_=Text),
}
_UPSERT_BASE: Final = sqlite_insert(_ANSWERS).values(
    **_ANSWER_ROW,
    updated_at=bindparam("p_now", type_=UTCDateTime()),
    updated_by=bindparam("p_author", type_=String),
)
_UPSERT_ANSWER: Final = _UPSERT_BASE.on_conflict_do_update(
    index_elements=[_ANSWERS.c.assessment_id, _ANSWERS.c.aspect_id],
    set_={
        "value": _UPSERT_BASE.excluded.value,
        "comment": _UPSERT_BASE.excluded.comment,
        "evidence": _UPSERT_BASE.excluded.evidence,
        "updated_at": _UPSERT_BASE.excluded.updated_at,
        "updated_by": _UPSERT_BASE.excluded.updated_by,
    },
)
_LATEST_HISTORY: Final = (
    select(_HISTORY.c.value, _HISTORY.c.comment, _HISTORY.c.evidence)
    .where(_HISTORY.c.assessment_id == bindparam("p_assessment", type_=Integer),
           _HISTORY.c.aspect_id == bindparam("p_aspect", type_=Integer))
    .order_by(_HISTORY.c.id.desc())
    .limit(1)
)
_APPEND_HISTORY: Final = insert(_HISTORY).values(
    **_ANSWER_ROW,
    changed_at=bindparam("p_now", type_=UTCDateTime()),
    changed_by=bindparam("p_author", type_=String),
    action=bindparam("p_action", type_=String),
)


class Store:
    """One user's database file. Open with ``Store.open(path)``; ``close()`` when done."""

    path: Path

    def __init__(self, path: Path, engine: StoreEngine, *, changed: bool = False) -> None:
        """Use ``Store.open``; this only wraps an engine that is ready to use.

        ``changed``: the file changed on open (migrated, or a crashed session's -wal).
        """
        self.path = path
        self._engine = engine
        self._closed = False
        self._changed = changed  # since open: decides whether close() takes a backup

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open (creating, checking and migrating as needed) the store at ``path``.

        ``path`` defaults to ``aspectos.db`` in the data folder (see ``paths``).
        An existing file is checked (``PRAGMA quick_check``) before anything else; a
        file at an older schema is backed up, then migrated.
        """
        path = (db_path() if path is None else Path(path)).expanduser().absolute()
        _prepare_folder(path)
        # An existing file, even empty (a crash while it was being created), is checked
        # by SQLite itself, which also replays a leftover -wal.
        existing = path.exists()
        wal = path.with_name(path.name + "-wal")
        unclean = wal.is_file() and wal.stat().st_size > 0  # the last session did not close
        revision = _inspect_existing(path) if existing else None
        if not migrations.is_known(revision):
            raise StoreError(
                f"O arquivo de dados “{path.name}” foi criado por uma versão mais nova do "
                "Aspectos. Atualize o aplicativo para abri-lo.")
        engine = StoreEngine(path)
        try:
            with _guard("open", path):
                migrating = migrations.is_behind(revision)
                if migrating:
                    if revision is not None:
                        make_backup(path, pre_revision=migrations.HEAD)
                    _migrate(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, changed=unclean or migrating)

    def close(self, *, backup: bool = True) -> None:
        """Release the file, then take a rolling backup (newest 5 kept) unless
        ``backup=False`` or nothing changed since the newest one.

        Skipping unchanged closes keeps the five backups five different states: opening
        the app five times just to look no longer pushes the older ones out.
        """
        if self._closed:
            return
        self._closed = True
        self._engine.dispose()  # the last connection checkpoints the -wal into the file
        if backup and self._changed_since_backup():
            with _guard("backup", self.path):
                make_backup(self.path)

    def _changed_since_backup(self) -> bool:
        if self._changed:
            return True
        rolling = list_backups(self.path.parent, self.path.stem, kind="rolling")
        taken = backup_time(rolling[0]) if rolling else None
        if taken is None or taken > datetime.now(UTC):  # none yet, or the clock went back
            return True
        try:  # written by someone else since (file times are coarse: allow some slack)
            return self.path.stat().st_mtime > taken.timestamp() + BACKUP_MTIME_SLACK_S
        except OSError:
            return True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(backup=exc is None)

    def __repr__(self) -> str:
        return f"<Store {str(self.path)!r}{' (closed)' if self._closed else ''}>"

    def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` of the open database (slower than the check on open)."""
        try:
            with self._engine.engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        except sa_exc.DBAPIError:
            return False
        return [tuple(row) for row in rows] == [("ok",)]

    @staticmethod
    def restore_backup(backup: Path, target: Path) -> Path:
        """Put ``backup`` in place of the (damaged) database ``target``.

        The old file is kept, renamed ``<name>.corrupt-<timestamp>`` (with its -wal and
        -shm, if any); that path is returned. Close any Store on ``target`` first.
        """
        backup, target = Path(backup), Path(target)
        if not backup.is_file():
            raise NotFoundError(f"Cópia de segurança não encontrada: “{backup}”.")
        if not target.exists():
            raise NotFoundError(f"Arquivo de dados não encontrado: “{target}”.")
        if not quick_check(backup):
            raise StoreCorruptError(backup, None, (
                f"A cópia de segurança “{backup.name}” também está danificada. "
                "Escolha outra cópia na pasta de cópias de segurança."))
        with _guard("restore", target):
            return restore_file(backup, target)

    # --------------------------------------------------------------- test hooks

    def _set_max_page_count(self, pages: int | None) -> None:
        """Test hook: cap the database at ``pages`` pages (SQLITE_FULL beyond); None lifts it."""
        self._engine.set_max_page_count(pages)

    # ------------------------------------------------------------ internals

    def _read(self) -> Session:
        self._check_open()
        return Session(self._engine.engine, expire_on_commit=False)

    def _write(self) -> Session:
        self._check_open()
        self._changed = True
        return Session(self._engine.writer, expire_on_commit=False)

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("Os dados já foram fechados; abra-os de novo.")

    def _guard(self, action: Action) -> contextlib.AbstractContextManager[None]:
        return _guard(action, self.path)

    # ------------------------------------------------------- núcleos, respondents

    def create_nucleo(self, *, name: str, uf: str, municipio_code: int, municipio_name: str,
                      institution: str | None = None, cnes: str | None = None,
                      contact_name: str | None = None, contact_email: str | None = None,
                      contact_phone: str | None = None,
                      respondents: Sequence[tuple[str, str]] = ()) -> Nucleo:
        """A new núcleo with its ``respondents`` (name, role), in one transaction."""
        people = _respondent_fields(respondents)
        valid = nucleo_fields({
            "name": name, "uf": uf, "municipio_code": municipio_code,
            "municipio_name": municipio_name, "institution": institution, "cnes": cnes,
            "contact_name": contact_name, "contact_email": contact_email,
            "contact_phone": contact_phone,
        })
        nucleo = Nucleo(
            name=valid.name, uf=valid.uf, municipio_code=valid.municipio_code,
            municipio_name=valid.municipio_name, institution=valid.institution,
            cnes=valid.cnes, contact_name=valid.contact_name,
            contact_email=valid.contact_email, contact_phone=valid.contact_phone,
            created_at=utcnow(),
        )
        with self._guard("save"), self._write() as session, session.begin():
            session.add(nucleo)
            session.flush()
            session.add_all(Respondent(nucleo_id=nucleo.id, name=name, role=role)
                            for name, role in people)
        return nucleo

    def update_nucleo(self, nucleo_id: int, *,
                      respondents: Sequence[tuple[str, str]] | None = None,
                      **fields: object) -> Nucleo:
        """Change some of the fields that ``create_nucleo`` takes; the result is revalidated.
        ``respondents`` given: they replace the núcleo's list, in the same transaction."""
        people = None if respondents is None else _respondent_fields(respondents)
        with self._guard("save"), self._write() as session, session.begin():
            nucleo = _get(session, Nucleo, nucleo_id)
            current: dict[str, object] = {
                "name": nucleo.name, "uf": nucleo.uf, "municipio_code": nucleo.municipio_code,
                "municipio_name": nucleo.municipio_name, "institution": nucleo.institution,
                "cnes": nucleo.cnes, "contact_name": nucleo.contact_name,
                "contact_email": nucleo.contact_email, "contact_phone": nucleo.contact_phone,
            }
            valid = nucleo_fields({**current, **fields})
            nucleo.name = valid.name
            nucleo.uf = valid.uf
            nucleo.municipio_code = valid.municipio_code
            nucleo.municipio_name = valid.municipio_name
            nucleo.institution = valid.institution
            nucleo.cnes = valid.cnes
            nucleo.contact_name = valid.contact_name
            nucleo.contact_email = valid.contact_email
            nucleo.contact_phone = valid.contact_phone
            if people is not None:
                session.execute(delete(Respondent).where(Respondent.nucleo_id == nucleo_id))
                session.add_all(Respondent(nucleo_id=nucleo_id, name=name, role=role)
                                for name, role in people)
        return nucleo

    def list_nucleos(self) -> list[Nucleo]:
        """All núcleos, by name."""
        with self._guard("read"), self._read() as session:
            query = select(Nucleo).order_by(Nucleo.name.collate("NOCASE"), Nucleo.id)
            return list(session.scalars(query))

    def get_nucleo(self, nucleo_id: int) -> Nucleo:
        with self._guard("read"), self._read() as session:
            return _get(session, Nucleo, nucleo_id)

    def add_respondent(self, nucleo_id: int, name: str, role: str) -> Respondent:
        respondent = Respondent(
            nucleo_id=nucleo_id,
            name=required_text(name, "Informe o nome de quem responde."),
            role=optional_text(role) or "",
        )
        with self._guard("save"), self._write() as session, session.begin():
            _get(session, Nucleo, nucleo_id)
            session.add(respondent)
        return respondent

    def list_respondents(self, nucleo_id: int) -> list[Respondent]:
        with self._guard("read"), self._read() as session:
            query = select(Respondent).where(Respondent.nucleo_id == nucleo_id)
            return list(session.scalars(query.order_by(Respondent.id)))

    # ---------------------------------------------------------------- assessments

    def create_assessment(self, *, nucleo_id: int, kind: str, period_start: date,
                          period_end: date, theme_slugs: list[str], catalogue_version: str,
                          catalogue_hash: str, title: str | None = None,
                          monitor_name: str | None = None,
                          monitor_institution: str | None = None,
                          visit_date: date | None = None) -> Assessment:
        valid = assessment_fields(
            kind=kind, period_start=period_start, period_end=period_end,
            theme_slugs=theme_slugs, catalogue_version=catalogue_version,
            catalogue_hash=catalogue_hash, title=title, monitor_name=monitor_name,
            monitor_institution=monitor_institution, visit_date=visit_date,
        )
        now = utcnow()
        assessment = Assessment(
            uuid=str(uuid.uuid4()), nucleo_id=nucleo_id, kind=valid.kind, title=valid.title,
            period_start=valid.period_start, period_end=valid.period_end,
            theme_slugs=valid.theme_slugs, catalogue_version=valid.catalogue_version,
            catalogue_hash=valid.catalogue_hash, monitor_name=valid.monitor_name,
            monitor_institution=valid.monitor_institution, visit_date=valid.visit_date,
            status=STATUS_IN_PROGRESS, revision=1, parent_id=None, created_at=now,
            updated_at=now, finalized_at=None, exported_at=None, export_id=None,
            export_sha256=None, last_category_id=None, last_aspect_id=None,
        )
        with self._guard("save"), self._write() as session, session.begin():
            _get(session, Nucleo, nucleo_id)
            session.add(assessment)
        return assessment

    def list_assessments(self, nucleo_id: int | None = None) -> list[Assessment]:
        """Assessments (of one núcleo, or all), newest first."""
        query = select(Assessment).order_by(Assessment.created_at.desc(), Assessment.id.desc())
        if nucleo_id is not None:
            query = query.where(Assessment.nucleo_id == nucleo_id)
        with self._guard("read"), self._read() as session:
            return list(session.scalars(query))

    def get_assessment(self, assessment_id: int) -> Assessment:
        with self._guard("read"), self._read() as session:
            return _get(session, Assessment, assessment_id)

    def finalize(self, assessment_id: int) -> Assessment:
        """em_andamento -> finalizada; from then on it is read-only (see ``new_revision``)."""
        with self._guard("save"), self._write() as session, session.begin():
            assessment = _get(session, Assessment, assessment_id)
            if assessment.status != STATUS_IN_PROGRESS:
                raise _locked()
            now = utcnow()
            assessment.status = STATUS_FINALIZED
            assessment.finalized_at = now
            assessment.updated_at = now
        return assessment

    def mark_exported(self, assessment_id: int, export_id: str, file_sha256: str) -> Assessment:
        """finalizada | exportada -> exportada, recording the (latest) export."""
        export = required_text(export_id, "Identificador da exportação ausente.")
        digest = sha256_hex(file_sha256)
        with self._guard("save"), self._write() as session, session.begin():
            assessment = _get(session, Assessment, assessment_id)
            if assessment.status == STATUS_IN_PROGRESS:
                raise ValidationError("Finalize a avaliação antes de exportá-la.")
            now = utcnow()
            assessment.status = STATUS_EXPORTED
            assessment.exported_at = now
            assessment.export_id = export
            assessment.export_sha256 = digest
            assessment.updated_at = now
        return assessment

    def new_revision(self, assessment_id: int) -> Assessment:
        """A new, editable copy (metadata and current answers) of any assessment.

        The copy gets a new uuid, ``revision + 1`` and ``parent_id``; the original is
        left untouched. This is the only way to change a finalised assessment.
        """
        with self._guard("save"), self._write() as session, session.begin():
            source = _get(session, Assessment, assessment_id)
            now = utcnow()
            copy = Assessment(
                uuid=str(uuid.uuid4()), nucleo_id=source.nucleo_id, kind=source.kind,
                title=source.title, period_start=source.period_start,
                period_end=source.period_end, theme_slugs=list(source.theme_slugs),
                catalogue_version=source.catalogue_version,
                catalogue_hash=source.catalogue_hash, monitor_name=source.monitor_name,
                monitor_institution=source.monitor_institution, visit_date=source.visit_date,
                status=STATUS_IN_PROGRESS, revision=source.revision + 1, parent_id=source.id,
                created_at=now, updated_at=now, finalized_at=None, exported_at=None,
                export_id=None, export_sha256=None,
                last_category_id=source.last_category_id, last_aspect_id=source.last_aspect_id,
            )
            session.add(copy)
            session.flush()
            columns = ["assessment_id", "aspect_id", "value", "comment", "evidence",
                       "updated_at", "updated_by"]
            copied = select(
                literal(copy.id, Integer), _ANSWERS.c.aspect_id, _ANSWERS.c.value,
                _ANSWERS.c.comment, _ANSWERS.c.evidence, _ANSWERS.c.updated_at,
                _ANSWERS.c.updated_by,
            ).where(_ANSWERS.c.assessment_id == source.id)
            session.execute(insert(_ANSWERS).from_select(columns, copied))
        return copy

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete an assessment with its answers and history (revisions keep existing)."""
        with self._guard("save"), self._connection() as conn:
            result = conn.execute(delete(_ASSESSMENTS).where(_ASSESSMENTS.c.id == assessment_id))
            if result.rowcount == 0:
                raise _not_found(Assessment, assessment_id)

    # -------------------------------------------------------------------- answers

    def save_answer(self, assessment_id: int, aspect_id: int, *, value: dict[str, Any],
                    comment: str, evidence: str, author: str, history: bool = True) -> datetime:
        """Save the answer and append it to the history, in one short transaction.

        Returns when the answer is on disk (WAL, synchronous=FULL), with the UTC time
        recorded. Raises AssessmentLockedError unless the assessment is em_andamento.
        ``history=False`` saves the current value only: the UI uses it for each keystroke
        while a text is being typed, and appends one history entry when typing pauses,
        so a long comment does not leave one history row per character.
        """
        now = utcnow()
        params = {
            "p_assessment": assessment_id, "p_aspect": aspect_id, "p_value": value,
            "p_comment": comment, "p_evidence": evidence, "p_author": author,
            "p_action": "save", "p_now": now,
        }
        with self._guard("save_answer"), self._connection() as conn:
            _write_answer(conn, params, history=history)
        return now

    def answers(self, assessment_id: int) -> dict[int, Answer]:
        """The current answers of an assessment, by aspect id."""
        with self._guard("read"), self._read() as session:
            _get(session, Assessment, assessment_id)
            query = select(Answer).where(Answer.assessment_id == assessment_id)
            return {answer.aspect_id: answer for answer in session.scalars(query)}

    def history(self, assessment_id: int, aspect_id: int) -> list[AnswerHistory]:
        """Every saved version of one answer, oldest first."""
        with self._guard("read"), self._read() as session:
            _get(session, Assessment, assessment_id)
            query = (select(AnswerHistory)
                     .where(AnswerHistory.assessment_id == assessment_id,
                            AnswerHistory.aspect_id == aspect_id)
                     .order_by(AnswerHistory.id))
            return list(session.scalars(query))

    def restore(self, assessment_id: int, aspect_id: int, history_id: int, *,
                author: str) -> datetime:
        """Save again the version ``history_id`` of this answer (history action "restore")."""
        now = utcnow()
        with self._guard("save_answer"), self._connection() as conn:
            old = conn.execute(
                select(_HISTORY.c.value, _HISTORY.c.comment, _HISTORY.c.evidence)
                .where(_HISTORY.c.id == history_id, _HISTORY.c.assessment_id == assessment_id,
                       _HISTORY.c.aspect_id == aspect_id)
            ).first()
            if old is None:
                raise NotFoundError(
                    f"Versão anterior não encontrada (nº {history_id}) para este aspecto.")
            _write_answer(conn, {
                "p_assessment": assessment_id, "p_aspect": aspect_id, "p_value": old.value,
                "p_comment": old.comment, "p_evidence": old.evidence, "p_author": author,
                "p_action": "restore", "p_now": now,
            })
        return now

    def set_position(self, assessment_id: int, category_id: str,
                     aspect_id: int | None = None) -> None:
        """Remember where the user is (works on finalised assessments too: it is not data).

        The same position again writes nothing (every start resumes, then sets it).
        """
        where = select(_ASSESSMENTS.c.last_category_id, _ASSESSMENTS.c.last_aspect_id).where(
            _ASSESSMENTS.c.id == assessment_id)
        with self._guard("read"), self._read() as session:
            if tuple(session.execute(where).one_or_none() or ()) == (category_id, aspect_id):
                return
        statement = (update(_ASSESSMENTS).where(_ASSESSMENTS.c.id == assessment_id)
                     .values(last_category_id=category_id, last_aspect_id=aspect_id))
        with self._guard("save"), self._connection() as conn:
            if conn.execute(statement).rowcount == 0:
                raise _not_found(Assessment, assessment_id)

    # ---------------------------------------------------------------- attachments

    def add_attachment(self, data: bytes, *, filename: str, mime: str) -> str:
        """Store ``data`` once per content; returns its SHA-256 (hex)."""
        digest = hashlib.sha256(data).hexdigest()
        statement = sqlite_insert(_ATTACHMENTS).values(
            sha256=digest, filename=optional_text(filename) or "arquivo",
            mime=optional_text(mime) or "application/octet-stream", size=len(data),
            data=data, created_at=utcnow(),
        ).on_conflict_do_nothing(index_elements=[_ATTACHMENTS.c.sha256])
        with self._guard("save"), self._connection() as conn:
            conn.execute(statement)
        return digest

    def attachment(self, sha256: str) -> Attachment:
        with self._guard("read"), self._read() as session:
            found = session.get(Attachment, sha256.strip().lower())
            if found is None:
                raise NotFoundError("Anexo não encontrado.")
            return found

    @contextlib.contextmanager
    def _connection(self) -> Generator[Connection]:
        """A Core connection in a write (BEGIN IMMEDIATE) transaction, committed on exit."""
        self._check_open()
        self._changed = True
        with self._engine.writer.begin() as conn:
            yield conn


# ---------------------------------------------------------------------- helpers


def _write_answer(conn: Connection, params: dict[str, Any], *, history: bool = True) -> None:
    if conn.execute(_TOUCH_ASSESSMENT, params).rowcount != 1:
        status = conn.execute(
            select(_ASSESSMENTS.c.status).where(_ASSESSMENTS.c.id == params["p_assessment"])
        ).scalar()
        if status is None:
            raise _not_found(Assessment, params["p_assessment"])
        raise _locked()
    conn.execute(_UPSERT_ANSWER, params)
    if history and not _same_as_latest_history(conn, params):
        conn.execute(_APPEND_HISTORY, params)


def _same_as_latest_history(conn: Connection, params: dict[str, Any]) -> bool:
    """Whether the aspect's latest history entry already holds this value, comment and
    evidence: then a new entry would only repeat it (e.g. invalid values typed, saved
    without history, then the old value typed back)."""
    latest = conn.execute(_LATEST_HISTORY, params).first()
    return (latest is not None and latest.comment == params["p_comment"]
            and latest.evidence == params["p_evidence"] and latest.value == params["p_value"])


_LABELS: Final[dict[type[Base], str]] = {
    Nucleo: "Núcleo não encontrado",
    Assessment: "Avaliação não encontrada",
    Respondent: "Respondente não encontrado",
}


def _respondent_fields(people: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, role) of each respondent, trimmed; a name is required, the role is not."""
    return [(required_text(name, "Informe o nome de cada respondente (ou remova a linha)."),
             optional_text(role) or "") for name, role in people]


def _not_found(model: type[Base], key: object) -> NotFoundError:
    return NotFoundError(f"{_LABELS.get(model, 'Registro não encontrado')} (nº {key}).")


def _locked() -> AssessmentLockedError:
    return AssessmentLockedError(
        "Esta avaliação está finalizada e não pode mais ser alterada. "
        "Para fazer mudanças, crie uma nova revisão.")


_M = TypeVar("_M", bound=Base)


def _get(session: Session, model: type[_M], key: int) -> _M:
    found = session.get(model, key)
    if found is None:
        raise _not_found(model, key)
    return found


@contextlib.contextmanager
def _guard(action: Action, path: Path) -> Generator[None]:
    """Turn sqlite3/SQLAlchemy/OS errors into StoreErrors with pt-BR messages."""
    try:
        yield
    except StoreError:
        raise
    except (sa_exc.StatementError, sqlite3.Error, OSError) as error:
        backup = None
        if sqlite_code(error) in CORRUPT_CODES:
            backup = latest_backup(path.parent, path.stem)
        raise translate(error, action=action, path=path, backup=backup) from error


def _prepare_folder(path: Path) -> None:
    """Create the folder; fail early, in pt-BR, if it or the file cannot be written."""
    folder = path.parent
    with _guard("open", path):
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".aspectos-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    if path.exists():
        with _guard("open", path):
            try:
                with open(path, "r+b"):
                    pass
            except PermissionError as error:
                raise translate(error, action="open", path=path,
                                where=file_phrase(path)) from error


def _inspect_existing(path: Path) -> str | None:
    """Check the existing file with ``PRAGMA quick_check``; return its schema revision."""
    def corrupt() -> StoreCorruptError:
        return StoreCorruptError(path, latest_backup(path.parent, path.stem))

    with _guard("open", path), contextlib.closing(sqlite3.connect(path)) as conn:
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise corrupt()
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if migrations.VERSION_TABLE in tables:
            row = conn.execute(f"SELECT version_num FROM {migrations.VERSION_TABLE}").fetchone()
            if row is None:
                raise corrupt()
            revision: str = row[0]
            return revision
        if tables:
            raise StoreError(
                f"O arquivo “{path.name}” não é um arquivo de dados do Aspectos. "
                "Escolha outro arquivo ou outra pasta.")
        # No tables at all (a 0-byte file, say). A crash while the very first store was
        # being created leaves that, and nothing is lost by starting afresh. With
        # backups beside it the data was there once: never build a new, empty store over
        # it (and back that up on close); offer the newest backup instead.
        backup = latest_backup(path.parent, path.stem)
        if backup is not None:
            raise StoreCorruptError(path, backup, (
                f"O arquivo de dados “{path.name}” está vazio, mas há cópias de segurança "
                f"dele: os dados foram perdidos do arquivo (disco cheio, cópia interrompida "
                f"ou desligamento?). {backup_sentence(backup)}"))
        return None


def _migrate(engine: StoreEngine, path: Path) -> None:
    """Upgrade to head in one transaction, foreign keys off (SQLite's recommended way)."""
    with engine.writer.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                migrations.upgrade(conn)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise StoreError(
                        f"Não foi possível atualizar o arquivo de dados “{path.name}”: "
                        "há registros inconsistentes. Nada foi alterado.")
                if migrations.current_revision(conn) != migrations.HEAD:
                    raise StoreError(
                        f"Não foi possível atualizar o arquivo de dados “{path.name}”. "
                        "Nada foi alterado.")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
