"""Paths given → files to load, in order: each path as given, folders walked recursively.

Folders are walked in name order (files and subfolders interleaved, as a sorted listing
shows them), hidden entries skipped, symlinked folders followed once (a link back to a folder
being walked is a symlink loop, reported). In folders only files of known article formats are
taken; a file given by name is taken whatever its name. The same file reached twice is loaded
once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from reader.corpus.model import LoadProblem
from reader.corpus.reading import describe_os_error

#: File name endings → format, longest first so ".jsonl.gz" wins over ".gz".
FORMATS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".markdown", "markdown"),
    (".md", "markdown"),
    (".xhtml", "html"),
    (".html", "html"),
    (".htm", "html"),
    (".atom", "feed"),
    (".rss", "feed"),
    (".xml", "feed"),
    (".text", "text"),
    (".txt", "text"),
)


class FoundFile(NamedTuple):
    """A file to load: its path as found, and whether the user named it (not found in a folder)."""

    path: str
    named: bool


def format_of(path: str) -> str | None:
    """The format of a file by its name ("text", "markdown", "html", "jsonl", "feed") or None."""
    lowered = path.lower()
    for ending, name in FORMATS:
        if lowered.endswith(ending):
            return name
    return None


def discover(paths: Iterable[str]) -> Iterator[FoundFile | LoadProblem]:
    """Yield each file to load (as found from the given path), or a problem for what can't be."""
    seen_files: set[tuple[int, int]] = set()  # (device, inode): the same file by any path
    seen_dirs: set[str] = set()
    for given in paths:
        try:
            info = os.stat(given)
        except OSError as err:
            yield LoadProblem(given, describe_os_error(err))
            continue
        if stat.S_ISDIR(info.st_mode):
            real = os.path.realpath(given)
            if real not in seen_dirs:
                seen_dirs.add(real)
                yield from _walk(given, (real,), seen_dirs, seen_files)
        elif _first_time((info.st_dev, info.st_ino), seen_files):
            yield FoundFile(given, named=True)


def _first_time(key: tuple[int, int], seen_files: set[tuple[int, int]]) -> bool:
    """Whether this file (device, inode) has not been seen yet; marks it seen."""
    if key in seen_files:
        return False
    seen_files.add(key)
    return True


def _walk(
    folder: str,
    ancestors: tuple[str, ...],
    seen_dirs: set[str],
    seen_files: set[tuple[int, int]],
) -> Iterator[FoundFile | LoadProblem]:
    """The files under `folder`, in name order, following symlinked folders once.

    Depth-first with a stack of listings rather than by recursion, so a folder nested a
    thousand levels deep is read like any other (recursion would stop at Python's limit).
    """
    stack: list[tuple[Iterator[os.DirEntry[str]], str, int, tuple[str, ...]]] = []
    opened = _listing(folder, ancestors, stack)
    if opened is not None:
        yield opened
    while stack:
        entries, current, device, chain = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = os.path.join(current, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as err:
            yield LoadProblem(path, describe_os_error(err))
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real in chain:
                yield LoadProblem(path, "symlink loop: leads back to a folder being read")
            elif real not in seen_dirs:
                seen_dirs.add(real)
                problem = _listing(path, (*chain, real), stack)
                if problem is not None:
                    yield problem
        elif format_of(entry.name) is None:
            continue
        elif not is_file and entry.is_symlink():
            yield LoadProblem(path, _broken_link_reason(path))
        else:
            try:
                key = _file_key(entry, device)
            except OSError as err:
                yield LoadProblem(path, describe_os_error(err))
                continue
            if _first_time(key, seen_files):
                yield FoundFile(path, named=False)


def _listing(
    folder: str,
    chain: tuple[str, ...],
    stack: list[tuple[Iterator[os.DirEntry[str]], str, int, tuple[str, ...]]],
) -> LoadProblem | None:
    """Push `folder`'s entries, in name order, onto `stack`; the problem if it can't be listed."""
    try:
        device = os.stat(folder).st_dev
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        return LoadProblem(folder, f"cannot list folder: {describe_os_error(err)}")
    stack.append((iter(entries), folder, device, chain))
    return None


def _file_key(entry: os.DirEntry[str], device: int) -> tuple[int, int]:
    """(device, inode) of the file an entry leads to; free from the listing unless a symlink."""
    if entry.is_symlink():
        info = entry.stat()
        return info.st_dev, info.st_ino
    return device, entry.inode()


def _broken_link_reason(path: str) -> str:
    """Why a symlink does not lead to a file."""
    try:
        os.stat(path)
    except OSError as err:
        reason = describe_os_error(err)
        return "broken symlink" if reason == "no such file or folder" else reason
    return "not a regular file"
