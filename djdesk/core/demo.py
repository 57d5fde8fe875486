"""Deterministic demo data: a township (or a whole county) of made-up but plausible records.

``create_demo`` makes a new database, fills it and returns the open ``Store``. The same seed and
``today`` give the same content, uuids included (only the sync stamps differ): every generator step
draws from its own ``random.Random`` seeded with the seed and the step's name, so adding a step
(meetings, dues, assets …) later does not change what the earlier steps produce.

The generator is a list of steps (``STEPS``). Each takes a ``DemoContext`` holding the store, the
day the data is "as of", the org tree built so far (``ctx.orgs``, ``ctx.branches``) and the people
(``ctx.people``). Steps before ``write`` only build rows in memory; ``write`` inserts the roster in
bulk; steps added after it insert their own tables, all in the one transaction of ``create_demo``.

The rows written are exactly what ``members.add_member`` would store (checked in the tests with
``members.check_member``), but go in with ``Store.insert_many``: a county of ~20,000 members is made
in a few seconds. Some records are made on purpose to show the rule warnings of ``rules.py``: a
too-small joint branch in a tiny, all-male, elderly village (the "three problems"), a branch of ≥7
full members without a committee, a few committees elected more than a term ago, and one or two
probationary members whose year is over.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stdnum.cn import ric

from djdesk.core import codes, pinyin
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

SCALES = {"township": "一个乡镇（12个村、约450名党员）", "county": "一个县（18个乡镇、约2万名党员）"}


# ----- random helpers ---------------------------------------------------------------------------

def _rint(rng: random.Random, low: int, high: int) -> int:
    """rng.randint, several times faster (it is called ~30 times per member)."""
    return low + int(rng.random() * (high - low + 1))


class Weighted:
    """A weighted choice prepared once: ``Weighted((("a", 3), ("b", 1))).pick(rng)``."""

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = list(itertools.accumulate(p[-1] for p in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


# ----- word lists -------------------------------------------------------------------------------

# Area codes whose county existed under the same code in every year of stdnum's table, so every
# generated ID number validates without the "地区码未收录" warning. (code, province, county)
AREAS = (
    ("430321", "湖南省", "湘潭县"), ("430121", "湖南省", "长沙县"), ("360121", "江西省", "南昌县"),
    ("510121", "四川省", "金堂县"), ("350121", "福建省", "闽侯县"), ("340421", "安徽省", "凤台县"),
    ("140121", "山西省", "清徐县"), ("330122", "浙江省", "桐庐县"), ("422822", "湖北省", "建始县"),
    ("210321", "辽宁省", "台安县"),
)

# Common surnames, most frequent first (weights fall off roughly like the census shares).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤易文彭欧")
SURNAMES = "".join(dict.fromkeys(SURNAMES))          # drop repeats, keep order
SURNAME_PICK = Weighted([(s, 1.0 / (rank + 2) ** 1.1) for rank, s in enumerate(SURNAMES)])

# Given-name characters by sex and generation (born before 1975 / from 1975 on).
GIVEN = {
    ("男", "old"): "建国军华明伟强勇平东志文斌林海波德福贵成富山龙荣金清祥永长忠兵学正春生光"
                   "全保安庆松柏桂友万顺发茂新民红卫仁义",
    ("男", "young"): "伟强磊杰涛超鹏飞浩宇博子轩豪晨阳凯俊鑫帅斌亮坤睿泽翔宁航旭辉毅浩然文杰志"
                     "宏峰明阳健康",
    ("女", "old"): "秀英华兰芳玉珍梅红丽凤桂萍艳琴云霞春花菊香翠莲美娥素贞淑珠金银彩月冬",
    ("女", "young"): "丽敏静燕霞娟芳婷雪慧娜丹倩颖洁欣怡佳琳璐晶萌悦雯瑶蕾薇莉梦思雨婉露涵诗",
}

TOWNSHIP_WORDS = (
    "红星", "青山", "白沙", "石门", "龙潭", "花桥", "云湖", "河口", "梅林", "锦石", "新桥", "长岭",
    "东山", "金坪", "杨柳", "双河", "黄龙", "清水", "松柏", "高桥", "大坪", "柳溪", "茶园", "凤凰",
    "樟树", "石塘", "永兴", "太平",
)
VILLAGE_WORDS = (
    "石桥", "白沙", "龙泉", "桃花", "杨柳", "青山", "新塘", "长岭", "金竹", "马鞍", "双河", "高峰",
    "黄泥", "枫树", "梅林", "松柏", "荷叶", "大塘", "水口", "烟竹", "红旗", "东风", "和平", "光明",
    "胜利", "新民", "团结", "前进", "先锋", "五星", "向阳", "民主", "群力", "永丰", "太平", "兴隆",
    "广福", "狮子", "凤凰", "鹤岭", "柏树", "竹山", "茶园", "桂花", "樟树", "白果", "石塘", "峡山",
    "龙口", "清泉", "沙洲", "河西", "湖田", "古塘", "中和", "合心", "金星", "响水", "花园", "新华",
)
VILLAGE_CLAN_SUFFIXES = ("家", "家湾", "家坪", "家冲", "家桥", "家塘", "家山")
CLAN_SURNAMES = "李王张刘陈杨黄赵吴周徐胡罗谢唐彭曾肖邓谭"
COMMUNITY_WORDS = (
    "红旗", "幸福", "向阳", "解放", "新华", "建设", "朝阳", "和平", "人民", "繁荣", "东街", "西街",
    "南街", "北街", "中心", "长安", "滨河", "文化", "桥头", "迎宾", "光华", "育才", "振兴", "友谊",
    "东门", "西门", "南门", "北门", "新街", "老街", "河东", "河西", "车站", "工农", "兴业", "团结",
    "花园", "金桥", "荷塘", "龙山",
)   # ≥ 36: each of 18 townships has at most two communities
STREETS = ("人民路", "建设路", "解放街", "新华街", "向阳路", "幸福巷", "中心街", "滨河路", "文化路")
ENTERPRISES = ("农业发展有限公司", "建材有限公司", "茶业专业合作社", "食品有限公司", "竹木制品有限公司")

ETHNIC_MINORITIES = Weighted((("土家族", 20), ("苗族", 15), ("侗族", 8), ("瑶族", 7), ("回族", 5),
                              ("满族", 3), ("壮族", 2), ("蒙古族", 1), ("白族", 1)))
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                  "153", "155", "156", "157", "158", "159", "173", "177", "180", "181", "182", "183",
                  "185", "186", "187", "188", "189", "191", "198", "199")
CITIES = ("广东省深圳市", "广东省广州市", "广东省东莞市", "广东省佛山市", "浙江省杭州市", "浙江省宁波市",
          "江苏省苏州市", "上海市", "北京市", "福建省厦门市", "湖北省武汉市", "四川省成都市")
DISTRICTS = ("城东", "城西", "高新区", "经开区", "新城")

# Age bands ((low, high), weight) per kind of unit: villages are markedly older.
AGE_MIX = {
    "village": Weighted((((20, 30), 5), ((31, 40), 9), ((41, 50), 14), ((51, 60), 22), ((61, 70), 25),
                         ((71, 80), 17), ((81, 95), 8))),
    "community": Weighted((((20, 30), 9), ((31, 40), 14), ((41, 50), 18), ((51, 60), 20),
                           ((61, 70), 20), ((71, 80), 13), ((81, 93), 6))),
    "organ": Weighted((((23, 30), 18), ((31, 40), 30), ((41, 50), 30), ((51, 59), 22))),
    "retired": Weighted((((60, 70), 45), ((71, 80), 38), ((81, 92), 17))),
}
WOMEN_SHARE = {"village": 0.24, "community": 0.45, "organ": 0.42, "retired": 0.3}
EDUCATION_BY_BIRTH = (   # (born before, education mix)
    (1950, Weighted((("小学", 50), ("初中", 28), ("高中", 10), ("其他", 12)))),
    (1966, Weighted((("小学", 30), ("初中", 45), ("高中", 19), ("中等专科", 6)))),
    (1981, Weighted((("初中", 42), ("高中", 30), ("中等专科", 10), ("大学专科", 12), ("大学本科", 6)))),
    (1996, Weighted((("初中", 18), ("高中", 24), ("中等专科", 10), ("大学专科", 27), ("大学本科", 21)))),
    (9999, Weighted((("高中", 14), ("大学专科", 36), ("大学本科", 45), ("研究生", 5)))),
)
WORK_START_AGE = {"研究生": (25, 27), "大学本科": (22, 23), "大学专科": (20, 22), "中等专科": (18, 20)}
ORGAN_EDUCATION = Weighted((("大学本科", 58), ("大学专科", 25), ("研究生", 9), ("中等专科", 8)))
COMMUNITY_JOBS = Weighted((("其他职业人员", 35), ("工人（工勤技能人员）", 22),
                           ("企事业单位、社会组织管理人员", 14), ("企事业单位、社会组织专业技术人员", 12),
                           ("农牧渔民", 17)))
VILLAGE_JOBS = Weighted((("农牧渔民", 70), ("工人（工勤技能人员）", 10), ("其他职业人员", 9),
                         ("企事业单位、社会组织管理人员", 6), ("企事业单位、社会组织专业技术人员", 5)))
CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 35 → 三十五 (1..99)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return CN_DIGITS[ones]
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


# ----- dates ------------------------------------------------------------------------------------

def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:            # 29 February
        return day.replace(year=day.year + years, day=28)


def _between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A random day in [first, last] (first if the range is empty)."""
    span = (last - first).days
    return first + dt.timedelta(days=_rint(rng, 0, span)) if span > 0 else first


