"""One accessor for shipped files, in a checkout, an installed wheel and a frozen build.

* checkout / editable install: ``<repo>/resources`` and ``<repo>/catalogue``;
* PyInstaller build: ``<sys._MEIPASS>/resources`` and ``<sys._MEIPASS>/catalogue``;
* wheel: ``<prefix>/share/aspectos-desktop/{resources,catalogue}`` (pyproject data-files).

The compiled catalogue (``catalogue.sqlite``) is rebuilt from the source when it is
missing or older than the source; if ``resources/`` is read-only the rebuilt copy
goes to the user cache directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import platformdirs

from aspectos_desktop.catalogue.compiled import compile_catalogue, load_compiled, read_meta
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.catalogue.source import read_source, source_fingerprint

APP_NAME = "aspectos-desktop"
CATALOGUE_DB_NAME = "catalogue.sqlite"


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``catalogue/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir() and (checkout / "catalogue").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / APP_NAME


def resources_dir() -> Path:
    return install_root() / "resources"


def catalogue_source_dir() -> Path:
    return install_root() / "catalogue"


def resource_path(name: str) -> Path:
    return resources_dir() / name


def _cache_db_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME)) / CATALOGUE_DB_NAME


def catalogue_db_path() -> Path:
    """The compiled catalogue, (re)built from the source first when needed."""
    shipped = resource_path(CATALOGUE_DB_NAME)
    source = catalogue_source_dir()
    if not (source / "catalogue.json").is_file():
        return shipped  # frozen build without source: trust what was shipped
    fingerprint = source_fingerprint(source)
    for candidate in (shipped, _cache_db_path()):
        if read_meta(candidate).get("source_fingerprint") == fingerprint:
            return candidate
    catalogue = read_source(source)
    for candidate in (shipped, _cache_db_path()):
        try:
            compile_catalogue(catalogue, candidate, fingerprint)
        except OSError:
            continue
        return candidate
    raise OSError("não foi possível gravar o catálogo compilado")


@cache
def load_catalogue() -> Catalogue:
    """The embedded catalogue, loaded once per process."""
    return load_compiled(catalogue_db_path())
