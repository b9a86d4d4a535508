"""Reading article files: every field validated, each problem naming the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop.helpcenter.articlefile import ArticleFileError, parse_markdown
from desktop.helpcenter.library import load_library, parse_file
from desktop.helpcenter.markup import html_to_markdown, parse_html
from desktop.paths import DataPaths

GOOD = """---
id: late-checkout-en
language: en
translation: late-checkout
title: Offer a late check-out
theme: reservations
subtheme: modification
keywords: [late check-out, leave later]
updated: 2026-05-06
related: [reservations-no-show-report]
---

Guests who ask to **leave later** can stay until 14:00.
See [no-shows](article:reservations-no-show-report).
"""

GOOD_HTML = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Proposer un départ tardif</title>
<meta name="frontdesk:id" content="late-checkout-fr">
<meta name="frontdesk:language" content="fr">
<meta name="frontdesk:translation" content="late-checkout">
<meta name="frontdesk:theme" content="reservations">
<meta name="frontdesk:keywords" content="départ tardif, partir plus tard">
<meta name="frontdesk:updated" content="2026-05-07">
<meta name="frontdesk:related" content="reservations-no-show-report, contact-send-message">
</head><body>
<h2>Départ tardif</h2>
<p>Le client peut rester <strong>jusqu'à 14 h</strong>.
<a href="article:reservations-no-show-report">Non-présentation</a></p>
<script>alert('x')</script><img src="https://tracker.example/p.png">
<ul><li>Vérifiez le planning</li><li>Prévenez le ménage</li></ul>
</body></html>
"""


def edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_a_good_markdown_file() -> None:
    article = parse_markdown(GOOD, "en/late-checkout.md")
    assert article.article_id == "late-checkout-en"
    assert article.translation_id == "late-checkout"
    assert (article.language, article.theme, article.subtheme) == (
        "en",
        "reservations",
        "modification",
    )
    assert article.keywords == ("late check-out", "leave later")
    assert article.updated == date(2026, 5, 6)
    assert article.related == ("reservations-no-show-report",)
    assert article.body_markdown.startswith("Guests who ask")


BAD_MARKDOWN = [
    (lambda t: t.replace("---\n", "", 1), "must start with a '---'"),
    (lambda t: t.replace("---\n\nGuests", "\nGuests"), "no closing '---'"),
    (lambda t: edit(t, "title: Offer", "title: [Offer"), "not valid YAML"),
    (lambda t: edit(t, "title: Offer a late check-out\n", ""), "'title' is missing"),
    (lambda t: edit(t, "keywords:", "keyword:"), "unknown field 'keyword'"),
    (lambda t: edit(t, "language: en", "language: de"), "'language' must be one of en, fr"),
    (lambda t: edit(t, "id: late-checkout-en", "id: late-checkout-fr"), "'id' must be"),
    (
        lambda t: edit(t, "translation: late-checkout", "translation: Late Checkout"),
        "'translation'",
    ),
    (lambda t: edit(t, "theme: reservations", "theme: Reservations!"), "'theme' must be"),
    (lambda t: edit(t, "subtheme: modification", "subtheme: 12"), "'subtheme' must be"),
    (lambda t: edit(t, "updated: 2026-05-06", "updated: soon"), "'updated' must be a date"),
    (lambda t: edit(t, "keywords: [late check-out, leave later]", "keywords: late"), "'keywords'"),
    (lambda t: edit(t, "leave later]", "3]"), "'keywords' must hold text only"),
    (lambda t: edit(t, "related: [", "related: [Bad Slug, "), "'related' must be"),
    (lambda t: edit(t, "related: [", "related: [late-checkout, "), "names the article itself"),
    (lambda t: t.split("---\n\n")[0] + "---\n\n   \n", "no text after the front matter"),
    (lambda t: edit(t, "article:reservations", "article:Bad Link"), "'article:Bad"),
    (lambda t: edit(t, "title: Offer a late check-out", "title: ''"), "'title' is missing"),
    (lambda t: edit(t, "id: late-checkout-en\n", "id: 12\n"), "'id' must be a slug"),
]


