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


def _dues_payment_table(name: str, kinds: str, no_receipt: str, more_checks: str = "") -> str:
    """The dues ledger's entry table as migration 5 created it and migration 8 rebuilt it: the same
    columns; the kinds, which of them have no receipt number, and further CHECKs differ. ``name``
    also names the table reversals refer to (a rename rewrites it)."""
    return f"""CREATE TABLE {name} ({SYNC_COLUMNS},
                member_uuid TEXT REFERENCES member(uuid) {FK},
                kind TEXT NOT NULL CHECK (kind IN ({kinds})),
                receipt_year INTEGER,
                receipt_seq INTEGER CHECK (receipt_seq > 0),
                receipt_no TEXT NOT NULL DEFAULT '',
                paid_on TEXT NOT NULL,
                period TEXT NOT NULL,
                amount_fen INTEGER NOT NULL,
                extra_fen INTEGER NOT NULL DEFAULT 0,
                method TEXT NOT NULL DEFAULT '' CHECK (method IN ('', '现金', '转账', '其他')),
                collector TEXT NOT NULL DEFAULT '',
                payer TEXT NOT NULL DEFAULT '',
                reverses_uuid TEXT REFERENCES {name}(uuid) {FK},
                corrects_period TEXT,
                reason TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                CHECK ((kind = 'reversal') = (reverses_uuid IS NOT NULL)),
                CHECK ({no_receipt} = (receipt_seq IS NULL)),
                CHECK (kind = 'void' OR member_uuid IS NOT NULL),{more_checks}
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})"""


_DUES_PAYMENT_INDEXES = (
    "CREATE UNIQUE INDEX dues_payment_receipt ON dues_payment(org_uuid, receipt_year, receipt_seq) "
    "WHERE receipt_seq IS NOT NULL",
    "CREATE UNIQUE INDEX dues_payment_reverses ON dues_payment(reverses_uuid) WHERE reverses_uuid IS NOT NULL",
    "CREATE INDEX dues_payment_member ON dues_payment(member_uuid, paid_on)",
    "CREATE INDEX dues_payment_period ON dues_payment(org_uuid, period)",
)
# covering (live rows only): the month grid, arrears and summaries sum these per month
_DUES_ALLOCATION_INDEXES = (
    "CREATE INDEX dues_allocation_member ON dues_allocation(member_uuid, month, amount_fen) WHERE deleted = 0",
    "CREATE INDEX dues_allocation_org ON dues_allocation(org_uuid, month, amount_fen) WHERE deleted = 0",
    "CREATE INDEX dues_allocation_payment ON dues_allocation(payment_uuid)",
)


