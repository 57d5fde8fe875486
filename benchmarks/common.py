"""What every benchmark script shares: its work folder, the demo database, medians and one result
line beside its baseline."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

RESULTS: list[tuple[str, bool]] = []   # (figure, target met) of every figure printed in this process


def median_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def record(name: str, ours: float, baseline: float | None, base_name: str, target: str, ok: bool) -> None:
    """Print one figure, its same-run baseline and the ratio, and remember whether it met its target."""
    ratio = f"{ours / baseline:5.2f}×" if baseline else "   — "
    base = f"{baseline * 1000:9.1f} ms" if baseline is not None else " " * 12
    RESULTS.append((name, ok))
    print(f"{name:34} {ours * 1000:9.1f} ms  {base}  {ratio}  ({base_name}; target {target}: "
          f"{'ok' if ok else 'MISSED'})", flush=True)


def work_folder(keep: Path | None, name: str) -> Path:
    """``keep`` (reused between runs) or a new temporary folder; it is also djdesk's data folder."""
    work = keep or Path(tempfile.mkdtemp(prefix=f"djdesk-bench-{name}-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["DJDESK_DATA_DIR"] = str(work)
    return work


def demo_db(path: Path, scale: str = "county") -> Path:
    """The demo database at ``path``, generated (seed 1) when it is not there yet."""
    if not path.exists():
        from djdesk.core.demo import create_demo

        start = time.perf_counter()
        create_demo(path, scale=scale, seed=1).close()
        print(f"(demo {scale} database generated in {time.perf_counter() - start:.1f} s: {path})", flush=True)
    return path
