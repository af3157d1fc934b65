// The floor for `wa-composer drafts list` (issue 21): the same rows of the same library through libsqlite3
// alone, no Qt. `floor_drafts FILE` lists the drafts outside the trash newest first; `floor_drafts FILE
// MATCH` runs the ranked FTS5 query `drafts list --search` runs, MATCH being its FTS5 expression
// (DraftSearch::ftsQuery). Each row is printed as a line of name, type, time, tags and excerpt.
#include <sqlite3.h>

#include <cstdio>
#include <initializer_list>

namespace {

// The summary's columns, the tags and the times, as DraftStore::list() reads them.
constexpr const char* Columns =
    "d.id, d.name, d.summary_type, d.summary_excerpt, d.updated_at, d.trashed_at, d.updated_by, "
    "(SELECT group_concat(t.tag, ',') FROM draft_tags t WHERE t.draft_id = d.id)";

void print(const unsigned char* text)
{
    std::fputs(text ? reinterpret_cast<const char*>(text) : "", stdout);
    std::fputc('\t', stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: floor_drafts FILE [FTS5-MATCH]\n");
        return 2;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    char sql[1024];
    if (argc == 2)
        std::snprintf(
            sql, sizeof sql,
            "SELECT %s FROM drafts d WHERE d.trashed_at IS NULL ORDER BY d.updated_at DESC, d.id DESC",
            Columns);
    else
        std::snprintf(
            sql, sizeof sql,
            "SELECT %s FROM drafts_search JOIN drafts d ON d.id = drafts_search.rowid WHERE "
            "drafts_search MATCH ?1 AND d.trashed_at IS NULL ORDER BY bm25(drafts_search, 10.0, 5.0, "
            "1.0), d.updated_at DESC, d.id DESC",
            Columns);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    if (argc == 3)
        sqlite3_bind_text(statement, 1, argv[2], -1, SQLITE_STATIC);
    int rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        for (const int column : {1, 2, 4, 7, 3})
            print(sqlite3_column_text(statement, column));
        std::fputc('\n', stdout);
        ++rows;
    }
    if (status != SQLITE_DONE) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    std::fprintf(stderr, "%d rows\n", rows);
    return 0;
}