def _uuid(rng: random.Random) -> str:
    """A version-4 uuid from the rng, as hex: the same as uuid.UUID(int=…, version=4).hex."""
    return f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"


# ----- the context passed from step to step -----------------------------------------------------

@dataclass
class Branch:
    """A 党支部 or 联合党支部 where members are registered, and what the generator knows of it."""

    row: dict                         # its org_unit row
    setting: str                      # village | community | organ | retired (age/occupation mix)
    size: int                         # members to make (all statuses)
    place: str                        # village/community/township name, for addresses
    occupation: str = ""              # fixed occupation for organ branches
    clan: str = ""                    # the village's common surname (李家村 → 李)
    zus: tuple[int, ...] = ()         # residential 组 numbers this branch covers (villages)
    groups: list[dict] = field(default_factory=list)   # its 党小组 rows
    tiny: bool = False                # the deliberately too-small joint branch
    no_committee: bool = False        # ≥7 full members but no committee (rule example)
    overdue: int = 0                  # probationary members whose year is over (rule example)

    @property
    def uuid(self) -> str:
        return self.row["uuid"]


@dataclass
class Person:
    """A generated member: the row to store and the dates the later steps need."""

    row: dict
    branch: Branch
    birth: dt.date
    join: dt.date
    events: list[dict] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.row["status"] == codes.ACTIVE


