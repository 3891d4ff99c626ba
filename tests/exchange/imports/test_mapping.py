"""The mapping guesser (headers and values, English and Chinese), the mapping check, --mapping and --set."""

from __future__ import annotations

import json
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.exchange.imports.mapping import (
    FIELDS,
    check_mapping,
    field_label,
    guess,
    guess_mapping,
    header_scale,
    load_mapping,
    parse_key,
    parse_set,
)
from kolcrm.exchange.imports.reading import ImportFileError, unique_headers

# -- real header sets, with values as the files hold them ----------------------------------------------------------
# (name, headers, rows, expected mapping, expected fixed values)
REAL_SHEETS = [
    (
        "Instagram top 1000 (Kaggle top_insta_influencers_data.csv)",
        ["rank", "channel_info", "influence_score", "posts", "followers", "avg_likes", "60_day_eng_rate",
         "new_post_avg_like", "total_likes", "country"],
        [["1", "cristiano", "92", "3.3k", "475.8m", "8.7m", "1.39%", "6.5m", "29.0b", "Spain"],
         ["2", "kyliejenner", "91", "6.9k", "366.2m", "8.3m", "1.62%", "5.9m", "57.4b", "United States"],
         ["3", "leomessi", "90", "0.89k", "357.3m", "6.8m", "NaN%", "4.4m", "6.0b", "NaN"]],
        {"rank": "metric:Rank", "channel_info": ["handle", "display_name"], "influence_score": "metric:Influence score",
         "posts": "metric:Posts", "followers": "followers", "avg_likes": "metric:Avg likes",
         "60_day_eng_rate": "engagement_rate", "new_post_avg_like": "metric:New post avg like",
         "total_likes": "metric:Total likes", "country": "custom:Country"},
        {},  # nothing in the file names Instagram: the wizard asks
    ),
    (
        "Instagram influencers with an @handle column",
        ["Influencer", "Instagram handle", "Followers", "ER", "Bio"],
        [["Cristiano Ronaldo", "@cristiano", "475.8M", "1.39%", "Footballer"],
         ["Leo Messi", "@leomessi", "357.3M", "1.24%", "⚽"]],
        {"Influencer": "display_name", "Instagram handle": "handle", "Followers": "followers", "ER": "engagement_rate",
         "Bio": "custom:Bio"},
        {"platform": "Instagram"},
    ),
    (
        "YouTube top channels (social media influencers - youtube.csv)",
        ["S.no", "youtuber name", "channel name", "Category", "Subscribers", "Audience Country", "avg views",
         "avg likes", "avg comments"],
        [["1", "tseries", "T-Series", "Music & Dance", "212.1M", "India", "323.7K", "9.8K", "290"],
         ["2", "checkgate", "Cocomelon - Nursery Rhymes", "Education", "133.3M", "", "9.4M", "68.5K", "0"],
         ["3", "SETIndia", "SET India", "", "131.9M", "India", "22.6K", "187", "8"]],
        {"S.no": "", "youtuber name": "handle", "channel name": "display_name", "Category": "categories",
         "Subscribers": "followers", "Audience Country": "custom:Audience Country", "avg views": "metric:Avg views",
         "avg likes": "metric:Avg likes", "avg comments": "metric:Avg comments"},
        {"platform": "YouTube"},
    ),
    (
        "Global YouTube Statistics (no handle column: the channel name stands for the account)",
        ["rank", "Youtuber", "subscribers", "video views", "category", "Title", "uploads", "Country",
         "channel_type", "subscribers_for_last_30_days", "Unemployment rate"],
        [["1", "T-Series", "245000000", "228000000000", "Music", "T-Series", "20082", "India", "Music", "2000000",
          "5.36"],
         ["2", "YouTube Movies", "170000000", "0", "Film & Animation", "youtubemovies", "1", "United States",
          "Games", "nan", "14.7"]],
        {"rank": "metric:Rank", "Youtuber": ["display_name", "handle"], "subscribers": "followers",
         "video views": "metric:Video views", "category": "categories", "Title": "custom:Title",
         "uploads": "metric:Uploads", "Country": "custom:Country", "channel_type": "custom:Channel type",
         "subscribers_for_last_30_days": "metric:Subscribers for last 30 days",
         "Unemployment rate": "metric:Unemployment rate"},
        {"platform": "YouTube"},
    ),
    (
        "TikTok top creators (two name columns: the usernames are the handle)",
        ["S.no", "Tiktoker name", "Tiktok name", "Subscribers", "Views avg.", "Likes avg", "Comments avg.",
         "Shares avg."],
        [["1", "jypestraykids", "Stray Kids", "13.3M", "1.4M", "518.7K", "8.3K", "4.1K"],
         ["2", "khaby.lame", "Khabane lame", "149.9M", "17.3M", "2.3M", "15.1K", "6.5K"],
         ["3", "scarlettsspam2", "scarlett", "2.3M", "8.3M", "1.5M", "18.5K", "11.5K"]],
        {"S.no": "", "Tiktoker name": "handle", "Tiktok name": "display_name", "Subscribers": "followers",
         "Views avg.": "metric:Views avg.", "Likes avg": "metric:Likes avg", "Comments avg.": "metric:Comments avg.",
         "Shares avg.": "metric:Shares avg."},
        {"platform": "TikTok"},
    ),
    (
        "TikTok with an id column",
        ["Tiktoker name", "tiktok id", "Subscribers count", "Likes avg."],
        [["Khabane lame", "@khaby.lame", "149.2M", "2.3M"], ["疯狂小杨哥", "@xiaoyangge", "1.2M+", "66.2K"]],
        {"Tiktoker name": "display_name", "tiktok id": "handle", "Subscribers count": "followers",
         "Likes avg.": "metric:Likes avg."},
        {"platform": "TikTok"},
    ),
    (
        "Bilibili 排行 (up主, mid, 粉丝数, 播放数)",
        ["排名", "up主", "mid", "粉丝数", "播放数", "获赞数", "分区"],
        [["1", "老番茄", "546195", "1,934.5万", "32.6亿", "2.1亿", "生活"],
         ["2", "罗翔说刑法", "517327498", "2,345.1万", "18.7亿", "1.6亿", "知识"],
         ["3", "某新人UP", "3493118494116797", "10万+", "1,200.3万", "58.2万", "游戏"]],
        {"排名": "metric:排名", "up主": "display_name", "mid": "handle", "粉丝数": "followers", "播放数": "metric:播放数",
         "获赞数": "metric:获赞数", "分区": "custom:分区"},
        {"platform": "Bilibili"},
    ),
    (
        "A Chinese agency sheet (平台 column, 建联状态 is no KOL status, no handle: the nickname stands for it)",
        ["序号", "达人昵称", "平台", "粉丝量", "报价", "互动率", "建联状态", "对接人", "微信", "备注"],
        [["1", "米米酱", "小红书", "50万", "￥30,000元", "0.052", "已建联", "小王", "mimi_wx01", "可接受置换"],
         ["2", "阿柚", "抖音", "600K-800K", "3万+", "0.045", "未建联", "小王", "TBD", ""],
         ["3", "林深见鹿", "B站", "12.5万+", "面议", "N/A", "已建联", "小李", "lin_deer", "报价含税"]],
        {"序号": "", "达人昵称": ["display_name", "handle"], "平台": "platform", "粉丝量": "followers", "报价": "fee",
         "互动率": "engagement_rate", "建联状态": "custom:建联状态", "对接人": "agent_name", "微信": "wechat_id",
         "备注": "notes"},
        {},
    ),
    (
        "An agency sheet of one platform: its 小红书ID column is the row's own account",
        ["达人昵称", "平台", "小红书ID", "粉丝量"],
        [["米米酱", "小红书", "xhs_mimi", "50万"], ["阿柚", "红书", "ayou2333", "3w"]],
        {"达人昵称": "display_name", "平台": "platform", "小红书ID": "handle", "粉丝量": "followers"},
        {},
    ),
    (
        "One KOL per row, a column group per platform",
        ["达人昵称", "抖音号", "抖音粉丝", "小红书号", "小红书粉丝", "微博昵称"],
        [["张小喵", "zxm_dy", "120万", "zxm_xhs", "35.6万", "张小喵的日常"],
         ["陈七", "1234567890123456789", "45万", "", "", ""]],
        {"达人昵称": "display_name", "抖音号": "handle@Douyin", "抖音粉丝": "followers@Douyin",
         "小红书号": "handle@Xiaohongshu", "小红书粉丝": "followers@Xiaohongshu", "微博昵称": "handle@Weibo"},
        {},
    ),
    (
        "Weibo only: the nickname is the name and the handle",
        ["微博昵称", "粉丝数", "互动率"],
        [["李佳琦Austin", "3000万", "0.052"], ["papi酱", "3300万", "0.045"]],
        {"微博昵称": ["display_name", "handle"], "粉丝数": "followers", "互动率": "engagement_rate"},
        {"platform": "Weibo"},
    ),
    (
        "Douyin only: 抖音号 is the handle of every row's Douyin account",
        ["达人", "抖音号", "粉丝数", "Tier", "主页链接"],
        [["小鹿", "dy_xiaolu", "120万", "头部", "https://www.douyin.com/user/xiaolu"],
         ["阿花", "ahua", "3w", "腰部", "https://v.douyin.com/abc/"]],
        {"达人": "display_name", "抖音号": "handle", "粉丝数": "followers", "Tier": "tier", "主页链接": "url"},
        {"platform": "Douyin"},
    ),
    (
        "kolcrm's own export (one row per account, KOL # ties them)",
        ["KOL #", "Name", "Real name", "Status", "Tier", "Platform", "Handle", "Profile URL", "Followers",
         "Engagement %", "Rate card", "City", "Categories", "Tags", "Languages", "Agency", "Agent", "Agent contact",
         "WeChat", "Phone", "Email", "Birthday", "Last contact", "custom: 合作意向", "metric: Total likes"],
        [["1", "李佳琦", "李佳琦", "Active", "Head", "Douyin", "lijiaqi", "https://www.douyin.com/user/lijiaqi",
          "75000000", "3.2", "Video 21–60 s: 300000 CNY; Live-stream slot: 500000 CNY", "上海", "美妆; 护肤", "",
          "中文", "美ONE", "付鹏", "'+86 139 0000 0000", "lijiaqi_wx", "'+86 138 0000 0000", "li@example.com", "",
          "2026-11-28", "高", "29000000000"],
         ["1", "李佳琦", "李佳琦", "Active", "Head", "Weibo", "李佳琦Austin", "", "30000000", "1.1", "", "上海",
          "美妆; 护肤", "", "中文", "美ONE", "付鹏", "'+86 139 0000 0000", "lijiaqi_wx", "'+86 138 0000 0000",
          "li@example.com", "", "2026-11-28", "高", ""],
         ["2", "新人小张", "", "Prospect", "", "", "", "", "", "", "", "成都", "", "", "", "", "", "", "", "", "",
          "1999-02-03", "", "", ""]],
        {"KOL #": "kol_ref", "Name": "display_name", "Real name": "real_name", "Status": "status", "Tier": "tier",
         "Platform": "platform", "Handle": "handle", "Profile URL": "url", "Followers": "followers",
         "Engagement %": "engagement_rate", "Rate card": "rate_card", "City": "city", "Categories": "categories",
         "Tags": "value_tags", "Languages": "languages", "Agency": "agency", "Agent": "agent_name",
         "Agent contact": "agent_contact", "WeChat": "wechat_id", "Phone": "phone", "Email": "email",
         "Birthday": "birthday", "Last contact": "last_contact", "custom: 合作意向": "custom:合作意向",
         "metric: Total likes": "metric:Total likes"},
        {},
    ),
    (
        "kolcrm's older export (Main platform / Main handle / Accounts)",
        ["Name", "Real name", "Status", "Tier", "Main platform", "Main handle", "Followers", "Engagement %", "City",
         "Accounts", "Last contact"],
        [["Alice", "", "Prospect", "—", "Douyin", "alice", "1200000", "3.25", "上海", "Douyin:alice; Weibo:alice_wb",
          "2026-10-01"]],
        {"Name": "display_name", "Real name": "real_name", "Status": "status", "Tier": "tier", "Main platform": "platform",
         "Main handle": "handle", "Followers": "followers", "Engagement %": "engagement_rate", "City": "city",
         "Accounts": "custom:Accounts", "Last contact": "last_contact"},
        {},
    ),
    (
        "No headers worth reading: the values decide",
        ["Column 1", "Column 2", "Column 3", "Column 4", "Column 5"],
        [["@cristiano", "475.8m", "1.39%", "https://www.instagram.com/cristiano/", "3.3k"],
         ["@leomessi", "357.3m", "1.24%", "https://www.instagram.com/leomessi/", "0.9k"],
         ["@kyliejenner", "366.2m", "1.62%", "https://www.instagram.com/kyliejenner/", ""]],
        {"Column 1": ["handle", "display_name"], "Column 2": "followers", "Column 3": "engagement_rate",
         "Column 4": "url", "Column 5": "metric:Column 5"},
        {"platform": "Instagram"},  # named by the profile URLs
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "rows", "expected", "fixed"),
    [sheet[1:] for sheet in REAL_SHEETS],
    ids=[sheet[0] for sheet in REAL_SHEETS],
)
def test_real_header_sets_are_guessed_from_headers_and_values(headers, rows, expected, fixed):
    guessed = guess(headers, rows)
    assert guessed.mapping() == expected
    assert guessed.fixed == fixed
    check_mapping(guessed.mapping(), headers, guessed.fixed)  # what the wizard would run: no error
    for column in guessed.columns:
        assert column.reason
        assert 0 <= column.confidence <= 1
        assert column.samples == [cell.strip() for row in rows for cell in row[column.column : column.column + 1]
                                  if cell.strip()][:3]  # fmt: skip


