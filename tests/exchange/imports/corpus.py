"""Messy sheets as people download them, built in code (deterministic) for the end-to-end import tests.

Each builder writes one file into `folder` and returns its path. The contents are modelled on public exports
(Kaggle's Instagram/YouTube/TikTok top lists, Bilibili rankings) and on Chinese agencies' resource sheets: their
headers, their number formats (3.3k · 475.8m · 29.0b · 1.2M+ · 1,234.5万 · 10万+ · 600K-800K), their blanks
(NaN, -, TBD, N/A, 保密, 暂无), their encodings (UTF-8, UTF-8 with a BOM, GBK, UTF-16) and their accidents
(a title row, duplicate rows, a mojibake cell, an unclosed quote, a sheet that declares a million rows).

The line numbers the tests expect are the ones a user sees in their editor: a CSV's physical line, an XLSX row.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

Row = Sequence[object]

# -- 1. Instagram top influencers (Kaggle "top_insta_influencers_data.csv": no platform column) ---------------
INSTAGRAM_HEADERS = ("rank", "channel_info", "influence_score", "posts", "followers", "avg_likes", "60_day_eng_rate",
                     "new_post_avg_like", "total_likes", "country")  # fmt: skip
INSTAGRAM_ROWS: tuple[Row, ...] = (
    ("1", "cristiano", "92", "3.3k", "475.8m", "8.7m", "1.39%", "6.5m", "29.0b", "Spain"),
    ("2", "kyliejenner", "91", "6.9k", "366.2m", "8.3m", "1.62%", "5.9m", "57.4b", "United States"),
    ("3", "leomessi", "90", "0.89k", "357.3m", "6.8m", "1.24%", "4.4m", "6.0b", "NaN"),
    ("4", "selenagomez", "93", "1.8k", "342.7m", "6.2m", "0.97%", "3.3m", "11.5b", "United States"),
    ("5", "therock", "91", "6.8k", "334.1m", "1.9m", "0.20%", "665.3k", "12.5b", "United States"),
    ("6", "kimkardashian", "91", "5.6k", "329.2m", "3.5m", "0.88%", "2.9m", "19.9b", "United States"),
    ("7", "arianagrande", "92", "5.0k", "327.7m", "3.7m", "-", "1.2m", "18.4b", "United States"),
    ("8", "beyonce", "93", "2.0k", "272.8m", "3.6m", "0.76%", "2.0m", "7.4b", "United States"),
    ("9", "khloekardashian", "89", "4.1k", "268.3m", "2.4m", "0.35%", "926.9k", "9.8b", "United States"),
    ("10", "justinbieber", "91", "7.4k", "254.5m", "1.9m", "0.59%", "1.5m", "13.5b", "Canada"),
)


def instagram_csv(folder: Path) -> Path:
    """UTF-8 without a BOM, as pandas' to_csv writes it."""
    return _write_csv(folder / "top_insta_influencers_data.csv", INSTAGRAM_HEADERS, INSTAGRAM_ROWS, "utf-8")


# -- 2. YouTube top channels (Kaggle "Global YouTube Statistics", an XLSX with real numbers) ----------------
YOUTUBE_HEADERS = ("Youtuber", "subscribers", "video views", "category", "Title", "uploads", "Country",
                   "Abbreviation", "channel_type", "created_year")  # fmt: skip
YOUTUBE_ROWS: tuple[Row, ...] = (
    ("T-Series", 245000000, 2.28e11, "Music", "T-Series", 20082, "India", "IN", "Music", 2006.0),
    ("YouTube Movies", 170000000, 0, "Film & Animation", "youtubemovies", 1, "United States", "US", "Games", 2006.0),
    ("MrBeast", 166000000, 28368841870, "Entertainment", "MrBeast", 741, "United States", "US", "Entertainment",
     2012.0),
    ("Cocomelon - Nursery Rhymes", 162000000, 1.64e11, "Education", "Cocomelon - Nursery Rhymes", 966,
     "United States", "US", "Education", 2006.0),
    ("SET India", 159000000, 1.48e11, "Shows", "SET India", 116536, "India", "IN", "Entertainment", 2006.0),
    ("Music", 119000000, 0, None, "Music", 0, None, None, "Music", 2013.0),
    ("Kids Diana Show", 112000000, 93247040539, "People & Blogs", "✿ Kids Diana Show", 1111, "United States", "US",
     "Entertainment", 2015.0),
    ("PewDiePie", 111000000, 29058044447, "Gaming", "PewDiePie", 4716, "Japan", "JP", "Entertainment", 2010.0),
    ("Like Nastya", 106000000, 90479060027, "People & Blogs", "Like Nastya Vlog", 493, "Russia", "RU", "People",
     2016.0),
    ("Vlad and Niki", 98900000, 77180169894, "Entertainment", "Vlad and Niki", 574, "United States", "US",
     "Entertainment", 2018.0),
)  # fmt: skip


