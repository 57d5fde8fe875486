"""The database schema as numbered migrations (``PRAGMA user_version``).

Every record table carries the same sync columns, so a later USB package can carry exactly one
village's rows and merge them on another machine:

- ``uuid``        stable key, the same on every machine;
- ``org_uuid``    the org unit the row belongs to (an org unit belongs to itself);
- ``origin``      the installation that created the row;
- ``created_hlc`` / ``hlc``  hybrid-logical-clock stamps of creation and of the last change
  (see ``hlc.py``); the newer ``hlc`` wins a merge;
- ``deleted``     1 = tombstone: the row stays so the deletion travels and nothing is lost.

Foreign keys are DEFERRABLE INITIALLY DEFERRED so rows of one transaction (one import, one
package) may arrive in any order. Migrations are append-only: never edit a released one, add
the next. Each runs in one transaction together with its ``user_version`` bump.
"""

from __future__ import annotations

from dataclasses import dataclass

SYNC_COLUMNS = """
    uuid TEXT PRIMARY KEY,
    org_uuid TEXT NOT NULL,
    origin TEXT NOT NULL,
    created_hlc TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"""

FK = "DEFERRABLE INITIALLY DEFERRED"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "org tree, member roster and member status events",
        (
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            f"""CREATE TABLE org_unit ({SYNC_COLUMNS},
                parent_uuid TEXT REFERENCES org_unit(uuid) {FK},
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                code TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0,
                committee_size INTEGER NOT NULL DEFAULT 0,
                committee_elected_on TEXT,
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX org_unit_parent ON org_unit(parent_uuid)",
            f"""CREATE TABLE member ({SYNC_COLUMNS},
                group_uuid TEXT REFERENCES org_unit(uuid) {FK},
                name TEXT NOT NULL,
                gender TEXT NOT NULL CHECK (gender IN ('男', '女')),
                ethnicity TEXT NOT NULL DEFAULT '汉族',
                native_place TEXT NOT NULL DEFAULT '',
                birth_date TEXT,
                id_number TEXT NOT NULL DEFAULT '',
                education TEXT NOT NULL DEFAULT '',
                occupation TEXT NOT NULL DEFAULT '',
                work_start_date TEXT,
                apply_date TEXT,
                join_date TEXT,
                conversion_date TEXT,
                category TEXT NOT NULL CHECK (category IN ('正式', '预备')),
                party_post TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                address TEXT NOT NULL DEFAULT '',
                is_flowing INTEGER NOT NULL DEFAULT 0,
                flowing_to TEXT NOT NULL DEFAULT '',
                flowing_since TEXT,
                hardship INTEGER NOT NULL DEFAULT 0,
                elderly_infirm INTEGER NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT '在册',
                status_date TEXT,
                note TEXT NOT NULL DEFAULT '',
                name_initials TEXT NOT NULL DEFAULT '',
                name_pinyin TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX member_org ON member(org_uuid)",
            "CREATE INDEX member_sort ON member(name_pinyin, uuid)",
            "CREATE INDEX member_id_number ON member(id_number)",
            f"""CREATE TABLE member_event ({SYNC_COLUMNS},
                member_uuid TEXT NOT NULL REFERENCES member(uuid) {FK},
                event_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                from_status TEXT,
                to_status TEXT NOT NULL,
                counterpart TEXT NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX member_event_member ON member_event(member_uuid, event_date)",
        ),
    ),
    Migration(
        2,
        "append-only audit log of every change to a record",
        (
            # Local history of this installation (it does not travel in packages): who changed
            # which record when, with old → new values per field (JSON).
            """CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                hlc TEXT NOT NULL,
                account TEXT NOT NULL DEFAULT '',
                table_name TEXT NOT NULL,
                record_uuid TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
                changes TEXT NOT NULL DEFAULT '{}')""",
            "CREATE INDEX audit_log_record ON audit_log(record_uuid, id)",
            """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
            """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
        ),
    ),
]

# Later migrations are appended above this line, one Migration per version, in order.
MIGRATIONS: tuple[Migration, ...] = tuple(sorted(_MIGRATIONS, key=lambda m: m.version))
assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1)), "migration versions must be 1..N"
LATEST_VERSION = MIGRATIONS[-1].version

# Tables whose rows carry the sync columns, in an order that satisfies foreign keys.
RECORD_TABLES = ("org_unit", "member", "member_event")
