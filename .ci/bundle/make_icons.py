"""Render resources/icons/kolcrm.svg to the PNG sizes desktops ask for, and the .ico (Windows) and .icns (macOS)
made from them. Run after editing the SVG; `--check` only verifies that every file is there.

    python .ci/bundle/make_icons.py [--check]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def outputs() -> list[Path]:
    return [ICONS / f"kolcrm-{size}.png" for size in SIZES] + [ICONS / "kolcrm.ico", ICONS / "kolcrm.icns"]


def render() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kolcrm.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"kolcrm-{size}.png"))
    largest = Image.open(ICONS / "kolcrm-256.png")
    largest.save(ICONS / "kolcrm.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(ICONS / "kolcrm-512.png").save(ICONS / "kolcrm.icns")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        missing = [path.name for path in outputs() if not path.is_file()]
        if missing:
            print(f"missing icons: {', '.join(missing)} (run python .ci/bundle/make_icons.py)", file=sys.stderr)
            return 1
        return 0
    render()
    print("\n".join(str(path) for path in outputs()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
