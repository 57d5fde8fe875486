"""The log file rotates by size and keeps five old files, like logging's RotatingFileHandler."""

import logging

from djdesk.core.logs import SizeRotatingFileHandler


def test_log_file_rotates_and_keeps_five_old_ones(tmp_path):
    path = tmp_path / "djdesk.log"
    log = logging.getLogger("djdesk.test-rotation")
    log.propagate = False
    handler = SizeRotatingFileHandler(path, max_bytes=200, backups=5)
    log.addHandler(handler)
    try:
        for i in range(40):
            log.warning("记录 %02d %s", i, "x" * 60)   # ≈ 80 bytes a line: 3 lines a file
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["djdesk.log", *(f"djdesk.log.{i}" for i in range(1, 6))]
    newest = path.read_text(encoding="utf-8")
    assert "记录 39" in newest
    assert all(p.stat().st_size < 400 for p in tmp_path.iterdir())
    # the oldest records were dropped, the newest kept in order across the files
    kept = "".join((tmp_path / n).read_text(encoding="utf-8") for n in reversed(names[1:])) + newest
    numbers = [int(line.split()[1]) for line in kept.splitlines()]
    assert numbers == list(range(numbers[0], 40)) and numbers[0] > 0
