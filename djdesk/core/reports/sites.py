"""活动场所 printouts (issue #5): the asset register (固定资产登记表), the stocktake report and
A4 sheets of asset labels with a QR code of the asset number.

The register and the stocktake report are ordinary ``ReportDoc`` reports (landscape A4, header,
第 x 页 共 y 页, signature lines). Label sheets are drawn straight onto a canvas at the positions
of the label paper (no header or footer: every millimetre belongs to a label) and written
atomically like every report. The QR code is reportlab's own (``reportlab.graphics.barcode.qr``):
it encodes the ASCII asset number only, which is what a USB scanner types back into the
stocktake screen.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from djdesk.core import files
from djdesk.core.dates import cn_date
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.reports.base import (Column, RenderResult, ReportDoc, _fake_bold, _fit, _TextChecker, _wrap,
                                      report_font, save_failed)
from djdesk.core.reports.label_layouts import DEFAULT_LAYOUT, LAYOUTS, LabelLayout
from djdesk.core.money import yuan
from djdesk.core.sites import AssetTotals, asset_totals

# ----- 固定资产登记表 ----------------------------------------------------------------------------

# Widths fit the 273 mm landscape frame; the free-text columns share what is left.
REGISTER_COLUMNS = [
    Column("序号", mm=10, align="center"),
    Column("资产编号", mm=27, align="center"),
    Column("类别", mm=16, align="center"),
    Column("名称", weight=2.2),
    Column("规格型号", weight=1.6),
    Column("单位", mm=10, align="center"),
    Column("数量", mm=13, align="right"),
    Column("单价（元）", mm=20, align="right"),
    Column("金额（元）", mm=23, align="right"),
    Column("取得日期", mm=19, align="center"),
    Column("来源", mm=16, align="center"),
    Column("存放位置", weight=1.5),
    Column("保管人", mm=14, align="center"),
    Column("状况", mm=10, align="center"),
    Column("备注", weight=1.2),
]
TOTAL_COLUMNS = [Column("", weight=2), Column("项数", mm=25, align="right"), Column("数量", mm=30, align="right"),
                 Column("金额（元）", mm=40, align="right")]


def _total_rows(buckets: dict[str, tuple[int, int, int]], t: AssetTotals) -> list[tuple]:
    rows = [(k, str(a), str(b), yuan(c)) for k, (a, b, c) in buckets.items()]
    rows.append(("合计", str(t.lines), str(t.items), yuan(t.value_fen)))
    return rows


def render_asset_register(path: str | os.PathLike, village_name: str, site: dict, assets: Sequence[dict], *,
                          as_of: _dt.date | None = None, progress: Progress = NO_PROGRESS) -> RenderResult:
    """The register of the asset lines on the books of one site (``sites.list_assets`` rows),
    with totals by category and by source and signature lines."""
    as_of = as_of or _dt.date.today()
    rows = [(str(i), a["asset_no"], a["category"], a["name"], a["spec"], a["unit"], str(a["quantity"]),
             yuan(a["unit_value_fen"]), yuan(a["quantity"] * a["unit_value_fen"]),
             a["acquired_on"] or "", a["source"], a.get("room_name") or "", a["custodian"], a["condition"],
             a["note"]) for i, a in enumerate(assets, 1)]
    t = asset_totals(assets)
    doc = ReportDoc(path, "固定资产登记表", village_name, landscape=True)
    area = f"　　建筑面积：{site['building_area']:g}平方米" if site.get("building_area") else ""
    doc.add_title(f"单位：{village_name}　　场所：{site['name']}{area}　　统计日期：{cn_date(as_of)}")
    doc.add_table(REGISTER_COLUMNS, rows)
    doc.add_paragraph(f"共 {t.lines} 项资产，数量 {t.items}，金额合计 {yuan(t.value_fen)} 元。")
    doc.add_paragraph("按类别合计")
    doc.add_table([Column("类别", weight=2), *TOTAL_COLUMNS[1:]], _total_rows(t.by_category, t))
    doc.add_paragraph("按来源合计")
    doc.add_table([Column("来源", weight=2), *TOTAL_COLUMNS[1:]], _total_rows(t.by_source, t))
    doc.add_signatures(["填表人：", "资产保管人：", "村党组织书记：", "填表日期："])
    return doc.build(progress)


def asset_register_pdf(store, path: str | os.PathLike, site_uuid: str, *, as_of: _dt.date | None = None,
                       progress: Progress = NO_PROGRESS) -> RenderResult:
    from djdesk.core import sites
    from djdesk.core.orgs import full_name

    site = sites.get_site(store, site_uuid)
    assets = sites.list_assets(store, sites.AssetFilter(site_uuid=site_uuid))
    return render_asset_register(path, full_name(store, site["org_uuid"]), site, assets, as_of=as_of,
                                 progress=progress)


# ----- 资产盘点表 --------------------------------------------------------------------------------

STOCKTAKE_COLUMNS = [
    Column("序号", mm=10, align="center"),
    Column("资产编号", mm=27, align="center"),
    Column("名称", weight=2),
    Column("存放位置", weight=1.3),
    Column("单位", mm=10, align="center"),
    Column("账面数量", mm=17, align="right"),
    Column("实盘数量", mm=17, align="right"),
    Column("差异", mm=13, align="right"),
    Column("账面状况", mm=15, align="center"),
    Column("实盘状况", mm=15, align="center"),
    Column("结果", mm=17, align="center"),
    Column("差异金额（元）", mm=25, align="right"),
    Column("备注", weight=1.5),
]


def _line_value(line: dict) -> int:
    return (line["difference"] or 0) * line["unit_value_fen"]


def render_stocktake(path: str | os.PathLike, village_name: str, stocktake: dict, lines: Sequence[dict], *,
                     progress: Progress = NO_PROGRESS) -> RenderResult:
    """Every line of a count, then the discrepancies alone, the figures and signature lines."""
    closed = stocktake["status"] == "closed"

    def row(i, l):
        diff = l["difference"]
        return (str(i), l["asset_no"], l["name"], l.get("room_name") or "", l["unit"], str(l["expected_quantity"]),
                "" if l["counted_quantity"] is None else str(l["counted_quantity"]),
                "" if not diff else f"{diff:+d}", l["expected_condition"], l["counted_condition"], l["status"],
                yuan(_line_value(l)) if diff else "", l["note"])

    differing = [l for l in lines if l["status"] not in ("未盘", "相符")]
    counts = {s: sum(1 for l in lines if l["status"] == s) for s in ("未盘", "相符", "盘盈", "盘亏", "状况不符")}
    gain = sum(_line_value(l) for l in differing if (l["difference"] or 0) > 0)
    loss = -sum(_line_value(l) for l in differing if (l["difference"] or 0) < 0)
    doc = ReportDoc(path, "资产盘点表", village_name, landscape=True)
    period = cn_date(stocktake["started_on"]) + (f" 至 {cn_date(stocktake['closed_on'])}" if closed else "")
    doc.add_title(f"单位：{village_name}　　场所：{stocktake['site_name']}　　盘点时间：{period}"
                  + (f"\n{stocktake['title']}" if stocktake.get("title") else ""))
    if not closed:
        doc.add_paragraph("注意：本次盘点尚未结束，下表是打印时的盘点进度，不作为盘点结论。", align="center")
    doc.add_table(STOCKTAKE_COLUMNS, [row(i, l) for i, l in enumerate(lines, 1)])
    doc.add_paragraph(
        f"应盘 {len(lines)} 项，已盘 {len(lines) - counts['未盘']} 项：相符 {counts['相符']} 项，盘盈 {counts['盘盈']} 项"
        f"（金额 {yuan(gain)} 元），盘亏 {counts['盘亏']} 项（金额 {yuan(loss)} 元），"
        f"状况不符 {counts['状况不符']} 项" + (f"；未盘 {counts['未盘']} 项。" if counts["未盘"] else "。")
        + (f"盘点结果已于 {cn_date(stocktake['applied_on'])} 调整入账。" if stocktake.get("applied_on") else ""))
    doc.add_paragraph("盘点差异明细" if differing else "盘点差异明细：无差异，账实相符。")
    if differing:
        doc.add_table(STOCKTAKE_COLUMNS, [row(i, l) for i, l in enumerate(differing, 1)])
    if stocktake.get("counted_by"):
        doc.add_paragraph(f"盘点人：{stocktake['counted_by']}")
    doc.add_signatures(["盘点人签字：", "监盘人：", "资产保管人：", "村党组织书记："])
    return doc.build(progress)


def stocktake_pdf(store, path: str | os.PathLike, stocktake_uuid: str,
                  progress: Progress = NO_PROGRESS) -> RenderResult:
    from djdesk.core import sites
    from djdesk.core.orgs import full_name

    st = sites.get_stocktake(store, stocktake_uuid)
    return render_stocktake(path, full_name(store, st["village_uuid"]), st, sites.stocktake_lines(store, stocktake_uuid),
                            progress=progress)


# ----- remote-education registers (三簿一册) ----------------------------------------------------------

LOG_COLUMNS = [
    Column("序号", mm=10, align="center"),
    Column("日期", mm=22, align="center"),
    Column("内容", weight=4),
    Column("参加人数", mm=16, align="right"),
    Column("时长（小时）", mm=24, align="right"),
    Column("记录人", mm=18, align="center"),
    Column("备注", weight=1.3),
]


def render_site_log(path: str | os.PathLike, village_name: str, site_name: str, register: str, year: int,
                    entries: Sequence[dict], *, progress: Progress = NO_PROGRESS) -> RenderResult:
    """One register of a site for a year (portrait A4): every dated entry, then the sessions and
    hours of each month."""
    rows = [(str(i), e["entry_date"], e["content"], str(e["participants"] or ""),
             f"{e['minutes'] / 60:g}" if e["minutes"] else "", e["person"], e["note"]) for i, e in enumerate(entries, 1)]
    doc = ReportDoc(path, register, village_name)
    doc.add_title(f"单位：{village_name}　　场所：{site_name}　　{year}年度")
    doc.add_table(LOG_COLUMNS, rows)
    months: dict[int, list[int]] = {}
    for e in entries:
        m = months.setdefault(int(e["entry_date"][5:7]), [0, 0])
        m[0] += 1
        m[1] += e["minutes"] or 0
    doc.add_paragraph(f"全年共 {len(entries)} 条记录。" + ("按月：" + "；".join(
        f"{k}月 {n} 次、{minutes / 60:g} 小时" for k, (n, minutes) in sorted(months.items())) + "。" if months else ""))
    doc.add_signatures(["记录人：", "站点管理员：", "村党组织书记："])
    return doc.build(progress)


def site_log_pdf(store, path: str | os.PathLike, site_uuid: str, register: str, year: int,
                 progress: Progress = NO_PROGRESS) -> RenderResult:
    from djdesk.core import sites
    from djdesk.core.orgs import full_name

    site = sites.get_site(store, site_uuid)
    entries = sites.log_entries(store, site_uuid, register, year)
    return render_site_log(path, full_name(store, site["org_uuid"]), site["name"], register, year, entries,
                           progress=progress)


# ----- label sheets ------------------------------------------------------------------------------


LIGHT = Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class LabelResult:
    path: Path
    pages: int
    labels: int
    warnings: list


def _qr_modules(value: str) -> list[list[bool]]:
    """The QR code of ``value`` (error correction M, the smallest version that holds it) as rows of
    dark/light modules. Encoded once per label: reportlab's widget encodes twice (bounds, then
    drawing), ≈ 13 ms each, which made a village's label sheet take seconds."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    n = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(n)] for r in range(n)]


