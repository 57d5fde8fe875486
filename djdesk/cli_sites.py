"""djdesk-cli commands of the activity sites (issue #5): ``sites list``, ``assets list`` and
``report assets|stocktake|labels``. A thin shell over ``djdesk.core.sites`` and its reports."""

from __future__ import annotations

from pathlib import Path

from djdesk.core.errors import UserError
from djdesk.core.money import yuan


def _site(store, args) -> dict:
    """The site named by ``--site`` (name or uuid) within ``--org``; without it, the only site."""
    from djdesk.cli import resolve_org
    from djdesk.core import sites

    org = resolve_org(store, args.org)
    found = sites.sites_of(store, org["uuid"])
    if args.site:
        found = [s for s in found if args.site in (s["uuid"], s["name"])]
        if not found:
            raise UserError(f"在“{org['name']}”中找不到活动场所“{args.site}”（可用 djdesk-cli sites list 查看）")
    if not found:
        raise UserError(f"“{org['name']}”还没有登记活动场所")
    if len(found) > 1:
        names = "、".join(f"{s['village_name']}{s['name']}" for s in found[:5])
        raise UserError(f"“{org['name']}”有 {len(found)} 个活动场所（{names}{' 等' if len(found) > 5 else ''}），"
                        f"请用 --site 指定（名称或编号），或用 --org 指定村")
    return found[0]


def cmd_sites_list(args) -> int:
    from djdesk.cli import _emit, _open, resolve_org
    from djdesk.core import sites
    from djdesk.core.settings import Settings

    store = _open(args)
    org = resolve_org(store, args.org)
    summaries = sites.township_summary(store, org["uuid"])
    listed = sites.sites_of(store, org["uuid"])
    data = {"org": org["name"], "villages": [s.as_json() for s in summaries],
            "sites": [{k: s[k] for k in ("uuid", "village_name", "name", "address", "building_area", "land_area",
                                         "year_built", "year_renovated", "responsible")} for s in listed]}
    lines = []
    for s in summaries:
        if not s.sites:
            lines.append(f"{s.village_name}：未登记活动场所")
            continue
        lines.append(f"{s.village_name}：场所 {s.sites} 处，建筑面积 {s.building_area:g} 平方米，功能室 {s.rooms} 间；"
                     f"在账资产 {s.asset_lines} 项 {s.asset_items} 件，{yuan(s.asset_value_fen)} 元，待修 {s.needs_repair} 项；"
                     f"资金 {yuan(s.funding_fen)} 元" + (f"；最近盘点 {s.last_stocktake}" if s.last_stocktake else ""))
    lines += [f"  {s['village_name']} {s['name']}\t{s['uuid']}" for s in listed]
    warnings = sites.site_warnings(store, org["uuid"], Settings())
    data["warnings"] = [{"code": w.code, "level": w.level, "org": w.org_name, "org_uuid": w.org_uuid,
                         "message": w.message, "source": w.source} for w in warnings]
    lines += [f"※ {w.message}" for w in warnings if w.level == "warning" or args.all_warnings]
    _emit(args, data, lines)
    return 0


def cmd_assets_list(args) -> int:
    from djdesk.cli import _emit, _open, resolve_org
    from djdesk.core import sites

    store = _open(args)
    org = resolve_org(store, args.org)
    site = _site(store, args) if args.site else None
    room = None
    if args.room:
        if site is None:
            raise UserError("按存放位置筛选时请同时用 --site 指定活动场所")
        room = next((r for r in sites.rooms(store, site["uuid"]) if args.room in (r["uuid"], r["name"])), None)
        if room is None:
            raise UserError(f"“{site['name']}”没有名为“{args.room}”的功能室")
    f = sites.AssetFilter(org_uuid=org["uuid"], site_uuid=site["uuid"] if site else None,
                          room_uuid=room["uuid"] if room else None, category=args.category, condition=args.condition,
                          source=args.source, search=args.search or "", include_disposed=args.all)
    rows = sites.list_assets(store, f)
    t = sites.asset_totals(rows)
    keys = ("uuid", "asset_no", "village_name", "site_name", "room_name", "category", "name", "spec", "unit",
            "quantity", "unit_value_fen", "value_fen", "acquired_on", "source", "custodian", "condition", "disposed_on")
    data = {"org": org["name"], "assets": [{k: r[k] for k in keys} for r in rows],
            "totals": {"lines": t.lines, "items": t.items, "value_fen": t.value_fen,
                       "by_category": {k: dict(zip(("lines", "items", "value_fen"), v)) for k, v in t.by_category.items()},
                       "by_source": {k: dict(zip(("lines", "items", "value_fen"), v)) for k, v in t.by_source.items()}}}
    lines = [f"{r['asset_no']}\t{r['name']}\t{r['category']}\t{r['quantity']}{r['unit']}\t{yuan(r['value_fen'])}元\t"
             f"{r['room_name'] or r['site_name']}\t{r['condition']}" + (f"\t已于{r['disposed_on']}核销" if r["disposed_on"] else "")
             for r in rows]
    lines.append(f"共 {t.lines} 项，{t.items} 件，金额 {yuan(t.value_fen)} 元")
    _emit(args, data, lines)
    return 0


