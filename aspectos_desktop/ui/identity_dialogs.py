"""The signing certificate in the GUI: create on first use, unlock, show, import; TSA setting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aspectos_desktop.export.identity import (
    Identity,
    IdentityError,
    IdentityInfo,
    PassphraseRequiredError,
    create_identity,
    has_identity,
    identity_info,
    import_pkcs12,
    load_stored,
)
from aspectos_desktop.settings import Settings
from aspectos_desktop.store import Nucleo
from aspectos_desktop.ui.answer_inputs import error_label, show_error

MIN_PASSPHRASE = 8


class CreateIdentityDialog(QDialog):
    """First use: the key is protected by a passphrase the user chooses (or the keyring)."""

    def __init__(self, nucleo: Nucleo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Criar certificado de assinatura"))
        layout = QVBoxLayout(self)
        intro = self.intro = QLabel(self.tr(
            "Para assinar as exportações, esta instalação vai criar um certificado em nome de "
            "“{nome}” ({municipio}/{uf}). Escolha uma senha para proteger a chave; ela será "
            "pedida a cada exportação.").format(nome=nucleo.name, municipio=nucleo.municipio_name,
                                               uf=nucleo.uf))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Senha do certificado"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirmação da senha"))
        form.addRow(self.tr("&Senha:"), self.passphrase)
        form.addRow(self.tr("&Confirmação:"), self.confirm)
        layout.addLayout(form)
        self.no_passphrase = QCheckBox(self.tr(
            "Não usar senha (guardar a chave no chaveiro do sistema, se houver)"))
        self.no_passphrase.toggled.connect(lambda on: (self.passphrase.setEnabled(not on),
                                                       self.confirm.setEnabled(not on)))
        layout.addWidget(self.no_passphrase)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_passphrase(self) -> str | None:
        return None if self.no_passphrase.isChecked() else self.passphrase.text()

    def accept(self) -> None:
        if not self.no_passphrase.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self._show_error(self.tr("A senha precisa de pelo menos {n} caracteres.")
                                 .format(n=MIN_PASSPHRASE))
                return
            if self.passphrase.text() != self.confirm.text():
                self._show_error(self.tr("As senhas não conferem."))
                return
        super().accept()

    def _show_error(self, message: str) -> None:
        show_error(self.error, message)
        fit_height(self)


def fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` to the height its wrapped text now needs at its width.

    (A dialog does not follow its labels' height-for-width by itself: a line that
    appears, such as an error, squeezes the others, the intro clipped at the top.)
    """
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def obtain_identity(parent: QWidget, folder: Path, nucleo: Nucleo) -> Identity | None:
    """The signing identity: created on first use, unlocked with its passphrase otherwise."""
    if not has_identity(folder):
        dialog = CreateIdentityDialog(nucleo, parent)
        if not dialog.exec():
            return None
        try:
            stored = create_identity(folder, nucleo_name=nucleo.name,
                                     institution=nucleo.institution,
                                     municipio=nucleo.municipio_name, uf=nucleo.uf,
                                     passphrase=dialog.chosen_passphrase())
        except IdentityError as error:
            title = QCoreApplication.translate("IdentityDialogs", "Certificado não criado")
            QMessageBox.warning(parent, title, error.message)
            return None
        text = QCoreApplication.translate(
            "IdentityDialogs", "Certificado criado.\n\nImpressão digital SHA-256 (leia-a para a "
            "equipe central por telefone, se pedirem):\n{fp}").format(
            fp=stored.identity.fingerprint_sha256)
        if stored.warning:
            text += "\n\n" + stored.warning
        title = QCoreApplication.translate("IdentityDialogs", "Certificado de assinatura")
        QMessageBox.information(parent, title, text)
        return stored.identity
    passphrase: str | None = None
    for _attempt in range(3):
        try:
            stored = load_stored(folder, passphrase)
        except PassphraseRequiredError:
            pass
        except IdentityError as error:
            QMessageBox.warning(parent, QCoreApplication.translate("IdentityDialogs", "Certificado"),
                                error.message)
        else:
            if stored.warning:
                title = QCoreApplication.translate("IdentityDialogs", "Certificado sem proteção")
                QMessageBox.warning(parent, title, stored.warning)
            return stored.identity
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("IdentityDialogs", "Senha do certificado"),
            QCoreApplication.translate("IdentityDialogs", "Senha do certificado de assinatura:"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        passphrase = text
    return None


def describe_identity(info: IdentityInfo) -> str:
    lines = [
        f"Titular: {info.subject}",
        f"Emissor: {info.issuer}" + (" (autoassinado)" if info.self_signed else ""),
        f"Validade: {info.not_before.astimezone():%d/%m/%Y} a {info.not_after.astimezone():%d/%m/%Y}"
        + (" — VENCIDO" if info.expired else ""),
        f"Impressão digital SHA-256: {info.fingerprint_sha256}",
        f"Tipo de chave: {info.key_type} · Proteção: {info.protection_label}",
    ]
    return "\n".join(lines)


class SettingsDialog(QDialog):
    """Signing certificate (show, import a PKCS#12) and the timestamp server."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = Settings.load(folder)
        self.setWindowTitle(self.tr("Configurações"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Certificado de assinatura"))
        box_layout = QVBoxLayout(box)
        self.identity_text = QLabel()
        self.identity_text.setObjectName("identityInfo")
        self.identity_text.setWordWrap(True)
        self.identity_text.setTextInteractionFlags(
            self.identity_text.textInteractionFlags().TextSelectableByMouse)
        box_layout.addWidget(self.identity_text)
        self.import_button = QPushButton(self.tr("&Importar certificado (PKCS#12, ICP-Brasil A1)…"))
        self.import_button.clicked.connect(self.import_certificate)
        box_layout.addWidget(self.import_button)
        layout.addWidget(box)
        form = QFormLayout()
        self.tsa = QLineEdit(self.settings.tsa_url)
        self.tsa.setPlaceholderText("https://…  (opcional)")
        self.tsa.setAccessibleName(self.tr("Servidor de carimbo de tempo (RFC 3161)"))
        form.addRow(self.tr("Carimbo de &tempo (TSA):"), self.tsa)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        if not has_identity(self.folder):
            self.identity_text.setText(self.tr(
                "Esta instalação ainda não tem certificado: ele é criado na primeira exportação, "
                "ou importe o seu."))
            return
        try:
            self.identity_text.setText(describe_identity(identity_info(self.folder)))
        except IdentityError as error:
            self.identity_text.setText(error.message)

    def import_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificado PKCS#12"), "",
                                              self.tr("Certificados (*.p12 *.pfx)"))
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Senha do certificado"),
                                              self.tr("Senha do arquivo PKCS#12:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            import_pkcs12(Path(path), passphrase, self.folder, replace=True)
        except IdentityError as error:
            show_error(self.error, error.message)
            fit_height(self)
            return
        show_error(self.error, None)
        self.refresh()

    def accept(self) -> None:
        url = self.tsa.text().strip()
        if url and not url.startswith(("http://", "https://")):
            show_error(self.error, self.tr("O endereço do carimbo de tempo deve começar com "
                                           "http:// ou https://"))
            fit_height(self)
            return
        self.settings.tsa_url = url
        try:
            self.settings.save(self.folder)
        except OSError as error:
            show_error(self.error, self.tr("Não foi possível gravar as configurações: {e}")
                       .format(e=error.strerror))
            fit_height(self)
            return
        super().accept()
