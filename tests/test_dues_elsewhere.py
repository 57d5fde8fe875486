"""党费 paid at the host organisation by a 流动党员 (dues regulation Art. 9, RULES.md §1.4):
``dues.record_elsewhere`` settles months without collecting money or taking a receipt number."""

from __future__ import annotations

import pytest

from djdesk.core import dues, members
from djdesk.core.errors import UserError, ValidationError
from tests.test_dues import TODAY, add, branch, pay, zhang  # noqa: F401  (fixtures)

HOST = "深圳市宝安区新安街道流动党员党支部"


@pytest.fixture
def wang(store, branch):
    """A 流动党员 working in Shenzhen since June 2025, 在职 4,200 yuan (42.00 a month) from 2025-01."""
    uuid = add(store, branch, "王春生")
    dues.set_profile(store, uuid, "2025-01", "在职", base_fen=420_000)
    members.update_member(store, uuid, {"is_flowing": 1, "flowing_to": HOST, "flowing_since": "2025-06-01"},
                          today=TODAY)
    return uuid


def elsewhere(store, member, months, host=HOST, proof="宝安党费收据 BA-0031", day="2026-03-02", **kw):
    return dues.record_elsewhere(store, member, months, host, proof, day, today=TODAY, **kw)


def months(first, last):
    return dues.months_between(first, last)


def test_months_paid_elsewhere_are_settled_but_not_collected(store, branch, wang):
    pay(store, wang, months("2025-01", "2025-05"), day="2025-05-10")        # paid at home before leaving
    before = dues.balance(store, [branch])
    r = elsewhere(store, wang, months("2025-06", "2026-02"))
    assert (r.months[0], r.months[-1], r.host, r.warnings) == ("2025-06", "2026-02", HOST, ())
    # no money here: collected, remittance expectation and the township's collected are unchanged
    assert dues.balance(store, [branch]) == before
    assert dues.expected_remittance(store, branch, "2025-01", "2026-03") == 5 * 4200
    # the months are settled: 党费交至, no arrears, no six-month flag
    assert dues.paid_up_to(store, wang, as_of=TODAY) == "2026-02"
    assert dues.arrears(store, branch, as_of=TODAY) == []
    cells = dues.member_months(store, wang, "2025-05", "2026-03", as_of=TODAY)
    assert [c.status for c in cells] == ["paid"] + ["elsewhere"] * 9 + ["due"]
    assert {(c.due_fen, c.paid_fen, c.arrears_fen) for c in cells[1:-1]} == {(0, 0, 0)}
    assert dues.next_unpaid(store, wang, 1, as_of=TODAY) == ["2026-03"]
    # the month grid: shown distinctly, not counted as due or paid
    row = dues.month_grid(store, branch, 2026, as_of=TODAY).rows[0]
    assert [c.status for c in row.cells[:4]] == ["elsewhere", "elsewhere", "due", "future"]
    assert (dues.STATUS_LABELS["elsewhere"], dues.STATUS_MARKS["elsewhere"]) == ("在流入地交纳", "外")
    assert (row.due_fen, row.paid_fen, row.arrears_fen) == (10 * 4200, 0, 0)
    # the township roll-up: 2025 due only for the months owed here (Jan–May), all paid
    (village,) = [s for s in dues.township_summary(store, None, "2025-01", "2025-12", as_of=TODAY)
                  if s.members]
    assert (village.due_fen, village.paid_for_fen, village.collected_fen, village.arrears_fen) == (
        5 * 4200, 5 * 4200, 5 * 4200, 0)
    # the entry: no receipt number, the host and the proof, the months
    (entry,) = [p for p in dues.payments(store, member_uuid=wang) if p["kind"] == "elsewhere"]
    assert (entry["receipt_no"], entry["receipt_seq"], entry["amount_fen"], entry["collector"], entry["note"]) == (
        "", None, 0, HOST, "宝安党费收据 BA-0031")
    assert entry["months"] == months("2025-06", "2026-02")


def test_without_the_record_the_flowing_member_is_flagged(store, branch, wang):
    """What the record fixes: without it a member paying in Shenzhen shows six months unpaid."""
    pay(store, wang, months("2025-01", "2025-05"), day="2025-05-10")
    (row,) = dues.arrears(store, branch, as_of=TODAY)
    assert row.flagged and row.months == months("2025-06", "2026-02")
    elsewhere(store, wang, months("2025-06", "2025-12"))
    (row,) = dues.arrears(store, branch, as_of=TODAY)
    assert (row.months, row.arrears_fen, row.flagged, row.paid_up_to) == (
        ["2026-01", "2026-02"], 8400, False, "2025-12")


