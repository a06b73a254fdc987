"""HTML fragments → lines of text by element, with the standard library's HTML parser.

Used for feed items (whose content is a small, already sanitized HTML fragment) and as the
fallback when article extraction finds nothing in a broken page. Block elements start new
lines; scripts, styles and forms are skipped; headings, list items, quotes and figure captions
keep their kind.
"""

from __future__ import annotations

from html.parser import HTMLParser

from reader.corpus.model import BlockKind

_BLOCK_TAGS: dict[str, BlockKind] = {
    "p": "paragraph",
    "div": "paragraph",
    "section": "paragraph",
    "article": "paragraph",
    "br": "paragraph",
    "tr": "paragraph",
    "pre": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "item",
    "dt": "item",
    "dd": "item",
    "blockquote": "quote",
    "figcaption": "caption",
}
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "form", "button", "nav"})


class _LineCollector(HTMLParser):
    """Collects text by block element while the HTML parser walks the document."""

    def __init__(self) -> None:
        """Start with no lines."""
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[BlockKind, str]] = []
        self._pieces: list[str] = []
        self._kinds: list[BlockKind] = []
        self._skip_depth = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Block elements end the current line; skipped elements start skipping."""
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag != "br":
                self._kinds.append(_BLOCK_TAGS[tag])
        elif tag in ("td", "th"):
            self._pieces.append(" ")  # a row's cells are words apart, not run together

    def handle_endtag(self, tag: str) -> None:
        """The end of a block element ends its line."""
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS and tag != "br":
            self._flush()
            if self._kinds:
                self._kinds.pop()

    def handle_data(self, data: str) -> None:
        """Collect text (the <title> apart)."""
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._pieces.append(data)

    def _flush(self) -> None:
        """End the current line, its white space collapsed."""
        text = " ".join("".join(self._pieces).split())
        self._pieces = []
        if text:
            kind = self._kinds[-1] if self._kinds else "paragraph"
            self.lines.append((kind, text))

    def close(self) -> None:
        """Finish parsing and keep the last line."""
        super().close()
        self._flush()


def html_lines(fragment: str) -> tuple[str, list[tuple[BlockKind, str]]]:
    """The <title> (if any) and the text lines of an HTML document or fragment, with kinds."""
    collector = _LineCollector()
    collector.feed(fragment)
    collector.close()
    return " ".join(collector.title.split()), collector.lines
