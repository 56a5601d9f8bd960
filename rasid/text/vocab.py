"""Arabic word frequencies that decide vocabulary-backed evasion repairs (joins, substitutions, re-dotting).

The list is ``rasid/data/vocabulary_ar.txt.gz`` (built by ``tools/build_vocabulary.py`` from wordfreq's Arabic
list and the gazetteer's place names). Keys are ``fold_string`` forms; a score is the Zipf frequency × 10
(70 ≈ one word in a thousand, 30 ≈ one in ten million); 0 means "not a word". The file is read on first use
and kept as MARISA tries (the words, the spellings, the skeleton indexes) in the lexicon cache.
"""
from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

import marisa_trie

from rasid.lexicon.cache import cached
from rasid.text.clitics import proclitics

__all__ = ["load_vocabulary", "spelling", "score", "join_ok", "function_like", "in_domain", "best_variant", "skeleton_words"]

# Proclitics and enclitics stripped when a word is not in the list as written (longest first).
_PROCLITICS = proclitics(article=True)
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي")

JOIN_MIN = 20        # a join across junk inside a token must give a word at least this frequent ...
JOIN_MARGIN = 5      # ... and three times more frequent than its rarest piece
FUNCTION_MIN = 55    # a piece this frequent may open a compound written as one word
RUN_MIN = 30         # a run of spaced single letters must spell a word at least this frequent
INDEX_MIN = 30       # words of the skeleton indexes (dotless, Arabizi)
VARIANT_MIN = 35     # a substituted word must be at least this frequent ...
VARIANT_MARGIN = 10  # ... and ten times more frequent than any other candidate ...
GENERAL_MIN = 40     # ... and this frequent when it is no word of rasid's lexicons (50 for a ه/ح swap: names)
REPEAT_MIN = 25      # a word with a doubled letter dropped must be at least this frequent
SKELETON_MARGIN = 1  # a dotless word is read as its most frequent reading, unless another is as frequent
_ARABIC_RUN = re.compile("[\u0621-\u063a\u0641-\u064a]{3,}")


# ``fold_string`` restricted to the letters of a plain word (the file holds no marks, digits or Latin).
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


class Vocabulary:
    """Folded word → score, read-only: a MARISA trie of the words (each word's number in it) and one byte of
    score per number. 1 MB where a dict of 315,000 strings takes 35 MB; a look-up costs a microsecond."""

    __slots__ = ("_words", "_scores")

    def __init__(self, words: marisa_trie.Trie, scores: bytes) -> None:
        self._words = words
        self._scores = scores

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, key: str) -> bool:
        return key in self._words

    def __getitem__(self, key: str) -> int:
        return self._scores[self._words[key]]

    def get(self, key: str, default: int = 0) -> int:
        number = self._words.get(key)
        return default if number is None else self._scores[number]

    def items(self) -> Iterator[tuple[str, int]]:
        """(word, score) in the trie's order."""
        scores = self._scores
        return ((word, scores[number]) for word, number in self._words.iteritems())

    def at_least(self, level: int) -> FrequentWords:
        """The words of at least ``level``, as a set to ask ``in``."""
        return FrequentWords(self, level)


class FrequentWords:
    """The words of a :class:`Vocabulary` scored at least ``level`` (``word in frequent``)."""

    __slots__ = ("_vocabulary", "_level")

    def __init__(self, vocabulary: Vocabulary, level: int) -> None:
        self._vocabulary = vocabulary
        self._level = level

    def __contains__(self, key: str) -> bool:
        return self._vocabulary.get(key) >= self._level


class _Spellings:
    """Folded word → its usual spelling where that differs (a MARISA trie of UTF-8 spellings)."""

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.BytesTrie) -> None:
        self._trie = trie

    def get(self, key: str, default: str | None = None) -> str | None:
        found = self._trie.get(key)
        return found[0].decode("utf-8") if found else default

    def items(self) -> Iterator[tuple[str, str]]:
        return ((key, value.decode("utf-8")) for key, value in self._trie.iteritems())


