"""GUI entry point: ``aspectos-desktop`` (or ``aspectos gui``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

# isort: off
# The Qt-free core is imported before PySide6 on purpose: PySide6 installs an import hook
# that reads the source of every module imported after it (looking for "PySide6"); on
# SQLAlchemy and the core that is ~60 ms of start-up (bench/bench_startup.py).
import aspectos_desktop.wizard  # noqa: F401  (preloaded with answers: see above)
from aspectos_desktop import __version__, argparse_ptbr
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.resources import load_catalogue, resources_dir
from aspectos_desktop.store import Store, StoreCorruptError, StoreError
from aspectos_desktop.store.paths import data_dir as resolve_data_dir
from aspectos_desktop.store.paths import db_path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from aspectos_desktop.ui import store_lock
from aspectos_desktop.ui.answer_inputs import FIELD_ERROR_RULE
from aspectos_desktop.ui.main_window import MainWindow
# isort: on

STYLE = """
QFrame#aspectEditor { border: 1px solid palette(mid); border-radius: 4px; }
QLabel#reference { font-style: italic; }
QLabel#lockedBanner { background: #fff4ce; color: #3d2f00; padding: 6px; }
*:focus { outline: 2px solid palette(highlight); }
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QLineEdit:focus,
QPlainTextEdit:focus, QComboBox:focus, QTreeWidget:focus, QTableView:focus,
QListWidget:focus { border: 2px solid palette(highlight); }
QCheckBox::indicator, QRadioButton::indicator { width: 1em; height: 1em; }
QRadioButton, QCheckBox { border: 2px solid transparent; }
"""

# Added with --high-contrast. Fusion draws frames and check boxes in a shade of the window
# colour, invisible on black: give every control a white frame, check boxes and radio
# buttons a drawn indicator (filled yellow when checked), disabled controls a dashed one,
# scroll bars a white handle (yellow under the mouse).
HIGH_CONTRAST_STYLE = """
QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPushButton {
    border: 1px solid palette(window-text); }
QPushButton { padding: 0.2em 0.6em; margin: 2px; }
QPushButton:disabled, QLineEdit:disabled, QComboBox:disabled { border: 1px dashed palette(mid); }
QTableView { gridline-color: palette(window-text); }
QCheckBox::indicator, QRadioButton::indicator {
    width: 0.8em; height: 0.8em; border: 2px solid palette(window-text); background: palette(base); }
QRadioButton::indicator { border-radius: 0.45em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: palette(highlight); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border: 2px dashed palette(mid); }
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QLineEdit:focus, QPlainTextEdit:focus,
QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus {
    border: 2px solid palette(highlight); }
QPushButton:focus { outline: none; margin: 0px; border: 3px solid palette(highlight); }
QScrollBar:vertical {
    background: palette(base); width: 0.9em; border-left: 1px solid palette(window-text); }
QScrollBar:horizontal {
    background: palette(base); height: 0.9em; border-top: 1px solid palette(window-text); }
