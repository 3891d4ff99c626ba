"""Sealed (encrypted) handover packages: a package made from an encrypted book is encrypted too.

The manifest stays readable (format, versions, counts: what `is_handover` and a newer-version refusal need, nothing
about a person); the data is compressed, then encrypted with AES-256-GCM under a key derived from a passphrase with
scrypt (the standard library's), and stored as `data.sealed` (ciphertext, then GCM's 16-byte tag). The manifest's
`sealed` entry carries the salt, the nonce, scrypt's cost and a key check (an HMAC under a second derived key), so a
wrong passphrase is told at once, before a byte of data is decrypted; GCM's tag then proves the data whole.

Which passphrase (`passphrase_for_sealing`): the one the caller gives, else KOLCRM_PACKAGE_PASSPHRASE, else the open
book's own — as a backup of an encrypted book is encrypted with its key. Opening tries the one given, then
KOLCRM_PACKAGE_PASSPHRASE, then the open book's, before anyone is asked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import zlib
from dataclasses import dataclass
from typing import Any, Protocol

from kolcrm.core import i18n
from kolcrm.core.store.db import open_passphrase

SEALED_DATA = "data.sealed"
ENVIRONMENT = "KOLCRM_PACKAGE_PASSPHRASE"
CIPHER = "AES-256-GCM"
KDF = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~80 ms and 32 MiB here: cheap once, costly per guess
_SCRYPT_MAXMEM = 128 * 1024 * 1024
TAG_BYTES = 16
_CHECK_MESSAGE = b"kolcrm-handover key check"


class SealError(Exception):
    """The package is sealed and no passphrase at hand opens it (`needed`: none was given; else a wrong one)."""

    def __init__(self, message: str, needed: bool) -> None:
        super().__init__(message)
        self.message = message
        self.needed = needed


@dataclass(frozen=True)
class Seal:
    salt: bytes
    nonce: bytes
    n: int
    r: int
    p: int
    key: bytes  # AES-256
    check: bytes  # HMAC-SHA256 of _CHECK_MESSAGE under the second derived key

    def describe(self) -> dict[str, Any]:
        """The manifest's `sealed` entry: everything needed to open it again but the passphrase."""
        return {
            "cipher": CIPHER,
            "kdf": KDF,
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "key_check": _b64(self.check),
        }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int, nonce: bytes) -> Seal:
    material = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=64)
    check = hmac.new(material[32:], _CHECK_MESSAGE, hashlib.sha256).digest()
    return Seal(salt, nonce, n, r, p, material[:32], check)


def new_seal(passphrase: str) -> Seal:
    return _derive(passphrase, os.urandom(16), SCRYPT_N, SCRYPT_R, SCRYPT_P, os.urandom(12))


def passphrase_for_sealing(given: str | None = None) -> str | None:
    """The passphrase a new package is sealed with; None: the package is plain (a plain book, nothing asked)."""
    return given or os.environ.get(ENVIRONMENT) or open_passphrase()


class Sink(Protocol):
    def write(self, chunk: bytes, /) -> object: ...


class SealingWriter:
    """A file-like sink for the package's JSON text: compresses, encrypts and writes to `member`; close() adds the
    tag. Nothing readable reaches the archive."""

    def __init__(self, member: Sink, seal: Seal) -> None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        self._member = member
        self._compress = zlib.compressobj(6)
        self._encrypt = Cipher(algorithms.AES(seal.key), modes.GCM(seal.nonce)).encryptor()
        self._encrypt.authenticate_additional_data(_additional_data(seal))

    def write(self, chunk: bytes) -> None:
        self._member.write(self._encrypt.update(self._compress.compress(chunk)))

    def close(self) -> None:
        self._member.write(self._encrypt.update(self._compress.flush()) + self._encrypt.finalize())
        self._member.write(self._encrypt.tag)


def _additional_data(seal: Seal) -> bytes:
    # Binds the ciphertext to the manifest's own parameters: a salt or nonce swapped in the manifest fails the tag.
    return b"kolcrm-handover/1|" + seal.salt + seal.nonce


# -- opening -------------------------------------------------------------------------------------------------
def is_sealed(manifest: dict[str, Any]) -> bool:
    return isinstance(manifest.get("sealed"), dict)


def _seal_for(entry: dict[str, Any], passphrase: str) -> Seal | None:
    """The seal when `passphrase` is the package's; None when it is not."""
    seal = _derive(
        passphrase,
        base64.b64decode(entry["salt"], validate=True),
        int(entry["n"]),
        int(entry["r"]),
        int(entry["p"]),
        base64.b64decode(entry["nonce"], validate=True),
    )
    expected = base64.b64decode(entry["key_check"], validate=True)
    return seal if hmac.compare_digest(seal.check, expected) else None


def unlock(manifest: dict[str, Any], name: str, given: str | None = None) -> Seal:
    """The seal of the package from the first passphrase at hand that opens it; SealError when none does."""
    entry = manifest["sealed"]
    if entry.get("cipher") != CIPHER or entry.get("kdf") != KDF:
        raise ValueError(
            i18n.translate("Handover", "it is encrypted with {method}, which this kolcrm cannot open").format(
                method=f"{entry.get('cipher')}/{entry.get('kdf')}"
            )
        )
    if not 2 <= int(entry["n"]) <= 2**20 or not 1 <= int(entry["r"]) * int(entry["p"]) <= 64:
        # A crafted manifest asking scrypt for gigabytes is refused before scrypt runs.
        raise ValueError(i18n.translate("Handover", "its encryption asks for more memory than a package may"))
    candidates = [p for p in (given, os.environ.get(ENVIRONMENT), open_passphrase()) if p]
    for passphrase in dict.fromkeys(candidates):
        seal = _seal_for(entry, passphrase)
        if seal is not None:
            return seal
    if given:
        raise SealError(
            i18n.translate("Handover", "Wrong passphrase for {name}; nothing was written").format(name=name),
            needed=False,
        )
    if os.environ.get(ENVIRONMENT):
        raise SealError(
            i18n.translate("Handover", "KOLCRM_PACKAGE_PASSPHRASE does not open {name}; nothing was written").format(
                name=name
            ),
            needed=False,
        )
    raise SealError(
        i18n.translate(
            "Handover",
            "{name} is encrypted: type its passphrase (the one of the book it came from), or set "
            "KOLCRM_PACKAGE_PASSPHRASE; nothing was written",
        ).format(name=name),
        needed=True,
    )


def unseal(payload: bytes, seal: Seal, limit: int) -> bytes:
    """The package's JSON bytes; ValueError when the data was changed (GCM's tag) or would unpack past `limit`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        compressed = AESGCM(seal.key).decrypt(seal.nonce, payload, _additional_data(seal))
    except InvalidTag as exc:
        raise ValueError(i18n.translate("Handover", "its encrypted data was changed after it was written")) from exc
    unpack = zlib.decompressobj()
    data = unpack.decompress(compressed, limit + 1)
    if len(data) > limit or unpack.unconsumed_tail:
        raise ValueError(i18n.translate("Handover", "its data is too large to be a handover package"))
    return data
