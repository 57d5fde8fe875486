"""djdesk-cli commands of the USB handoff (issue #7): ``package …``, ``enrol …`` and
``report township-summary``. A thin shell over ``djdesk.core.sync``; refusals are user errors
(one Chinese line, exit 2)."""

from __future__ import annotations

from pathlib import Path

from djdesk.core.errors import UserError


def _write_store(args):
    """Commands that write take the single-writer lock (``DatabaseLocked`` if the GUI has it)."""
    from djdesk.core.store import Store

    return Store.open(args.db)


def _village(store, ref: str | None) -> str | None:
    from djdesk.cli import resolve_org

    if not ref:
        return None
    org = resolve_org(store, ref)
    if org["kind"] not in ("village", "community"):
        raise UserError(f"“{org['name']}”不是村或社区。")
    return org["uuid"]


def _counts_line(counts: dict) -> str:
    return (f"新增 {counts['new']} 条，更新 {counts['updated']} 条，未变 {counts['unchanged']} 条，"
            f"冲突 {counts['conflicting']} 条，拒收 {counts['refused']} 条")


# ----- package ---------------------------------------------------------------------------------

def cmd_package_export(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import package

    store = _write_store(args)
    try:
        r = package.export_package(store, args.to, _village(store, args.village))
    finally:
        store.close()
    _emit(args, {"path": str(r.path), "package_uuid": r.package_uuid, "seq": r.seq, "size": r.size,
                 "counts": r.counts, "blobs": r.blobs, "verified": r.verified},
          [f"已写入数据包：{r.path}（第 {r.seq} 号，{r.size / 1024:.1f} KB，{sum(r.counts.values())} 条记录，"
           f"附件 {r.blobs} 个）", "已读回校验无误，可以安全拔出U盘。"])
    return 0


def cmd_package_inspect(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import package

    store = _open(args) if args.db else None
    try:
        info = package.inspect_package(store, args.file)
    finally:
        if store is not None:
            store.close()
    h = info.header
    verdict = ("可以导入" if info.problem is None else info.problem) if store is not None else "结构和签名完好（未指定数据库，未核对发送方）"
    _emit(args, {"path": str(info.path), "size": info.size, "sha256": info.sha256, "header": h,
                 "sender_fingerprint": info.fingerprint, "sender_known": info.sender_known,
                 "problem": info.problem, "problem_code": info.problem_code, "counts": info.counts},
          [f"数据包：{info.path.name}（{info.size / 1024:.1f} KB）",
           f"发送方：{h.get('sender_name', '')}（{h.get('sender_role', '')}，指纹 {info.fingerprint}）",
           f"村（社区）：{h.get('village_name', '')} {h.get('village_code', '')}　第 {h.get('seq')} 号　生成于 {h.get('created_at', '')}",
           "记录数：" + "，".join(f"{t} {n}" for t, n in info.counts.items()) + f"；附件 {h.get('blobs', 0)} 个",
           f"校验结果：{verdict}"])
    return 0


def cmd_package_preview(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import package

    store = _open(args)
    try:
        plan = package.preview_import(store, args.file)
    finally:
        store.close()
    updates = [{"table": u.table, "uuid": u.uuid, "action": u.action,
                "fields": {k: list(v) for k, v in u.fields.items()}} for u in plan.updates]
    conflicts = [{"table": c.table, "uuid": c.uuid, "winner": c.winner} for c in plan.conflicts]
    lines = [f"导入后将：{_counts_line(plan.counts)}（未写入任何数据）"]
    for u in updates[:200]:
        if u["action"] == "new":
            lines.append(f"  新增 {u['table']} {u['uuid']}")
        else:
            lines.append(f"  {u['action']} {u['table']} {u['uuid']}：" + "；".join(
                f"{k}：{o!r} → {n!r}" for k, (o, n) in u["fields"].items()))
    _emit(args, {"counts": plan.counts, "updates": updates, "conflicts": conflicts}, lines)
    return 0


def _import_line(r) -> list[str]:
    lines = [f"已导入“{r.sender}”的第 {r.seq} 号数据包（{r.path.name}）：{_counts_line(r.counts)}",
             f"导入前已自动备份：{r.backup_path}" if r.backup_path else "没有记录需要改动（无需备份）"]
    if r.receipt_path:
        lines.append(f"回执已写到：{r.receipt_path}")
    if r.receipt_problem:
        lines.append(r.receipt_problem)
    return lines


def _import_json(r) -> dict:
    return {"file": str(r.path), "package_uuid": r.package_uuid, "sender": r.sender, "seq": r.seq,
            "counts": r.counts, "backup": str(r.backup_path) if r.backup_path else None,
            "receipt": str(r.receipt_path) if r.receipt_path else None, "receipt_problem": r.receipt_problem}


def cmd_package_import(args) -> int:
    """One file: ``import_package`` (a refusal is the command's error, exit 2). Several (a
    township's round): ``import_packages`` — one backup, one transaction; refused files are
    listed and the command exits 2 if any was refused."""
    from djdesk.cli import EXIT_USER_ERROR, _emit
    from djdesk.core.sync import package

    store = _write_store(args)
    try:
        if len(args.file) == 1:
            r = package.import_package(store, args.file[0], write_receipt=not args.no_receipt)
            _emit(args, _import_json(r), _import_line(r))
            return 0
        results = package.import_packages(store, args.file, write_receipt=not args.no_receipt)
    finally:
        store.close()
    lines, data = [], []
    for path, r in zip(args.file, results):
        if isinstance(r, UserError):
            lines.append(f"拒收 {Path(path).name}：{r.message}")
            data.append({"file": str(path), "refused": r.message, "code": getattr(r, "code", "bad_content")})
        else:
            lines += _import_line(r)
            data.append(_import_json(r))
    _emit(args, {"packages": data}, lines)
    return EXIT_USER_ERROR if any(isinstance(r, UserError) for r in results) else 0


def cmd_package_receipt(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import package

    store = _write_store(args)
    try:
        info = package.load_receipt(store, args.file)
    finally:
        store.close()
    _emit(args, {"package_uuid": info.package_uuid, "seq": info.seq, "counts": info.counts,
                 "imported_at": info.imported_at, "by": info.by},
          [f"已确认：“{info.by}”于 {info.imported_at} 导入了第 {info.seq} 号数据包（{_counts_line(info.counts)}）"])
    return 0


def cmd_package_log(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import package

    store = _open(args)
    rows = package.package_log(store)
    _emit(args, {"packages": rows}, [
        f"{r['processed_at']}  {'发出' if r['direction'] == 'out' else '导入'}  {r['peer_name']}  第 {r['seq']} 号  "
        f"{r['file_name']}  {r['account']}  " + (_counts_line(r["counts"]) if r["direction"] == "in" else "")
        + ("  已收回执" if r["direction"] == "out" and r["receipt_at"] else "") for r in rows] or ["还没有收发过数据包"])
    return 0


def cmd_package_conflicts(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import merge

    store = _open(args)
    rows = merge.list_conflicts(store, None if args.all else "open")
    data = [{k: r[k] for k in ("id", "table_name", "record_uuid", "winner", "winner_hlc", "loser_hlc", "status",
                               "detected_at")} | {"fields": {k: list(v) for k, v in r["fields"].items()}}
            for r in rows]
    _emit(args, {"conflicts": data}, [
        f"#{r['id']} {r['table_name']} {r['record_uuid']}（{r['status']}，保留了{'本机' if r['winner'] == 'local' else '对方'}的版本）："
        + "；".join(f"{k}：现为 {c!r}，落选版本 {v!r}" for k, (c, v) in r["fields"].items()) for r in rows]
        or ["没有待处理的冲突"])
    return 0


def cmd_package_resolve(args) -> int:
    from djdesk.core.sync import merge

    store = _write_store(args)
    try:
        if args.restore:
            merge.reverse_conflict(store, args.id)
            print(f"已恢复冲突 #{args.id} 中落选的版本（作为一次新的修改，会随下一个数据包传出）")
        else:
            merge.accept_conflict(store, args.id)
            print(f"已确认冲突 #{args.id} 保留现在的版本")
    finally:
        store.close()
    return 0


def cmd_package_tracking(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import township

    store = _open(args)
    rows = township.tracking_board(store, overdue_days=args.overdue_days)
    _emit(args, {"villages": township.tracking_json(rows)}, [
        f"{r.village_name}\t{r.state}\t" + (f"最近第 {r.last_seq} 号（{(r.last_created_at or '')[:10]}，{r.days_since} 天前）"
                                            if r.last_seq else "尚未收到数据包")
        + ("\t回执已写出" if r.receipt_written else "") + ("\t村已确认回执" if r.receipt_confirmed else "")
        for r in rows] or ["还没有村（社区）"])
    return 0


# ----- enrol -----------------------------------------------------------------------------------

def cmd_enrol_identity(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import identity

    store = _write_store(args)   # the first call makes the key pair
    try:
        me = identity.ensure_identity(store)
    finally:
        store.close()
    _emit(args, {"installation_id": me.installation_id, "role": me.role, "fingerprint": me.fingerprint},
          [f"本机指纹：{me.fingerprint}（登记时请与对方屏幕或登记表核对）"])
    return 0


def cmd_enrol_issue(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import enrol

    store = _write_store(args)
    try:
        village = _village(store, args.village)
        path = enrol.issue_enrolment(store, village, args.to)
        sheet = enrol.enrolment_sheet_data(store, village)
    finally:
        store.close()
    _emit(args, {"path": str(path), **sheet},
          [f"已写入登记文件：{path}", f"乡镇指纹：{sheet['township_fingerprint']}（请打印登记表交村里核对）"])
    return 0


def cmd_enrol_show(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import enrol

    info = enrol.read_enrolment(args.file)
    _emit(args, {"township": info.township_name, "township_fingerprint": info.township_fingerprint,
                 "village": info.village_name, "village_code": info.village_code, "issued_at": info.issued_at},
          [f"“{info.township_name}”于 {info.issued_at[:10]} 给“{info.village_name}”签发的登记文件",
           f"乡镇指纹：{info.township_fingerprint}（请与乡镇打印的登记表核对）"])
    return 0


def cmd_enrol_accept(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import enrol, identity

    store = _write_store(args)
    try:
        info = enrol.accept_enrolment(store, args.file, args.fingerprint)
        mine = identity.ensure_identity(store).fingerprint
    finally:
        store.close()
    _emit(args, {"township": info.township_name, "village": info.village_name, "fingerprint": mine},
          [f"已在“{info.township_name}”登记为“{info.village_name}”。",
           f"本机指纹：{mine}（乡镇导入第一个数据包时会核对它）"])
    return 0


def cmd_enrol_confirm(args) -> int:
    from djdesk.cli import _emit
    from djdesk.core.sync import enrol

    store = _write_store(args)
    try:
        if not args.fingerprint:
            pending = enrol.pending_enrolment(store, args.file)
            raise UserError(f"“{pending.village_name}”的指纹是 {pending.fingerprint}。请与村里屏幕或登记表核对，"
                            f"一致后用 --fingerprint 输入它来确认登记。")
        peer = enrol.confirm_enrolment(store, args.file, args.fingerprint)
    finally:
        store.close()
    _emit(args, {"village": peer["name"], "fingerprint": peer["fingerprint"]},
          [f"已确认登记“{peer['name']}”（指纹 {peer['fingerprint']}），现在可以导入它的数据包了。"])
    return 0


def cmd_enrol_list(args) -> int:
    from djdesk.cli import _emit, _open
    from djdesk.core.sync import enrol

    store = _open(args)
    rows = enrol.peers(store)
    labels = {"issued": "已发登记文件，待首包", "enrolled": "已登记", "revoked": "已注销"}
    _emit(args, {"peers": rows}, [f"{r['name']}\t{labels[r['status']]}\t{r['fingerprint']}" for r in rows]
          or ["还没有登记任何单位"])
    return 0


# ----- report ----------------------------------------------------------------------------------

def cmd_report_township_summary(args) -> int:
    import datetime as dt

    from djdesk.cli import _emit, _open, resolve_org
    from djdesk.core.reports import township as report
    from djdesk.core.sync import township

    store = _open(args)
    org = resolve_org(store, args.org)
    as_of = dt.date.fromisoformat(args.as_of) if args.as_of else None
    rollup = township.rollup(store, args.year, as_of, org["uuid"])
    tracking = township.tracking_board(store)
    out = Path(args.out)
    if out.suffix.lower() == ".xlsx":
        report.export_township_summary_xlsx(out, org["name"], rollup, tracking)
        pages = None
    elif out.suffix.lower() == ".pdf":
        pages = report.render_township_summary(out, org["name"], rollup, tracking).pages
    else:
        raise UserError(f"输出文件应以 .pdf 或 .xlsx 结尾：{out.name}")
    _emit(args, {"out": str(out), "pages": pages, **township.rollup_json(rollup)},
          [f"已生成{report.TITLE}：{out}" + (f"（{pages} 页）" if pages else ""),
           f"{len(rollup.villages)} 个村（社区），在册党员 {rollup.totals.members} 名"])
    return 0


def register(sub, rep_sub, exp_sub, command) -> None:
    pk = sub.add_parser("package", help="U盘数据包（村↔乡镇）", description="U盘数据包：导出、查看、导入、回执、冲突")
    pk_sub = pk.add_subparsers(dest="package_command", required=True, metavar="子命令")
    c = command(pk_sub, "export", "导出数据包到U盘（村：发给乡镇；乡镇：用 --village 指定回传给哪个村）", cmd_package_export)
    c.add_argument("--to", required=True, type=Path, help="U盘上的文件夹")
    c.add_argument("--village", help="乡镇回传时：村（社区）名称、代码或编号")
    c = command(pk_sub, "inspect", "查看数据包（文件头、发送方、记录数、校验结果），不导入", cmd_package_inspect, db=False)
    c.add_argument("file", type=Path, help=".djpkg 数据包")
    c.add_argument("--db", type=Path, help="数据库：指定时还核对发送方、接收方和范围")
    c = command(pk_sub, "preview", "预览导入会改动哪些记录、哪些字段（不写入）", cmd_package_preview)
    c.add_argument("file", type=Path, help=".djpkg 数据包")
    c = command(pk_sub, "import", "导入数据包（先自动备份，一次完成；写回执到U盘）；可一次导入多个", cmd_package_import)
    c.add_argument("file", type=Path, nargs="+", help=".djpkg 数据包（乡镇可一次列出U盘上的全部数据包）")
    c.add_argument("--no-receipt", action="store_true", help="不写回执文件")
    c = command(pk_sub, "receipt", "载入对方写回的回执（.djrcpt），确认数据包已送达", cmd_package_receipt)
    c.add_argument("file", type=Path, help=".djrcpt 回执")
    command(pk_sub, "log", "列出收发过的数据包", cmd_package_log)
    c = command(pk_sub, "conflicts", "列出合并时的冲突（落选的版本都保留着）", cmd_package_conflicts)
    c.add_argument("--all", action="store_true", help="包括已处理的")
    c = command(pk_sub, "resolve", "处理一条冲突：确认保留现版本，或 --restore 恢复落选的版本", cmd_package_resolve,
                json_out=False)
    c.add_argument("id", type=int, help="冲突编号（package conflicts 列出的 #号）")
    c.add_argument("--restore", action="store_true", help="恢复落选的版本")
    c = command(pk_sub, "tracking", "乡镇：各村报送情况（最近数据包、逾期、回执）", cmd_package_tracking)
    c.add_argument("--overdue-days", type=int, default=35, help="超过多少天没有报送算逾期（默认35）")

    en = sub.add_parser("enrol", help="登记（乡镇与村互认密钥）", description="登记：乡镇与村互认密钥")
    en_sub = en.add_subparsers(dest="enrol_command", required=True, metavar="子命令")
    command(en_sub, "identity", "显示本机指纹（第一次使用时生成密钥）", cmd_enrol_identity)
    c = command(en_sub, "issue", "乡镇：给一个村生成登记文件", cmd_enrol_issue)
    c.add_argument("--village", required=True, help="村（社区）名称、代码或编号")
    c.add_argument("--to", required=True, type=Path, help="写到的文件夹（如U盘）")
    c = command(en_sub, "show", "查看登记文件（签发的乡镇和它的指纹）", cmd_enrol_show, db=False)
    c.add_argument("file", type=Path, help=".djenrol 登记文件")
    c = command(en_sub, "accept", "村：导入乡镇的登记文件", cmd_enrol_accept)
    c.add_argument("file", type=Path, help=".djenrol 登记文件")
    c.add_argument("--fingerprint", help="登记表上的乡镇指纹（核对用，可省略）")
    c = command(en_sub, "confirm", "乡镇：核对村第一个数据包的指纹并确认登记", cmd_enrol_confirm)
    c.add_argument("file", type=Path, help="村的第一个 .djpkg 数据包")
    c.add_argument("--fingerprint", help="村里屏幕或登记表上的指纹；省略时只显示待核对的指纹")
    command(en_sub, "list", "列出登记的单位", cmd_enrol_list)

    c = command(rep_sub, "township-summary", "乡镇党建工作汇总表（PDF 或 xlsx）：各村党员结构、三会一课、三个问题、党费、活动场所、报送情况",
                cmd_report_township_summary)
    c.add_argument("--org", help="乡镇（名称、代码或编号）；默认本单位")
    c.add_argument("--year", required=True, type=int, help="年度，如 2026")
    c.add_argument("--as-of", help="统计截至日期（默认今天）")
    c.add_argument("--out", required=True, type=Path, help="输出的 .pdf 或 .xlsx 文件")