def youtube_xlsx(folder: Path) -> Path:
    """Numbers as numbers (2.28E+11 is a float, created_year a float as pandas writes a column with gaps)."""
    return _write_xlsx(folder / "Global YouTube Statistics.xlsx", YOUTUBE_HEADERS, YOUTUBE_ROWS)


# -- 3. TikTok top creators (CSV UTF-8 with a BOM, as Excel's "CSV UTF-8" writes it) --------------------------
TIKTOK_HEADERS = ("Tiktoker name", "Tiktoker id (@)", "Subscribers count", "Views avg.", "Likes avg.",
                  "Comments avg.", "Shares avg.")  # fmt: skip
TIKTOK_ROWS: tuple[Row, ...] = (
    ("Khabane lame", "@khaby.lame", "149.2M", "17.3M", "2.3M", "15.6K", "11.4K"),
    ("Charli D'Amelio", "@charlidamelio", "150.5M", "5.8M", "596.5K", "4.8K", "2.1K"),
    ("Bella Poarch", "@bellapoarch", "92.4M", "7.9M", "1.2M", "12.5K", "8.1K"),
    ("Zach King", "@zachking", "69.8M", "24.6M", "2.9M", "15.3K", "24.1K"),
    ("MrBeast", "@mrbeast", "80.1M", "38.9M", "4.7M", "31.2K", "30.4K"),
    ("疯狂小杨哥", "@xiaoyangge", "1.2M+", "850K", "66.2K", "1,203", "356"),
    ("Spencer X", "@spencerx", "55.3M", "1.7M", "169.3K", "1.3K", "1.1K"),
    ("Domelipa", "@domelipa", "62.1M", "2.4M", "256.1K", "2.8K", "1.6K"),
)


def tiktok_csv(folder: Path) -> Path:
    return _write_csv(folder / "tiktok_top_1000.csv", TIKTOK_HEADERS, TIKTOK_ROWS, "utf-8-sig")


# -- 4. Bilibili ranking, in Chinese (UTF-8) ----------------------------------------------------------------
BILIBILI_HEADERS = ("排名", "up主", "mid", "粉丝数", "播放数", "获赞数", "分区")
BILIBILI_ROWS: tuple[Row, ...] = (
    ("1", "老番茄", "546195", "1,934.5万", "32.6亿", "2.1亿", "生活"),  # line 2
    ("2", "罗翔说刑法", "517327498", "2,345.1万", "18.7亿", "1.6亿", "知识"),  # line 3
    ("3", "某新人UP", "3493118494116797", "10万+", "1,200.3万", "58.2万", "游戏"),  # line 4: a 16-digit mid
    ("4", "半佛仙人", "37663924", "-1.18w", "9.8亿", "8,765.4万", "知识"),  # line 5: negative followers
    ("5", "全角数字君", "1234567890", "１２３.４万", "４５６７８９０", "12.5万+", "动画"),  # line 6: full width
    ("6", "何同学", "163637592", "1,234.5万", "7.2亿", "6,543.2万", "科技"),  # line 7
)


def bilibili_csv(folder: Path) -> Path:
    return _write_csv(folder / "b站UP主排行榜.csv", BILIBILI_HEADERS, BILIBILI_ROWS, "utf-8")


# -- 5. A Chinese agency's resource sheet: a title row, ranges, TBD, fractions, duplicates ------------------
AGENCY_TITLE = "2024年Q3 小红书达人资源表（内部，勿外传）"
AGENCY_HEADERS = ("序号", "达人昵称", "平台", "小红书ID", "粉丝量", "报价", "互动率", "建联状态", "对接人", "微信",
                  "城市", "备注")  # fmt: skip
MOJIBAKE_CITY = "CÃ´te d'Ivoire"  # "Côte d'Ivoire" saved as UTF-8 and read back as Latin-1


