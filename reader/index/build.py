"""Building a `CorpusIndex` incrementally, in a worker, with the on-disk cache.

The build runs the entity pipeline's stages (`reader.entities.pipeline`) exactly as
`reader entities` does, so both give the same names for the same files, and caches what each
stage depends on:
1. evidence: each article's contribution, by content digest (`IndexCache.load_evidence`);
2. scans: each article's names over the corpus evidence, by digest and evidence key — a
   journal, so that a build stopped half-way goes on where it stopped. A scan depends on what
   the whole corpus writes in lower case, so a corpus with any article added or changed is
   scanned again (measured: most of a cold build; see the README);
3. the label vote and linking, over the whole corpus: the result is cached by the ordered
   list of article digests (`corpus_key`), so reopening the same files does nothing else.

The UI's loader hands articles to an `IndexBuilder` as they arrive (`add_articles`); an index
worker calls `build(progress, cancelled)`, which reports `progress(done, total)` and returns
the index. While that runs, `article_names(article)` gives the article the user opened its
names at once: found on the spot and linked within the article (provisional), until the index
holds it. The commands reach the same builder through the library store (`index/store`).

In the UI (every call below in a worker thread; none touches a widget):

    builder = IndexBuilder(engine=EntityEngine(names_path), cache=IndexCache(warn=...))
    builder.add_articles(batch)                  # loader worker, per batch
    index = builder.build(progress, cancelled)   # index worker; None if cancelled
    names = builder.article_names(article)       # the article being opened, at any time

After a build, `gc.collect(); gc.freeze()` keeps full garbage collections (which walk every
loaded object: up to a second at 100,000 articles) from pausing typing.
"""

from __future__ import annotations

import threading
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reader.corpus.model import Article
from reader.entities.adjacent import Scored
from reader.entities.evidence import CaseEvidence
from reader.entities.pipeline import Labelling
from reader.index.cache import IndexCache, Warn
from reader.index.cache_rows import CachedCorpus, pack_evidence, unpack_evidence
from reader.index.corpus_index import CorpusIndex
from reader.index.engine import EntityEngine, scan_from_bytes, scan_to_bytes
from reader.index.keys import article_key, corpus_key, evidence_key
from reader.index.provisional import ArticleNames, KnownNames
from reader.index.tables import paused_gc, tables_from_linked_corpus

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: Articles are read from and written to the cache in batches of this many.
BATCH = 500
#: Progress is reported at most every this many articles (and at the end).
PROGRESS_EVERY = 64


