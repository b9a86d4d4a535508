"""One article file -> one validated :class:`~desktop.domain.Article`.

Two formats:

- Markdown (``.md``): YAML front matter between two ``---`` lines, then the body::

      ---
      id: late-checkout-en            # <translation>-<language>
      language: en                    # en | fr
      translation: late-checkout      # the same in every language (a slug)
      title: Offer a late check-out
      theme: reservations             # a lower-case identifier
      subtheme: modification          # optional
      keywords: [late check-out, leave later]   # optional
      updated: 2026-05-06             # YYYY-MM-DD
      related: [reservations-no-show-report]    # optional: translation slugs
      ---

- HTML (``.html``): the same fields as ``<meta name="frontdesk:FIELD" content="...">``
  in the head (``keywords`` and ``related`` comma-separated; the ``<title>`` stands in
  for a missing ``frontdesk:title``); the body is the ``<body>``, sanitised and turned
  into the library's Markdown (see :mod:`desktop.helpcenter.markup`).

Every field is checked; unknown fields are refused (a typo such as ``keyword`` would
otherwise be lost silently). Each problem raises :class:`ArticleFileError` naming the
file. Checks that need the whole library (related articles and ``article:`` links that
exist, one article per translation and language) are in :mod:`desktop.helpcenter.library`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, NoReturn

import yaml

from desktop.domain import Article
from desktop.errors import BadInputError

#: The languages of the library.
LANGUAGES = ("en", "fr")
#: File name endings the library reads.
SUFFIXES = (".md", ".html")
FIELDS: tuple[str, ...] = ("id", "language", "translation", "title", "theme", "subtheme")
FIELDS += ("keywords", "updated", "related")
REQUIRED = ("id", "language", "translation", "title", "theme", "updated")
MAX_FILE_BYTES = 1_000_000
MAX_TITLE = 200
MAX_KEYWORD = 100

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: Internal links in a body: ``[text](article:<slug>)``.
ARTICLE_LINK = re.compile(r"\]\(\s*article:([^)\s]*)")


# --------------------------------------------------------------------------- errors


class ArticleFileError(BadInputError):
    """One article file is not valid; ``details`` holds ``file`` and ``problem``."""

    code = "article_file"
    default_message = "An article file is not valid."
    default_next_step = "Correct the file named in the message, then import again."

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}", details={"file": file, "problem": problem})
        self.file = file
        self.problem = problem


class LibraryError(BadInputError):
    """A set of article files was refused; ``problems`` lists each bad file's problem."""

    code = "article_library"
    default_message = "Some article files are not valid; nothing was imported."
    default_next_step = "Correct the files named below, then import again."

    def __init__(self, problems: Sequence[ArticleFileError]) -> None:
        count = len(problems)
        noun = "file is" if count == 1 else "files are"
        first = problems[0].message if problems else ""
        summary = f"{count} article {noun} not valid; nothing was imported."
        super().__init__(
            f"{summary} First: {first}", details={"problems": tuple(p.message for p in problems)}
        )
        self.summary = summary
        self.problems = tuple(problems)

    def lines(self) -> list[str]:
        """One line per problem, for the command line."""
        return [problem.message for problem in self.problems]


# --------------------------------------------------------------------------- parsing


def decode(data: bytes, source: str) -> str:
    """The text of a file: UTF-8 (a byte-order mark is allowed), not too large."""
    if len(data) > MAX_FILE_BYTES:
        raise ArticleFileError(source, f"the file is larger than {MAX_FILE_BYTES:,} bytes.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(source, f"not UTF-8 text ({exc.reason}).") from exc


#: libyaml's parser when PyYAML was built with it: the same safe loading, ~10x faster
#: (indexing the shipped library at a desk's first start took ~400 ms of pure-Python
#: parsing, holding the GIL the GUI thread needs).
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str, source: str) -> tuple[Mapping[str, Any], str]:
    """The front matter (a mapping) and the Markdown body of a ``.md`` file."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleFileError(source, "the file must start with a '---' front-matter line.")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == "---")
    except StopIteration:
        raise ArticleFileError(source, "the front matter has no closing '---' line.") from None
    try:
        data = yaml.load("\n".join(lines[1:end]), Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ArticleFileError(source, f"the front matter is not valid YAML{where}.") from exc
    if not isinstance(data, dict):
        raise ArticleFileError(source, "the front matter must be a list of 'field: value'.")
    return data, "\n".join(lines[end + 1 :])


def parse_markdown(text: str, source: str) -> Article:
    """A ``.md`` article file's text -> a validated article."""
    fields, body = split_front_matter(text, source)
    return build_article(fields, body, source)


