"""Building a `CorpusIndex` incrementally, in a worker, with the on-disk cache.

The UI's loader hands articles to an `IndexBuilder` as they arrive (`add_articles`); an index
worker calls `build(progress, cancelled)`, which recognises only what the cache does not
already hold, reports `progress(done, total)`, links, and returns the index. While that runs,
`article_names(article)` gives the article the user opened its names at once (recognised on
the spot when the background pass has not reached it). Commands use `build_index`.

In the UI (every call below in a worker thread; none touches a widget):

    builder = IndexBuilder(engine=EntityEngine(names_path), cache=IndexCache(warn=...))
    builder.add_articles(batch)                  # loader worker, per batch
    index = builder.build(progress, cancelled)   # index worker; None if cancelled
    names = builder.article_names(article)       # the article being opened, at any time
    finder = Finder(index)                       # then search per keystroke
    entity_mentions(index, entity_id), appears_with(...), article_entities(...)

After a build, `gc.collect(); gc.freeze()` keeps full garbage collections (which walk every
loaded object: up to a second at 100,000 articles) from pausing typing.
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reader.corpus.model import Article
from reader.entities.evidence import CaseEvidence
from reader.entities.model import Mention
from reader.index.cache import CachedCorpus, IndexCache, Warn
from reader.index.corpus_index import CorpusIndex
from reader.index.engine import EntityEngine
from reader.index.provisional import ArticleNames, KnownNames
from reader.index.tables import paused_gc, tables_from_linked

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: Recognised articles are written to the cache in transactions of this many.
SAVE_EVERY = 500
#: Progress is reported at most every this many articles (and at the end).
PROGRESS_EVERY = 64


def article_key(article: Article) -> str:
    """The article's content digest, or a digest of its text when the loader gave none."""
    if article.digest:
        return article.digest
    text = article.text.encode("utf-8", "surrogatepass")
    return "text:" + hashlib.blake2b(text, digest_size=16).hexdigest()


def corpus_key(articles: Sequence[Article]) -> str:
    """A digest of the ordered article digests: the same files in the same order."""
    joined = "\n".join(article_key(article) for article in articles)
    return f"{len(articles)}:{hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()}"


