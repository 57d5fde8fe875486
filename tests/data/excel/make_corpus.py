"""Make the corpus of messy roster sheets the importer must handle (tests/test_excel_import.py).

    .venv/bin/python tests/data/excel/make_corpus.py

Each file imitates something clerks' real sheets do; the expected outcome of importing each one
is asserted, row by row and problem by problem, in tests/test_excel_import.py. Output is
byte-for-byte deterministic (fixed zip and document timestamps), and the .xlsx files are
committed, so a change to this script shows up as a change to the files.

- wps_title_merged.xlsx   WPS style: two merged title rows, a two-row header with merged cells
                          (党内情况 over 入党时间/转正时间), the branch merged down the rows, a blank
                          row, a 合计 row and a 填表人 line under the table;
- shuffled_variants.xlsx  columns in another order under other names (公民身份号码, 党员姓名,
                          出生年月, 文化程度, 类别, 手机号码 …), full-width digits, stray spaces;
- date_formats.xlsx       every way a date arrives: real dates, Excel serials, 2001.07, 2001-7-1,
                          2001年7月, 200107, 2001/07/01, 2001年7月1日, 20010701, the number 2001.07,
                          and the ones that must be refused (2001.1 as a number, 2001-02-30, 2001,
                          a future date, 一九九一年七月);
- damaged_ids.xlsx        ID numbers Excel turned into numbers (4.10102E+17), a wrong check digit,
                          an old 15-digit number, numbers that contradict the birth date or gender;
- duplicates.xlsx         the same person twice in the file, people already on the roster
                          (``SEED_MEMBERS``), a same-name person who needs a decision, an unknown
                          branch and an unknown 党小组;
- template_filled.xlsx    our blank template (exports.roster_template) filled in, example row kept.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from openpyxl import Workbook, load_workbook  # noqa: E402
from stdnum.cn import ric  # noqa: E402

FIXED_TIME = (2025, 6, 1, 0, 0, 0)
FIXED_STAMP = "2025-06-01T00:00:00Z"
TODAY = dt.date(2025, 6, 30)            # the "today" the tests check the corpus against
BRANCH = "李家村党支部"                   # the branch of the test database (conftest.store)


def pid(birth: str, seq: int, area: str = "110105") -> str:
    """A valid ID number: area, birth date YYYYMMDD, sequence (odd = man), check character."""
    body = f"{area}{birth}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def pid_ending_x(birth: str) -> str:
    """A valid woman's ID number whose check character is X."""
    return next(n for seq in range(2, 999, 2) if (n := pid(birth, seq)).endswith("X"))


ID_ENDING_X = pid_ending_x("19881212")
FULL_WIDTH = str.maketrans("0123456789.X", "０１２３４５６７８９．Ｘ")

# Members put on the roster before duplicates.xlsx is imported.
SEED_MEMBERS = (
    {"name": "王建国", "gender": "男", "ethnicity": "汉族", "birth_date": "1965-03-15",
     "id_number": pid("19650315", 11), "join_date": "1990-07-01", "conversion_date": "1991-07-01",
     "category": "正式", "phone": "13800000001"},
    {"name": "李秀兰", "gender": "女", "ethnicity": "汉族", "birth_date": "1970-08-08", "id_number": "",
     "join_date": "1995-07-01", "conversion_date": "1996-07-01", "category": "正式"},
    {"name": "张明", "gender": "男", "ethnicity": "汉族", "birth_date": "1975-01-01",
     "id_number": pid("19750101", 31), "join_date": "2000-07-01", "conversion_date": "2001-07-01",
     "category": "正式"},
)


