"""What kolcrm is built from and under which licences: the About box shows it, and the bundle carries the full texts
(.ci/bundle/notices.py copies them next to the executable, in licenses/)."""

from __future__ import annotations

import sys
from importlib import metadata

# (distribution or part, licence, where its text is): the parts the app ships, in the order the About box lists them.
COMPONENTS = (
    ("Qt / PySide6 / shiboken6", "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("WenQuanYi Micro Hei (font)", "Apache-2.0", "resources/fonts/LICENSE-wqy-microhei.txt"),
    ("Noto Emoji (font)", "OFL-1.1", "resources/fonts/LICENSE-OFL-1.1-noto-emoji.txt"),
    ("reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    ("peewee", "MIT", "https://github.com/coleifer/peewee"),
    ("psycopg", "LGPL-3.0-only", "https://www.psycopg.org/"),
    ("sqlcipher3 / SQLCipher", "MIT / BSD-3-Clause", "https://www.zetetic.net/sqlcipher/"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io/"),
    ("pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin"),
    ("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    ("vobject", "Apache-2.0", "https://github.com/py-vobject/vobject"),
    ("holidays", "MIT", "https://github.com/vacanza/holidays"),
    ("lunardate", "GPL-3.0-or-later", "https://github.com/lidaobing/python-lunardate"),
    ("python-stdnum", "LGPL-2.1-or-later", "https://arthurdejong.org/python-stdnum/"),
    ("cn2an", "MIT", "https://github.com/Ailln/cn2an"),
    ("num2words", "LGPL-2.1", "https://github.com/savoirfairelinux/num2words"),
    ("ftfy", "Apache-2.0", "https://github.com/rspeer/python-ftfy"),
    ("keyring", "MIT", "https://github.com/jaraco/keyring"),
    ("Pillow", "MIT-CMU", "https://python-pillow.org/"),
    ("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
)


def versions() -> dict[str, str]:
    """The versions a support person asks for, Qt's aside (the GUI adds those): kolcrm, Python and the libraries most
    problems come from."""
    from kolcrm import __version__

    found = {"kolcrm": __version__, "Python": sys.version.split()[0]}
    for name in ("reportlab", "peewee", "psycopg"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # a bundle without package metadata, or psycopg not installed
            continue
    return found
