"""Search on a team's PostgreSQL book, answering exactly as the SQLite book's FTS5 tables do (search.py).

PostgreSQL has no FTS5, so each KOL gets a row in two tables beside its `kol_search_doc`:
- `kol_search_terms.folded`: the document folded as FTS5's trigram tokenizer folds it. A term of 3+ characters is
  a LIKE on it, which pg_trgm's GIN index answers (SQLite: kol_search);
- `kol_search_keys.keys`: what SQLite's two other indexes hold for the document, in a GIN-indexed array: 'w:' + the
  first one and the first two characters of every word (kol_search_words, queried by 1–2 letter prefix), 'c:' +
  every CJK bigram token and 'c*' + its first character (kol_search_cjk: a 2-character word is an exact token, a
  single character a prefix), each stored as its number in `kol_search_key_names`. A 1–2 character term is one
  array-containment probe.
A count reads every row its index finds, so the rows are kept narrow. LAYOUT 1 had the folded text and the keys
as strings in one table: 1.5 kB a row. LAYOUT 2 split them: the folded text is 0.4 kB a row, and a 3+ character
term's count reads a quarter of the pages (22,000 hits: 45 ms → 27 ms at 100,000 KOLs). LAYOUT 3 numbers the
keys: 134 MB of arrays become 57 MB, which a server's default 128 MB of shared buffers keeps in memory beside the
trigrams (a 1-letter count: 110 ms → 30 ms once other work has pushed the pages out).
The tokens and the case folding are made by SQLite itself: the same FTS5 tokenizers run on a private in-memory
SQLite database. So a book finds the same KOLs on either engine whatever Unicode tables the server's locale
(PostgreSQL's lower()) or this Python has: SQLite folds İ, ẞ, σ or 𐐀 its own way, and PostgreSQL follows it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from kolcrm.core.store import engine
from kolcrm.core.store.search_text import chunks, cjk_grams, cjk_run, escape_like, id_chunks, word_text

TERMS_TABLE = "kol_search_terms"
KEYS_TABLE = "kol_search_keys"
KEY_NAMES_TABLE = "kol_search_key_names"
LAYOUT = 3  # the tables' layout, kept in kolcrm_schema.search_layout (pg_schema.py)
BULK_DOCUMENTS = 1000  # an import, a copy or a rebuild: from this many documents at once, see insert_documents
_KEYS_SQL = f"SELECT kol_id FROM {KEYS_TABLE} WHERE keys @> ARRAY[?::integer]"  # the key's number: _key_numbers
_FOLDED_SQL = f"SELECT kol_id FROM {TERMS_TABLE} WHERE folded LIKE ? ESCAPE '\\'"
# SQLite's LIKE ignores the case of ASCII letters only: so does this scan (a 1–2 character term no index holds).
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = _ASCII_UPPER.lower()
_SCAN_SQL = (
    f"SELECT kol_id FROM kol_search_doc WHERE translate(body, '{_ASCII_UPPER}', '{_ASCII_LOWER}') LIKE ? ESCAPE '\\'"
)
_TO_ASCII_LOWER = str.maketrans(_ASCII_UPPER, _ASCII_LOWER)
# A key no document has ('w:' is followed by at least one character in every stored key): the term holds no token.
_NO_KEY = "w:"

# The tokenizer of each SQLite search table (search.py creates them with these exact options).
_TOKENIZERS = {
    "trigram": "trigram",  # kol_search
    "words": "unicode61 remove_diacritics 2",  # kol_search_words
    "cjk": "unicode61",  # kol_search_cjk
}


def create_tables(db: Any) -> None:
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    db.execute_sql(f'CREATE TABLE {TERMS_TABLE} (kol_id BIGINT PRIMARY KEY, folded TEXT COLLATE "C" NOT NULL)')
    db.execute_sql(f"CREATE INDEX {TERMS_TABLE}_trigrams ON {TERMS_TABLE} USING gin (folded gin_trgm_ops)")
    _create_keys_tables(db)


def _create_keys_tables(db: Any) -> None:
    db.execute_sql(f'CREATE TABLE {KEY_NAMES_TABLE} (id SERIAL PRIMARY KEY, key TEXT COLLATE "C" NOT NULL UNIQUE)')
    db.execute_sql(f"CREATE TABLE {KEYS_TABLE} (kol_id BIGINT PRIMARY KEY, keys INTEGER[] NOT NULL)")
    db.execute_sql(f"CREATE INDEX {KEYS_TABLE}_keys ON {KEYS_TABLE} USING gin (keys)")


def upgrade_layout(db: Any, layout: int) -> None:
    """From `layout` to LAYOUT, in the caller's transaction: the same documents, found the same way."""
    if layout == 1:  # folded text and keys (as strings) in one table: both copied into narrow ones
        _rename(db, TERMS_TABLE, "layout1", ("trigrams", "keys", "pkey"))
        create_tables(db)
        db.execute_sql(f"INSERT INTO {TERMS_TABLE} SELECT kol_id, folded FROM {TERMS_TABLE}_layout1")
        _number_keys(db, f"{TERMS_TABLE}_layout1")
        db.execute_sql(f"DROP TABLE {TERMS_TABLE}_layout1")
    elif layout == 2:  # keys as strings in their own table: numbered
        _rename(db, KEYS_TABLE, "layout2", ("keys", "pkey"))
        _create_keys_tables(db)
        _number_keys(db, f"{KEYS_TABLE}_layout2")
        db.execute_sql(f"DROP TABLE {KEYS_TABLE}_layout2")


