"""djdesk-cli 党费 commands (issue #4): the calculator, arrears, summary and balance, payments,
the import of past records from Excel (issue #6), and the dues printouts. Registered from
djdesk/cli.py (``# DUES-CLI``)."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path

from djdesk.core.errors import UserError


def _cfg():
    from djdesk.core.dues import DuesConfig

    return DuesConfig.load()


@contextmanager
def _branch_store(args):
    """(store, branch) for a command that writes: the database opened for writing and the branch
    its --branch names (the only one when omitted); closed afterwards."""
    from djdesk.cli import _one_branch
    from djdesk.core.store import Store

    store = Store.open(args.db)
    try:
        yield store, _one_branch(store, args.branch)
    finally:
        store.close()


def _period(args) -> tuple[str, str]:
    from djdesk.core import dues

    if args.quarter and args.month:
        raise UserError("--quarter 和 --month 只能选一个")
    if args.quarter and not 1 <= args.quarter <= 4:
        raise UserError(f"--quarter 应为 1 至 4，不是 {args.quarter}")
    if args.month and not 1 <= args.month <= 12:
        raise UserError(f"--month 应为 1 至 12，不是 {args.month}")
    return dues.period_months(args.year, args.quarter, args.month)


def cmd_dues_calc(args) -> int:
    from djdesk.core import dues
    from djdesk.core.money import parse_yuan, yuan

    base = parse_yuan(args.base, "--base") if args.base is not None else 0
    fixed = parse_yuan(args.fixed, "--fixed") if args.fixed is not None else 0
    if base < 0:
        raise UserError("--base 收入不能为负数")
    month = dues.month_str(dues.month_index(args.month)) if args.month else None
    cat = dues.CATEGORIES.get(args.category)
    if cat is not None and cat.kind in (dues.WAGE, dues.RETIRED) and args.base is None:
        raise UserError(f"“{args.category}”按收入比例交纳，请用 --base 给出{cat.base_label}（元）")
    calc = dues.calc_monthly(args.category, base, month, fixed_fen=fixed, config=_cfg())
    data = {"category": calc.category, "base_fen": calc.base_fen, "month": month or dues.month_of(dt.date.today()),
            "amount_fen": calc.amount_fen, "amount": yuan(calc.amount_fen), "rate_per_mille": calc.per_mille,
            "ruleset": calc.ruleset, "source": calc.source, "explanation": calc.explanation}
    _emit(args, data, [f"每月党费 {yuan(calc.amount_fen)} 元", f"  {calc.explanation}", f"  依据：{calc.source}"])
    return 0


def cmd_dues_arrears(args) -> int:
    from djdesk.cli import _as_of, _branches, _open
    from djdesk.core import dues
    from djdesk.core.money import yuan

    store = _open(args)
    as_of = _as_of(args)
    org, branches = _branches(store, args.branch)
    rows = dues.arrears(store, org["uuid"], as_of, _cfg())
    data = {"org": org["name"], "as_of": as_of.isoformat(), "members": len(rows),
            "flagged": sum(r.flagged for r in rows), "total_fen": sum(r.arrears_fen for r in rows),
            "arrears": [{"member_uuid": r.member_uuid, "name": r.name, "branch": r.branch_name, "months": r.months,
                         "arrears_fen": r.arrears_fen, "paid_up_to": r.paid_up_to, "six_months": r.flagged,
                         "six_month_run": r.lapse_months} for r in rows]}
    lines = [f"{org['name']}：截至 {as_of.isoformat()}，{len(rows)} 名党员欠交党费，共 {yuan(data['total_fen'])} 元；"
             f"连续6个月以上未交 {data['flagged']} 名"]
    lines += [f"  {'[连续6个月] ' if r.flagged else ''}{r.branch_name} {r.name}：{dues.months_text(r.months)}，"
              f"{yuan(r.arrears_fen)} 元，党费交至 {r.paid_up_to or '—'}" for r in rows]
    _emit(args, data, lines)
    return 0


def cmd_dues_summary(args) -> int:
    from djdesk.cli import _open, resolve_org
    from djdesk.core import dues
    from djdesk.core.money import yuan

    store = _open(args)
    org = resolve_org(store, args.org)
    first, last = _period(args)
    rows = dues.township_summary(store, org["uuid"], first, last, _cfg())
    keys = ("due_fen", "exempt_fen", "paid_for_fen", "arrears_fen", "collected_fen", "remitted_fen")
    data = {"org": org["name"], "period": dues.period_label(first, last), "first_month": first, "last_month": last,
            "units": [{"org_uuid": r.org_uuid, "name": r.name, "branches": r.branches, "members": r.members,
                       **{k: getattr(r, k) for k in keys}} for r in rows],
            "total": {k: sum(getattr(r, k) for r in rows) for k in keys}}
    lines = [f"{org['name']} {data['period']}党费收缴情况（元）：应交 / 减免 / 已交 / 欠交 / 本期收缴 / 上缴"]
    lines += [f"  {r.name}：" + " / ".join(yuan(getattr(r, k)) for k in keys) for r in rows]
    lines.append("  合计：" + " / ".join(yuan(data["total"][k]) for k in keys))
    _emit(args, data, lines)
    return 0


def cmd_dues_balance(args) -> int:
    from djdesk.cli import _branches, _open
    from djdesk.core import dues
    from djdesk.core.money import yuan

    store = _open(args)
    org, branches = _branches(store, args.branch)
    out = []
    for b in branches:
        bal = dues.balance(store, [b["uuid"]])
        out.append({"branch": b["name"], "branch_uuid": b["uuid"], "collected_fen": bal.collected_fen,
                    "remitted_fen": bal.remitted_fen, "balance_fen": bal.balance_fen, "centre_fen": bal.centre_fen})
    data = {"org": org["name"], "branches": out}
    lines = [f"{org['name']}党费收缴与上缴（元）：已收缴 / 已上缴 / 结存"]
    lines += [f"  {r['branch']}：{yuan(r['collected_fen'])} / {yuan(r['remitted_fen'])} / {yuan(r['balance_fen'])}"
              for r in out]
    _emit(args, data, lines)
    return 0


def _member(store, branch: dict, ref: str) -> dict:
    rows = store.query("SELECT uuid, name FROM member WHERE deleted = 0 AND org_uuid = ? AND (uuid = ? OR name = ? "
                       "OR id_number = ?)", (branch["uuid"], ref, ref, ref.upper()))
    if not rows:
        raise UserError(f"{branch['name']}没有党员“{ref}”")
    if len(rows) > 1:
        raise UserError(f"{branch['name']}有 {len(rows)} 名党员叫“{ref}”，请改用身份证号或编号（uuid）")
    return rows[0]


def cmd_dues_pay(args) -> int:
    from djdesk.core import dues
    from djdesk.core.money import parse_yuan, yuan

    with _branch_store(args) as (store, branch):
        member = _member(store, branch, args.member)
        months = [m.strip() for item in args.months for m in item.split(",") if m.strip()]
        result = dues.record_payment(
            store, member["uuid"], months, args.date or dt.date.today(), method=args.method,
            collector=args.collector or "", amount_fen=parse_yuan(args.amount, "--amount") if args.amount else None,
            payer=args.payer or "", config=_cfg())
        data = {"receipt_no": result.receipt_no, "member": member["name"], "months": list(result.months),
                "amount_fen": result.amount_fen, "dues_fen": result.dues_fen, "extra_fen": result.extra_fen,
                "warnings": list(result.warnings), "paid_up_to": dues.paid_up_to(store, member["uuid"], config=_cfg())}
    _emit(args, data, [f"已收{member['name']}党费 {yuan(result.amount_fen)} 元（{dues.months_text(months)}），"
                       f"收据编号 {result.receipt_no}；党费交至 {data['paid_up_to'] or '—'}",
                       *[f"  注意：{w}" for w in result.warnings]])
    return 0


def cmd_dues_elsewhere(args) -> int:
    """流入地交纳: months a 流动党员 paid where temporarily based (Art. 9); nothing collected here."""
    from djdesk.core import dues

    with _branch_store(args) as (store, branch):
        member = _member(store, branch, args.member)
        months = [m.strip() for item in args.months for m in item.split(",") if m.strip()]
        result = dues.record_elsewhere(store, member["uuid"], months, args.host or "", args.proof,
                                       args.date or dt.date.today(), note=args.note or "", config=_cfg())
        data = {"uuid": result.uuid, "member": member["name"], "months": list(result.months), "host": result.host,
                "warnings": list(result.warnings),
                "paid_up_to": dues.paid_up_to(store, member["uuid"], config=_cfg())}
    _emit(args, data, [f"已登记{member['name']}在{result.host}交纳党费（{dues.months_text(list(result.months))}），"
                       f"本支部不收款、不开收据；党费交至 {data['paid_up_to'] or '—'}",
                       *[f"  注意：{w}" for w in result.warnings]])
    return 0


def cmd_dues_reverse(args) -> int:
    """冲销: a receipt by its number, or the entry covering a member's month (also 流入地交纳, which
    has no receipt number)."""
    from djdesk.core import dues, dues_views

    if bool(args.receipt) == bool(args.member and args.month):
        raise UserError("请用 --receipt 指定收据编号，或用 --member 和 --month 指定党员和月份（二者选一）")
    with _branch_store(args) as (store, branch):
        if args.receipt:
            found = [p for p in dues.payments(store, branch_uuid=branch["uuid"], receipt_no=args.receipt)
                     if p["kind"] == "payment"]
            what = f"收据 {args.receipt}"
            if not found:
                raise UserError(f"{branch['name']}没有编号为“{args.receipt}”的党费收据")
        else:
            member = _member(store, branch, args.member)
            month = dues.month_str(dues.month_index(args.month))
            found = dues_views.payments_for_month(store, member["uuid"], month)
            what = f"{member['name']}{dues.month_label(month)}的交费记录"
            if not found:
                raise UserError(f"{member['name']}{dues.month_label(month)}没有可以冲销的交费记录")
        uuid = dues.reverse_payment(store, found[0]["uuid"], args.reason, args.date or dt.date.today())
    _emit(args, {"receipt_no": found[0]["receipt_no"], "payment_uuid": found[0]["uuid"], "reversal_uuid": uuid},
          [f"已冲销{what}（{args.reason}）"])
    return 0


def cmd_dues_void(args) -> int:
    """作废收据: a spoiled paper form uses up the next receipt number, with its reason."""
    from djdesk.core import dues

    with _branch_store(args) as (store, branch):
        number = dues.void_receipt(store, branch["uuid"], args.date or dt.date.today(), args.reason)
    _emit(args, {"branch": branch["name"], "receipt_no": number, "reason": args.reason},
          [f"{branch['name']}的收据 {number} 已作废（{args.reason}）"])
    return 0


def cmd_dues_close_year(args) -> int:
    """年度结账: lock every month of a branch's year."""
    from djdesk.core import dues

    with _branch_store(args) as (store, branch):
        dues.close_year(store, branch["uuid"], args.year, args.date or dt.date.today())
        closed = dues.year_closed(store, branch["uuid"], args.year)
    _emit(args, {"branch": branch["name"], "year": args.year, "locked_on": closed["locked_on"]},
          [f"{branch['name']}{args.year}年已结账（{closed['locked_on']}），本年各月已锁定；"
           f"以后的更正请用冲销记在当前期间"])
    return 0


