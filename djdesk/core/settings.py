"""User settings: one registry, each setting declared once (STYLE.md #11).

Settings live in ``data_dir()/settings.json`` and are rewritten atomically (temporary file +
``os.replace``), so a power cut while saving leaves the old file, never half a file. Asking for or
setting an undeclared key is a programming error (``KeyError``); a value of the wrong type is
refused (``ValueError``). A damaged or foreign file is not fatal: bad entries are logged and
fall back to their defaults, because a clerk cannot repair JSON by hand.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from djdesk.core import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple = ()


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("language", str, "zh", "界面语言：zh 中文，en English", choices=("zh", "en")),
    Setting("last_db", str, "", "上次打开的数据库文件（启动时自动打开）"),
    Setting("import_mappings", dict, {}, "导入Excel时各种表格格式的列对应（按导入类别和表头记住，excel.importing）"),
    Setting("idle_lock_minutes", int, 15, "开启登录时，多少分钟无人操作后锁定窗口、需重新输入密码（0 表示不锁定）"),
    # 党费 (RULES.md §1): what no source confirms is a default here, not a rule (djdesk/core/dues.py).
    Setting("dues_rounding", str, "half_up", "党费计算舍入到分的方式（规定未明确）：half_up 四舍五入，"
            "half_even 银行家舍入，down 舍去", choices=("half_up", "half_even", "down")),
    Setting("dues_advance_months", int, 3, "预交党费超过几个月时提示（各地规定不一；0 表示不限制）"),
    Setting("dues_advance_block", bool, False, "预交超过上述月数时不允许（否则只提示）"),
    Setting("dues_farmer_by_income", bool, False, "允许外出务工经商的农民党员按工资收入比例交纳（规定未明确）"),
    Setting("dues_fixed_for_year", bool, False, "每年年初按当时的收入定好全年每月党费（部分行业做法）"),
    Setting("dues_branch_retain_percent", int, 0, "党支部留存党费的比例（%，规定未明确，默认全部上缴乡镇党委）"),
    # Activity sites (RULES.md §7): local standards differ, so these are defaults, not rules.
    Setting("site_min_building_area", int, 150,
            "村级组织活动场所建筑面积最低标准（平方米；各地不同，如≥150或按村规模200/150/100；0 表示不检查）"),
    Setting("remote_edu_min_sessions", int, 2, "远程教育站点每月至少组织学习次数（0 表示不检查）"),
    Setting("remote_edu_min_hours", int, 20, "远程教育站点每月至少学习小时数（0 表示不检查）"),
    Setting("site_registers", list, ["远程教育工作记录簿", "设备运行维护记录簿", "学用人员签到簿", "设备登记册"],
            "远程教育站点“三簿一册”的登记簿名称（内容各地不一，可修改；第一本用于统计每月学习次数和时长）"),
)}


def settings_path() -> Path:
    return paths.data_dir() / "settings.json"


def _check(key: str, value: Any) -> Any:
    spec = SETTINGS.get(key)
    if spec is None:
        raise KeyError(f"undeclared setting: {key}")
    if type(value) is not spec.type:
        raise ValueError(f"setting {key} must be {spec.type.__name__}, got {value!r}")
    if spec.choices and value not in spec.choices:
        raise ValueError(f"setting {key} must be one of {spec.choices}, got {value!r}")
    return value


class Settings:
    """The settings file, read once; every ``set`` saves the whole file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else settings_path()
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", self.path, exc)
            return
        if not isinstance(raw, dict):
            log.warning("settings file %s is not a JSON object, using defaults", self.path)
            return
        for key, value in raw.items():
            try:
                self._values[key] = _check(key, value)
            except (KeyError, ValueError) as exc:
                log.warning("ignoring setting %r from %s: %s", key, self.path, exc)

    def get(self, key: str) -> Any:
        if key not in SETTINGS:
            raise KeyError(f"undeclared setting: {key}")
        return self._values.get(key, SETTINGS[key].default)

    def set(self, key: str, value: Any) -> None:
        values = {**self._values, key: _check(key, value)}
        self._save(values)
        self._values = values

    def _save(self, values: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(values, f, ensure_ascii=False, indent=2, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