def _rename(db: Any, table: str, suffix: str, indexes: tuple[str, ...]) -> None:
    db.execute_sql(f"ALTER TABLE {table} RENAME TO {table}_{suffix}")
    for index in indexes:
        db.execute_sql(f"ALTER INDEX {table}_{index} RENAME TO {table}_{suffix}_{index}")


def _number_keys(db: Any, strings_table: str) -> None:
    """The keys of `strings_table` (kol_id, keys TEXT[]) into kol_search_keys, as numbers."""
    db.execute_sql(f"INSERT INTO {KEY_NAMES_TABLE} (key) SELECT DISTINCT unnest(keys) FROM {strings_table} ORDER BY 1")
    db.execute_sql(
        f"INSERT INTO {KEYS_TABLE} SELECT old.kol_id, ARRAY(SELECT n.id FROM unnest(old.keys) AS k(key)"
        f" JOIN {KEY_NAMES_TABLE} n ON n.key = k.key ORDER BY n.id) FROM {strings_table} old"
    )


def insert_documents(db: Any, documents: Iterable[tuple[int, str]]) -> None:
    """search.insert_documents on PostgreSQL: the documents, their terms, and the KOLs' name order."""
    from kolcrm.core.store.pinyin import sort_key

    inserted = 0
    for chunk in chunks(documents, 1000):
        inserted += len(chunk)
        ids = [kol_id for kol_id, _body in chunk]
        names = db.execute_sql("SELECT id, display_name FROM kol WHERE id = ANY(?)", (ids,)).fetchall()
        # NUL separates the sort key's parts; PostgreSQL text cannot hold it (postgres.py sends \x01, as here).
        orders = [sort_key(name).replace("\x00", "\x01") for _kol_id, name in names]
        db.execute_sql(
            "UPDATE kol SET name_order = o.name_order FROM unnest(?::bigint[], ?::text[]) AS o(id, name_order)"
            " WHERE kol.id = o.id",
            ([kol_id for kol_id, _name in names], orders),
        )
        bodies = [body for _kol_id, body in chunk]
        db.execute_sql(
            "INSERT INTO kol_search_doc(kol_id, body) SELECT * FROM unnest(?::bigint[], ?::text[])", (ids, bodies)
        )
        folded, keys = _terms(chunk)
        db.execute_sql(
            f"INSERT INTO {TERMS_TABLE}(kol_id, folded) SELECT * FROM unnest(?::bigint[], ?::text[])", (ids, folded)
        )
        numbers = _key_numbers(db, {key for document_keys in keys for key in document_keys}, add=True)
        arrays = ["{" + ",".join(str(n) for n in sorted(numbers[key] for key in k)) + "}" for k in keys]
        # One array literal per document: unnest cannot take an array of arrays of different lengths.
        db.execute_sql(
            f"INSERT INTO {KEYS_TABLE}(kol_id, keys)"
            " SELECT id, keys::integer[] FROM unnest(?::bigint[], ?::text[]) AS t(id, keys)",
            (ids, arrays),
        )
    if inserted >= BULK_DOCUMENTS:
        # A GIN index takes new entries into a pending list that every search reads through, and the planner,
        # pricing that, turns to a scan of the whole table until autovacuum merges it: merge it now, once.
        for index in (f"{KEYS_TABLE}_keys", f"{TERMS_TABLE}_trigrams"):
            db.execute_sql(f"SELECT gin_clean_pending_list('{index}')")
        # And their statistics (committed with the documents): the planner prices a search by them.
        db.execute_sql(f"ANALYZE {KEYS_TABLE}, {TERMS_TABLE}")