def agency_rows(city_of_coco: str) -> tuple[Row, ...]:
    """The data rows, from line 3 (line 1 is the title, line 2 the header)."""
    return (
        ("1", "米米酱", "小红书", "xhs_mimi", "50万", "￥30,000元", "0.052", "已建联", "小王", "mimi_wx01", "上海",
         "可接受置换"),  # line 3
        ("2", "阿柚", "小红书", "ayou2333", "600K-800K", "3万+", "0.045", "未建联", "小王", "TBD", "杭州", ""),  # 4
        ("3", "林深见鹿", "红书", "linshen_lu", "60万~80万", "面议价格待定xyz", "0.031", "已建联", "小李", "lin_deer",
         "北京", "报价含税"),  # line 5: the fee is unreadable, the rest of the row imports
        ("4", "Coco在巴黎", "xhs", "coco_paris", "12.5万+", "TBD", "N/A", "未建联", "小李", "保密", city_of_coco,
         "海外博主"),  # line 6
        ("5", "大橘子", "小红书", "bigorange", "3万+", "暂无", "0.061", "已建联", "小王", "N/A", "成都", ""),  # 7
        ("6", "", "", "", "", "", "", "", "", "", "", ""),  # line 8: nothing but a number in 序号
        ("7", "米米酱", "小红书", "xhs_mimi", "52万", "￥32,000元", "0.055", "已建联", "小王", "mimi_wx01", "上海",
         "涨价了"),  # line 9: the same account as line 3, later figures
        ("8", "小鹿斑比", "小红书", "bambi_deer", "保密", "RMB 12000", "0.048", "未建联", "小李", "bambi_wx", "广州",
         ""),  # line 10
        ("9", "奶茶妹", "小红书", "naicha_mei", "1.2w", "5000-8000", "0.02", "未建联", "小王", "naicha_wx", "深圳",
         ""),  # line 11
    )  # fmt: skip


def agency_gbk_csv(folder: Path) -> Path:
    """What Excel on a Chinese Windows saves as "CSV (逗号分隔)": GBK, the title row padded with commas.

    GBK has no 'Ã', so this variant's Coco lives in 巴黎; the XLSX variant carries the mojibake.
    """
    path = folder / "达人资源表_GBK.csv"
    body = _csv_text([(AGENCY_TITLE, *[""] * (len(AGENCY_HEADERS) - 1)), AGENCY_HEADERS, *agency_rows("巴黎")])
    path.write_bytes(body.encode("gbk"))  # strict: the file is pure GBK, as Excel would write it
    return path


