"""A package on a real FAT32 file system (issue #7): written into a FAT32 image with mtools (no
mounting), with its Chinese long file name and its receipt, read back and imported; the bytes that
come back are the bytes that went in."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from test_sync import make_world, village

from djdesk.core.sync import package

pytestmark = pytest.mark.skipif(shutil.which("mcopy") is None or shutil.which("mkfs.fat") is None,
                                reason="needs mtools and dosfstools (.ci/debian-packages.txt)")


def mtools(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, env={**os.environ, "MTOOLS_SKIP_CHECK": "1"})


def test_package_and_receipt_round_trip_through_a_fat32_image(tmp_path):
    w = make_world(tmp_path)
    try:
        li_uuid, li = village(w, "李家村")
        with li.transaction():
            li.update("member", li.scalar("SELECT uuid FROM member WHERE name = '李二'"), {"note": "U盘上走了一趟"})
        image = tmp_path / "stick.img"
        subprocess.run(["mkfs.fat", "-C", "-F", "32", "-n", "DJSTICK", str(image), str(40 * 1024)], check=True,
                       capture_output=True)
        out = tmp_path / "out"
        out.mkdir()
        exported = package.export_package(li, out)
        mtools("mmd", "-i", str(image), "::/党建数据")
        mtools("mcopy", "-i", str(image), str(exported.path), f"::/党建数据/{exported.path.name}")
        listing = mtools("mdir", "-i", str(image), "::/党建数据").stdout.decode("utf-8", "replace")
        assert exported.path.name in listing                          # the long Chinese name survived
        back = tmp_path / "back"
        back.mkdir()
        mtools("mcopy", "-i", str(image), f"::/党建数据/{exported.path.name}", str(back))
        copied = back / exported.path.name
        assert copied.read_bytes() == exported.path.read_bytes()
        result = package.import_package(w.township, copied)
        assert result.counts["updated"] == 1
        assert w.township.scalar("SELECT note FROM member WHERE name = '李二'") == "U盘上走了一趟"
        # the receipt travels back the same way and the village loads it
        mtools("mcopy", "-i", str(image), str(result.receipt_path), f"::/党建数据/{result.receipt_path.name}")
        home = tmp_path / "home"
        home.mkdir()
        mtools("mcopy", "-i", str(image), f"::/党建数据/{result.receipt_path.name}", str(home))
        info = package.load_receipt(li, home / result.receipt_path.name)
        assert (info.seq, info.counts["updated"]) == (exported.seq, 1)
    finally:
        w.close()
