"""Demo step: every village's activity site with rooms, funding, 40–150 asset lines and their
history, one closed stocktake with a few discrepancies (booked as adjustments), some repairs and
disposals, and a few months of remote-education register entries (issue #5).

Each asset is simulated through time (登记 → moves, breakdowns and repairs → the stocktake →
disposals), so the stored asset rows are exactly what its events add up to, the way
``djdesk.core.sites`` would have left them. Rows go in with ``Store.insert_many``, one call per
table: a county (~220 villages, ~20,000 asset lines) takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from djdesk.core.demo import DemoContext, Weighted, _rint, _uuid
from djdesk.core.sites import EV_CONDITION, EV_REGISTER, EV_REPAIR, EV_SCRAP, EV_STOCKTAKE, EV_TRANSFER, asset_prefix

# room kind → (area range m², purpose)
ROOMS = {
    "党员活动室": ((40, 90), "组织生活、党员学习教育"),
    "会议室": ((40, 80), "村两委会议、村民代表会议"),
    "远程教育站点": ((20, 40), "党员远程教育学用"),
    "便民服务室": ((30, 70), "代办服务、政策咨询"),
    "农家书屋": ((25, 60), "图书借阅、阅读"),
    "调解室": ((15, 30), "矛盾纠纷调解"),
    "文化活动室": ((40, 120), "文艺排练、棋牌活动"),
    "卫生室": ((30, 60), "村卫生室诊疗"),
    "超市": ((30, 80), "村民日常购物"),
    "广场": ((500, 3000), "群众文化体育活动、集会"),
}
ALWAYS = ("党员活动室", "会议室", "远程教育站点", "便民服务室", "农家书屋")

# room kind → items: (category, name, specs, unit, quantity range per line, unit price range in yuan)
# Electronics are one line per device (each has its own label); furniture and books come in batches.
CATALOG = {
    "党员活动室": (("标识标牌", "党旗", ("", "2号"), "面", (1, 2), (80, 200)),
                ("标识标牌", "入党誓词牌", ("",), "块", (1, 1), (150, 400)),
                ("家具", "会议桌", ("1.8米", "2.4米"), "张", (1, 4), (600, 1500)),
                ("家具", "会议椅", ("",), "把", (10, 40), (80, 260)),
                ("电子设备", "电视机", ("55英寸", "65英寸"), "台", (1, 1), (2000, 4500)),
                ("标识标牌", "宣传展板", ("",), "块", (2, 8), (100, 300)),
                ("家具", "文件柜", ("五节柜",), "个", (1, 4), (600, 1200))),
    "会议室": (("家具", "会议桌", ("椭圆形4.8米", "2.4米"), "张", (1, 3), (800, 3000)),
             ("家具", "会议椅", ("",), "把", (12, 30), (80, 260)),
             ("电子设备", "投影仪", ("EB-X05", "NP-CD1100"), "台", (1, 1), (2500, 5000)),
             ("电子设备", "电动投影幕", ("100英寸",), "块", (1, 1), (500, 1200)),
             ("电子设备", "无线话筒", ("",), "套", (1, 1), (600, 1800)),
             ("电子设备", "空调", ("KFR-35GW", "KFR-72LW"), "台", (1, 1), (3000, 6500))),
    "远程教育站点": (("电子设备", "电脑", ("启天M430", "扬天T4900"), "台", (1, 1), (3500, 5500)),
                 ("电子设备", "卫星接收设备", ("",), "套", (1, 1), (1200, 3000)),
                 ("电子设备", "电视机", ("55英寸",), "台", (1, 1), (2000, 4000)),
                 ("电子设备", "打印机", ("M1136",), "台", (1, 1), (1200, 2500)),
                 ("电子设备", "不间断电源", ("1KVA",), "台", (1, 1), (600, 1500)),
                 ("家具", "学习桌", ("",), "张", (4, 12), (150, 400)),
                 ("家具", "学习椅", ("",), "把", (8, 24), (60, 150))),
    "便民服务室": (("家具", "办公桌", ("1.4米",), "张", (2, 4), (500, 1200)),
              ("家具", "办公椅", ("",), "把", (2, 6), (150, 450)),
              ("电子设备", "电脑", ("启天M430",), "台", (1, 1), (3500, 5500)),
              ("电子设备", "打印复印一体机", ("M1136", "L3158"), "台", (1, 1), (1200, 3500)),
              ("电子设备", "饮水机", ("",), "台", (1, 1), (300, 800)),
              ("标识标牌", "便民服务公示牌", ("",), "块", (1, 2), (200, 600)),
              ("家具", "档案柜", ("",), "个", (2, 6), (600, 1300))),
    "农家书屋": (("图书", "图书", ("政治理论", "农业科技", "文学", "少儿读物", "法律常识"), "册", (200, 900), (15, 38)),
             ("图书", "期刊合订本", ("",), "册", (20, 120), (20, 60)),
             ("图书", "音像制品", ("光盘",), "张", (30, 150), (10, 30)),
             ("家具", "书架", ("双面",), "个", (4, 10), (300, 800)),
             ("家具", "阅览桌", ("",), "张", (2, 6), (300, 700)),
             ("家具", "阅览椅", ("",), "把", (6, 20), (60, 160))),
    "调解室": (("家具", "调解桌", ("",), "张", (1, 1), (500, 1200)),
            ("家具", "椅子", ("",), "把", (4, 10), (60, 160)),
            ("标识标牌", "调解制度牌", ("",), "块", (1, 3), (100, 300))),
    "文化活动室": (("文体器材", "乒乓球台", ("",), "张", (1, 2), (1500, 3000)),
              ("文体器材", "棋牌桌", ("",), "张", (2, 6), (150, 500)),
              ("文体器材", "锣鼓", ("",), "套", (1, 1), (800, 2500)),
              ("文体器材", "腰鼓", ("",), "个", (10, 30), (60, 150)),
              ("文体器材", "演出服装", ("",), "套", (10, 30), (100, 300)),
              ("电子设备", "音响", ("",), "套", (1, 1), (1500, 4500))),
    "卫生室": (("其他", "诊疗床", ("",), "张", (1, 2), (800, 2000)),
            ("家具", "药品柜", ("",), "个", (1, 3), (500, 1500)),
            ("其他", "电子血压计", ("",), "台", (1, 1), (200, 500))),
    "超市": (("家具", "货架", ("",), "组", (4, 10), (300, 700)),
           ("电子设备", "冰柜", ("",), "台", (1, 1), (1500, 3500))),
    "广场": (("文体器材", "篮球架", ("",), "副", (1, 2), (3000, 8000)),
           ("文体器材", "健身路径器材", ("",), "套", (6, 15), (1500, 4000)),
           ("标识标牌", "宣传栏", ("",), "个", (1, 3), (1500, 5000)),
           ("其他", "太阳能路灯", ("",), "盏", (6, 20), (1200, 2500)),
           ("标识标牌", "旗杆", ("",), "根", (1, 1), (3000, 8000))),
}
SOURCES = Weighted((("上级配发", 45), ("自购", 30), ("捐赠", 15), ("其他", 10)))
DONORS = ("县农商银行", "本村在外乡贤", "县供电公司", "对口帮扶单位", "县图书馆")
FUNDING = (("县级财政", 40), ("乡镇财政", 20), ("村集体自筹", 25), ("党费", 5), ("社会捐赠", 10))
REGISTER_TEXTS = ("组织党员收看党员教育专题片", "学习农业实用技术视频课程", "收看上级会议精神解读",
                  "组织观看乡村振兴典型案例", "学习法律常识课程")


@dataclass(eq=False)          # compared by identity: a row's dict is no key
class _Asset:
    row: dict
    events: list[dict] = field(default_factory=list)


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + dt.timedelta(days=_rint(rng, 0, (last - first).days))


def _people_by_village(ctx: DemoContext) -> dict[str, list[dict]]:
    """Member rows of the branches in (or below) each village."""
    parent = {o["uuid"]: o["parent_uuid"] for o in ctx.orgs}
    kind = {o["uuid"]: o["kind"] for o in ctx.orgs}
    out: dict[str, list[dict]] = {}
    for p in ctx.people:
        org = p.branch.uuid
        while org and kind.get(org) not in ("village", "community"):
            org = parent.get(org)
        if org:
            out.setdefault(org, []).append(p.row)
    return out


def make_sites(ctx: DemoContext) -> None:
    """The demo step (see the module docstring)."""
    rng = ctx.rng("sites")
    today = ctx.today
    people = _people_by_village(ctx)
    tables: dict[str, list[dict]] = {t: [] for t in ("site", "site_funding", "site_room", "asset", "asset_event",
                                                    "stocktake", "stocktake_line", "site_log")}
    villages = [o for o in ctx.orgs if o["kind"] in ("village", "community")]
    for i, village in enumerate(villages):
        _village(ctx, rng, village, people.get(village["uuid"], []), tables, today)
        ctx.report((i + 1) / (len(villages) + 1))
    for table, rows in tables.items():
        rows.sort(key=lambda r: r["uuid"])       # primary-key order: ≈ 2× faster inserts than random order
        for start in range(0, len(rows), 5000):
            ctx.store.insert_many(table, rows[start:start + 5000])


def _village(ctx: DemoContext, rng: random.Random, village: dict, members: list[dict], tables: dict,
             today: dt.date) -> None:
    org = village["uuid"]
    names = [m["name"] for m in members if m["status"] == "在册"] or ["李建国"]
    secretary = next((m["name"] for m in members if m["party_post"] == "书记"), names[0])
    built = _rint(rng, 2006, min(2021, today.year - 2))
    renovated = _rint(rng, built + 2, today.year - 1) if rng.random() < 0.4 and built + 2 < today.year else None
    community = village["kind"] == "community"
    site = {"uuid": _uuid(rng), "org_uuid": org, "name": f"{village['name']}党群服务中心",
            "address": f"{village['name']}{'居委会' if community else '村委会'}院内",
            # about one in ten below the common 150 m² standard (to show the warning)
            "building_area": float(_rint(rng, 90, 149) if rng.random() < 0.1 else _rint(rng, 150, 480))
                             + _rint(rng, 0, 9) / 10,
            "land_area": float(_rint(rng, 600, 3500)), "year_built": built, "year_renovated": renovated,
            "ownership": "村集体所有" if rng.random() < 0.9 else "租用",
            "opening_hours": "周一至周五 8:30—12:00，14:30—17:30", "responsible": secretary,
            "phone": f"0{_rint(rng, 300, 999)}-{_rint(rng, 6000000, 6999999)}", "sort_order": 1, "note": ""}
    tables["site"].append(site)
    sources = rng.sample(FUNDING, _rint(rng, 2, 3))
    for source, _ in sources:
        tables["site_funding"].append({
            "uuid": _uuid(rng), "org_uuid": org, "site_uuid": site["uuid"], "source": source,
            "amount_fen": _rint(rng, 20, 600) * 1000_00, "year": renovated if renovated and rng.random() < 0.4 else built,
            "document": f"{ctx.area[2]}组发〔{built}〕{_rint(rng, 3, 60)}号" if "财政" in source else "", "note": ""})

    kinds = list(ALWAYS) + rng.sample([k for k in ROOMS if k not in ALWAYS], _rint(rng, 1, len(ROOMS) - len(ALWAYS)))
    rooms = []
    for n, kind in enumerate(kinds, 1):
        (lo, hi), purpose = ROOMS[kind]
        rooms.append({"uuid": _uuid(rng), "org_uuid": org, "site_uuid": site["uuid"], "kind": kind, "name": kind,
                      "area": float(_rint(rng, lo, hi)), "purpose": purpose, "sort_order": n, "note": ""})
    tables["site_room"] += rooms

    # Stocktake day: between two and ten months ago; a few purchases come after it.
    counted_on = today - dt.timedelta(days=_rint(rng, 60, 300))
    opened = dt.date(built, _rint(rng, 6, 12), _rint(rng, 1, 28))
    target = _rint(rng, 40, 150)
    prefix = asset_prefix(village)
    assets: list[_Asset] = []
    while len(assets) < target:
        room = rng.choice(rooms)
        category, name, specs, unit, (qlo, qhi), (plo, phi) = rng.choice(CATALOG[room["kind"]])
        late = rng.random() < 0.05
        acquired = _day(rng, counted_on + dt.timedelta(days=5), today - dt.timedelta(days=3)) if late else \
            _day(rng, opened, counted_on - dt.timedelta(days=20))
        source = SOURCES.pick(rng)
        doc = {"上级配发": f"{ctx.area[2]}组发〔{acquired.year}〕{_rint(rng, 3, 60)}号",
               "自购": f"村两委会议决定（{acquired.year}年）", "捐赠": rng.choice(DONORS) + "捐赠", "其他": ""}[source]
        seq = len(assets) + 1
        row = {"uuid": _uuid(rng), "org_uuid": org, "site_uuid": site["uuid"], "room_uuid": room["uuid"], "seq": seq,
               "asset_no": f"{prefix}{seq:05d}", "category": category, "name": name, "spec": rng.choice(specs),
               "unit": unit, "quantity": _rint(rng, qlo, qhi), "unit_value_fen": _rint(rng, plo, phi) * 100,
               "acquired_on": acquired.isoformat(), "source": source, "funding_doc": doc,
               "custodian": secretary if rng.random() < 0.6 else rng.choice(names), "condition": "良好",
               "disposed_on": None, "note": ""}
        a = _Asset(row)
        a.events.append(_event(rng, row, acquired, EV_REGISTER, to_room=room["uuid"], quantity_change=row["quantity"],
                               to_condition="良好", person=secretary))
        assets.append(a)
    assets.sort(key=lambda a: (a.row["acquired_on"], a.row["seq"]))
    for seq, a in enumerate(assets, 1):          # numbers in the order things were bought
        a.row["seq"], a.row["asset_no"] = seq, f"{prefix}{seq:05d}"

    count_day = counted_on.isoformat()
    before = [a for a in assets if a.row["acquired_on"] < count_day]
    # Before the count: some moves, some breakdowns (half of them repaired).
    for a in before:
        r = rng.random()
        start = dt.date.fromisoformat(a.row["acquired_on"]) + dt.timedelta(days=10)
        if r < 0.04:
            to = rng.choice(rooms)
            if to["uuid"] != a.row["room_uuid"]:
                a.events.append(_event(rng, a.row, _day(rng, start, counted_on - dt.timedelta(days=10)), EV_TRANSFER,
                                       from_room=a.row["room_uuid"], to_room=to["uuid"], person=secretary,
                                       note="调整功能室布置"))
                a.row["room_uuid"] = to["uuid"]
        elif r < 0.10 and a.row["category"] in ("电子设备", "文体器材", "家具"):
            broke = _day(rng, start, counted_on - dt.timedelta(days=12))
            a.events.append(_event(rng, a.row, broke, EV_CONDITION, from_condition="良好", to_condition="待修",
                                   person=rng.choice(names), note="使用中损坏"))
            a.row["condition"] = "待修"
            if rng.random() < 0.5:
                a.events.append(_event(rng, a.row, _day(rng, broke + dt.timedelta(days=2), counted_on - dt.timedelta(days=2)),
                                       EV_REPAIR, from_condition="待修", to_condition="良好", person=secretary,
                                       cost_fen=_rint(rng, 50, 800) * 100))
                a.row["condition"] = "良好"

    _stocktake(rng, site, before, counted_on, names, secretary, tables)

    # After the count: a few disposals of old or broken things, with the township's approval.
    live = [a for a in assets if a.row["disposed_on"] is None and a.row["acquired_on"] < count_day]
    broken = [a for a in live if a.row["condition"] == "待修"]
    five_years = (counted_on - dt.timedelta(days=5 * 365)).isoformat()
    old = [a for a in live if a.row["acquired_on"] < five_years]
    rng.shuffle(old)
    taken = {id(a) for a in old} | {id(a) for a in broken}
    rest = [a for a in live if id(a) not in taken]
    rng.shuffle(rest)
    # one broken thing, then old ones, then anything; the other broken ones wait for repair
    pool = broken[:1] + [a for a in old if a.row["condition"] != "待修"] + rest
    for n, a in enumerate(pool[:_rint(rng, 2, 4)], 1):
        day = _day(rng, counted_on + dt.timedelta(days=10), today - dt.timedelta(days=2))
        a.events.append(_event(rng, a.row, day, EV_SCRAP, from_room=a.row["room_uuid"],
                               quantity_change=-a.row["quantity"], from_condition=a.row["condition"],
                               to_condition="报废", person=secretary,
                               approval_ref=f"{village['name']}两委会议纪要〔{day.year}〕{n}号，乡党委审核同意",
                               note="损坏无法修复" if a.row["condition"] == "待修" else "使用年限已满"))
        a.row.update(disposed_on=day.isoformat(), condition="报废")

    for a in assets:
        tables["asset"].append(a.row)
        tables["asset_event"] += a.events
    _registers(rng, site, names, today, tables)


def _event(rng: random.Random, asset: dict, day: dt.date, kind: str, *, from_room=None, to_room=None,
           quantity_change: int = 0, from_condition: str = "", to_condition: str = "", cost_fen: int = 0,
           person: str = "", approval_ref: str = "", stocktake_uuid=None, note: str = "") -> dict:
    site = asset["site_uuid"]
    return {"uuid": _uuid(rng), "org_uuid": asset["org_uuid"], "asset_uuid": asset["uuid"],
            "event_date": day.isoformat(), "kind": kind,
            "from_site_uuid": site if from_room or kind in (EV_TRANSFER, EV_SCRAP, EV_STOCKTAKE) else None,
            "from_room_uuid": from_room, "to_site_uuid": site if to_room or kind == EV_REGISTER else None,
            "to_room_uuid": to_room, "quantity_change": quantity_change, "from_condition": from_condition,
            "to_condition": to_condition, "cost_fen": cost_fen, "person": person, "approval_ref": approval_ref,
            "stocktake_uuid": stocktake_uuid, "note": note}


def _stocktake(rng: random.Random, site: dict, assets: list[_Asset], day: dt.date, names: list[str],
               secretary: str, tables: dict) -> None:
    """One closed count with two to five discrepancies, booked as 盘点调整 events."""
    closed = day + dt.timedelta(days=_rint(rng, 0, 2))
    st = {"uuid": _uuid(rng), "org_uuid": site["org_uuid"], "site_uuid": site["uuid"],
          "title": f"{day.year}年{site['name']}资产盘点", "started_on": day.isoformat(), "closed_on": closed.isoformat(),
          "applied_on": closed.isoformat(), "status": "closed",
          "counted_by": "、".join(dict.fromkeys([secretary, *rng.sample(names, min(2, len(names)))])), "note": ""}
    tables["stocktake"].append(st)
    differing = set(rng.sample(range(len(assets)), min(len(assets), _rint(rng, 2, 5))))
    for i, a in enumerate(assets):
        row = a.row
        counted, cond, note = row["quantity"], row["condition"], ""
        if i in differing:
            if row["quantity"] > 3:
                counted, note = row["quantity"] - _rint(rng, 1, min(5, row["quantity"] - 1)), "部分丢失或损毁"
            elif row["condition"] == "良好" and rng.random() < 0.6:
                cond, note = "待修", "盘点时发现损坏"
            else:
                counted, note = 0, "未找到"
        tables["stocktake_line"].append({
            "uuid": _uuid(rng), "org_uuid": row["org_uuid"], "stocktake_uuid": st["uuid"], "asset_uuid": row["uuid"],
            "expected_quantity": row["quantity"], "expected_condition": row["condition"], "counted_quantity": counted,
            "counted_condition": cond, "counted_at": f"{day.isoformat()}T{_rint(rng, 9, 16):02d}:{_rint(rng, 0, 59):02d}:00",
            "note": note})
        if counted == row["quantity"] and cond == row["condition"]:
            continue
        a.events.append(_event(rng, row, closed, EV_STOCKTAKE, from_room=row["room_uuid"],
                               quantity_change=counted - row["quantity"], from_condition=row["condition"],
                               to_condition=cond, person=secretary, stocktake_uuid=st["uuid"],
                               note=f"{st['title']}：账面 {row['quantity']}，实盘 {counted}"
                                    + ("，未找到，按盘亏核销" if counted == 0 else "")))
        if counted == 0:
            row["disposed_on"] = closed.isoformat()
        else:
            row["quantity"], row["condition"] = counted, cond


def _registers(rng: random.Random, site: dict, names: list[str], today: dt.date, tables: dict) -> None:
    """Three months of the remote-education work register and its sign-in register, and a few
    maintenance entries. Most stations meet the usual monthly minimum (sessions every few days,
    3–5 hours each); about one in five holds a short session every week or two and is flagged."""
    from djdesk.core.sites import registers

    work, upkeep, signin = registers()[:3]
    busy = rng.random() < 0.8
    day = today - dt.timedelta(days=90)
    while day < today:
        minutes = rng.choice((180, 210, 240, 300) if busy else (60, 90, 120))
        text = rng.choice(REGISTER_TEXTS)
        for register, content in ((work, text), (signin, f"{text}，参加人员签到")):
            tables["site_log"].append({
                "uuid": _uuid(rng), "org_uuid": site["org_uuid"], "site_uuid": site["uuid"], "register": register,
                "entry_date": day.isoformat(), "content": content, "person": rng.choice(names),
                "participants": _rint(rng, 8, 30), "minutes": minutes, "note": ""})
        if rng.random() < 0.2:
            tables["site_log"].append({
                "uuid": _uuid(rng), "org_uuid": site["org_uuid"], "site_uuid": site["uuid"], "register": upkeep,
                "entry_date": day.isoformat(), "content": "检查卫星接收设备和电脑运行情况，运行正常",
                "person": site["responsible"], "participants": 0, "minutes": 30, "note": ""})
        day += dt.timedelta(days=_rint(rng, 2, 5) if busy else _rint(rng, 7, 16))