class IndexBuilder:
    """Recognises and links a corpus's articles into a `CorpusIndex`, using the cache.

    Thread-safe: the loader may call `add_articles` and the UI `article_names` while a worker
    runs `build`. Without a cache (`cache=None`) everything is computed.
    """

    def __init__(
        self,
        *,
        engine: EntityEngine | None = None,
        cache: IndexCache | None = None,
        warn: Warn | None = None,
    ) -> None:
        self.engine = engine or EntityEngine()
        self.cache = cache
        self._warn = warn
        self._lock = threading.RLock()  # guards the fields below; held only briefly
        self._recognition_lock = threading.Lock()  # one article recognised at a time
        self._articles: list[Article] = []
        self._article_ids: set[str] = set()
        self._raw: dict[str, list[Mention]] = {}  # article id → recognised, not yet linked
        self._evidence: CaseEvidence | None = None  # merged over `_evidence_keys`
        self._evidence_keys: set[str] = set()
        # Merged evidence known but not yet decoded (from the cache): decoded when needed.
        self._evidence_loader: Callable[[], Any] | None = None
        self._index: CorpusIndex | None = None
        self._known_names: KnownNames | None = None  # the index's names, for provisional ids
        self.recognised_count = 0  # articles recognised by this builder (not from the cache)

    @property
    def index(self) -> CorpusIndex | None:
        """The last index built (None before the first build finishes)."""
        return self._index

    @property
    def articles(self) -> list[Article]:
        with self._lock:
            return list(self._articles)

    def add_articles(self, articles: Iterable[Article]) -> None:
        """Add articles in corpus order (an id already added is ignored); cheap."""
        with self._lock:
            for article in articles:
                if article.id not in self._article_ids:
                    self._article_ids.add(article.id)
                    self._articles.append(article)

    def build(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> CorpusIndex | None:
        """Index every article added so far; None when `cancelled()` became true.

        Recognition results are saved as they are made, so a cancelled build loses little.
        """
        articles = self.articles
        total = len(articles)
        key = corpus_key(articles)
        version = self.engine.version
        with paused_gc():
            cached = self.cache.load_corpus(version, key) if self.cache else None
            index = self._from_cache(articles, cached) if cached is not None else None
        if cached is not None and index is not None:
            self._finish(index, cached.evidence)
            _report(progress, total, total)
            return index
        raw, cached_evidence = self._load_recognised(articles, version)
        _report(progress, len(raw), total)
        missing = [a for a in articles if a.id not in raw]
        evidence, unsaved = self._corpus_evidence(articles, cached_evidence)
        del cached_evidence
        if not self._recognise(missing, raw, evidence, unsaved, progress, cancelled, total):
            return None
        if cancelled is not None and cancelled():
            return None
        linked, entities = self.engine.link(articles, raw)
        entity_table, mention_table = tables_from_linked([a.id for a in articles], linked, entities)
        index = CorpusIndex(articles, entity_table, mention_table)
        evidence_data = self.engine.evidence_to_data(evidence)
        if self.cache is not None:
            self.cache.save_corpus(
                version, key, entity_table, mention_table, index.entity_rows(), evidence_data
            )
            self.cache.forget_other_engines(version)  # results of older code are dead weight
        self._finish(index, lambda: evidence_data)
        if self.cache is not None:
            with self._lock:  # the cache holds them now; keep memory for the reading
                for article in articles:
                    self._raw.pop(article.id, None)
        _report(progress, total, total)
        return index

    def _from_cache(self, articles: list[Article], cached: CachedCorpus) -> CorpusIndex | None:
        try:
            return CorpusIndex(
                articles, cached.entities, cached.mentions, entity_rows=cached.entity_rows
            )
        except ValueError as err:
            self._say(f"index cache: ignoring a corpus entry that does not fit ({err})")
            return None

    def article_names(self, article: Article) -> ArticleNames:
        """The article's names now: from the index when built, else recognised on the spot.

        On-the-spot results use the corpus evidence gathered so far and are linked by the
        article's own names, matched to entities of an earlier index where one has the same
        name; they are kept (and cached) so the build does not redo them.
        """
        index = self._index
        if index is not None:
            try:
                number = index.article_number(article.id)
            except KeyError:
                number = -1
            if number >= 0 and index.articles[number] is article:
                mentions = index.mentions_in(article.id)
                entities = {m.entity: index.entity(m.entity) for m in mentions}
                return ArticleNames(mentions, entities, provisional=not index.complete)
        raw = self._raw_for(article)
        linked, entities = self.engine.link([article], {article.id: raw})
        with self._lock:
            if self._known_names is None and self._index is not None:
                self._known_names = KnownNames(self._index)
            known = self._known_names
        mentions = linked.get(article.id, [])
        if known is None:
            return ArticleNames(mentions, entities, provisional=True)
        return known.relink(mentions, entities)

    # Steps ----------------------------------------------------------------------------------

    def _load_recognised(
        self, articles: Sequence[Article], version: str
    ) -> tuple[dict[str, list[Mention]], dict[str, Any]]:
        """Raw mentions already known (recognised here on demand, or in the cache), and the
        cached evidence data of those from the cache, by article key."""
        with self._lock:
            raw = {a.id: self._raw[a.id] for a in articles if a.id in self._raw}
        wanted = {article_key(a) for a in articles if a.id not in raw}
        found = self.cache.load_articles(version, wanted) if self.cache and wanted else {}
        evidence = {}
        for article in articles:
            part_key = article_key(article)
            hit = found.get(part_key)
            if hit is not None and article.id not in raw:
                raw[article.id] = hit.mentions
                evidence[part_key] = hit.evidence
        return raw, evidence

    def _corpus_evidence(
        self, articles: Sequence[Article], cached: dict[str, Any]
    ) -> tuple[CaseEvidence, dict[str, Any]]:
        """The evidence of every article, and the evidence data computed here (to be cached).

        Evidence adds up: the previous build's merged evidence is extended with the articles
        it did not cover (each article's contribution counted once, duplicates included).
        """
        with self._lock:
            previous = self._current_evidence()
            covered = set(self._evidence_keys)
        evidence = CaseEvidence()
        if previous is not None:
            evidence.merge(previous)
        computed: dict[str, Any] = {}
        for article in articles:
            part_key = article_key(article)
            if part_key in covered:
                continue
            data = cached.get(part_key)
            if data is None:
                data = computed[part_key] = self.engine.evidence_data(article)
            evidence.merge(self.engine.evidence_from_data(data))
            covered.add(part_key)
        with self._lock:
            self._evidence = evidence
            self._evidence_keys = covered
            self._evidence_loader = None
        return evidence, computed

    def _recognise(
        self,
        missing: Sequence[Article],
        raw: dict[str, list[Mention]],
        evidence: CaseEvidence,
        unsaved: dict[str, Any],
        progress: Progress | None,
        cancelled: Cancelled | None,
        total: int,
    ) -> bool:
        """Recognise `missing` into `raw`, saving to the cache in batches; False if cancelled.

        `unsaved` holds the evidence data of articles whose results are not cached yet.
        """
        recognizer = self.engine.recognizer(evidence)
        pending: list[tuple[str, list[Mention], Any]] = []
        done = total - len(missing)
        completed = True
        for article in missing:
            if cancelled is not None and cancelled():
                completed = False
                break
            with self._recognition_lock:  # not twice: the UI may be asking for it right now
                mentions = self._raw.get(article.id)
                if mentions is None:
                    mentions = recognizer.recognize(article)
                    self.recognised_count += 1
                    with self._lock:
                        self._raw[article.id] = mentions
            raw[article.id] = mentions
            part_key = article_key(article)
            evidence_data = unsaved.get(part_key)
            if evidence_data is None:
                evidence_data = self.engine.evidence_data(article)
            pending.append((part_key, mentions, evidence_data))
            done += 1
            if len(pending) >= SAVE_EVERY:
                self._save(pending)
            if done % PROGRESS_EVERY == 0:
                _report(progress, done, total)
        self._save(pending)
        return completed

    def _save(self, pending: list[tuple[str, list[Mention], Any]]) -> None:
        if self.cache is not None and pending:
            self.cache.save_articles(self.engine.version, pending)
        pending.clear()

    def _raw_for(self, article: Article) -> list[Mention]:
        """The article's recognised mentions: known, cached, or recognised now."""
        with self._recognition_lock:
            with self._lock:
                known = self._raw.get(article.id)
                evidence = self._current_evidence()
            if known is not None:
                return known
            part_key = article_key(article)
            version = self.engine.version
            cache = self.cache
            hit = cache.load_articles(version, [part_key]).get(part_key) if cache else None
            if hit is not None:
                mentions = hit.mentions
            else:
                own = self.engine.evidence_data(article)
                if evidence is None:
                    evidence = self.engine.evidence_from_data(own)
                mentions = self.engine.recognizer(evidence).recognize(article)
                self.recognised_count += 1
                if cache is not None:
                    cache.save_articles(version, [(part_key, mentions, own)])
            with self._lock:
                self._raw[article.id] = mentions
            return mentions

    def _current_evidence(self) -> CaseEvidence | None:
        """The merged evidence so far, decoding the cached one first if need be (hold `_lock`)."""
        if self._evidence is None and self._evidence_loader is not None:
            self._evidence = self._decoded_evidence(self._evidence_loader)
            self._evidence_loader = None
            if self._evidence is None:
                self._evidence_keys = set()
        return self._evidence

    def _finish(self, index: CorpusIndex, evidence: Callable[[], Any]) -> None:
        """Keep the index; `evidence` gives the merged evidence of its articles when needed."""
        with self._lock:
            self._index = index
            self._known_names = None
            keys = {article_key(article) for article in index.articles}
            if self._evidence is None or self._evidence_keys != keys:
                self._evidence = None
                self._evidence_loader = evidence
                self._evidence_keys = keys

    def _decoded_evidence(self, load: Callable[[], Any]) -> CaseEvidence | None:
        """The merged evidence from `load`, or None (with a warning) when it is damaged."""
        try:
            return self.engine.evidence_from_data(load())
        except (ValueError, KeyError, TypeError, zlib.error) as err:
            self._say(f"index cache: ignoring damaged evidence ({err})")
            return None

    def _say(self, message: str) -> None:
        if self._warn is not None:
            self._warn(message)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def build_index(
    articles: Sequence[Article],
    *,
    names_path: str | None = None,
    use_cache: bool = True,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> CorpusIndex:
    """Index `articles` in one go with the default cache: what the commands use."""
    engine = EntityEngine(names_path)
    cache = IndexCache(warn=warn) if use_cache else None
    try:
        builder = IndexBuilder(engine=engine, cache=cache, warn=warn)
        builder.add_articles(articles)
        index = builder.build(progress)
    finally:
        if cache is not None:
            cache.close()
    if index is None:
        raise RuntimeError("the index build stopped without being cancelled")
    return index
