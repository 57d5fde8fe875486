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
    Migration(
        3,
        "三会一课: meetings, attendance, votes, appraisals, attachments and their content",
        (
            # User-defined meeting kinds, and per-organisation settings of the built-in kinds
            # (frequency, agenda template). A row applies to org_uuid and every org below it; the
            # nearest one wins. code = a built-in code (meetings.KINDS) or "custom-…".
            f"""CREATE TABLE meeting_kind ({SYNC_COLUMNS},
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                frequency TEXT NOT NULL
                    CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'none')),
                audience TEXT NOT NULL DEFAULT 'branch' CHECK (audience IN ('branch', 'group', 'committee')),
                votes INTEGER NOT NULL DEFAULT 0 CHECK (votes IN (0, 1)),
                counts_as_life INTEGER NOT NULL DEFAULT 1 CHECK (counts_as_life IN (0, 1)),
                template_title TEXT NOT NULL DEFAULT '',
                template_agenda TEXT NOT NULL DEFAULT '',
                template_minutes TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX meeting_kind_org ON meeting_kind(org_uuid, code)",
            # One meeting of a branch (org_uuid), or of one of its 党小组 (group_uuid).
            f"""CREATE TABLE meeting ({SYNC_COLUMNS},
                group_uuid TEXT REFERENCES org_unit(uuid) {FK},
                kind TEXT NOT NULL,
                record_no TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                held_on TEXT NOT NULL,
                start_time TEXT NOT NULL DEFAULT '',
                end_time TEXT NOT NULL DEFAULT '',
                place TEXT NOT NULL DEFAULT '',
                host TEXT NOT NULL DEFAULT '',
                recorder TEXT NOT NULL DEFAULT '',
                lecturer TEXT NOT NULL DEFAULT '',
                topic TEXT NOT NULL DEFAULT '',
                agenda TEXT NOT NULL DEFAULT '',
                minutes TEXT NOT NULL DEFAULT '',
                decisions TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX meeting_org ON meeting(org_uuid, held_on)",
            "CREATE INDEX meeting_held ON meeting(held_on, org_uuid, kind, group_uuid, deleted)",
            # Who was expected and what happened: a member row (member_uuid) or a 列席 guest
            # (member_uuid NULL). name/category/has_vote are kept as they were on the day.
            f"""CREATE TABLE meeting_attendance ({SYNC_COLUMNS},
                meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) {FK},
                member_uuid TEXT REFERENCES member(uuid) {FK},
                name TEXT NOT NULL,
                category TEXT NOT NULL DEFAULT '' CHECK (category IN ('', '正式', '预备')),
                has_vote INTEGER NOT NULL DEFAULT 0 CHECK (has_vote IN (0, 1)),
                status TEXT NOT NULL DEFAULT ''
                    CHECK (status IN ('', '出席', '请假', '缺席', '不计应到', '列席')),
                reason TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0,
                CHECK ((member_uuid IS NULL) = (status = '列席')))""",
            "CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_uuid, member_uuid, status, deleted)",
            "CREATE INDEX meeting_attendance_member ON meeting_attendance(member_uuid)",
            # the six-month check starts from the few absences (compliance.lapse_flags)
            "CREATE INDEX meeting_attendance_absent ON meeting_attendance(member_uuid, meeting_uuid) "
            "WHERE status = '缺席' AND deleted = 0",
            # A resolution put to the vote (RULES.md §2): present voters' for/against/abstain,
            # plus written opinions of absent voting members.
            f"""CREATE TABLE meeting_vote ({SYNC_COLUMNS},
                meeting_uuid TEXT NOT NULL REFERENCES meeting(uuid) {FK},
                seq INTEGER NOT NULL DEFAULT 0,
                subject TEXT NOT NULL,
                vote_type TEXT NOT NULL DEFAULT '表决' CHECK (vote_type IN ('表决', '选举')),
                method TEXT NOT NULL DEFAULT '',
                votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
                votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
                votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
                written_for INTEGER NOT NULL DEFAULT 0 CHECK (written_for >= 0),
                written_against INTEGER NOT NULL DEFAULT 0 CHECK (written_against >= 0),
                written_abstain INTEGER NOT NULL DEFAULT 0 CHECK (written_abstain >= 0),
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX meeting_vote_meeting ON meeting_vote(meeting_uuid, seq)",
            # 民主评议党员: one grade per member and year.
            f"""CREATE TABLE appraisal ({SYNC_COLUMNS},
                member_uuid TEXT NOT NULL REFERENCES member(uuid) {FK},
                meeting_uuid TEXT REFERENCES meeting(uuid) {FK},
                year INTEGER NOT NULL,
                grade TEXT NOT NULL CHECK (grade IN ('优秀', '合格', '基本合格', '不合格')),
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX appraisal_org_year ON appraisal(org_uuid, year)",
            "CREATE INDEX appraisal_member ON appraisal(member_uuid, year)",
            # Content-addressed file content: written once, never changed; the same file attached
            # twice is stored once.
            """CREATE TABLE blob (
                sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                size INTEGER NOT NULL,
                data BLOB NOT NULL,
                CHECK (length(data) = size))""",
            """CREATE TRIGGER blob_no_update BEFORE UPDATE ON blob
               BEGIN SELECT RAISE(ABORT, 'blob content is immutable'); END""",
            # A file attached to a record (owner_uuid: a meeting today), e.g. a scanned sign-in sheet.
            f"""CREATE TABLE attachment ({SYNC_COLUMNS},
                owner_uuid TEXT NOT NULL,
                file_name TEXT NOT NULL,
                mime TEXT NOT NULL DEFAULT 'application/octet-stream',
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL REFERENCES blob(sha256) {FK},
                caption TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0)""",
            "CREATE INDEX attachment_owner ON attachment(owner_uuid, sort_order)",
        ),
    ),
    Migration(
        4,
        "local accounts for login (issue #9)",
        (
            # Who may use this installation, with which role. Local on purpose, so no sync
            # columns: accounts name the people at this PC, their password hashes must never
            # travel in a USB package, and a township's accounts mean nothing in a village.
            # The name is the key (and what the audit log shows); it cannot be renamed.
            """CREATE TABLE account (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                display_name TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'readonly')),
                password_hash TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL,
                last_login_at TEXT)""",
        ),
    ),
    Migration(
        5,
        "党费 dues ledger (issue #4)",
        (
            # DUES-MIGRATION: the dues tables go here.
        ),
    ),
    Migration(
        6,
        "活动场所: activity sites, rooms, assets, movements, stocktakes (issue #5)",
        (
            # SITES-MIGRATION: the activity-site tables go here.
        ),
    ),
    Migration(
        7,
        "USB packages: installation identity, enrolled peers, package log, conflicts (issue #7)",
        (
            # SYNC-MIGRATION: the package/enrolment tables go here.
        ),
    ),
]

# Later migrations are appended above this line, one Migration per version, in order.
MIGRATIONS: tuple[Migration, ...] = tuple(sorted(_MIGRATIONS, key=lambda m: m.version))
assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1)), "migration versions must be 1..N"
LATEST_VERSION = MIGRATIONS[-1].version

# Tables whose rows carry the sync columns, in an order that satisfies foreign keys.
RECORD_TABLES = ("org_unit", "member", "member_event", "meeting_kind", "meeting", "meeting_attendance",
                 "meeting_vote", "appraisal", "attachment") + (
    # DUES-TABLES: record tables of migration 5, in foreign-key order
) + (
    # SITES-TABLES: record tables of migration 6, in foreign-key order
)
