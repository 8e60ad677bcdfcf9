"""PyInstaller entry point of the interface (the ``aspectos-desktop`` program)."""

from aspectos_desktop.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
