# ruff: noqa: RUF002  (the docstring names the Arabic-script letters it folds, on purpose)
"""What the site search changes in a reader's query before Pagefind matches it, per language.

Many Afghan, Iranian and Pakistani readers type on an Arabic keyboard, many Arabic readers on a
Persian one: the letters that look alike but differ in Unicode are written as the language's
own pages write them (its catalog's spelling, counted on 2026-12-02). Digits of any system
become the language's own; tatweel and harakat are dropped (the pages hardly use them: a word
that they do write with harakat, such as أيضًا in Arabic, is found only without them typed and
with the folded text in the index, not done).

- Arabic (ar): Persian yeh ی becomes ي, keheh ک becomes ك, heh goal ہ and ae ە become ه. A
  final alef maksura typed as ی (إلى as الی) is not found: the pages write ى and ي both.
- Dari (fa-AF), Farsi (fa): Arabic yeh ي and alef maksura ى become ی, kaf ك becomes ک, teh
  marbuta ة, heh goal ہ and ae ە become ه.
- Urdu (ur): ي and ى become ی, ك becomes ک, heh ه, teh marbuta ة and ae ە become heh goal ہ
  (Urdu's pages write no ه; a do-chashmi ھ typed as ه is not found).
- Central Kurdish (ku-Arab): ي and ى become ی, ك becomes ک. Sorani writes ه (h) and ە (e) as
  two letters, and an Arabic keyboard has only ه: they are not folded.
- Pashto (ps): only digits, tatweel and harakat. Pashto writes ي and ی as two letters (both
  often in its pages), so folding the query alone would turn right queries into misses; that
  needs the folded text in the index as well (not done).
- Every other language: nothing. A Latin word typed without its accents (Turkish, French,
  Kurmanji) is found by Pagefind itself, which matches letters without their accents."""

from __future__ import annotations

from returnguide.content.models import Language
from returnguide.translation.formats import native_digits

ARABIC_SCRIPT = {"ar", "fa", "fa-AF", "ps", "ur", "ku-Arab"}
LETTERS: dict[str, dict[str, str]] = {
    "ar": {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06d5": "\u0647"},
    "fa": {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0629": "\u0647",
        "\u06c1": "\u0647",
        "\u06d5": "\u0647",
    },
    "ur": {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0647": "\u06c1",
        "\u0629": "\u06c1",
        "\u06d5": "\u06c1",
    },
    "ku-Arab": {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"},
}
LETTERS["fa-AF"] = LETTERS["fa"]
TATWEEL_AND_HARAKAT = "\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"
DIGITS = ["0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"]
DIGITS.append("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")


def query_folding(language: Language) -> dict[str, str]:
    """Character -> replacement ("" drops it), for the search page's script (search.js)."""
    if language.code not in ARABIC_SCRIPT:
        return {}
    own = native_digits("0123456789", language)
    folding = {digit: own[value] for digits in DIGITS for value, digit in enumerate(digits)}
    folding.update(dict.fromkeys(TATWEEL_AND_HARAKAT, ""))
    folding.update(LETTERS.get(language.code, {}))
    return {source: target for source, target in folding.items() if source != target}
