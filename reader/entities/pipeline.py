"""The whole entity engine, as stages: evidence → recognition → corpus-wide labels → linking.

Everything that finds names runs these same stages, so that the same files give the same
mentions, labels and entity ids wherever they are shown (`reader entities`, the index behind
the reader, `reader mentions`, `reader find`):

1. `article_evidence(article)`: one article's capitalisation counts. It depends on the
   article alone (the index caches it by content); merged, the counts are the corpus evidence.
2. `Labelling(evidence)`: `scan(article)` finds an article's names with how sure each label
   is (the trained tagger over the rules' findings, `tagger.recognise`), which depends on the article and on the corpus evidence (what the corpus writes in
   lower case); `add` keeps them, packed, for the corpus-wide vote; `decide()` gives every
   article's mentions with their labels (`consistency`).
3. `link_labelled(articles, labelled, names)`: the user's names file, then linking
   (`link`) → a `LinkedCorpus`: every mention's span and entity, in columns.

`analyse` runs the stages in one call; `reader.index.build` runs them with its cache between
them (evidence by article, scans by article and corpus evidence, the linked corpus by the
ordered list of articles).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

from reader.corpus.model import Article
from reader.entities.adjacent import Scored
from reader.entities.consistency import LabelVotes, harmonise
from reader.entities.entity_records import LinkedCorpus
from reader.entities.evidence import CaseEvidence
from reader.entities.link import Linker
from reader.entities.model import Entity, Mention
from reader.entities.names import NamesFile
from reader.entities.tagger.recognise import TaggerRecognizer

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Analysis:
    """Every article's mentions (entity ids filled in) and the entities they refer to.

    `mentions` maps article id → mentions and makes each article's list when it is read;
    `linked` holds the same in columns (None for an empty analysis).
    """

    mentions: Mapping[str, list[Mention]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    linked: LinkedCorpus | None = None


def article_evidence(article: Article) -> CaseEvidence:
    """Stage 1 for one article: its contribution to the corpus evidence."""
    return CaseEvidence.from_article(article)


def corpus_evidence(articles: Iterable[Article]) -> CaseEvidence:
    """Stage 1 for a corpus: the sum of its articles' contributions."""
    return CaseEvidence.from_articles(articles)


class Labelling:
    """Stage 2: recognition over one corpus's evidence, and the corpus-wide label vote.

    `scan` may be called from any thread while another adds (it touches no vote); `add`,
    `decide` from one thread at a time.
    """

    def __init__(self, evidence: CaseEvidence) -> None:
        self.evidence = evidence
        self._recognizer: TaggerRecognizer | None = None
        self._votes = LabelVotes(evidence)

    def scan(self, article: Article) -> list[Scored]:
        """The article's names, each with its label's strength (see `TaggerRecognizer.scan`)."""
        if self._recognizer is None:
            self._recognizer = TaggerRecognizer(self.evidence)
        return self._recognizer.scan(article)

    def add(self, article_id: str, scanned: list[Scored]) -> None:
        """Count one article's scan into the vote (articles in corpus order)."""
        self._votes.add(article_id, scanned)

    def decide(self) -> DecidedMentions:
        """Every added article's mentions with their decided labels, by article id.

        The mentions are made when an article's are read, and let go of when popped, so
        that stage 3 never holds a whole corpus's mentions as objects.
        """
        self._recognizer = None  # its caches of parsed runs are not needed past the scan
        decided = DecidedMentions(self._votes)
        self._votes = LabelVotes(self.evidence)
        return decided

    def alone(self, article_id: str, scanned: list[Scored]) -> list[Mention]:
        """One article's mentions labelled by its own scan only: what it shows until the
        corpus-wide vote has run."""
        return harmonise({article_id: scanned}, self.evidence)[article_id]


class DecidedMentions(MutableMapping[str, list[Mention]]):
    """Article id → mentions with their decided labels, decided when read (`LabelVotes.take`).

    `pop` (what `link_labelled` does) decides an article's mentions and lets its packed scan
    go; reading with `[]` decides them once and keeps them. Mentions set with `[]=` are kept
    as given.
    """

    __slots__ = ("_given", "_votes")

    def __init__(self, votes: LabelVotes) -> None:
        self._votes = votes
        self._given: dict[str, list[Mention]] = {}

    def __getitem__(self, article_id: str) -> list[Mention]:
        given = self._given.get(article_id)
        if given is not None:
            return given
        mentions = self._votes.take(article_id)
        if mentions is None:
            raise KeyError(article_id)
        self._given[article_id] = mentions
        return mentions

    def __setitem__(self, article_id: str, mentions: list[Mention]) -> None:
        self._votes.take(article_id)
        self._given[article_id] = mentions

    def __delitem__(self, article_id: str) -> None:
        if self._given.pop(article_id, None) is None and self._votes.take(article_id) is None:
            raise KeyError(article_id)

    def __iter__(self) -> Iterator[str]:
        return iter([*self._given, *self._votes.pending()])

    def __len__(self) -> int:
        return len(self._given) + len(self._votes.pending())

    def release(self) -> None:
        """Let go of the label votes and of the articles not read yet (they become empty)."""
        self._votes = LabelVotes()
        self._given.clear()

    def pop(self, article_id: str, *default: list[Mention]) -> list[Mention]:  # type: ignore[override]
        """The article's mentions, let go of here (the default when there are none)."""
        given = self._given.pop(article_id, None)
        if given is not None:
            return given
        mentions = self._votes.take(article_id)
        if mentions is not None:
            return mentions
        if default:
            return default[0]
        raise KeyError(article_id)


def link_labelled(
    articles: Sequence[Article],
    labelled: MutableMapping[str, list[Mention]],
    names: NamesFile | None = None,
) -> LinkedCorpus:
    """Stage 3: apply the names file to each article's labelled mentions, then link them all.

    `labelled` (article id → mentions, from `Labelling.decide`) is emptied as it goes: each
    article's mention objects are let go once linking has counted them, and a
    `DecidedMentions`' label votes once every article is counted.
    """

    def batch() -> Iterator[tuple[Article, list[Mention]]]:
        for article in articles:
            mentions = labelled.pop(article.id, [])
            if names is not None:
                mentions = names.apply(article, mentions)
            yield article, mentions

    linker = Linker(names)
    linker.add_all(batch())
    if isinstance(labelled, DecidedMentions):
        labelled.release()  # the label votes' tables: linking needs them no more
    return linker.resolve()


def analyse(
    articles: Sequence[Article],
    names: NamesFile | None = None,
    progress: Progress | None = None,
    processes: int = 1,
) -> Analysis:
    """Find and link every name in `articles`; `progress(done, total)` is called as it goes.

    `names`: the user's names file, applied after recognition (watched names added, ignored
    names dropped) and to linking (each watched name and its aliases are one entity).
    `processes`: how many processes recognise the articles (0: one per core); more than one
    forks workers, so only a process's main thread may ask for it (the command line).
    """
    from reader.entities.tagger.parallel import scan_all

    labelling = Labelling(corpus_evidence(articles))
    total = len(articles)
    scans = scan_all(articles, labelling.evidence, processes or None)
    for done, (article, scanned) in enumerate(zip(articles, scans, strict=True), 1):
        labelling.add(article.id, scanned)
        if progress is not None:
            progress(done, total)
    linked = link_labelled(articles, labelling.decide(), names)
    return Analysis(linked.by_article(), linked.entities_by_id(), linked)