def test_each_guess_says_why_and_how_sure():
    guessed = guess(["粉丝数", "Column 2", "建联状态"], [["10万+", "@a", "已建联"], ["3w", "@b", "未建联"]])
    followers, handle, outreach = guessed.columns
    assert followers.reason.startswith("header “粉丝数”") and followers.confidence >= 0.8
    assert "@handles" in handle.reason and handle.confidence < 0.8  # the values alone: the wizard says "check"
    assert outreach.fields == ["custom:建联状态"]
    assert "not KOL statuses" in outreach.reason


@pytest.mark.parametrize("header", ["60d_eng_rate", "60_day_eng_rate", "avg_engagement", "engagement rate",
                                    "Engagement rate %", "ER", "互动率", "Eng. Rate"])  # fmt: skip
def test_a_rate_beside_engagement_is_an_engagement_rate_never_a_fee(header):
    assert guess(["Name", header], [["a", "3.2%"], ["b", "0.5%"]]).mapping()[header] == "engagement_rate"


def test_percentages_are_never_a_fee():
    guessed = guess(["昵称", "报价", "Rate", "Fee"], [["a", "3.2%", "1.1%", "2%"], ["b", "4.1%", "0.9%", "5%"]])
    assert "fee" not in {key for column in guessed.columns for key in column.fields}
    assert guessed.mapping()["Rate"] == "engagement_rate"  # a bare "rate" of percentages


