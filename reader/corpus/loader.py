"""Paths → articles, one file at a time, with problems reported instead of raised.

This is the corpus layer's one entry point: `iter_load` yields articles and problems as it
goes (so a UI can show progress and the first articles at once), `load_corpus` collects them.
Formats: plain text, Markdown, HTML, JSON Lines (gzip'd or not) and RSS/Atom feeds; the
libraries for HTML, feeds and other encodings are imported only when a file needs them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from reader.corpus.build import content_digest
from reader.corpus.discover import discover, format_of
from reader.corpus.lines import ARTICLE_CUT_NOTE, MAX_ARTICLE_CHARS
from reader.corpus.model import Article, LoadProblem
from reader.corpus.reading import MAX_BYTES, UnreadableFile, decode, read_bytes, size_label
from reader.corpus.record import Record
from reader.corpus.sanitize import clean_text
from reader.corpus.streams import StreamLimits


class Corpus(Record):
    """Everything loaded from the given paths, in file order, and what could not be."""

    __slots__ = ("articles", "problems")

    def __init__(
        self, articles: list[Article] | None = None, problems: list[LoadProblem] | None = None
    ) -> None:
        self.articles: list[Article] = articles if articles is not None else []
        self.problems: list[LoadProblem] = problems if problems is not None else []


class YearsSeen:
    """The years of the articles loaded so far: the reference for dates written without one."""

    def __init__(self) -> None:
        """No years yet."""
        self._counts: Counter[int] = Counter()
        self._reference: int | None = None

    def add(self, article: Article) -> None:
        """Count a loaded article's year."""
        if article.date is not None:
            self._counts[article.date.year] += 1
            self._reference = None

    def add_year(self, year: int) -> None:
        """Count one article's year (an article read earlier, known by its year alone)."""
        self._counts[year] += 1
        self._reference = None

    def state(self) -> str:
        """What the references to come depend on, as text (the counts in the order first seen)."""
        return ",".join(f"{year}:{count}" for year, count in self._counts.items())

    def reference(self) -> int | None:
        """The most common year so far, or None."""
        if self._reference is None and self._counts:
            self._reference = self._counts.most_common(1)[0][0]
        return self._reference


def iter_load(
    paths: Iterable[str],
    *,
    max_bytes: int = MAX_BYTES,
    cancelled: Callable[[], bool] = lambda: False,
    limits: StreamLimits | None = None,
) -> Iterator[Article | LoadProblem]:
    """Yield the articles of every readable file under `paths`, and a problem for each bad one.

    Files come in the order given, folders' files in name order. A problem with `fatal=False`
    means the file (or the rest of it) was still loaded as far as it was sound. Once
    `cancelled()` is true the load stops within one file's parse or one streamed chunk (a UI
    that quits must not wait for a big file). `limits` bound each JSON Lines file.
    """
    years = YearsSeen()
    order = 0
    for found in discover(paths):
        if cancelled():
            return
        if isinstance(found, LoadProblem):
            yield found
            continue
        loading = _load_file(found.path, max_bytes, years, found.named, limits, cancelled)
        for item in loading:
            if isinstance(item, Article):
                item.order = order
                order += 1
                years.add(item)
            yield item


def load_file(
    path: str,
    years: YearsSeen,
    *,
    named: bool = True,
    max_bytes: int = MAX_BYTES,
    limits: StreamLimits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Article | LoadProblem]:
    """One file's articles (`order` left to the caller) and problems, as `iter_load` reads it
    after the files whose years are counted in `years`; its articles' years are added."""
    for item in _load_file(path, max_bytes, years, named=named, limits=limits, cancelled=cancelled):
        if isinstance(item, Article):
            years.add(item)
        yield item


def load_corpus(
    paths: Iterable[str], *, max_bytes: int = MAX_BYTES, limits: StreamLimits | None = None
) -> Corpus:
    """Load everything under `paths` at once."""
    corpus = Corpus()
    for item in iter_load(paths, max_bytes=max_bytes, limits=limits):
        if isinstance(item, Article):
            corpus.articles.append(item)
        else:
            corpus.problems.append(item)
    return corpus