def _dues_allocation_table(name: str, payments: str) -> str:
    """Which months an entry of ``payments`` pays for (migration 5; rebuilt by migration 8)."""
    return f"""CREATE TABLE {name} ({SYNC_COLUMNS},
                payment_uuid TEXT NOT NULL REFERENCES {payments}(uuid) {FK},
                member_uuid TEXT NOT NULL REFERENCES member(uuid) {FK},
                month TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
                amount_fen INTEGER NOT NULL)"""


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
            # 党费 (RULES.md §1, 中组发〔2008〕3号). Every row's org_uuid is the member's branch, so a
            # village package carries its ledger whole. Money is integer fen; months are 'YYYY-MM'.
            # The ledger is append-only (dues.py never updates or tombstones a payment): mistakes
            # are reversing rows (kind 'reversal', reverses_uuid) naming the period they correct.
            #
            # A member's dues profile from effective_month on, until the next one: category, the
            # income base (fen) for the categories that use one, the farmer's chosen fixed amount,
            # 减交/免交 with the township's approval (Art. 7), voluntary extra each month, and for a
            # member who transferred in, 党费交至 from the introduction letter (carried_paid_to).
            f"""CREATE TABLE dues_profile ({SYNC_COLUMNS},
                member_uuid TEXT NOT NULL REFERENCES member(uuid) {FK},
                effective_month TEXT NOT NULL CHECK (effective_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
                category TEXT NOT NULL,
                base_fen INTEGER NOT NULL DEFAULT 0 CHECK (base_fen >= 0),
                fixed_fen INTEGER NOT NULL DEFAULT 0 CHECK (fixed_fen >= 0),
                relief TEXT NOT NULL DEFAULT '' CHECK (relief IN ('', '减交', '免交')),
                relief_fen INTEGER NOT NULL DEFAULT 0 CHECK (relief_fen >= 0),
                approval_ref TEXT NOT NULL DEFAULT '',
                approval_date TEXT,
                voluntary_fen INTEGER NOT NULL DEFAULT 0 CHECK (voluntary_fen >= 0),
                carried_paid_to TEXT,
                note TEXT NOT NULL DEFAULT '',
                CHECK (relief = '' OR (approval_ref <> '' AND approval_date IS NOT NULL)),
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX dues_profile_member ON dues_profile(member_uuid, effective_month)",
            "CREATE INDEX dues_profile_org ON dues_profile(org_uuid)",
            # 上缴 batches to the township: the periods (months booked) they cover, amount, voucher.
            f"""CREATE TABLE dues_remittance ({SYNC_COLUMNS},
                period_from TEXT NOT NULL,
                period_to TEXT NOT NULL,
                amount_fen INTEGER NOT NULL,
                remitted_on TEXT NOT NULL,
                voucher TEXT NOT NULL DEFAULT '',
                received_by TEXT NOT NULL DEFAULT '',
                reverses_uuid TEXT REFERENCES dues_remittance(uuid) {FK},
                reason TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                CHECK (period_from <= period_to),
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX dues_remittance_org ON dues_remittance(org_uuid, period_from)",
            # One posted entry: a payment with its receipt number (a per-branch, per-year
            # sequence, never reused: receipt_seq is unique even among tombstones), a reversal
            # (negative amounts, no new number, booked in an open period), or a voided receipt
            # number (a spoiled form: the one explained kind of gap). period = the month the
            # money is booked in (the lock applies to it); the months it pays for are in
            # dues_allocation. amount_fen = Σ allocations + extra_fen (voluntary, Art. 11).
            _dues_payment_table("dues_payment", "'payment', 'reversal', 'void'", "(kind = 'reversal')"),
            *_DUES_PAYMENT_INDEXES,
            # Which months a payment (or its reversal, negated) pays for, and how much of each.
            _dues_allocation_table("dues_allocation", "dues_payment"),
            *_DUES_ALLOCATION_INDEXES,
            # Period lock: months whose money was remitted (reason 上缴) or whose year was closed.
            # Nothing more is booked in them; corrections go into an open period.
            f"""CREATE TABLE dues_lock ({SYNC_COLUMNS},
                month_from TEXT NOT NULL,
                month_to TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('上缴', '年度结账')),
                locked_on TEXT NOT NULL,
                remittance_uuid TEXT REFERENCES dues_remittance(uuid) {FK},
                note TEXT NOT NULL DEFAULT '',
                CHECK (month_from <= month_to),
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX dues_lock_org ON dues_lock(org_uuid, month_from, month_to)",
        ),
    ),
    Migration(
        6,
        "活动场所: activity sites, rooms, assets, movements, stocktakes (issue #5)",
        (
            # A village's activity site (村级组织活动场所). org_uuid = the village/community org unit
            # that owns it; every row below carries the same org_uuid, so one village's package
            # carries its sites whole. Areas in m² (2 decimals); money always integer fen.
            f"""CREATE TABLE site ({SYNC_COLUMNS},
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                building_area REAL NOT NULL DEFAULT 0 CHECK (building_area >= 0),
                land_area REAL NOT NULL DEFAULT 0 CHECK (land_area >= 0),
                year_built INTEGER,
                year_renovated INTEGER,
                ownership TEXT NOT NULL DEFAULT '',
                opening_hours TEXT NOT NULL DEFAULT '',
                responsible TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (org_uuid) REFERENCES org_unit(uuid) {FK})""",
            "CREATE INDEX site_org ON site(org_uuid, sort_order)",
            # Where the money for building/renovating/equipping the site came from.
            f"""CREATE TABLE site_funding ({SYNC_COLUMNS},
                site_uuid TEXT NOT NULL REFERENCES site(uuid) {FK},
                source TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                year INTEGER,
                document TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX site_funding_site ON site_funding(site_uuid)",
            # Functional rooms/areas (党员活动室 … 广场, or user-defined kinds).
            f"""CREATE TABLE site_room ({SYNC_COLUMNS},
                site_uuid TEXT NOT NULL REFERENCES site(uuid) {FK},
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                area REAL NOT NULL DEFAULT 0 CHECK (area >= 0),
                purpose TEXT NOT NULL DEFAULT '',
                sort_order INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX site_room_site ON site_room(site_uuid, sort_order)",
            # One asset line (a book collection may be one line with a quantity). seq is the
            # per-village sequence (max over every row ever made, tombstones and disposals
            # included, so a number is never given twice); asset_no is what the label prints.
            # disposed_on is set by a 报废/处置 (or a 盘亏 adjustment): the line leaves the books
            # but stays, with its history.
            f"""CREATE TABLE asset ({SYNC_COLUMNS},
                site_uuid TEXT NOT NULL REFERENCES site(uuid) {FK},
                room_uuid TEXT REFERENCES site_room(uuid) {FK},
                seq INTEGER NOT NULL CHECK (seq > 0),
                asset_no TEXT NOT NULL,
                category TEXT NOT NULL,
                name TEXT NOT NULL,
                spec TEXT NOT NULL DEFAULT '',
                unit TEXT NOT NULL DEFAULT '',
                quantity INTEGER NOT NULL CHECK (quantity >= 0),
                unit_value_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_value_fen >= 0),
                acquired_on TEXT,
                source TEXT NOT NULL CHECK (source IN ('上级配发', '自购', '捐赠', '其他')),
                funding_doc TEXT NOT NULL DEFAULT '',
                custodian TEXT NOT NULL DEFAULT '',
                condition TEXT NOT NULL DEFAULT '良好' CHECK (condition IN ('良好', '待修', '报废')),
                disposed_on TEXT,
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX asset_org_seq ON asset(org_uuid, seq)",
            "CREATE INDEX asset_no ON asset(asset_no)",
            "CREATE INDEX asset_site ON asset(site_uuid, room_uuid)",
            # What happened to an asset, append-only (the API never edits or tombstones one):
            # 登记 调拨 维修 报废 处置 盘点调整 更正. Places and conditions are kept as they were.
            f"""CREATE TABLE asset_event ({SYNC_COLUMNS},
                asset_uuid TEXT NOT NULL REFERENCES asset(uuid) {FK},
                event_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                from_site_uuid TEXT REFERENCES site(uuid) {FK},
                from_room_uuid TEXT REFERENCES site_room(uuid) {FK},
                to_site_uuid TEXT REFERENCES site(uuid) {FK},
                to_room_uuid TEXT REFERENCES site_room(uuid) {FK},
                quantity_change INTEGER NOT NULL DEFAULT 0,
                from_condition TEXT NOT NULL DEFAULT '',
                to_condition TEXT NOT NULL DEFAULT '',
                cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
                person TEXT NOT NULL DEFAULT '',
                approval_ref TEXT NOT NULL DEFAULT '',
                stocktake_uuid TEXT,
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX asset_event_asset ON asset_event(asset_uuid, event_date)",
            # A count (盘点) of one site. status open → closed (then its lines never change);
            # applied_on is set once when the discrepancies were booked as asset events.
            f"""CREATE TABLE stocktake ({SYNC_COLUMNS},
                site_uuid TEXT NOT NULL REFERENCES site(uuid) {FK},
                title TEXT NOT NULL DEFAULT '',
                started_on TEXT NOT NULL,
                closed_on TEXT,
                applied_on TEXT,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
                counted_by TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX stocktake_site ON stocktake(site_uuid, started_on)",
            # One asset in a count: what the books said at the start, what was found.
            f"""CREATE TABLE stocktake_line ({SYNC_COLUMNS},
                stocktake_uuid TEXT NOT NULL REFERENCES stocktake(uuid) {FK},
                asset_uuid TEXT NOT NULL REFERENCES asset(uuid) {FK},
                expected_quantity INTEGER NOT NULL,
                expected_condition TEXT NOT NULL,
                counted_quantity INTEGER CHECK (counted_quantity >= 0),
                counted_condition TEXT NOT NULL DEFAULT '' CHECK (counted_condition IN ('', '良好', '待修', '报废')),
                counted_at TEXT,
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE UNIQUE INDEX stocktake_line_asset ON stocktake_line(stocktake_uuid, asset_uuid) WHERE deleted = 0",
            # The remote-education station's registers (三簿一册, UNCONFIRMED content): one dated
            # log entry of a register named in settings (sites.REGISTERS by default).
            f"""CREATE TABLE site_log ({SYNC_COLUMNS},
                site_uuid TEXT NOT NULL REFERENCES site(uuid) {FK},
                register TEXT NOT NULL,
                entry_date TEXT NOT NULL,
                content TEXT NOT NULL,
                person TEXT NOT NULL DEFAULT '',
                participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
                minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
                note TEXT NOT NULL DEFAULT '')""",
            "CREATE INDEX site_log_site ON site_log(site_uuid, register, entry_date)",
        ),
    ),
    Migration(
        7,
        "USB packages: installation identity, enrolled peers, package log, conflicts (issue #7)",
        (
            # Local bookkeeping of the USB handoff (djdesk/core/sync/): none of these tables carry
            # sync columns, none travel in a package. Private keys are NOT here: they live in a
            # key file beside the database (sync/identity.py says why).
            # The other installations this one exchanges packages with. A township issues an
            # enrolment per village (status 'issued', no keys yet); the village's first package
            # brings its public keys, stored after the clerk confirms the fingerprint ('enrolled').
            # A village holds one row: its township (enrolled when it imports the enrolment file).
            """CREATE TABLE sync_peer (
                id INTEGER PRIMARY KEY,
                installation_id TEXT UNIQUE,
                role TEXT NOT NULL CHECK (role IN ('village', 'township', 'county')),
                org_uuid TEXT NOT NULL,
                name TEXT NOT NULL,
                code TEXT NOT NULL DEFAULT '',
                sign_pub TEXT NOT NULL DEFAULT '',
                enc_pub TEXT NOT NULL DEFAULT '',
                fingerprint TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('issued', 'enrolled', 'revoked')),
                issued_at TEXT,
                enrolled_at TEXT,
                enrolled_by TEXT NOT NULL DEFAULT '',
                next_seq_out INTEGER NOT NULL DEFAULT 1)""",
            "CREATE UNIQUE INDEX sync_peer_org ON sync_peer(org_uuid) WHERE status != 'revoked'",
            # Every package written or imported (and every refused import), with its counts; the
            # tracking board and the import summary read it. A refused import changes nothing, so
            # it is logged to djdesk.log only. header = the package's plain header (JSON).
            # receipt_at: out = when the receiver's signed receipt was loaded; in = when ours was written.
            """CREATE TABLE sync_package (
                id INTEGER PRIMARY KEY,
                package_uuid TEXT NOT NULL,
                direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
                peer_id TEXT NOT NULL DEFAULT '',
                org_uuid TEXT NOT NULL DEFAULT '',
                seq INTEGER NOT NULL DEFAULT 0,
                file_name TEXT NOT NULL,
                file_sha256 TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL DEFAULT '',
                processed_at TEXT NOT NULL,
                account TEXT NOT NULL DEFAULT '',
                counts TEXT NOT NULL DEFAULT '{}',
                header TEXT NOT NULL DEFAULT '{}',
                receipt_at TEXT)""",
            "CREATE INDEX sync_package_peer ON sync_package(peer_id, direction, seq)",
            "CREATE INDEX sync_package_uuid ON sync_package(package_uuid)",
            # Provenance and merge knowledge of a record touched by an import: the package its
            # current version arrived in (NULL: the local version won), and its version vector —
            # JSON {installation node: newest stamp of that node seen for this record} — which
            # tells an older version this side already knew from an unseen concurrent edit
            # (sync/merge.py). A record never merged needs no row here.
            """CREATE TABLE sync_row (
                uuid TEXT PRIMARY KEY,
                package_id INTEGER,
                vv TEXT NOT NULL) WITHOUT ROWID""",
            # The losing version of a record both sides changed since they last agreed: kept whole
            # (JSON of every column) so the clerk can review it and bring it back. Nothing is lost.
            """CREATE TABLE sync_conflict (
                id INTEGER PRIMARY KEY,
                table_name TEXT NOT NULL,
                record_uuid TEXT NOT NULL,
                org_uuid TEXT NOT NULL,
                package_id INTEGER,
                winner TEXT NOT NULL CHECK (winner IN ('local', 'incoming')),
                winner_hlc TEXT NOT NULL,
                loser_hlc TEXT NOT NULL,
                loser_values TEXT NOT NULL,
                detected_at TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'reversed')),
                resolved_at TEXT,
                resolved_by TEXT NOT NULL DEFAULT '',
                UNIQUE (record_uuid, loser_hlc))""",
            "CREATE INDEX sync_conflict_status ON sync_conflict(status, org_uuid)",
            # Attachment content sent to a peer, so the next package leaves out what it already has
            # (acked = the peer's receipt for that package came back).
            """CREATE TABLE sync_blob_sent (
                peer_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                package_uuid TEXT NOT NULL,
                acked INTEGER NOT NULL DEFAULT 0 CHECK (acked IN (0, 1)),
                PRIMARY KEY (peer_id, sha256, package_uuid)) WITHOUT ROWID""",
        ),
    ),
    Migration(
        8,
        "党费: months paid at the flowing member's host organisation (dues regulation Art. 9)",
        (
            # A new dues_payment kind 'elsewhere': a 流动党员 paid some months where temporarily
            # based (RULES.md §1.4, Art. 9). No money passes through this branch (amounts 0) and
            # it takes no receipt number (the sequence stays gap-free); its allocations (0 fen)
            # name the months settled; collector = the host organisation, note = the proof.
            # SQLite cannot change a CHECK in place, so the ledger's two tables are rebuilt:
            # copied into new tables whose foreign keys name the new table, the old ones dropped
            # (allocation first, so no row references a dropped one) and the new ones renamed
            # (the rename rewrites the references). Indexes are recreated as in version 5, plus one
            # for the few 'elsewhere' entries, which every ledger load looks up (without it the
            # lookup reads every payment of the members: ≈ 130 ms of a county summary, 10 ms with).
            _dues_payment_table("dues_payment_v8", "'payment', 'reversal', 'void', 'elsewhere'",
                                "(kind IN ('reversal', 'elsewhere'))",
                                "\n                CHECK (kind <> 'elsewhere' OR (amount_fen = 0 AND extra_fen = 0)),"),
            "INSERT INTO dues_payment_v8 SELECT * FROM dues_payment",
            _dues_allocation_table("dues_allocation_v8", "dues_payment_v8"),
            "INSERT INTO dues_allocation_v8 SELECT * FROM dues_allocation",
            "DROP TABLE dues_allocation",
            "DROP TABLE dues_payment",
            "ALTER TABLE dues_payment_v8 RENAME TO dues_payment",
            "ALTER TABLE dues_allocation_v8 RENAME TO dues_allocation",
            *_DUES_PAYMENT_INDEXES,
            *_DUES_ALLOCATION_INDEXES,
            "CREATE INDEX dues_payment_elsewhere ON dues_payment(member_uuid) WHERE kind = 'elsewhere'",
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
    "dues_profile", "dues_remittance", "dues_payment", "dues_allocation", "dues_lock",
) + (
    # SITES-TABLES: record tables of migration 6, in foreign-key order
    "site", "site_funding", "site_room", "asset", "asset_event", "stocktake", "stocktake_line", "site_log",
)
