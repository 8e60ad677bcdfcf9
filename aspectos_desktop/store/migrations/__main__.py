"""Developer tool: ``python -m aspectos_desktop.store.migrations new "what changed"``."""

from __future__ import annotations

from aspectos_desktop.migration_tool import new_revision_command
from aspectos_desktop.store.migrations import HEAD, alembic_config, upgrade

if __name__ == "__main__":
    raise SystemExit(new_revision_command("aspectos_desktop.store.migrations", HEAD,
                                          alembic_config, upgrade))
