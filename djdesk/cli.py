"""djdesk-cli: the headless command line. A thin shell over djdesk.core — each command is one
core call. Commands that report figures or problems take --json and then print one JSON
document. A user error prints one Chinese line and exits 2; a bug is logged and exits 3."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import time
from pathlib import Path

from djdesk import __version__
from djdesk.core.errors import UserError

EXIT_USER_ERROR = 2
EXIT_BUG = 3
EXIT_DAMAGED = 4


def _open(args):
    """Read commands open without the writer lock, so they work while the GUI has the file."""
    from djdesk.core.store import Store

    return Store.open(args.db, lock=False)


def _emit(args, data: dict, lines: list[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))


def resolve_org(store, ref: str | None) -> dict:
    """An org by uuid, code or exact name; without a reference, the database's own scope."""
    from djdesk.core.database import scope_org
    from djdesk.core.orgs import get_org

    if not ref:
        org = scope_org(store)
        if org is None:
            raise UserError("数据库中没有设定本单位，请用 --org 指定组织")
        return org
    found = store.query("SELECT uuid FROM org_unit WHERE deleted = 0 AND (uuid = ? OR code = ? OR name = ?)",
                        (ref, ref, ref))
    if not found:
        raise UserError(f"找不到组织“{ref}”（可用 djdesk-cli org list 查看名称、代码和编号）")
    if len(found) > 1:
        raise UserError(f"有 {len(found)} 个组织都叫“{ref}”，请改用组织编号（uuid）")
    return get_org(store, found[0]["uuid"])


# ----- commands --------------------------------------------------------------------------------

def cmd_demo(args) -> int:
    from djdesk.core import roster
    from djdesk.core.demo import create_demo

    start = time.perf_counter()
    store = create_demo(args.db, scale=args.scale, seed=args.seed)
    orgs_by_kind = dict(store.conn.execute(
        "SELECT kind, count(*) FROM org_unit WHERE deleted = 0 GROUP BY kind").fetchall())
    data = {"db": str(args.db), "scale": args.scale, "seed": args.seed, "org_units": orgs_by_kind,
            "members": roster.counts(store)["total"], "seconds": round(time.perf_counter() - start, 2)}
    _emit(args, data, [f"已生成演示数据：{args.db}",
                       f"组织 {sum(orgs_by_kind.values())} 个，在册党员 {data['members']} 名，"
                       f"用时 {data['seconds']} 秒"])
    return 0


def cmd_init(args) -> int:
    from djdesk.core.database import NewDatabase, create_database

    create_database(args.db, NewDatabase(args.role, args.township, args.township_code or "",
                                         args.village or "", args.village_code or ""))
    print(f"已新建数据库：{args.db}")
    return 0


