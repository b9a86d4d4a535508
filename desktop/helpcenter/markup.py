"""Article markup: Markdown -> safe HTML for the viewer, and HTML files -> Markdown.

Rendering: Markdown is rendered by markdown-it-py (CommonMark, raw HTML off) and the
result is sanitised by nh3 in any case: only text-formatting tags survive (no ``img``,
``script``, ``style``, ``iframe``, forms or event attributes), and a link keeps its
``href`` only when it is ``article:<slug>`` (navigation inside the viewer) or
``http(s)://`` (opened in the system browser on click). Nothing in an article can make
the viewer load a remote resource. Reading time and age come with the rendered page.

HTML article files: an admin may export articles from another tool as HTML. The
file's head carries the same fields as a Markdown file's front matter::

    <meta name="frontdesk:id" content="late-checkout-en">
    <meta name="frontdesk:language" content="en">
    <meta name="frontdesk:translation" content="late-checkout">
    <meta name="frontdesk:title" content="Offer a late check-out">   (or the <title>)
    <meta name="frontdesk:theme" content="reservations">
    <meta name="frontdesk:subtheme" content="modification">          (optional)
    <meta name="frontdesk:keywords" content="late check-out, leave later">
    <meta name="frontdesk:updated" content="2026-05-06">
    <meta name="frontdesk:related" content="reservations-no-show-report">

The ``<body>`` is sanitised (:func:`sanitize`) and converted to the Markdown the library
stores, indexes and renders: headings, paragraphs, lists, emphasis, code, quotes, rules
and links (``article:`` and http(s) only). Anything else keeps its text, not its markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import Any, ClassVar

import nh3
from markdown_it import MarkdownIt

from desktop.domain import Article
from desktop.helpcenter.articlefile import SLUG, ArticleFileError, build_article

#: Reading speed used for "N min read".
WORDS_PER_MINUTE = 200
#: The scheme of links between articles: ``article:<translation slug>``.
ARTICLE_SCHEME = "article"

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "li", "ol", "p", "pre", "s",
        "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"colspan", "rowspan"}}
ALLOWED_ATTRIBUTES["th"] = {"colspan", "rowspan"}
_WORD = re.compile(r"\w+")
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def allowed_link(href: str) -> bool:
    """True for ``article:<slug>`` and ``http(s)://host...`` links; everything else goes."""
    value = href.strip()
    lower = value.lower()
    if lower.startswith(f"{ARTICLE_SCHEME}:"):
        return bool(SLUG.match(value[len(ARTICLE_SCHEME) + 1 :]))
    return lower.startswith(("http://", "https://")) and len(value) > len("https://")


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return value.strip() if allowed_link(value) else None
    return value


def sanitize(html: str) -> str:
    """Keep only safe formatting tags, and links that :func:`allowed_link` accepts."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", ARTICLE_SCHEME},
        attribute_filter=_filter_attribute,
        link_rel=None,
        strip_comments=True,
    )


def markdown_to_html(markdown: str) -> str:
    """Render an article body (Markdown) to sanitised HTML."""
    return sanitize(_MARKDOWN.render(markdown))


def word_count(article: Article) -> int:
    """Words in the title and body (Markdown punctuation does not count)."""
    return len(_WORD.findall(article.title)) + len(_WORD.findall(article.body_markdown))


def reading_minutes(article: Article) -> int:
    """Minutes to read the article at :data:`WORDS_PER_MINUTE`, at least 1."""
    return max(1, round(word_count(article) / WORDS_PER_MINUTE))


def days_since_update(article: Article, today: date) -> int:
    """Whole days since the article's ``updated`` date (0 for today or a future date)."""
    return max(0, (today - article.updated).days)


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    """What the viewer shows: the article, its safe HTML body and its reading facts."""

    article: Article
    html: str
    reading_minutes: int
    days_since_update: int


def render_article(article: Article, today: date) -> RenderedArticle:
    """The article's body as safe HTML, with reading time and age."""
    return RenderedArticle(
        article=article,
        html=markdown_to_html(article.body_markdown),
        reading_minutes=reading_minutes(article),
        days_since_update=days_since_update(article, today),
    )


# --------------------------------------------------------------------------- HTML files

META_PREFIX = "frontdesk:"
_LIST_FIELDS = ("keywords", "related")
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_ESCAPE = re.compile(r"([\\`*_\[\]<>])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")