@dataclass
class DemoContext:
    store: Store
    scale: str
    seed: int
    today: dt.date
    area: tuple[str, str, str] = AREAS[0]           # (code, province, county) of the home county
    root_uuid: str = ""
    orgs: list[dict] = field(default_factory=list)  # org_unit rows, parents before children
    branches: list[Branch] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    report: Callable[[float], None] = lambda fraction: None

    def rng(self, step: str) -> random.Random:
        """The random source of one step; independent of every other step."""
        return random.Random(f"djdesk-demo:{self.seed}:{step}")

    @property
    def native_place(self) -> str:
        return self.area[1] + self.area[2]

    @property
    def members(self) -> list[dict]:
        """The member rows (after ``write``: as stored)."""
        return [p.row for p in self.people]


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[DemoContext], None]
    weight: int = 1                   # share of the progress bar


# ----- step 1: the org tree ---------------------------------------------------------------------

def _org(ctx: DemoContext, rng: random.Random, parent: dict | None, kind: str, name: str,
         code: str = "", sort_order: int = 0, note: str = "") -> dict:
    uuid = _uuid(rng)
    row = {"uuid": uuid, "org_uuid": uuid, "parent_uuid": parent["uuid"] if parent else None,
           "kind": kind, "name": name, "code": code, "sort_order": sort_order, "committee_size": 0,
           "committee_elected_on": None, "note": note}
    ctx.orgs.append(row)
    return row


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """Split a number of members over branches, unevenly, none tiny and none over 50."""
    weights = [rng.uniform(0.75, 1.25) for _ in range(parts)]
    sizes = [min(50, max(8, round(total * w / sum(weights)))) for w in weights]
    while sum(sizes) != total:
        i = rng.randrange(parts)
        step = 1 if sum(sizes) < total else -1
        if 8 <= sizes[i] + step <= 50:
            sizes[i] += step
    return sizes


SIZE_CLASSES = ((10, 50), (51, 99), (100, 230))   # one branch | 党总支 | 党委


def _fit(rng: random.Random, sizes: list[int], target: int) -> list[int]:
    """Scale village sizes to add up to target exactly, each staying in its size class."""
    bounds = [next(c for c in SIZE_CLASSES if s <= c[1]) for s in sizes]
    if not sum(b[0] for b in bounds) <= target <= sum(b[1] for b in bounds):
        bounds = [(10, 10_000)] * len(sizes)
    factor = target / sum(sizes)
    sizes = [min(hi, max(lo, round(s * factor))) for s, (lo, hi) in zip(sizes, bounds)]
    while sum(sizes) != target:
        i = rng.randrange(len(sizes))
        step = 1 if sum(sizes) < target else -1
        if bounds[i][0] <= sizes[i] + step <= bounds[i][1]:
            sizes[i] += step
    return sizes


def _village_names(rng: random.Random, count: int) -> list[str]:
    clan = [f"{s}{suffix}村" for s in CLAN_SURNAMES for suffix in VILLAGE_CLAN_SUFFIXES]
    words = [f"{w}村" for w in VILLAGE_WORDS]
    # about half of the names from each pool while it lasts
    rng.shuffle(clan)
    rng.shuffle(words)
    names = []
    while len(names) < count:
        pool = words if (rng.random() < 0.5 and words) or not clan else clan
        names.append(pool.pop())
    return names


MEMBER_TARGET = {"township": 450, "county": 20_000}      # members of all statuses
ORGAN_SIZES = {"机关": (18, 32), "学校": (9, 24), "卫生院": (6, 14), "离退休": (14, 30), "企业": (5, 12)}


def _township_plan(ctx: DemoContext, rng: random.Random) -> list[dict]:
    """Per township: its name word, village sizes, whether it has a tiny village, organ branches."""
    if ctx.scale == "township":
        # a fixed mix so the one township shows every structure: one 党委 village, one 党总支
        # village, ten single-branch villages (the largest becomes the seat community) and a tiny one
        base = [13, 18, 22, 26, 29, 33, 37, 41, 46, 58, 104]
        sizes = [round(s * rng.uniform(0.9, 1.1)) for s in base]
        sizes = [min(50, s) if b <= 50 else max(51, min(99, s)) if b < 100 else max(100, s)
                 for s, b in zip(sizes, base)]     # jitter, but keep each village's structure
        plans = [{"word": rng.choice(TOWNSHIP_WORDS), "sizes": sizes, "tiny": True, "organs": ("机关",)}]
    else:
        counts = [11] * 18
        for i in rng.sample(range(18), 2):
            counts[i] += 1                                   # 200 villages and communities
        for i in range(0, 18, 2):                            # some bigger, some smaller
            shift = rng.choice((0, 1, 2))
            counts[i] += shift
            counts[i + 1] -= shift
        plans = []
        for t, (word, count) in enumerate(zip(rng.sample(TOWNSHIP_WORDS, 18), counts)):
            tiny = t == 0 or rng.random() < 0.3
            sizes = []
            for _ in range(count - tiny):
                r = rng.random()
                if r < 0.22:
                    sizes.append(round(rng.triangular(12, 50, 38)))
                elif r < 0.65:
                    sizes.append(round(rng.triangular(51, 99, 75)))
                else:
                    sizes.append(round(rng.triangular(100, 190, 120)))
            organs = ("机关", "学校", "卫生院") + tuple(o for o in ("离退休", "企业") if rng.random() < 0.6)
            plans.append({"word": word, "sizes": sizes, "tiny": tiny, "organs": organs})
    for plan in plans:
        plan["organ_sizes"] = [rng.randint(*ORGAN_SIZES[o]) for o in plan["organs"]]
        plan["tiny_size"] = rng.randint(3, 4) if plan["tiny"] else 0
    # scale the villages so the whole comes to the target exactly
    fixed = sum(sum(p["organ_sizes"]) + p["tiny_size"] for p in plans)
    flat = _fit(rng, [s for p in plans for s in p["sizes"]], MEMBER_TARGET[ctx.scale] - fixed)
    for p in plans:
        p["sizes"], flat = flat[:len(p["sizes"])], flat[len(p["sizes"]):]
    return plans


