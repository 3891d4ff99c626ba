"""Put the third-party licence texts beside the bundle's executable (dist/kolcrm/licenses/): every installed
distribution the bundle may carry, with its licence files from its metadata, the fonts' licences, and an index
(THIRD_PARTY_NOTICES.txt: name, version, licence). Run by .ci/bundle/build after PyInstaller."""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "dist" / "kolcrm" / "licenses"
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def _closure(root: str) -> list[metadata.Distribution]:
    """`root` and everything it needs at run time (extras left out), each once."""
    seen: dict[str, metadata.Distribution] = {}
    waiting = [root]
    while waiting:
        name = re.split(r"[ ;<>=!~\[(]", waiting.pop(), maxsplit=1)[0].strip().lower().replace("_", "-")
        if not name or name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # a requirement for another platform or Python
            continue
        seen[name] = dist
        # kolcrm's own extras are in the bundle (encryption, team mode), its test tools are not; other packages'
        # extras are not needed.
        keep = (lambda req: "'test'" not in req) if name == root else (lambda req: "extra ==" not in req)
        waiting += [req for req in dist.requires or [] if keep(req)]
    return sorted(seen.values(), key=lambda d: (d.metadata["Name"] or "").lower())


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    index = []
    for dist in _closure("kolcrm"):
        name = dist.metadata["Name"] or "?"
        licence = dist.metadata.get("License-Expression") or (dist.metadata.get("License") or "").split("\n")[0]
        classifiers = [
            c.split("::")[-1].strip() for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License")
        ]
        index.append(f"{name} {dist.version}: {licence or '; '.join(classifiers) or 'see its files'}")
        for file in dist.files or []:
            if _LICENCE_FILE.search(str(file)):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    destination = TARGET / name / Path(str(file)).name
                    destination.parent.mkdir(exist_ok=True)
                    shutil.copyfile(source, destination)
    for font_licence in (ROOT / "resources" / "fonts").glob("LICENSE*"):
        shutil.copyfile(font_licence, TARGET / font_licence.name)
    header = "kolcrm bundles the following third-party software; the licence texts are in this folder.\n\n"
    (TARGET / "THIRD_PARTY_NOTICES.txt").write_text(header + "\n".join(index) + "\n", encoding="utf-8")
    print(f"licences: {len(index)} distributions → {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