def _draw_qr(c, value: str, x: float, y: float, size: float) -> None:
    """A QR code ``size`` points square with its bottom-left corner at (x, y), the 4-module quiet
    zone included; dark runs of a row are one rectangle each, drawn as one filled path."""
    modules = _qr_modules(value)
    n = len(modules)
    m = size / (n + 8)
    path = c.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (4 + r + 1) * m
        col = 0
        while col < n:
            if row[col]:
                run = col
                while run < n and row[run]:
                    run += 1
                path.rect(x + (4 + col) * m, top, (run - col) * m, m)
                col = run
            else:
                col += 1
    c.saveState()
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _draw_label(c, font, checker, layout: LabelLayout, x: float, y: float, asset: dict, village: str,
                outline: bool) -> None:
    w, h = layout.width * mm, layout.height * mm
    pad = min(2.5 * mm, h * 0.08)
    if outline:
        c.setStrokeColor(LIGHT)
        c.setLineWidth(0.3)
        c.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, 2 * mm)
    qr = min(h - 2 * pad, w * 0.42)
    _draw_qr(c, asset["asset_no"], x + pad, y + (h - qr) / 2, qr)
    tx = x + pad + qr + 1.5 * mm
    tw = x + w - pad - tx
    # 8 pt on small labels (≤ 110 pt high, e.g. 3×8 and 4×10), growing with the label up to 11 pt
    small = min(max(h / 9, 5.5), 8.0) if h <= 110 else min(h / 12, 11.0)
    big = max(min(h / 3.4, 18.0, tw / (0.62 * max(len(asset["asset_no"]), 1))), 6.0)

    def width(size):
        return lambda s: font.width(s, size)

    top = y + h - pad
    c.setFillColor(black)
    c.setFont(font.name, small)
    top -= small
    c.drawString(tx, top, _fit(checker.clean(f"{village} 固定资产", "标签单位"), tw, width(small)))
    top -= big * 1.25
    c.saveState()
    _fake_bold(c)
    number = c.beginText(tx, top)
    number.setFont(font.name, big)
    number.setTextRenderMode(2)          # fill and stroke: the font has no bold face
    number.textOut(_fit(asset["asset_no"], tw, width(big)))
    c.drawText(number)
    c.restoreState()
    c.setFont(font.name, small * 1.1)
    name = checker.clean(" ".join(x for x in (asset["name"], asset.get("spec")) if x), "标签资产名称")
    lines = _wrap(name, tw, width(small * 1.1))
    room = y + pad + small  # keep the last line above the bottom edge
    for i, text in enumerate(lines):
        top -= small * 1.35
        if top < room:
            break
        more = i + 1 < len(lines) and top - small * 1.35 < room
        c.drawString(tx, top, _fit(text + ("…" if more else ""), tw, width(small * 1.1)))
    c.setFont(font.name, small * 0.9)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    acquired = asset.get("acquired_on") or ""
    c.drawString(tx, y + pad, _fit(checker.clean(f"{asset['category']}　{acquired}", "标签类别"), tw,
                                   width(small * 0.9)))
    c.setFillColor(black)


