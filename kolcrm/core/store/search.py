"""Full-text search over KOLs: names, handles, tags and note text, Chinese included.

SQLite 3.40's FTS5 cannot do it with one index (TRAPS.md): the default tokenizer makes a run of Chinese a
single token, and the trigram tokenizer silently finds nothing for terms under three characters. So:
- terms of 3+ characters: a trigram index (`kol_search`) finds any substring, any script;
- 1–2 character Chinese/Japanese/Korean terms: an index of character bigrams (`kol_search_cjk`), so 口红
  inside 今天试了新口红 is found, and 李 by prefix;
- 1–2 letters or digits in other scripts ("Ch", "k9"): a word-prefix index (`kol_search_words`), so typing
  the start of "Chen" is an index lookup, not a scan of every document;
- anything else of 1–2 characters (`_`, `%`, "a-"): a LIKE scan with every wildcard escaped.
User text always travels as a bound parameter inside an FTS5 string, so `"`, `*` or `%` are literal.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

from peewee import DatabaseProxy, SqliteDatabase

from kolcrm.core.store import dialect, pinyin
from kolcrm.core.store.search_text import chunks, cjk_run, id_chunks

# Part of this module's interface since before they moved (callers use search.escape_like and the others).
from kolcrm.core.store.search_text import cjk_grams as cjk_grams
from kolcrm.core.store.search_text import escape_like as escape_like
from kolcrm.core.store.search_text import word_text as word_text


# Characters a search treats as a space between terms: FTS5 reads a query string as C text, so a NUL ended it
# early ("unterminated string"), and a lone surrogate cannot be sent to SQLite at all. No document holds them
# (the validators refuse them), so nothing findable is lost. This and _cjk_run are compiled on first use: classes of
# wide ranges take Python's re over a millisecond each to compile, at every start-up.
@cache
def _not_searchable() -> re.Pattern[str]:
    return re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def create_tables(db: SqliteDatabase) -> None:
    db.execute_sql("CREATE TABLE kol_search_doc (kol_id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    db.execute_sql(
        "CREATE VIRTUAL TABLE kol_search USING fts5("
        "body, content='kol_search_doc', content_rowid='kol_id', tokenize='trigram')"
    )
    db.execute_sql("CREATE VIRTUAL TABLE kol_search_cjk USING fts5(grams, content='', tokenize='unicode61')")


def create_word_prefix_table(db: SqliteDatabase) -> None:
    """Schema v3: words with 1- and 2-character prefix indexes, over the documents' words (see word_text)."""
    db.execute_sql(
        "CREATE VIRTUAL TABLE kol_search_words USING fts5(body, content='',"
        " tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
    )
    db.cursor().executemany(
        "INSERT INTO kol_search_words(rowid, body) VALUES (?, ?)",
        ((kol_id, word_text(body)) for kol_id, body in db.execute_sql("SELECT kol_id, body FROM kol_search_doc")),
    )


def compose_body(
    names: Iterable[str],
    handles: Iterable[str],
    labels: Iterable[str],
    notes: Iterable[str],
    custom: Iterable[str] = (),
) -> str:
    """The searchable text of one KOL; one line per part so a match never spans two fields.

    `custom`: the KOL's values in custom fields of kind text and choice (numbers and dates are filtered, not searched).
    Names, city and agency in Chinese also get their pinyin spellings, so `zry` finds 朱若怡.
    """
    # Sorted within each part: the same KOL always has the same text whichever order the rows come back in,
    # so a reindex can tell an unchanged document and skip it.
    names = [name for name in names if name]
    spoken = list(dict.fromkeys(spelling for name in names for spelling in pinyin.spellings(name)))
    parts = [*names, *spoken, *handles, *sorted(labels), *sorted(notes), *sorted(custom)]
    return "\n".join(part for part in parts if part)