def sort_newest_first(articles: Sequence[Article]) -> list[Article]:
    """Dated articles newest first, then the undated ones in file order."""
    dated = sorted((a for a in articles if a.date is not None), key=_date_key, reverse=True)
    return dated + sorted((a for a in articles if a.date is None), key=lambda a: a.order)


def _date_key(article: Article) -> tuple[object, int]:
    """Sort key: date, then earlier files first among equal dates (reversed sort)."""
    return (article.date, -article.order)


def _load_file(
    path: str,
    max_bytes: int,
    years: YearsSeen,
    named: bool = True,
    limits: StreamLimits | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Article | LoadProblem]:
    """The articles of one file, or the problem that stopped it.

    This is the boundary where a bad file must not stop the rest of the load: an error that
    escapes a parser (a library meeting input it was not built for) becomes this file's problem.
    """
    kind = format_of(path) or "text"
    try:
        if kind == "jsonl":
            from reader.corpus.formats.jsonl import articles_from_jsonl

            yield from articles_from_jsonl(
                path,
                max_bytes=max_bytes,
                reference_year=years.reference,
                limits=limits,
                cancelled=cancelled,
            )
            return
        yield from _load_single(path, kind, max_bytes, years.reference(), named)
    except UnreadableFile as err:
        yield LoadProblem(path, str(err))
    except Exception as err:  # reported as this file's problem; the load goes on
        yield LoadProblem(path, f"cannot be parsed ({type(err).__name__}: {_first_line(err)})")


def _load_single(
    path: str, kind: str, max_bytes: int, reference_year: int | None, named: bool
) -> Iterator[Article | LoadProblem]:
    """The article of a one-article file (or a feed's), with its problems."""
    raw = read_bytes(path, max_bytes)
    if kind == "feed" and not named and path.lower().endswith(".xml"):
        from reader.corpus.formats.feeds import looks_like_feed

        if not looks_like_feed(raw.data):
            return  # an XML file found in a folder that is not a feed: not an article
    notes: list[str] = []
    if raw.truncated:
        limit = size_label(max_bytes)
        notes.append(f"Only the first {limit} of this {size_label(raw.size)} file were read.")
        yield LoadProblem(path, f"larger than {limit}: only the first {limit} were read", False)
    if kind == "feed":
        yield from _load_feed(path, raw.data, reference_year)
        return
    text, encoding = decode(raw.data)
    if encoding is not None:
        notes.append(f"Not UTF-8: read as {encoding}; offsets index the decoded text.")
        yield LoadProblem(path, f"not UTF-8: read as {encoding}", fatal=False)
    digest = content_digest(raw.data)
    article = _parse(path, kind, text, digest, tuple(notes), reference_year)
    if article is None:
        yield LoadProblem(path, "no article text found")
        return
    if ARTICLE_CUT_NOTE.format(MAX_ARTICLE_CHARS) in article.notes:
        limit = f"{MAX_ARTICLE_CHARS:,}"
        yield LoadProblem(path, f"longer than {limit} characters: only the first shown", False)
    yield article


def _parse(
    path: str, kind: str, text: str, digest: str, notes: tuple[str, ...], reference_year: int | None
) -> Article | None:
    """Parse decoded text by format."""
    if kind == "html":
        from reader.corpus.formats.html import article_from_html

        return article_from_html(
            path, text, digest=digest, notes=notes, reference_year=reference_year
        )
    text = clean_text(text)
    if kind == "markdown":
        from reader.corpus.formats.markdown import article_from_markdown

        return article_from_markdown(
            path, text, digest=digest, notes=notes, reference_year=reference_year
        )
    from reader.corpus.formats.plaintext import article_from_text

    return article_from_text(path, text, digest=digest, notes=notes, reference_year=reference_year)


def _load_feed(
    path: str, data: bytes, reference_year: int | None
) -> Iterator[Article | LoadProblem]:
    """The items of a feed file."""
    from reader.corpus.formats.feeds import articles_from_feed, looks_like_feed

    if not data.strip():
        raise UnreadableFile("empty file")
    if not looks_like_feed(data):
        raise UnreadableFile("not an RSS or Atom feed")
    yield from articles_from_feed(path, data, reference_year=reference_year)


def _first_line(error: BaseException) -> str:
    """An exception message as one short line."""
    text = " ".join(str(error).split())
    return text[:120] or "no details"
