"""The right side of the viewer: toolbar, reading facts, notes, the article, find, feedback.

It shows an :class:`~desktop.helpcenter.ArticlePage` and emits what the user asks for;
the viewer does the work (history, store writes). Printing and PDF export render the
article view's document.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.helpcenter import ArticlePage
from ui.help.browser import ArticleBrowser, FindBar
from ui.help.panels import FeedbackPanel, NotePanel
from ui.widgets import named

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def save_pdf(browser: ArticleBrowser, path: str) -> None:
    """Write the article shown in ``browser`` to a PDF file (A4)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(path)
    browser.document().print_(printer)


class ArticlePane(QWidget):
    back_requested = Signal()
    forward_requested = Signal()
    # the article id of the other language's version
    translation_requested = Signal(str)
    saved_toggled = Signal(bool)

    def __init__(
        self,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page: ArticlePage | None = None
        self.back_button = named(QToolButton(), "articleBack")
        self.forward_button = named(QToolButton(), "articleForward")
        self.language_button = named(QToolButton(), "articleLanguageSwitch")
        self.save_button = named(QToolButton(), "articleSave")
        self.save_button.setCheckable(True)
        self.find_button = named(QToolButton(), "articleFind")
        self.print_button = named(QToolButton(), "articlePrint")
        self.pdf_button = named(QToolButton(), "articlePdf")
        self.meta = named(QLabel(), "articleMeta")
        self.notes = NotePanel()
        self.browser = named(ArticleBrowser(open_url), "articleView")
        self.find_bar = FindBar(self.browser)
        self.feedback = FeedbackPanel()
        self._build_layout()
        self.back_button.clicked.connect(self.back_requested)
        self.forward_button.clicked.connect(self.forward_requested)
        self.language_button.clicked.connect(self._switch_language)
        self.save_button.toggled.connect(self._save_toggled)
        self.find_button.clicked.connect(self.find_bar.open_bar)
        self.print_button.clicked.connect(self.print_dialog)
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        self.retranslate_ui()
        self.show_page(None)

    def _build_layout(self) -> None:
        toolbar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.language_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        for button in (self.save_button, self.find_button, self.print_button, self.pdf_button):
            toolbar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.meta)
        layout.addWidget(self.notes)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.feedback)

    # ------------------------------------------------------------------ showing

    def show_page(self, page: ArticlePage | None) -> None:
        """Show an article (None: the empty state)."""
        self.page = page
        self.feedback.reset()
        has_page = page is not None
        for widget in (self.notes, self.feedback, self.meta):
            widget.setVisible(has_page)
        for button in (self.save_button, self.find_button, self.print_button, self.pdf_button):
            button.setEnabled(has_page)
        if page is None:
            hint = self.tr("Search, then open an article.")
            self.browser.setHtml(f"<p>{html.escape(hint)}</p>")
            self.language_button.setVisible(False)
            self.notes.set_notes([])
        else:
            self.browser.setHtml(self._page_html(page))
            self.notes.set_notes(page.notes)
            self.save_button.blockSignals(True)
            self.save_button.setChecked(page.saved)
            self.save_button.blockSignals(False)
        self._update_texts()
        if self.find_bar.isVisible():
            self.find_bar.refresh()

    def _page_html(self, page: ArticlePage) -> str:
        parts = [f"<h1>{html.escape(page.article.title)}</h1>", page.html]
        if page.related:
            heading = self.tr("Related articles")
            parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
            for related in page.related:
                slug, title = html.escape(related.translation_id), html.escape(related.title)
                parts.append(f'<li><a href="article:{slug}">{title}</a></li>')
            parts.append("</ul>")
        return "\n".join(parts)

    def set_navigation(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.back_button.setEnabled(can_go_back)
        self.forward_button.setEnabled(can_go_forward)

    def _switch_language(self) -> None:
        if self.page is not None and self.page.translations:
            self.translation_requested.emit(self.page.translations[0].article_id)

    def _save_toggled(self, checked: bool) -> None:
        self._update_texts()
        self.saved_toggled.emit(checked)

    # ------------------------------------------------------------------ printing

    def print_to_pdf(self, path: str) -> None:
        """Save the article shown as a PDF file (no dialog)."""
        save_pdf(self.browser, path)

    def save_pdf_dialog(self) -> None:
        if self.page is None:
            return
        suggested = f"{self.page.article.translation_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the article as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.print_to_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def print_dialog(self) -> None:
        if self.page is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)

    # ------------------------------------------------------------------ texts

    def _update_texts(self) -> None:
        page = self.page
        if page is None:
            self.meta.setText("")
            return
        minutes = self.tr("{minutes} min read").format(minutes=page.reading_minutes)
        self.meta.setText(f"{minutes} · {self._age(page.days_since_update)}")
        others = page.translations
        self.language_button.setVisible(bool(others))
        if others:
            name = LANGUAGE_NAMES.get(others[0].language, others[0].language)
            self.language_button.setText(name)
            self.language_button.setAccessibleName(
                self.tr("Read this article in {language}").format(language=name)
            )
        self.save_button.setText(
            self.tr("Saved") if self.save_button.isChecked() else self.tr("Save")
        )

    def _age(self, days: int) -> str:
        if days == 0:
            return self.tr("updated today")
        if days == 1:
            return self.tr("updated yesterday")
        if days < 60:
            return self.tr("updated {days} days ago").format(days=days)
        if days < 730:
            return self.tr("updated {months} months ago").format(months=days // 30)
        return self.tr("updated {years} years ago").format(years=days // 365)

    def retranslate_ui(self) -> None:
        texts = {
            self.back_button: (self.tr("Back"), self.tr("Back (Alt+Left)")),
            self.forward_button: (self.tr("Forward"), self.tr("Forward (Alt+Right)")),
            self.find_button: (self.tr("Find"), self.tr("Find in article (Ctrl+F)")),
            self.print_button: (self.tr("Print…"), self.tr("Print the article")),
            self.pdf_button: (self.tr("PDF…"), self.tr("Save the article as PDF")),
            self.save_button: (self.tr("Save"), self.tr("Save this article to your list")),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
        self.language_button.setAccessibleName(self.tr("Read this article in the other language"))
        self.browser.setAccessibleName(self.tr("Article"))
        self.meta.setAccessibleName(self.tr("Reading time and last update"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