def test_a_fee_needs_a_price_word_and_amounts():
    guessed = guess(["Name", "price", "rate"], [["a", "¥30,000", "3000"], ["b", "3万+", "5000"]])
    assert guessed.mapping() == {"Name": ["display_name", "handle"], "price": "fee", "rate": "metric:Rate"}


def test_a_quote_of_format_and_amount_pairs_is_a_rate_card():
    guessed = guess(["昵称", "报价"], [["a", "视频: 30000; 图文: 8000"], ["b", "视频：20000"]])
    assert guessed.mapping()["报价"] == "rate_card"


def test_a_status_column_whose_values_are_no_statuses_is_kept_as_custom():
    rows = [["a", "合作中", "replied"], ["b", "未合作", "contacted"], ["c", "已合作", "no reply"]]
    mapping = guess(["达人", "合作状态", "outreach"], rows).mapping()
    assert mapping["合作状态"] == "custom:合作状态"  # mostly no statuses: the whole column stays as written
    assert mapping["outreach"] == "custom:Outreach"
    assert guess(["达人", "状态"], [["a", "合作中"], ["b", "暂停"]]).mapping()["状态"] == "status"


@pytest.mark.parametrize(("header", "values", "expected"), [
    ("Tier", ["Head", "Mid-tier", "KOC"], "tier"),
    ("等级", ["头部", "腰部", "尾部"], "tier"),
    ("量级", ["头部达人", "KOC", "腰部"], "tier"),
    ("达人等级", ["S", "A", "B"], "custom:达人等级"),  # an agency's own grades: kept, not read as tiers
])  # fmt: skip
def test_tiers(header, values, expected):
    assert guess(["Name", header], [["n", value] for value in values]).mapping()[header] == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("name", "display_name"), ("nickname", "display_name"), ("channel_name", "display_name"),
    ("channel name", "display_name"), ("creator", "display_name"), ("influencer", "display_name"),
    ("up主", "display_name"), ("UP主", "display_name"), ("博主", "display_name"), ("达人昵称", "display_name"),
    ("主播", "display_name"), ("username", "handle"), ("@handle", "handle"), ("uid", "handle"),
    ("subscribers", "followers"), ("fans", "followers"), ("粉丝量(万)", "followers"), ("category", "categories"),
    ("类目", "categories"), ("bio", "custom:Bio"), ("简介", "custom:简介"), ("description", "custom:Description"),
    ("country", "custom:Country"), ("国家", "custom:国家"), ("City", "city"), ("Last contact", "last_contact"),
    ("Rate card", "rate_card"), ("KOL #", "kol_ref"), ("Tier", "tier"), ("等级", "tier"), ("量级", "tier"),
    ("达人等级", "tier"), ("建联状态", "status"), ("channel_info", "handle"), ("mid", "handle"), ("views", "metric:Views"), ("播放量", "metric:播放量"),
    ("点赞", "metric:点赞"), ("influence score", "metric:Influence score"), ("total likes", "metric:Total likes"),
])  # fmt: skip
def test_headers_as_exports_spell_them(header, expected):
    """Header words alone (no rows): a name column beside keeps the name from moving."""
    headers = ["昵称", header] if expected != "display_name" else [header]
    assert guess_mapping(headers)[header] == expected


