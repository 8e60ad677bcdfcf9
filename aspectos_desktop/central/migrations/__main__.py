"""Developer tool: ``python -m aspectos_desktop.central.migrations new "what changed"``."""

from __future__ import annotations

from aspectos_desktop.central.migrations import HEAD, alembic_config, upgrade
from aspectos_desktop.migration_tool import new_revision_command

if __name__ == "__main__":
    raise SystemExit(new_revision_command("aspectos_desktop.central.migrations", HEAD,
                                          alembic_config, upgrade))