class _HeadReader(HTMLParser):
    """Collects the ``frontdesk:`` meta fields and the ``<title>`` text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self.duplicates: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        name = (values.get("name") or "").strip().lower()
        if tag == "meta" and name.startswith(META_PREFIX):
            field = name[len(META_PREFIX) :]
            if field in self.fields:
                self.duplicates.append(field)
            self.fields[field] = values.get("content") or ""
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parse_html(text: str, source: str) -> Article:
    """An ``.html`` article file's text -> a validated article."""
    head = _HeadReader()
    head.feed(text)
    head.close()
    if head.duplicates:
        raise ArticleFileError(source, f"the meta field 'frontdesk:{head.duplicates[0]}' is twice.")
    if not head.fields:
        raise ArticleFileError(
            source, 'no <meta name="frontdesk:..."> fields (id, language, translation, ...).'
        )
    fields: dict[str, Any] = dict(head.fields)
    if not fields.get("title") and head.title.strip():
        fields["title"] = head.title.strip()
    for name in _LIST_FIELDS:
        if name in fields:
            fields[name] = [part.strip() for part in fields[name].split(",") if part.strip()]
    found = _BODY.search(text)
    if found is None:
        raise ArticleFileError(source, "the file has no <body>.")
    return build_article(fields, html_to_markdown(found.group(1)), source)


def html_to_markdown(html: str) -> str:
    """Sanitised HTML -> the library's Markdown."""
    converter = _MarkdownWriter()
    converter.feed(sanitize(html))
    converter.close()
    return converter.result()


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


class _MarkdownWriter(HTMLParser):
    """A small HTML -> Markdown converter for sanitised article bodies."""

    _INLINE: ClassVar[dict[str, str]] = {
        "strong": "**",
        "b": "**",
        "em": "*",
        "i": "*",
        "code": "`",
    }
    _BLOCKS = frozenset({"p", "div", "section", "article", "table", "tr", "dl", "dt", "dd"})
    _HEADING = re.compile(r"h[1-6]")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[list[str]] = [[]]  # one buffer per open blockquote
        self._lists: list[list[int]] = []  # one counter per open list (-1: bullets)
        self._links: list[str | None] = []
        self._pre = 0
        self._items = 0  # open <li> elements: blocks inside them stay on the item's line

    @property
    def _out(self) -> list[str]:
        return self._stack[-1]

    def _block(self) -> None:
        if not self._items:
            self._out.append("\n\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self._block()
        elif tag in self._INLINE:
            self._out.append(self._INLINE[tag])
        elif self._HEADING.fullmatch(tag):
            self._block()
            self._out.append("#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self._block()
            self._items = 0
            self._lists.append([-1] if tag == "ul" else [0])
        elif tag == "li":
            self._list_item()
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._links.append(href if allowed_link(href) else None)
            self._out.append("[" if self._links[-1] else "")
        else:
            self._other_start(tag)

    def _other_start(self, tag: str) -> None:
        if tag == "br":
            self._out.append("\\\n")
        elif tag == "hr":
            self._block()
            self._out.append("---")
            self._block()
        elif tag == "pre":
            self._block()
            self._out.append("```\n")
            self._pre += 1
        elif tag == "blockquote":
            self._stack.append([])
        elif tag in ("td", "th"):
            self._out.append(" ")

    def _list_item(self) -> None:
        depth = max(len(self._lists) - 1, 0)
        counter = self._lists[-1] if self._lists else [-1]
        if counter[0] >= 0:
            counter[0] += 1
            marker = f"{counter[0]}. "
        else:
            marker = "- "
        self._out.append("\n" + "   " * depth + marker)
        self._items = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS or self._HEADING.fullmatch(tag):
            self._block()
        elif tag in self._INLINE:
            self._out.append(self._INLINE[tag])
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
            self._items = 1 if self._lists else 0
            self._block()
        elif tag == "li":
            self._items = 0
        elif tag == "a" and self._links:
            href = self._links.pop()
            self._out.append(f"]({href})" if href else "")
        elif tag == "pre" and self._pre:
            self._pre -= 1
            self._out.append("\n```")
            self._block()
        elif tag == "blockquote" and len(self._stack) > 1:
            inner = _tidy("".join(self._stack.pop()))
            self._block()
            self._out.append("\n".join(f"> {line}".rstrip() for line in inner.split("\n")))
            self._block()

    def handle_data(self, data: str) -> None:
        if self._pre:
            self._out.append(data)
            return
        text = " ".join(data.split())
        if not text:
            if data and self._out and not self._out[-1].endswith((" ", "\n")):
                self._out.append(" ")
            return
        previous = self._out[-1] if self._out else "\n"
        if previous.endswith("\n"):
            text = _LINE_START.sub(r"\1\\\2", _escape(text), count=1)
        else:
            text = (" " if data[:1].isspace() else "") + _escape(text)
        self._out.append(text + (" " if data[-1:].isspace() else ""))

    def result(self) -> str:
        while len(self._stack) > 1:
            self.handle_endtag("blockquote")
        return _tidy("".join(self._out))


def _tidy(markdown: str) -> str:
    """Trim the lines (list indentation kept) and keep one blank line at most."""
    lines: list[str] = []
    fenced = False
    for raw in markdown.split("\n"):
        if raw.strip() == "```":
            fenced = not fenced
        line = raw if fenced else raw.rstrip() if raw.startswith("   ") else raw.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")
