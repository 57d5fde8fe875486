"""Label papers for asset labels (issue #5): geometry only, no reportlab import, so the CLI and
the GUI can offer the choices without paying for reportlab at start-up."""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4            # points per millimetre
A4_HEIGHT = 297 * MM


@dataclass(frozen=True)
class LabelLayout:
    """A label paper: ``cols`` × ``rows`` labels of ``width`` × ``height`` mm on A4 portrait, the
    first one ``left``/``top`` mm from the sheet's edges, ``gap_x``/``gap_y`` mm between labels."""

    name: str
    description: str
    cols: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner (points) of label ``index`` (0-based, row by row from the top left)."""
        r, c = divmod(index, self.cols)
        x = (self.left + c * (self.width + self.gap_x)) * MM
        y = A4_HEIGHT - (self.top + r * (self.height + self.gap_y) + self.height) * MM
        return x, y


# Common A4 label papers sold in China and Europe (dimensions as printed on the packets).
LAYOUTS: dict[str, LabelLayout] = {l.name: l for l in (
    LabelLayout("3x8", "24 张/页，63.5×33.9 毫米（如 L7159）", 3, 8, 63.5, 33.9, 7.2, 12.9, gap_x=2.5),
    LabelLayout("3x7", "21 张/页，70×42.3 毫米（无边距）", 3, 7, 70.0, 42.3, 0.0, 0.0),
    LabelLayout("2x5", "10 张/页，99.1×57 毫米", 2, 5, 99.1, 57.0, 4.65, 6.0, gap_x=2.5),
    LabelLayout("4x10", "40 张/页，45.7×25.4 毫米（如 L7654）", 4, 10, 45.7, 25.4, 9.7, 21.5, gap_x=2.6),
)}
DEFAULT_LAYOUT = "3x8"