def insert_documents(db: SqliteDatabase, documents: Iterable[tuple[int, str]]) -> None:
    """Index new documents (kol_id, body), and the KOLs' pinyin name order. Caller holds the transaction.

    Every writer of a KOL's name reindexes it, so this is the one place that keeps `kol.name_order` (the list's
    name sort) in step with `display_name`, without a trigger other SQLite tools could not run.
    """
    if _on_postgres(db):
        from kolcrm.core.store import pg_search  # imports this module: loaded on first use

        pg_search.insert_documents(db, documents)
        return
    cursor = db.cursor()
    orders = _has_name_order(db)
    for chunk in chunks(documents, 5000):
        if orders:
            marks = ",".join("?" * len(chunk))
            names = db.execute_sql(f"SELECT id, display_name FROM kol WHERE id IN ({marks})", [k for k, _b in chunk])
            cursor.executemany(
                "UPDATE kol SET name_order = ? WHERE id = ?",
                [(pinyin.sort_key(name), kol_id) for kol_id, name in names],
            )
        cursor.executemany("INSERT INTO kol_search_doc(kol_id, body) VALUES (?, ?)", chunk)
        cursor.executemany("INSERT INTO kol_search(rowid, body) VALUES (?, ?)", chunk)
        if _has_word_index(db):
            cursor.executemany(
                "INSERT INTO kol_search_words(rowid, body) VALUES (?, ?)",
                [(kol_id, word_text(body)) for kol_id, body in chunk],
            )
        cursor.executemany(
            "INSERT INTO kol_search_cjk(rowid, grams) VALUES (?, ?)",
            [(kol_id, cjk_grams(body)) for kol_id, body in chunk],
        )


def remove_document(db: SqliteDatabase, kol_id: int) -> None:
    """Drop a KOL from every search table (external-content and contentless FTS need the old text)."""
    remove_documents(db, [kol_id])


def remove_documents(db: SqliteDatabase, kol_ids: list[int]) -> None:
    """remove_document for many KOLs: a few statements per chunk instead of a few per KOL."""
    if _on_postgres(db):
        from kolcrm.core.store import pg_search  # imports this module: loaded on first use

        pg_search.remove_documents(db, kol_ids)
        return
    has_words = _has_word_index(db)
    cursor = db.cursor()
    for chunk in id_chunks(kol_ids):
        marks = ",".join("?" * len(chunk))
        old = db.execute_sql(f"SELECT kol_id, body FROM kol_search_doc WHERE kol_id IN ({marks})", chunk).fetchall()
        cursor.executemany("INSERT INTO kol_search(kol_search, rowid, body) VALUES ('delete', ?, ?)", old)
        if has_words:
            cursor.executemany(
                "INSERT INTO kol_search_words(kol_search_words, rowid, body) VALUES ('delete', ?, ?)",
                [(kol_id, word_text(body)) for kol_id, body in old],
            )
        cursor.executemany(
            "INSERT INTO kol_search_cjk(kol_search_cjk, rowid, grams) VALUES ('delete', ?, ?)",
            [(kol_id, cjk_grams(body)) for kol_id, body in old],
        )
        cursor.executemany("DELETE FROM kol_search_doc WHERE kol_id = ?", [(kol_id,) for kol_id, _body in old])


def purge_removed_text(db: SqliteDatabase) -> None:
    """Rewrite the search indexes so removed documents leave no bytes behind. Caller holds the transaction.

    FTS5 removes a document by adding a delete marker: its words stay in the shadow tables (`*_data`) until a
    merge happens to reach their segment, so an erased KOL's name and handle would linger there. 'optimize' merges
    every segment into one without them. FTS5's own 'secure-delete' (SQLite 3.42+) would do it per document, but it
    raises the index's format version for good and SQLite before 3.42 (Debian 12's 3.40, say) can no longer read
    the file, so a book copied or restored to such a machine would lose its search: optimize is used everywhere.
    Costs a rewrite of the indexes, which is fine for an erase and too slow for every edit.
    On PostgreSQL a deleted row is gone from every query at once; its bytes stay in the table's pages until
    (auto)vacuum reuses them, which cannot run inside the caller's transaction. The numbered keys no document
    has any more (bigrams of the erased text) are deleted.
    """
    if _on_postgres(db):
        from kolcrm.core.store import pg_search

        pg_search.forget_unused_keys(db)
        return
    tables = ["kol_search", "kol_search_cjk"] + (["kol_search_words"] if _has_word_index(db) else [])
    for table in tables:
        db.execute_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def reindex_kol(db: SqliteDatabase, kol_id: int) -> None:
    """Rebuild one KOL's document from its rows. Caller holds the transaction."""
    reindex_kols(db, [kol_id])


