"""What the reviewer saw in the Central window: width at 200% font scale, audit details
in pt-BR, and the import progress bar before any import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import test_ui_central as central
from bundle_factory import CentralWorld
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox
from test_ui_central import TIMEOUT, drop, settle

from aspectos_desktop.ui.central_models import (
    AUDIT_DETAIL_LABELS,
    AUDIT_DETAILS,
    audit_detail_lines,
    details_text,
)
from aspectos_desktop.ui.central_window import TAB_CONSOLIDATION, TAB_IMPORT, CentralWindow

# the Central window fixtures of the main tests (assigned, not imported: the test
# parameters of the same names would read as redefinitions of unused imports)
db = central.db
window = central.window
loaded = central.loaded

SMALL_SCREEN = 1366  # the smallest screen the Central window is made for
FRAME = 16  # the window frame, as in CentralWindow._fit_to_screen


@pytest.fixture
def font_2x(qapp: QApplication) -> Iterator[QFont]:
    """The application font at 200%, as ``--font-scale 2`` sets it (ui/app.py configure()).
    Request it before ``window``/``loaded``: widgets take the font when they are built."""
    normal = QFont(qapp.font())
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(big)
    yield big
    qapp.setFont(normal)


def shown(window: CentralWindow) -> None:
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= SMALL_SCREEN - FRAME, (
        f"{window.minimumSizeHint().width()} px wide at 200% on tab "
        f"{window.tabs.tabText(window.tabs.currentIndex())!r}")


def test_the_central_window_fits_a_1366_pixel_screen_at_200_percent(
        qtbot, font_2x: QFont, loaded: CentralWindow) -> None:  # type: ignore[no-untyped-def]
    assert loaded.font().pointSizeF() == font_2x.pointSizeF()
    panel = loaded.consolidation_panel
    for index in range(loaded.tabs.count()):
        loaded.tabs.setCurrentIndex(index)
        shown(loaded)
    loaded.tabs.setCurrentIndex(TAB_CONSOLIDATION)
    for view in range(panel.views.count()):
        panel.views.setCurrentIndex(view)
        shown(loaded)
    # the long choices: a núcleo's name, the widest export kind, a UF with a long name
    panel.compare_nucleo.setCurrentIndex(panel.compare_nucleo.count() - 1)
    panel.set_export_kind("longo")
    panel.set_uf("RN")
    settle(qtbot, loaded)
    shown(loaded)
    for button in (panel.clear_button, panel.only_differences, panel.export_xlsx_button):
        panel.views.setCurrentIndex(2)
        QApplication.processEvents()
        right = button.mapTo(loaded, button.rect().topRight()).x()
        assert right <= SMALL_SCREEN - FRAME, f"{button.text()!r} ends at x={right}"
    # the details under the tables: a whole signer fingerprint, the quarantine path
    audit = loaded.audit_panel
    loaded.tabs.setCurrentIndex(3)
    for row in range(audit.proxy.rowCount()):
        audit.table.selectRow(row)
        shown(loaded)
    imports = loaded.import_panel
    loaded.tabs.setCurrentIndex(TAB_IMPORT)
    for row in range(imports.model.rowCount()):
        imports.table.selectRow(row)
        shown(loaded)
    right = imports.quarantine_button.mapTo(loaded, imports.quarantine_button.rect().topRight())
    assert right.x() <= SMALL_SCREEN - FRAME
    # sized for a number of characters, not for their longest item
    for combo in (panel.uf, panel.kind, panel.catalogue_version, panel.export_what,
                  panel.compare_nucleo, audit.action):
        assert combo.sizeAdjustPolicy() == \
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_the_audit_log_speaks_portuguese(loaded: CentralWindow) -> None:
    audit = loaded.audit_panel
    seen: set[str] = set()
    for row in range(audit.proxy.rowCount()):
        audit.table.selectRow(row)
        entry = audit.model.row_at(audit.proxy.mapToSource(audit.proxy.index(row, 0)).row())
        assert entry is not None
        seen.add(entry.action)
        text = audit.details.text()
        cell = str(audit.proxy.index(row, AUDIT_DETAILS).data())
        shown_keys = {part.split(":")[0] for part in [*text.splitlines()[1:], *cell.split("; ")]
                      if ":" in part}
        assert not shown_keys & set(AUDIT_DETAIL_LABELS), (text, cell)
        assert "fingerprint" not in text + cell and "nucleo_nome" not in text + cell
        if entry.action == "aprovar_assinante":
            assert "Impressão digital:" in text and "Titular:" in text
            assert "Pacotes liberados: 2" in text and "Situação anterior: novo" in text
            fingerprint = entry.details["fingerprint"]
            assert fingerprint not in text, "in lines of 8 bytes, as on the Assinantes tab"
            assert ":".join(fingerprint.split(":")[:8]) in text
            assert "Impressão digital: " + fingerprint in cell
        if entry.action == "importar":
            assert "Nome do núcleo: " in text and "Núcleo: " in text and "Arquivo: " in text
            assert "Nome do núcleo: " in cell and "Resultado: " in cell
    assert {"importar", "aprovar_assinante"} <= seen


def test_unknown_audit_details_are_shown_as_they_are() -> None:
    details = {"fingerprint": "AA:BB", "chave_nova": "valor", "aprovado_por_ac": True,
               "substitui": [3, 4], "motivo": None}
    assert audit_detail_lines(details) == ["Impressão digital:", "AA:BB", "chave_nova: valor",
                                           "Aprovado pela AC: sim",
                                           "Avaliações substituídas: 3, 4"]
    assert details_text({"chave_nova": "valor"}) == "chave_nova: valor"
    assert details_text({"resultado": "nova_revisao", "arquivo": "/x/y.aspectos"}) == \
        "Arquivo: y.aspectos; Resultado: nova revisão"


def test_the_import_progress_bar_appears_with_the_import(
        qtbot, window: CentralWindow, cworld: CentralWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.import_panel
    assert panel.progress.isHidden(), "no “0 / 1” before anything was imported"
    seen: list[tuple[int, int, bool, str]] = []
    panel.progress.valueChanged.connect(lambda value: seen.append(
        (value, panel.progress.maximum(), panel.progress.isVisible(), panel.progress.text())))
    bundles = [cworld.bundles["visit"], cworld.bundles["auto"]]
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        drop(window, bundles)
        assert panel.progress.isVisible()
    settle(qtbot, window)
    assert (1, 2, True, "1 / 2") in seen and (2, 2, True, "2 / 2") in seen
    assert panel.progress.isVisible() and panel.progress.text() == "2 / 2"  # after the import

    empty = tmp_path / "vazia"
    empty.mkdir()
    with qtbot.waitSignal(panel.import_finished, timeout=TIMEOUT):
        drop(window, [empty])
    settle(qtbot, window)
    assert panel.summary.text() == "Nenhum pacote .aspectos encontrado."
    assert panel.progress.isHidden(), "nothing was counted: no “0 / 1” either"