def test_figures_never_become_notes():
    rows = [["a", "120", "good"], ["b", "45", "slow to reply"]]
    assert guess(["Name", "avg_comments", "comments"], rows).mapping() == {
        "Name": "display_name", "avg_comments": "metric:Avg comments", "comments": "notes"
    }  # fmt: skip


@pytest.mark.parametrize(("header", "platform", "key"), [
    ("抖音号", "Douyin", "handle"), ("小红书号", "Xiaohongshu", "handle"), ("小红书ID", "Xiaohongshu", "handle"),
    ("B站UID", "Bilibili", "handle"), ("instagram handle", "Instagram", "handle"), ("tiktok id", "TikTok", "handle"),
    ("快手号", "Kuaishou", "handle"), ("抖音粉丝", "Douyin", "followers"), ("YouTube", "YouTube", "handle"),
])  # fmt: skip
def test_a_platform_named_header_sets_the_platform_when_it_is_the_only_one(header, platform, key):
    guessed = guess(["昵称", header], [["a", "abc123"], ["b", "xyz_9"]] if key == "handle" else [["a", "1.2万"]])
    assert guessed.fixed == {"platform": platform}
    assert guessed.mapping()[header] == key
    # beside another platform's column, the qualifier stays: one row, two accounts
    guessed = guess(["昵称", header, "微博ID"], [["a", "abc123" if key == "handle" else "1.2万", "wb1"]])
    assert guessed.fixed == {}
    assert guessed.mapping()[header] == f"{key}@{platform}"


