"""The PDF report layer and the 党员花名册, checked by reading the PDFs back with pypdf."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

import djdesk
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.progress import Progress
from djdesk.core.reports.base import MISSING_MARK, Column, ReportDoc
from djdesk.core.reports.roster import render_roster, year_month

ORG = "中共青石镇柳树村支部委员会"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞"
RARE = "𠮷"  # CJK Extension B (U+20BB7): not in WenQuanYi Micro Hei


def make_members(n: int) -> list[dict]:
    """Deterministic members with unique names; every 5th is 预备, every 3rd is a woman."""
    out = []
    for i in range(n):
        probationary = i % 5 == 4
        out.append(
            {
                "name": SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i * 7) % 20],
                "gender": "女" if i % 3 == 0 else "男",
                "ethnicity": "汉族",
                "birth_date": f"{1950 + i % 40}-{1 + i % 12:02d}-15",
                "id_number": f"410102{1950 + i % 40}{1 + i % 12:02d}15{i:04d}"[:18],
                "education": "高中",
                "occupation": "农民",
                "join_date": f"{1980 + i % 40}-07-01",
                "conversion_date": "" if probationary else f"{1981 + i % 40}-07-01",
                "category": "预备" if probationary else "正式",
                "group_name": f"第{1 + i % 3}党小组",
                "party_post": "支部书记" if i == 0 else "",
                "phone": f"138{i:08d}",
                "address": "柳树村",
                "status": "正常",
                "branch_name": "柳树村党支部",
            }
        )
    return out


def page_texts(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def roster60(tmp_path_factory):
    members = make_members(60)
    path = tmp_path_factory.mktemp("roster") / "花名册.pdf"
    result = render_roster(path, ORG, members)
    return path, result, members


def test_roster_has_every_member_and_page_numbers(roster60):
    path, result, members = roster60
    texts = page_texts(path)
    assert result.path == path
    assert result.pages == len(texts) == 3
    everything = "\n".join(texts)
    for m in members:
        assert m["name"] in everything
    for n, text in enumerate(texts, 1):
        assert re.search(rf"第\s*{n}\s*页\s*共\s*3\s*页", text), text[-200:]
        assert ORG in text  # page header
    assert result.warnings == []


def test_roster_header_row_on_every_page(roster60):
    path, _, _ = roster60
    for text in page_texts(path):
        for heading in ("序号", "姓名", "出生年月", "身份证号", "入党时间", "转正时间", "党内职务", "联系电话"):
            assert heading in text
        assert text.count("身份证号") == 1  # once per page, also where the last rows are kept with the signatures


def test_roster_rows_formatted_and_summary(roster60):
    path, _, members = roster60
    everything = "\n".join(page_texts(path))
    first = members[0]
    assert re.search(rf"1\s+{first['name']}\s+女\s+汉族\s+1950\.01\s+{first['id_number']}", everything)
    assert "柳树村党支部/第1党小组" in everything
    women = sum(1 for m in members if m["gender"] == "女")
    assert f"共 60 名党员，其中正式党员 48 名、预备党员 12 名，女性 {women} 名" in everything
    last_page = page_texts(path)[-1]
    for label in ("填报人", "支部书记", "填报日期"):
        assert label in last_page


def test_roster_font_is_embedded_subset_and_file_small(roster60):
    path, _, _ = roster60
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei.*", font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            seen += 1
    assert seen >= 3
    assert path.stat().st_size < 300_000


def test_roster_metadata(roster60):
    path, _, _ = roster60
    meta = PdfReader(path).metadata
    assert meta.title == "党员花名册"
    assert meta.author == "djdesk"
    assert djdesk.__version__ in meta.creator


def test_roster_is_a4_landscape_and_doc_defaults_to_portrait(roster60, tmp_path):
    path, _, _ = roster60
    for page in PdfReader(path).pages:
        assert float(page.mediabox.width) == pytest.approx(841.89, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(595.28, abs=0.1)
        assert page.get("/Rotate", 0) == 0
    doc = ReportDoc(tmp_path / "p.pdf", "测试", ORG)
    doc.add_paragraph("正文")
    doc.build()
    box = PdfReader(tmp_path / "p.pdf").pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.1)


def test_mask_ids_hides_middle_of_id_numbers(tmp_path):
    members = make_members(3)
    render_roster(tmp_path / "plain.pdf", ORG, members)
    render_roster(tmp_path / "masked.pdf", ORG, members, mask_ids=True)
    plain = "".join(page_texts(tmp_path / "plain.pdf"))
    masked = "".join(page_texts(tmp_path / "masked.pdf"))
    for m in members:
        id_number = m["id_number"]
        assert id_number in plain
        assert id_number not in masked
        assert id_number[:4] + "*" * 10 + id_number[-4:] in masked
        assert id_number[4:14] not in masked


def test_year_month_helper():
    assert year_month("1985-03-07") == "1985.03"
    assert year_month("1985-3-7") == "1985.03"
    assert year_month("1985年3月") == "1985.03"
    assert year_month("1985") == "1985"
    assert year_month("") == year_month(None) == ""
    assert year_month("不详") == "不详"


def test_missing_glyph_is_marked_and_reported(tmp_path):
    members = make_members(5)
    members[2]["name"] = f"{RARE}红英"
    path = tmp_path / "rare.pdf"
    result = render_roster(path, ORG, members)
    assert path.exists()
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.text == f"{RARE}红英"
    assert warning.char == RARE
    # Grouping by 党小组 prints this member 5th; the warning names the printed row (序号).
    assert "第 5 行" in warning.where and "姓名" in warning.where
    assert RARE in warning.message and "U+20BB7" in warning.message
    text = "".join(page_texts(path))
    assert f"{MISSING_MARK}红英" in text


def test_invisible_characters_are_dropped_silently(tmp_path):
    members = make_members(2)
    members[0]["name"] = "张\U000e0100三\ufe00"  # variation selectors the font has no glyph for
    members[1]["party_post"] = "党小组长\u2028宣传委员"  # Unicode line separator: a line break
    path = tmp_path / "zw.pdf"
    result = render_roster(path, ORG, members)
    assert result.warnings == []
    text = "".join(page_texts(path))
    assert "张三" in text and "党小组长" in text and "宣传委员" in text


def test_cancel_leaves_no_file(tmp_path):
    path = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_roster(path, ORG, make_members(60), progress=Progress(is_cancelled=lambda: True))
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no temp file left behind either


def test_cancel_midway_keeps_previous_report(tmp_path):
    path = tmp_path / "roster.pdf"
    path.write_bytes(b"previous report")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        render_roster(path, ORG, make_members(120), progress=Progress(is_cancelled=cancelled))
    assert path.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.pdf"]


def test_progress_is_reported_in_thousandths_and_rises(tmp_path):
    steps = []
    result = render_roster(tmp_path / "r.pdf", ORG, make_members(90), progress=Progress(report=lambda d, t: steps.append((d, t))))
    assert {t for _, t in steps} == {1000}
    done = [d for d, _ in steps]
    assert done == sorted(done)
    assert len(steps) == 2 * result.pages  # once per page laid out, once per page finished
    assert done[-1] >= 850


def test_members_grouped_by_branch_and_group_in_first_seen_order(tmp_path):
    members = make_members(6)  # groups cycle 1, 2, 3, 1, 2, 3
    path = tmp_path / "g.pdf"
    render_roster(path, ORG, members)
    text = page_texts(path)[0]
    order = [text.index(m["name"]) for m in (members[0], members[3], members[1], members[4], members[2], members[5])]
    assert order == sorted(order)


def test_empty_roster_still_prints_header_and_summary(tmp_path):
    path = tmp_path / "empty.pdf"
    result = render_roster(path, ORG, [])
    text = page_texts(path)[0]
    assert result.pages == 1
    assert "身份证号" in text and "（无记录）" in text
    assert "共 0 名党员" in text


def test_table_wraps_long_cells_and_repeats_header(tmp_path):
    """The layer on its own: wrapping, multi-page split, a cell too long for any page."""
    path = tmp_path / "t.pdf"
    doc = ReportDoc(path, "测试表", ORG)
    columns = [Column("编号", mm=15, align="right"), Column("内容"), Column("备注", weight=0.5, align="center")]
    rows = [(i, f"第{i}条 " + "很长的内容" * (i % 7 * 6), None) for i in range(1, 150)]
    rows.append((999, "超长" * 5000, "x"))
    doc.add_title("副标题")
    doc.add_table(columns, rows)
    doc.add_signatures(["填表人：", "审核人：", "日期："])
    result = doc.build()
    texts = page_texts(path)
    assert result.pages == len(texts) > 3
    # The cut row fills its page, so the signature lines start the last page on their own.
    assert all("编号" in t and "内容" in t and "备注" in t for t in texts[:-1])
    assert "填表人" in texts[-1]
    assert [w.where for w in result.warnings] == ["表格第 150 行“内容”列"]
    assert "截断" in result.warnings[0].message
    assert "第149条" in "".join(texts)


def test_bad_column_widths_and_row_lengths_are_programming_errors(tmp_path):
    doc = ReportDoc(tmp_path / "x.pdf", "测试", ORG)
    with pytest.raises(ValueError):
        doc.add_table([Column("a", mm=10)], [("1", "2")])
    doc.add_table([Column("a", mm=500)], [("1",)])
    with pytest.raises(ValueError):
        doc.build()
    assert not (tmp_path / "x.pdf").exists()


def test_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        render_roster(tmp_path / "nope" / "r.pdf", ORG, make_members(1))



@pytest.mark.parametrize("n", [22, 24, 50])
def test_signatures_never_stand_on_a_page_without_rows(tmp_path, n):
    """Member counts where the table alone just fills its last page: the last rows move over
    with the summary and signature lines, and every row is still printed once, in order."""
    path = tmp_path / "r.pdf"
    render_roster(path, ORG, make_members(n))
    texts = page_texts(path)
    last = texts[-1]
    assert "序号" in last and f"共 {n} 名党员" in last and "填报人" in last
    assert [t.count("身份证号") for t in texts] == [1] * len(texts)
    assert re.search(rf"^{n} ", last, re.M)
    numbers = [int(x) for t in texts for x in re.findall(r"^(\d+) ", t, re.M)]
    assert numbers == list(range(1, n + 1))
