"""The thread view (``threadView``): a QTextBrowser that never loads anything remote.

Its HTML comes from :mod:`ui.inbox.thread_render`. ``loadResource`` answers only our
own ``data:`` thumbnails and refuses everything else (remote or local URLs), links
never navigate the view (``setOpenLinks(False)``) and are handed to the window, which
opens web links in the system browser, and attachments full size.

Opening a conversation renders its HTML on the database worker: the window asks the
view for a :class:`RenderSpec` (colours read from the palette here, on the GUI
thread; search terms; how many messages) and passes it to :func:`load_thread`. The
view uses that HTML when the spec still holds, and renders again otherwise. A long
thread shows its newest :data:`NEWEST_FIRST` messages and a "Show earlier messages"
link (reachable with Tab, followed with Enter) that renders the whole thread.

The HTML's classes get their colours from the document's default style sheet (see
:func:`~ui.inbox.thread_render.style_sheet`). The view lays a thread out once, at the
width it is shown at, and to its end at once (:meth:`ThreadView._set_html`), so the
scroll range is exact when it scrolls to the newest message, a search match or the
messages shown before "Show earlier messages".
"""

from __future__ import annotations

import base64
import html
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.checks import image_type
from desktop.services.model import ThreadData
from desktop.services.templates import Template
from ui.inbox.palette import ThreadColors
from ui.inbox.thread_render import (
    ATTACHMENT_SCHEME,
    FIRST_MATCH,
    SHOW_EARLIER,
    ThreadRenderer,
    Thumbnail,
    style_sheet,
)

if TYPE_CHECKING:
    from desktop.services.inbox import InboxService

THUMBNAIL_SIZE = 160
#: A thread opens with this many of its newest messages and notes (and every match).
NEWEST_FIRST = 50
_FORMATS = {"image/png": b"png", "image/jpeg": b"jpeg"}
_thumb_cache: dict[tuple[str, int, int], Thumbnail] = {}
_thumb_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class RenderSpec:
    """How the view renders a thread: colours, search terms, newest messages (None: all).

    Taken on the GUI thread (:meth:`ThreadView.render_spec`), so the HTML can be built
    on the worker without reading a palette there.
    """

    colors: ThreadColors
    terms: tuple[str, ...] = ()
    newest: int | None = NEWEST_FIRST


@dataclass(frozen=True, slots=True)
class RenderedThread:
    """A thread's HTML as :class:`ThreadRenderer` built it for ``spec``, and the style
    sheet that colours its classes (the document's default style sheet)."""

    spec: RenderSpec
    html: str
    match_count: int
    hidden: int  # earlier messages and notes left out
    style_sheet: str = ""


@dataclass(frozen=True, slots=True)
class LoadedThread:
    """A thread as loaded off the GUI thread: data, thumbnails, templates, maybe its HTML."""

    data: ThreadData
    thumbnails: Mapping[str, Thumbnail] = field(default_factory=dict)
    templates: tuple[Template, ...] = ()
    rendered: RenderedThread | None = None


def render_thread(
    data: ThreadData, thumbnails: Mapping[str, Thumbnail], spec: RenderSpec
) -> RenderedThread:
    """The thread's HTML for ``spec`` (no widget involved: any thread may call it)."""
    renderer = ThreadRenderer(
        data, spec.colors, terms=spec.terms, thumbnails=thumbnails, newest=spec.newest
    )
    html_text = renderer.render()
    sheet = style_sheet(spec.colors)
    return RenderedThread(spec, html_text, renderer.match_count, renderer.hidden, sheet)


def read_image(path: str, scaled_to: int | None = None) -> QImage:
    """A JPG or PNG file as an image (a null image for anything else)."""
    kind = image_type(Path(path))
    if kind is None:
        return QImage()
    reader = QImageReader(path, QByteArray(_FORMATS[kind]))
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    if scaled_to is not None:
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > scaled_to:
            reader.setScaledSize(
                size.scaled(QSize(scaled_to, scaled_to), Qt.AspectRatioMode.KeepAspectRatio)
            )
    return reader.read()