def test_a_platform_column_of_several_platforms_keeps_a_named_handle_qualified():
    rows = [["a", "抖音", "xhs_a", "1万"], ["b", "小红书", "xhs_b", "2万"]]
    guessed = guess(["昵称", "平台", "小红书号", "粉丝"], rows)
    assert guessed.mapping()["小红书号"] == "handle@Xiaohongshu"
    assert guessed.fixed == {}


def test_weibo_nickname_beside_a_name_column_is_the_weibo_handle():
    mapping = guess(["达人昵称", "微博昵称", "抖音号"], [["小鹿", "小鹿vlog", "dy1"]]).mapping()
    assert mapping == {"达人昵称": "display_name", "微博昵称": "handle@Weibo", "抖音号": "handle@Douyin"}


def test_account_ids_of_18_or_19_digits_are_handles_kept_as_text():
    rows = [["1234567890123456789", "小鹿"], ["987654321098765432", "阿花"]]
    guessed = guess(["Column 1", "昵称"], rows)
    assert guessed.mapping() == {"Column 1": "handle", "昵称": "display_name"}
    assert "account IDs" in guessed.columns[0].reason
    # a second ID column is text, never a figure
    assert guess(["uid", "Column 2", "昵称"], [["1", r[0], r[1]] for r in rows]).mapping()["Column 2"] == (
        "custom:Column 2"
    )


def test_with_several_unnamed_counts_the_largest_are_the_followers():
    rows = [["@a", "3.3k", "475.8m", "8.7m"], ["@b", "6.9k", "366.2m", "8.3m"], ["@c", "0.9k", "357.3m", "6.8m"]]
    mapping = guess(["Column 1", "Column 2", "Column 3", "Column 4"], rows).mapping()
    assert mapping == {"Column 1": ["handle", "display_name"], "Column 2": "metric:Column 2",
                       "Column 3": "followers", "Column 4": "metric:Column 4"}  # fmt: skip


def test_a_url_column_suggests_the_platform_its_domain_names():
    rows = [["a", "https://www.youtube.com/@a"], ["b", "youtube.com/@b"], ["c", "https://youtu.be/xyz"]]
    guessed = guess(["Name", "Link"], rows)
    assert (guessed.mapping(), guessed.fixed) == ({"Name": ["display_name", "handle"], "Link": "url"},
                                                  {"platform": "YouTube"})  # fmt: skip


