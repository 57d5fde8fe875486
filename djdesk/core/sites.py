"""活动场所: a village's activity sites, their rooms, assets, movements, stocktakes and the
remote-education registers (issue #5, RULES.md §7).

Everything here belongs to one village (or community) org unit: a site's ``org_uuid`` is the
village, and so is the ``org_uuid`` of its rooms, funding lines, assets, asset events, stocktakes
and register entries, so a USB package can carry one village's site whole. Money is integer fen;
areas are m² with two decimals.

The public API in brief (every write is one transaction, through ``Store.insert``/``update``, so
the audit log says who did what; functions take plain dicts of field values)::

    village_of(store, org)                       -> the village/community org an org lies in
    save_site(store, values, uuid=None)          -> site uuid   (check_site: problems by field)
    sites_of(store, org) / get_site(store, uuid)
    add_funding / funding(store, site) / remove_funding
    save_room(store, site, values, uuid=None) / rooms(store, site) / remove_room
    add_photo / photos / remove_photo            (attachments of a site or an asset)

    next_asset_no(store, village)                -> the number the next asset will get
    add_asset(store, site, values, ...)          -> asset uuid, with its 登记 event
    remove_mistaken_asset(store, uuid)           -> only a line nothing happened to yet
    update_asset(store, uuid, values, ...)       -> descriptive fields; a 更正 event says what changed
    move_asset / repair_asset / set_condition / dispose_asset   -> each one asset_event
    get_asset / asset_history / find_asset(store, code, village=…)   (a label code as a scanner types it)
    list_assets(store, AssetFilter) / asset_totals(rows) -> AssetTotals (count, value, by category/source)

    start_stocktake / stocktake_lines / record_count / record_scan / find_line
    stocktake_progress / discrepancies / close_stocktake / apply_adjustments

    registers(settings) / add_log_entry / log_entries / remote_education_month
    village_summary(store, village) / township_summary(store, org)   (for township roll-ups)
    site_warnings(store, org, settings)           -> rules.RuleWarning list (area minimum, registers)

Rules kept: an asset number is given once per village and never again (not after a disposal,
not after a mistaken line is removed); an asset's room, site, quantity and condition change only
through events, so its history is complete; events are never edited or deleted (a wrong one is
answered by a new one); a closed stocktake never changes, and its adjustments are booked once.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from djdesk.core.errors import UserError, ValidationError
from djdesk.core.money import parse_yuan, yuan
from djdesk.core.store import Store

# ----- code lists (issue #5; user-defined values are allowed where noted) -----------------------

# The "八室一超市一广场" layout of the background report (RULES.md §7), plus any kind a clerk types.
ROOM_KINDS = ("党员活动室", "会议室", "远程教育站点", "便民服务室", "农家书屋", "调解室", "文化活动室",
              "卫生室", "超市", "广场")
# Asset categories; a clerk may type another (user-defined) one.
CATEGORIES = ("家具", "电子设备", "图书", "文体器材", "标识标牌", "其他")
SOURCES = ("上级配发", "自购", "捐赠", "其他")
GOOD, NEEDS_REPAIR, SCRAPPED = "良好", "待修", "报废"
CONDITIONS = (GOOD, NEEDS_REPAIR, SCRAPPED)
OWNERSHIPS = ("村集体所有", "租用", "借用", "与其他单位共用", "其他")
FUNDING_SOURCES = ("中央财政", "省级财政", "市级财政", "县级财政", "乡镇财政", "村集体自筹", "党费",
                   "社会捐赠", "其他")
UNITS = ("台", "套", "张", "把", "个", "件", "块", "册", "面", "组")

# asset_event.kind
EV_REGISTER, EV_TRANSFER, EV_REPAIR, EV_CONDITION = "登记", "调拨", "维修", "状况变更"
EV_SCRAP, EV_DISPOSE, EV_STOCKTAKE, EV_CORRECT = "报废", "处置", "盘点调整", "更正"
EVENT_KINDS = (EV_REGISTER, EV_TRANSFER, EV_REPAIR, EV_CONDITION, EV_SCRAP, EV_DISPOSE, EV_STOCKTAKE,
               EV_CORRECT)
DISPOSAL_KINDS = (EV_SCRAP, EV_DISPOSE)

OPEN, CLOSED = "open", "closed"
STOCKTAKE_STATUS = {OPEN: "盘点中", CLOSED: "已结束"}

VILLAGE_KINDS = ("village", "community")
SITE_FIELDS = ("name", "address", "building_area", "land_area", "year_built", "year_renovated", "ownership",
               "opening_hours", "responsible", "phone", "sort_order", "note")
ROOM_FIELDS = ("kind", "name", "area", "purpose", "sort_order", "note")
ASSET_FIELDS = ("category", "name", "spec", "unit", "quantity", "unit_value_fen", "acquired_on", "source",
                "funding_doc", "custodian", "condition", "room_uuid", "note")
# What update_asset may change; place, quantity and condition change only through events.
ASSET_EDITABLE = ("category", "name", "spec", "unit", "unit_value_fen", "acquired_on", "source", "funding_doc",
                  "custodian", "note")
ASSET_LABELS = {"category": "类别", "name": "名称", "spec": "规格型号", "unit": "计量单位", "quantity": "数量",
                "unit_value_fen": "单价", "acquired_on": "取得日期", "source": "来源", "funding_doc": "资金文件",
                "custodian": "保管人", "condition": "状况", "room_uuid": "存放位置", "note": "备注"}

MAX_QUANTITY = 1_000_000
MAX_FEN = 10_000_000_000          # 1亿元 per unit: anything above is a typing error


# ----- small helpers ---------------------------------------------------------------------------

def _line(value) -> str:
    return " ".join(str(value if value is not None else "").split())


def _text(value) -> str:
    return str(value if value is not None else "").strip()


def _iso(value, what: str, problems: dict | None = None, key: str = "", required: bool = True) -> str | None:
    """A date as stored (YYYY-MM-DD) from a date or an ISO string; a problem when it is not one."""
    if value in (None, ""):
        if required:
            msg = f"请填写{what}"
            if problems is None:
                raise ValidationError({key or "date": msg})
            problems[key or "date"] = msg
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        msg = f"{what}“{value}”不是有效日期（格式如 2025-03-01）"
        if problems is None:
            raise ValidationError({key or "date": msg}) from None
        problems[key or "date"] = msg
        return None


def _today() -> str:
    return dt.date.today().isoformat()


def _area(value, what: str, key: str, p: dict) -> float:
    if value in (None, ""):
        return 0.0
    try:
        area = round(float(str(value).strip()), 2)
    except ValueError:
        p[key] = f"{what}“{value}”不是数字（单位：平方米）"
        return 0.0
    if not 0 <= area < 1_000_000:
        p[key] = f"{what}应在 0 到 1000000 平方米之间"
    return area


def _year(value, what: str, key: str, p: dict) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        p[key] = f"{what}“{value}”不是年份"
        return None
    if not 1949 <= year <= dt.date.today().year + 1:
        p[key] = f"{what}{year}不合理（应在 1949 年到明年之间）"
    return year


def _int(value, what: str, key: str, p: dict, low: int = 0, high: int = MAX_QUANTITY) -> int:
    try:
        n = int(value)
        if isinstance(value, float) and value != n:
            raise ValueError
    except (TypeError, ValueError):
        p[key] = f"{what}“{value}”应为整数"
        return 0
    if not low <= n <= high:
        p[key] = f"{what}应在 {low} 到 {high} 之间"
    return n


def _fen(value, what: str, key: str, p: dict) -> int:
    """An amount in fen: an int is fen already; a str is what a clerk typed in yuan."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        p[key] = f"{what}应为以分为单位的整数金额"
        return 0
    if isinstance(value, int):
        n = value
    else:
        try:
            n = parse_yuan(value, what)
        except UserError as exc:
            p[key] = exc.message
            return 0
    if not 0 <= n <= MAX_FEN:
        p[key] = f"{what}应在 0 到 1亿元之间"
    return n


