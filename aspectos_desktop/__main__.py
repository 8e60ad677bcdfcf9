from aspectos_desktop.cli import main

if __name__ == "__main__":  # not in the central importer's spawned workers
    raise SystemExit(main())
