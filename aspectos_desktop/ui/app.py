"""GUI entry point: ``aspectos-desktop`` (or ``aspectos gui``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from aspectos_desktop import __version__
from aspectos_desktop.catalogue.model import Catalogue
from aspectos_desktop.resources import load_catalogue, resources_dir
from aspectos_desktop.store import Store, StoreCorruptError, StoreError
from aspectos_desktop.store.paths import data_dir as resolve_data_dir
from aspectos_desktop.store.paths import db_path
from aspectos_desktop.ui.main_window import MainWindow

STYLE = """
QFrame#aspectEditor { border: 1px solid palette(mid); border-radius: 4px; }
QLabel#reference { font-style: italic; }
QLabel#lockedBanner { background: #fff4ce; color: #3d2f00; padding: 6px; }
*:focus { outline: 2px solid palette(highlight); }
QPushButton:focus, QRadioButton:focus, QCheckBox:focus, QLineEdit:focus,
QPlainTextEdit:focus, QComboBox:focus, QTreeWidget:focus, QTableView:focus,
QListWidget:focus { border: 2px solid palette(highlight); }
"""

# Benchmark hook (bench/bench_startup.py): with this variable set to "1", main() quits,
# printing nothing, right after the first page (the resumed assessment's, else the home
# page) has been painted, so a cold start can be timed from process spawn to exit.
EXIT_WHEN_READY = "ASPECTOS_EXIT_WHEN_READY"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aspectos-desktop",
                                     description="Aspectos Desktop — interface gráfica.")
    parser.add_argument("--version", action="version", version=f"aspectos-desktop {__version__}")
    parser.add_argument("--data-dir", type=Path,
                        help="pasta dos dados (padrão: pasta de dados do usuário; "
                             "ou a variável ASPECTOS_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="abrir o núcleo de demonstração (banco separado dos dados reais)")
    parser.add_argument("--author", default=None,
                        help="nome gravado no histórico de cada alteração (padrão: usuário do sistema)")
    parser.add_argument("--font-scale", type=float, default=1.0,
                        help="multiplicar o tamanho da fonte do sistema (ex.: 2 para 200%%)")
    parser.add_argument("--high-contrast", action="store_true",
                        help="usar paleta de alto contraste")
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
    return palette


def install_translations(app: QApplication) -> None:
    """Qt's own strings (OK, Cancelar…) in pt-BR; the app's source text is pt-BR already.

    Another language ``xx`` follows by shipping ``resources/translations/aspectos_xx.qm``.
    """
    locale = QLocale.system()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [("qtbase", qt_dir), ("aspectos", str(resources_dir() / "translations"))]
    for name, folder in wanted:
        translator = QTranslator(app)
        language = locale if name == "aspectos" else QLocale(QLocale.Language.Portuguese,
                                                              QLocale.Country.Brazil)
        if translator.load(language, name, "_", folder):
            app.installTranslator(translator)


def configure(app: QApplication, args: argparse.Namespace) -> None:
    app.setApplicationName("Aspectos")
    app.setApplicationDisplayName("Aspectos")
    app.setOrganizationName("aspectos-desktop")
    install_translations(app)
    if args.font_scale and args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    if args.high_contrast:
        app.setPalette(high_contrast_palette())
    app.setStyleSheet(STYLE)


def open_store(path: Path) -> Store | None:
    """Open the store; on corruption, offer the latest backup. ``None`` if it cannot open."""
    try:
        return Store.open(path)
    except StoreCorruptError as error:
        if error.backup is None:
            QMessageBox.critical(None, "Banco de dados danificado", error.message + "\n\n" +
                                 "Nenhuma cópia de segurança foi encontrada. O arquivo foi "
                                 "mantido como está para análise.")
            return None
        answer = QMessageBox.question(
            None, "Banco de dados danificado",
            error.message + "\n\nRestaurar a cópia de segurança mais recente "
            f"({error.backup.name})? O arquivo danificado será guardado ao lado, sem apagar nada.")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            kept = Store.restore_backup(error.backup, path)
            store = Store.open(path)
        except StoreError as again:
            QMessageBox.critical(None, "Falha ao restaurar", again.message)
            return None
        QMessageBox.information(None, "Cópia restaurada",
                                f"Cópia restaurada. O arquivo danificado foi guardado em {kept}.")
        return store
    except StoreError as error:
        QMessageBox.critical(None, "Não foi possível abrir os dados", error.message)
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

    def start(self, demo: bool) -> bool:
        if demo:
            from aspectos_desktop.demo import open_demo

            try:
                store: Store | None = open_demo(self.data_dir, self.catalogue)
            except StoreError as error:
                QMessageBox.critical(None, "Demonstração indisponível", error.message)
                return False
        else:
            store = open_store(db_path(self.data_dir))
        if store is None:
            return False
        self.close()
        self.store = store
        self.window = MainWindow(store, self.catalogue, self.author, demo=demo,
                                 open_demo=lambda: self.start(True))
        self.window.show()
        resumable = [a for a in store.list_assessments() if a.status == "em_andamento"]
        if resumable:  # resume where the user stopped
            latest = max(resumable, key=lambda a: a.updated_at)
            self.window.refresh_nucleos(select=latest.nucleo_id)
            self.window.open_assessment(latest.id)
        return True

    def close(self) -> None:
        if self.window is not None:
            self.window.close_assessment()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None


class _QuitWhenPainted(QObject):
    """See ``EXIT_WHEN_READY``: quit the event loop once the watched widget is painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
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
        QMessageBox.critical(None, "Catálogo indisponível", f"Não foi possível carregar o catálogo: {error}")
        return 2
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


if __name__ == "__main__":
    raise SystemExit(main())
