"""党费 outputs: the PDFs' text (receipt, annual register, summary, remittance list), the CLI with
--json and its user errors, the demo's dues, and dues rows surviving the migrations."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pypdf import PdfReader

from djdesk import cli
from djdesk.core import dues, members, orgs
from djdesk.core.reports import dues as reports

AS_OF = dt.date(2026, 3, 15)


def pdf_text(path) -> list[str]:
    return [re.sub(r"[ \t]+", " ", p.extract_text()) for p in PdfReader(path).pages]


def add(store, branch, name, join="2005-07-01"):
    return members.add_member(store, dict(org_uuid=branch, name=name, gender="男", category="正式", join_date=join,
                                          ethnicity="汉族", birth_date="1968-05-01"),
                              entry_date="2024-01-01", today=AS_OF)


@pytest.fixture
def ledger(store, tmp_path):
    """李家村党支部: 张建国 (在职 4,200 → 42.00) paid Jan–Mar 2026 on one receipt; 李秀兰 (农民
    1.00) paid January, then a receipt reversed; 王大爷 exempt; remittance of January."""
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    zhang, li, wang = (add(store, branch, n) for n in ("张建国", "李秀兰", "王大爷"))
    dues.set_profile(store, zhang, "2026-01", "在职", base_fen=420_000)
    dues.set_profile(store, li, "2026-01", "农民", fixed_fen=100)
    dues.set_profile(store, wang, "2026-01", "离退休", base_fen=180_000, relief="免交",
                     approval_ref="红星乡党委〔2025〕5号", approval_date="2025-06-20")
    pay = dict(collector="李会计", today=AS_OF)
    dues.record_payment(store, li, ["2026-01"], "2026-01-08", **pay)
    dues.record_remittance(store, branch, "2026-01", "2026-01", 100, "2026-02-05", "红星乡党委回执0012",
                           received_by="乡组织员", today=AS_OF)
    wrong = dues.record_payment(store, li, ["2026-02"], "2026-02-10", **pay)
    dues.reverse_payment(store, wrong.uuid, "收款月份记错", on="2026-03-02")
    dues.record_payment(store, zhang, ["2026-01", "2026-02", "2026-03"], "2026-03-05", amount_fen=13_600, **pay)
    return {"store": store, "branch": branch, "path": store.path, "zhang": zhang, "li": li, "wang": wang}


def test_receipt_pdf_has_two_copies_with_capital_amount(ledger, tmp_path):
    out = tmp_path / "receipt.pdf"
    result = reports.receipt_pdf(ledger["store"], out, ledger["branch"], ["2026-0003", "2026-0002"],
                                 config=dues.DuesConfig())
    assert (result.pages, result.warnings) == (2, [])
    first, second = pdf_text(out)
    assert first.count("党费收据") == 3 and "第一联\u3000存根" in first and "第二联\u3000收据" in first
    assert first.count("人民币壹佰叁拾陆元整") == 2 and first.count("￥136.00") == 2
    assert "2026年1月至2026年3月" in first and "张建国" in first and "其中自愿多交 ￥10.00" in first
    assert "月收入 4,200 元，适用 1%，每月 42.00 元" in first and "收款人：李会计" in first
    assert "2026-0002" in second and "已冲销（2026年3月2日，收款月份记错）" in re.sub(r"\s", "", second)
    assert "第 1 页 共 2 页" in first


def test_receipt_of_unknown_number_is_a_user_error(ledger, tmp_path):
    with pytest.raises(Exception, match="没有编号为“2026-0099”的党费收据"):
        reports.receipt_pdf(ledger["store"], tmp_path / "r.pdf", ledger["branch"], ["2026-0099"],
                            config=dues.DuesConfig())


def test_annual_register_pdf(ledger, tmp_path):
    out = tmp_path / "year.pdf"
    result = reports.dues_year_pdf(ledger["store"], out, ledger["branch"], 2026, AS_OF, config=dues.DuesConfig())
    assert result.pages == 1
    [text] = pdf_text(out)
    assert "2026年度党费收缴登记表" in text and "党支部：李家村党支部" in text
    assert "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月 全年已交 欠交 交至" in text
    lines = text.splitlines()
    zhang = next(line for line in lines if "张建国" in line)
    assert zhang.split() == ["3", "张建国", "在职", "42.00", "42.00", "42.00", "42.00", "126.00", "2026.03"]
    li = next(line for line in lines if "李秀兰" in line)
    assert li.split() == ["1", "李秀兰", "农民", "1.00", "1.00", "欠", "1.00", "1.00", "2026.01"]
    wang_at = text.index("王大爷")
    assert text[wang_at:wang_at + 60].count("免交") >= 12
    assert "合计 3人" in text and "全年应交 " in text and "结存" in text
    assert "支部书记：" in text and "组织委员（收缴人）：" in text


def test_summary_and_remittance_pdfs(ledger, tmp_path):
    township = orgs.tree(ledger["store"])[0].uuid
    out = tmp_path / "summary.pdf"
    reports.summary_pdf(ledger["store"], out, township, "2026-01", "2026-03", config=dues.DuesConfig())
    [text] = pdf_text(out)
    assert "2026年第一季度党费收缴情况汇总表" in text
    # due 3×42 + 3×1 + 3×9 (王大爷 0.5 % of 1,800 = 9.00, exempt); paid for: 126 + 1; collected incl. extra
    row = next(line for line in text.splitlines() if line.startswith("1 李家村"))
    assert row.split() == ["1", "李家村", "1", "3", "156.00", "27.00", "127.00", "2.00", "137.00", "1.00", "98.4%"]
    out = tmp_path / "remit.pdf"
    reports.remittance_list_pdf(ledger["store"], out, township, 2026)
    [text] = pdf_text(out)
    assert "2026年党费上缴凭证清单" in text and "红星乡党委回执0012" in text
    assert "共 1 笔，合计 1.00 元（大写：壹元整）" in text


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_calc_text_json_and_bad_input(capsys):
    code, out, _ = run(capsys, "dues", "calc", "--category", "在职", "--base", "4200", "--month", "2026-03")
    assert code == 0 and out.splitlines()[:2] == ["每月党费 42.00 元", "  月收入 4,200 元，适用 1%，每月 42.00 元"]
    code, out, _ = run(capsys, "dues", "calc", "--category", "离退休", "--base", "5000.01", "--json")
    data = json.loads(out)
    assert (data["amount_fen"], data["rate_per_mille"], data["source"]) == (5000, 10, "中组发〔2008〕3号第五条")
    code, out, _ = run(capsys, "dues", "calc", "--category", "低保", "--json")
    assert json.loads(out)["amount_fen"] == 20
    for bad, message in ((["--category", "在职", "--base", "abc"], "不是有效的金额"),
                         (["--category", "在职"], "请用 --base"),
                         (["--category", "农民", "--fixed", "2"], "不在此范围"),
                         (["--category", "在职", "--base", "4200", "--month", "2026-13"], "月份“2026-13”无效")):
        code, out, err = run(capsys, "dues", "calc", *bad)
        assert code == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1


def test_cli_arrears_summary_balance_and_reports(ledger, capsys, tmp_path):
    ledger["store"].close()
    db = ledger["path"]
    code, out, _ = run(capsys, "dues", "arrears", "--db", db, "--as-of", "2026-03-15", "--json")
    data = json.loads(out)
    assert code == 0 and data["members"] == 1
    assert data["arrears"][0] | {"member_uuid": ""} == {
        "member_uuid": "", "name": "李秀兰", "branch": "李家村党支部", "months": ["2026-02"], "arrears_fen": 100,
        "paid_up_to": "2026-01", "six_months": False, "six_month_run": []}
    code, out, _ = run(capsys, "dues", "summary", "--db", db, "--year", "2026", "--quarter", "1", "--json")
    data = json.loads(out)
    assert data["period"] == "2026年第一季度"
    assert data["total"] == {"due_fen": 15600, "exempt_fen": 2700, "paid_for_fen": 12700, "arrears_fen": 200,
                             "collected_fen": 13700, "remitted_fen": 100}
    code, out, _ = run(capsys, "dues", "balance", "--db", db)
    assert out.splitlines()[1] == "  李家村党支部：137.00 / 1.00 / 136.00"
    code, _, err = run(capsys, "dues", "summary", "--db", db, "--year", "2026", "--quarter", "5")
    assert code == 2 and "--quarter 应为 1 至 4" in err
    code, out, _ = run(capsys, "report", "dues-year", "--db", db, "--year", "2026", "--out", tmp_path / "y.pdf", "--json")
    assert code == 0 and json.loads(out)["pages"] == 1
    code, out, _ = run(capsys, "report", "receipt", "--db", db, "--receipt", "2026-0001", "--out", tmp_path / "r.pdf")
    assert code == 0 and out.startswith("已生成李家村党支部党费收据")
    for name in ("dues-summary", "dues-remittances"):
        code, _, err = run(capsys, "report", name, "--db", db, "--year", "2026", "--out", tmp_path / f"{name}.pdf")
        assert code == 0, err


def test_demo_has_three_years_of_realistic_dues(tmp_path):
    from djdesk.core.demo import create_demo

    today = dt.date(2026, 11, 20)
    store = create_demo(tmp_path / "demo.sqlite", scale="township", seed=3, today=today)
    cfg = dues.DuesConfig()
    years = store.query("SELECT DISTINCT substr(month, 1, 4) AS y FROM dues_allocation ORDER BY 1")
    assert [r["y"] for r in years] == ["2024", "2025", "2026"]
    branches = [b["uuid"] for b in dues._branches(store, None)]
    for b in branches:
        for year in (2024, 2025, 2026):
            assert dues.receipt_gaps(store, b, year) == []
    rows = dues.arrears(store, None, today, cfg)
    members = store.scalar("SELECT count(*) FROM member WHERE status = '在册'")
    assert 0 < len(rows) < members * 0.3                       # most pay on time, a few are in arrears
    assert any(r.flagged for r in rows) and any(not r.flagged for r in rows)
    assert store.scalar("SELECT count(*) FROM dues_profile WHERE relief = '免交'") == 1
    reversal = store.query_one("SELECT * FROM dues_payment WHERE kind = 'reversal'")
    assert reversal["corrects_period"] < reversal["period"] == "2026-11"
    assert store.scalar("SELECT count(*) FROM dues_payment WHERE extra_fen >= 100000") == 1
    # quarterly payers: some receipts cover three months
    assert store.scalar("SELECT count(*) FROM (SELECT payment_uuid FROM dues_allocation GROUP BY payment_uuid "
                        "HAVING count(*) = 3)") > 0
    # remittances lock ended quarters; nothing was booked in a locked month after its lock
    assert store.scalar("""SELECT count(*) FROM dues_payment p JOIN dues_lock l ON l.org_uuid = p.org_uuid
                           AND p.period BETWEEN l.month_from AND l.month_to AND p.paid_on > l.locked_on""") == 0
    # the ledger balances: nothing paid beyond what was due, months and money agree
    for b in branches[:5]:
        grid = dues.month_grid(store, b, 2025, today, cfg)
        assert all(c.arrears_fen >= 0 for r in grid.rows for c in r.cells)
        assert all(c.due_fen - c.paid_fen - c.exempt_fen == c.arrears_fen for r in grid.rows for c in r.cells)
    store.close()


def test_dues_rows_of_schema_5_survive_every_later_migration(tmp_path):
    from test_store import SEEDS   # the DUES-SEED rows (tests/ is on sys.path under pytest)

    from djdesk.core.store import Store, _migrate, connect

    path = tmp_path / "v5.sqlite"
    conn = connect(path)
    _migrate(conn, 0, 5)
    SEEDS[5](conn)
    conn.close()
    store = Store.open(path)
    cfg = dues.DuesConfig()
    [payment] = dues.payments(store, branch_uuid="b")
    assert (payment["receipt_no"], payment["member_name"], payment["months"]) == (
        "2026-0001", "李秀英", ["2026-01", "2026-02", "2026-03"])
    cells = dues.member_months(store, "m", "2026-01", "2026-04", as_of=dt.date(2026, 4, 10), config=cfg)
    assert [(c.status, c.due_fen, c.paid_fen) for c in cells] == [("paid", 5200, 5200)] * 3 + [("due", 5200, 0)]
    assert dues.lock_of(store, "b", "2026-03")["reason"] == "上缴"
    assert dues.balance(store, ["b"]).balance_fen == 0
    store.close()


def test_excel_export_of_the_year(ledger, tmp_path):
    import openpyxl

    from djdesk.core.excel.dues_export import export_dues_year

    result = export_dues_year(ledger["store"], tmp_path / "dues.xlsx", ledger["branch"], 2026, as_of=AS_OF,
                              config=dues.DuesConfig())
    assert result.rows == 3
    wb = openpyxl.load_workbook(result.path)
    register = [r for r in wb["党费收缴登记表"].iter_rows(min_row=4, values_only=True) if r[0] is not None or r[1]]
    li = next(r for r in register if r[1] == "李秀兰")
    assert li[4:8] == (1, 1, "欠交", None) and li[17:22] == (12, 0, 1, 1, "2026-01")
    wang = next(r for r in register if r[1] == "王大爷")
    assert (wang[3], wang[5:17]) == ("免交", ("免交",) * 12)
    total = next(r for r in register if r[1] == "合计")
    assert total[5:8] == (43, 42, 42)
    receipts = list(wb["收据明细"].iter_rows(min_row=4, max_row=7, values_only=True))
    assert [(r[0], r[2], r[4], r[8]) for r in receipts] == [
        ("2026-0001", "李秀兰", 1, "交费"), ("2026-0002", "李秀兰", 1, "交费（已冲销）"), ("—", "李秀兰", -1, "冲销"),
        ("2026-0003", "张建国", 136, "交费")]


def test_cli_pay_and_reverse(ledger, capsys):
    ledger["store"].close()
    db = ledger["path"]
    code, out, err = run(capsys, "dues", "pay", "--db", db, "--member", "李秀兰", "--months", "2026-02,2026-03",
                         "--date", "2026-03-10", "--collector", "李会计", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["receipt_no"], data["amount_fen"], data["paid_up_to"]) == ("2026-0004", 200, "2026-03")
    code, out, err = run(capsys, "dues", "pay", "--db", db, "--member", "李秀兰", "--months", "2026-03")
    assert code == 2 and "李秀兰2026年3月的党费已交清" in err
    code, out, err = run(capsys, "dues", "pay", "--db", db, "--member", "赵无名", "--months", "2026-03")
    assert code == 2 and err.strip() == "错误：李家村党支部没有党员“赵无名”"
    code, out, err = run(capsys, "dues", "reverse", "--db", db, "--receipt", "2026-0004", "--reason", "月份记错")
    assert code == 0 and out.strip() == "已冲销收据 2026-0004（月份记错）"
    code, out, _ = run(capsys, "dues", "arrears", "--db", db, "--as-of", "2026-04-01", "--json")
    assert json.loads(out)["arrears"][0]["months"] == ["2026-02", "2026-03"]



def test_cli_void_and_close_year(ledger, capsys):
    ledger["store"].close()
    db = ledger["path"]
    code, out, err = run(capsys, "dues", "void", "--db", db, "--reason", "填写错误，撕毁", "--date", "2026-03-10")
    assert code == 0 and out.strip() == "李家村党支部的收据 2026-0004 已作废（填写错误，撕毁）", err
    code, out, err = run(capsys, "dues", "void", "--db", db, "--reason", " ", "--date", "2026-03-10")
    assert code == 2 and "请填写作废原因" in err
    code, out, err = run(capsys, "dues", "close-year", "--db", db, "--year", "2025", "--date", "2026-01-05", "--json")
    assert code == 0 and json.loads(out) == {"branch": "李家村党支部", "year": 2025, "locked_on": "2026-01-05"}, err
    code, out, err = run(capsys, "dues", "close-year", "--db", db, "--year", "2025", "--date", "2026-01-06")
    assert code == 2 and err.strip() == "错误：2025年已于2026-01-05结账，不能重复结账"
    code, out, err = run(capsys, "dues", "void", "--db", db, "--reason", "撕毁", "--date", "2025-12-30")
    assert code == 2 and "已年度结账" in err


def test_voided_receipt_number_prints_as_void(ledger, tmp_path):
    number = dues.void_receipt(ledger["store"], ledger["branch"], "2026-03-06", "填写错误，已撕毁")
    out = tmp_path / "void.pdf"
    reports.receipt_pdf(ledger["store"], out, ledger["branch"], [number], config=dues.DuesConfig())
    [text] = pdf_text(out)
    assert number == "2026-0004" and text.count("作废原因 填写错误，已撕毁") == 2
