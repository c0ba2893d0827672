#!/usr/bin/env python3
"""Rebuilds the PDF fonts in resources/fonts (see resources/fonts/README.md for what and why).

Needs fontTools (Debian: python3-fonttools), Noto Sans 2.x TTFs and the Noto Sans CJK collections
(Debian: fonts-noto-cjk):

    /usr/bin/python3 scripts/build-pdf-fonts.py NOTO_SANS_DIR /usr/share/fonts/opentype/noto resources/fonts

Noto Sans keeps every character and only its kerning: no hinting (PDF viewers do not use it), no glyph
substitutions (fontkit gives a decomposed glyph the code point of the character it came from, and pdfkit
would then extract every later "i" as "ị").

Noto Sans CJK is ~20 MB a weight; the PDFs only need people's names and the app's own text, so each
weight keeps what the East Asian national character sets encode (JIS X 0208 with cp932's additions,
GB 2312, Big5, KS X 1001: ideographs, kana, punctuation, symbols, full-width forms) and every modern
Hangul syllable, without layout features or hinting. Its charstrings are desubroutinized: fontkit keeps
every subroutine slot when it subsets a CFF font, which cost each PDF ~30 kB per CJK face for a handful
of glyphs; self-contained charstrings make the file ~10 % larger and a PDF's CJK subset a few kB.
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

# Noto Sans's vertical metrics (units per em 1000). pdfkit places a run's baseline from its own font's
# ascender, so the CJK font must report the same ascender and descender as the Latin one for a line
# that mixes them to sit on one baseline and keep one line height.
ASCENT, DESCENT = 1069, -293


def in_national_standards(cp: int) -> bool:
    for codec in ('cp932', 'gb2312', 'big5', 'euc_kr'):
        try:
            encoded = chr(cp).encode(codec)
        except UnicodeEncodeError:
            continue
        # euc_kr spells Hangul syllables outside KS X 1001 as 8-byte jamo sequences; those are added below.
        if len(encoded) <= 2:
            return True
    return False


def cjk_repertoire() -> set[int]:
    # Below U+2000 (Latin, Greek, Cyrillic) Noto Sans comes first in the app's fallback chain.
    from_standards = {cp for cp in range(0x2000, 0x10000) if not 0xD800 <= cp < 0xE000 and in_national_standards(cp)}
    ranges = [
        range(0x20, 0x21),  # the space, so that "田中 花子" stays one run
        range(0x3000, 0x3100),  # CJK symbols and punctuation, hiragana, katakana
        range(0x3130, 0x3190),  # Hangul compatibility jamo
        range(0x31F0, 0x3200),  # katakana phonetic extensions
        range(0xAC00, 0xD7A4),  # every modern Hangul syllable
        range(0xFF00, 0xFFF0),  # half-width and full-width forms
    ]
    return from_standards | {cp for r in ranges for cp in r}


def options(layout_features: list[str], desubroutinize: bool) -> subset.Options:
    result = subset.Options()
    result.hinting = False
    result.layout_features = layout_features
    result.desubroutinize = desubroutinize
    result.name_IDs = ['*']
    result.name_languages = ['*']
    return result


def save(font: TTFont, out: Path) -> None:
    font.save(out)
    print(f'{out}: {len(font.getGlyphOrder())} glyphs, {out.stat().st_size} bytes', flush=True)


def build_latin(source: Path, out: Path) -> None:
    font = TTFont(source)
    subsetter = subset.Subsetter(options(['kern'], desubroutinize=False))
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    save(font, out)


def build_cjk(source: Path, out: Path, unicodes: set[int]) -> None:
    font = TTFont(source, fontNumber=0)  # index 0 of the collection: Noto Sans CJK JP
    subsetter = subset.Subsetter(options([], desubroutinize=True))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    hhea, os2 = font['hhea'], font['OS/2']
    hhea.ascent, hhea.descent, hhea.lineGap = ASCENT, DESCENT, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ASCENT, DESCENT, 0
    os2.usWinAscent, os2.usWinDescent = ASCENT, -DESCENT
    save(font, out)


def main() -> None:
    noto_sans, noto_cjk, out_dir = (Path(arg) for arg in sys.argv[1:4])
    for weight in ['Regular', 'Bold']:
        build_latin(noto_sans / f'NotoSans-{weight}.ttf', out_dir / f'NotoSans-{weight}.ttf')
    unicodes = cjk_repertoire()
    for weight in ['Regular', 'Bold']:
        build_cjk(noto_cjk / f'NotoSansCJK-{weight}.ttc', out_dir / f'NotoSansCJKjp-{weight}-subset.otf', unicodes)


if __name__ == '__main__':
    main()