def build_article(fields: Mapping[str, Any], body: str, source: str) -> Article:
    """Validate every field (and the body) and build the article.

    Raises:
        ArticleFileError: naming ``source`` and the first problem found.
    """
    check = _Checker(source)
    unknown = sorted(str(key) for key in fields if key not in FIELDS)
    if unknown:
        known = ", ".join(FIELDS)
        check.fail(f"unknown field {unknown[0]!r} (the fields are: {known}).")
    for name in REQUIRED:
        if fields.get(name) in (None, ""):
            check.fail(f"the field {name!r} is missing.")
    language = check.choice("language", fields["language"], LANGUAGES)
    translation = check.pattern("translation", fields["translation"], SLUG, "a slug")
    article_id = check.pattern("id", fields["id"], SLUG, "a slug")
    if article_id != f"{translation}-{language}":
        check.fail(f"'id' must be '{translation}-{language}' (translation-language).")
    subtheme = fields.get("subtheme")
    related = check.slug_list("related", fields.get("related"))
    if translation in related:
        check.fail("'related' names the article itself.")
    return Article(
        article_id=article_id,
        translation_id=translation,
        language=language,
        title=check.text("title", fields["title"], MAX_TITLE),
        theme=check.pattern("theme", fields["theme"], IDENTIFIER, "an identifier"),
        subtheme=None
        if subtheme in (None, "")
        else check.pattern("subtheme", subtheme, IDENTIFIER, "an identifier"),
        keywords=check.keywords(fields.get("keywords")),
        updated=check.day("updated", fields["updated"]),
        related=related,
        body_markdown=check.body(body),
    )


def internal_links(body: str) -> list[str]:
    """The slugs named by ``article:`` links in a Markdown body, in order."""
    return ARTICLE_LINK.findall(body)


class _Checker:
    """Field checks that raise :class:`ArticleFileError` naming the file."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, problem: str) -> NoReturn:
        raise ArticleFileError(self.source, problem)

    def text(self, name: str, value: Any, limit: int) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{name!r} must be text.")
        if len(value) > limit or "\n" in value.strip():
            self.fail(f"{name!r} must be one line of at most {limit} characters.")
        return " ".join(value.split())

    def pattern(self, name: str, value: Any, regex: re.Pattern[str], what: str) -> str:
        if not isinstance(value, str) or not regex.match(value):
            hint = "lower-case letters, digits and '-'" if regex is SLUG else "a-z, 0-9, '_'"
            self.fail(f"{name!r} must be {what} ({hint}), not {value!r}.")
        return value

    def choice(self, name: str, value: Any, choices: tuple[str, ...]) -> str:
        if value not in choices:
            self.fail(f"{name!r} must be one of {', '.join(choices)}, not {value!r}.")
        return str(value)

    def day(self, name: str, value: Any) -> date:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{name!r} must be a date written YYYY-MM-DD, not {value!r}.")

    def keywords(self, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail("'keywords' must be a list, e.g. [late check-out, leave later].")
        for keyword in value:
            if not isinstance(keyword, str) or not keyword.strip():
                self.fail(f"'keywords' must hold text only, not {keyword!r}.")
            if len(keyword) > MAX_KEYWORD:
                self.fail(f"the keyword {keyword[:30]!r}... is longer than {MAX_KEYWORD}.")
        return tuple(" ".join(k.split()) for k in value)

    def slug_list(self, name: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(f"{name!r} must be a list of article slugs.")
        for slug in value:
            self.pattern(name, slug, SLUG, "a list of article slugs")
        return tuple(value)

    def body(self, body: str) -> str:
        text = body.strip("\n")
        if not text.strip():
            self.fail("the article has no text after the front matter.")
        for slug in internal_links(text):
            if not SLUG.match(slug):
                self.fail(f"the link 'article:{slug}' does not name an article slug.")
        return text