def deterministic(path: Path) -> None:
    """Rewrite a saved workbook with fixed timestamps in the zip and in docProps/core.xml."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_STAMP.encode(), data)
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


def save(wb: Workbook, name: str, folder: Path) -> Path:
    path = folder / name
    wb.save(path)
    deterministic(path)
    return path


def wps_title_merged(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "党员花名册"
    ws["A1"] = "红星乡李家村党支部党员花名册"
    ws["A2"] = "填报单位：李家村党支部　　　　填报日期：2025年6月"
    ws.merge_cells("A1:L1")
    ws.merge_cells("A2:L2")
    for col, title in zip("ABCDEFGKL", ("序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "文化程度",
                                         "所在党支部", "联系电话")):
        ws[f"{col}3"] = title
        ws.merge_cells(f"{col}3:{col}4")
    ws["H3"] = "党内情况"
    ws.merge_cells("H3:J3")
    ws["H4"], ws["I4"], ws["J4"] = "入党时间", "转正时间", "党员类别"
    people = [
        (1, "王秀英", "女", "汉族", dt.date(1968, 3, 12), pid("19680312", 124), "高中", dt.date(1990, 7, 1),
         dt.date(1991, 7, 1), "正式党员", 13803710001),
        (2, "李建国", "男", "汉族", dt.date(1972, 11, 5), pid("19721105", 135), "初中", dt.date(2001, 7, 1),
         dt.date(2002, 7, 1), "正式党员", 13803710002),
        (3, "张伟", "男", "回族", dt.date(1985, 1, 20), pid("19850120", 57), "大专", dt.date(2023, 12, 20),
         None, "预备党员", "13803710003"),
        None,                                                     # a blank row inside the table
        (4, "赵丽", "女", "汉族", dt.date(1990, 5, 5), pid("19900505", 242), "本科", dt.date(2015, 6, 1),
         dt.date(2016, 6, 1), "正式党员", "0371-63001234"),
        (5, "刘德明", "男", "汉族", dt.date(1958, 9, 9), pid("19580909", 11), "小学", dt.date(1985, 7, 1),
         dt.date(1986, 7, 1), "正式党员", None),
    ]
    for r, p in enumerate(people, 5):
        if p is None:
            continue
        for col, value in zip("ABCDEFGHIJL", p):
            ws[f"{col}{r}"] = value
            if isinstance(value, dt.date):
                ws[f"{col}{r}"].number_format = "yyyy-mm-dd"
    ws["K5"] = BRANCH
    ws.merge_cells("K5:K10")                                      # the branch, written once
    ws["A11"], ws["B11"] = "合计", "5人"
    ws["A12"] = "填表人：李四　　　审核人：王五"
    ws.merge_cells("A12:L12")
    return save(wb, "wps_title_merged.xlsx", folder)


def shuffled_variants(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["李家村党员名单（2025年）"])
    ws.append(["手机号码", "党员姓名", "类别", "入党日期", "公民身份号码（18位）", "住址", "性 别", "出生年月",
               "文化程度", "党小组", "民族", "转正日期", "支部"])
    ws.append([" １３８ ０３７１ ０００１ ", "李　明", "正式", "２００１．０７", pid("19780405", 33).translate(FULL_WIDTH),
               "李家村一组", "男 ", "1978.04", "大学专科", "第一小组", "汉", "２００２．０７", "李家村支部"])
    ws.append([13803710002, " 陈  芳 ", "预备党员", "2024-9-1", " " + pid("19950616", 44)[:9] + " " + pid("19950616", 44)[9:],
               "李家村 二组", "女", "1995年6月", "本科", "第一党小组", "回族", None, "李家村党支部"])
    ws.append(["13803710003", "马国强", "正式党员", "1999年7月", pid("19700101", 55), "李家村三组", "男", "1970.01",
               "硕士研究生", "第九党小组", "汉族", "2000年7月", None])
    return save(wb, "shuffled_variants.xlsx", folder)


DATE_ROWS = (   # (入党时间 cell, 转正时间 cell, category) — the row's person is generated
    (dt.date(2001, 7, 1), dt.date(2002, 7, 1), "正式"),
    (37073, 37438, "正式"),                      # Excel serials (2001-07-01, 2002-07-01), General format
    ("2001.07", "2002.07", "正式"),
    ("2001-7-1", "2002-7-1", "正式"),
    ("2001年7月", "2002年7月", "正式"),
    (200107, 200207, "正式"),
    ("200107", "200207", "正式"),
    ("2001/07/01", "2002/07/01", "正式"),
    ("2001年7月1日", "2002年7月1日", "正式"),
    (20010701, 20020701, "正式"),
    (2001.07, 2002.07, "正式"),                  # typed 2001.07 into a number cell
    (2001.1, None, "正式"),                      # 2001.10 kept by Excel as 2001.1: January or October?
    ("2001-02-30", None, "正式"),
    ("2001", None, "正式"),
    ("2030-01-01", None, "预备"),
    ("一九九一年七月", None, "正式"),
)


def date_formats(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "日期"
    ws.append(["各种日期写法"])
    ws.append(["姓名", "身份证号", "入党时间", "转正时间", "党员类别"])
    for i, (join, conversion, category) in enumerate(DATE_ROWS):
        ws.append(["日期" + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[i], pid(f"19{70 + i}0315", 11 + 2 * i), join,
                   conversion, category])
        for col in "CD":
            cell = ws[f"{col}{ws.max_row}"]
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    return save(wb, "date_formats.xlsx", folder)


def damaged_ids(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["党员花名册"])
    ws.append(["姓名", "身份证号", "性别", "出生日期", "入党时间", "转正时间", "党员类别"])
    good = pid("19800101", 11)
    rows = [
        ("周正", good, "男", "1980-01-01"),
        ("吴浮", float(pid("19900101", 123)[:17] + "4"), "男", "1990-01-01"),    # 4.10102199001011E+17
        ("郑整", int(pid("19900202", 123)[:15] + "000"), "男", "1990-02-02"),     # 15 digits kept, rest 0
        ("王文", "4.10102E+17", "男", "1990-03-03"),                              # text copied from the screen
        ("冯校", pid("19850505", 11)[:17] + ("0" if pid("19850505", 11)[17] != "0" else "1"), "男", "1985-05-05"),
        ("陈旧", "410102680312123", "男", "1968-03-12"),                          # old 15-digit number
        ("褚生", pid("19750707", 13), "男", "1975-07-08"),                        # birth date contradicts
        ("卫别", pid("19820808", 22), "男", "1982-08-08"),                        # gender contradicts
        ("蒋小", ID_ENDING_X[:17].translate(FULL_WIDTH) + "x", "女", None),        # full-width, lower-case x
    ]
    for name, number, gender, birth in rows:
        ws.append([name, number, gender, birth, "2010-07-01", "2011-07-01", "正式党员"])
    return save(wb, "damaged_ids.xlsx", folder)


def duplicates(folder: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["党员花名册（含重复）"])
    ws.append(["姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "党员类别", "所在党支部", "党小组",
               "联系电话"])
    seed = SEED_MEMBERS
    rows = [
        ("王建国", "男", "1965-03-15", seed[0]["id_number"], "1990-07-01", "1991-07-01", "正式", BRANCH, None,
         "13800000001"),                                                                   # unchanged
        ("李秀兰", "女", "1970-08-08", pid("19700808", 22), "1995-07-01", "1996-07-01", "正式", None, None,
         None),                                                                            # gets her ID
        ("张明", "男", "1980-02-02", pid("19800202", 51), "2005-07-01", "2006-07-01", "正式", None, None,
         None),                                                                            # same name
        ("赵六", "男", "1982-06-06", pid("19820606", 61), "2008-07-01", "2009-07-01", "正式", None, None, None),
        ("赵六", "男", "1982-06-06", pid("19820606", 61), "2008-07-01", "2009-07-01", "正式", None, None, None),
        ("孙七", "女", "1988-08-08", None, "2012-07-01", "2013-07-01", "正式", None, None, None),
        ("孙七", "女", "1988-08-08", None, "2012-07-01", "2013-07-01", "正式", None, None, None),
        ("周八", "男", "1984-04-04", pid("19840404", 71), "2010-07-01", "2011-07-01", "正式", "王家村党支部",
         None, None),                                                                      # unknown branch
        ("吴九", "男", "1986-06-16", pid("19860616", 91), "2011-07-01", "2012-07-01", "正式", None,
         "第九党小组", None),                                                               # unknown group
        ("郑十", "男", "1975-01-01", seed[2]["id_number"], "2000-07-01", "2001-07-01", "正式", None, None,
         None),                                                                            # 张明's ID
    ]
    for row in rows:
        ws.append(list(row))
    return save(wb, "duplicates.xlsx", folder)


def template_filled(folder: Path) -> Path:
    from djdesk.core.excel.exports import roster_template

    path = folder / "template_filled.xlsx"
    roster_template(path)
    wb = load_workbook(path)
    ws = wb["党员名单"]
    headers = [c.value.rstrip("*") if c.value else None for c in ws[3]]
    people = [
        {"姓名": "何一", "性别": "男", "民族": "汉族", "身份证号": pid("19760303", 15), "学历": "高中",
         "入党时间": dt.date(2000, 7, 1), "转正时间": dt.date(2001, 7, 1), "党员类别": "正式党员",
         "联系电话": "13900000001", "流动党员": "是", "流向地": "广东省深圳市", "外出时间": dt.date(2024, 3, 1)},
        {"姓名": "吕二", "性别": "女", "民族": "满族", "身份证号": pid("19990909", 26), "学历": "大学本科",
         "入党时间": dt.date(2024, 12, 1), "党员类别": "预备党员", "职业": "学生", "年老体弱": "否"},
    ]
    for r, person in enumerate(people, 5):
        for key, value in person.items():
            ws.cell(r, headers.index(key) + 1, value)
    wb.save(path)
    deterministic(path)
    return path


MAKERS = (wps_title_merged, shuffled_variants, date_formats, damaged_ids, duplicates, template_filled)


def main(folder: Path = HERE) -> list[Path]:
    return [make(folder) for make in MAKERS]


if __name__ == "__main__":
    for written in main():
        print(f"wrote {written.relative_to(HERE.parents[2])}")