def cmd_check(args) -> int:
    from djdesk.core import backup, checks
    from djdesk.core.settings import Settings
    from djdesk.core.store import connect

    path = Path(args.db)
    if not path.exists():
        raise UserError(f"找不到数据库文件：{path}")
    conn = connect(path)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = [dict(r) for r in conn.execute("PRAGMA foreign_key_check")]
    except Exception as exc:  # sqlite3.DatabaseError: not a database at all
        integrity, fk = [f"无法读取：{exc}"], []
    finally:
        conn.close()
    damaged = integrity != ["ok"] or bool(fk)
    warnings = []
    if not damaged:
        store = _open(args)
        org = resolve_org(store, args.org) if args.org else None
        warnings = checks.all_warnings(store, org["uuid"] if org else None, Settings())
    newest = backup.newest_backup(path)
    backup_warning = backup.backup_warning(path)
    data = {"db": str(path), "integrity": "ok" if not damaged else "damaged",
            "integrity_messages": integrity if damaged else [], "foreign_key_problems": fk,
            "newest_backup": None if newest is None else {
                "path": str(newest.path), "kind": newest.kind, "taken_at": newest.taken_at.isoformat(),
                "age_days": round((dt.datetime.now() - newest.taken_at).total_seconds() / 86400, 1)},
            "backup_warning": backup_warning,
            "warnings": [{"code": w.code, "level": w.level, "section": w.section, "org": w.org_name,
                          "org_uuid": w.org_uuid,
                          "member_uuid": w.member_uuid, "message": w.message, "source": w.source,
                          "ruleset": w.ruleset} for w in warnings]}
    lines = [f"数据库完整性：{'正常' if not damaged else '已损坏'}"]
    lines += [f"  {m}" for m in (integrity if damaged else [])]
    lines += [f"  外键问题：{p}" for p in fk]
    if newest is not None:
        lines.append(f"最近备份：{newest.taken_at:%Y-%m-%d %H:%M}（{data['newest_backup']['age_days']} 天前，"
                     f"{newest.label}）")
    else:
        lines.append("最近备份：无")
    if backup_warning:
        lines.append(f"  [警告] {backup_warning}")
    if not damaged:
        lines.append(f"规则检查（组织设置、三会一课、党费、活动场所）：{len(warnings)} 条")
        lines += [f"  [{'提示' if w.level == 'info' else '警告'}] {checks.SECTIONS[w.section]} {w.org_name}："
                  f"{w.message}（{w.source}）" for w in warnings]
    _emit(args, data, lines)
    return EXIT_DAMAGED if damaged else 0


def cmd_backup(args) -> int:
    from djdesk.core import backup

    start = time.perf_counter()
    target = backup.backup_file(args.db, args.to)
    info = backup.inspect_backup(target)
    data = {"db": str(args.db), "backup": str(target), "bytes": target.stat().st_size,
            "seconds": round(time.perf_counter() - start, 2), "integrity": "ok", "counts": info.counts}
    _emit(args, data, [f"已备份到：{target}",
                       f"大小 {data['bytes'] / 1024 / 1024:.1f} MB，校验正常，用时 {data['seconds']} 秒"])
    return 0


def cmd_restore(args) -> int:
    from djdesk.core import backup

    result = backup.restore(args.file, args.db, allow_other_installation=args.allow_other)
    info = result.info
    data = {"db": str(args.db), "restored_from": str(info.path),
            "taken_at": info.taken_at.isoformat() if info.taken_at else None, "org": info.org_name,
            "schema_version": info.schema_version, "app": info.app, "counts": info.counts,
            "previous_saved_to": str(result.previous) if result.previous else None}
    lines = [f"已从备份恢复数据库：{args.db}", *[f"  {line}" for line in info.summary()]]
    if result.previous:
        lines.append(f"恢复前的数据已另存为：{result.previous}")
    _emit(args, data, lines)
    return 0


def _roster_filter(store, args):
    from djdesk.core.roster import RosterFilter

    org = resolve_org(store, args.org)
    status = None if args.status == "全部" else args.status
    return org, RosterFilter(org_uuid=org["uuid"], text=args.search or "", category=args.category,
                             status=status)


def cmd_roster_list(args) -> int:
    from djdesk.core import roster

    store = _open(args)
    org, f = _roster_filter(store, args)
    rows = roster.list_members(store, f, sort="branch")
    keys = ("uuid", "name", "gender", "birth_date", "id_number", "category", "join_date",
            "branch_name", "group_name", "phone", "status")
    data = {"org": org["name"], "count": len(rows), "members": [{k: r[k] for k in keys} for r in rows]}
    lines = [f"{r['name']}\t{r['gender']}\t{r['birth_date'] or ''}\t{r['category']}\t{r['branch_name']}\t"
             f"{r['phone']}\t{r['status']}" for r in rows]
    _emit(args, data, lines + [f"共 {len(rows)} 名"])
    return 0


