"""Replaces PyInstaller's hook for PySide6.QtGui (hookspath hooks win over the built-in ones).

The built-in hook collects every QtGui plugin folder, and PyInstaller then bundles each plugin's
own dependencies. Dropping plugins the app cannot use *here*, before that dependency scan, also
keeps out what only they needed (the GTK theme plugin alone drags in pango/cairo/gdk-pixbuf on
Linux; the EGLFS/Wayland platforms bring their Qt integration libraries).
"""

import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

_UNUSED = re.compile(
    r"/plugins/("
    r"platformthemes/[^/]*gtk[^/]*"                                        # GTK theme (Linux)
    r"|platforms/[^/]*(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|wayland)[^/]*"  # screen-less/embedded platforms
    r"|egldeviceintegrations/.*|wayland-[^/]*/.*"                            # their integrations
    r"|generic/.*"                                                            # tslib/evdev/tuio touch input
    r"|imageformats/[^/]*(icns|tga|wbmp|tiff|webp|pdf)[^/]*"                 # image formats the app never reads
    r")$",
    re.I,
)
binaries = [(src, dest) for src, dest in binaries if not _UNUSED.search(src.replace("\\", "/"))]