def make_thumbnail(path: str, size: int = THUMBNAIL_SIZE) -> Thumbnail | None:
    """A small PNG of a saved attachment, as a ``data:`` URL (cached per file version)."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    key = (path, int(stat.st_mtime_ns), stat.st_size)
    with _thumb_lock:
        if key in _thumb_cache:
            return _thumb_cache[key]
    image = read_image(path, size)
    if image.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    encoded = base64.b64encode(bytes(buffer.data().data())).decode("ascii")
    thumb = Thumbnail(f"data:image/png;base64,{encoded}", image.width(), image.height())
    with _thumb_lock:
        if len(_thumb_cache) > 500:
            _thumb_cache.clear()
        _thumb_cache[key] = thumb
    return thumb


def load_thread(
    service: InboxService, conversation_id: str, ui_language: str, spec: RenderSpec | None = None
) -> LoadedThread | None:
    """Everything the thread and the composer need; runs on the database worker.

    With a ``spec`` (from :meth:`ThreadView.render_spec`), the thread's HTML too.
    """
    data = service.thread(conversation_id)
    if data is None:
        return None
    thumbnails = {}
    for aid, attachment in data.attachments.items():
        if attachment.local_path:
            thumb = make_thumbnail(attachment.local_path)
            if thumb is not None:
                thumbnails[aid] = thumb
    templates = tuple(service.templates_for(conversation_id, ui_language))
    rendered = render_thread(data, thumbnails, spec) if spec is not None else None
    return LoadedThread(data, thumbnails, templates, rendered)


class ThreadView(QTextBrowser):
    """Shows one conversation; emits link and attachment clicks instead of following them."""

    url_requested = Signal(QUrl)
    attachment_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.refused_resources: list[str] = []
        self._loaded: LoadedThread | None = None
        self._terms: tuple[str, ...] = ()
        self._everything = False  # "Show earlier messages" followed for this thread
        self._placeholder = ""
        self.match_count = 0
        self.hidden_count = 0

    @property
    def loaded(self) -> LoadedThread | None:
        return self._loaded

    @property
    def conversation_id(self) -> str | None:
        return self._loaded.data.conversation.conversation_id if self._loaded else None

    def render_spec(self, conversation_id: str, terms: tuple[str, ...] = ()) -> RenderSpec:
        """How :meth:`show_thread` will render ``conversation_id`` (for :func:`load_thread`)."""
        everything = self._everything and conversation_id == self.conversation_id
        return self._spec(terms, everything)

    def _spec(self, terms: tuple[str, ...], everything: bool) -> RenderSpec:
        colors = ThreadColors.from_palette(self.palette())
        return RenderSpec(colors, terms, None if everything else NEWEST_FIRST)

    def show_placeholder(self, text: str) -> None:
        self._loaded = None
        self._everything = False
        self._placeholder = text
        self.hidden_count = 0
        self.setHtml(f"<p align='center'><br/><br/><i>{html.escape(text)}</i></p>")

    def show_thread(self, loaded: LoadedThread, terms: tuple[str, ...] = ()) -> None:
        """Render ``loaded``; keep the scroll position when it is the same conversation."""
        same = self.conversation_id == loaded.data.conversation.conversation_id
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        position = bar.value()
        self._everything = self._everything and same
        self._loaded, self._terms = loaded, terms
        self._render(loaded.rendered)
        if terms and self.match_count:
            self.scrollToAnchor(FIRST_MATCH)
        elif same and not at_bottom:
            bar.setValue(position)
        else:
            bar.setValue(bar.maximum())

    def set_terms(self, terms: tuple[str, ...]) -> None:
        if terms != self._terms and self._loaded is not None:
            self.show_thread(self._loaded, terms)

    def show_earlier(self) -> None:
        """Render the whole thread, keeping in view what was shown."""
        if self._loaded is None or self._everything:
            return
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self._everything = True
        self._render()
        bar.setValue(bar.maximum() - from_bottom)

    def _render(self, rendered: RenderedThread | None = None) -> None:
        if self._loaded is None:
            return
        spec = self._spec(self._terms, self._everything)
        if rendered is None or rendered.spec != spec:
            rendered = render_thread(self._loaded.data, self._loaded.thumbnails, spec)
        document = self.document()
        if document.defaultStyleSheet() != rendered.style_sheet:
            document.setDefaultStyleSheet(rendered.style_sheet)
        self._set_html(rendered.html)
        self.match_count = rendered.match_count
        self.hidden_count = rendered.hidden

    def _set_html(self, text: str) -> None:
        """``setHtml`` with the vertical scroll bar held in place meanwhile.

        ``setHtml`` empties the document (a short one needs no scroll bar: the viewport
        widens) and then fills it (the bar comes back: the viewport narrows again), and
        every change of width lays the document out again: a thread was laid out twice.
        Held, it is laid out once, at the width it is shown at; a thread short enough
        lets the bar go afterwards, as before.
        """
        policy = self.verticalScrollBarPolicy()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        try:
            self.setHtml(text)
        finally:
            self.setVerticalScrollBarPolicy(policy)
        self._finish_layout()

    def _finish_layout(self) -> None:
        """Lay the document out to its end now, and give the scroll bar its real range.

        ``QTextDocument`` lays a long document out lazily and ``QTextEdit`` estimates its
        height meanwhile; the real height reaches the scroll bar on a timer. A thread
        scrolled to the estimated bottom could stop short of its newest message (by up to
        ~250 px on the large profile) once the rest was laid out. Painting the bottom lays
        everything out anyway: done here, the scroll range is exact at once (the layout's
        own signal, with the size it reports once done).
        """
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Only our own ``data:`` images; an empty answer for anything else."""
        name = QUrl(name)
        if name.scheme() == "data":
            text = name.toString()
            head, _, payload = text.partition(",")
            if head.endswith(";base64") and head[5:].startswith("image/"):
                try:
                    return QByteArray(base64.b64decode(payload))
                except ValueError:
                    return QByteArray()
        self.refused_resources.append(name.toString())
        return QByteArray()

    def _clicked(self, url: QUrl) -> None:
        if url.toString() == SHOW_EARLIER:
            self.show_earlier()
        elif url.scheme() == ATTACHMENT_SCHEME:
            self.attachment_requested.emit(url.path())
        elif url.scheme() in ("http", "https", "mailto"):
            self.url_requested.emit(url)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()


class AttachmentViewer(QDialog):
    """A photo at full size, in a scroll area."""

    def __init__(self, path: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(title)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = read_image(path)
        if image.isNull():
            self.image_label.setText(self.tr("This photo cannot be shown."))
        else:
            self.image_label.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea()
        area.setWidget(self.image_label)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        layout.addWidget(buttons)
        self.image_label.setAccessibleName(title)
        self.resize(800, 600)