def cmd_dues_import(args) -> int:
    from djdesk.cli import _one_branch, run_import
    from djdesk.core.excel import dues_import
    from djdesk.core.money import yuan

    def receipts(result) -> tuple[dict, list[str]]:
        numbers = list(result.receipt_nos) if result is not None else []
        return {"receipt_nos": numbers}, [f"收据编号 {numbers[0]} 至 {numbers[-1]}（按交纳日期顺序）"] if numbers else []

    return run_import(args, dues_import, lambda store: _one_branch(store, args.branch)["uuid"],
                      lambda c: f"{c['imported']} 行共 {c['payments']} 笔、{yuan(c['amount_fen'])} 元，"
                                f"已在台账 {c['unchanged']} 行，跳过 {c['skipped']} 行",
                      options={"year": args.year}, extra=receipts)


def _report_done(args, what: str, result) -> int:
    data = {"out": str(args.out), "pages": result.pages, "warnings": [w.message for w in result.warnings]}
    _emit(args, data, [f"已生成{what}：{args.out}（共 {result.pages} 页）",
                       *[f"  注意：{w.message}" for w in result.warnings]])
    return 0


def cmd_report_receipt(args) -> int:
    from djdesk.cli import _one_branch, _open
    from djdesk.core.reports.dues import receipt_pdf

    store = _open(args)
    branch = _one_branch(store, args.branch)
    numbers = [n for item in args.receipt for n in item.split(",") if n.strip()]
    return _report_done(args, f"{branch['name']}党费收据", receipt_pdf(store, args.out, branch["uuid"], numbers,
                                                                    config=_cfg()))