def test_receipt_sequence_stays_gap_free(store, branch, wang):
    pay(store, wang, ["2025-01"], day="2026-01-05")
    elsewhere(store, wang, ["2025-06", "2025-07"])
    r = pay(store, wang, ["2025-02"], day="2026-03-05")
    assert r.receipt_no == "2026-0002"
    assert dues.receipt_gaps(store, branch, 2026) == []


def test_no_month_both_here_and_elsewhere(store, branch, wang):
    pay(store, wang, ["2025-06"], day="2025-06-10")
    with pytest.raises(ValidationError, match="王春生2025年6月已在本支部交纳 42.00 元，不能再记为在流入地交纳"):
        elsewhere(store, wang, ["2025-06", "2025-07"])
    elsewhere(store, wang, ["2025-07"])
    with pytest.raises(ValidationError, match="王春生2025年7月的党费已在流入地党组织交纳"):
        pay(store, wang, ["2025-07"])
    with pytest.raises(ValidationError, match="王春生2025年7月的党费已在流入地党组织交纳"):
        dues.record_collected(store, wang, {"2025-07": 4200}, "2026-03-10", today=TODAY)
    with pytest.raises(ValidationError, match="已在流入地党组织交纳"):
        elsewhere(store, wang, ["2025-07", "2025-08"])
    with pytest.raises(ValidationError, match="2024年12月不在王春生应在本支部交纳党费的期间"):
        elsewhere(store, wang, ["2024-12"])
    assert len(dues.payments(store, member_uuid=wang)) == 2


def test_reversal_reopens_the_months(store, branch, wang):
    r = elsewhere(store, wang, months("2025-06", "2025-08"))
    with pytest.raises(ValidationError, match="请填写冲销原因"):
        dues.reverse_payment(store, r.uuid, " ", on="2026-03-10")
    rev = dues.reverse_payment(store, r.uuid, "证明所列为2024年的月份", on="2026-03-10")
    with pytest.raises(UserError, match=f"在{HOST}交纳的记录（凭证 宝安党费收据 BA-0031）已经冲销过了"):
        dues.reverse_payment(store, r.uuid, "again", on="2026-03-10")
    rows = {p["uuid"]: p for p in dues.payments(store, member_uuid=wang)}
    assert rows[r.uuid]["reversed"] == 1
    assert (rows[rev]["kind"], rows[rev]["amount_fen"], rows[rev]["reverses_uuid"], rows[rev]["receipt_seq"]) == (
        "reversal", 0, r.uuid, None)
    assert rows[rev]["note"] == f"冲销在{HOST}交纳的记录（凭证 宝安党费收据 BA-0031）"
    cells = dues.member_months(store, wang, "2025-06", "2025-08", as_of=TODAY)
    assert [c.status for c in cells] == ["arrears"] * 3
    assert dues.balance(store, [branch]).collected_fen == 0
    # the months may now be paid here (or recorded again)
    assert pay(store, wang, ["2025-06"]).receipt_no == "2026-0001"
    elsewhere(store, wang, ["2025-07", "2025-08"])


def test_locked_period_is_refused(store, branch, wang):
    pay(store, wang, ["2025-01"], day="2026-01-05")
    dues.record_remittance(store, branch, "2026-01", "2026-01", 4200, "2026-02-03", "回执0001", today=TODAY)
    with pytest.raises(ValidationError, match="2026年1月的党费已上缴.*已锁定") as exc:
        elsewhere(store, wang, ["2025-06"], day="2026-01-20")
    assert set(exc.value.problems) == {"paid_on"}
    assert [p["kind"] for p in dues.payments(store, member_uuid=wang)] == ["payment"]
    r = elsewhere(store, wang, ["2025-06"], day="2026-02-20")
    dues.record_remittance(store, branch, "2026-02", "2026-02", 100, "2026-03-01", "回执0002", today=TODAY)
    with pytest.raises(ValidationError, match="2026年2月的党费已上缴.*已锁定"):
        dues.reverse_payment(store, r.uuid, "录错", on="2026-02-25")
    rev = dues.reverse_payment(store, r.uuid, "录错", on="2026-03-10")    # booked now, naming February
    assert dues.payments(store, member_uuid=wang)[-1]["uuid"] == rev
    assert dues.payments(store, member_uuid=wang)[-1]["corrects_period"] == "2026-02"


def test_member_never_flowing_is_refused(store, branch, zhang):
    """Art. 9 lets only a 流动党员 pay away from the branch holding the membership; a member the
    roster does not show as flowing owes here, and an 'elsewhere' entry would hide real arrears."""
    with pytest.raises(ValidationError, match="张建国在花名册中不是流动党员.*第九条") as exc:
        elsewhere(store, zhang, ["2026-01"])
    assert set(exc.value.problems) == {"member"}
    assert dues.payments(store, member_uuid=zhang) == []


