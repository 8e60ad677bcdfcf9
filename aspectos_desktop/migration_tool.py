"""Developer tool shared by both databases' migrations: autogenerate the next revision.

``python -m aspectos_desktop.store.migrations new "what changed"`` (or ``…central…``)
compares the models with a scratch SQLite database upgraded to head and writes the next
numbered revision. Review the generated script before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine


def new_revision_command(package: str, head: str, alembic_config: Callable[[Connection], Any],
                         upgrade: Callable[[Connection], None],
                         argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "new":
        print(f'uso: python -m {package} new "descrição"', file=sys.stderr)
        return 2
    from alembic import command

    next_id = f"{int(head) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'scratch.db'}")
        try:
            with engine.begin() as conn:
                upgrade(conn)
                command.revision(alembic_config(conn), message=args[1], autogenerate=True,
                                 rev_id=next_id)
        finally:
            engine.dispose()
    print(f"criada a revisão {next_id}; acrescente-a a REVISIONS em migrations/__init__.py")
    return 0