def build_orgs(ctx: DemoContext) -> None:
    rng = ctx.rng("orgs")
    ctx.area = rng.choice(AREAS)
    code, _, county = ctx.area
    plans = _township_plan(ctx, rng)
    county_row = None
    if ctx.scale == "county":
        county_row = _org(ctx, rng, None, "county", f"{county}委组织部", code)
        ctx.root_uuid = county_row["uuid"]
    n_villages = sum(len(p["sizes"]) + p["tiny"] for p in plans)
    village_names = _village_names(rng, n_villages)
    community_words = rng.sample(COMMUNITY_WORDS, len(COMMUNITY_WORDS))
    town_seq = {"镇": 100, "乡": 200}
    for t, plan in enumerate(plans):
        suffix = "镇" if rng.random() < 0.6 else "乡"
        town_seq[suffix] += 1
        town = plan["word"] + suffix
        township = _org(ctx, rng, county_row, "township", f"{town}党委",
                        f"{code[3:]}{town_seq[suffix]:03d}", t + 1)
        if not ctx.root_uuid:
            ctx.root_uuid = township["uuid"]
        _organ_branches(ctx, rng, township, town, plan)
        villages = [(size, False) for size in plan["sizes"]]
        rng.shuffle(villages)
        if plan["tiny"]:
            villages.insert(rng.randrange(len(villages) + 1), (plan["tiny_size"], True))
        # the township seat: one community (a 镇 sometimes two), mid-sized
        mid = sorted(range(len(villages)), key=lambda i: abs(villages[i][0] - 45))
        n_comm = 2 if suffix == "镇" and ctx.scale == "county" and rng.random() < 0.3 else 1
        communities = {i for i in mid if not villages[i][1]}
        communities = sorted(communities, key=mid.index)[:n_comm]
        order = communities + [i for i in range(len(villages)) if i not in communities]
        comm_no, vil_no = 0, 200
        for sort, i in enumerate(order, start=10):
            size, tiny = villages[i]
            if i in communities:
                comm_no += 1
                name, kind, vcode = f"{community_words.pop()}社区", "community", f"{comm_no:03d}"
            else:
                vil_no += 1
                name, kind, vcode = village_names.pop(), "village", f"{vil_no:03d}"
            village = _org(ctx, rng, township, kind, name, vcode, sort)
            _village_orgs(ctx, rng, village, size, tiny)
        _pick_rule_examples(ctx, rng, township, first=t == 0)
        ctx.report((t + 1) / len(plans))


def _organ_branches(ctx: DemoContext, rng: random.Random, township: dict, town: str, plan: dict) -> None:
    specs = {
        "机关": (f"{town}机关党支部", "organ", "党政机关工作人员"),
        "学校": (f"{town}中心学校党支部", "organ", "企事业单位、社会组织专业技术人员"),
        "卫生院": (f"{town}卫生院党支部", "organ", "企事业单位、社会组织专业技术人员"),
        "离退休": (f"{town}离退休干部党支部", "retired", "离退休人员"),
        "企业": (f"{plan['word']}{rng.choice(ENTERPRISES)}党支部", "organ", "企事业单位、社会组织管理人员"),
    }
    for sort, (organ, size) in enumerate(zip(plan["organs"], plan["organ_sizes"]), start=1):
        name, setting, occupation = specs[organ]
        row = _org(ctx, rng, township, "branch", name, "", sort)
        ctx.branches.append(Branch(row, setting, size, town, occupation=occupation))


