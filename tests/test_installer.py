"""The Windows installer and the portable bundle (installer/).

Fast, always: the Inno Setup script's promises (per-user, Chinese, user data kept on uninstall,
version from build.py), build.py passing djdesk's version, portable mode in paths.py.

``bundle`` (runs by default, ≈ 1 minute): builds the PyInstaller one-folder bundle for this OS
into a temporary folder and runs it the way a clerk's PC would, outside the source tree and venv:
``djdesk-cli --version`` / ``demo`` / ``report roster`` and the GUI's ``--self-test``. A missing
hidden import, data file or Qt plugin fails here. Deselect with ``-m "not bundle"`` when iterating.
"""

from __future__ import annotations

import codecs
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from djdesk.core import paths

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "djdesk.iss"
EXE = ".exe" if sys.platform == "win32" else ""
APP_ID = "{{6D1F3A52-8C4B-4E7A-9B0D-2F5E8A7C3D14}"  # never changes: upgrades install over the old version


def source_version() -> str:
    text = (ROOT / "djdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def load_build():
    spec = importlib.util.spec_from_file_location("djdesk_installer_build", INSTALLER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iss_sections() -> dict[str, list[str]]:
    """Non-comment, non-preprocessor lines of the .iss per [Section] (lower-cased names)."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1].lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


# ----- the Inno Setup script ---------------------------------------------------------------------

def test_iss_is_utf8_with_bom():
    """Inno Setup reads a script without a BOM as ANSI: the Chinese names would be garbled."""
    assert ISS.read_bytes().startswith(codecs.BOM_UTF8)


def test_iss_installs_per_user_without_admin():
    setup = dict(line.split("=", 1) for line in iss_sections()["setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" (admin) path
    assert setup["DefaultDirName"] in (r"{autopf}\djdesk", r"{localappdata}\Programs\djdesk", r"{userpf}\djdesk")
    assert setup["AppId"] == APP_ID
    assert setup["AppVersion"] == "{#AppVersion}"  # from ISCC /DAppVersion=…, i.e. build.py
    assert "#error" in ISS.read_text(encoding="utf-8-sig").split("[Setup]")[0]  # refuses to build without it


def test_iss_is_in_chinese_with_shortcuts():
    text = ISS.read_text(encoding="utf-8-sig")
    languages = iss_sections()["languages"]
    assert re.match(r'Name: "chinesesimplified"; MessagesFile: ".*ChineseSimplified\.isl"', languages[0])
    assert r"compiler:Languages\Unofficial\ChineseSimplified.isl" in text
    setup = dict(line.split("=", 1) for line in iss_sections()["setup"])
    assert setup["LanguageDetectionMethod"] == "none"  # the first language, Chinese, whatever the OS language
    icons = iss_sections()["icons"]
    assert any(line.startswith('Name: "{autoprograms}') and r"{app}\djdesk.exe" in line for line in icons)
    assert any(line.startswith('Name: "{autodesktop}') and "Tasks: desktopicon" in line for line in icons)
    assert any(line.startswith('Name: "desktopicon"') for line in iss_sections()["tasks"])


def test_iss_uninstall_and_upgrade_keep_user_data():
    sections = iss_sections()
    for section in ("uninstalldelete", "installdelete"):
        for line in sections.get(section, []):
            lowered = line.lower()
            assert "{app}" in lowered, line  # only ever the program folder …
            assert "djdesk-data" not in lowered and "appdata" not in lowered, line  # … never the data
            assert not re.search(r'name: "\{app\}\\?\*?"', lowered), line  # … and never all of it
    code_lines = [line.lower() for lines in sections.values() for line in lines]
    assert not any(r"{localappdata}\djdesk" in line or "{userappdata}" in line for line in code_lines)
    files = sections["files"]
    assert any("{#BundleDir}" in line and "recursesubdirs" in line for line in files)


# ----- the icon ----------------------------------------------------------------------------------

ICONS = ROOT / "resources" / "icons"
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256]


def ico_directory(path: Path) -> list[tuple[int, bytes]]:
    """(side, image data) for each entry of a .ico file, read from its header."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for i in range(count):
        width, height, _, _, _, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert width == height and bits == 32
        entries.append((width or 256, data[offset:offset + size]))
    return entries


def test_icon_pngs_decode_at_their_sizes():
    from PIL import Image

    for side in ICON_SIZES:
        path = ICONS / ("djdesk.png" if side == 256 else f"djdesk-{side}.png")
        with Image.open(path) as image:
            image.load()
            assert (image.format, image.size, image.mode) == ("PNG", (side, side), "RGBA")
            red, green, blue, alpha = image.getpixel((side // 2, int(side * 0.9)))  # near the lower edge: opaque red
            assert alpha > 240 and red > 100 and red > 2 * green and red > 2 * blue, (side, red, green, blue)
            assert image.getpixel((0, 0))[3] < 64  # rounded corners
            colours = {colour for _, colour in image.convert("RGB").getcolors(side * side)}
            assert (255, 255, 255) in colours  # the white character(s)


def test_icon_ico_holds_every_size_as_drawn():
    """Classic BMP entries up to 128 px (old tools read those), PNG at 256; each the same picture as its PNG."""
    from PIL import Image

    entries = ico_directory(ICONS / "djdesk.ico")
    assert sorted(side for side, _ in entries) == ICON_SIZES
    for side, data in entries:
        assert data.startswith(b"\x89PNG") == (side == 256), side
    with Image.open(ICONS / "djdesk.ico") as ico:
        assert ico.info["sizes"] == {(n, n) for n in ICON_SIZES}
        for side in ICON_SIZES:
            ico.size = (side, side)
            ico.load()
            with Image.open(ICONS / ("djdesk.png" if side == 256 else f"djdesk-{side}.png")) as png:
                assert ico.convert("RGBA").tobytes() == png.convert("RGBA").tobytes(), side


def test_icon_generator_draws_the_set(tmp_path):
    """The committed maintainer tool runs and writes the same file set and sizes (the pixels depend on
    the Pillow and FreeType versions, so they are not compared)."""
    spec = importlib.util.spec_from_file_location("djdesk_make_icons", ICONS / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert make_icons.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in ICONS.iterdir() if p.suffix != ".py")
    assert sorted(side for side, _ in ico_directory(tmp_path / "djdesk.ico")) == ICON_SIZES


def test_executables_setup_and_uninstall_entry_use_the_icon():
    spec = (INSTALLER / "djdesk.spec").read_text(encoding="utf-8")
    assert 'ICON = ROOT / "resources" / "icons" / "djdesk.ico"' in spec
    assert spec.count("icon=str(ICON)") == 1 and "def executable(" in spec  # in the one EXE() both programs use
    assert ".py" in re.search(r'tree\(ROOT / "resources".*', spec).group(0)  # make_icons.py is not shipped
    setup = dict(line.split("=", 1) for line in iss_sections()["setup"])
    assert (INSTALLER / setup["SetupIconFile"].replace("\\", "/")).resolve() == (ICONS / "djdesk.ico").resolve()
    assert setup["UninstallDisplayIcon"] == r"{app}\djdesk.exe"  # the .exe carries the icon (spec)
    for line in iss_sections()["icons"]:  # shortcuts: the .exe's icon, not another file's
        assert r'Filename: "{app}\djdesk.exe"' in line and "IconFilename" not in line


# ----- build.py ----------------------------------------------------------------------------------

def test_build_reads_the_source_version():
    build = load_build()
    assert build.source_version() == source_version()
    assert build.numeric_version("1.2.0rc1") == "1.2.0.1"
    assert build.numeric_version("0.1.0") == "0.1.0.0"


def test_build_passes_the_version_to_inno_setup(monkeypatch, tmp_path):
    """On Windows with Inno Setup present, build.py runs PyInstaller, then ISCC /DAppVersion=<version>."""
    build = load_build()
    calls = []
    monkeypatch.setattr(build, "IS_WINDOWS", True)
    monkeypatch.setattr(build, "find_iscc", lambda: Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"))
    monkeypatch.setattr(build, "run", lambda cmd, **kw: calls.append([str(c) for c in cmd]))
    for name in ("ensure_pyinstaller", "check_version"):
        monkeypatch.setattr(build, name, lambda *a, **kw: None)
    monkeypatch.setattr(build, "folder_size", lambda path: 0)
    assert build.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]) == 0
    pyinstaller, iscc = calls
    assert pyinstaller[1:3] == ["-m", "PyInstaller"] and pyinstaller[-1].endswith("djdesk.spec")
    version = source_version()
    assert iscc[0].endswith("ISCC.exe") and iscc[-1] == str(ISS)
    assert f"/DAppVersion={version}" in iscc
    assert f"/DBundleDir={tmp_path / 'dist' / 'djdesk'}" in iscc
    assert f"/Fdjdesk-{version}-setup" in iscc


# ----- portable mode -----------------------------------------------------------------------------

@pytest.fixture
def frozen_exe(monkeypatch, tmp_path):
    """Pretend to be a PyInstaller bundle on a USB stick: E:\\djdesk\\djdesk.exe."""
    exe_dir = tmp_path / "usb" / "djdesk"
    exe_dir.mkdir(parents=True)
    exe = exe_dir / f"djdesk{EXE}"
    exe.touch()
    per_user = tmp_path / "per-user"
    monkeypatch.delenv("DJDESK_DATA_DIR", raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **kw: str(per_user))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe_dir.resolve(), per_user


def test_bundle_without_marker_uses_the_per_user_dir(frozen_exe):
    exe_dir, per_user = frozen_exe
    assert paths.data_dir() == per_user
    assert not (exe_dir / "djdesk-data").exists()


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_portable_marker_keeps_data_beside_the_executable(frozen_exe, marker):
    """portable.txt too: Explorer hides extensions, so "New > Text Document" makes that name."""
    exe_dir, per_user = frozen_exe
    (exe_dir / marker).write_text("")
    assert paths.data_dir() == exe_dir / "djdesk-data"
    assert (exe_dir / "djdesk-data").is_dir()
    assert paths.default_db_path() == exe_dir / "djdesk-data" / "djdesk.sqlite"
    assert paths.log_path().parent == exe_dir / "djdesk-data"
    assert not per_user.exists()


def test_data_dir_env_wins_over_portable(frozen_exe, monkeypatch, tmp_path):
    exe_dir, _ = frozen_exe
    (exe_dir / "portable").write_text("")
    monkeypatch.setenv("DJDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"


def test_portable_marker_ignored_when_not_frozen(frozen_exe, monkeypatch):
    """From a source tree sys.executable is Python: a file called portable beside it means nothing."""
    exe_dir, per_user = frozen_exe
    (exe_dir / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", False)
    assert paths.data_dir() == per_user


# ----- the bundle, built and run -----------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """A fresh bundle in a temporary dist/ (not the developer's dist/)."""
    base = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(INSTALLER / "build.py"), "--dist", str(base / "dist"),
                          "--work", str(base / "build")], capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - started
    assert out.returncode == 0, f"build failed after {seconds:.0f} s:\n{out.stdout[-4000:]}\n{out.stderr[-6000:]}"
    print(f"\nbundle built in {seconds:.0f} s")
    return base / "dist" / "djdesk"


def run_bundled(bundle: Path, program: str, *args, cwd: Path, timeout: int = 180, env_update=None):
    """Run a bundled executable as on a clerk's PC: from elsewhere, with no Python environment around."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for key, value in (env_update or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([str(bundle / f"{program}{EXE}"), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", cwd=cwd, env=env, timeout=timeout)


def bundle_files(bundle: Path) -> set[str]:
    return {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}


@pytest.mark.bundle
def test_bundle_has_two_programs_and_the_data_files(bundle):
    files = bundle_files(bundle)
    assert {f"djdesk{EXE}", f"djdesk-cli{EXE}"} <= files
    internal = "_internal/"
    # The font and its licence; every resource shipped (the .qm, not the .ts sources).
    for name in ("resources/fonts/wqy-microhei.ttc", "resources/fonts/LICENSE_Apache2.txt"):
        assert internal + name in files
    source_resources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
                        if p.is_file() and p.suffix not in (".ts", ".py") and "__pycache__" not in p.parts}
    assert {internal + f for f in source_resources} <= files
    assert internal + "resources/icons/djdesk-16.png" in files            # the window icon's sizes
    assert not [f for f in files if f.endswith("make_icons.py")]        # its generator stays home
    qm = sorted(f for f in files if f.startswith(internal + "resources/translations/") and f.endswith(".qm"))
    assert qm == sorted(internal + f for f in source_resources if f.endswith(".qm"))
    assert (ROOT / "resources" / "translations" / "djdesk_en.qm").exists() and qm, "no English translation"
    forms = {internal + "forms/" + p.name for p in (ROOT / "forms").glob("*.ui")}
    assert forms and forms <= files
    # Qt's own Chinese strings (standard buttons), the PDF preview, a screen plugin for this OS.
    assert any(re.search(r"PySide6/(Qt/)?translations/qtbase_zh_CN\.qm$", f) for f in files)
    assert any(re.search(r"PySide6/QtPdfWidgets\.(abi3\.so|pyd)$", f) for f in files)
    platform_plugin = "qwindows.dll" if sys.platform == "win32" else "libqxcb.so"
    assert any(f.endswith("plugins/platforms/" + platform_plugin) for f in files)
    # Data of the libraries imported lazily (ID numbers, pinyin, PDF).
    assert internal + "stdnum/cn/loc.dat" in files
    assert any(f.startswith(internal + "pypinyin/") and f.endswith((".json", ".pickle")) for f in files)
    # Left out on purpose (size): QML/Quick, WebEngine, Wayland, the GTK theme.
    unwanted = re.compile(r"Qt6?(Quick|Qml|WebEngine|VirtualKeyboard|Wayland|3D|Multimedia)|/qml/|qgtk3", re.I)
    assert not [f for f in files if unwanted.search(f)]


@pytest.mark.bundle
def test_bundled_cli_prints_the_version(bundle, tmp_path):
    out = run_bundled(bundle, "djdesk-cli", "--version", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"djdesk {source_version()}"


@pytest.mark.bundle
def test_bundled_cli_demo_report_and_gui_self_test(bundle, tmp_path):
    from pypdf import PdfReader

    db, pdf = tmp_path / "d.sqlite", tmp_path / "r.pdf"
    out = run_bundled(bundle, "djdesk-cli", "demo", "--db", db, "--scale", "township", cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "在册党员" in out.stdout
    out = run_bundled(bundle, "djdesk-cli", "check", "--db", db, "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert json.loads(out.stdout)["integrity"] == "ok"
    out = run_bundled(bundle, "djdesk-cli", "report", "roster", "--db", db, "--out", pdf, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    reader = PdfReader(pdf)
    assert len(reader.pages) > 0
    fonts = [ref.get_object() for ref in reader.pages[0]["/Resources"]["/Font"].values()]
    embedded = [f for f in fonts if "WenQuanYiMicroHei" in f["/BaseFont"]
                and "/FontFile2" in f["/FontDescriptor"].get_object()]
    assert embedded, [f["/BaseFont"] for f in fonts]
    assert "党员花名册" in reader.pages[0].extract_text()

    # The libraries imported lazily are in the bundle too: openpyxl (Excel), cryptography (keys).
    xlsx = tmp_path / "roster.xlsx"
    out = run_bundled(bundle, "djdesk-cli", "export", "roster", "--db", db, "--out", xlsx, cwd=tmp_path)
    assert out.returncode == 0 and xlsx.read_bytes()[:2] == b"PK", out.stdout + out.stderr
    out = run_bundled(bundle, "djdesk-cli", "dues", "calc", "--category", "在职", "--base", "4200", "--json",
                      cwd=tmp_path)
    assert out.returncode == 0 and json.loads(out.stdout)["amount_fen"] == 4200, out.stdout + out.stderr
    out = run_bundled(bundle, "djdesk-cli", "enrol", "identity", "--db", db, "--json", cwd=tmp_path)
    assert out.returncode == 0 and len(json.loads(out.stdout)["fingerprint"]) >= 16, out.stdout + out.stderr

    for lang in ("zh", "en"):
        started = time.perf_counter()
        out = run_bundled(bundle, "djdesk", "--self-test", "--db", db, "--lang", lang, cwd=tmp_path)
        assert out.returncode == 0, f"--lang {lang}: {out.stdout}{out.stderr}"
        assert "自检通过" in out.stdout
        assert time.perf_counter() - started < 30


@pytest.mark.bundle
def test_bundle_in_portable_mode_keeps_data_beside_itself(bundle, tmp_path):
    """With a ``portable`` file beside the executables, the log (and any database) go to djdesk-data/."""
    home = tmp_path / "home"  # where the per-user data dir would be, were portable mode broken
    env = {"DJDESK_DATA_DIR": None, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "LOCALAPPDATA": str(home / "AppData" / "Local"), "APPDATA": str(home / "AppData" / "Roaming")}
    db = tmp_path / "v.sqlite"
    marker, data = bundle / "portable", bundle / "djdesk-data"
    marker.write_text("")
    try:
        out = run_bundled(bundle, "djdesk-cli", "init", "--db", db, "--role", "village", "--township", "红星乡党委",
                          "--village", "李家村", cwd=tmp_path, env_update=env)
        assert out.returncode == 0, out.stdout + out.stderr
        assert (data / "djdesk.log").exists()
        assert not home.exists() or not any(p.name == "djdesk" for p in home.rglob("djdesk"))
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)
