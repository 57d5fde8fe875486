"""Draws djdesk's icon: ``.venv/bin/python resources/icons/make_icons.py`` (a maintainer tool).

Writes, next to this script (or into ``--out DIR``):
    djdesk.png            256×256, the window icon's large size (and for docs)
    djdesk-<n>.png        n = 16, 24, 32, 48, 64, 128: the sizes the window icon is given
    djdesk.ico            the same seven sizes for Windows: the .exe (installer/djdesk.spec), the
                          setup program and its uninstall entry (installer/djdesk.iss), the shortcuts

The design: a deep-red rounded square with 党建 in white over a thin gold bar (the "desk"), framed
by a gold line. At 32 px and below two characters blur into one blot, so those sizes show 党 alone
and drop the frame. 16 and 24 px are drawn at their own size without anti-aliasing (whole white
pixels on red: crisp where grey edges would smear the strokes, checked by eye at 8× zoom); 32 px
and up are drawn four times larger and reduced, for smooth edges.

Deliberately NOT the Party emblem (党徽, hammer and sickle) or the Party flag, nor anything imitating
them: their use is regulated by 《中国共产党党徽党旗条例》 (中共中央, 2021-06-26), which lists where they
must or may be used (arts. 6 and 7: congresses, Party seals, certificates, publications, activity
rooms …) and forbids them in trademarks, registered designs and commercial advertising. A product
icon is not among those uses. Red and gold with plain characters carry no such restriction.

The characters are drawn with the bundled WenQuanYi Micro Hei (resources/fonts/, Apache-2.0 or
GPLv3 with font exception): rendering glyphs into an image is ordinary use of the font, and the
images carry no font data.

Needs Pillow (installed with reportlab). The app never imports this script; the bundle leaves it
out (the spec skips .py under resources/). Rerun it after changing the design and commit the
outputs with it; tests/test_installer.py checks the files.
"""

from __future__ import annotations

import argparse
import io
import struct
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (16, 24, 32, 48, 64, 128)      # djdesk-<n>.png; 256 is djdesk.png
RED_TOP, RED_BOTTOM = (190, 30, 38), (140, 16, 22)   # a deep red, slightly darker towards the bottom
GOLD = (242, 200, 110)
WHITE = (255, 255, 255)
SMALL = 32                                  # this size and below: one character, no frame
CRISP = {16: 15, 24: 20}                    # drawn pixel-exact: icon size -> glyph size (px)
SUPERSAMPLE = 4


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size, index=0)


def background(side: int, inset: float, radius: float) -> Image.Image:
    """The red rounded square (vertical gradient) on a transparent canvas."""
    gradient = Image.new("RGBA", (side, side))
    pixels = gradient.load()
    for y in range(side):
        t = y / max(side - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(RED_TOP, RED_BOTTOM)) + (255,)
        for x in range(side):
            pixels[x, y] = colour
    mask = Image.new("L", (side, side), 0)
    box = (round(inset), round(inset), side - 1 - round(inset), side - 1 - round(inset))
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=round(radius), fill=255)
    out = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    out.paste(gradient, (0, 0), mask)
    return out


def centred_text(draw: ImageDraw.ImageDraw, text: str, face: ImageFont.FreeTypeFont, centre: tuple[float, float],
                 fill, stroke: int = 0) -> None:
    """``text`` with its ink (not its line box) centred on ``centre``; ``stroke`` thickens the strokes."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=face, stroke_width=stroke)
    x = centre[0] - (left + right) / 2
    y = centre[1] - (top + bottom) / 2
    draw.text((round(x), round(y)), text, font=face, fill=fill, stroke_width=stroke, stroke_fill=fill)


def large(side: int) -> Image.Image:
    """党建 over a gold bar in a gold frame, drawn at ``side`` (a multiple of 256/64 works best)."""
    u = side / 256                              # design unit: the 256 px layout
    image = background(side, 6 * u, 44 * u)
    draw = ImageDraw.Draw(image)
    frame = 18 * u
    draw.rounded_rectangle((frame, frame, side - 1 - frame, side - 1 - frame), radius=round(30 * u),
                           outline=GOLD, width=max(1, round(4 * u)))
    centred_text(draw, "党建", font(round(92 * u)), (side / 2, 112 * u), WHITE, stroke=round(2 * u))
    bar_w, bar_h, bar_y = 132 * u, 10 * u, 176 * u
    draw.rounded_rectangle((side / 2 - bar_w / 2, bar_y, side / 2 + bar_w / 2, bar_y + bar_h),
                           radius=round(bar_h / 2), fill=GOLD)
    return image


def small(side: int) -> Image.Image:
    """党 alone, as large as the square allows; at the CRISP sizes without anti-aliasing."""
    image = background(side, 0.5 if side <= 16 else side / 24, side * 0.2)
    draw = ImageDraw.Draw(image)
    if side in CRISP:
        draw.fontmode = "1"
    centred_text(draw, "党", font(CRISP.get(side, round(side * 0.82))), (side / 2, side / 2), WHITE)
    return image


def icon(side: int) -> Image.Image:
    if side <= SMALL:
        if side in CRISP:
            return small(side)
        big = small(side * SUPERSAMPLE)         # 32 px: the one-character design, smoothed
    else:
        big = large(side * SUPERSAMPLE)
    return big.resize((side, side), Image.Resampling.LANCZOS)


def bmp_entry(image: Image.Image) -> bytes:
    """One icon image in the classic form: a 32-bit BGRA DIB (height doubled, bottom-up) and its
    1-bit AND mask. Windows draws these at the small sizes everywhere, old tools included."""
    side = image.width
    header = struct.pack("<IiiHHIIiiII", 40, side, side * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    stride = ((side + 31) // 32) * 4
    pixels = image.load()
    for y in reversed(range(side)):
        rows.append(b"".join(bytes((b, g, r, a)) for r, g, b, a in (pixels[x, y] for x in range(side))))
        bits = bytearray(stride)
        for x in range(side):
            if pixels[x, y][3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + b"".join(rows) + b"".join(mask_rows)


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def write_ico(path: Path, images: list[Image.Image]) -> None:
    """A multi-size .ico: BMP entries up to 128 px, a PNG entry at 256 (the usual Windows layout;
    a 256 px BMP would weigh 256 KB)."""
    entries = [png_bytes(im) if im.width >= 256 else bmp_entry(im) for im in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for im, data in zip(images, entries):
        side = im.width % 256                   # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(directory + b"".join(entries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw djdesk's icon files (PNG sizes and a Windows .ico).")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write to (default: next to this script)")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    images = {side: icon(side) for side in SIZES}
    images[256].save(out / "djdesk.png", optimize=True)
    for side in PNG_SIZES:
        images[side].save(out / f"djdesk-{side}.png", optimize=True)
    write_ico(out / "djdesk.ico", [images[side] for side in SIZES])
    print(f"wrote djdesk.png, djdesk-{{{','.join(map(str, PNG_SIZES))}}}.png and djdesk.ico in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
