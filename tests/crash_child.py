"""Child process for tests/test_crash.py: does database work in a loop until it is killed.

    python tests/crash_child.py MODE DB

Prints "ready" when it starts working, then "done N" right after each operation N has committed
(flushed at once), so the parent knows the database holds at least operation N and at most N + 1.

- edit:    operation N sets ``note = "N"`` on every member (one transaction, many rows, audited);
- import:  operation N bulk-inserts batch N of ``IMPORT_ROWS`` members (one transaction);
- migrate: the database is at an old schema; one operation: open it (backup, then migrations).
"""

from __future__ import annotations

import sys

from djdesk.core.store import Store

IMPORT_ROWS = 500
EDIT_ORG = "b"


def member_row(batch: int, i: int) -> dict:
    return {"org_uuid": EDIT_ORG, "name": f"导入{batch}-{i}", "gender": "男" if i % 2 else "女",
            "category": "正式", "birth_date": "1970-01-01", "note": f"batch {batch}",
            "address": "红星乡李家村" * 3}


def main(mode: str, db: str) -> None:
    if mode == "migrate":
        print("ready", flush=True)
        Store.open(db, daily_backup=False)
        print("done 1", flush=True)
        return
    store = Store.open(db, daily_backup=False)
    print("ready", flush=True)
    if mode == "edit":
        uuids = [r["uuid"] for r in store.query("SELECT uuid FROM member WHERE note GLOB '[0-9]*' ORDER BY uuid")]
        n = int(store.scalar("SELECT max(CAST(note AS INTEGER)) FROM member WHERE uuid IN (%s)"
                             % ",".join("?" * len(uuids)), uuids))
        while True:
            n += 1
            with store.transaction():
                for uuid in uuids:
                    store.update("member", uuid, {"note": str(n)})
            print(f"done {n}", flush=True)
    elif mode == "import":
        n = store.scalar("SELECT count(DISTINCT note) FROM member WHERE note LIKE 'batch %'")
        while True:
            n += 1
            with store.transaction():
                store.insert_many("member", [member_row(n, i) for i in range(IMPORT_ROWS)])
            print(f"done {n}", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