@cache
def load_vocabulary() -> Vocabulary:
    """Folded word → score, read once (from the cache: the trie's bytes, then one score byte per word)."""
    words, scores, _ = _packed_bytes()
    return Vocabulary(marisa_trie.Trie().frombytes(words), scores)


@cache
def _spellings() -> _Spellings:
    """Folded word → its usual spelling where that differs, built on first use (evasion repairs only)."""
    return _Spellings(marisa_trie.BytesTrie().frombytes(_packed_bytes()[2]))


@cache
def _packed_bytes() -> tuple[bytes, bytes, bytes]:
    return cached("vocabulary", _packed)


def _packed() -> tuple[bytes, bytes, bytes]:
    """(the words' trie, their scores by number in it, the spellings' trie), as bytes, from the data file."""
    vocab, spelt = _read()
    words = marisa_trie.Trie(vocab)
    scores = bytearray(len(words))
    for word, value in vocab.items():
        scores[words[word]] = value
    spellings = marisa_trie.BytesTrie((key, word.encode("utf-8")) for key, word in spelt.items())
    return words.tobytes(), bytes(scores), spellings.tobytes()


def _read() -> tuple[dict[str, int], dict[str, str]]:
    """(folded word → score, folded word → its usual spelling where that differs), from the data file."""
    raw = resources.files("rasid.data").joinpath("vocabulary_ar.txt.gz").read_bytes()
    vocab: dict[str, int] = {}
    spelling: dict[str, str] = {}
    for block in gzip.decompress(raw).decode("utf-8").split("="):
        band, _, words = block.partition("\n")
        if not words:
            continue
        value = int(band)
        for word in words.split("\n"):
            key = word.translate(FOLD)
            vocab[key] = value
            if key != word:
                spelling[key] = word
    vocab.pop("", None)
    return vocab, spelling


def spelling(key: str) -> str:
    """The usual spelling of a folded word (hamza, ة and ى restored)."""
    return _spellings().get(key, key)


@lru_cache(maxsize=1 << 16)
def score(key: str) -> int:
    """The score of a folded word, or of its stem once proclitics and/or an enclitic are stripped (the higher)."""
    vocab = load_vocabulary()
    return max(vocab.get(key, 0), _stem_score(key))


def _stem_score(key: str) -> int:
    """The score of the first stem found behind proclitics and/or an enclitic."""
    vocab = load_vocabulary()
    for p in ("", *_PROCLITICS):
        if p and not key.startswith(p):
            continue
        rest = key[len(p):]
        stems = [rest, "ال" + rest] if p.endswith("لل") else [rest]
        for stem in stems:
            if p and len(stem) >= 3 and stem in vocab:
                return vocab[stem]
            for s in _ENCLITICS:
                if stem.endswith(s) and len(stem) - len(s) >= 3 and stem[:-len(s)] in vocab:
                    return vocab[stem[:-len(s)]]
    return 0


def join_ok(joined: str, pieces: list[str], margin: bool = True) -> int:
    """The score of ``joined`` (folded) when it is a frequent word of three letters or more and, if ``margin``,
    three times more frequent than its rarest piece (the pieces as written) read as a word; else 0."""
    if len(joined) < 3:
        return 0
    s = score(joined)
    if s < JOIN_MIN or (margin and s < min(_piece_score(p) for p in pieces) + JOIN_MARGIN):
        return 0
    return s


def function_like(piece: str) -> bool:
    """Is the piece (as written) a very frequent word, such as those that open compounds (يا رب، في ما، عبد الله)?"""
    return _piece_score(piece) >= FUNCTION_MIN


