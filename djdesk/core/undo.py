"""Undo of the last edits, where it is safe (issue #9).

The GUI keeps one ``UndoStack`` per open Store and runs each editing command inside
``stack.step("修改党员信息")``. The stack listens to the Store's commits (``Store.commit_listeners``)
and records what the step changed — ``(table, uuid, action, diff, hlc)`` per row, as the Store saw
it, so core operations need no extra bookkeeping. ``undo()`` applies the inverse as a NEW change
through ``Store.update`` / ``tombstone`` / ``undelete`` in one transaction: the audit log shows the
undo, sync stamps move forward, and a township that already got the edit gets the undo too.

What can be undone — honestly small:

- edits, additions and deletions of rows in ``UNDOABLE_TABLES`` (members' fields, org units);
- only while nothing else touched those rows since (their ``hlc`` is still the one the step gave
  them: an edit in another window, a worker or an imported package makes the step not undoable);
- an addition only while nothing hangs below it (no members in a new org unit …), a deletion only
  while bringing it back is consistent (no new member with the same ID number …);
- within this session (the stack lives in memory; it is empty after a restart). No redo.

Never undone: status events (``member_event``: 转出, 去世 … are history, corrected by a new event),
accounts and settings, and every table not on the allow-list — so the dues ledger, meetings and
whatever comes later are excluded until someone decides they are safe. A step that touches any of
them is a barrier: the stack is cleared, nothing before it can be undone ("never past a status
event"). Adding a member writes its 入册 event, so it is a barrier too: a member entered by
mistake is removed with 删除 (a tombstone), which itself can be undone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from djdesk.core.errors import UserError
from djdesk.core.store import Change, Store

UNDOABLE_TABLES = frozenset({"member", "org_unit"})
UNDO_LIMIT = 30


@dataclass(frozen=True)
class UndoStep:
    label: str                      # e.g. "修改党员信息": the menu shows "撤销 修改党员信息"
    changes: tuple[Change, ...]

    @property
    def tables(self) -> frozenset[str]:
        """Which views to refresh after undoing it."""
        return frozenset(c.table for c in self.changes)


class UndoStack:
    """The undo history of one Store in one session (see module docstring)."""

    def __init__(self, store: Store, limit: int = UNDO_LIMIT):
        self.store = store
        self.limit = limit
        self._steps: list[UndoStep] = []
        self._recording: list[Change] | None = None
        self._poisoned = False
        self._undoing = False
        self._undo_changes: tuple[Change, ...] = ()
        store.commit_listeners.append(self._on_commit)

    def detach(self) -> None:
        """Stop listening (before the Store is closed or the GUI switches database)."""
        if self._on_commit in self.store.commit_listeners:
            self.store.commit_listeners.remove(self._on_commit)
        self._steps.clear()

    # ----- recording ----------------------------------------------------------------------------

    @contextmanager
    def step(self, label: str) -> Iterator[None]:
        """Run one editing command inside: what it commits becomes one undo step."""
        if self._recording is not None:           # nested: part of the outer step
            yield
            return
        self._recording, self._poisoned = [], False
        try:
            yield
        finally:
            changes, poisoned = self._recording, self._poisoned
            self._recording = None
        if changes and not poisoned:
            self._steps.append(UndoStep(label, tuple(changes)))
            del self._steps[:-self.limit]

    def run(self, label: str, func: Callable, *args, **kwargs):
        """``func(*args, **kwargs)`` as one undo step; returns its result."""
        with self.step(label):
            return func(*args, **kwargs)

    def _on_commit(self, changes: tuple[Change, ...]) -> None:
        if self._undoing:
            self._undo_changes = changes
            return
        if not changes:
            return
        if any(c.table not in UNDOABLE_TABLES for c in changes):
            self._steps.clear()                   # a barrier: never undo past history
            self._poisoned = True
            return
        if self._recording is not None:
            self._recording.extend(changes)

    def clear(self) -> None:
        """Forget everything (after an import, a restore, switching database)."""
        self._steps.clear()

    # ----- undoing ------------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._steps)

    @property
    def undo_label(self) -> str | None:
        """The label of the step ``undo`` would undo ("撤销 {label}" in the menu), or None."""
        return self._steps[-1].label if self._steps else None

    def problem(self) -> str | None:
        """Why the last step cannot be undone now (Chinese), or None when it can."""
        if not self._steps:
            return "没有可以撤销的操作。"
        return _problem(self.store, self._steps[-1])

    def undo(self) -> UndoStep:
        """Undo the last step as a new change; returns it (its ``tables`` say what to refresh).
        Raises ``UserError`` when it is no longer safe; the step is then dropped."""
        if not self._steps:
            raise UserError("没有可以撤销的操作。")
        step = self._steps[-1]
        problem = _problem(self.store, step)
        if problem is not None:
            self._steps.clear()                   # what lies below it is even less safe
            raise UserError(problem)
        self._undoing, self._undo_changes = True, ()
        try:
            with self.store.transaction():
                for change in reversed(step.changes):
                    _apply_inverse(self.store, change)
        finally:
            self._undoing = False
        self._steps.pop()
        # The undone rows are back in the state the earlier steps left them in, with a new stamp:
        # expect that stamp now, so the step below can be undone in turn.
        stamps = {(c.table, c.uuid): c.hlc for c in self._undo_changes}
        self._steps = [UndoStep(s.label, tuple(c._replace(hlc=stamps.get((c.table, c.uuid), c.hlc))
                                               for c in s.changes)) for s in self._steps]
        return step


def _last_per_record(step: UndoStep) -> dict[tuple[str, str], Change]:
    out: dict[tuple[str, str], Change] = {}
    for change in step.changes:
        out[(change.table, change.uuid)] = change
    return out


def _problem(store: Store, step: UndoStep) -> str | None:
    for (table, uuid), change in _last_per_record(step).items():
        row = store.query_one(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,))
        if row is None or row["hlc"] != change.hlc:
            return f"“{step.label}”之后，相关记录又被修改过（可能在别的窗口里，或来自导入的数据），不能撤销。"
    for change in step.changes:
        if change.action == "insert" and (why := _cannot_remove(store, change)):
            return f"不能撤销“{step.label}”：{why}"
        if change.action == "delete" and (why := _cannot_revive(store, change)):
            return f"不能撤销“{step.label}”：{why}"
    return None


def _cannot_remove(store: Store, change: Change) -> str | None:
    """Undoing an addition tombstones the row: only while nothing depends on it."""
    if change.table == "org_unit":
        if store.scalar("SELECT count(*) FROM org_unit WHERE parent_uuid = ? AND deleted = 0", (change.uuid,)) or \
           store.scalar("SELECT count(*) FROM member WHERE (org_uuid = ? OR group_uuid = ?) AND deleted = 0",
                        (change.uuid, change.uuid)):
            return "新建的组织下已经有下级组织或党员。"
    if change.table == "member":
        if store.scalar("SELECT count(*) FROM member_event WHERE member_uuid = ? AND deleted = 0", (change.uuid,)):
            return "该党员已有状态变动记录。"
    return None


def _cannot_revive(store: Store, change: Change) -> str | None:
    """Undoing a deletion brings the row back: only while that stays consistent."""
    row = store.query_one(f"SELECT * FROM {change.table} WHERE uuid = ?", (change.uuid,))
    if row is None:
        return "记录已不存在。"
    if change.table == "member" and row["id_number"]:
        other = store.query_one("SELECT name FROM member WHERE id_number = ? AND deleted = 0 AND uuid <> ?",
                                (row["id_number"], change.uuid))
        if other:
            return f"已经有身份证号相同的党员“{other['name']}”。"
    parent = row.get("parent_uuid") if change.table == "org_unit" else row.get("org_uuid")
    if parent and parent != change.uuid and not store.scalar(
            "SELECT count(*) FROM org_unit WHERE uuid = ? AND deleted = 0", (parent,)):
        return "它所属的组织已被删除。"
    return None


def _apply_inverse(store: Store, change: Change) -> None:
    if change.action == "update":
        store.update(change.table, change.uuid, {field: old for field, (old, _new) in change.diff.items()})
    elif change.action == "insert":
        store.tombstone(change.table, change.uuid)
    elif change.action == "delete":
        store.undelete(change.table, change.uuid)
    elif change.action == "undelete":
        store.tombstone(change.table, change.uuid)
    else:                                          # pragma: no cover - Store produces no other action
        raise ValueError(change.action)