def cmd_assets_history(args) -> int:
    from djdesk.cli import _emit, _open, resolve_org
    from djdesk.core import sites

    store = _open(args)
    village = sites.village_of(store, resolve_org(store, args.org)["uuid"])
    asset = sites.find_asset(store, args.asset, village_uuid=village["uuid"])
    if asset is None:
        raise UserError(f"{village['name']}没有编号为“{args.asset}”的资产（写资产编号，如 ZC-00012，或只写序号 12）")
    history = sites.asset_history(store, asset["uuid"])
    keys = ("event_date", "kind", "summary", "person", "approval_ref", "quantity_change", "from_place", "to_place",
            "from_condition", "to_condition", "cost_fen")
    data = {"asset": {k: asset[k] for k in ("uuid", "asset_no", "name", "category", "quantity", "unit", "unit_value_fen",
                                            "value_fen", "site_name", "room_name", "condition", "disposed_on")},
            "history": [{k: e[k] for k in keys} for e in history]}
    place = " / ".join(x for x in (asset["site_name"], asset["room_name"]) if x)
    lines = [f"{asset['asset_no']} {asset['name']}：{asset['quantity']}{asset['unit']}，{yuan(asset['value_fen'])} 元，"
             f"{place}，{asset['condition']}" + (f"，已于 {asset['disposed_on']} 核销" if asset["disposed_on"] else "")]
    lines += [f"  {e['event_date']}  {e['kind']}\t{e['summary']}" + (f"（{e['person']}）" if e["person"] else "")
              for e in history]
    _emit(args, data, lines)
    return 0


def _report_done(args, what: str, result, extra: dict) -> int:
    from djdesk.cli import _emit

    data = {"out": str(args.out), "pages": result.pages, **extra, "warnings": [w.message for w in result.warnings]}
    _emit(args, data, [f"已生成{what}：{args.out}（共 {result.pages} 页）", *[f"  注意：{w.message}" for w in result.warnings]])
    return 0


def cmd_report_assets(args) -> int:
    from djdesk.cli import _open
    from djdesk.core.reports.sites import asset_register_pdf

    store = _open(args)
    site = _site(store, args)
    result = asset_register_pdf(store, args.out, site["uuid"])
    return _report_done(args, f"{site['village_name']}{site['name']}固定资产登记表", result, {"site": site["name"]})


def cmd_report_stocktake(args) -> int:
    from djdesk.cli import _open
    from djdesk.core.reports.sites import stocktake_pdf

    store = _open(args)
    site = _site(store, args)
    st = _stocktake(store, site, args.stocktake)
    result = stocktake_pdf(store, args.out, st["uuid"])
    return _report_done(args, f"{site['name']}资产盘点表", result,
                        {"site": site["name"], "stocktake": st["uuid"], "started_on": st["started_on"],
                         "status": st["status"]})


def _stocktake(store, site: dict, ref: str | None) -> dict:
    """The site's stocktake named by ``ref`` (uuid, start date or title), default the latest."""
    from djdesk.core import sites

    counts = sites.stocktakes(store, site["uuid"])
    if ref:
        counts = [c for c in counts if ref in (c["uuid"], c["started_on"], c["title"])]
        if not counts:
            raise UserError(f"“{site['name']}”没有“{ref}”这次盘点（可写开始日期，如 2025-12-20）")
    if not counts:
        raise UserError(f"“{site['name']}”还没有盘点记录")
    return counts[0]