def cmd_report_dues_year(args) -> int:
    from djdesk.cli import _as_of, _one_branch, _open
    from djdesk.core.reports.dues import dues_year_pdf

    store = _open(args)
    branch = _one_branch(store, args.branch)
    result = dues_year_pdf(store, args.out, branch["uuid"], args.year, _as_of(args), config=_cfg())
    return _report_done(args, f"{branch['name']}{args.year}年度党费收缴登记表", result)


def cmd_report_dues_summary(args) -> int:
    from djdesk.cli import _open, resolve_org
    from djdesk.core.reports.dues import summary_pdf

    store = _open(args)
    org = resolve_org(store, args.org)
    first, last = _period(args)
    return _report_done(args, "党费收缴情况汇总表", summary_pdf(store, args.out, org["uuid"], first, last,
                                                              config=_cfg()))


def cmd_report_dues_remittances(args) -> int:
    from djdesk.cli import _open, resolve_org
    from djdesk.core.reports.dues import remittance_list_pdf

    store = _open(args)
    org = resolve_org(store, args.org)
    return _report_done(args, "党费上缴凭证清单", remittance_list_pdf(store, args.out, org["uuid"], args.year))


def cmd_export_dues_year(args) -> int:
    from djdesk.cli import _as_of, _one_branch, _open
    from djdesk.core.excel.dues_export import export_dues_year

    store = _open(args)
    branch = _one_branch(store, args.branch)
    result = export_dues_year(store, args.out, branch["uuid"], args.year, as_of=_as_of(args), config=_cfg())
    _emit(args, {"out": str(result.path), "members": result.rows},
          [f"已导出{branch['name']}{args.year}年度党费收缴登记表（{result.rows} 名党员）：{result.path}"])
    return 0


