"""djdesk-cli: every command documented, JSON output, user errors as one Chinese line."""

import json
import sqlite3
import subprocess
import sys

import pytest

from djdesk import cli

SCRIPT = [sys.executable, "-m", "djdesk.cli"]


def run(*args, ok=True):
    out = subprocess.run([*SCRIPT, *map(str, args)], capture_output=True, text=True)
    if ok:
        assert out.returncode == 0, out.stderr
    return out


@pytest.fixture
def village_db(tmp_path):
    path = tmp_path / "v.sqlite"
    run("init", "--db", path, "--role", "village", "--township", "红星乡党委", "--village", "李家村",
        "--village-code", "101")
    return path


def test_every_command_has_help():
    parser = cli.build_parser()
    seen = []

    def walk(p, prefix):
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    help_text = next(c.help for c in action._choices_actions if c.dest == name)
                    assert help_text and sub.description, f"{prefix} {name} has no help"
                    seen.append(f"{prefix}{name}")
                    walk(sub, f"{prefix}{name} ")
            elif action.dest not in ("help", "version"):
                assert action.help, f"{prefix}: option {action.dest} has no help"

    walk(parser, "")
    assert {"demo", "init", "check", "org list", "roster list", "report roster"} <= set(seen)


def test_version():
    from djdesk import __version__
    assert run("--version").stdout.strip() == f"djdesk {__version__}"


def test_init_org_list_json_and_check(village_db):
    data = json.loads(run("org", "list", "--db", village_db, "--json", "--counts").stdout)
    assert [(o["kind"], o["name"], o["members"]) for o in data["orgs"]] == [
        ("township", "红星乡党委", 0), ("village", "李家村", 0), ("branch", "李家村党支部", 0)]
    check = json.loads(run("check", "--db", village_db, "--json").stdout)
    assert check["integrity"] == "ok"
    assert {"few_members", "branch_too_small"} <= {w["code"] for w in check["warnings"]}
    # every section is checked: a village without an activity site is a 活动场所 finding
    assert {(w["section"], w["code"]) for w in check["warnings"]} >= {("org", "few_members"), ("sites", "site_missing")}
    text = run("check", "--db", village_db).stdout
    assert "规则检查（组织设置、三会一课、党费、活动场所）" in text and "活动场所 李家村：李家村尚未登记村级组织活动场所" in text


def test_user_errors_are_one_chinese_line(tmp_path, village_db):
    out = run("roster", "list", "--db", tmp_path / "nope.sqlite", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR
    assert out.stderr.strip() == f"错误：找不到数据库文件：{tmp_path / 'nope.sqlite'}"
    out = run("roster", "list", "--db", village_db, "--org", "王家村", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and "找不到组织“王家村”" in out.stderr
    assert "Traceback" not in out.stderr
    out = run("init", "--db", village_db, "--role", "village", "--township", "乡", "--village", "村", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and "已存在" in out.stderr


def test_check_reports_damage_with_nonzero_exit(tmp_path, village_db):
    conn = sqlite3.connect(village_db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'org_unit'").fetchone()[0]
    conn.close()
    raw = bytearray(village_db.read_bytes())
    start = (root - 1) * page_size
    raw[start:start + 64] = b"\xff" * 64          # scribble over the org table's b-tree page header
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(raw)
    out = run("check", "--db", damaged, "--json", ok=False)
    assert out.returncode == cli.EXIT_DAMAGED, out.stderr
    assert json.loads(out.stdout)["integrity"] == "damaged"


def test_output_cut_short_by_the_reader_is_no_error(village_db):
    """``djdesk-cli check | head -1``: the reader closes the pipe early; no traceback, nothing logged."""
    proc = subprocess.Popen([sys.executable, "-m", "djdesk.cli", "check", "--db", str(village_db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()                     # gone before the first line is written
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""
