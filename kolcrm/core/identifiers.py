"""The numbers a Chinese contract names its parties by, checked as the standards define them: a company's
统一社会信用代码 (GB 32100), a person's 身份证号 (GB 11643), and bank account numbers. The check digits come from
python-stdnum, imported on first use. Each function returns why a value is wrong, in the user's language, or None."""

from __future__ import annotations

from kolcrm.core import i18n


def uscc_problem(code: str) -> str | None:
    """A 统一社会信用代码: 18 characters, the last one a check character."""
    from stdnum import exceptions
    from stdnum.cn import uscc

    try:
        uscc.validate(code)
    except exceptions.InvalidChecksum:
        return i18n.translate(
            "Identifiers", "The check digit of this 统一社会信用代码 is wrong: a character is mistyped"
        )
    except exceptions.ValidationError:
        return i18n.translate("Identifiers", "A 统一社会信用代码 is 18 digits and capital letters")
    return None


def resident_id_problem(number: str) -> str | None:
    """A mainland 身份证号: 17 digits and a check character, with a real birth date and region."""
    from stdnum import exceptions
    from stdnum.cn import ric

    try:
        ric.validate(number)
    except exceptions.InvalidChecksum:
        return i18n.translate("Identifiers", "The check character of this 身份证号 is wrong: a digit is mistyped")
    except exceptions.ValidationError:
        return i18n.translate("Identifiers", "This 身份证号 holds no valid birth date or region")
    return None


def bank_account_problem(account: str) -> str | None:
    """A bank account number: 8 to 30 digits, as written with spaces or hyphens between groups."""
    digits = account.replace(" ", "").replace("-", "")
    if digits and not (digits.isdigit() and 8 <= len(digits) <= 30):
        return i18n.translate("Identifiers", "A bank account number is 8 to 30 digits (spaces and hyphens allowed)")
    return None
