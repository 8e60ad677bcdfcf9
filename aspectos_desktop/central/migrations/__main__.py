"""Developer tool: ``python -m aspectos_desktop.central.migrations new "what changed"``.

Autogenerates the next numbered revision by comparing the models with a scratch
database upgraded to head. Review the generated script before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from aspectos_desktop.central.migrations import HEAD, alembic_config, upgrade


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "new":
        print('uso: python -m aspectos_desktop.central.migrations new "descrição"', file=sys.stderr)
        return 2
    from alembic import command

    next_id = f"{int(HEAD) + 1:04d}"
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


if __name__ == "__main__":
    raise SystemExit(main())