def test_rates_of_fractions_are_asked_about():
    guessed = guess(["Name", "互动率", "ER"], [["a", "0.052", "5.2"], ["b", "0.045", "4.5"], ["c", "N/A", "0.3"]])
    assert [column.ask_fraction for column in guessed.columns] == [False, True, False]
    assert "≤ 1" in guessed.columns[1].reason
    # percentages say what they are; a column of zeros and ones asks nothing
    assert not guess(["Name", "ER"], [["a", "0.5%"], ["b", "0.3%"]]).columns[1].ask_fraction
    assert not guess(["Name", "ER"], [["a", "0"], ["b", "1"]]).columns[1].ask_fraction


def test_units_in_headers():
    assert [header_scale(h) for h in ("粉丝量(万)", "粉丝（万）", "Followers (M)", "fans (k)", "粉丝数", "报价(元)")] == [
        10_000, 10_000, 1_000_000, 1_000, 1, 1
    ]  # fmt: skip
    column = guess(["昵称", "粉丝量(万)"], [["a", "12.5"], ["b", "300"]]).columns[1]
    assert (column.fields, column.scale) == (["followers"], 10_000)


def test_empty_columns_placeholders_and_row_numbers_keep_nothing():
    rows = [["1", "a", "", "N/A", "x"], ["2", "b", "", "-", "y"], ["3", "c", " ", "保密", "z"]]
    guessed = guess(["序号", "昵称", "Empty", "Secret", "Other"], rows)
    assert guessed.mapping() == {"序号": "", "昵称": "display_name", "Empty": "", "Secret": "", "Other": "custom:Other"}
    assert guessed.columns[2].reason == "the column is empty"
    # numbers that are not 1, 2, 3 are kept, whatever the header
    assert guess(["No", "昵称"], [["7", "a"], ["3", "b"]]).mapping()["No"] == "metric:No"


def test_each_built_in_field_is_used_once():
    rows = [["a", "b", "1万", "2万", "3%", "4%"]]
    guessed = guess(["昵称", "达人昵称", "粉丝数", "粉丝量", "互动率", "ER"], rows)
    keys = [key for column in guessed.columns for key in column.fields]
    assert len(keys) == len(set(keys))
    assert sorted(k for k in keys if ":" not in k) == ["display_name", "engagement_rate", "followers", "handle"]
    assert "already feeds" in guessed.columns[1].reason


def test_custom_and_metric_names_stay_distinct():
    mapping = guess(["昵称", "avg_likes", "avg likes", "Bio", "bio "], [["a", "1", "2", "x", "y"]]).mapping()
    assert mapping == {"昵称": "display_name", "avg_likes": "metric:Avg likes", "avg likes": "metric:Avg likes (2)",
                       "Bio": "custom:Bio", "bio ": "custom:Bio (2)"}  # fmt: skip


def test_rows_of_any_length_and_no_rows():
    guessed = guess(["昵称", "粉丝数", "Notes"], [["a"], ["b", "1万", "x", "stray"], []])
    assert guessed.mapping() == {"昵称": ["display_name", "handle"], "粉丝数": "followers", "Notes": "notes"}
    assert guess([], []).mapping() == {}
    assert guess_mapping(["昵称", "其他"]) == {"昵称": "display_name", "其他": "custom:其他"}  # no rows: kept


# -- keys, labels, the check -------------------------------------------------------------------------------------
def test_keys_and_labels():
    assert parse_key("handle@抖音") == ("field", "handle", "Douyin")
    assert str(parse_key(" followers@xiaohongshu ")) == "followers@Xiaohongshu"
    assert str(parse_key("custom:  Bio  text")) == "custom:Bio text"
    assert str(parse_key("Metric: Avg likes")) == "metric:Avg likes"
    for bad in ("nickname", "status@Douyin", "handle@Myspace", "custom:", "metric: "):
        with pytest.raises(ValueError):
            parse_key(bad)
    assert field_label("handle@Douyin") == "Handle / account ID (Douyin)"
    assert field_label("custom:Bio") == "Custom field: Bio"
    assert field_label("metric:Avg likes") == "Metric: Avg likes"
    assert field_label("followers") == FIELDS["followers"]
    assert field_label("") == "Not imported"
    assert field_label("what") == "what"
    assert {"tier", "last_contact", "rate_card", "kol_ref"} <= set(FIELDS)