def cmd_org_list(args) -> int:
    from djdesk.core import orgs, roster

    store = _open(args)
    nodes = orgs.tree(store)
    data = {"orgs": [{"uuid": n.uuid, "parent_uuid": n.parent_uuid, "kind": n.kind, "kind_label": n.kind_label,
                      "name": n.name, "code": n.code, "depth": n.depth} for n in nodes]}
    lines = [f"{'  ' * n.depth}{n.name}（{n.kind_label}{'，代码 ' + n.code if n.code else ''}）  {n.uuid}"
             for n in nodes]
    if args.counts:
        for item, line_no in zip(data["orgs"], range(len(lines))):
            item["members"] = roster.counts(store, item["uuid"])["total"]
            lines[line_no] += f"  党员 {item['members']} 名"
    _emit(args, data, lines)
    return 0


def cmd_report_roster(args) -> int:
    from djdesk.core import orgs, roster
    from djdesk.core.reports.roster import render_roster

    store = _open(args)
    org, f = _roster_filter(store, args)
    rows = roster.list_members(store, f, sort="branch")
    if not rows:
        raise UserError(f"“{org['name']}”下没有符合条件的党员，未生成报表")
    result = render_roster(args.out, orgs.full_name(store, org["uuid"]), rows, mask_ids=args.mask_ids)
    data = {"out": str(args.out), "members": len(rows), "pages": result.pages,
            "warnings": list(result.warnings)}
    _emit(args, data, [f"已生成党员花名册：{args.out}（{len(rows)} 名党员，共 {result.pages} 页）",
                       *[f"  注意：{w}" for w in result.warnings]])
    return 0


# ----- 三会一课 (issue #3) ----------------------------------------------------------------------