def reindex_kols(db: SqliteDatabase, kol_ids: list[int]) -> None:
    """Rebuild many KOLs' documents (an import's updates) in chunks. Caller holds the transaction.

    A document whose text did not change is left alone: re-importing a sheet touches every KOL in it, and
    the four FTS indexes are most of what an update costs.
    """
    for chunk in id_chunks(kol_ids):
        if _on_postgres(db):
            from kolcrm.core.store import pg_search  # imports this module: loaded on first use

            pg_search.lock_kols(db, chunk)
        marks = ",".join("?" * len(chunk))
        old = dict(db.execute_sql(f"SELECT kol_id, body FROM kol_search_doc WHERE kol_id IN ({marks})", chunk))
        current = dict(_documents(db, chunk))
        new = [(kol_id, body) for kol_id, body in current.items() if old.get(kol_id) != body]
        # Changed documents go out before their new text goes in; so do those of KOLs no longer here.
        stale = [kol_id for kol_id in old if kol_id not in current or old[kol_id] != current[kol_id]]
        if stale:
            remove_documents(db, stale)
        if new:
            insert_documents(db, new)


def rebuild_all(db: SqliteDatabase) -> None:
    if _on_postgres(db):
        from kolcrm.core.store import pg_search  # imports this module: loaded on first use

        pg_search.rebuild_all(db, _documents(db, None))
        return
    for table in ("kol_search_doc",):
        db.execute_sql(f"DELETE FROM {table}")
    db.execute_sql("INSERT INTO kol_search(kol_search) VALUES ('delete-all')")
    db.execute_sql("INSERT INTO kol_search_cjk(kol_search_cjk) VALUES ('delete-all')")
    if _has_word_index(db):
        db.execute_sql("INSERT INTO kol_search_words(kol_search_words) VALUES ('delete-all')")
    insert_documents(db, _documents(db, None))


def matching_ids_sql(text: str, walk_sort_index: bool = False) -> tuple[str, list[str]]:
    """A SQL condition on `kol.id` that is true for KOLs matching every whitespace-separated term.

    `walk_sort_index` writes `+kol.id`, which stops SQLite from driving the query from the search hits: for a
    term that matches thousands of KOLs, walking the list's sort index and stopping after one page is ~5×
    faster than sorting every hit; for a rare term the hits-first plan wins. PostgreSQL is told the other way
    round: without `walk_sort_index` the hits are collected first.
    """
    if dialect.is_postgres() and search_terms(text):
        from kolcrm.core.store import pg_search

        subquery, terms = pg_search.matching_subquery(search_terms(text))
        if walk_sort_index:
            return f"kol.id IN ({subquery})", terms
        # The hits first, as an array the KOL rows are then fetched by: PostgreSQL's planner, left to choose, walks
        # the sort index probing every KOL even for 2,000 hits (70 ms where this takes 21).
        return f"kol.id = ANY(ARRAY({subquery}))", terms
    clauses: list[str] = []
    params: list[str] = []
    column = "+kol.id" if walk_sort_index and not dialect.is_postgres() else "kol.id"
    for term in search_terms(text):
        subquery, param = _term_subquery(term)
        clauses.append(f"{column} IN ({subquery})")
        params.append(param)
    return " AND ".join(clauses) or ("TRUE" if dialect.is_postgres() else "1"), params


def count_matching_sql(text: str) -> tuple[str, list[str]]:
    """How many live KOLs match, counted on the search side without touching a single KOL row."""
    terms = search_terms(text)
    if not terms:  # nothing to look for (only control characters): every live KOL, as for an empty search
        return "SELECT count(*) FROM kol WHERE deleted_at IS NULL", []
    if dialect.is_postgres():
        from kolcrm.core.store import pg_search

        hits, params = pg_search.matching_subquery(terms)
    else:
        subqueries, values = zip(*(_term_subquery(term) for term in terms), strict=True)
        hits, params = " INTERSECT ".join(subqueries), list(values)
    sql = (
        f"SELECT count(*) FROM ({hits}) AS hit"
        " WHERE hit.kol_id NOT IN (SELECT id FROM kol WHERE deleted_at IS NOT NULL)"
    )
    return sql, list(params)


# What people type around a handle or a topic but no document holds: "@linxiaomei_xhs", "#春日穿搭#", full-width too.
_MARKS = "@＠#＃"


def search_terms(text: str) -> list[str]:
    """The terms of a search as typed: split at white space and at characters no document can hold; the @ before a
    handle and the # around a topic are left out."""
    terms = (term.strip(_MARKS) for term in _not_searchable().sub(" ", text).split())
    return [term for term in terms if term]