def test_check_mapping_returns_columns_per_canonical_key():
    headers = ["名字", "抖音号", "粉丝", "Bio", "简介", "Skip"]
    mapping = {"名字": "display_name", "抖音号": ["handle@抖音", "custom:Douyin ID"], "粉丝": "followers@douyin",
               "Bio": "custom:About", "简介": "custom:About", "Skip": ""}  # fmt: skip
    assert check_mapping(mapping, headers) == {
        "display_name": [0], "handle@Douyin": [1], "custom:Douyin ID": [1], "followers@Douyin": [2],
        "custom:About": [3, 4],
    }  # fmt: skip


@pytest.mark.parametrize(("mapping", "fixed", "message"), [
    ({"名字": "nickname"}, None, "unknown field “nickname”"),
    ({"名字": "display_name", "Missing": "city"}, None, "does not have"),
    ({"名字": "display_name", "账号": "display_name"}, None, "Two columns are mapped to Name"),
    ({"名字": "display_name", "账号": "handle@Douyin", "平台": "handle@抖音"}, None, "Two columns"),
    ({"账号": "handle"}, None, "A handle needs its platform"),
    ({"粉丝": "followers", "平台": "platform"}, None, "Map a column to Name"),
    ({"粉丝": "followers"}, {"platform": "douyin"}, "Map a column to Name"),
    ({"KOL #": "kol_ref", "粉丝": "followers"}, None, "Map a column to Name"),
    ({"名字": "display_name"}, {"platform": "myspace"}, "unknown platform"),
    ({"名字": "display_name"}, {"colour": "red"}, "unknown field"),
    ({"名字": ["display_name", 3]}, None, "a list of field keys"),
])  # fmt: skip
def test_check_mapping_refuses_what_the_import_cannot_use(mapping, fixed, message):
    with pytest.raises(ImportFileError, match=message):
        check_mapping(mapping, ["名字", "账号", "平台", "粉丝", "KOL #"], fixed)


@pytest.mark.parametrize(("mapping", "fixed"), [
    ({"名字": "display_name"}, None),
    ({"账号": "handle", "平台": "platform"}, None),
    ({"账号": "handle"}, {"platform": "抖音"}),
    ({"账号": "handle@Weibo"}, None),
    ({"KOL #": "kol_ref", "账号": "handle", "平台": "platform", "粉丝": "followers"}, None),
    ({"账号": ["handle", "display_name"]}, None),
    ({"名字": "display_name", "平台": "platform"}, {"platform": "Douyin"}),  # fixed fills the blanks of a column
])  # fmt: skip
def test_check_mapping_accepts_every_identity(mapping, fixed):
    check_mapping(mapping, ["名字", "账号", "平台", "粉丝", "KOL #"], fixed)


def test_load_mapping_from_json_text_or_file(tmp_path):
    assert load_mapping('{"昵称": "display_name", "x": null, "y": ["handle", "display_name"]}') == {
        "昵称": "display_name", "x": "", "y": ["handle", "display_name"]
    }  # fmt: skip
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"Name": "display_name"}), encoding="utf-8-sig")
    assert load_mapping(str(path)) == {"Name": "display_name"}
    for bad in ("{not json", '["display_name"]', '{"a": 3}', '{"a": ["x", null]}'):
        with pytest.raises(ImportFileError):
            load_mapping(bad)
    with pytest.raises(ImportFileError, match="cannot read"):
        load_mapping(str(tmp_path / "missing.json"))


def test_parse_set():
    assert parse_set(["platform=bilibili", "city = 上海 ", "custom:Source=Kaggle", "handle@douyin=x=y"]) == {
        "platform": "bilibili", "city": "上海", "custom:Source": "Kaggle", "handle@Douyin": "x=y"
    }  # fmt: skip
    assert parse_set([]) == {}
    for items, message in ((["platform"], "FIELD=VALUE"), (["colour=red"], "unknown field"),
                           (["city="], "give a value"), (["city=a", "city=b"], "twice"),
                           (["platform=myspace"], "unknown platform")):  # fmt: skip
        with pytest.raises(ImportFileError, match=message):
            parse_set(items)


