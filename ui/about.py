"""The About dialog: version, data folder, keychain, and the property profile in use."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__


@dataclass(frozen=True, slots=True)
class AboutInfo:
    data_folder: str
    keychain: str
    profile: str  # "<id>: <property names>" or empty


def about_text(info: AboutInfo) -> str:
    lines = [
        QCoreApplication.translate("About", "Frontdesk {version}").format(version=__version__),
        QCoreApplication.translate("About", "Data folder: {path}").format(path=info.data_folder),
        QCoreApplication.translate("About", "Credentials kept in: {where}").format(
            where=info.keychain
        ),
        QCoreApplication.translate("About", "Property profile: {profile}").format(
            profile=info.profile or QCoreApplication.translate("About", "none")
        ),
    ]
    return "\n".join(lines)


def show_about(info: AboutInfo, parent: QWidget | None = None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Frontdesk"), about_text(info)
    )