@pytest.mark.parametrize(("mutate", "problem"), BAD_MARKDOWN)
def test_each_bad_field_is_refused_naming_the_file(
    mutate: Callable[[str], str], problem: str
) -> None:
    text = mutate(GOOD)
    with pytest.raises(ArticleFileError) as caught:
        parse_markdown(text, "import/late-checkout.md")
    assert caught.value.file == "import/late-checkout.md"
    assert problem in caught.value.problem
    assert caught.value.message.startswith("import/late-checkout.md: ")


def test_files_are_checked_for_encoding_size_and_folder() -> None:
    with pytest.raises(ArticleFileError, match=r"x\.md: not UTF-8"):
        parse_file(b"---\n\xff\xfe\n", "x.md")
    with pytest.raises(ArticleFileError, match="larger than"):
        parse_file(b"x" * 1_000_001, "x.md")
    with pytest.raises(ArticleFileError, match=r"only \.md and \.html"):
        parse_file(b"text", "notes.txt")
    with pytest.raises(ArticleFileError, match="'fr' folder but says language 'en'"):
        parse_file(GOOD.encode(), "import/fr/late-checkout.md")
    assert parse_file(b"\xef\xbb\xbf" + GOOD.encode(), "en/late-checkout.md").language == "en"


def test_a_good_html_file() -> None:
    article = parse_html(GOOD_HTML, "late-checkout.html")
    assert article.article_id == "late-checkout-fr"
    assert article.title == "Proposer un départ tardif"  # from <title>
    assert article.keywords == ("départ tardif", "partir plus tard")
    assert article.related == ("reservations-no-show-report", "contact-send-message")
    body = article.body_markdown
    assert body.startswith("## Départ tardif")
    assert "**jusqu'à 14 h**" in body
    assert "[Non-présentation](article:reservations-no-show-report)" in body
    assert "- Vérifiez le planning\n- Prévenez le ménage" in body
    assert "alert" not in body
    assert "tracker" not in body


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('<meta name="frontdesk:language" content="fr">', "", "'language' is missing"),
        ('content="2026-05-07"', 'content="07/05/2026"', "'updated' must be a date"),
        ("frontdesk:theme", "frontdesk:topic", "unknown field 'topic'"),
        ("<body>", "<div>", "no <body>"),
        (
            '<meta name="frontdesk:theme" content="reservations">',
            '<meta name="frontdesk:theme" content="reservations">'
            '<meta name="frontdesk:theme" content="rates">',
            "'frontdesk:theme' is twice",
        ),
    ],
)
def test_bad_html_files(old: str, new: str, problem: str) -> None:
    with pytest.raises(ArticleFileError) as caught:
        parse_html(edit(GOOD_HTML, old, new).replace("</body>", "</div>"), "a/late.html")
    assert caught.value.file == "a/late.html"
    assert problem in caught.value.problem


def test_html_without_fields() -> None:
    with pytest.raises(ArticleFileError, match="frontdesk:"):
        parse_html("<html><body><p>Hi</p></body></html>", "plain.html")


def test_html_to_markdown_keeps_structure_and_escapes_text() -> None:
    markdown = html_to_markdown(
        "<p>Use *stars* and 1. numbers</p><p>- not a list</p>"
        "<ol><li><p>first</p></li><li>second<ul><li>inner</li></ul></li></ol>"
        "<blockquote><p><b>Tip:</b> call</p></blockquote>"
        '<p><a href="https://partner.booking.com/x">site</a> <a href="javascript:x()">js</a>'
        '<a href="file:///etc/passwd">f</a><br>next</p><pre>a *b*\n  c</pre><hr>'
    )
    assert "Use \\*stars\\* and 1. numbers" in markdown
    assert "\\- not a list" in markdown
    assert "1. first\n2. second\n   - inner" in markdown
    assert "> **Tip:** call" in markdown
    assert "[site](https://partner.booking.com/x) js" in markdown
    assert "passwd" not in markdown
    assert "javascript" not in markdown
    assert "f\\\nnext" in markdown
    assert "```\na *b*\n  c\n```" in markdown
    assert markdown.endswith("---")


def test_every_shipped_article_is_valid(tmp_path: Path) -> None:
    library = load_library(DataPaths(root=tmp_path, logs=tmp_path))
    assert library.problems == ()
    assert len(library.articles) == 120
    by_language = {
        lang: {a.translation_id for a in library.articles if a.language == lang}
        for lang in ("en", "fr")
    }
    assert by_language["en"] == by_language["fr"]  # every article exists in both languages
