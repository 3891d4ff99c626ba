"""Where the passphrase of an encrypted book comes from, in this order: one this process was already given (so a
backup, a check or a restore of the open book asks nothing more), KOLCRM_PASSPHRASE, the OS keychain when the user
ticked "Remember on this computer", then whoever can ask (a terminal's getpass, the app's dialog).

The asker is set by the face that can ask (cli, app); the core itself never prompts. The keychain goes through the
`keyring` library (service "kolcrm", the database's absolute path as the account).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.store import cipher

ENVIRONMENT = "KOLCRM_PASSPHRASE"
KEYCHAIN_SERVICE = "kolcrm"


@dataclass(frozen=True)
class Answer:
    """What the person typed, and whether to keep it in the OS keychain once it has opened the file."""

    passphrase: str
    remember: bool = False


# (the file, why asked again — the previous answer's problem, or None the first time) → an answer, or None to stop.
Asker = Callable[[Path, str | None], Answer | None]

_asker: Asker | None = None
_known: dict[str, str] = {}  # absolute path → the passphrase that opened it in this process


def set_asker(asker: Asker | None) -> Asker | None:
    """Who is asked when no other source has the passphrase; returns the previous asker."""
    global _asker
    previous, _asker = _asker, asker
    return previous


def account(path: str | os.PathLike[str]) -> str:
    return str(Path(path).expanduser().absolute())


def learn(path: str | os.PathLike[str], passphrase: str) -> None:
    _known[account(path)] = passphrase


def known(path: str | os.PathLike[str]) -> str | None:
    return _known.get(account(path))


def forget(path: str | os.PathLike[str]) -> None:
    _known.pop(account(path), None)


def unlock(path: str | os.PathLike[str], given: str | None = None) -> str:
    """The passphrase that opens the encrypted file at `path`, remembered for this process; `given` is the only one
    tried when passed. Raises EncryptionUnavailableError, WrongPassphraseError or PassphraseNeededError."""
    target = Path(account(path))
    cipher.driver(target)  # without SQLCipher no passphrase helps: say so before asking for one
    if given is not None:
        return _accepted(target, given) or _raise(cipher.wrong_passphrase(target))
    # This file's, then any other this process knows: a backup is encrypted with the key of its book.
    for candidate in dict.fromkeys([known(target), *_known.values()]):
        if candidate is not None and _accepted(target, candidate):
            return candidate
    from_environment = os.environ.get(ENVIRONMENT)
    if from_environment:  # a script said which: a wrong one is refused at once, never followed by a prompt
        return _accepted(target, from_environment) or _raise(cipher.wrong_passphrase(target, ENVIRONMENT))
    stored = keychain_passphrase(target)
    if stored and _accepted(target, stored):  # a stale entry (changed elsewhere) falls through to asking
        return stored
    return _ask(target)


def _ask(target: Path) -> str:
    if _asker is None:
        raise cipher.PassphraseNeededError(
            i18n.translate(
                "Encryption",
                "{path} is encrypted: set KOLCRM_PASSPHRASE, or run kolcrm in a terminal to be asked for the"
                " passphrase. The file was left untouched.",
            ).format(path=target)
        )
    problem: str | None = None
    while True:
        answer = _asker(target, problem)
        if answer is None:
            if problem is not None:
                raise cipher.wrong_passphrase(target)
            raise cipher.PassphraseNeededError(
                i18n.translate(
                    "Encryption", "{path} is encrypted and no passphrase was given; nothing was opened"
                ).format(path=target)
            )
        if _accepted(target, answer.passphrase):
            if answer.remember:
                remember_in_keychain(target, answer.passphrase)
            return answer.passphrase
        problem = i18n.translate("Encryption", "That passphrase does not open {name}.").format(name=target.name)


def _accepted(target: Path, passphrase: str) -> str | None:
    if passphrase and cipher.opens(target, passphrase):
        learn(target, passphrase)
        return passphrase
    return None


def _raise(error: Exception) -> str:
    raise error


# --- the OS keychain -------------------------------------------------------------------------------------------
# keyring's backends fail in assorted ways (no backend on a headless Linux, a locked or absent Secret Service, a
# D-Bus error): each is "no keychain here", never a reason to refuse opening a book the user can unlock by hand.


def keychain_passphrase(path: str | os.PathLike[str]) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYCHAIN_SERVICE, account(path))
    except Exception:
        return None


def remember_in_keychain(path: str | os.PathLike[str], passphrase: str) -> bool:
    """Keep the passphrase in the OS keychain; False when this computer has none kolcrm can use."""
    try:
        import keyring

        keyring.set_password(KEYCHAIN_SERVICE, account(path), passphrase)
    except Exception:
        return False
    return True


def forget_in_keychain(path: str | os.PathLike[str]) -> None:
    try:
        import keyring

        keyring.delete_password(KEYCHAIN_SERVICE, account(path))
    except Exception:
        pass  # nothing stored, or no keychain: either way nothing is left there