def cmd_export_stocktake(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.excel.sites_export import export_stocktake

    store = _open(args)
    site = _site(store, args)
    st = _stocktake(store, site, args.stocktake)
    result = export_stocktake(store, args.out, st["uuid"])
    _emit(args, {"out": str(result.path), "site": site["name"], "stocktake": st["uuid"], "started_on": st["started_on"],
                 "status": st["status"], "lines": result.rows},
          [f"已导出{site['name']}资产盘点表（{st['started_on']}，{result.rows} 项）：{result.path}"])
    return 0


def cmd_report_register(args) -> int:
    from djdesk.cli import _open
    from djdesk.core import sites
    from djdesk.core.reports.sites import site_log_pdf
    from djdesk.core.settings import Settings

    store = _open(args)
    site = _site(store, args)
    names = sites.registers(Settings())
    register = args.register or names[0]
    used = {e["register"] for e in sites.log_entries(store, site["uuid"])}
    if register not in names and register not in used:
        raise UserError(f"没有名为“{register}”的登记簿，可选：{'、'.join(names)}")
    result = site_log_pdf(store, args.out, site["uuid"], register, args.year)
    return _report_done(args, f"{site['name']}{args.year}年{register}", result,
                        {"site": site["name"], "register": register, "year": args.year})


def cmd_report_labels(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core import sites
    from djdesk.core.reports.sites import labels_pdf

    store = _open(args)
    site = _site(store, args)
    uuids = []
    for code in args.asset:
        asset = sites.find_asset(store, code, village_uuid=site["org_uuid"], include_disposed=False)
        if asset is None:
            raise UserError(f"找不到在账资产“{code}”（写资产编号，如 ZC-00012，或只写序号 12）")
        uuids.append(asset["uuid"])
    result = labels_pdf(store, args.out, site_uuid=site["uuid"], asset_uuids=uuids, layout=args.layout,
                        start=args.start, copies=args.copies, outline=args.outline)
    data = {"out": str(args.out), "pages": result.pages, "labels": result.labels, "layout": args.layout,
            "warnings": [w.message for w in result.warnings]}
    _emit(args, data, [f"已生成资产标签：{args.out}（{result.labels} 张，{result.pages} 页，{args.layout} 标签纸）",
                       *[f"  注意：{w.message}" for w in result.warnings]])
    return 0


def cmd_export_assets(args) -> int:
    from djdesk.cli import _emit, _open, resolve_org
    from djdesk.core.excel.sites_export import export_assets

    store = _open(args)
    org = resolve_org(store, args.org)
    site = _site(store, args) if args.site else None
    result = export_assets(store, args.out, site["org_uuid"] if site else org["uuid"],
                           site_uuid=site["uuid"] if site else None, include_disposed=args.all)
    _emit(args, {"out": str(result.path), "org": org["name"], "assets": result.rows},
          [f"已导出固定资产登记表：{result.path}（{result.rows} 项资产）"])
    return 0


def cmd_assets_import(args) -> int:
    from djdesk.cli import run_import
    from djdesk.core.excel import assets_import

    return run_import(args, assets_import, lambda store: _site(store, args)["uuid"],
                      lambda c: f"新增 {c['imported']} 项，已在台账 {c['unchanged']} 项，跳过 {c['skipped']} 行")


def register(sub, rep_sub, exp_sub, command) -> None:
    from djdesk.core import sites
    from djdesk.core.reports.label_layouts import DEFAULT_LAYOUT, LAYOUTS

    def where(c):
        c.add_argument("--org", help="村（社区）或乡镇（名称、代码或编号）；默认本单位")
        c.add_argument("--site", help="活动场所名称或编号；该村只有一个场所时可省略")

    s = sub.add_parser("sites", help="村级组织活动场所", description="村级组织活动场所")
    s_sub = s.add_subparsers(dest="sites_command", required=True, metavar="子命令")
    c = command(s_sub, "list", "各村活动场所概况：面积、功能室、资产数量和金额、待修、资金来源，以及提醒（如面积低于标准）",
                cmd_sites_list)
    c.add_argument("--org", help="村（社区）或乡镇（名称、代码或编号）；默认本单位")
    c.add_argument("--all-warnings", action="store_true", help="同时列出提示性信息（待修资产、远程教育学用次数等）")

    a = sub.add_parser("assets", help="活动场所资产", description="活动场所资产台账")
    a_sub = a.add_subparsers(dest="assets_command", required=True, metavar="子命令")
    c = command(a_sub, "list", "列出资产（可按存放位置、类别、状况、来源筛选）及合计", cmd_assets_list)
    where(c)
    c.add_argument("--room", help="存放位置（功能室名称），须同时指定 --site")
    c.add_argument("--category", help="类别，如 电子设备")
    c.add_argument("--condition", choices=sites.CONDITIONS, help="状况")
    c.add_argument("--source", choices=sites.SOURCES, help="来源")
    c.add_argument("--search", help="资产编号、名称、规格或保管人的一部分")
    c.add_argument("--all", action="store_true", help="同时列出已报废、处置的资产")

    c = command(a_sub, "history", "一项资产的全部变动记录（登记、调拨、维修、报废处置、盘点调整）", cmd_assets_history)
    c.add_argument("asset", help="资产编号（如 ZC-00012）或序号（12）")
    c.add_argument("--org", help="资产所在的村（社区）（名称、代码或编号）；默认本单位")

    c = command(a_sub, "import", "从 Excel 表格（.xlsx）导入资产清单：先检查全表、列出每一处问题，再在一个事务中写入",
                cmd_assets_import)
    c.add_argument("file", type=Path, help="要导入的 Excel 文件（.xlsx）")
    where(c)
    c.add_argument("--sheet", help="工作表名称；默认第一个工作表")
    c.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入数据库")

    c = command(exp_sub, "assets", "固定资产登记表 Excel（资产明细、分类合计、变动记录）", cmd_export_assets)
    where(c)
    c.add_argument("--all", action="store_true", help="同时导出已报废、处置的资产")
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")
    c = command(exp_sub, "stocktake", "资产盘点表 Excel（全部盘点项目、差异明细及金额、签字栏）", cmd_export_stocktake)
    where(c)
    c.add_argument("--stocktake", help="哪次盘点：开始日期（如 2025-12-20）、名称或编号；默认最近一次")
    c.add_argument("--out", required=True, type=Path, help="输出的 .xlsx 文件")

    c = command(rep_sub, "assets", "固定资产登记表 PDF（按活动场所，含按类别、来源合计）", cmd_report_assets)
    where(c)
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c = command(rep_sub, "stocktake", "资产盘点表 PDF（含差异明细和签字栏）", cmd_report_stocktake)
    where(c)
    c.add_argument("--stocktake", help="哪次盘点：开始日期（如 2025-12-20）、名称或编号；默认最近一次")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c = command(rep_sub, "site-register", "远程教育站点登记簿 PDF（“三簿一册”之一，按年度）", cmd_report_register)
    where(c)
    c.add_argument("--register", help="登记簿名称（见设置 site_registers）；默认第一本（工作记录簿）")
    c.add_argument("--year", required=True, type=int, help="年度，如 2025")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    c = command(rep_sub, "labels", "资产标签 PDF（A4 标签纸，含二维码）", cmd_report_labels)
    where(c)
    c.add_argument("--asset", action="append", default=[], metavar="编号",
                   help="只打印这些资产的标签（资产编号或序号，可多次使用）；默认该场所全部在账资产")
    c.add_argument("--layout", choices=tuple(LAYOUTS), default=DEFAULT_LAYOUT,
                   help="标签纸规格：" + "；".join(f"{k} {v.description}" for k, v in LAYOUTS.items()))
    c.add_argument("--start", type=int, default=1, help="从第几张标签开始（用过一部分的标签纸，按行从左到右数）")
    c.add_argument("--copies", type=int, default=1, help="每项资产打印几张")
    c.add_argument("--outline", action="store_true", help="印出标签边框（用普通纸打印后剪开时）")
    c.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
