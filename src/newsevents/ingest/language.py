"""A small, dependency-free language check: newsevents codes English and skips the rest.

Function words are the most reliable cheap signal; scripts settle non-Latin text at once.
Short texts (< 12 words) are always treated as English: too little evidence to refuse them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["detect_language"]

STOPWORDS = {
    "en": "the of and to in a is that for on was with as by at said from it his he has have were be are an "
          "its their they not but this which who after will had been",
    "de": "der die und das den nicht mit sich des auf ist ein eine dem zu von im für wurde sind auch am bei",
    "fr": "le la les et des du un une est dans que pour sur qui pas par au avec ce il a été aux sont ont",
    "es": "el la los las y de del que en un una por con para se es al lo como más fue ha sus sobre",
    "it": "il la di che e un una per non sono della del con si al le gli nel da ha",
    "pt": "o a os as de do da que e em um uma para com não por se foi ao dos das",
    "nl": "de het een en van in is dat op te voor met niet zijn die aan er",
    "tr": "ve bir bu da de için ile olarak olan gibi daha çok ama",
}
_WORDS = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def _script(text: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:5000]:
        if ch.isalpha():
            letters += 1
            name = unicodedata.name(ch, "")
            for script in ("ARABIC", "CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HEBREW", "DEVANAGARI", "GREEK", "THAI"):
                if name.startswith(script):
                    counts[script] = counts.get(script, 0) + 1
                    break
    if not letters:
        return None
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0].lower() if best[0] and best[1] > 0.5 * letters else None


def detect_language(text: str) -> tuple[str, float]:
    """Best-guess ISO 639-1 code (or script name) and the share of words that decided it."""
    script = _script(text)
    if script is not None:
        return script, 1.0
    words = [w.lower() for w in _TOKEN.findall(text[:20000])]
    if len(words) < 12:
        return "en", 0.0
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in _WORDS.items()}
    other = max((k for k in scores if k != "en"), key=lambda k: scores[k])
    if scores[other] >= 0.1 and scores[other] > 1.5 * scores["en"]:
        return other, scores[other]
    return "en", scores["en"]
