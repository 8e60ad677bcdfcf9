"""UI translations: pt-BR source strings, the English .ts/.qm kept in step, --language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from aspectos_desktop.store import Store
from aspectos_desktop.ui import app as app_module
from aspectos_desktop.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "aspectos_desktop" / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
TS_EN = TRANSLATIONS / "aspectos_en.ts"
QM_EN = TRANSLATIONS / "aspectos_en.qm"
REFRESH = ("pyside6-lupdate aspectos_desktop/ui/*.py -source-language pt_BR -target-language en "
           "-ts resources/translations/aspectos_en.ts  (see resources/translations/README.md)")

Message = tuple[str, str]  # (context, source text)


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` of this interpreter's environment."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found (it comes with PySide6)")
    return found


def messages(ts: Path, *, with_vanished: bool = False) -> dict[Message, ET.Element]:
    """Every message of a .ts file; obsolete ("vanished") ones only if asked."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete") and not with_vanished:
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def fresh_ts(tmp_path: Path) -> Path:
    out = tmp_path / "fresh_en.ts"
    sources = sorted(str(p) for p in UI_DIR.glob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-source-language", "pt_BR",
                    "-target-language", "en", "-ts", str(out)],
                   check=True, capture_output=True, cwd=REPO)
    return out


def test_committed_ts_lists_every_translatable_string_of_the_ui(tmp_path: Path) -> None:
    in_code = set(messages(fresh_ts(tmp_path)))
    assert in_code, "lupdate found no strings: is the UI still using tr()?"
    committed = set(messages(TS_EN))
    missing = sorted(in_code - committed)
    assert not missing, (
        f"{len(missing)} UI string(s) missing from {TS_EN.name}; refresh it with\n  {REFRESH}\n"
        "then translate them:\n" + "\n".join(f"  [{c}] {s!r}" for c, s in missing))


def test_every_english_message_is_translated() -> None:
    untranslated: list[Message] = []
    for key, message in messages(TS_EN).items():
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            done = bool(forms) and all(form.strip() for form in forms)
        else:
            done = bool((translation.text or "").strip())
        if not done or translation.get("type") == "unfinished":
            untranslated.append(key)
    assert not untranslated, "translate in Qt Linguist (pyside6-linguist):\n" + "\n".join(
        f"  [{c}] {s!r}" for c, s in untranslated)


def test_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "aspectos_en.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), str(TS_EN), "-qm", str(fresh)],
                   check=True, capture_output=True)
    if fresh.read_bytes() == QM_EN.read_bytes():
        return
    # Not byte-identical (another lrelease version): the same translations are enough.
    committed, rebuilt = QTranslator(), QTranslator()
    assert committed.load(str(QM_EN)) and rebuilt.load(str(fresh))
    differing = [(c, s) for c, s in messages(TS_EN)
                 if committed.translate(c, s) != rebuilt.translate(c, s)]
    assert not differing, ("aspectos_en.qm is stale; run pyside6-lrelease "
                           "resources/translations/aspectos_en.ts: " + repr(differing[:10]))


# --- choosing the language ----------------------------------------------------------------


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[object]:
    """Install translators for a language; always removed again (other tests need pt-BR)."""
    installed: list[QTranslator] = []

    def install(language: str) -> list[QTranslator]:
        translators = app_module.install_translations(qapp, language)
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "aspectos.db")
    yield opened
    opened.close(backup=False)


def _window(qtbot, store: Store, catalogue) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, catalogue, "Tester")
    qtbot.addWidget(window)
    return window


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_language_option_shows_the_ui_in_english(qtbot, store, catalogue, use_language) -> None:  # type: ignore[no-untyped-def]
    args = app_module.parse_args(["--language", "en"])
    assert app_module.chosen_language(args) == "en"
    assert len(use_language(app_module.chosen_language(args))) == 2  # qtbase_en + aspectos_en
    window = _window(qtbot, store, catalogue)
    assert _menus(window) == ["&File", "&Central", "&Help"]
    assert window.home.new_button.text() == "New assessment…"
    assert window.home.model.headerData(0, Qt.Orientation.Horizontal) == "Assessment"
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_default_is_pt_br_even_on_an_english_system(qtbot, store, catalogue, use_language,
                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(app_module.LANGUAGE_ENV, raising=False)
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    try:
        language = app_module.chosen_language(app_module.parse_args([]))
        assert language == "pt_BR"
        use_language(language)
    finally:
        QLocale.setDefault(previous)
    window = _window(qtbot, store, catalogue)
    assert _menus(window) == ["&Arquivo", "&Central", "A&juda"]
    assert window.home.new_button.text() == "Nova avaliação…"
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_environment_variable_and_unknown_language(monkeypatch, capsys, use_language) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(app_module.LANGUAGE_ENV, "en-US")
    assert app_module.chosen_language(app_module.parse_args([])) == "en_US"
    assert app_module.chosen_language(app_module.parse_args(["--language", "pt_BR"])) == "pt_BR"
    use_language("xx")  # no aspectos_xx.qm: stays pt-BR, says so
    assert "pt-BR" in capsys.readouterr().err
    assert QCoreApplication.translate("MainWindow", "&Arquivo") == "&Arquivo"



def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see ``self.tr("…")`` written inside an f-string: such a string never
    reaches the .ts, and the English interface shows it in Portuguese."""
    import ast

    hidden: list[str] = []
    for source in sorted(UI_DIR.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr in ("tr", "translate")):
                    hidden.append(f"{source.name}:{inner.lineno}")
    assert not hidden, ("tr()/translate() inside an f-string (lupdate misses it; call it "
                        "outside and put the result in the f-string): " + ", ".join(hidden))