def lock_kols(db: Any, kol_ids: list[int]) -> None:
    """Wait for anyone else reindexing these KOLs, before reading their rows (caller holds the transaction).

    A document is made from many rows (notes, handles, tags) that two people may write at once; SQLite lets one
    writer in at a time, PostgreSQL does not. Two notes added to one KOL together would each rebuild the document
    without the other's note, and the second insert would collide with the first. The row lock makes the second
    wait, then read both notes. NO KEY UPDATE: a new note's foreign key check holds a KEY SHARE lock on the KOL's
    row, which this one lets be (FOR UPDATE would deadlock two writers that each hold one).
    """
    db.execute_sql("SELECT id FROM kol WHERE id = ANY(?) ORDER BY id FOR NO KEY UPDATE", (kol_ids,))


def remove_documents(db: Any, kol_ids: list[int]) -> None:
    for chunk in id_chunks(kol_ids, 5000):
        db.execute_sql(f"DELETE FROM {TERMS_TABLE} WHERE kol_id = ANY(?)", (chunk,))
        db.execute_sql(f"DELETE FROM {KEYS_TABLE} WHERE kol_id = ANY(?)", (chunk,))
        db.execute_sql("DELETE FROM kol_search_doc WHERE kol_id = ANY(?)", (chunk,))


def forget_unused_keys(db: Any) -> None:
    """Delete the numbered keys no document holds (caller holds the transaction). The lock waits for writers
    numbering keys to commit, and keeps new ones waiting until this one does: none of their keys goes unseen."""
    db.execute_sql(f"LOCK TABLE {KEY_NAMES_TABLE} IN SHARE ROW EXCLUSIVE MODE")
    db.execute_sql(
        f"DELETE FROM {KEY_NAMES_TABLE} n WHERE NOT EXISTS (SELECT 1 FROM {KEYS_TABLE} k WHERE k.keys @> ARRAY[n.id])"
    )


def rebuild_all(db: Any, documents: Iterable[tuple[int, str]]) -> None:
    """Every document written afresh from `documents` (search.py reads them from the KOL rows)."""
    db.execute_sql(f"DELETE FROM {TERMS_TABLE}")
    db.execute_sql(f"DELETE FROM {KEYS_TABLE}")
    db.execute_sql("DELETE FROM kol_search_doc")
    insert_documents(db, documents)


