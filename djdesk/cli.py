"""djdesk-cli: the headless command line. A thin shell over djdesk.core — each command is one
core call. Commands that report figures or problems take --json and then print one JSON
document. A user error prints one Chinese line and exits 2; a bug is logged and exits 3."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from djdesk import __version__
from djdesk.core.errors import UserError

EXIT_USER_ERROR = 2
EXIT_BUG = 3
EXIT_DAMAGED = 4


def _open(args):
    from djdesk.core.store import Store

    return Store.open(args.db)


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
    from djdesk.core import rules
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
        warnings = rules.check_rules(store, org["uuid"] if org else None)
    data = {"db": str(path), "integrity": "ok" if not damaged else "damaged",
            "integrity_messages": integrity if damaged else [], "foreign_key_problems": fk,
            "warnings": [{"code": w.code, "level": w.level, "org": w.org_name, "org_uuid": w.org_uuid,
                          "member_uuid": w.member_uuid, "message": w.message, "source": w.source,
                          "ruleset": w.ruleset} for w in warnings]}
    lines = [f"数据库完整性：{'正常' if not damaged else '已损坏'}"]
    lines += [f"  {m}" for m in (integrity if damaged else [])]
    lines += [f"  外键问题：{p}" for p in fk]
    if not damaged:
        lines.append(f"组织设置检查：{len(warnings)} 条提示")
        lines += [f"  [{'提示' if w.level == 'info' else '警告'}] {w.org_name}：{w.message}（{w.source}）"
                  for w in warnings]
    _emit(args, data, lines)
    return EXIT_DAMAGED if damaged else 0


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

    rep = sub.add_parser("report", help="生成 PDF 报表", description="生成 PDF 报表")
    rep_sub = rep.add_subparsers(dest="report_command", required=True, metavar="报表")
    c = command(rep_sub, "roster", "党员花名册 PDF", cmd_report_roster)
    roster_filters(c)
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c.add_argument("--mask-ids", action="store_true", help="身份证号只显示前4位和后4位")
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
    except Exception:
        logging.getLogger("djdesk.cli").exception("unexpected error in %s", argv or sys.argv[1:])
        print(f"发生意外错误，未完成操作。详细信息已记录在 {log_file}", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
