"""Build djdesk for the current OS: ``python installer/build.py`` (from the project's venv).

1. installs PyInstaller into the running Python if it is missing (``pip install "pyinstaller>=6"``);
2. runs installer/djdesk.spec: a one-folder bundle in ``dist/djdesk/`` with ``djdesk`` (GUI) and
   ``djdesk-cli`` (console), then checks that ``djdesk-cli --version`` prints djdesk's version;
3. on Windows, when Inno Setup 6 is installed, compiles installer/djdesk.iss into
   ``dist/djdesk-<version>-setup.exe`` (``ISCC /DAppVersion=<version>``);
4. with ``--portable-zip``, also writes ``dist/djdesk-<version>-portable.zip``: the same folder with
   the ``portable`` marker file beside the executables (data then lives in ``djdesk-data/`` next to them).

Prints the build time and the bundle size. The bundle contains the build machine's system libraries:
build the Windows release on Windows (10 or 11, 64-bit), the Linux bundle on the oldest Linux supported.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "djdesk.spec"
ISS = ROOT / "installer" / "djdesk.iss"
IS_WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""


def source_version(root: Path = ROOT) -> str:
    """``__version__`` of djdesk/__init__.py: the one place the version is written (pyproject.toml
    reads it too)."""
    text = (root / "djdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("djdesk/__init__.py has no __version__")
    return match.group(1)


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6"])


def pyinstaller_command(dist: Path, work: Path, clean: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    return cmd + (["--clean"] if clean else [])


def find_iscc() -> Path | None:
    """Inno Setup 6's command-line compiler, from PATH or its usual install folders."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = os.environ.get(base)
        if folder:
            for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
                candidate = Path(folder) / sub / "ISCC.exe"
                if candidate.exists():
                    return candidate
    return None


def numeric_version(version: str) -> str:
    """``a.b.c.d`` for Windows version resources, which take four numbers only ("1.2.0rc1" -> "1.2.0.1")."""
    numbers = re.findall(r"\d+", version)[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def iscc_command(iscc: Path | str, version: str, bundle: Path, output_dir: Path) -> list[str]:
    """The Inno Setup call: the version and the bundle folder come from here, not from the .iss."""
    return [str(iscc), f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric_version(version)}",
            f"/DBundleDir={bundle}", f"/O{output_dir}", f"/Fdjdesk-{version}-setup", str(ISS)]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def check_version(bundle: Path, version: str) -> None:
    cli = bundle / f"djdesk-cli{EXE_SUFFIX}"
    out = subprocess.run([str(cli), "--version"], capture_output=True, text=True, timeout=120)
    if out.returncode != 0 or out.stdout.strip() != f"djdesk {version}":
        raise SystemExit(f"bundle check failed: {cli} --version gave {out.stdout!r} {out.stderr!r}")
    print(f"checked: {cli.name} --version -> {out.stdout.strip()}")


def portable_zip(bundle: Path, version: str, output_dir: Path) -> Path:
    """The bundle as a zip for a USB stick, with the ``portable`` marker beside the executables."""
    target = output_dir / f"djdesk-{version}-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for f in sorted(bundle.rglob("*")):
            if f.is_file() and f.name != "portable" and "djdesk-data" not in f.relative_to(bundle).parts:
                z.write(f, Path("djdesk") / f.relative_to(bundle))
        z.writestr("djdesk/portable", "本文件存在时，党建桌面把数据保存在本文件夹的 djdesk-data 中（U盘便携版）。\n")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-installer", action="store_true", help="on Windows: skip Inno Setup")
    parser.add_argument("--portable-zip", action="store_true", help="also write djdesk-<version>-portable.zip")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.perf_counter()
    version = source_version()
    ensure_pyinstaller()
    run(pyinstaller_command(dist, work, args.clean), cwd=ROOT)
    bundle = dist / "djdesk"
    bundle_seconds = time.perf_counter() - started
    check_version(bundle, version)
    print(f"bundle: {bundle}  ({folder_size(bundle) / 2**20:.0f} MB, built in {bundle_seconds:.0f} s)")

    if IS_WINDOWS and not args.no_installer:
        iscc = find_iscc()
        if iscc is None:
            print("Inno Setup 6 (ISCC.exe) not found: no installer made. Install it from https://jrsoftware.org "
                  "(or put ISCC.exe on PATH) and run this again.")
        else:
            run(iscc_command(iscc, version, bundle, dist))
            setup = dist / f"djdesk-{version}-setup.exe"
            if setup.exists():
                print(f"installer: {setup}  ({setup.stat().st_size / 2**20:.0f} MB)")
    if args.portable_zip:
        z = portable_zip(bundle, version, dist)
        print(f"portable zip: {z}  ({z.stat().st_size / 2**20:.0f} MB)")
    print(f"total build time {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