def cmd_export_dues_arrears(args) -> int:
    from djdesk.cli import _as_of, _branches, _open
    from djdesk.core.excel.dues_export import export_arrears

    store = _open(args)
    org, _ = _branches(store, args.branch)
    result = export_arrears(store, args.out, org["uuid"], as_of=_as_of(args), config=_cfg())
    _emit(args, {"out": str(result.path), "org": org["name"], "members": result.rows},
          [f"已导出{org['name']}欠交党费党员名单（{result.rows} 名党员）：{result.path}"])
    return 0


def _emit(args, data, lines):
    from djdesk.cli import _emit as emit

    emit(args, data, lines)


def register(sub, rep_sub, exp_sub, command) -> None:
    from djdesk.core.dues import CATEGORY_NAMES

    d = sub.add_parser("dues", help="党费", description="党费计算、欠交、收缴汇总和上缴结存")
    d_sub = d.add_subparsers(dest="dues_command", required=True, metavar="子命令")
    c = command(d_sub, "calc", "按规定计算每月党费（中组发〔2008〕3号）并说明依据", cmd_dues_calc, db=False)
    c.add_argument("--category", required=True, help=f"党费类别：{'、'.join(CATEGORY_NAMES)}")
    c.add_argument("--base", help="月收入基数（元）：工资、养老金或上季度月平均纯收入")
    c.add_argument("--fixed", help="农民党员本人确定的每月金额（元，0.20至1.00）")
    c.add_argument("--month", help="所属月份 YYYY-MM（默认本月；决定适用的规定版本）")
    c = command(d_sub, "arrears", "欠交党费的党员（所欠月份、金额、党费交至年月、连续6个月未交的标记）",
                cmd_dues_arrears)
    c.add_argument("--branch", help="支部或上级组织（名称、代码或编号）；默认本单位全部支部")
    c.add_argument("--as-of", help="统计截至日期（默认今天；当月不算欠交）")
    c = command(d_sub, "summary", "各村党费应交、减免、已交、欠交、本期收缴和上缴（月、季度或年度）", cmd_dues_summary)
    period_args(c)
    c = command(d_sub, "balance", "各支部党费已收缴、已上缴和结存", cmd_dues_balance)
    c.add_argument("--branch", help="支部或上级组织（名称、代码或编号）；默认本单位全部支部")
    c = command(d_sub, "pay", "登记党员交纳党费（一个月、预交几个月或补交），给出收据编号", cmd_dues_pay)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--member", required=True, help="党员姓名、身份证号或编号（uuid）")
    c.add_argument("--months", required=True, action="append", help="所交月份，如 2026-01,2026-02")
    c.add_argument("--date", help="交纳日期（默认今天）")
    c.add_argument("--method", choices=("现金", "转账", "其他"), default="现金", help="交纳方式")
    c.add_argument("--collector", help="收款人")
    c.add_argument("--payer", help="代交人（亲属或其他党员代交时）")
    c.add_argument("--amount", help="实收金额（元；多于应交部分记为自愿多交；默认等于应交）")
    c = command(d_sub, "reverse", "冲销一张党费收据（原记录保留，冲销记在当前期间）", cmd_dues_reverse)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--receipt", help="收据编号，如 2026-0007")
    c.add_argument("--member", help="或：党员姓名、身份证号或编号（与 --month 一起，冲销该月的交费记录，含流入地交纳）")
    c.add_argument("--month", help="或：所交月份 YYYY-MM（与 --member 一起）")
    c.add_argument("--reason", required=True, help="冲销原因")
    c.add_argument("--date", help="冲销日期（默认今天）")
    c = command(d_sub, "elsewhere", "登记流动党员在流入地党组织交纳的党费月份（中组发〔2008〕3号第九条）：本支部不收款、"
                                    "不开收据，这些月份不算欠交", cmd_dues_elsewhere)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--member", required=True, help="党员姓名、身份证号或编号（uuid）")
    c.add_argument("--months", required=True, action="append", help="在流入地交纳的月份，如 2026-01,2026-02")
    c.add_argument("--host", help="流入地党组织（默认花名册中的流向地）")
    c.add_argument("--proof", required=True, help="凭证：流入地党组织开具的党费收据号或证明")
    c.add_argument("--date", help="交纳日期（默认今天）")
    c.add_argument("--note", help="备注")
    c = command(d_sub, "void", "作废一张写错或撕毁的收据：用掉下一个收据编号并记下原因，收据编号不留空号",
                cmd_dues_void)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--reason", required=True, help="作废原因，如“填写错误，撕毁”")
    c.add_argument("--date", help="作废日期（默认今天）")
    c = command(d_sub, "close-year", "年度结账：锁定支部一年的全部月份（结账后不能再在该年记账，更正记在当前期间）",
                cmd_dues_close_year)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", required=True, type=int, help="结账的年度，如 2025")
    c.add_argument("--date", help="结账日期（默认今天）")
    c = command(d_sub, "import", "从 Excel 表格（.xlsx）导入以往的党费收缴记录（年度登记表或交费明细）："
                                 "先检查全表、列出每一处问题，再在一个事务中记入台账", cmd_dues_import)
    c.add_argument("file", type=Path, help="要导入的 Excel 文件（.xlsx）")
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", type=int, help="年度登记表所属的年度（表中未写明或写错时指定）")
    c.add_argument("--sheet", help="工作表名称；默认第一个工作表")
    c.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入数据库")

    c = command(rep_sub, "receipt", "党费收据 PDF（存根和收据两联，金额大写）", cmd_report_receipt)
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--receipt", required=True, action="append", help="收据编号，如 2026-0007（可多个，逗号分隔或重复）")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    branch_year_args(command(rep_sub, "dues-year", "年度党费收缴登记表 PDF（党员×12个月，横向A4）",
                             cmd_report_dues_year), "PDF")
    c = command(rep_sub, "dues-summary", "党费收缴情况汇总表 PDF（按村，月、季度或年度）", cmd_report_dues_summary)
    period_args(c)
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c = command(rep_sub, "dues-remittances", "党费上缴凭证清单 PDF（全年各支部上缴批次）", cmd_report_dues_remittances)
    c.add_argument("--org", help="组织名称、代码或编号；默认本单位")
    c.add_argument("--year", required=True, type=int, help="年度，如 2026")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")

    branch_year_args(command(exp_sub, "dues-year", "年度党费收缴登记表和收据明细 Excel", cmd_export_dues_year), ".xlsx")
    c = command(exp_sub, "dues-arrears", "欠交党费党员名单 Excel（连续6个月未交的标红，含合计）", cmd_export_dues_arrears)
    c.add_argument("--branch", "--org", dest="branch", help="支部或上级组织（名称、代码或编号）；默认本单位全部支部")
    c.add_argument("--as-of", help="统计截至日期（默认今天；当月不算欠交）")
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")


def branch_year_args(c, kind: str) -> None:
    c.add_argument("--branch", help="支部名称、代码或编号；本单位只有一个支部时可省略")
    c.add_argument("--year", required=True, type=int, help="年度，如 2026")
    c.add_argument("--as-of", help="统计截至日期（默认今天）")
    c.add_argument("--out", required=True, type=Path, help=f"输出的 {kind} 文件")


def period_args(c) -> None:
    c.add_argument("--org", help="乡镇或上级组织（名称、代码或编号）；默认本单位")
    c.add_argument("--year", required=True, type=int, help="年度，如 2026")
    c.add_argument("--quarter", type=int, help="季度 1-4（不填为全年）")
    c.add_argument("--month", type=int, help="月份 1-12（不填为全年）")