# ----- villages and sites ----------------------------------------------------------------------

def village_of(store: Store, org_uuid: str) -> dict:
    """The village/community org unit ``org_uuid`` is (or lies in): the owner of its sites."""
    rows = store.query("""
        WITH RECURSIVE a(uuid, parent_uuid, kind, lvl) AS (
            SELECT uuid, parent_uuid, kind, 0 FROM org_unit WHERE uuid = ?
            UNION ALL SELECT o.uuid, o.parent_uuid, o.kind, a.lvl + 1 FROM org_unit o JOIN a ON o.uuid = a.parent_uuid)
        SELECT uuid FROM a WHERE kind IN ('village', 'community') ORDER BY lvl LIMIT 1""", (org_uuid,))
    if not rows:
        raise UserError("活动场所属于村（社区），请先在组织树中选择一个村或社区（或其下的党组织）。")
    return store.query_one("SELECT * FROM org_unit WHERE uuid = ?", (rows[0]["uuid"],))


def villages_under(store: Store, org_uuid: str | None = None) -> list[dict]:
    """Live villages/communities at or below ``org_uuid`` (all of them without one), in tree order."""
    from djdesk.core.orgs import tree

    return [{"uuid": n.uuid, "name": n.name, "code": n.code, "kind": n.kind}
            for n in tree(store, org_uuid) if n.kind in VILLAGE_KINDS]


def check_site(values: dict) -> tuple[dict, dict[str, str]]:
    """Normalised site values and the problems (field → Chinese message)."""
    p: dict[str, str] = {}
    v = {k: values.get(k) for k in SITE_FIELDS}
    for k in ("name", "address", "ownership", "opening_hours", "responsible", "phone"):
        v[k] = _line(v[k])
    v["note"] = _text(v["note"])
    if not v["name"]:
        p["name"] = "请填写活动场所名称"
    v["building_area"] = _area(v["building_area"], "建筑面积", "building_area", p)
    v["land_area"] = _area(v["land_area"], "占地面积", "land_area", p)
    v["year_built"] = _year(v["year_built"], "建成年份", "year_built", p)
    v["year_renovated"] = _year(v["year_renovated"], "改扩建年份", "year_renovated", p)
    if v["year_built"] and v["year_renovated"] and v["year_renovated"] < v["year_built"]:
        p["year_renovated"] = "改扩建年份不能早于建成年份"
    v["sort_order"] = int(v["sort_order"] or 0)
    return v, p


def save_site(store: Store, values: dict, uuid: str | None = None, *, org_uuid: str | None = None) -> str:
    """Create a site for the village ``org_uuid`` lies in (``uuid`` None), or change one (fields not
    in ``values`` keep their stored value)."""
    if uuid is not None:
        values = {**get_site(store, uuid), **values}
    v, problems = check_site(values)
    if problems:
        raise ValidationError(problems)
    with store.transaction():
        if uuid is None:
            if not org_uuid:
                raise ValidationError({"org_uuid": "请选择活动场所所属的村（社区）"})
            v["org_uuid"] = village_of(store, org_uuid)["uuid"]
            return store.insert("site", v)
        get_site(store, uuid)
        store.update("site", uuid, v)
        return uuid


def get_site(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT s.*, o.name AS village_name, o.code AS village_code FROM site s "
                          "JOIN org_unit o ON o.uuid = s.org_uuid WHERE s.uuid = ? AND s.deleted = 0", (uuid,))
    if row is None:
        raise UserError("该活动场所不存在或已被删除，请刷新后重试。")
    return row


def sites_of(store: Store, org_uuid: str | None = None) -> list[dict]:
    """Live sites of every village at or below ``org_uuid`` (all without one), village order."""
    villages = villages_under(store, org_uuid)
    order = {v["uuid"]: i for i, v in enumerate(villages)}
    rows = store.query("SELECT s.*, o.name AS village_name, o.code AS village_code FROM site s "
                       "JOIN org_unit o ON o.uuid = s.org_uuid WHERE s.deleted = 0")
    rows = [r for r in rows if r["org_uuid"] in order]
    rows.sort(key=lambda r: (order[r["org_uuid"]], r["sort_order"], r["name"], r["uuid"]))
    return rows


def remove_site(store: Store, uuid: str) -> None:
    """Tombstone a site entered by mistake; refused while it holds assets or stocktakes."""
    site = get_site(store, uuid)
    n = store.scalar("SELECT count(*) FROM asset WHERE site_uuid = ? AND deleted = 0", (uuid,))
    if n:
        raise UserError(f"活动场所“{site['name']}”还登记有 {n} 项资产，不能删除（资产可调拨到其他场所或报废处置）。")
    with store.transaction():
        for table in ("site_room", "site_funding", "site_log"):
            for r in store.query(f"SELECT uuid FROM {table} WHERE site_uuid = ? AND deleted = 0", (uuid,)):
                store.tombstone(table, r["uuid"])
        store.tombstone("site", uuid)


# ----- funding ---------------------------------------------------------------------------------

def add_funding(store: Store, site_uuid: str, values: dict) -> str:
    """One source of money for the site: source (e.g. 县级财政), amount in fen, year, document."""
    site = get_site(store, site_uuid)
    p: dict[str, str] = {}
    source = _line(values.get("source"))
    if not source:
        p["source"] = "请填写资金来源"
    amount = _fen(values.get("amount_fen"), "金额", "amount_fen", p)
    year = _year(values.get("year"), "年度", "year", p)
    if p:
        raise ValidationError(p)
    with store.transaction():
        return store.insert("site_funding", {
            "org_uuid": site["org_uuid"], "site_uuid": site_uuid, "source": source, "amount_fen": amount,
            "year": year, "document": _line(values.get("document")), "note": _text(values.get("note"))})


def funding(store: Store, site_uuid: str) -> list[dict]:
    return store.query("SELECT uuid, source, amount_fen, year, document, note FROM site_funding "
                       "WHERE site_uuid = ? AND deleted = 0 ORDER BY coalesce(year, 0), created_hlc", (site_uuid,))


def remove_funding(store: Store, funding_uuid: str) -> None:
    with store.transaction():
        store.tombstone("site_funding", funding_uuid)


# ----- rooms -----------------------------------------------------------------------------------

def room_kinds(store: Store, village_uuid: str | None = None) -> list[str]:
    """The standard kinds, then user-defined kinds already used (in the village, or anywhere)."""
    sql = "SELECT DISTINCT kind FROM site_room WHERE deleted = 0"
    rows = store.query(sql + (" AND org_uuid = ?" if village_uuid else "") + " ORDER BY kind",
                       (village_uuid,) if village_uuid else ())
    return list(ROOM_KINDS) + [r["kind"] for r in rows if r["kind"] not in ROOM_KINDS]