def _village_orgs(ctx: DemoContext, rng: random.Random, village: dict, size: int, tiny: bool) -> None:
    name, setting = village["name"], village["kind"]
    clan = name[0] if setting == "village" and name[1:2] == "家" else ""
    zus = list(range(1, rng.randint(6, 16) + 1))
    if tiny:
        row = _org(ctx, rng, village, "joint_branch", f"{name}联合党支部", "01", 1,
                   "由本村与村办企业、农民专业合作社联合组建")
        ctx.branches.append(Branch(row, setting, size, name, clan=clan, zus=tuple(zus), tiny=True))
        return
    if size <= 50:
        parent, parts, label = village, [size], None
    elif size < 100:
        parent = _org(ctx, rng, village, "general_branch", f"{name}党总支", "01", 1)
        low = max(2, math.ceil(size / 40))
        parts, label = _split(rng, size, rng.randint(low, max(low, min(4, size // 17)))), "党支部"
    else:
        parent = _org(ctx, rng, village, "party_committee", f"{name}党委", "01", 1)
        parts, label = _split(rng, size, max(3, math.ceil(size / 42))), "党支部"
    per = max(1, len(zus) // len(parts))
    for i, part in enumerate(parts):
        branch_name = f"{name}党支部" if label is None else f"{name}第{cn_number(i + 1)}{label}"
        row = _org(ctx, rng, parent, "branch", branch_name, f"{i + 1:02d}", i + 1)
        covers = zus[i * per:(i + 1) * per] if i < len(parts) - 1 else zus[i * per:]
        ctx.branches.append(Branch(row, setting, part, name, clan=clan, zus=tuple(covers or zus[-1:])))


def _pick_rule_examples(ctx: DemoContext, rng: random.Random, township: dict, first: bool) -> None:
    """Mark a few branches of this township to show the rule warnings (always in the first)."""
    village_uuids = {o["uuid"] for o in ctx.orgs
                     if o["parent_uuid"] == township["uuid"] and o["kind"] in ("village", "community")}
    parents = {o["uuid"]: o["parent_uuid"] for o in ctx.orgs}

    def in_township(b: Branch) -> bool:
        uuid = b.uuid
        while uuid and uuid not in village_uuids:
            uuid = parents.get(uuid)
        return bool(uuid)

    local = [b for b in ctx.branches if b.setting in ("village", "community") and in_township(b)]
    normal = [b for b in local if not b.tiny and 12 <= b.size <= 45]
    if normal and (first or rng.random() < 0.3):
        rng.choice(normal).no_committee = True
    candidates = [b for b in local if not b.tiny]
    for b in rng.sample(candidates, min(len(candidates), 2 if first else int(rng.random() < 0.5))):
        b.overdue = 1


# ----- step 2: party groups --------------------------------------------------------------------

def make_groups(ctx: DemoContext) -> None:
    """党小组 under branches with 15 or more members (before people, who are placed in them)."""
    rng = ctx.rng("groups")
    for branch in ctx.branches:
        if branch.size < 15:
            continue
        count = min(5, max(2, round(branch.size / 11)))
        for i in range(count):
            uuid = _uuid(rng)
            row = {"uuid": uuid, "org_uuid": uuid, "parent_uuid": branch.uuid, "kind": "group",
                   "name": f"第{cn_number(i + 1)}党小组", "code": "", "sort_order": i + 1,
                   "committee_size": 0, "committee_elected_on": None, "note": ""}
            ctx.orgs.append(row)
            branch.groups.append(row)
    ctx.report(1.0)


# ----- step 3: the people -----------------------------------------------------------------------

class _IdNumbers:
    """Unique, valid ID numbers: area code, birth date, sequence (odd = male), check character."""

    def __init__(self) -> None:
        self.issued: set[str] = set()

    def make(self, rng: random.Random, area: str, birth: dt.date, gender: str) -> str:
        male = gender == "男"
        while True:
            seq = int(rng.random() * 499) * 2 + (1 if male else 2)        # 001..997 / 002..998
            body = f"{area}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number not in self.issued:
                self.issued.add(number)
                return number


def _name(rng: random.Random, gender: str, birth: dt.date, clan: str) -> str:
    surname = clan if clan and rng.random() < 0.35 else SURNAME_PICK.pick(rng)
    chars = GIVEN[(gender, "old" if birth.year < 1975 else "young")]
    single = rng.random() < (0.35 if 1975 <= birth.year < 1995 else 0.22)
    given = rng.choice(chars) if single else rng.choice(chars) + rng.choice(chars)
    if len(given) == 2 and given[0] == given[1] and gender == "男":
        given = given[0]              # 强强 is a nickname, not a registered name
    return surname + given


def _occupation(rng: random.Random, branch: Branch, age: int) -> str:
    if branch.occupation:
        if branch.setting == "organ" and age >= 60:
            return "离退休人员"
        return branch.occupation
    if branch.setting == "community":
        if age >= 60:
            return "离退休人员" if rng.random() < 0.6 else "其他职业人员"
        return COMMUNITY_JOBS.pick(rng)
    if age >= 60:
        return "离退休人员" if rng.random() < 0.12 else "农牧渔民"
    if age <= 24 and rng.random() < 0.2:
        return "学生"
    return VILLAGE_JOBS.pick(rng)


def _address(rng: random.Random, branch: Branch) -> str:
    if branch.setting == "village":
        return f"{branch.place}{cn_number(rng.choice(branch.zus))}组{_rint(rng, 1, 88)}号"
    street = rng.choice(STREETS)
    if branch.setting == "community" and rng.random() < 0.4:
        return (f"{branch.place}{street}{_rint(rng, 1, 60)}号{_rint(rng, 1, 8)}栋"
                f"{_rint(rng, 1, 6)}{_rint(rng, 1, 2):02d}室")
    return f"{branch.place}{street}{_rint(rng, 1, 120)}号"


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def make_people(ctx: DemoContext) -> None:
    """The members of every branch, each with the event that put them on the roll."""
    rng = ctx.rng("people")
    ids = _IdNumbers()
    today = ctx.today
    a_year_ago = add_years(today, -1)
    keys_cache: dict[str, tuple[str, str]] = {}
    other_areas = [a for a in AREAS if a != ctx.area]
    total = sum(b.size for b in ctx.branches) or 1
    done = 0
    for branch in ctx.branches:
        setting = branch.setting
        for k in range(branch.size):
            # Rule examples: the tiny joint branch has two elderly full members and one or two
            # middle-aged probationary men; an "overdue" branch gets a probationary member whose
            # year is over.
            tiny_full = branch.tiny and k < 2
            overdue = k < branch.overdue
            if branch.tiny:
                age = _rint(rng, 58, 84) if tiny_full else _rint(rng, 41, 55)
                gender = "男"
            elif overdue:
                age = _rint(rng, 23, 40)
                gender = "女" if rng.random() < 0.3 else "男"
            else:
                low, high = AGE_MIX[setting].pick(rng)
                age = _rint(rng, low, high)
                gender = "女" if rng.random() < WOMEN_SHARE[setting] else "男"
            birth = add_years(today, -age) - _days(_rint(rng, 1, 364))

            # Probationary members are the young ones developed within the last year.
            if branch.tiny:
                category = "正式" if tiny_full else "预备"
            elif overdue or age < 21 or (age <= 45 and rng.random() < 0.06):
                category = "预备"
            else:
                category = "正式"
            if category == "预备":
                join = today - _days(_rint(rng, 380, 470) if overdue else _rint(rng, 20, 340))
                conversion = None
            else:
                join_age = rng.triangular(19, 40 if setting == "organ" else 50, 24)
                join = birth + _days(int(join_age * 365.25))
                latest = a_year_ago - _days(1)
                if join > latest:
                    join = _between(rng, max(add_years(birth, 19), latest - _days(700)), latest)
                conversion = add_years(join, 1)           # probation: one year (RULES.md §4)
            apply_ = max(join - _days(_rint(rng, 400, 1300)), add_years(birth, 18) + _days(1))
            if join.year < 1980 and rng.random() < 0.3:
                apply_ = None                             # old records often lack it

            occupation = _occupation(rng, branch, age)
            if setting == "organ":
                education = ORGAN_EDUCATION.pick(rng)
            elif occupation == "学生":
                education = "大学本科" if rng.random() < 0.6 else "大学专科"
            else:
                education = next(mix for year, mix in EDUCATION_BY_BIRTH if birth.year < year).pick(rng)
            work_start = None
            if occupation not in ("农牧渔民", "学生"):
                first_job = WORK_START_AGE.get(education, (17, 21))
                work_start = min(add_years(birth, _rint(rng, *first_job)) + _days(_rint(rng, 0, 300)), today)

            transfer_in = category == "正式" and not branch.tiny and rng.random() < 0.07
            area = rng.choice(other_areas) if transfer_in and rng.random() < 0.5 else ctx.area
            ethnicity = "汉族" if rng.random() < 0.94 else ETHNIC_MINORITIES.pick(rng)
            name = _name(rng, gender, birth, branch.clan)
            keys = keys_cache.get(name)
            if keys is None:
                keys = keys_cache[name] = pinyin.keys(name)
            phone = ""
            if rng.random() < (0.96 if age < 75 else 0.7 if age < 85 else 0.4):
                phone = rng.choice(PHONE_PREFIXES) + f"{int(rng.random() * 10**8):08d}"
            flowing = (setting in ("village", "community") and 20 <= age <= 55 and category == "正式"
                       and rng.random() < (0.16 if age < 40 else 0.07))
            flowing_since = None
            if flowing:
                flowing_since = _between(rng, max(add_years(today, -8), add_years(birth, 18)),
                                         today - _days(90))
            hardship = setting != "organ" and rng.random() < (0.06 if age >= 60 else 0.015)
            infirm = rng.random() < (0.4 if age >= 80 else 0.12 if age >= 70 else 0.0)
            note = "退役军人" if gender == "男" and rng.random() < 0.05 else ""
            group = None
            if branch.groups:
                groups = branch.groups
                if len(branch.zus) >= len(groups):      # a 党小组 covers neighbouring 组
                    group = groups[int(rng.random() * len(branch.zus)) * len(groups) // len(branch.zus)]
                else:
                    group = groups[k % len(groups)]
            row = {
                "uuid": _uuid(rng), "org_uuid": branch.uuid,
                "group_uuid": group["uuid"] if group else None,
                "name": name, "gender": gender, "ethnicity": ethnicity,
                "native_place": area[1] + area[2], "birth_date": birth.isoformat(),
                "id_number": ids.make(rng, area[0], birth, gender), "education": education,
                "occupation": occupation,
                "work_start_date": work_start.isoformat() if work_start else None,
                "apply_date": apply_.isoformat() if apply_ else None, "join_date": join.isoformat(),
                "conversion_date": conversion.isoformat() if conversion else None,
                "category": category, "party_post": "", "phone": phone, "address": _address(rng, branch),
                "is_flowing": int(flowing), "flowing_to": rng.choice(CITIES) if flowing else "",
                "flowing_since": flowing_since.isoformat() if flowing_since else None,
                "hardship": int(hardship), "elderly_infirm": int(infirm),
                "status": codes.ACTIVE, "status_date": None, "note": note,
                "name_initials": keys[0], "name_pinyin": keys[1],
            }
            person = Person(row, branch, birth, join)
            _first_event(ctx, rng, person, transfer_in)
            ctx.people.append(person)
        done += branch.size
        ctx.report(done / total)


def _first_event(ctx: DemoContext, rng: random.Random, person: Person, transfer_in: bool) -> None:
    """入册 on the join date, or 转入 later from a branch elsewhere."""
    if not transfer_in:
        _event(rng, person, "入册", person.join, None)
        return
    day = _between(rng, person.join + _days(30), ctx.today - _days(30))
    place = person.row["native_place"]
    if place == ctx.native_place:
        other = rng.choice([a for a in AREAS if a != ctx.area])
        place = other[1] + other[2]
    r = rng.random()
    if r < 0.6:
        counterpart = f"{place}{rng.choice(TOWNSHIP_WORDS)}镇{rng.choice(VILLAGE_WORDS)}村党支部"
    elif r < 0.9:
        counterpart = f"{rng.choice(CITIES)}{rng.choice(DISTRICTS)}{rng.choice(COMMUNITY_WORDS)}社区党委"
    else:
        counterpart = "中国人民解放军某部队党支部"
    _event(rng, person, "转入", day, None, counterpart=counterpart, note="持组织关系介绍信转入")


def _event(rng: random.Random, person: Person, kind: str, day: dt.date, from_status: str | None,
           counterpart: str = "", reason: str = "", note: str = "") -> None:
    """A status event, and the member's status and status date that follow from it."""
    to_status = codes.EVENT_KINDS.get(kind, codes.ACTIVE)       # 入册 → 在册
    person.events.append({
        "uuid": _uuid(rng), "org_uuid": person.branch.uuid, "member_uuid": person.row["uuid"],
        "event_date": day.isoformat(), "kind": kind, "from_status": from_status, "to_status": to_status,
        "counterpart": counterpart, "reason": reason, "note": note})
    person.row["status"] = to_status
    person.row["status_date"] = day.isoformat()


# ----- step 4: later status events --------------------------------------------------------------

def make_history(ctx: DemoContext) -> None:
    """A few members died, moved away or lost contact (停止党籍) in the last years."""
    rng = ctx.rng("history")
    today = ctx.today
    n = len(ctx.people)
    eligible = [p for p in ctx.people if not p.branch.tiny and p.row["category"] == "正式"]
    taken: set[int] = set()

    def pick(candidates: list[Person], count: int) -> list[Person]:
        candidates = [p for p in candidates if id(p) not in taken]
        chosen = rng.sample(candidates, min(count, len(candidates)))
        taken.update(id(p) for p in chosen)
        return chosen

    def last_event(p: Person) -> dt.date:
        return dt.date.fromisoformat(p.events[-1]["event_date"])

    three_years = add_years(today, -3)
    for p in pick([p for p in eligible if today.year - p.birth.year >= 72], max(1, round(n * 0.012))):
        day = _between(rng, max(last_event(p), three_years), today - dt.timedelta(days=1))
        _event(rng, p, "去世", day, codes.ACTIVE, note="因病去世")
    movers = [p for p in eligible if 22 <= today.year - p.birth.year <= 55 and not p.row["is_flowing"]]
    for p in pick(movers, max(1, round(n * 0.008))):
        day = _between(rng, max(last_event(p), three_years), today - dt.timedelta(days=1))
        target = (f"{rng.choice(CITIES)}{rng.choice(DISTRICTS)}{rng.choice(COMMUNITY_WORDS)}社区党委"
                  if rng.random() < 0.7 else
                  f"{ctx.native_place}{rng.choice(TOWNSHIP_WORDS)}镇{rng.choice(VILLAGE_WORDS)}村党支部")
        _event(rng, p, "转出", day, codes.ACTIVE, counterpart=target, note="随家属迁居")
    lost = [p for p in eligible if p.row["is_flowing"]
            and p.row["flowing_since"] <= add_years(today, -1).isoformat()]
    for p in pick(lost, max(1, round(n * 0.002))):
        first = max(last_event(p), dt.date.fromisoformat(p.row["flowing_since"]) + dt.timedelta(days=200))
        day = _between(rng, first, today - dt.timedelta(days=1))
        _event(rng, p, "停止党籍", day, codes.ACTIVE, note="外出流动后与党组织失去联系超过六个月")
    ctx.report(1.0)


# ----- step 5: committees, elections, posts --------------------------------------------------------

def _election_year(today: dt.date) -> int:
    """The year of the last village/community election (2021, 2026 … — every five years)."""
    year = today.year - (today.year - 2021) % 5
    return year if dt.date(year, 7, 1) <= today - dt.timedelta(days=30) else year - 5


def make_committees(ctx: DemoContext) -> None:
    rng = ctx.rng("committees")
    today = ctx.today
    by_uuid = {o["uuid"]: o for o in ctx.orgs}
    year = _election_year(today)
    low, high = today - dt.timedelta(days=5 * 365 - 30), today - dt.timedelta(days=30)

    def clamp(day: dt.date) -> dt.date:
        return min(max(day, low), high)

    # one election season per township; a few committees a term behind (rule example)
    season = {}
    stale_year = year - 3
    while dt.date(stale_year, 12, 31) >= add_years(today, -5):
        stale_year -= 1
    party_orgs = [o for o in ctx.orgs if o["kind"] in codes.PARTY_ORG_KINDS]
    in_village = {}
    for o in party_orgs:
        up = by_uuid.get(o["parent_uuid"])
        while up and up["kind"] not in ("village", "community", "township"):
            up = by_uuid.get(up["parent_uuid"])
        in_village[o["uuid"]] = up if up and up["kind"] in ("village", "community") else None
    townships = [o for o in ctx.orgs if o["kind"] == "township"]
    for t in townships:
        season[t["uuid"]] = dt.date(year, rng.randint(3, 5), rng.randint(1, 28))
    village_orgs = [o for o in party_orgs if in_village[o["uuid"]]]
    stale = set()
    for t_index, t in enumerate(townships):
        mine = [o for o in village_orgs if in_village[o["uuid"]]["parent_uuid"] == t["uuid"]]
        count = rng.randint(1, 2) if t_index == 0 else int(rng.random() < 0.5)
        stale.update(o["uuid"] for o in rng.sample(mine, min(count, len(mine))))

    for o in party_orgs:
        village = in_village[o["uuid"]]
        if village is None:                        # township units: 3-year terms
            o["committee_elected_on"] = _between(rng, add_years(today, -3) + dt.timedelta(days=60),
                                                 high).isoformat()
        elif o["uuid"] in stale:
            o["committee_elected_on"] = dt.date(stale_year, rng.randint(3, 6), rng.randint(1, 28)).isoformat()
        else:
            start = season[village["parent_uuid"]]
            o["committee_elected_on"] = clamp(start + dt.timedelta(days=rng.randint(0, 40))).isoformat()
        if o["kind"] == "general_branch":
            o["committee_size"] = 5
        elif o["kind"] == "party_committee":
            o["committee_size"] = rng.choice((5, 7))

    by_branch: dict[str, list[Person]] = {}
    for p in ctx.people:
        by_branch.setdefault(p.branch.uuid, []).append(p)
    for branch in ctx.branches:
        people = by_branch.get(branch.uuid, [])
        active = [p for p in people if p.active]
        full = [p for p in active if p.row["category"] == "正式"]
        size = 0
        if len(full) >= 7 and not branch.no_committee:
            size = 3 if len(full) < 20 else rng.choice((3, 5, 5))
        branch.row["committee_size"] = size
        if size == 0 and len(full) >= 7:
            branch.row["note"] = "支部委员会尚未选举产生"
        # posts: the secretary and committee members among the active full members of working age
        posts = ["书记"] + (["副书记", "组织委员", "宣传委员", "纪检委员"] if size == 5 else
                            ["组织委员", "宣传委员"] if size == 3 else ["副书记"] if len(full) >= 5 else [])
        able = [p for p in full if 28 <= today.year - p.birth.year <= 66 and not p.row["is_flowing"]]
        able = able or full
        for person, post in zip(rng.sample(able, min(len(able), len(posts))), posts):
            person.row["party_post"] = post
        for group in branch.groups:
            leaders = [p for p in active if p.row["group_uuid"] == group["uuid"] and not p.row["party_post"]
                       and p.row["category"] == "正式" and today.year - p.birth.year <= 75]
            if leaders:
                rng.choice(leaders).row["party_post"] = "党小组组长"
    ctx.report(1.0)


# ----- step 6: writing the roster ---------------------------------------------------------------

def write_roster(ctx: DemoContext) -> None:
    store = ctx.store
    events = [e for p in ctx.people for e in p.events]
    total = len(ctx.orgs) + len(ctx.people) + len(events)
    done = 0
    for table, rows in (("org_unit", ctx.orgs), ("member", [p.row for p in ctx.people]),
                        ("member_event", events)):
        for start in range(0, len(rows), 5000):
            chunk = rows[start:start + 5000]
            store.insert_many(table, chunk)
            done += len(chunk)
            ctx.report(done / total)


# The generator, in order. Later issues append steps (meetings, dues, assets) after "write".
from djdesk.core import demo_meetings  # noqa: E402  (here, not on top: it uses the helpers above)
from djdesk.core import demo_sites  # noqa: E402
from djdesk.core import demo_dues  # noqa: E402

STEPS: tuple[Step, ...] = (
    Step("orgs", build_orgs, 1),
    Step("groups", make_groups, 1),
    Step("people", make_people, 10),
    Step("history", make_history, 1),
    Step("committees", make_committees, 2),
    Step("write", write_roster, 6),
    Step("meetings", lambda ctx: demo_meetings.make_meetings(ctx), 10),
    # DUES-DEMO
    Step("dues", lambda ctx: demo_dues.make_dues(ctx), 4),
    # SITES-DEMO
    Step("sites", lambda ctx: demo_sites.make_sites(ctx), 2),
)


def create_demo(path, scale: str = "township", seed: int = 1, progress: Progress = NO_PROGRESS,
                today: dt.date | None = None) -> Store:
    """Make a new database at path filled with demo data and return it open.

    Refuses an existing file. On cancel (``Cancelled`` from ``progress``) or any error the new file
    is removed again."""
    if scale not in SCALES:
        raise UserError(f"未知的示例数据规模“{scale}”，可选：{'、'.join(SCALES)}")
    path = Path(path)
    if path.exists():
        raise UserError(f"文件 {path} 已存在，为避免覆盖数据，请换一个文件名。")
    store = Store.open(path, create=True)
    try:
        ctx = DemoContext(store, scale, seed, today or dt.date.today())
        total = sum(s.weight for s in STEPS) * 1000
        done = 0
        progress.step(0, total)
        cache_size = store.scalar("PRAGMA cache_size")
        store.conn.execute("PRAGMA cache_size = -65536")     # 64 MB while bulk inserting: ~25 % faster
        with store.transaction():
            for step in STEPS:
                def report(fraction: float, base: int = done, weight: int = step.weight) -> None:
                    progress.step(base + int(weight * 1000 * min(1.0, fraction)), total)
                ctx.report = report
                step.run(ctx)
                done += step.weight * 1000
            store.set_meta("role", "county" if scale == "county" else "township")
            store.set_meta("scope_org_uuid", ctx.root_uuid)
            store.set_meta("demo", "1")
            store.set_meta("demo_scale", scale)
            store.set_meta("demo_seed", str(seed))
        store.conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        progress.step(total, total)
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store