def _term_subquery(term: str) -> tuple[str, str]:
    if dialect.is_postgres():
        from kolcrm.core.store import pg_search  # imports this module: loaded on first use

        return pg_search.term_subquery(term)
    if len(term) >= 3:
        return "SELECT rowid AS kol_id FROM kol_search WHERE kol_search MATCH ?", _fts_string(term)
    if cjk_run().fullmatch(term):
        if len(term) == 2:
            return "SELECT rowid AS kol_id FROM kol_search_cjk WHERE kol_search_cjk MATCH ?", _fts_string(term)
        return "SELECT rowid AS kol_id FROM kol_search_cjk WHERE kol_search_cjk MATCH ?", _fts_string(term) + "*"
    if term.isalnum() and not cjk_run().search(term):  # '妆L' spans two indexes: scan for it
        return "SELECT rowid AS kol_id FROM kol_search_words WHERE kol_search_words MATCH ?", _fts_string(term) + "*"
    return "SELECT kol_id FROM kol_search_doc WHERE body LIKE ? ESCAPE '\\'", f"%{escape_like(term)}%"


# KOLs' values in custom fields of kind text or choice (schema v9).
_CUSTOM_TEXT_SQL = (
    "SELECT kol_id, value FROM kol_custom_value JOIN custom_field ON custom_field.id = kol_custom_value.field_id"
    " WHERE custom_field.kind IN ('text', 'choice') "
)


def _has_custom_values(db: SqliteDatabase) -> bool:
    """False while migrating a file to a schema before v9 (the v2 step builds the index from the rows it has)."""
    if _on_postgres(db):
        return True  # a server's book is created at the current version (pg_schema)
    return bool(db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'kol_custom_value'").fetchone())


def _has_name_order(db: SqliteDatabase) -> bool:
    """False while migrating a file to a schema before v10, which adds kol.name_order."""
    return any(row[1] == "name_order" for row in db.execute_sql("PRAGMA table_info(kol)"))


def _has_word_index(db: SqliteDatabase) -> bool:
    """False only while migrating a file to schema v2, before v3 adds the word index."""
    return bool(db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'kol_search_words'").fetchone())


def _on_postgres(db: SqliteDatabase) -> bool:
    """Whether `db` (an engine, or the models' proxy) is a team's book on PostgreSQL. Not dialect.is_postgres():
    the migrations hand an in-memory SQLite book here while a server's book is open (pg_schema)."""
    from kolcrm.core.store.postgres import KolcrmPostgres

    engine = db.obj if isinstance(db, DatabaseProxy) else db
    return isinstance(engine, KolcrmPostgres)


def _fts_string(term: str) -> str:
    """An FTS5 string literal: every character, quotes included, searched for literally."""
    return '"' + term.replace('"', '""') + '"'


def _documents(db: SqliteDatabase, kol_ids: list[int] | None) -> Iterator[tuple[int, str]]:
    """(kol_id, body) for the given KOLs or all, built with one grouped query per table."""
    params: tuple[int, ...]
    if kol_ids is None:
        where, params = "", ()
    else:
        where, params = f"WHERE kol_id IN ({','.join('?' * len(kol_ids))})", tuple(kol_ids)
    kols = db.execute_sql(
        "SELECT id, display_name, real_name, city, agency, wechat_id FROM kol "
        + where.replace("kol_id", "id")
        + " ORDER BY id",
        params,
    ).fetchall()
    handles = _grouped(db, f"SELECT kol_id, handle FROM platform_account {where}", params)
    labels = _grouped(db, f"SELECT kol_id, label FROM kol_label {where}", params)
    notes = _grouped(db, f"SELECT kol_id, text FROM interaction {where}", params)
    custom: defaultdict[int, list[str]] = defaultdict(list)
    if _has_custom_values(db):
        custom = _grouped(db, _CUSTOM_TEXT_SQL + where.replace("WHERE", "AND"), params)
    for kol_id, display_name, real_name, city, agency, wechat_id in kols:
        names = (display_name, real_name, city, agency, wechat_id)
        yield kol_id, compose_body(names, handles[kol_id], labels[kol_id], notes[kol_id], custom[kol_id])


def _grouped(db: SqliteDatabase, sql: str, params: tuple[int, ...]) -> defaultdict[int, list[str]]:
    grouped: defaultdict[int, list[str]] = defaultdict(list)
    for kol_id, value in db.execute_sql(sql, params):
        grouped[kol_id].append(value)
    return grouped
