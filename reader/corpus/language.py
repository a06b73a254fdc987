"""Indonesian or English? A stop-word vote over the first words of an article.

Function words make up a large share of any running text and the two languages share almost
none, so counting them over a few hundred words tells the two apart cheaply and reliably.
"""

from __future__ import annotations

import re

from reader.corpus.vocab import words

#: Frequent function words of Indonesian that are not English words.
INDONESIAN_STOPWORDS: frozenset[str] = words(
    """
    yang dan di ke dari untuk dengan ini itu pada tidak akan dalam adalah juga oleh karena
    kata telah sudah bahwa atau saat mereka kami kita para tersebut bisa ada lebih setelah
    sebagai bagi hingga namun tetapi tapi jika kalau agar supaya seperti masih belum sangat
    dia ia saya anda nya pun lagi serta antara sejak menurut secara bukan hanya sementara
    yaitu yakni tentang terhadap kepada sebuah seorang beberapa banyak semua lain dapat
    harus ujar ungkap jelas tegas mengatakan menjadi melakukan memiliki pihak tahun hari
    """
)

#: Frequent function words of English that are not Indonesian words.
ENGLISH_STOPWORDS: frozenset[str] = words(
    """
    the and of to in is that for it was on with as by at he said from his be have has are an
    this will not but which were they its had their been would who or also after more than
    when there about up out into over new could can one two other year last first she her we
    you our what all if so some no just may should because while where
    """
)

_WORD = re.compile(r"[a-z]+")
_SAMPLE_CHARS = 1200
_MIN_HITS = 3


def detect_language(text: str) -> str:
    """ "id", "en", or "" when the text is too short or the vote too close to tell."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    indonesian = sum(map(INDONESIAN_STOPWORDS.__contains__, words))
    english = sum(map(ENGLISH_STOPWORDS.__contains__, words))
    if max(indonesian, english) < _MIN_HITS and not (len(words) < 12 and max(indonesian, english)):
        return ""
    if indonesian >= 2 * english and indonesian > english:
        return "id"
    if english >= 2 * indonesian and english > indonesian:
        return "en"
    return ""