def term_subquery(term: str) -> tuple[str, str]:
    """search._term_subquery on PostgreSQL: the same choice of index for the same term, the same answer."""
    tokenizer = _tokenizer()
    if len(term) >= 3:
        return _FOLDED_SQL, f"%{escape_like(tokenizer.fold([term])[0])}%"
    if cjk_run().fullmatch(term):
        tokens = tokenizer.tokens("cjk", [(1, term)])
        # Two characters: FTS5's phrase "口红", one token matched whole; one character: the prefix "李"*.
        return _KEYS_SQL, _key("c:" if len(term) == 2 else "c*", tokens)
    if term.isalnum() and not cjk_run().search(term):
        return _KEYS_SQL, _key("w:", tokenizer.tokens("words", [(1, term)]))
    return _SCAN_SQL, f"%{escape_like(term.translate(_TO_ASCII_LOWER))}%"


def matching_subquery(terms: list[str]) -> tuple[str, list[str]]:
    """The KOL ids matching every term, as one query: the terms each search table answers are ANDed in a single
    WHERE (PostgreSQL intersects their index lookups before reading a row), the tables and rare scans intersected.

    An INTERSECT of one subquery per term, as on SQLite, read every row of each term's matches: for "美妆 上海"
    26,000 rows (1.4 to a page) for 1,559 hits, 58 ms; ANDed, the bitmap of the 1,559 alone."""
    by_table: dict[str, tuple[list[str], list[str]]] = {TERMS_TABLE: ([], []), KEYS_TABLE: ([], [])}
    scans: list[tuple[str, str]] = []
    reads_folded = any(term_subquery(term)[0] == _FOLDED_SQL for term in terms)
    for term in terms:
        sql, param = term_subquery(term)
        if reads_folded and sql == _KEYS_SQL and (pattern := _cjk_as_folded(term)):
            # The rows the trigram index finds are read anyway: a LIKE on their text costs less than a second
            # table's lookup (口红 小红书, 22,000 hits: 110 ms with the key, 50 with the LIKE).
            sql, param = _FOLDED_SQL, pattern
        if sql == _KEYS_SQL:
            conditions, params = by_table[KEYS_TABLE]
            conditions.append("keys @> ARRAY[?::integer]")
        elif sql == _FOLDED_SQL:
            conditions, params = by_table[TERMS_TABLE]
            conditions.append("folded LIKE ? ESCAPE '\\'")
        else:
            scans.append((sql, param))
            continue
        params.append(param)
    key_conditions, keys = by_table[KEYS_TABLE]
    if keys:
        numbers = _key_numbers(engine.database, set(keys))
        # A key no document has ever had: no KOL matches the term, nor so all the terms.
        by_table[KEYS_TABLE] = (
            [condition if key in numbers else "FALSE" for condition, key in zip(key_conditions, keys, strict=True)],
            [str(numbers[key]) for key in keys if key in numbers],
        )
    parts: list[str] = []
    values: list[str] = []
    for table, (conditions, params) in by_table.items():
        if conditions:
            parts.append(f"SELECT kol_id FROM {table} WHERE {' AND '.join(conditions)}")
            values += params
    parts += [sql for sql, _param in scans]
    return " INTERSECT ".join(parts), values + [param for _sql, param in scans]


def _key_numbers(db: Any, keys: set[str], add: bool = False) -> dict[str, int]:
    """Each key's number in kol_search_key_names; with `add`, keys not there yet are numbered first."""
    if not keys:
        return {}
    wanted = sorted(keys)
    if add:
        # Two writers may number the same new key at once: the second waits for the first and then takes its
        # number, which this statement's snapshot may not show yet, hence the second look below.
        db.execute_sql(
            f"INSERT INTO {KEY_NAMES_TABLE} (key) SELECT unnest(?::text[]) ORDER BY 1 ON CONFLICT (key) DO NOTHING",
            (wanted,),
        )
    rows = db.execute_sql(f"SELECT key, id FROM {KEY_NAMES_TABLE} WHERE key = ANY(?)", (wanted,)).fetchall()
    numbers = {key: int(number) for key, number in rows}
    if add and len(numbers) < len(wanted):
        missing = [key for key in wanted if key not in numbers]
        rows = db.execute_sql(f"SELECT key, id FROM {KEY_NAMES_TABLE} WHERE key = ANY(?)", (missing,)).fetchall()
        numbers.update({key: int(number) for key, number in rows})
    return numbers