def _as_of(args):
    from djdesk.core.members import parse_date

    try:
        return parse_date(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        raise UserError(f"--as-of“{args.as_of}”不是有效日期（格式：2025-12-31）") from None


def _branches(store, ref: str | None) -> tuple[dict, list[dict]]:
    """The org named (default: this database's own) and the branches at or below it."""
    from djdesk.core import meetings

    org = resolve_org(store, ref)
    branches = meetings.branches_under(store, org["uuid"])
    if not branches:
        raise UserError(f"“{org['name']}”下没有党支部")
    return org, branches


def _one_branch(store, ref: str | None) -> dict:
    org, branches = _branches(store, ref)
    if len(branches) > 1:
        raise UserError(f"“{org['name']}”下有 {len(branches)} 个党支部，请用 --branch 指定其中一个"
                        f"（如“{branches[0]['name']}”）")
    return branches[0]


def cmd_meetings_compliance(args) -> int:
    from djdesk.core import compliance

    store = _open(args)
    as_of = _as_of(args)
    org, branches = _branches(store, args.branch)
    uuids = [b["uuid"] for b in branches]
    results = compliance.compliance(store, args.year, branch_uuids=uuids, as_of=as_of)
    flags = compliance.lapse_flags(store, branch_uuids=uuids, year=args.year, as_of=as_of)
    data = {"org": org["name"], "year": args.year, "as_of": as_of.isoformat(),
            **compliance.summary_json(results, flags)}
    lines = [f"{org['name']} {args.year}年“三会一课”落实情况（统计截至 {as_of.isoformat()}）"]
    for r in results:
        lines.append(f"== {r.branch_name}：{compliance.BRANCH_LABELS[r.status]}，"
                     f"逾期 {len(r.overdue)} 项，待召开 {len(r.coming_due)} 项 ==")
        for k in r.kinds:
            marks = "".join(compliance.STATUS_MARKS[p.status] for p in k.periods)
            required = f"应召开 {k.required:>2}" if k.kind.frequency != "none" else "不作要求  "
            lines.append(f"  {k.kind.name}（{k.kind.frequency_label}）{required}  已召开 {k.held:>2}  "
                         f"按期 {k.met:>2}  逾期 {k.missed:>2}  待召开 {k.due:>2}  {marks}")
        lines += [f"  逾期：{i.text(True)}" for i in r.overdue]
        lines += [f"  待召开：{i.text(False)}" for i in r.coming_due]
    lines.append("连续六个月未参加组织生活的党员（党章第九条）：" + ("无" if not flags else ""))
    lines += [f"  [{'已满六个月' if f.level == 'flagged' else '需提醒'}] {f.branch_name} {f.text}" for f in flags]
    counts = {s: sum(1 for r in results if r.status == s) for s in ("met", "due", "missed")}
    lines.append(f"共 {len(results)} 个支部：全部按期 {counts['met']} 个，有待召开 {counts['due']} 个，"
                 f"有逾期 {counts['missed']} 个；{sum(f.level == 'flagged' for f in flags)} 名党员连续六个月未参加组织生活")
    _emit(args, data, lines)
    return 0


def cmd_meetings_list(args) -> int:
    from djdesk.core import meetings

    store = _open(args)
    branch = _one_branch(store, args.branch)
    kind = None
    if args.kind:
        kinds = {k.name: k.code for k in meetings.kinds_for(store, branch["uuid"])}
        kind = kinds.get(args.kind, args.kind if args.kind in kinds.values() else None)
        if kind is None:
            raise UserError(f"未知的会议类型“{args.kind}”，可选：{'、'.join(kinds)}")
    rows = meetings.list_meetings(store, meetings.MeetingFilter(branch["uuid"], args.year, kind=kind))
    data = {"branch": branch["name"], "branch_uuid": branch["uuid"], "count": len(rows), "meetings": [
        {"uuid": r["uuid"], "record_no": r["record_no"], "held_on": r["held_on"], "kind": r["kind"],
         "kind_name": r["kind_name"], "group": r["group_name"], "title": r["title"],
         "expected": r["tally"].expected, "present": r["tally"].present, "leave": r["tally"].leave,
         "absent": r["tally"].absent, "guests": r["tally"].guests, "votes": r["votes"], "flags": r["flags"]}
        for r in rows]}
    lines = [f"{r['record_no']}\t{r['held_on']}\t{r['kind_name']}\t{r['title']}\t应到 {r['tally'].expected} "
             f"实到 {r['tally'].present}" + (f"\t※{'；'.join(r['flags'])}" if r["flags"] else "") for r in rows]
    _emit(args, data, lines + [f"{branch['name']}：共 {len(rows)} 次会议"])
    return 0


def _meeting_report(args, render, what: str) -> int:
    from djdesk.core import meetings

    store = _open(args)
    branch = resolve_org(store, args.branch)["uuid"] if args.branch else None
    uuid = meetings.find_meeting(store, args.meeting, branch)
    result = render(store, args.out, uuid)
    meeting = meetings.get_meeting(store, uuid)
    data = {"out": str(args.out), "meeting": uuid, "record_no": meeting["record_no"], "pages": result.pages,
            "warnings": [w.message for w in result.warnings]}
    _emit(args, data, [f"已生成{what}：{args.out}（{meeting['record_no']} {meeting['title']}，共 {result.pages} 页）",
                       *[f"  注意：{w.message}" for w in result.warnings]])
    return 0


def cmd_report_meeting_record(args) -> int:
    from djdesk.core.reports.meetings import meeting_record_pdf

    return _meeting_report(args, meeting_record_pdf, "会议记录")


def cmd_report_sign_in_sheet(args) -> int:
    from djdesk.core.reports.meetings import sign_in_sheet_pdf

    return _meeting_report(args, sign_in_sheet_pdf, "签到表")


def cmd_report_meetings_year(args) -> int:
    from djdesk.core.reports.meetings import year_binder_pdf

    store = _open(args)
    branch = _one_branch(store, args.branch)
    result = year_binder_pdf(store, args.out, branch["uuid"], args.year, _as_of(args))
    data = {"out": str(args.out), "branch": branch["name"], "year": args.year, "pages": result.pages,
            "warnings": [w.message for w in result.warnings]}
    _emit(args, data, [f"已生成{branch['name']}{args.year}年三会一课记录本：{args.out}（共 {result.pages} 页）",
                       *[f"  注意：{w.message}" for w in result.warnings]])
    return 0


# ----- Excel (issue #6) ------------------------------------------------------------------------

def _decisions(items: list[str]) -> dict[int, str]:
    from djdesk.core.excel.roster_import import ADD, SKIPPED, UPDATE

    words = {"add": ADD, "update": UPDATE, "skip": SKIPPED}
    out = {}
    for item in items:
        row, _, word = item.partition("=")
        if not row.strip().isdigit() or word.strip() not in words:
            raise UserError(f"--decide“{item}”的格式应为 行号=add、行号=update 或 行号=skip（如 --decide 12=add）")
        out[int(row)] = words[word.strip()]
    return out


def run_import(args, importer, target, outcome, *, decisions=None, options=None, extra=None) -> int:
    """What the Excel import commands share: check ``args.file`` against ``target(store)`` (the
    uuid of the branch or site) with the remembered column mapping, write it unless --dry-run (a
    dry run opens the store without the writer lock: it only reads), print the check report and
    ``outcome(counts)`` (or --json: the plan, dry_run, backup). ``importer`` is an import module
    (``excel.importing``'s interface); ``options`` go to its ``check_file``; ``extra(result)``
    gives more JSON keys and lines (before the backup line). Exit 0 when any row was imported,
    updated or is already there, else EXIT_USER_ERROR."""
    from djdesk.core.settings import Settings
    from djdesk.core.store import Store

    store = Store.open(args.db, lock=not args.dry_run)
    try:
        plan = importer.check_file(store, args.file, target(store), sheet_name=args.sheet, settings=Settings(),
                                   **(options or {}))
        result = None if args.dry_run else importer.apply_plan(store, plan, decisions)
    finally:
        store.close()
    counts = plan.counts(decisions)
    data = {**plan.as_json(decisions), "dry_run": args.dry_run,
            "backup": str(result.backup_path) if result is not None and result.backup_path else None}
    done = "检查完毕，未写入数据库（--dry-run）" if args.dry_run else "已导入"
    lines = [*plan.report_lines(), f"{done}：{outcome(counts)}"]
    if extra is not None:
        more, more_lines = extra(result)
        data.update(more)
        lines += more_lines
    if data["backup"]:
        lines.append(f"导入前的数据已备份到：{data['backup']}")
    _emit(args, data, lines)
    return 0 if counts["imported"] + counts.get("updated", 0) + counts["unchanged"] else EXIT_USER_ERROR


def cmd_roster_import(args) -> int:
    from djdesk.core.excel import roster_import

    return run_import(args, roster_import, lambda store: resolve_org(store, args.branch)["uuid"],
                      lambda c: f"新增 {c['imported']} 名，更新 {c['updated']} 名，无变化 {c['unchanged']} 名，"
                                f"跳过 {c['skipped']} 行，待定未处理 {c['undecided']} 行",
                      decisions=_decisions(args.decide))


def cmd_export_roster(args) -> int:
    from djdesk.core.excel import exports

    store = _open(args)
    org, f = _roster_filter(store, args)
    result = exports.export_roster(store, args.out, f)
    _emit(args, {"out": str(result.path), "org": org["name"], "members": result.rows},
          [f"已导出党员花名册：{result.path}（{org['name']}，{result.rows} 名党员）"])
    return 0


def cmd_export_meetings(args) -> int:
    from djdesk.core.excel import exports

    store = _open(args)
    branch = _one_branch(store, args.branch)
    result = exports.export_meetings(store, args.out, branch["uuid"], args.year)
    _emit(args, {"out": str(result.path), "branch": branch["name"], "year": args.year, "meetings": result.rows},
          [f"已导出{branch['name']}会议记录一览和出席情况：{result.path}（{result.rows} 次会议）"])
    return 0


def cmd_export_template(args) -> int:
    from djdesk.core.excel import exports

    path = exports.export_template(args.register, args.out)
    _emit(args, {"out": str(path), "register": args.register}, [f"已生成空白导入模板：{path}"])
    return 0


# ----- parser ----------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from djdesk.core import codes

    p = argparse.ArgumentParser(prog="djdesk-cli", description="党建桌面命令行（无界面）")
    p.add_argument("--version", action="version", version=f"djdesk {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="命令")

    def command(parser, name, help_text, func, db=True, json_out=True):
        c = parser.add_parser(name, help=help_text, description=help_text)
        if db:
            c.add_argument("--db", required=True, type=Path, help="数据库文件路径")
        if json_out:
            c.add_argument("--json", action="store_true", help="以 JSON 格式输出")
        c.set_defaults(func=func)
        return c

    c = command(sub, "demo", "生成演示数据库（确定性的模拟数据）", cmd_demo)
    c.add_argument("--scale", choices=("township", "county"), default="township",
                   help="township：1个乡镇约450名党员；county：18个乡镇约2万名党员")
    c.add_argument("--seed", type=int, default=1, help="随机种子，相同种子生成相同数据")

    c = command(sub, "init", "新建村或乡镇数据库", cmd_init, json_out=False)
    c.add_argument("--role", choices=("village", "township"), required=True, help="村或乡镇")
    c.add_argument("--township", required=True, help="乡镇党委名称")
    c.add_argument("--township-code", help="乡镇代码")
    c.add_argument("--village", help="村（社区）名称（村数据库必填）")
    c.add_argument("--village-code", help="村（社区）代码")

    c = command(sub, "check", "检查数据库完整性和组织设置（数据库损坏时返回非零）", cmd_check)
    c.add_argument("--org", help="只检查该组织及其下级（名称、代码或编号）")

    c = command(sub, "backup", "备份数据库（校验后写入，不影响正在使用的数据库）", cmd_backup)
    c.add_argument("--to", type=Path, help="备份到的文件夹（如U盘）；默认数据库所在文件夹的 backups")

    c = command(sub, "restore", "用备份恢复数据库（先自动备份当前数据）", cmd_restore)
    c.add_argument("file", type=Path, help="备份文件")
    c.add_argument("--allow-other", action="store_true",
                   help="允许用另一个数据库（另一个单位）的备份替换当前数据库")

    def roster_filters(c):
        c.add_argument("--org", help="组织名称、代码或编号；默认本单位")
        c.add_argument("--search", help="姓名、拼音首字母、身份证号或电话的一部分")
        c.add_argument("--category", choices=codes.CATEGORIES, help="党员类别")
        c.add_argument("--status", choices=(*codes.STATUSES, "全部"), default=codes.ACTIVE, help="党员状态")

    org = sub.add_parser("org", help="组织机构", description="组织机构")
    org_sub = org.add_subparsers(dest="org_command", required=True, metavar="子命令")
    c = command(org_sub, "list", "列出组织树（含编号）", cmd_org_list)
    c.add_argument("--counts", action="store_true", help="同时列出每个组织的党员人数")

    ros = sub.add_parser("roster", help="党员花名册", description="党员花名册")
    ros_sub = ros.add_subparsers(dest="roster_command", required=True, metavar="子命令")
    roster_filters(command(ros_sub, "list", "列出党员", cmd_roster_list))
    c = command(ros_sub, "import", "从 Excel 表格（.xlsx）导入党员：先检查全表、列出每一处问题，再在一个事务中写入",
                cmd_roster_import)
    c.add_argument("file", type=Path, help="要导入的 Excel 文件（.xlsx）")
    c.add_argument("--branch", required=True, help="党支部（名称、代码或编号）：表中没有写所在支部的党员导入到这里")
    c.add_argument("--sheet", help="工作表名称；默认第一个工作表")
    c.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入数据库")
    c.add_argument("--decide", action="append", default=[], metavar="行号=add|update|skip",
                   help="对“待定”的行作出选择：add 作为新党员新增，update 是同一人、更新库中记录，skip 跳过；可多次使用")

    exp = sub.add_parser("export", help="导出 Excel 表格", description="导出 Excel 表格（.xlsx）")
    exp_sub = exp.add_subparsers(dest="export_command", required=True, metavar="表格")
    c = command(exp_sub, "roster", "党员花名册 Excel（可改好后再导入）", cmd_export_roster)
    roster_filters(c)
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")
    c = command(exp_sub, "meetings", "支部会议记录一览和出席情况 Excel", cmd_export_meetings)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", type=int, help="只导出该年度")
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")
    c = command(exp_sub, "template", "空白导入模板（含填写说明、下拉选项和示例行）", cmd_export_template, db=False)
    c.add_argument("register", choices=("roster", "assets", "dues"),
                   help="哪种表格的模板：roster 党员花名册，assets 活动场所资产清单，dues 党费收缴登记表")
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")

    rep = sub.add_parser("report", help="生成 PDF 报表", description="生成 PDF 报表")
    rep_sub = rep.add_subparsers(dest="report_command", required=True, metavar="报表")
    c = command(rep_sub, "roster", "党员花名册 PDF", cmd_report_roster)
    roster_filters(c)
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c.add_argument("--mask-ids", action="store_true", help="身份证号只显示前4位和后4位")

    def meeting_ref(c):
        c.add_argument("--meeting", required=True, help="会议的记录编号（如 2025-007）或编号（uuid）")
        c.add_argument("--branch", help="支部名称、代码或编号（记录编号在多个支部重复时必填）")
        c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")

    meeting_ref(command(rep_sub, "meeting-record", "会议记录 PDF（按会议记录本格式）", cmd_report_meeting_record))
    meeting_ref(command(rep_sub, "sign-in-sheet", "会议签到表 PDF（按花名册预填）", cmd_report_sign_in_sheet))
    c = command(rep_sub, "meetings-year", "支部全年三会一课记录本 PDF（封面、目录、全部会议、落实情况）",
                cmd_report_meetings_year)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", required=True, type=int, help="年度，如 2025")
    c.add_argument("--as-of", help="落实情况统计截至日期（默认今天）")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")

    mtg = sub.add_parser("meetings", help="三会一课", description="三会一课和组织生活")
    mtg_sub = mtg.add_subparsers(dest="meetings_command", required=True, metavar="子命令")
    c = command(mtg_sub, "compliance", "三会一课落实情况：各支部应开、已开、逾期，连续六个月未参加组织生活的党员",
                cmd_meetings_compliance)
    c.add_argument("--branch", help="支部或上级组织（名称、代码或编号）；默认本单位全部支部")
    c.add_argument("--year", required=True, type=int, help="年度，如 2025")
    c.add_argument("--as-of", help="统计截至日期（默认今天）")
    c = command(mtg_sub, "list", "列出支部的会议记录（含记录编号）", cmd_meetings_list)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", type=int, help="只列该年度")
    c.add_argument("--kind", help="只列该类会议，如 主题党日")

    # Later features register their commands from their own module (djdesk/cli_<feature>.py):
    # register(sub, rep_sub, exp_sub, command) adds top-level commands, reports and exports.
    # DUES-CLI
    from djdesk.cli_dues import register as register_dues
    register_dues(sub, rep_sub, exp_sub, command)
    # SITES-CLI
    from djdesk.cli_sites import register as register_sites
    register_sites(sub, rep_sub, exp_sub, command)
    # SYNC-CLI
    from djdesk.cli_sync import register as register_sync
    register_sync(sub, rep_sub, exp_sub, command)
    return p


def main(argv: list[str] | None = None) -> int:
    from djdesk.core.logs import setup_logging

    args = build_parser().parse_args(argv)
    log_file = setup_logging()
    try:
        return args.func(args)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader of the output stopped early (| head, | more): no bug, nothing to log. Python
        # would complain again when flushing stdout at exit, so stdout goes nowhere from here.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception:
        logging.getLogger("djdesk.cli").exception("unexpected error in %s", argv or sys.argv[1:])
        print(f"发生意外错误，未完成操作。详细信息已记录在 {log_file}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
