"""The printed 三会一课 records and their commands: sign-in sheet, meeting record, year binder,
``djdesk-cli meetings …`` and ``report meeting-record|sign-in-sheet|meetings-year``. PDFs are read
back with pypdf."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess

import pytest
from pypdf import PdfReader

from djdesk import cli
from djdesk.core import compliance as cp
from djdesk.core import meetings as mt
from djdesk.core import orgs
from djdesk.core.errors import UserError
from djdesk.core.reports import meetings as rm
from test_meetings import add_people

TODAY = dt.date(2025, 12, 31)
LONG_MINUTES = "\n".join(f"第{i}条：党员{i}号发言，围绕村级集体经济发展提出意见建议，会议逐条讨论。" for i in range(1, 91))


def texts(path) -> list[str]:
    return [re.sub(r"[ \t]+", " ", p.extract_text()) for p in PdfReader(path).pages]


@pytest.fixture
def village(store):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    with store.transaction():
        store.update("org_unit", branch, {"committee_size": 3})
    people = add_people(store, branch)
    draft = mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 3, 20))
    draft.values.update(place="李家村党群服务中心", start_time="14:30", end_time="16:30", minutes=LONG_MINUTES,
                        decisions="同意接收孙小明同志为中共预备党员。",
                        agenda="一、讨论接收预备党员\n二、通报第一季度工作")
    status = {"赵大山": (mt.LEAVE, "外出务工"), "钱秀英": (mt.ABSENT, "")}
    for p in draft.people:
        p["status"], p["reason"] = status.get(p["name"], (mt.PRESENT, ""))
    draft.people.append({"member_uuid": None, "name": "刘组织", "status": mt.GUEST, "note": "乡党委组织委员"})
    draft.votes = [{"subject": "接收孙小明同志为中共预备党员", "method": "无记名投票", "votes_for": 3,
                    "votes_against": 0, "votes_abstain": 0, "written_for": 1}]
    assembly = mt.save_meeting(store, draft, today=TODAY)
    theme = mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 1, 10))
    theme.values.update(place="村部会议室", minutes="重温入党誓词。")
    for p in theme.people:
        p["status"] = mt.PRESENT
    first = mt.save_meeting(store, theme, today=TODAY)
    return {"branch": branch, "people": people, "assembly": assembly, "theme": first}


def test_meeting_record_holds_names_counts_decisions_and_flows_on(store, village, tmp_path):
    rec = mt.print_data(store, [village["assembly"]])[0]
    result = rm.render_meeting_record(tmp_path / "record.pdf", rec)
    pages = texts(tmp_path / "record.pdf")
    assert result.pages == len(pages) >= 2 and result.warnings == []
    first, everything = pages[0], "".join(pages)
    assert "会议记录" in first and "记录编号：2025-001" in first
    assert "2025年3月20日 14:30—16:30" in first and "李家村党群服务中心" in first
    flat = first.replace("\n", "")
    assert "6 人（有表决权 5 人）" in flat and "4 人（有表决权 3 人）" in flat    # 应到, 实到 (孙小明: 预备)
    assert "赵大山（外出务工）" in first and "钱秀英" in first and "刘组织（乡党委组织委员）" in first
    # long minutes: every line printed, carried over under "会议内容（续）"
    assert "第1条" in everything and "第90条：党员90号发言" in everything.replace("\n", "")
    assert "会议内容（续）" in everything
    assert "同意接收孙小明同志为中共预备党员。" in everything
    tail = pages[-1].replace("\n", "")
    assert "接收孙小明同志为中共预备党员" in tail and "无记名投票" in tail and "通过" in tail
    assert "应到有表决权的党员 5 名，实到 3 名，达到超过半数的要求" in tail
    assert "即不少于 3 票" in tail and "主持人（签字）" in tail


def test_sign_in_sheet_is_prefilled_with_the_record_number(store, village, tmp_path):
    result = rm.sign_in_sheet_pdf(store, tmp_path / "sign.pdf", village["assembly"])
    text = "".join(texts(tmp_path / "sign.pdf"))
    assert result.pages == 1
    assert "签到表" in text and "2025-001" in text and "2025年第一季度支部党员大会" in text
    for name in ("张书记", "李委员", "王宣传", "赵大山", "钱秀英", "孙小明", "刘组织"):
        assert name in text
    assert "应到 6 人" in text and "请假：外出务工" in text and "预备党员" in text


def test_year_binder_has_cover_contents_with_pages_every_meeting_and_the_grid(store, village, tmp_path):
    result = rm.year_binder_pdf(store, tmp_path / "binder.pdf", village["branch"], 2025, as_of=TODAY)
    pages = texts(tmp_path / "binder.pdf")
    assert result.pages == len(pages)
    assert "2025年度" in pages[0] and "保 管 人：李委员" in pages[0] and "共 2 次" in pages[0]
    assert "第 1 页" not in pages[0]                                    # no header or footer on the cover
    contents = pages[1]
    assert "目 录" in contents or "目　　录" in contents
    # the contents give the page each record starts on: check against where it really is
    theme_page = next(i for i, t in enumerate(pages, 1) if i > 2 and "2025年1月主题党日活动" in t)
    assembly_page = next(i for i, t in enumerate(pages, 1) if i > 2 and "记录编号：2025-001" in t)
    assert theme_page < assembly_page                                   # date order
    # page numbers are drawn after layout: read the page as laid out (poppler) to pair them with rows
    laid_out = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(tmp_path / "binder.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
    laid_out = [ln.strip() for ln in laid_out.splitlines()]
    assert any(re.search(rf"2025-01-10\s+主题党日\s+2025年1月主题党日活动\s+{theme_page}$", ln) for ln in laid_out)
    assert any(re.search(rf"2025-03-20\s+支部党员大会\s+.*\s{assembly_page}$", ln) for ln in laid_out)
    grid_page = next(i for i, t in enumerate(pages, 1) if "2025年“三会一课”落实情况" in t)
    assert any(re.search(rf"附\s+全年落实情况\s+{grid_page}$", ln) for ln in laid_out)
    grid = "".join(pages[grid_page - 1:]).replace("\n", "")
    assert "主题党日" in grid and "1/12" in grid and "逾期未召开" in grid
    assert "2025年2月主题党日未召开（应于 2025-02-28 前召开）" in grid
    outline = [o.title for o in PdfReader(tmp_path / "binder.pdf").outline]
    assert outline == ["2025-01-10 主题党日", "2025-03-20 支部党员大会", "全年落实情况"]


def test_binder_of_an_empty_year_is_refused(store, village, tmp_path):
    with pytest.raises(UserError, match="2023年没有会议记录"):
        rm.year_binder_pdf(store, tmp_path / "x.pdf", village["branch"], 2023)
    assert not (tmp_path / "x.pdf").exists()


# ----- the command line -------------------------------------------------------------------------

def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_meeting_commands_are_documented():
    seen = set()

    def walk(p, prefix):
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    assert sub.description, name
                    seen.add(f"{prefix}{name}")
                    walk(sub, f"{prefix}{name} ")
            elif action.dest not in ("help", "version"):
                assert action.help, f"{prefix}{action.dest}"
    walk(cli.build_parser(), "")
    assert {"meetings compliance", "meetings list", "report meeting-record", "report sign-in-sheet",
            "report meetings-year"} <= seen


def test_compliance_command_prints_the_core_figures(store, village, capsys):
    code, out, _ = run(capsys, "meetings", "compliance", "--db", store.path, "--year", 2025, "--as-of",
                       "2025-12-31", "--json")
    assert code == 0
    data = json.loads(out)
    expected = cp.summary_json(cp.compliance(store, 2025, branch_uuids=[village["branch"]], as_of=TODAY),
                               cp.lapse_flags(store, branch_uuids=[village["branch"]], year=2025, as_of=TODAY))
    assert data["branches"] == expected["branches"] and data["lapse"] == expected["lapse"]
    theme = next(k for k in data["branches"][0]["kinds"] if k["code"] == "theme_day")
    assert (theme["required"], theme["held"], theme["missed"], theme["due"]) == (12, 1, 10, 1)   # December: due
    code, out, _ = run(capsys, "meetings", "compliance", "--db", store.path, "--year", 2025, "--as-of", "2025-12-31")
    assert "主题党日（每月）应召开 12  已召开  1  按期  1  逾期 10  待召开  1  √××××××××××○" in out
    assert "逾期：2025年2月主题党日未召开（应于 2025-02-28 前召开）" in out
    assert out.strip().endswith("共 1 个支部：全部按期 0 个，有待召开 0 个，有逾期 1 个；0 名党员连续六个月未参加组织生活")


def test_list_and_report_commands(store, village, capsys, tmp_path):
    code, out, _ = run(capsys, "meetings", "list", "--db", store.path, "--year", 2025, "--json")
    data = json.loads(out)
    assert [(m["record_no"], m["kind_name"], m["expected"], m["present"], m["leave"], m["absent"], m["guests"])
            for m in data["meetings"]] == [("2025-001", "支部党员大会", 6, 4, 1, 1, 1), ("2025-002", "主题党日", 5, 5, 0, 0, 0)]
    code, out, err = run(capsys, "report", "meeting-record", "--db", store.path, "--meeting", "2025-001",
                         "--out", tmp_path / "r.pdf")
    assert (code, err) == (0, "") and "已生成会议记录" in out and (tmp_path / "r.pdf").exists()
    code, out, _ = run(capsys, "report", "sign-in-sheet", "--db", store.path, "--meeting", village["theme"],
                       "--out", tmp_path / "s.pdf", "--json")
    assert json.loads(out)["record_no"] == "2025-002"
    code, out, _ = run(capsys, "report", "meetings-year", "--db", store.path, "--year", 2025, "--as-of",
                       "2025-12-31", "--out", tmp_path / "y.pdf")
    assert code == 0 and "李家村党支部2025年三会一课记录本" in out


def test_user_errors_are_one_chinese_line(store, village, capsys, tmp_path):
    code, _, err = run(capsys, "report", "meeting-record", "--db", store.path, "--meeting", "2099-001",
                       "--out", tmp_path / "r.pdf")
    assert code == cli.EXIT_USER_ERROR
    assert err.strip() == "错误：找不到会议“2099-001”（可用 djdesk-cli meetings list 查看记录编号）"
    code, _, err = run(capsys, "meetings", "compliance", "--db", store.path, "--year", 2025, "--as-of", "明年")
    assert err.strip() == "错误：--as-of“明年”不是有效日期（格式：2025-12-31）"
    township = next(n.uuid for n in orgs.tree(store) if n.kind == "township")
    orgs.add_org(store, orgs.tree(store)[1].uuid, {"kind": "branch", "name": "李家村第二党支部"})
    code, _, err = run(capsys, "meetings", "list", "--db", store.path, "--branch", township)
    assert err.strip() == "错误：“红星乡党委”下有 2 个党支部，请用 --branch 指定其中一个（如“李家村党支部”）"