def _cjk_as_folded(term: str) -> str | None:
    """A LIKE pattern on the folded text that finds exactly what the CJK key of a 1–2 character term finds, or None.

    A 2-character key is a bigram of neighbours in a CJK run, a 1-character key any character of one (the bigrams
    it starts and the run's last character): both are the term appearing in the text, when the CJK tokenizer
    keeps the term's characters as they are and the trigram folding does too (true of every CJK character today;
    a future Unicode table that folded one would fall back to the key)."""
    if not cjk_run().fullmatch(term):
        return None
    tokenizer = _tokenizer()
    if tokenizer.tokens("cjk", [(1, term)]) != [(1, term)] or tokenizer.fold([term]) != [term]:
        return None
    return f"%{escape_like(term)}%"


def _key(kind: str, tokens: list[tuple[int, str]]) -> str:
    # A term of 1–2 characters makes one token, or none when FTS5 reads its characters as separators (・, a letter
    # newer than SQLite's Unicode tables): FTS5 then finds nothing, and so does _NO_KEY.
    if len(tokens) != 1:
        return _NO_KEY
    return kind + tokens[0][1]


def _terms(documents: list[tuple[int, str]]) -> tuple[list[str], list[list[str]]]:
    """Each document's folded text and keys (see the module's docstring), in the documents' order."""
    tokenizer = _tokenizer()
    keys: defaultdict[int, set[str]] = defaultdict(set)
    for kol_id, word in tokenizer.tokens("words", [(k, word_text(body)) for k, body in documents]):
        keys[kol_id].add("w:" + word[:1])
        if len(word) > 1:
            keys[kol_id].add("w:" + word[:2])
    for kol_id, gram in tokenizer.tokens("cjk", [(k, cjk_grams(body)) for k, body in documents]):
        keys[kol_id].add("c:" + gram)
        keys[kol_id].add("c*" + gram[:1])
    folded = tokenizer.fold([body for _kol_id, body in documents])
    return folded, [sorted(keys[kol_id]) for kol_id, _body in documents]


class _Fts5Tokenizers:
    """SQLite's FTS5 tokenizers on a private in-memory database: what SQLite's indexes would hold for a text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the list pages and a worker thread may search at once
        self._connection = sqlite3.connect(":memory:", check_same_thread=False)
        for table, tokenize in _TOKENIZERS.items():
            self._connection.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5(text, content='', tokenize='{tokenize}')"
            )
            self._connection.execute(f"CREATE VIRTUAL TABLE {table}_terms USING fts5vocab({table}, instance)")
        self._folds: dict[int, str] = {}  # code point → the character the trigram tokenizer folds it to
        self._seen: set[str] = set()

    def tokens(self, table: str, texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """(id, token) for every distinct token of each (id, text)."""
        with self._lock:
            self._connection.executemany(f"INSERT INTO {table}(rowid, text) VALUES (?, ?)", texts)
            rows = self._connection.execute(f"SELECT DISTINCT doc, term FROM {table}_terms").fetchall()
            self._connection.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        return rows

    def fold(self, texts: list[str]) -> list[str]:
        """The texts as the trigram tokenizer reads them: case folded one code point at a time."""
        unseen = sorted(set().union(*texts) - self._seen)
        if unseen:
            # Three of a character make one trigram: the folded character three times.
            folded = dict(self.tokens("trigram", [(i, c * 3) for i, c in enumerate(unseen)]))
            with self._lock:
                for i, character in enumerate(unseen):
                    if folded.get(i, character)[:1] != character:
                        self._folds[ord(character)] = folded[i][:1]
                self._seen.update(unseen)
        return [text.translate(self._folds) for text in texts]


@cache
def _tokenizer() -> _Fts5Tokenizers:
    return _Fts5Tokenizers()
