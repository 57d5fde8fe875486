"""What every benchmark script shares: medians and one result line beside its baseline."""

from __future__ import annotations

import statistics
import time

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
