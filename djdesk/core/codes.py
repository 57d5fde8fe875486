"""Code lists used by the roster (RULES.md §5). Values are stored as their Chinese labels,
which is what clerks type, print and read in their Excel sheets."""

from __future__ import annotations

GENDERS = ("男", "女")

# GB/T 3304-1991, in code order 01..56.
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)

# GB/T 4658-2006 top levels; only 研究生 is confirmed, so the list stays editable (RULES.md §5).
EDUCATIONS = ("研究生", "大学本科", "大学专科", "中等专科", "高中", "初中", "小学", "其他")

# Party statistics occupation categories (RULES.md §5).
OCCUPATIONS = (
    "工人（工勤技能人员）", "农牧渔民", "企事业单位、社会组织专业技术人员", "企事业单位、社会组织管理人员",
    "党政机关工作人员", "学生", "其他职业人员", "离退休人员",
)

CATEGORIES = ("正式", "预备")

# Current status of a member; a change is always a member_event (never a silent overwrite).
ACTIVE = "在册"
STATUSES = (ACTIVE, "转出", "去世", "出党", "停止党籍")

# Status events: kind -> status it leads to. 转入 and 恢复党籍 bring a member (back) onto the roll.
EVENT_KINDS = {
    "转入": ACTIVE,
    "恢复党籍": ACTIVE,
    "转出": "转出",
    "去世": "去世",
    "出党": "出党",
    "停止党籍": "停止党籍",
}
# Ways of leaving the Party (RULES.md §5), the reason recorded with an 出党 event.
LEAVING_REASONS = ("开除党籍", "除名", "劝退", "退党", "自行脱党除名")

# Age bands of the Party statistics (RULES.md §5): (label, min age, max age inclusive).
AGE_BANDS = (
    ("30岁及以下", 0, 30), ("31-35岁", 31, 35), ("36-40岁", 36, 40), ("41-45岁", 41, 45),
    ("46-50岁", 46, 50), ("51-55岁", 51, 55), ("56-60岁", 56, 60), ("61岁及以上", 61, 200),
)

# Org unit kinds, their labels, and which kinds may sit under which (RULES.md §3).
ORG_KINDS = {
    "county": "县委组织部",
    "township": "乡镇党委",
    "village": "村",
    "community": "社区",
    "party_committee": "基层党委",
    "general_branch": "党总支",
    "branch": "党支部",
    "joint_branch": "联合党支部",
    "group": "党小组",
}
PARTY_ORG_KINDS = ("party_committee", "general_branch", "branch", "joint_branch")
BRANCH_KINDS = ("branch", "joint_branch")          # where members are registered
ALLOWED_CHILDREN = {
    None: ("county", "township", "village", "community"),
    "county": ("township",),
    "township": ("village", "community", *PARTY_ORG_KINDS),
    "village": PARTY_ORG_KINDS,
    "community": PARTY_ORG_KINDS,
    "party_committee": ("general_branch", "branch", "joint_branch"),
    "general_branch": ("branch", "joint_branch"),
    "branch": ("group",),
    "joint_branch": ("group",),
    "group": (),
}
