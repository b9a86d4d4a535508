"""Importing articles (all or nothing) and re-indexing at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import FeedbackReason
from desktop.errors import BadInputError
from desktop.helpcenter import HelpCenter, LibraryError
from desktop.helpcenter.importer import FINGERPRINT_KEY
from desktop.helpcenter.library import imported_root
from desktop.store.articles import list_articles, list_feedback, list_notes
from desktop.store.state import get_setting

from .test_articlefile import GOOD, GOOD_HTML

OVERRIDE = """---
id: reservations-no-show-report-en
language: en
translation: reservations-no-show-report
title: Report a no-show (our hotel's procedure)
theme: reservations
subtheme: no_show
keywords: [no-show, night audit]
updated: 2026-10-01
related: [reservations-cancel-free-of-charge]
---

At the Hôtel du Lac the night auditor reports no-shows after midnight.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def library_state(center: HelpCenter) -> list[tuple[str, str]]:
    return [(a.article_id, a.title) for a in list_articles(center.store)]


def test_import_markdown_and_html(center: HelpCenter, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    write(folder, "late-checkout.md", GOOD)
    write(folder, "fr/depart-tardif.html", GOOD_HTML)
    report = center.import_directory(folder)
    assert sorted(report.article_ids) == ["late-checkout-en", "late-checkout-fr"]
    root = imported_root(center.paths)
    assert sorted(p.relative_to(root).as_posix() for p in report.written) == [
        "en/late-checkout.md",
        "fr/late-checkout.html",
    ]
    assert report.sync.articles == 122
    hits = center.search("départ tardif", language="fr").hits
    assert hits[0].article_id == "late-checkout-fr"
    assert center.search("leave later", language="en").hits[0].article_id == "late-checkout-en"


def test_imported_article_overrides_the_shipped_one(center: HelpCenter, tmp_path: Path) -> None:
    write(tmp_path / "in", "no-show.md", OVERRIDE)
    center.import_directory(tmp_path / "in")
    article = center.article("reservations-no-show-report-en")
    assert article is not None
    assert article.title == "Report a no-show (our hotel's procedure)"
    assert len(list_articles(center.store)) == 120
    assert center.search("night auditor", language="en").hits[0].translation_id == (
        "reservations-no-show-report"
    )
    # a second import of the same id replaces the first copy, whatever its format
    html = GOOD_HTML.replace("late-checkout", "reservations-no-show-report").replace('"fr"', '"en"')
    html = html.replace("-fr", "-en").replace('content="reservations-no-show-report, ', 'content="')
    write(tmp_path / "again", "x.html", html)
    center.import_directory(tmp_path / "again")
    files = sorted(p.name for p in (imported_root(center.paths) / "en").iterdir())
    assert files == ["reservations-no-show-report.html"]


def test_a_bad_file_imports_nothing_and_names_every_bad_file(
    center: HelpCenter, tmp_path: Path
) -> None:
    before = library_state(center)
    folder = tmp_path / "incoming"
    write(folder, "good.md", GOOD)
    write(folder, "no-title.md", GOOD.replace("title: Offer a late check-out\n", ""))
    write(folder, "bad-date.html", GOOD_HTML.replace("2026-05-07", "tomorrow"))
    write(
        folder,
        "orphan.md",
        GOOD.replace("late-checkout", "orphan").replace(
            "[reservations-no-show-report]", "[no-such-article]"
        ),
    )
    with pytest.raises(LibraryError) as caught:
        center.import_directory(folder)
    lines = caught.value.lines()
    assert len(lines) == 3
    assert (
        lines[0] == f"{folder / 'bad-date.html'}: 'updated' must be a date written "
        "YYYY-MM-DD, not 'tomorrow'."
    )
    assert lines[1].startswith(f"{folder / 'no-title.md'}: the field 'title' is missing")
    assert lines[2] == f"{folder / 'orphan.md'}: no article 'no-such-article' in the library."
    assert library_state(center) == before
    assert not imported_root(center.paths).exists()


def test_duplicates_are_refused(center: HelpCenter, tmp_path: Path) -> None:
    folder = tmp_path / "dups"
    write(folder, "a.md", GOOD)
    write(folder, "b.md", GOOD)
    with pytest.raises(LibraryError, match="has the same id 'late-checkout-en'"):
        center.import_directory(folder)


def test_an_empty_or_missing_folder(center: HelpCenter, tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="not a folder"):
        center.import_directory(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty", "readme.txt", "hello")
    with pytest.raises(BadInputError, match=r"no \.md or \.html"):
        center.import_directory(tmp_path / "empty")


def test_start_up_reindexes_only_when_files_changed(center: HelpCenter, tmp_path: Path) -> None:
    assert get_setting(center.store, FINGERPRINT_KEY)
    assert center.sync().changed is False
    # a file dropped into the data folder by hand is picked up at the next start
    write(imported_root(center.paths), "en/late-checkout.md", GOOD)
    report = center.sync()
    assert (report.changed, report.articles) == (True, 121)
    assert center.sync().changed is False


def test_a_bad_hand_edited_file_is_left_out_at_start(center: HelpCenter) -> None:
    write(imported_root(center.paths), "en/broken.md", "no front matter")
    report = center.sync()
    assert report.articles == 120
    assert report.problems == (
        f"{imported_root(center.paths)}/en/broken.md: "
        "the file must start with a '---' front-matter line.",
    )


def test_notes_and_feedback_survive_a_library_update(center: HelpCenter, tmp_path: Path) -> None:
    article = center.article("reservations-no-show-report-en")
    assert article is not None
    center.add_note(article, "Night auditor: call the manager first.")
    center.give_feedback(article, False, reason=FeedbackReason.MISSING_INFORMATION)
    write(tmp_path / "in", "no-show.md", OVERRIDE)
    center.import_directory(tmp_path / "in")
    notes = list_notes(center.store, "reservations-no-show-report", "en")
    assert [n.content for n in notes] == ["Night auditor: call the manager first."]
    feedback = list_feedback(center.store, translation_id="reservations-no-show-report")
    assert [f.reason for f in feedback] == [FeedbackReason.MISSING_INFORMATION]
    page = center.page("reservations-no-show-report-en")
    assert page is not None
    assert [n.content for n in page.notes] == ["Night auditor: call the manager first."]