def render_labels(path: str | os.PathLike, village_name: str, assets: Sequence[dict], *,
                  layout: str = DEFAULT_LAYOUT, start: int = 1, copies: int = 1, outline: bool = False,
                  progress: Progress = NO_PROGRESS) -> LabelResult:
    """Labels for ``assets`` (village, asset number, name, QR code of the number), ``copies`` of
    each, starting at label ``start`` (1-based, row by row) of the first sheet so a partly used
    sheet can go back into the printer. ``outline`` draws a light frame around each label (for
    plain paper to cut by hand)."""
    from reportlab.pdfgen.canvas import Canvas

    import djdesk

    spec = LAYOUTS.get(layout)
    if spec is None:
        raise UserError(f"不认识的标签纸规格“{layout}”，可选：{'、'.join(LAYOUTS)}")
    if not 1 <= start <= spec.per_sheet:
        raise UserError(f"起始位置应在 1 到 {spec.per_sheet} 之间（{spec.name} 标签纸每页 {spec.per_sheet} 张）")
    if not 1 <= copies <= 100:
        raise UserError("每项资产的标签份数应在 1 到 100 之间")
    if not assets:
        raise UserError("没有要打印标签的资产")
    font = report_font()
    checker = _TextChecker(font)
    village = checker.clean(village_name, "单位名称")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(f"{village_name} 资产标签")
    c.setAuthor("djdesk")
    c.setCreator(f"djdesk {djdesk.__version__}")
    items = [a for a in assets for _ in range(copies)]
    slot = start - 1
    pages = 1
    for n, asset in enumerate(items):
        if slot == spec.per_sheet:
            c.showPage()
            pages += 1
            slot = 0
        x, y = spec.origin(slot)
        _draw_label(c, font, checker, spec, x, y, asset, village, outline)
        slot += 1
        progress.step(n + 1, len(items))
    c.showPage()
    c.save()
    target = Path(path)
    try:
        files.write_atomic(target, buf.getvalue())
    except OSError as exc:
        raise save_failed(exc, target) from exc
    return LabelResult(Path(path), pages, len(items), list(checker.warnings))


def labels_pdf(store, path: str | os.PathLike, *, site_uuid: str | None = None, asset_uuids: Sequence[str] = (),
               layout: str = DEFAULT_LAYOUT, start: int = 1, copies: int = 1, outline: bool = False,
               progress: Progress = NO_PROGRESS) -> LabelResult:
    """Labels of the chosen assets (in number order), or of every asset on the books of a site."""
    from djdesk.core import sites

    if asset_uuids:
        assets = sorted((sites.get_asset(store, u) for u in asset_uuids), key=lambda a: (a["org_uuid"], a["seq"]))
    elif site_uuid:
        assets = sites.list_assets(store, sites.AssetFilter(site_uuid=site_uuid))
    else:
        raise UserError("请选择要打印标签的资产或活动场所")
    if not assets:
        raise UserError("该活动场所没有在账资产，无需打印标签")
    villages = {a["village_name"] for a in assets}
    return render_labels(path, "、".join(sorted(villages)), assets, layout=layout, start=start, copies=copies,
                         outline=outline, progress=progress)