def _piece_score(piece: str) -> int:
    """A piece's score as a word of its own, as written: «و» is one, other single letters and a bare article are
    not, nor a piece ending in ة whose word is spelt with ه (``لي لة`` is no ``لي له``)."""
    if piece == "و":
        return 70
    if len(piece) < 2 or piece == "ال":
        return 0
    key = piece.translate(FOLD)
    found = load_vocabulary().get(key, 0)
    if found and piece[-1] == "ة" and spelling(key)[-1] != "ة":
        return 0
    return found


def _proclitic_score(key: str) -> int:
    """The score of a word as written, else of its stem behind proclitics (a little lower): no enclitics, so that
    a candidate is not made frequent by an ending it merely looks like (``قادي`` is no ``قاد`` + ي)."""
    vocab = load_vocabulary()
    found = vocab.get(key, 0)
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 3:
            rest = key[len(p):]
            stem = max(vocab.get(rest, 0), vocab.get("ال" + rest, 0) if p.endswith("لل") else 0)
            if stem:
                return max(found, stem - 5)
    return found


@cache
def _domain_words() -> frozenset[str]:
    """Folded words of rasid's own lexicons (triggers, actors, cues, evasion lexicon …): what extraction reads."""
    data = resources.files("rasid.data")
    words: set[str] = set()
    for entry in data.iterdir():
        if entry.name.endswith(".yaml") or entry.name == "evasion_lexicon.txt":
            words.update(w.translate(FOLD) for w in _ARABIC_RUN.findall(entry.read_text(encoding="utf-8")))
    return frozenset(words)


def in_domain(key: str) -> bool:
    """Is the folded word, or its stem behind proclitics, a word of rasid's lexicons?"""
    domain = _domain_words()
    if key in domain:
        return True
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 3:
            rest = key[len(p):]
            if rest in domain or "ال" + rest in domain:
                return True
    return False


def best_variant(candidates: set[str], minimum: int = VARIANT_MIN, domain_below: int = 0) -> tuple[int, str] | None:
    """(score, candidate) for the candidate that is at least ``minimum`` frequent and far more frequent than every
    other; below ``domain_below`` it must also be a word of rasid's lexicons."""
    ranked = sorted(((_proclitic_score(c), c) for c in candidates), reverse=True)
    if not ranked or ranked[0][0] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][0] > ranked[0][0] - VARIANT_MARGIN:
        return None
    if ranked[0][0] < domain_below and not in_domain(ranked[0][1]):
        return None
    return ranked[0]


@cache
def _skeleton_index(kind: str) -> marisa_trie.BytesTrie:
    """Skeleton (of the usual spelling) → the frequent words with it, most frequent first (at most 16), as lines
    «score word» in a MARISA trie, built once into the cache."""
    return marisa_trie.BytesTrie().frombytes(cached(f"skeletons-{kind}", lambda: _build_skeleton_index(kind)))


def _build_skeleton_index(kind: str) -> bytes:
    from rasid.text import normalize

    fn = normalize.rasm_skeleton if kind == "rasm" else normalize.arabizi_index_skeleton
    spelt = _spellings()
    index: dict[str, list[tuple[int, str]]] = {}
    for word, s in load_vocabulary().items():
        if s >= INDEX_MIN:
            index.setdefault(fn(spelt.get(word, word)), []).append((s, word))
    for words in index.values():
        words.sort(reverse=True)
        del words[16:]
    lines = ((skeleton, "\n".join(f"{s} {word}" for s, word in words).encode("utf-8"))
             for skeleton, words in index.items())
    return marisa_trie.BytesTrie(lines).tobytes()


def skeleton_words(skeleton: str, kind: str) -> list[tuple[int, str]]:
    """(score, folded word) of the frequent words with this rasm (``kind="rasm"``) or Arabizi skeleton."""
    found = _skeleton_index(kind).get(skeleton)
    if not found:
        return []
    return [(int(s), word) for s, word in (line.split(" ") for line in found[0].decode("utf-8").split("\n"))]