def agency_xlsx(folder: Path) -> Path:
    """The same sheet as an agency mails it: a merged title row, 序号 and 互动率 as numbers, a mojibake city."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "达人资源"
    sheet.append([AGENCY_TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(AGENCY_HEADERS))
    sheet.append(list(AGENCY_HEADERS))
    for row in agency_rows(MOJIBAKE_CITY):
        cells: list[object] = list(row)
        cells[0] = int(str(row[0]))
        if re.fullmatch(r"0\.\d+", str(row[6])):
            cells[6] = float(str(row[6]))  # a General-format number: 0.052 in the cell, not "5.2%"
        sheet.append([cell if cell != "" else None for cell in cells])
    path = folder / "达人资源表.xlsx"
    workbook.save(path)
    return path


# -- 6. One KOL per row, one column group per platform ------------------------------------------------------
ACCOUNT_HEADERS = ("达人", "抖音号", "抖音粉丝", "小红书号", "小红书粉丝", "微博昵称")
ACCOUNT_ROWS: tuple[Row, ...] = (
    ("张小喵", "zxm_dy", "120万", "zxm_xhs", "35.6万", "张小喵的日常"),  # line 2: three accounts
    ("李大锤", "lidachui888", "8.8w", "", "", ""),  # line 3: Douyin only
    ("王阿姨", "", "", "wangayi_cooks", "22万+", "王阿姨家常菜"),  # line 4: Xiaohongshu and Weibo
    ("赵六", "", "", "", "5.1万", "赵六六"),  # line 5: Xiaohongshu followers without a 小红书号 (reported)
    ("陈七", "1234567890123456789", "45万", "", "", ""),  # line 6: a 19-digit Douyin id, text in the cell
)


def accounts_xlsx(folder: Path) -> Path:
    return _write_xlsx(folder / "多平台达人.xlsx", ACCOUNT_HEADERS, ACCOUNT_ROWS)


# -- 7. Broken shapes -----------------------------------------------------------------------------------------
def unclosed_quote_csv(folder: Path) -> Path:
    """Line 3 opens a quote that nothing closes: the csv module would swallow lines 3–5 into one cell."""
    path = folder / "unclosed_quote.csv"
    path.write_text(
        "Name,Platform,Handle,Followers\n"
        "Alice,Instagram,alice,1000\n"
        '"Bob,Instagram,bob,2000\n'
        "Carol,Instagram,carol,3000\n"
        "Dan,Instagram,dan,4000\n",
        encoding="utf-8",
    )
    return path


SMALL_HEADERS = ("Name", "Platform", "Handle", "Followers")
SMALL_ROWS: tuple[Row, ...] = (
    ("Alice", "Instagram", "alice", "1000"),
    ("鲍勃", "抖音", "bob_dy", "2.5万"),
    ("Carol", "TikTok", "@carol", "3.1K"),
    ("丁丁", "小红书", "dingding", "12000"),
)


def declared_extent_xlsx(folder: Path) -> Path:
    """Four rows of data in a sheet that declares A1:XFD1048576 and keeps an empty formatted cell on its last row.

    A reader that trusts the declaration pads every row, the million empty ones between included, to 16,384
    cells (TRAPS.md: minutes); the real extent is A1:D5.
    """
    path = _write_xlsx(folder / "declares_everything.xlsx", SMALL_HEADERS, SMALL_ROWS)

    def declare_everything(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml)
        return xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')

    _rewrite_sheet_xml(path, declare_everything)
    return path


STRAY_TEXT = "see mail 3/14"


def stray_cell_xlsx(folder: Path) -> Path:
    """A good sheet with one stray cell in column XFD on row 3 (the 鲍勃 row)."""
    path = folder / "stray_cell.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(SMALL_HEADERS))
    for row in SMALL_ROWS:
        sheet.append(list(row))
    sheet.cell(row=3, column=16384, value=STRAY_TEXT)
    workbook.save(path)
    return path


def utf16_txt(folder: Path) -> Path:
    """Excel's "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab-separated, CRLF."""
    path = folder / "unicode_export.txt"
    lines = ["\t".join(SMALL_HEADERS), *("\t".join(map(str, row)) for row in SMALL_ROWS)]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # Python's utf-16 writes the LE BOM on this machine
    return path


def empty_csv(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def many_stray_cells_csv(folder: Path, rows: int = 2000) -> Path:
    """A long report: every row carries a cell past the last header (reported, the row imports). More output than
    a pipe holds, for `kolcrm import … | head -1`."""
    path = folder / "many_stray_cells.csv"
    lines = ["Name,Platform,Handle,Followers"]
    lines += [f"KOL {n},Douyin,kol_{n},{1000 + n},备注：第{n}行多出来的一格" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_all(folder: Path) -> dict[str, Path]:
    """Every file of the corpus, by builder name (for looking at them by hand: `python -m tests...corpus DIR`)."""
    builders = (instagram_csv, youtube_xlsx, tiktok_csv, bilibili_csv, agency_gbk_csv, agency_xlsx, accounts_xlsx,
                unclosed_quote_csv, declared_extent_xlsx, stray_cell_xlsx, utf16_txt, empty_csv, many_stray_cells_csv)  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    return {builder.__name__: builder(folder) for builder in builders}


# -- writers ----------------------------------------------------------------------------------------------------
def _csv_text(rows: Sequence[Row]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # what Excel writes
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue()


def _write_csv(path: Path, headers: Row, rows: Sequence[Row], encoding: str) -> Path:
    path.write_bytes(_csv_text([headers, *rows]).encode(encoding))
    return path


def _write_xlsx(path: Path, headers: Row, rows: Sequence[Row]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append([None if cell == "" else cell for cell in row])
    sheet.column_dimensions[get_column_letter(1)].width = 24
    workbook.save(path)
    return path


def _rewrite_sheet_xml(path: Path, change: Callable[[str], str]) -> None:
    """Rewrite xl/worksheets/sheet1.xml inside an XLSX (the rest of the package copied as it is)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = change(parts[sheet].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


if __name__ == "__main__":
    import sys

    for name, built in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")).items():
        print(f"{name}: {built}")
