"""Platforms as Chinese text names them, whatever the interface's language (a Chinese contract or message)."""

from __future__ import annotations

PLATFORMS_ZH = {
    "Weibo": "微博",
    "WeChat": "微信",
    "Douyin": "抖音",
    "Xiaohongshu": "小红书",
    "Bilibili": "哔哩哔哩",
    "Kuaishou": "快手",
    "Taobao Live": "淘宝直播",
    "Zhihu": "知乎",
    "Other": "其他平台",
}