QScrollBar::handle { background: palette(window-text); border: 1px solid palette(window-text); }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(highlight); }
QScrollBar::handle:vertical { min-height: 2em; }
QScrollBar::handle:horizontal { min-width: 2em; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""

# Benchmark hook (bench/bench_startup.py): with this variable set to "1", main() quits,
# printing nothing, right after the first page (the resumed assessment's, else the home
# page) has been painted, so a cold start can be timed from process spawn to exit.
EXIT_WHEN_READY = "ASPECTOS_EXIT_WHEN_READY"
READY_FILE = "ASPECTOS_READY_FILE"

# The interface speaks Brazilian Portuguese (the source language of every UI string) unless
# another language is asked for with --language or this variable; never from the system
# locale: a Brazilian machine set to en_US still gets pt-BR.
LANGUAGE_ENV = "ASPECTOS_LANGUAGE"
DEFAULT_LANGUAGE = "pt_BR"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argparse_ptbr.install()
    parser = argparse.ArgumentParser(prog="aspectos-desktop",
                                     description="Aspectos Desktop — interface gráfica.")
    parser.add_argument("--version", action="version", version=f"aspectos-desktop {__version__}",
                        help=argparse_ptbr.VERSION_HELP)
    parser.add_argument("--data-dir", type=Path, metavar="PASTA",
                        help="pasta dos dados (padrão: pasta de dados do usuário; "
                             "ou a variável ASPECTOS_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="abrir o núcleo de demonstração (banco separado dos dados reais)")
    parser.add_argument("--author", default=None, metavar="NOME",
                        help="nome gravado no histórico de cada alteração (padrão: usuário do sistema)")
    parser.add_argument("--font-scale", type=float, default=1.0, metavar="FATOR",
                        help="multiplicar o tamanho da fonte do sistema (ex.: 2 para 200%%)")
    parser.add_argument("--high-contrast", action="store_true",
                        help="usar paleta de alto contraste")
    parser.add_argument("--language", default=None, metavar="IDIOMA",
                        help="idioma da interface, ex.: en (padrão: pt_BR; "
                             f"ou a variável {LANGUAGE_ENV})")
    parser.add_argument("--central", action="store_true",
                        help="abrir o painel central (importação e consolidação dos pacotes "
                             "dos núcleos)")
    parser.add_argument("--db", default=None, metavar="URL",
                        help="banco central do --central: URL do SQLAlchemy "
                             "(postgresql+psycopg://…) ou arquivo SQLite (padrão: variável "
                             "ASPECTOS_CENTRAL_DB, ou o escolhido no painel central, ou <pasta de "
                             "dados>/central/central.db)")
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, color in (
        (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.ToolTipBase, black), (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0")),
        (QPalette.ColorRole.Mid, white), (QPalette.ColorRole.Dark, QColor("#e0e0e0")),
    ):
        palette.setColor(role, color)
    grey = QColor("#a0a0a0")  # disabled text: still readable (8:1 on black), visibly dimmer
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.Mid):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def stylesheet(high_contrast: bool = False) -> str:
    return STYLE + FIELD_ERROR_RULE + (HIGH_CONTRAST_STYLE if high_contrast else "")


def chosen_language(args: argparse.Namespace | None = None) -> str:
    """``--language``, else ``ASPECTOS_LANGUAGE``, else pt-BR (not the system locale)."""
    asked = getattr(args, "language", None) or os.environ.get(LANGUAGE_ENV, "")
    return asked.strip().replace("-", "_") or DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ui_locale(language: str = DEFAULT_LANGUAGE) -> QLocale:
    """The locale the UI will speak: ``language`` if a translation ships, else pt-BR.

    Portuguese is the source language of every UI string; another language ``xx`` needs
    ``resources/translations/aspectos_xx.qm`` (see the README there).
    """
    brazil = QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    locale = QLocale(language)
    if locale.language() == QLocale.Language.Portuguese:
        return brazil if locale.territory() == QLocale.Country.Brazil else locale
    if locale.language() != QLocale.Language.C and QTranslator().load(
            locale, "aspectos", "_", str(translations_dir())):
        return locale
    print(f"aspectos-desktop: sem tradução para o idioma {language!r}; usando pt-BR",
          file=sys.stderr)
    return brazil


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE
                         ) -> list[QTranslator]:
    """Install Qt's own strings (qtbase_xx) and the app's (aspectos_xx) for ``language``.

    Returns the installed translators (``app.removeTranslator`` undoes them).
    """
    locale = ui_locale(language)
    wanted = [("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if locale.language() != QLocale.Language.Portuguese:
        wanted.append(("aspectos", str(translations_dir())))
    installed: list[QTranslator] = []
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def configure(app: QApplication, args: argparse.Namespace) -> None:
    app.setApplicationName("Aspectos")
    app.setApplicationDisplayName("Aspectos")
    app.setOrganizationName("aspectos-desktop")
    locale = ui_locale(chosen_language(args))
    install_translations(app, locale.name())
    QLocale.setDefault(locale)  # Qt's own widgets: calendar, numbers
    if args.font_scale and args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    if args.high_contrast:
        app.setPalette(high_contrast_palette())
    app.setStyleSheet(stylesheet(args.high_contrast))


def open_store(path: Path) -> Store | None:
    """Open the store; on corruption, offer the latest backup. ``None`` if it cannot open."""
    damaged = QCoreApplication.translate("Application", "Banco de dados danificado")
    try:
        return Store.open(path)
    except StoreCorruptError as error:
        if error.backup is None:
            QMessageBox.critical(None, damaged, error.message + "\n\n" + QCoreApplication.translate(
                "Application", "Nenhuma cópia de segurança foi encontrada. O arquivo foi "
                "mantido como está para análise."))
            return None
        answer = QMessageBox.question(
            None, damaged, error.message + "\n\n" + QCoreApplication.translate(
                "Application", "Restaurar a cópia de segurança mais recente ({backup})? O "
                "arquivo danificado será guardado ao lado, sem apagar nada.").format(
                backup=error.backup.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            kept = Store.restore_backup(error.backup, path)
            store = Store.open(path)
        except StoreError as again:
            QMessageBox.critical(None, QCoreApplication.translate(
                "Application", "Falha ao restaurar"), again.message)
            return None
        QMessageBox.information(
            None, QCoreApplication.translate("Application", "Cópia restaurada"),
            QCoreApplication.translate(
                "Application", "Cópia restaurada. O arquivo danificado foi guardado em {path}."
            ).format(path=kept))
        return store
    except StoreError as error:
        QMessageBox.critical(None, QCoreApplication.translate(
            "Application", "Não foi possível abrir os dados"), error.message)
        return None


class Application:
    """Owns the store and the main window; can switch to the demo database."""

    def __init__(self, args: argparse.Namespace, catalogue: Catalogue) -> None:
        self.args = args
        self.catalogue = catalogue
        self.data_dir = resolve_data_dir(args.data_dir)
        self.author = args.author or getpass.getuser()
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self._lock: QLockFile | None = None  # see store_lock: one app per data file

    def start(self, demo: bool) -> bool:
        from aspectos_desktop.demo import demo_db_path

        path = demo_db_path(self.data_dir) if demo else db_path(self.data_dir)
        if self.store is not None and self.store.path == path.absolute():
            return True  # already open here (the demo asked for again from its own menu)
        lock = store_lock.acquire(path)
        if lock is None:
            return False
        if demo:
            from aspectos_desktop.demo import open_demo

            try:
                store: Store | None = open_demo(self.data_dir, self.catalogue)
            except StoreError as error:
                QMessageBox.critical(None, QCoreApplication.translate(
                    "Application", "Demonstração indisponível"), error.message)
                store = None
        else:
            store = open_store(path)
        if store is None:
            lock.unlock()
            return False
        self.close()
        self.store = store
        self._lock = lock
        resumable = [a for a in store.list_assessments() if a.status == "em_andamento"]
        latest = max(resumable, key=lambda a: a.updated_at) if resumable else None
        self.window = MainWindow(store, self.catalogue, self.author, demo=demo,
                                 open_demo=lambda: self.start(True), data_dir=self.data_dir,
                                 resume=latest)  # where the user stopped, if anywhere
        self.window.show()
        return True

    def close(self) -> None:
        if self.window is not None:
            self.window.close_assessment(refresh_list=False)  # the window is going away
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.store is not None:
            store, self.store = self.store, None
            try:
                store.close()
            except StoreError as error:
                # Every answer was committed when it was made; only the rolling backup
                # failed (a full disk, the folder gone read-only). Say so; never a traceback.
                QMessageBox.warning(
                    None, QCoreApplication.translate("Application", "Cópia de segurança não feita"),
                    QCoreApplication.translate(
                        "Application", "A cópia de segurança automática não pôde ser feita ao "
                        "fechar:\n\n{error}\n\nO que aparecia como “Salvo” continua no arquivo "
                        "de dados."
                    ).format(error=error.message))
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class _QuitWhenPainted(QObject):
    """See ``EXIT_WHEN_READY``: quit the event loop once the watched widget is painted
    (and, with ``READY_FILE`` set, write the wall-clock time of that paint there)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            ready_file = os.environ.get(READY_FILE)
            if ready_file:
                Path(ready_file).write_text(f"{time.time():.6f}", encoding="ascii")
            QTimer.singleShot(0, QApplication.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    os.environ.setdefault("QT_ACCESSIBILITY", "1")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    configure(app, args)
    try:
        catalogue = load_catalogue()
    except Exception as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Catálogo indisponível"),
            QCoreApplication.translate(
                "Application", "Não foi possível carregar o catálogo: {error}").format(error=error))
        return 2
    if args.central:
        from aspectos_desktop.ui.central_window import open_central_window

        central = open_central_window(catalogue, data_dir=resolve_data_dir(args.data_dir),
                                      url=args.db, actor=args.author)
        if central is None:
            return 1
        status = app.exec()
        central.close()
        return status
    application = Application(args, catalogue)
    if not application.start(args.demo):
        return 1
    if os.environ.get(EXIT_WHEN_READY) == "1" and application.window is not None:
        view = application.window.view
        ready = view.page_widget if view is not None and view.page_widget else application.window
        ready.installEventFilter(_QuitWhenPainted(app))
    status = app.exec()
    application.close()
    return status


def run() -> NoReturn:
    """The program's entry point: ``main()``, then a quick exit once nothing is left to do.

    Every change was committed the moment it was made, and ``main()`` has closed the
    store (rolling backup included) before it returns. What remains is tearing down
    thousands of Qt and Python objects one by one, which kept the process alive ~75 ms
    after the window closed (bench/bench_startup.py); ``os._exit`` skips that. A normal
    exit is kept while another thread or a worker process (central import) still runs.
    """
    status = main()
    multiprocessing = sys.modules.get("multiprocessing")  # imported by a central import
    workers = multiprocessing.active_children() if multiprocessing is not None else []
    if threading.active_count() == 1 and not workers:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    raise SystemExit(status)


if __name__ == "__main__":
    run()