class IndexBuilder:
    """Finds and links the names of a corpus's articles into a `CorpusIndex`, using the cache.

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
        self._scan_lock = threading.Lock()  # one article scanned at a time
        self._articles: list[Article] = []
        self._article_ids: set[str] = set()
        # The build's stage 2 while it runs, and the key of its evidence.
        self._labelling: Labelling | None = None
        self._labelling_key = ""
        # Scans made on demand over the build's evidence: article id → (evidence key, scan).
        self._scans: dict[str, tuple[str, list[Scored]]] = {}
        # Merged evidence of the articles counted in `_evidence_counts` (a multiset of keys);
        # when only known as data (from the cache), `_evidence_loader` decodes it on demand.
        self._evidence: CaseEvidence | None = None
        self._evidence_counts: Counter[str] = Counter()
        self._evidence_loader: Callable[[], Any] | None = None
        self._outside: Labelling | None = None  # recognition for articles outside a build
        self._index: CorpusIndex | None = None
        self._known_names: KnownNames | None = None  # the index's names, for provisional ids
        self.recognised_count = 0  # articles scanned for a build (not taken from the cache)
        self.provisional_count = 0  # articles scanned on their own for `article_names`

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

        Scans are saved as they are made, so a cancelled build loses little.
        """
        articles = self.articles
        total = len(articles)
        key = corpus_key(articles)
        version = self.engine.version
        with paused_gc():
            cached = self.cache.load_corpus(version, key) if self.cache else None
            index = self._from_cache(articles, cached) if cached is not None else None
        if index is not None:  # (so `cached` is too)
            self._finish(index, cached.evidence)  # type: ignore[union-attr]
            _report(progress, total, total)
            return index
        evidence = self._corpus_evidence(articles)
        evidence_id = evidence_key(articles)
        labelling = self.engine.labelling(evidence)
        with self._lock:
            self._labelling, self._labelling_key = labelling, evidence_id
        try:
            scanned = self._scan_all(articles, labelling, evidence_id, progress, cancelled)
            if not scanned or (cancelled is not None and cancelled()):
                return None
            with self._lock:
                self._labelling = None
            decided = labelling.decide()
            del labelling  # the recogniser and the vote: linking needs neither
            evidence_blob = self._evidence_aside(evidence)
            del evidence
            linked = self.engine.link(articles, decided)
        finally:
            with self._lock:
                self._labelling = None
                self._scans.clear()
        entity_table, mention_table = tables_from_linked_corpus(linked)
        del linked
        index = CorpusIndex(articles, entity_table, mention_table)
        if self.cache is not None:
            self.cache.save_corpus(
                version, key, entity_table, mention_table, index.entity_rows(), evidence_blob
            )
            self.cache.forget_scans(version)  # the journal has served: the result is kept
            self.cache.forget_other_engines(version)  # results of older code are dead weight
        self._finish(index, lambda: unpack_evidence(evidence_blob))
        _report(progress, total, total)
        return index

    def _evidence_aside(self, evidence: CaseEvidence) -> bytes:
        """The corpus evidence packed for the cache; the decoded one is let go while linking
        runs (it is large), to be decoded again only if an article outside the build is
        opened meanwhile."""
        blob = pack_evidence(self.engine.evidence_to_data(evidence))
        with self._lock:
            if self._evidence is evidence:
                self._evidence = None
                self._evidence_loader = lambda: unpack_evidence(blob)
                self._outside = None
        return blob

    def _from_cache(self, articles: list[Article], cached: CachedCorpus) -> CorpusIndex | None:
        try:
            return CorpusIndex(
                articles, cached.entities, cached.mentions, entity_rows=cached.entity_rows
            )
        except ValueError as err:
            self._say(f"index cache: ignoring a corpus entry that does not fit ({err})")
            return None

    def article_names(self, article: Article) -> ArticleNames:
        """The article's names now: from the index when built, else found on the spot.

        On-the-spot names are provisional: labelled by the article alone, linked among
        themselves and matched to entities of an earlier index where one has the same name.
        While a build runs, they are found over its corpus evidence and the build keeps the
        scan, so that it does not scan the article again.
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
        labelling, scanned = self._scan_on_demand(article)
        mentions = self.engine.provisional(article, labelling, scanned)
        linked, entities = self.engine.link_one(article, mentions)
        with self._lock:
            if self._known_names is None and self._index is not None:
                self._known_names = KnownNames(self._index)
            known = self._known_names
        if known is None:
            return ArticleNames(linked, entities, provisional=True)
        return known.relink(linked, entities)

    # Steps ----------------------------------------------------------------------------------

    def _corpus_evidence(self, articles: Sequence[Article]) -> CaseEvidence:
        """The evidence of every article (each occurrence counts, as in `pipeline.analyse`).

        Evidence adds up: the previous build's merged evidence is extended with the articles
        it did not count, whose contributions come from the cache or are computed (and saved).
        """
        wanted = Counter(article_key(article) for article in articles)
        with self._lock:
            previous = self._current_evidence()
            counted = self._evidence_counts if previous is not None else Counter()
        evidence = CaseEvidence()
        if previous is not None and not counted - wanted:
            evidence.merge(previous)
        else:
            counted = Counter()
        missing = wanted - counted
        todo = []  # each missing digest taken once per time it is missing (a multiset)
        for article in articles:
            if missing[key := article_key(article)] > 0:
                missing[key] -= 1
                todo.append(article)
        version, cache = self.engine.version, self.cache
        for first in range(0, len(todo), BATCH):
            batch = todo[first : first + BATCH]
            keys = {article_key(article) for article in batch}
            found = cache.load_evidence(version, keys) if cache is not None else {}
            computed: dict[str, Any] = {}
            for article in batch:
                part_key = article_key(article)
                data = found.get(part_key)
                if data is None:
                    data = computed.get(part_key)
                if data is None:
                    data = computed[part_key] = self.engine.evidence_data(article)
                try:
                    evidence.merge(self.engine.evidence_from_data(data))
                except (ValueError, KeyError, TypeError, AttributeError) as err:
                    self._say(f"index cache: ignoring damaged evidence ({err})")
                    data = computed[part_key] = self.engine.evidence_data(article)
                    evidence.merge(self.engine.evidence_from_data(data))
            if cache is not None and computed:
                cache.save_evidence(version, computed.items())
        with self._lock:
            self._evidence = evidence
            self._evidence_counts = wanted
            self._evidence_loader = None
            self._outside = None
        return evidence

    def _scan_all(
        self,
        articles: Sequence[Article],
        labelling: Labelling,
        evidence_id: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> bool:
        """Scan every article into the label vote, with the journal; False if cancelled."""
        version, cache = self.engine.version, self.cache
        journal = cache is not None and cache.has_scans(version, evidence_id)
        if cache is not None and not journal:
            cache.forget_scans(version)  # another corpus's unfinished build: it starts afresh
        total = len(articles)
        done = 0
        for first in range(0, total, BATCH):
            batch = articles[first : first + BATCH]
            kept: dict[str, bytes] = {}
            if journal and cache is not None:
                kept = cache.load_scans(version, evidence_id, {article_key(a) for a in batch})
            new: dict[str, bytes] = {}
            try:
                for article in batch:
                    if cancelled is not None and cancelled():
                        return False
                    scanned = self._scan_for_build(article, labelling, evidence_id, kept, new)
                    labelling.add(article.id, scanned)
                    done += 1
                    if done % PROGRESS_EVERY == 0:
                        _report(progress, done, total)
            finally:
                if cache is not None and new:
                    cache.save_scans(version, evidence_id, new.items())
        _report(progress, done, total)
        return True

    def _scan_for_build(
        self,
        article: Article,
        labelling: Labelling,
        evidence_id: str,
        kept: dict[str, bytes],
        new: dict[str, bytes],
    ) -> list[Scored]:
        """One article's scan: made on demand, from the journal, or made now (and journaled)."""
        part_key = article_key(article)
        with self._scan_lock:
            with self._lock:
                on_demand = self._scans.pop(article.id, None)
            if on_demand is not None and on_demand[0] == evidence_id:
                scanned = on_demand[1]
                new[part_key] = scan_to_bytes(scanned)
                return scanned
            blob = kept.get(part_key)
            if blob is not None:
                try:
                    return scan_from_bytes(blob, article)
                except (ValueError, IndexError) as err:
                    self._say(f"index cache: ignoring a damaged entry ({err})")
            scanned = labelling.scan(article)
            self.recognised_count += 1
        new[part_key] = scan_to_bytes(scanned)
        return scanned

    def _scan_on_demand(self, article: Article) -> tuple[Labelling, list[Scored]]:
        """The article's scan for `article_names`, and the labelling it was made with: the
        running build's (kept for the build) if there is one, else one over the evidence
        known so far (the article's own when there is none)."""
        with self._scan_lock:
            with self._lock:
                labelling, evidence_id = self._labelling, self._labelling_key
                if labelling is not None:
                    known = self._scans.get(article.id)
                    if known is not None and known[0] == evidence_id:
                        return labelling, known[1]
                else:
                    labelling = self._labelling_outside(article)
            scanned = labelling.scan(article)
            with self._lock:
                if labelling is self._labelling and article.id in self._article_ids:
                    self._scans[article.id] = (evidence_id, scanned)
                    self.recognised_count += 1  # the build's work, done early
                else:
                    self.provisional_count += 1
            return labelling, scanned

    def _labelling_outside(self, article: Article) -> Labelling:
        """Recognition for an article outside a build (hold `_lock`): over the merged
        evidence known, kept for the next such article, or over the article's own."""
        if self._outside is None:
            evidence = self._current_evidence()
            if evidence is None:
                own = self.engine.evidence_from_data(self.engine.evidence_data(article))
                return self.engine.labelling(own)
            self._outside = self.engine.labelling(evidence)
        return self._outside

    def _current_evidence(self) -> CaseEvidence | None:
        """The merged evidence so far, decoding the cached one first if need be (hold `_lock`)."""
        if self._evidence is None and self._evidence_loader is not None:
            self._evidence = self._decoded_evidence(self._evidence_loader)
            self._evidence_loader = None
            if self._evidence is None:
                self._evidence_counts = Counter()
        return self._evidence

    def _finish(self, index: CorpusIndex, evidence: Callable[[], Any]) -> None:
        """Keep the index; `evidence` gives the merged evidence of its articles when needed
        (the decoded evidence is let go: it is large, and only articles outside the index,
        opened later, need it)."""
        with self._lock:
            self._index = index
            self._known_names = None
            self._outside = None
            self._evidence = None
            self._evidence_loader = evidence
            self._evidence_counts = Counter(article_key(article) for article in index.articles)

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
