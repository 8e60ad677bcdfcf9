"""PyInstaller entry point of the command line (the ``aspectos`` program)."""

from aspectos_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