# -- properties and speed ----------------------------------------------------------------------------------------
_CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "N/A", "NaN%", "-", "保密", "3.2%", "0.052", "1.2万", "10万+", "600K-800K", "29.0b", "@abc",
                     "abc_1", "1234567890123456789", "https://youtube.com/x", "抖音", "小红书", "Active", "头部",
                     "2024-05-01", "a@b.cn", "13800138000", "¥3,000", "视频: 3000", "'+86 1", "1", "2"]),
)  # fmt: skip
_HEADERS = st.one_of(
    st.text(max_size=15),
    st.sampled_from(["报价", "fee", "price", "互动率", "ER", "粉丝数", "抖音号", "微博昵称", "platform", "平台", "Name",
                     "status", "状态", "Tier", "序号", "KOL #", "custom: x", "metric:", "Rate card", "url", "mid"]),
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(_HEADERS, max_size=8),
    rows=st.lists(st.lists(_CELLS, max_size=9), max_size=6),
)
def test_guess_never_raises_and_always_gives_a_usable_mapping(headers, rows):
    headers = unique_headers(headers)
    guessed = guess(headers, rows)
    assert [column.header for column in guessed.columns] == headers
    try:
        check_mapping(guessed.mapping(), headers, guessed.fixed)
    except ImportFileError as exc:  # only a sheet without a name or handle may be refused
        assert "Name" in str(exc) or "handle needs" in str(exc)
    for column in guessed.columns:
        assert 0 <= column.confidence <= 1 and column.reason


@settings(max_examples=200, deadline=None)
@given(
    header=_HEADERS,
    percentages=st.lists(
        st.builds(lambda n, sep: f"{n}{sep}%", st.decimals(0, 1000, places=2).map(str), st.sampled_from(["", " "])),
        min_size=1,
        max_size=20,
    ),
)
def test_a_column_of_percentages_is_never_a_fee(header, percentages):
    headers = unique_headers(["昵称", header])
    guessed = guess(headers, [["a", value] for value in percentages])
    fields = guessed.columns[1].fields
    assert not any(key.partition("@")[0] in ("fee", "rate_card") for key in fields)


def test_guess_is_fast_on_200_rows_of_40_columns():
    rng = random.Random(12)
    makers = [
        lambda: f"user_{rng.randint(0, 10**6)}", lambda: f"{rng.uniform(0.1, 99):.1f}万",
        lambda: f"{rng.uniform(0, 10):.2f}%", lambda: f"https://www.douyin.com/user/{rng.randint(0, 10**9)}",
        lambda: rng.choice(["抖音", "小红书", "B站", "微博"]), lambda: str(rng.randint(10**17, 10**18)),
        lambda: f"{rng.randint(0, 10**6):,}", lambda: rng.choice(["已建联", "未建联", ""]),
        lambda: "".join(rng.choice("佳琦小鹿阿花大壮米酱林深见") for _ in range(4)),
        lambda: f"备注 {rng.random()}",
    ]  # fmt: skip
    names = ["粉丝数", "互动率", "达人昵称", "平台", "报价", "微信", "城市", "Avg likes", "bio", "主页"]
    headers = [names[i % 10] if i % 3 == 0 else f"Column {i}" for i in range(40)]
    rows = [[makers[(j * 7 + i) % len(makers)]() for j in range(40)] for i in range(200)]
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        guess(headers, rows)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.050, f"{min(timings) * 1000:.1f} ms"


def test_a_rate_header_that_says_percent_is_never_asked_about_fractions():
    """kolcrm's own export writes 0.5 under "Engagement %" for a large account's 0.5 %: it must not become 50 %."""
    found = guess(
        ["Name", "Platform", "Handle", "Engagement %"],
        [["A", "Instagram", "a", "0.5"], ["B", "Instagram", "b", "0.25"]],
    )
    assert [column.ask_fraction for column in found.columns] == [False, False, False, False]
    asked = guess(
        ["Name", "Platform", "Handle", "Eng rate"], [["A", "Instagram", "a", "0.05"], ["B", "Instagram", "b", "0.02"]]
    )
    assert asked.columns[3].ask_fraction


def test_several_price_columns_are_one_rate_card():
    found = guess(
        ["小红书昵称", "小红书号", "粉丝", "笔记报价", "视频报价"],
        [["阿花", "ahua", "3.2万", "￥30,000元", "5000 USD"]],
    )
    assert [column.fields for column in found.columns][3:] == [["fee"], ["fee"]]
    assert check_mapping(found.mapping(), ["小红书昵称", "小红书号", "粉丝", "笔记报价", "视频报价"], found.fixed)[
        "fee"
    ] == [3, 4]


def test_a_platform_named_handle_beside_a_numeric_id_is_one_account_the_id_kept_as_text():
    headers = ["排名", "账号名称", "抖音号", "粉丝数", "达人ID"]
    found = guess(headers, [["1", "疯狂小杨哥", "xiaoyangge888", "1.2亿", "102938475610293847"],
                            ["2", "刘畊宏", "liugenghong", "7100万", "203948576120394857"]])  # fmt: skip
    mapping = found.mapping()
    assert (mapping["抖音号"], mapping["达人ID"], found.fixed) == ("handle", "custom:达人ID", {"platform": "Douyin"})
