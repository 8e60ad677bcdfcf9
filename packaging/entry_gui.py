"""PyInstaller entry point of the interface (the ``aspectos-desktop`` program)."""

import multiprocessing

from aspectos_desktop.ui.app import run

if __name__ == "__main__":
    # The central importer examines large batches in spawned worker processes: in a
    # frozen program a child must run the worker, not the program.
    multiprocessing.freeze_support()
    run()