def test_member_who_came_back_and_months_outside_the_spell(store, branch, wang):
    # back home: the roster no longer shows the member as flowing, the audit log keeps the spell
    members.update_member(store, wang, {"is_flowing": 0}, today=TODAY)
    assert members.get_member(store, wang)["flowing_since"] is None
    r = elsewhere(store, wang, months("2025-06", "2025-09"))
    assert r.warnings == ()
    # months before 外出时间 are recorded (the proof is the evidence) with a warning
    r = elsewhere(store, wang, ["2025-04"], proof="证明信")
    assert r.warnings == ("2025年4月不在花名册登记的外出流动期间内，请核对凭证所列月份",)
    # no 流向地 left in the roster to prefill: the host must be given
    with pytest.raises(ValidationError) as exc:
        elsewhere(store, wang, ["2025-10"], host=" ")
    assert set(exc.value.problems) == {"host"}


def test_bad_input_names_the_fields(store, wang):
    with pytest.raises(ValidationError) as exc:
        dues.record_elsewhere(store, wang, [], "", " ", "2026-03-20", today=TODAY)
    assert set(exc.value.problems) == {"paid_on", "proof", "months"}
    with pytest.raises(ValidationError, match="所选月份有重复"):
        elsewhere(store, wang, ["2025-06", "2025-6"])
    # the host defaults to the roster's 流向地
    assert elsewhere(store, wang, ["2025-06"], host=" ").host == HOST
    assert len(dues.payments(store, member_uuid=wang)) == 1


def test_register_pdf_and_xlsx_mark_the_months_not_as_money(store, branch, wang, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from djdesk.core.excel.dues_export import export_dues_year
    from djdesk.core.reports import dues as reports

    pay(store, wang, months("2025-01", "2025-05"), day="2026-01-05")
    elsewhere(store, wang, months("2025-06", "2026-02"))
    grid = dues.month_grid(store, branch, 2026, as_of=TODAY)
    (row, total) = reports.register_rows(grid)
    assert row[4:8] == ("流入地", "流入地", "", "") and row[-3:] == ("0.00", "", "2026.02")
    assert total[4:6] == ("0.00", "0.00") and grid.has_elsewhere
    pdf = reports.dues_year_pdf(store, tmp_path / "register.pdf", branch, 2026, TODAY, config=dues.DuesConfig())
    text = "".join(p.extract_text() for p in PdfReader(pdf.path).pages).replace("\n", "")
    assert "“流入地”为流动党员在流入地党组织交纳党费的月份" in text
    result = export_dues_year(store, tmp_path / "dues.xlsx", branch, 2026, as_of=TODAY, config=dues.DuesConfig())
    wb = openpyxl.load_workbook(result.path)
    sheet = [r for r in wb["党费收缴登记表"].iter_rows(min_row=4, values_only=True) if r[1] == "王春生"]
    assert sheet[0][5:9] == ("流入地", "流入地", None, None)
    receipts = [r for r in wb["收据明细"].iter_rows(min_row=4, values_only=True) if r[2] == "王春生"]
    assert [(r[0], r[4], r[7], r[8], r[10]) for r in receipts] == [
        ("2026-0001", 210, "李会计", "交费", None), ("—", 0, HOST, "流入地交纳", "宝安党费收据 BA-0031")]


def test_cli_records_and_reverses_months_paid_elsewhere(store, branch, wang, capsys):
    import json

    from djdesk import cli

    def run(*args):
        code = cli.main(["dues", *args, "--db", str(store.path)])
        out = capsys.readouterr()
        return code, out.out, out.err

    pay(store, wang, months("2025-01", "2025-05"), day="2025-05-10")        # paid at home before leaving
    store.close()
    code, out, err = run("elsewhere", "--member", "王春生", "--months", "2025-06,2025-07", "--proof", "BA-0031",
                         "--date", "2025-08-01", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["months"], data["host"], data["paid_up_to"]) == (["2025-06", "2025-07"], HOST, "2025-07")
    code, out, err = run("reverse", "--member", "王春生", "--month", "2025-07", "--reason", "凭证不符")
    assert code == 0 and out.strip() == "已冲销王春生2025年7月的交费记录（凭证不符）", err
    code, out, err = run("reverse", "--member", "王春生", "--month", "2025-07", "--reason", "再次")
    assert code == 2 and err.strip() == "错误：王春生2025年7月没有可以冲销的交费记录"
    code, out, err = run("reverse", "--reason", "缺少对象")
    assert code == 2 and "二者选一" in err
    code, out, err = run("elsewhere", "--member", "王春生", "--months", "2025-13", "--proof", "x")
    assert code == 2 and "月份“2025-13”无效" in err
