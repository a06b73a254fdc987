"""A folder of hostile and broken article files, for testing that loading survives them.

`make_hostile_corpus(path)` builds it and returns the folder. It holds two good articles and
one file (or folder) for each kind of bad input the loader must report without stopping:
binary, empty, not UTF-8, larger than the read limit, unreadable, broken HTML, a broken JSON
line, a broken gzip stream, a malformed feed, a named pipe, a symlink loop (folder and file),
a broken symlink, a folder that cannot be listed; and two files whose text tries to inject
terminal escapes and Textual markup (they must load, inert). Then the rest of the bad inputs
the design lists: UTF-16, undecodable bytes, a feed full of entities, file names holding
escape sequences (an empty one, and a good article), bidi overrides, zero-width and combining
characters, wide CJK and emoji titles, links to /dev/zero and a named pipe with article
endings, a gzip bomb, and a folder 500 levels deep. `HOSTILE_EXPECTED` says what the loader
should report for each entry, for tests in every layer to check.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

#: Bytes beyond which the loader cuts a file (the loader's default limit is 8 MB).
LARGE_FILE_BYTES = 8 * 1024 * 1024 + 64 * 1024

GOOD_TXT = (
    "Banjir Rendam Ratusan Rumah di Kota Contoh\n\n"
    "Hujan deras yang turun sejak Senin malam membuat sungai meluap dan merendam ratusan rumah "
    "warga di tepi kota.\n\n"
    "Petugas mengevakuasi warga ke tempat yang lebih tinggi dan membuka dapur umum.\n"
)
GOOD_MD = (
    "# Storm Closes Schools Across the Region\n\n"
    "Schools across the region were closed on Tuesday as a storm brought heavy rain and "
    "strong winds.\n\n"
    "Officials said the schools would reopen *once the roads are safe*.\n"
)
MARKUP_TEXT = (
    "Judul [@click=app.quit]x[/] Berbahaya\n\nIsi [bold]tebal[/bold] dan [@click=app.bell]y[/].\n"
)
ESCAPE_TEXT = "Clear \x1b[2J Screen\n\nBody text with \x1b]0;title\x07 and \x9b31m controls.\n"

#: A file name that retitles the terminal and clears the screen if it reaches it raw.
PWNED_NAME = "x\x1b]0;PWNED\x07\x1b[2J.txt"
#: A good article whose name holds a colour escape and a right-to-left override.
ESCAPED_GOOD_NAME = "good\x1b[31m\u202eevil.md"
BIDI_TEXT = "Warga \u202eKota\u202c Contoh Mengungsi\n\nIsi berita \u2067terbalik\u2069 di sini.\n"
ZERO_WIDTH_TITLE = "Ze\u200bro\u200d Width Cafe\u0301 Re\u0301sume\u0301 Story"
CJK_TITLE = "北京暴雨导致航班取消 🌧️ 东京 😀"
DEEP_LEVELS = 500

#: File or folder name → (fatal problem expected?, words expected in the problem's reason).
#: Entries absent from this map load without any problem.
HOSTILE_EXPECTED: dict[str, tuple[bool | None, str]] = {
    "binary.txt": (True, "binary"),
    "empty.txt": (True, "empty"),
    "latin1.txt": (False, "not UTF-8"),
    "large.txt": (False, "larger than"),
    "unreadable.txt": (True, "permission denied"),
    "broken.jsonl": (False, "line 2: not valid JSON"),
    "truncated.jsonl.gz": (False, "unreadable after line"),
    "malformed.rss": (False, "malformed"),
    "pipe.txt": (True, "not a regular file"),
    "loop": (True, "symlink loop"),
    "selfloop.txt": (True, "symlink loop"),
    "dangling.md": (True, "broken symlink"),
    "locked": (True, "cannot list folder"),
    "utf16.txt": (False, "not UTF-8: read as utf_16"),
    "undecodable.txt": (True, "cannot decode"),
    PWNED_NAME: (True, "empty file"),
    "zero.txt": (True, "not a regular file"),
    "zero.jsonl": (True, "not a regular file"),
    "pipe.jsonl": (True, "not a regular file"),
    "bomb.jsonl.gz": (True, "compression bomb"),
}

#: Files that must load as articles, with a word their text holds.
HOSTILE_LOADS: dict[str, str] = {
    "good.txt": "Banjir",
    "good.md": "Storm",
    "broken.html": "survives",
    "latin1.txt": "café",
    "large.txt": "Large",
    "markup.txt": "[@click=app.quit]x[/]",
    "escape.txt": "Clear",
    "broken.jsonl": "first",
    "truncated.jsonl.gz": "gzip",
    "malformed.rss": "Feed",
    "utf16.txt": "Banjir",
    "entities.rss": "Tom & Jerry",
    ESCAPED_GOOD_NAME: "Hujan",
    "bidi.txt": "Mengungsi",
    "zerowidth.txt": ZERO_WIDTH_TITLE,
    "cjk.txt": CJK_TITLE,
    "bottom.txt": "Dalam",
}


def make_hostile_corpus(path: Path) -> Path:
    """Build the hostile corpus folder under `path` and return it."""
    root = path / "hostile"
    root.mkdir()
    (root / "good.txt").write_text(GOOD_TXT, encoding="utf-8")
    (root / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (root / "binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    )
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes(
        "Harga Kopi di café Naik Lagi\n\nPara pemilik café mengatakan harga biji kopi naik "
        "sepanjang tahun, dan pelanggan mulai mengeluh.\n".encode("cp1252")
    )
    _write_large(root / "large.txt")
    unreadable = root / "unreadable.txt"
    unreadable.write_text("Secret\n\nNobody may read this file at all.\n", encoding="utf-8")
    unreadable.chmod(0)
    (root / "broken.html").write_text(
        "<html><head><title>Broken page survives</title></head><body><div><p>This page "
        "survives broken markup: <b>unclosed bold <i>and italics<p>and a paragraph that "
        "never ends <table><tr><td>cell",
        encoding="utf-8",
    )
    good_line = json.dumps({"title": "The first story", "text": "The first story's body."})
    last_line = json.dumps({"title": "The third story", "text": "The third story's body."})
    (root / "broken.jsonl").write_text(
        good_line + '\n{"title": "broken", "text": \n' + last_line + "\n", encoding="utf-8"
    )
    stories = "".join(
        json.dumps({"title": f"A gzip story {n}", "text": f"Story {n} read from a gzip stream."})
        + "\n"
        for n in range(400)
    )
    whole = gzip.compress(stories.encode("utf-8"))
    (root / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (root / "malformed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title><item>"
        "<title>Feed item & broken</title><description>Feed text survives.</description>"
        "</item>",
        encoding="utf-8",
    )
    os.mkfifo(root / "pipe.txt")
    sub = root / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to("..", target_is_directory=True)
    (root / "selfloop.txt").symlink_to("selfloop.txt")
    (root / "dangling.md").symlink_to("missing.md")
    locked = root / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Locked away\n\nCannot be listed.\n", encoding="utf-8")
    locked.chmod(0)
    (root / "markup.txt").write_text(MARKUP_TEXT, encoding="utf-8")
    (root / "escape.txt").write_text(ESCAPE_TEXT, encoding="utf-8")
    _write_more(root)
    return root


def _write_more(root: Path) -> None:
    """The design's other bad inputs, beside the ones above."""
    (root / "utf16.txt").write_bytes(GOOD_TXT.encode("utf-16"))
    (root / "undecodable.txt").write_bytes(
        b"Judul \xff\xfe\xc3\x28 Berita\n\n" + bytes(range(128, 256)) * 3 + b"\n"
    )
    (root / "entities.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Entities</title><item>"
        "<title>Tom &amp; Jerry &#233;t&#233; &#x202e;rev</title>"
        "<description>Escapes &amp;#27;[2J and &#27;[2J and &lt;b&gt;bold&lt;/b&gt; "
        "and &#x9b;31m in text.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (root / PWNED_NAME).write_bytes(b"")
    (root / ESCAPED_GOOD_NAME).write_text(
        "# Hujan Deras Malam Ini\n\nHujan deras turun di seluruh kota sejak malam.\n",
        encoding="utf-8",
    )
    (root / "bidi.txt").write_text(BIDI_TEXT, encoding="utf-8")
    (root / "zerowidth.txt").write_text(
        f"{ZERO_WIDTH_TITLE}\n\nA story with zero-width and combining characters.\n",
        encoding="utf-8",
    )
    (root / "cjk.txt").write_text(
        f"{CJK_TITLE}\n\n北京市周二遭遇暴雨，首都机场取消了数百个航班。\n", encoding="utf-8"
    )
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "zero.jsonl").symlink_to("/dev/zero")
    os.mkfifo(root / "pipe.jsonl")
    with gzip.open(root / "bomb.jsonl.gz", "wb", compresslevel=9) as bomb:
        bomb.write(b'{"title": "Bomb", "text": "')
        for _ in range(40):
            bomb.write(b"a" * (1024 * 1024))
    deep = root / "deep"
    folder = deep
    for _ in range(DEEP_LEVELS):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "bottom.txt").write_text(
        "Dalam Sekali Di Bawah\n\nBerita dari folder yang sangat dalam.\n", encoding="utf-8"
    )


def write_one_long_line(path: Path, megabytes: int = 50) -> None:
    """A text file of one line of `megabytes` MB (no line break), written in pieces."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Satu Baris Panjang Sekali ")
        for _ in range(megabytes):
            fh.write("kata " * (1024 * 1024 // 5))


def write_tiny_files(folder: Path, count: int) -> Path:
    """`count` tiny article files in `folder` (10 subfolders)."""
    for number in range(count):
        sub = folder / f"s{number % 10}"
        if number < 10:
            sub.mkdir(parents=True)
        (sub / f"{number:06d}.txt").write_text(f"Berita {number}\n\nIsi {number}.\n")
    return folder


def _write_large(path: Path) -> None:
    """A file just over the read limit: a short article, then blank lines (cheap to load)."""
    head = "Large File Head\n\nThe start of a very large file that the reader cuts.\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head)
        fh.write("\n" * (LARGE_FILE_BYTES - len(head)))
        fh.write("The tail beyond the limit.\n")


def restore_permissions(root: Path) -> None:
    """Make the folder removable again (pytest's tmp_path clean-up needs to list it)."""
    (root / "locked").chmod(0o755)
    (root / "unreadable.txt").chmod(0o644)