def save_room(store: Store, site_uuid: str, values: dict, uuid: str | None = None) -> str:
    """Add a room/area to a site (``uuid`` None) or change one (fields not in ``values`` keep their
    stored value). ``kind`` is a ROOM_KINDS entry or any user-defined kind; ``name`` defaults to the
    kind."""
    site = get_site(store, site_uuid)
    if uuid is not None:
        values = {**get_room(store, uuid), **values}
    p: dict[str, str] = {}
    v = {k: values.get(k) for k in ROOM_FIELDS}
    v["kind"] = _line(v["kind"])
    v["name"] = _line(v["name"]) or v["kind"]
    v["purpose"] = _line(v["purpose"])
    v["note"] = _text(v["note"])
    v["area"] = _area(v["area"], "面积", "area", p)
    v["sort_order"] = int(v["sort_order"] or 0)
    if not v["kind"]:
        p["kind"] = "请选择或填写功能室类型"
    if p:
        raise ValidationError(p)
    with store.transaction():
        if uuid is None:
            if not values.get("sort_order"):
                v["sort_order"] = 1 + (store.scalar("SELECT max(sort_order) FROM site_room WHERE site_uuid = ?",
                                                    (site_uuid,)) or 0)
            return store.insert("site_room", {**v, "org_uuid": site["org_uuid"], "site_uuid": site_uuid})
        room = get_room(store, uuid)
        if room["site_uuid"] != site_uuid:
            raise UserError("该功能室不属于这个活动场所。")
        store.update("site_room", uuid, v)
        return uuid


