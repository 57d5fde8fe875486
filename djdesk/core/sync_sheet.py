"""The printed enrolment sheet (数据交换登记表, issue #7): what the township hands the village with
its enrolment file, so the village can compare the township's fingerprint with a paper copy
nobody could have changed on the USB stick, and the township can note the village's fingerprint
once its first package arrived. Data from ``sync.enrol.enrolment_sheet_data``; the page from
``reports.base.ReportDoc`` (imported when rendering: reportlab costs ≈ 0.24 s).
"""

from __future__ import annotations

import datetime as dt
import os

from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store
from djdesk.core.sync import enrol

STATUS_TEXT = {"issued": "已发登记文件，等待村的第一个数据包", "enrolled": "已登记", "revoked": "已注销"}
BLANK = "＿＿＿＿－＿＿＿＿－＿＿＿＿－＿＿＿＿"


def sheet_rows(data: dict) -> list[list[str]]:
    """(item, content) rows of the sheet; the village's fingerprint is a blank to fill in by hand
    until its first package was confirmed."""
    return [
        ["乡镇党委", data["township"] or ""],
        ["乡镇的指纹", data["township_fingerprint"]],
        ["村（社区）", data["village"]],
        ["村（社区）代码", data["village_code"] or "—"],
        ["登记文件发出时间", (data["issued_at"] or "").replace("T", " ")],
        ["村的指纹", data["village_fingerprint"] or BLANK],
        ["登记状态", STATUS_TEXT.get(data["status"], data["status"])],
    ]


def render_enrolment_sheet(store: Store, village_uuid: str, path: str | os.PathLike,
                           progress: Progress = NO_PROGRESS, today: dt.date | None = None):
    from djdesk.core.reports.base import Column, ReportDoc

    data = enrol.enrolment_sheet_data(store, village_uuid)
    today = today or dt.date.today()
    doc = ReportDoc(path, "数据交换登记表", data["township"] or "")
    doc.add_title(f"{data['village']}　　{today:%Y年%m月%d日}")
    doc.add_table([Column("项目", mm=45), Column("内容", mm=130)], sheet_rows(data))
    doc.add_paragraph(
        "使用说明：\n"
        "1. 村里导入登记文件（…-登记.djenrol）时，屏幕上显示的“乡镇的指纹”必须与本表上的完全一致，"
        "一致才能导入；不一致说明文件不是乡镇发的，请不要导入并与乡镇联系。\n"
        "2. 村里导入后，在“数据交换”页上可以看到本机（村）的指纹，请抄在上表“村的指纹”一栏。\n"
        "3. 村里第一次交来数据包时，乡镇经办人核对村的指纹，一致才完成登记。\n"
        "4. 本表请双方各留一份；电脑重装或密钥丢失后需要重新登记，指纹也会改变。")
    doc.add_signatures(["乡镇经办人：", "村经办人：", "日期："])
    return doc.build(progress)
