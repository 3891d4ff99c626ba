"""Contract texts kolcrm supplies itself when a team's clauses.toml does not have them (files written before these
texts existed keep working): the language-versions statement and the conditional phrases added since."""

from __future__ import annotations

# Which text prevails in a contract written in both languages; [document] versions_zh / versions_en in clauses.toml
# say it in a team's own words.
VERSIONS_STATEMENT = {
    "zh": "本协议以中文和英文两种文字书就，两种文本如有不一致，以中文文本为准。",
    "en": "This Agreement is written in Chinese and English. If the two texts differ, the Chinese text prevails.",
}
# Texts added after clauses.toml files were written: a team's own file without them gets these.
OPTIONAL_TEXTS = {
    "resident_id_zh": "身份证号码",
    "resident_id_en": "Resident ID",
    "passport_zh": "护照号码",
    "passport_en": "Passport",
    "address_zh": "地址",
    "address_en": "Address",
    "payee_zh": "收款账户",
    "payee_en": "Payee account",
    "uscc_zh": "统一社会信用代码",
    "uscc_en": "Unified social credit code",
    "legal_representative_zh": "法定代表人",
    "legal_representative_en": "Legal representative",
    "bank_zh": "开户行及账号",
    "bank_en": "Bank and account",
    "contact_zh": "联系方式",
    "contact_en": "Contact",
    "schedule_intro_zh": "付款计划如下：",
    "schedule_intro_en": "The payment schedule is:",
    "whole_fee_zh": "上述合作费用按前述付款方式一次性全额支付，不分期。",
    "whole_fee_en": "The whole fee is paid in a single payment on the payment terms above.",
    "tax_included_zh": "上述费用为含税价。",
    "tax_included_en": "The fee includes all taxes.",
    "tax_included_rate_zh": "上述费用为含税价，税率为 {tax_rate}。",
    "tax_included_rate_en": "The fee includes tax at {tax_rate}.",
    "tax_excluded_zh": "上述费用为不含税价，相应税费由甲方另行承担。",
    "tax_excluded_en": "The fee excludes tax, which the Brand pays on top.",
    "tax_excluded_rate_zh": "上述费用为不含税价，甲方另按 {tax_rate} 的税率承担相应税费。",
    "tax_excluded_rate_en": "The fee excludes tax; the Brand pays tax at {tax_rate} on top.",
    "issuer_unspecified_zh": "乙方（或其经纪机构）",
    "issuer_unspecified_en": "The KOL (or its agency)",
    "issuer_kol_zh": "乙方",
    "issuer_kol_en": "The KOL",
    "issuer_agency_zh": "乙方的经纪机构",
    "issuer_agency_en": "The KOL's agency",
    "invoice_vat_special_zh": "{issuer}应就上述费用向甲方开具增值税专用发票。",
    "invoice_vat_special_en": "{issuer} shall issue the Brand a special VAT invoice (增值税专用发票) for the fee.",
    "invoice_vat_ordinary_zh": "{issuer}应就上述费用向甲方开具增值税普通发票。",
    "invoice_vat_ordinary_en": "{issuer} shall issue the Brand an ordinary VAT invoice (增值税普通发票) for the fee.",
    "invoice_none_zh": "本合作不开具发票。",
    "invoice_none_en": "No invoice is issued for this collaboration.",
    "withholding_zh": "乙方为自然人，甲方依法为乙方代扣代缴个人所得税，上述费用为税前金额。",
    "withholding_en": (
        "As the KOL is an individual, the Brand withholds and pays the KOL's individual income tax as the law"
        " requires; the fee is stated before that tax."
    ),
}