def get_room(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT * FROM site_room WHERE uuid = ? AND deleted = 0", (uuid,))
    if row is None:
        raise UserError("该功能室不存在或已被删除，请刷新后重试。")
    return row


def rooms(store: Store, site_uuid: str) -> list[dict]:
    """The site's rooms in order, each with ``assets`` (live asset lines on the books there)."""
    return store.query("""
        SELECT r.*, (SELECT count(*) FROM asset a WHERE a.room_uuid = r.uuid AND a.deleted = 0
                     AND a.disposed_on IS NULL) AS assets
        FROM site_room r WHERE r.site_uuid = ? AND r.deleted = 0 ORDER BY r.sort_order, r.name""", (site_uuid,))


def remove_room(store: Store, uuid: str) -> None:
    """Tombstone a room; refused while assets on the books are kept in it (move them first)."""
    room = get_room(store, uuid)
    n = store.scalar("SELECT count(*) FROM asset WHERE room_uuid = ? AND deleted = 0 AND disposed_on IS NULL",
                     (uuid,))
    if n:
        raise UserError(f"“{room['name']}”里还存放着 {n} 项资产，请先把它们调拨到其他位置再删除。")
    with store.transaction():
        store.tombstone("site_room", uuid)


# ----- photos (the attachment tables of migration 3) -------------------------------------------

def add_photo(store: Store, owner_uuid: str, attachment) -> str:
    """Attach a photo (``meetings.NewAttachment``, e.g. from ``meetings.read_attachment_file``) to a
    site or an asset; the content is stored once however often it is attached."""
    from djdesk.core.meetings import MAX_ATTACHMENT_BYTES, sniff_mime

    owner = store.query_one("SELECT org_uuid FROM site WHERE uuid = ? AND deleted = 0 UNION ALL "
                            "SELECT org_uuid FROM asset WHERE uuid = ? AND deleted = 0", (owner_uuid, owner_uuid))
    if owner is None:
        raise UserError("要添加照片的场所或资产不存在。")
    if len(attachment.data) > MAX_ATTACHMENT_BYTES:
        raise UserError(f"照片“{attachment.file_name}”超过 {MAX_ATTACHMENT_BYTES // 1048576} MB，请压缩后再添加。")
    with store.transaction():
        digest = attachment.sha256
        store.conn.execute("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                           (digest, len(attachment.data), attachment.data))
        order = store.scalar("SELECT coalesce(max(sort_order), 0) FROM attachment WHERE owner_uuid = ?",
                             (owner_uuid,))
        return store.insert("attachment", {
            "org_uuid": owner["org_uuid"], "owner_uuid": owner_uuid, "file_name": attachment.file_name,
            "mime": sniff_mime(attachment.data, attachment.file_name), "size": len(attachment.data),
            "sha256": digest, "caption": _line(attachment.caption), "sort_order": order + 1})


def photos(store: Store, owner_uuid: str) -> list[dict]:
    """Attachments of a site or asset (uuid, file_name, mime, size, sha256, caption); the bytes via
    ``meetings.attachment_data``."""
    from djdesk.core.meetings import attachments

    return attachments(store, owner_uuid)


def remove_photo(store: Store, attachment_uuid: str) -> None:
    with store.transaction():
        store.tombstone("attachment", attachment_uuid)


# ----- asset numbers and scanned codes ---------------------------------------------------------

def asset_prefix(village: dict) -> str:
    """"ZC-" plus the village code's letters and digits: USB scanners type ASCII only, so the
    label code must be ASCII (a village without a code gets plain "ZC-")."""
    code = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", village.get("code") or "").upper())
    return f"ZC-{code}-" if code else "ZC-"


def _next_seq(store: Store, village_uuid: str) -> int:
    # Every row ever made counts: disposed and tombstoned lines keep their numbers for ever.
    return 1 + (store.scalar("SELECT max(seq) FROM asset WHERE org_uuid = ?", (village_uuid,)) or 0)


def next_asset_no(store: Store, village_uuid: str) -> str:
    """The number the next asset of this village will get (for display; add_asset assigns it)."""
    village = village_of(store, village_uuid)
    return f"{asset_prefix(village)}{_next_seq(store, village['uuid']):05d}"


def normalize_code(code: str) -> str:
    """What a scanner or a clerk typed → the stored form: full-width characters (a Chinese input
    method left on) become ASCII, case and spaces, tabs and the scanner's Enter are ignored."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(code or ""))).upper()


def find_asset(store: Store, code: str, *, village_uuid: str | None = None, site_uuid: str | None = None,
               include_disposed: bool = True) -> dict | None:
    """The asset a label code names, as a USB scanner types it ("ZC-LJC-00042"), or as a clerk
    types it: the full number, or just its sequence number ("42", "00042") within ``village_uuid``
    or ``site_uuid``. None when nothing matches."""
    norm = normalize_code(code)
    if not norm:
        return None
    where, params = ["a.deleted = 0"], []
    if site_uuid:
        where.append("a.site_uuid = ?")
        params.append(site_uuid)
    if village_uuid:
        where.append("a.org_uuid = ?")
        params.append(village_uuid)
    if not include_disposed:
        where.append("a.disposed_on IS NULL")
    if norm.isdigit() and (village_uuid or site_uuid):
        where.append("a.seq = ?")
        params.append(int(norm))
    else:
        where.append("a.asset_no = ?")
        params.append(norm)
    rows = store.query(f"{_ASSET_SELECT} WHERE {' AND '.join(where)} ORDER BY a.created_hlc", params)
    return rows[0] if rows else None


# ----- assets ----------------------------------------------------------------------------------

_ASSET_SELECT = """
    SELECT a.*, a.quantity * a.unit_value_fen AS value_fen, s.name AS site_name, r.name AS room_name,
           o.name AS village_name
    FROM asset a JOIN site s ON s.uuid = a.site_uuid LEFT JOIN site_room r ON r.uuid = a.room_uuid
    JOIN org_unit o ON o.uuid = a.org_uuid"""


def categories(store: Store, village_uuid: str | None = None) -> list[str]:
    """The standard categories, then user-defined ones already used."""
    rows = store.query("SELECT DISTINCT category FROM asset WHERE deleted = 0"
                       + (" AND org_uuid = ?" if village_uuid else "") + " ORDER BY category",
                       (village_uuid,) if village_uuid else ())
    return list(CATEGORIES) + [r["category"] for r in rows if r["category"] not in CATEGORIES]


def check_asset(store: Store, site_uuid: str, values: dict, fields: Sequence[str] = ASSET_FIELDS) -> tuple[dict, dict]:
    """Normalised values of ``fields`` and the problems by field (Chinese)."""
    p: dict[str, str] = {}
    v: dict = {}
    for k in fields:
        raw = values.get(k)
        if k in ("category", "name", "spec", "unit", "funding_doc", "custodian"):
            v[k] = _line(raw)
        elif k == "note":
            v[k] = _text(raw)
        elif k == "quantity":
            v[k] = _int(1 if raw in (None, "") else raw, "数量", k, p)
        elif k == "unit_value_fen":
            v[k] = _fen(0 if raw in (None, "") else raw, "单价", k, p)
        elif k == "acquired_on":
            v[k] = _iso(raw, "取得日期", p, k, required=False)
            if v[k] and v[k] > _today():
                p[k] = "取得日期不能晚于今天"
        elif k == "source":
            v[k] = _line(raw) or "其他"
            if v[k] not in SOURCES:
                p[k] = f"来源应为 {'、'.join(SOURCES)} 之一"
        elif k == "condition":
            v[k] = _line(raw) or GOOD
            if v[k] not in CONDITIONS:
                p[k] = f"状况应为 {'、'.join(CONDITIONS)} 之一"
        elif k == "room_uuid":
            v[k] = raw or None
            if v[k]:
                room = store.query_one("SELECT site_uuid FROM site_room WHERE uuid = ? AND deleted = 0", (raw,))
                if room is None or room["site_uuid"] != site_uuid:
                    p[k] = "存放位置不是本活动场所的功能室"
    if "name" in v and not v["name"]:
        p["name"] = "请填写资产名称"
    if "category" in v and not v["category"]:
        p["category"] = "请选择或填写资产类别"
    if "quantity" in v and v["quantity"] == 0 and "quantity" not in p:
        p["quantity"] = "新登记资产的数量至少为 1"
    return v, p


def add_asset(store: Store, site_uuid: str, values: dict, *, on=None, person: str = "") -> str:
    """Put an asset line on the books of a site: the next number of the village, and a 登记 event
    dated ``on`` (default: the acquisition date, else today)."""
    site = get_site(store, site_uuid)
    v, problems = check_asset(store, site_uuid, values)
    if problems:
        raise ValidationError(problems)
    day = _iso(on, "登记日期", required=False) or v["acquired_on"] or _today()
    with store.transaction():
        village = village_of(store, site["org_uuid"])
        seq = _next_seq(store, village["uuid"])
        uuid = store.insert("asset", {**v, "org_uuid": site["org_uuid"], "site_uuid": site_uuid, "seq": seq,
                                      "asset_no": f"{asset_prefix(village)}{seq:05d}"})
        _event(store, uuid, site["org_uuid"], day, EV_REGISTER, person=_line(person),
               to_site_uuid=site_uuid, to_room_uuid=v["room_uuid"], quantity_change=v["quantity"],
               to_condition=v["condition"])
        return uuid


def get_asset(store: Store, uuid: str) -> dict:
    row = store.query_one(f"{_ASSET_SELECT} WHERE a.uuid = ? AND a.deleted = 0", (uuid,))
    if row is None:
        raise UserError("该资产不存在或已被删除，请刷新后重试。")
    return row


def _live(store: Store, uuid: str) -> dict:
    asset = get_asset(store, uuid)
    if asset["disposed_on"]:
        raise UserError(f"资产 {asset['asset_no']}“{asset['name']}”已于 {asset['disposed_on']} 报废/处置，"
                        f"不能再办理。")
    return asset


def remove_mistaken_asset(store: Store, uuid: str) -> None:
    """Take back a line entered by mistake (e.g. entered twice): only while nothing has happened to
    it but its 登记 and it was in no stocktake. The row and event stay as tombstones and the number
    is not given again. Anything that really left the village is disposed of instead."""
    asset = get_asset(store, uuid)
    events = store.query("SELECT uuid, kind FROM asset_event WHERE asset_uuid = ? AND deleted = 0", (uuid,))
    counted = store.scalar("SELECT count(*) FROM stocktake_line WHERE asset_uuid = ? AND deleted = 0", (uuid,))
    if counted or any(e["kind"] != EV_REGISTER for e in events):
        raise UserError(f"资产 {asset['asset_no']}“{asset['name']}”已有变动或盘点记录，不能作为误录删除；"
                        f"如已不在，请办理报废或处置。")
    with store.transaction():
        for e in events:
            store.tombstone("asset_event", e["uuid"])
        store.tombstone("asset", uuid)


def _event(store: Store, asset_uuid: str, org_uuid: str, day: str, kind: str, **values) -> str:
    return store.insert("asset_event", {"org_uuid": org_uuid, "asset_uuid": asset_uuid, "event_date": day,
                                        "kind": kind, **values})


def _event_day(store: Store, asset: dict, on, what: str) -> str:
    """An event's date: given or today; not in the future, not before the asset was registered."""
    day = _iso(on, what, required=False) or _today()
    if day > _today():
        raise ValidationError({"date": f"{what}不能晚于今天"})
    first = store.scalar("SELECT min(event_date) FROM asset_event WHERE asset_uuid = ? AND deleted = 0",
                         (asset["uuid"],))
    if first and day < first:
        raise ValidationError({"date": f"{what} {day} 早于资产 {asset['asset_no']} 的登记日期 {first}"})
    return day


def update_asset(store: Store, uuid: str, values: dict, *, on=None, person: str = "") -> None:
    """Correct an asset's descriptive fields (name, category, value …, see ASSET_EDITABLE); a 更正
    event names each change. Room, quantity and condition change only through their events."""
    asset = get_asset(store, uuid)
    fields = [k for k in ASSET_EDITABLE if k in values]
    v, problems = check_asset(store, asset["site_uuid"], values, fields)
    if problems:
        raise ValidationError(problems)
    changed = {k: (asset[k], v[k]) for k in fields if asset[k] != v[k]}
    if not changed:
        return

    def show(k, x):
        return yuan(x) + "元" if k == "unit_value_fen" else (x or "（空）")

    note = "；".join(f"{ASSET_LABELS[k]}：{show(k, a)} → {show(k, b)}" for k, (a, b) in changed.items())
    with store.transaction():
        store.update("asset", uuid, {k: b for k, (_, b) in changed.items()})
        _event(store, uuid, asset["org_uuid"], _event_day(store, asset, on, "更正日期"), EV_CORRECT,
               person=_line(person), note=note)


def move_asset(store: Store, uuid: str, *, to_site_uuid: str | None = None, to_room_uuid: str | None = None,
               on=None, person: str = "", approval_ref: str = "", note: str = "") -> str:
    """Transfer (调拨) an asset to another room of its site, or to another site of the same village
    (``to_room_uuid`` None = no particular room there)."""
    asset = _live(store, uuid)
    day = _event_day(store, asset, on, "调拨日期")
    to_site = to_site_uuid or asset["site_uuid"]
    site = get_site(store, to_site)
    if site["org_uuid"] != asset["org_uuid"]:
        raise UserError("资产只能在本村（社区）的活动场所之间调拨；调给其他村请办理“处置”并由对方登记。")
    if to_room_uuid:
        room = get_room(store, to_room_uuid)
        if room["site_uuid"] != to_site:
            raise UserError(f"“{room['name']}”不是“{site['name']}”的功能室。")
    if to_site == asset["site_uuid"] and (to_room_uuid or None) == asset["room_uuid"]:
        raise UserError(f"资产 {asset['asset_no']} 已经在该位置，无需调拨。")
    with store.transaction():
        store.update("asset", uuid, {"site_uuid": to_site, "room_uuid": to_room_uuid or None})
        return _event(store, uuid, asset["org_uuid"], day, EV_TRANSFER, person=_line(person),
                      from_site_uuid=asset["site_uuid"], from_room_uuid=asset["room_uuid"],
                      to_site_uuid=to_site, to_room_uuid=to_room_uuid or None,
                      approval_ref=_line(approval_ref), note=_text(note))


def set_condition(store: Store, uuid: str, condition: str, *, on=None, person: str = "", note: str = "") -> str:
    """Record that an asset's condition changed (e.g. 良好 → 待修 when it broke)."""
    asset = _live(store, uuid)
    if condition not in (GOOD, NEEDS_REPAIR):
        raise UserError("状况只能改为“良好”或“待修”；报废请办理报废手续（需审批文号）。")
    if condition == asset["condition"]:
        raise UserError(f"资产 {asset['asset_no']} 的状况已经是“{condition}”。")
    day = _event_day(store, asset, on, "日期")
    with store.transaction():
        store.update("asset", uuid, {"condition": condition})
        return _event(store, uuid, asset["org_uuid"], day, EV_CONDITION, person=_line(person),
                      from_condition=asset["condition"], to_condition=condition, note=_text(note))


def repair_asset(store: Store, uuid: str, *, on=None, person: str = "", cost_fen: int = 0,
                 condition: str = GOOD, note: str = "") -> str:
    """A repair (维修) with its cost in fen; the asset is then in ``condition`` (良好 by default)."""
    asset = _live(store, uuid)
    p: dict[str, str] = {}
    cost = _fen(cost_fen, "维修费用", "cost_fen", p)
    if condition not in (GOOD, NEEDS_REPAIR):
        p["condition"] = "维修后的状况应为“良好”或“待修”"
    if p:
        raise ValidationError(p)
    day = _event_day(store, asset, on, "维修日期")
    with store.transaction():
        if condition != asset["condition"]:
            store.update("asset", uuid, {"condition": condition})
        return _event(store, uuid, asset["org_uuid"], day, EV_REPAIR, person=_line(person), cost_fen=cost,
                      from_condition=asset["condition"], to_condition=condition, note=_text(note))


def dispose_asset(store: Store, uuid: str, *, kind: str = EV_SCRAP, approval_ref: str, on=None,
                  person: str = "", quantity: int | None = None, note: str = "") -> str:
    """报废 (scrapped) or 处置 (sold, given away …) with the approval document's reference. The whole
    line leaves the books (``disposed_on``; it and its number stay), or, with ``quantity`` less
    than the line's, only that many items (the line's quantity goes down)."""
    asset = _live(store, uuid)
    p: dict[str, str] = {}
    if kind not in DISPOSAL_KINDS:
        p["kind"] = "请选择“报废”或“处置”"
    ref = _line(approval_ref)
    if not ref:
        p["approval_ref"] = "报废、处置资产须填写审批文号或审批记录"
    n = asset["quantity"] if quantity in (None, "") else _int(quantity, "数量", "quantity", p, 1)
    if not p and n > asset["quantity"]:
        p["quantity"] = f"处置数量 {n} 超过账面数量 {asset['quantity']}"
    if p:
        raise ValidationError(p)
    day = _event_day(store, asset, on, "处置日期")
    with store.transaction():
        whole = n == asset["quantity"]
        changes: dict = {"quantity": asset["quantity"] - n} if not whole else {"disposed_on": day}
        if whole and kind == EV_SCRAP:
            changes["condition"] = SCRAPPED
        store.update("asset", uuid, changes)
        return _event(store, uuid, asset["org_uuid"], day, kind, person=_line(person), approval_ref=ref,
                      quantity_change=-n, from_site_uuid=asset["site_uuid"], from_room_uuid=asset["room_uuid"],
                      from_condition=asset["condition"], to_condition=changes.get("condition", ""),
                      note=_text(note))


def asset_history(store: Store, uuid: str) -> list[dict]:
    """Every event of an asset, oldest first, with the places named (``from_place``/``to_place``:
    "场所 / 功能室") and a one-line Chinese ``summary``."""
    rows = store.query("""
        SELECT e.*, fs.name AS from_site, fr.name AS from_room, ts.name AS to_site, tr.name AS to_room
        FROM asset_event e
        LEFT JOIN site fs ON fs.uuid = e.from_site_uuid LEFT JOIN site_room fr ON fr.uuid = e.from_room_uuid
        LEFT JOIN site ts ON ts.uuid = e.to_site_uuid LEFT JOIN site_room tr ON tr.uuid = e.to_room_uuid
        WHERE e.asset_uuid = ? AND e.deleted = 0 ORDER BY e.event_date, e.created_hlc""", (uuid,))
    for r in rows:
        r["from_place"] = " / ".join(x for x in (r["from_site"], r["from_room"]) if x)
        r["to_place"] = " / ".join(x for x in (r["to_site"], r["to_room"]) if x)
        r["summary"] = _summary(r)
    return rows


def _summary(e: dict) -> str:
    kind = e["kind"]
    parts = []
    if kind == EV_REGISTER:
        parts.append(f"登记入账 {e['quantity_change']} 件，存放于 {e['to_place'] or '未指定位置'}")
    elif kind == EV_TRANSFER:
        parts.append(f"从 {e['from_place'] or '未指定位置'} 调拨到 {e['to_place'] or '未指定位置'}")
    elif kind == EV_REPAIR:
        parts.append("维修" + (f"，费用 {yuan(e['cost_fen'])} 元" if e["cost_fen"] else "")
                     + (f"，{e['from_condition']} → {e['to_condition']}" if e["from_condition"] != e["to_condition"]
                        else ""))
    elif kind in (EV_CONDITION,):
        parts.append(f"状况 {e['from_condition']} → {e['to_condition']}")
    elif kind in DISPOSAL_KINDS:
        parts.append(f"{kind} {-e['quantity_change']} 件")
    elif kind == EV_STOCKTAKE:
        if e["quantity_change"]:
            parts.append(f"盘{'盈' if e['quantity_change'] > 0 else '亏'} {abs(e['quantity_change'])} 件")
        if e["from_condition"] != e["to_condition"] and e["to_condition"]:
            parts.append(f"状况 {e['from_condition']} → {e['to_condition']}")
    if e["approval_ref"]:
        parts.append(f"审批：{e['approval_ref']}")
    if e["note"]:
        parts.append(e["note"])
    return "；".join(p for p in parts if p)


@dataclass(frozen=True)
class AssetFilter:
    """Which asset lines to list: of a village (``org_uuid``: the village or anything in/under it)
    or of one site; narrowed by room, category, condition, source and a search text (number, name,
    spec, custodian). Disposed lines only with ``include_disposed``."""

    org_uuid: str | None = None
    site_uuid: str | None = None
    room_uuid: str | None = None
    category: str | None = None
    condition: str | None = None
    source: str | None = None
    search: str = ""
    include_disposed: bool = False


def list_assets(store: Store, f: AssetFilter) -> list[dict]:
    """Asset lines in number order, each with ``value_fen`` (quantity × unit value), site, room and
    village names. Villages are small (≤ a few hundred lines), so this is one query, no paging."""
    where, params = ["a.deleted = 0"], []
    if f.site_uuid:
        where.append("a.site_uuid = ?")
        params.append(f.site_uuid)
    elif f.org_uuid:
        villages = [v["uuid"] for v in villages_under(store, f.org_uuid)] or [village_of(store, f.org_uuid)["uuid"]]
        where.append(f"a.org_uuid IN ({','.join('?' * len(villages))})")
        params += villages
    for column, value in (("room_uuid", f.room_uuid), ("category", f.category), ("condition", f.condition),
                          ("source", f.source)):
        if value:
            where.append(f"a.{column} = ?")
            params.append(value)
    if not f.include_disposed:
        where.append("a.disposed_on IS NULL")
    if f.search.strip():
        term = f"%{f.search.strip()}%"
        code = normalize_code(f.search)
        where.append("(a.asset_no LIKE ? OR a.name LIKE ? OR a.spec LIKE ? OR a.custodian LIKE ?)")
        params += [f"%{code}%", term, term, term]
    return store.query(f"{_ASSET_SELECT} WHERE {' AND '.join(where)} ORDER BY o.name, a.seq", params)


@dataclass
class AssetTotals:
    """Totals over asset lines: lines, items (sum of quantities) and value in fen, overall and by
    category and by source (each a dict name → (lines, items, value_fen), in first-seen order)."""

    lines: int = 0
    items: int = 0
    value_fen: int = 0
    by_category: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    by_source: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    by_condition: dict[str, tuple[int, int, int]] = field(default_factory=dict)


def asset_totals(rows: Iterable[dict]) -> AssetTotals:
    t = AssetTotals()
    order = {c: i for i, c in enumerate(CATEGORIES)}
    for r in rows:
        q, value = r["quantity"], r["quantity"] * r["unit_value_fen"]
        t.lines += 1
        t.items += q
        t.value_fen += value
        for bucket, key in ((t.by_category, r["category"]), (t.by_source, r["source"]),
                            (t.by_condition, r["condition"])):
            a, b, c = bucket.get(key, (0, 0, 0))
            bucket[key] = (a + 1, b + q, c + value)
    t.by_category = dict(sorted(t.by_category.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))
    t.by_source = {s: t.by_source[s] for s in SOURCES if s in t.by_source}
    t.by_condition = {s: t.by_condition[s] for s in CONDITIONS if s in t.by_condition}
    return t


# ----- stocktakes ------------------------------------------------------------------------------

def get_stocktake(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT t.*, s.name AS site_name, s.org_uuid AS village_uuid, o.name AS village_name "
                          "FROM stocktake t JOIN site s ON s.uuid = t.site_uuid JOIN org_unit o ON o.uuid = s.org_uuid "
                          "WHERE t.uuid = ? AND t.deleted = 0", (uuid,))
    if row is None:
        raise UserError("该盘点不存在或已被删除，请刷新后重试。")
    return row


def stocktakes(store: Store, site_uuid: str) -> list[dict]:
    """The site's stocktakes, newest first, with ``total`` and ``counted`` line counts."""
    return store.query("""
        SELECT t.*, (SELECT count(*) FROM stocktake_line l WHERE l.stocktake_uuid = t.uuid AND l.deleted = 0) AS total,
               (SELECT count(*) FROM stocktake_line l WHERE l.stocktake_uuid = t.uuid AND l.deleted = 0
                AND l.counted_quantity IS NOT NULL) AS counted
        FROM stocktake t WHERE t.site_uuid = ? AND t.deleted = 0 ORDER BY t.started_on DESC, t.created_hlc DESC""",
                       (site_uuid,))


def start_stocktake(store: Store, site_uuid: str, *, on=None, title: str = "", counted_by: str = "",
                    note: str = "") -> str:
    """Start a count of a site: one line per asset on its books, with the quantity and condition the
    books show now. Only one open count per site."""
    site = get_site(store, site_uuid)
    day = _iso(on, "盘点日期", required=False) or _today()
    if store.scalar("SELECT count(*) FROM stocktake WHERE site_uuid = ? AND status = 'open' AND deleted = 0",
                    (site_uuid,)):
        raise UserError(f"“{site['name']}”已有一次未结束的盘点，请先结束它再开始新的盘点。")
    assets = store.query("SELECT uuid, quantity, condition FROM asset WHERE site_uuid = ? AND deleted = 0 "
                         "AND disposed_on IS NULL ORDER BY seq", (site_uuid,))
    if not assets:
        raise UserError(f"“{site['name']}”没有在账资产，无需盘点。")
    with store.transaction():
        uuid = store.insert("stocktake", {
            "org_uuid": site["org_uuid"], "site_uuid": site_uuid, "started_on": day,
            "title": _line(title) or f"{day[:4]}年{site['name']}资产盘点", "counted_by": _line(counted_by),
            "note": _text(note)})
        store.insert_many("stocktake_line", [
            {"org_uuid": site["org_uuid"], "stocktake_uuid": uuid, "asset_uuid": a["uuid"],
             "expected_quantity": a["quantity"], "expected_condition": a["condition"], "counted_quantity": None,
             "counted_condition": "", "counted_at": None, "note": ""} for a in assets])
        return uuid


def stocktake_lines(store: Store, stocktake_uuid: str) -> list[dict]:
    """The lines in asset-number order, each with the asset's number, name, room, unit value and
    ``status``: 未盘 / 相符 / 盘盈 / 盘亏 / 状况不符 (a quantity difference wins over a condition one)."""
    rows = store.query("""
        SELECT l.*, a.asset_no, a.seq, a.name, a.category, a.spec, a.unit, a.unit_value_fen, a.custodian,
               r.name AS room_name
        FROM stocktake_line l JOIN asset a ON a.uuid = l.asset_uuid LEFT JOIN site_room r ON r.uuid = a.room_uuid
        WHERE l.stocktake_uuid = ? AND l.deleted = 0 ORDER BY a.seq""", (stocktake_uuid,))
    for r in rows:
        r["status"] = line_status(r)
        r["difference"] = (r["counted_quantity"] - r["expected_quantity"]) if r["counted_quantity"] is not None else None
    return rows


def line_status(line: dict) -> str:
    if line["counted_quantity"] is None:
        return "未盘"
    if line["counted_quantity"] > line["expected_quantity"]:
        return "盘盈"
    if line["counted_quantity"] < line["expected_quantity"]:
        return "盘亏"
    if line["counted_condition"] and line["counted_condition"] != line["expected_condition"]:
        return "状况不符"
    return "相符"


def _open_stocktake(store: Store, uuid: str) -> dict:
    st = get_stocktake(store, uuid)
    if st["status"] != OPEN:
        raise UserError(f"盘点“{st['title']}”已于 {st['closed_on']} 结束，不能再修改。")
    return st


def find_line(store: Store, stocktake_uuid: str, code: str) -> dict | None:
    """The line of the asset a scanned/typed label code names (see ``find_asset``), or None."""
    st = get_stocktake(store, stocktake_uuid)
    asset = find_asset(store, code, village_uuid=st["village_uuid"])
    if asset is None:
        return None
    return next((l for l in stocktake_lines(store, stocktake_uuid) if l["asset_uuid"] == asset["uuid"]), None)


def record_count(store: Store, stocktake_uuid: str, asset_uuid: str, quantity: int, condition: str | None = None,
                 note: str | None = None) -> dict:
    """Record what was found of one asset: ``quantity`` (0 = not found) and its condition (default:
    the condition the books show). Recounting overwrites the earlier count while the stocktake is
    open. Returns the updated line."""
    st = _open_stocktake(store, stocktake_uuid)
    line = store.query_one("SELECT * FROM stocktake_line WHERE stocktake_uuid = ? AND asset_uuid = ? AND deleted = 0",
                           (stocktake_uuid, asset_uuid))
    if line is None:
        asset = get_asset(store, asset_uuid)
        raise UserError(f"资产 {asset['asset_no']}“{asset['name']}”不在本次盘点范围内"
                        f"（它登记在“{asset['site_name']}”，或在盘点开始后才登记）。")
    p: dict[str, str] = {}
    n = _int(quantity, "实盘数量", "counted_quantity", p)
    cond = condition or line["counted_condition"] or line["expected_condition"]
    if cond == SCRAPPED:   # a count records what it finds; writing off needs the approval (dispose_asset)
        p["counted_condition"] = "盘点时只能记为“良好”或“待修”；已无法使用的资产请记为“待修”，再办理报废审批"
    elif cond not in CONDITIONS:
        p["counted_condition"] = f"状况应为 {'、'.join(CONDITIONS)} 之一"
    if p:
        raise ValidationError(p)
    changes = {"counted_quantity": n, "counted_condition": cond,
               "counted_at": dt.datetime.now().isoformat(timespec="seconds")}
    if note is not None:
        changes["note"] = _text(note)
    with store.transaction():
        store.update("stocktake_line", line["uuid"], changes)
    del st
    return next(l for l in stocktake_lines(store, stocktake_uuid) if l["uuid"] == line["uuid"])


def record_scan(store: Store, stocktake_uuid: str, code: str) -> dict:
    """One scan of a label = one item found: the line's counted quantity goes up by one (from
    nothing to 1 on the first scan). Unknown codes and assets outside this count are refused with a
    message saying so. Returns the updated line."""
    st = _open_stocktake(store, stocktake_uuid)
    asset = find_asset(store, code, village_uuid=st["village_uuid"])
    if asset is None:
        raise UserError(f"没有找到编号为“{_line(code)}”的资产，请检查标签或手工输入编号。")
    line = store.query_one("SELECT counted_quantity FROM stocktake_line WHERE stocktake_uuid = ? AND asset_uuid = ? "
                           "AND deleted = 0", (stocktake_uuid, asset["uuid"]))
    counted = (line["counted_quantity"] or 0) + 1 if line else 1
    return record_count(store, stocktake_uuid, asset["uuid"], counted)


@dataclass(frozen=True)
class StocktakeProgress:
    total: int
    counted: int
    matching: int
    surplus: int          # 盘盈 lines
    shortage: int         # 盘亏 lines
    condition: int        # 状况不符 lines

    @property
    def discrepancies(self) -> int:
        return self.surplus + self.shortage + self.condition


def stocktake_progress(store: Store, stocktake_uuid: str) -> StocktakeProgress:
    c = Counter(l["status"] for l in stocktake_lines(store, stocktake_uuid))
    total = sum(c.values())
    return StocktakeProgress(total, total - c["未盘"], c["相符"], c["盘盈"], c["盘亏"], c["状况不符"])


def discrepancies(store: Store, stocktake_uuid: str) -> list[dict]:
    """Counted lines that differ from the books (盘盈, 盘亏, 状况不符), in number order."""
    return [l for l in stocktake_lines(store, stocktake_uuid) if l["status"] not in ("未盘", "相符")]


def close_stocktake(store: Store, stocktake_uuid: str, *, on=None, missing_uncounted: bool = False) -> None:
    """End a count; from then on it never changes. Refused while lines are uncounted, unless
    ``missing_uncounted``: those are then recorded as not found (0, 盘亏)."""
    st = _open_stocktake(store, stocktake_uuid)
    day = _iso(on, "结束日期", required=False) or _today()
    if day < st["started_on"]:
        raise UserError(f"结束日期 {day} 不能早于盘点开始日期 {st['started_on']}。")
    lines = stocktake_lines(store, stocktake_uuid)
    uncounted = [l for l in lines if l["counted_quantity"] is None]
    if uncounted and not missing_uncounted:
        names = "、".join(f"{l['asset_no']} {l['name']}" for l in uncounted[:5])
        raise UserError(f"还有 {len(uncounted)} 项资产没有盘点（{names}{' 等' if len(uncounted) > 5 else ''}），"
                        f"请盘点完，或确认这些资产未找到（按盘亏处理）后再结束。")
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction():
        for l in uncounted:
            store.update("stocktake_line", l["uuid"], {"counted_quantity": 0, "counted_condition": l["expected_condition"],
                                                       "counted_at": now, "note": l["note"] or "未找到"})
        store.update("stocktake", stocktake_uuid, {"status": CLOSED, "closed_on": day})


def apply_adjustments(store: Store, stocktake_uuid: str, *, on=None, person: str = "", approval_ref: str = "") -> int:
    """Book a closed count's discrepancies as 盘点调整 events, once: each differing asset gets its
    counted quantity and condition; an asset found missing altogether (0) leaves the books.
    Returns the number of events written."""
    st = get_stocktake(store, stocktake_uuid)
    if st["status"] != CLOSED:
        raise UserError("请先结束盘点，再按盘点结果调整账面。")
    if st["applied_on"]:
        raise UserError(f"这次盘点的结果已于 {st['applied_on']} 调整入账，不能重复调整。")
    day = _iso(on, "调整日期", required=False) or st["closed_on"]
    count = 0
    with store.transaction():
        for l in discrepancies(store, stocktake_uuid):
            asset = store.query_one("SELECT * FROM asset WHERE uuid = ?", (l["asset_uuid"],))
            if asset["disposed_on"]:
                continue   # disposed since the count started: nothing left to adjust
            delta = l["counted_quantity"] - asset["quantity"]
            changes: dict = {}
            if delta:
                changes["quantity"] = l["counted_quantity"]
            if l["counted_condition"] != asset["condition"]:
                changes["condition"] = l["counted_condition"]
            if l["counted_quantity"] == 0:
                changes = {"disposed_on": day}
            if not changes:
                continue
            store.update("asset", asset["uuid"], changes)
            _event(store, asset["uuid"], asset["org_uuid"], day, EV_STOCKTAKE, person=_line(person),
                   quantity_change=delta, from_condition=asset["condition"],
                   to_condition=changes.get("condition", asset["condition"]), stocktake_uuid=stocktake_uuid,
                   approval_ref=_line(approval_ref), from_site_uuid=asset["site_uuid"],
                   from_room_uuid=asset["room_uuid"],
                   note=f"{st['title']}：账面 {l['expected_quantity']}，实盘 {l['counted_quantity']}"
                        + ("，未找到，按盘亏核销" if l["counted_quantity"] == 0 else ""))
            count += 1
        store.update("stocktake", stocktake_uuid, {"applied_on": day})
    return count


# ----- remote-education registers (三簿一册, UNCONFIRMED: configurable) --------------------------

def registers(settings=None) -> list[str]:
    """The register set of the remote-education station: the ``site_registers`` setting."""
    from djdesk.core.settings import SETTINGS

    value = settings.get("site_registers") if settings is not None else SETTINGS["site_registers"].default
    return [r for r in value if isinstance(r, str) and r.strip()] or list(SETTINGS["site_registers"].default)


def add_log_entry(store: Store, site_uuid: str, register: str, values: dict) -> str:
    """One dated entry of a register: ``entry_date``, ``content``, ``person``, ``participants``,
    ``minutes`` (duration of a session), ``note``. Any register name is accepted (a renamed set
    keeps its old entries)."""
    site = get_site(store, site_uuid)
    p: dict[str, str] = {}
    day = _iso(values.get("entry_date"), "日期", p, "entry_date")
    if day and day > _today():
        p["entry_date"] = "日期不能晚于今天"
    content = _text(values.get("content"))
    if not content:
        p["content"] = "请填写记录内容"
    if not _line(register):
        p["register"] = "请选择登记簿"
    participants = _int(values.get("participants") or 0, "参加人数", "participants", p, 0, 100_000)
    minutes = _int(values.get("minutes") or 0, "时长（分钟）", "minutes", p, 0, 24 * 60)
    if p:
        raise ValidationError(p)
    with store.transaction():
        return store.insert("site_log", {
            "org_uuid": site["org_uuid"], "site_uuid": site_uuid, "register": _line(register), "entry_date": day,
            "content": content, "person": _line(values.get("person")), "participants": participants,
            "minutes": minutes, "note": _text(values.get("note"))})


def log_entries(store: Store, site_uuid: str, register: str | None = None, year: int | None = None) -> list[dict]:
    where, params = ["site_uuid = ?", "deleted = 0"], [site_uuid]
    if register:
        where.append("register = ?")
        params.append(register)
    if year:
        where.append("entry_date LIKE ?")
        params.append(f"{year:04d}-%")
    return store.query(f"SELECT * FROM site_log WHERE {' AND '.join(where)} ORDER BY entry_date, created_hlc", params)


def remove_log_entry(store: Store, uuid: str) -> None:
    with store.transaction():
        store.tombstone("site_log", uuid)


def remote_education_month(store: Store, site_uuid: str, year: int, month: int, register: str | None = None) -> dict:
    """Sessions and hours of one month in the work-record register (the first of the set)."""
    register = register or registers()[0]
    rows = store.query("SELECT count(*) AS n, coalesce(sum(minutes), 0) AS m FROM site_log WHERE site_uuid = ? "
                       "AND register = ? AND deleted = 0 AND entry_date LIKE ?",
                       (site_uuid, register, f"{year:04d}-{month:02d}-%"))
    return {"register": register, "sessions": rows[0]["n"], "hours": round(rows[0]["m"] / 60, 1)}


# ----- summaries for the township --------------------------------------------------------------

@dataclass
class VillageSummary:
    """One village's activity-site figures, as the township rolls them up."""

    village_uuid: str
    village_name: str
    sites: int = 0
    building_area: float = 0.0
    land_area: float = 0.0
    rooms: int = 0
    room_kinds: list[str] = field(default_factory=list)
    asset_lines: int = 0
    asset_items: int = 0
    asset_value_fen: int = 0
    needs_repair: int = 0             # lines on the books in 待修
    disposed_lines: int = 0           # lines that left the books (报废/处置/盘亏)
    funding_fen: int = 0
    funding_by_source: dict[str, int] = field(default_factory=dict)
    last_stocktake: str | None = None  # closing date of the latest closed count

    def as_json(self) -> dict:
        return dict(self.__dict__)


def village_summary(store: Store, village_uuid: str) -> VillageSummary:
    """The figures of the village ``village_uuid`` is (or lies in)."""
    return township_summary(store, village_of(store, village_uuid)["uuid"])[0]


def township_summary(store: Store, org_uuid: str | None = None) -> list[VillageSummary]:
    """One ``VillageSummary`` per village/community at or below ``org_uuid``, in tree order (villages
    without a site included, with zeros). A handful of grouped queries, whatever the size."""
    villages = villages_under(store, org_uuid)
    out = {v["uuid"]: VillageSummary(v["uuid"], v["name"]) for v in villages}
    if not out:
        return []
    for r in store.query("SELECT org_uuid, count(*) AS n, sum(building_area) AS b, sum(land_area) AS l FROM site "
                         "WHERE deleted = 0 GROUP BY org_uuid"):
        if (s := out.get(r["org_uuid"])) is not None:
            s.sites, s.building_area, s.land_area = r["n"], round(r["b"], 2), round(r["l"], 2)
    for r in store.query("SELECT r.org_uuid, r.kind FROM site_room r JOIN site s ON s.uuid = r.site_uuid "
                         "WHERE r.deleted = 0 AND s.deleted = 0 ORDER BY r.sort_order"):
        if (s := out.get(r["org_uuid"])) is not None:
            s.rooms += 1
            if r["kind"] not in s.room_kinds:
                s.room_kinds.append(r["kind"])
    for r in store.query("""
            SELECT org_uuid, sum(disposed_on IS NULL) AS lines, sum(CASE WHEN disposed_on IS NULL THEN quantity END) AS items,
                   sum(CASE WHEN disposed_on IS NULL THEN quantity * unit_value_fen END) AS value,
                   sum(disposed_on IS NULL AND condition = '待修') AS repair, sum(disposed_on IS NOT NULL) AS gone
            FROM asset WHERE deleted = 0 GROUP BY org_uuid"""):
        if (s := out.get(r["org_uuid"])) is not None:
            s.asset_lines, s.asset_items, s.asset_value_fen = r["lines"] or 0, r["items"] or 0, r["value"] or 0
            s.needs_repair, s.disposed_lines = r["repair"] or 0, r["gone"] or 0
    for r in store.query("SELECT f.org_uuid, f.source, sum(f.amount_fen) AS fen FROM site_funding f "
                         "JOIN site s ON s.uuid = f.site_uuid WHERE f.deleted = 0 AND s.deleted = 0 "
                         "GROUP BY f.org_uuid, f.source ORDER BY f.org_uuid, fen DESC"):
        if (s := out.get(r["org_uuid"])) is not None:
            s.funding_by_source[r["source"]] = r["fen"]
            s.funding_fen += r["fen"]
    for r in store.query("SELECT org_uuid, max(closed_on) AS d FROM stocktake WHERE deleted = 0 AND status = 'closed' "
                         "GROUP BY org_uuid"):
        if (s := out.get(r["org_uuid"])) is not None:
            s.last_stocktake = r["d"]
    return list(out.values())


def site_warnings(store: Store, org_uuid: str | None = None, settings=None, today: dt.date | None = None) -> list:
    """Rule warnings (``rules.RuleWarning``) for the villages at or below ``org_uuid``: no site,
    building area under the configured minimum (RULES.md §7, local standards differ), remote-
    education sessions/hours of last month under the configured minimum, items waiting for repair."""
    from djdesk.core.rules import RuleWarning
    from djdesk.core.settings import SETTINGS

    def setting(key):
        return settings.get(key) if settings is not None else SETTINGS[key].default

    min_area = setting("site_min_building_area")
    min_sessions = setting("remote_edu_min_sessions")
    min_hours = setting("remote_edu_min_hours")
    today = today or dt.date.today()
    last = (today.replace(day=1) - dt.timedelta(days=1))
    # The standards are local (RULES.md §7): the clerk sees where each threshold comes from.
    area_src = "本地村级组织活动场所建设标准（面积下限各地不同，可在“设置”中修改）"
    out = []
    for s in township_summary(store, org_uuid):
        if s.sites == 0:
            out.append(RuleWarning("site_missing", s.village_uuid, s.village_name,
                                   f"{s.village_name}尚未登记村级组织活动场所",
                                   "村级组织活动场所建设要求：每个村（社区）都应有活动场所", "info"))
            continue
        if min_area and s.building_area < min_area:
            out.append(RuleWarning("site_area", s.village_uuid, s.village_name,
                                   f"{s.village_name}活动场所建筑面积 {s.building_area:g} 平方米，低于 {min_area} 平方米的标准",
                                   area_src))
        if s.needs_repair:
            out.append(RuleWarning("site_repair", s.village_uuid, s.village_name,
                                   f"{s.village_name}有 {s.needs_repair} 项资产待修",
                                   "活动场所资产台账：待修资产应及时修复，无法修复的按规定报废", "info"))
        for site in store.query("SELECT s.uuid, s.name FROM site s WHERE s.org_uuid = ? AND s.deleted = 0 AND "
                                "EXISTS (SELECT 1 FROM site_room r WHERE r.site_uuid = s.uuid AND r.deleted = 0 "
                                "AND r.kind = '远程教育站点')", (s.village_uuid,)):
            m = remote_education_month(store, site["uuid"], last.year, last.month,
                                       registers(settings)[0])
            if (min_sessions and m["sessions"] < min_sessions) or (min_hours and m["hours"] < min_hours):
                out.append(RuleWarning(
                    "remote_edu", s.village_uuid, s.village_name,
                    f"{s.village_name}远程教育站点{last.year}年{last.month}月组织学习 {m['sessions']} 次、共 "
                    f"{m['hours']:g} 小时，未达到每月至少 {min_sessions} 次、{min_hours} 小时的要求",
                    "本地远程教育站点学用要求（每月次数、时长可在“设置”中修改）", "info"))
    return out
