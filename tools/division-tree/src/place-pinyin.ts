import { pinyin } from 'pinyin-pro';

/**
 * Place-name readings pinyin-pro gets wrong, as name fragment → syllables. A fragment is
 * corrected wherever it occurs in a name; a single character is listed only when it has one
 * reading in every place name.
 *
 * Checked against every name in the 2023 tree that has a character pinyin-pro knows several
 * readings for. Beyond the corrections below, these come out right and need no entry: 重庆
 * chong qing, 长沙 chang sha, 长子 zhang zi, 厦门 xia men, 六安 lu an, 六盘水 liu pan shui,
 * 蚌埠 beng bu, 番禺 pan yu, 吐鲁番 tu lu fan, 丽水 li shui, 东阿 dong e, 东莞 dong guan,
 * 铅山 yan shan, 莘县 shen xian, 枞阳 zong yang, 犍为 qian wei, 盱眙 xu yi, 句容 ju rong,
 * 柏乡 bai xiang, 桐柏 tong bai, 行唐 xing tang, 南召 nan zhao, 荥阳 xing yang, 荥经 ying jing,
 * 莎车 sha che, 焉耆 yan qi, 且末 qie mo, 伽师 jia shi, 漾濞 yang bi, 崆峒 kong tong, 龙圩 long xu,
 * 叶县 ye xian, 长乐 chang le, 乐都 le du, 尉氏 wei shi, 绥棱 sui leng, 丹棱 dan leng.
 *
 * The names only earlier years have (1981–2022, the dated tree) were checked the same way; of
 * those, only 畹町 needs an entry. Among those read right: 番禺 pan yu, 六安 lu an, 子长 zi chang,
 * 盖县 gai xian, 牟平 mu ping, 介休 jie xiu, 宝坻 bao di, 洞头 dong tou, 屯溪 tun xi, 露天 lu tian.
 */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  // Readings every user expects for well-known places.
  江都: 'jiang du',
  乐亭: 'lao ting',
  蔚县: 'yu xian',
  黄陂: 'huang pi',
  乐清: 'yue qing',
  洪洞: 'hong tong',
  单县: 'shan xian',
  大城: 'da cheng',
  // 都 is dū in every place name (成都, 丰都, 花都, 郫都, 都匀, ...); pinyin-pro says dōu.
  都: 'du',
  // 什 is shí in place names (喀什, 什邡, 阿图什, 克什克腾旗, ...); pinyin-pro says shén.
  什: 'shi',
  民乐: 'min le',
  曾都: 'zeng du',
  万柏林: 'wan bai lin',
  召陵: 'shao ling',
  大埔: 'da bu',
  吴堡: 'wu bu',
  红寺堡: 'hong si bu',
  尉犁: 'yu li',
  繁峙: 'fan shi',
  宕昌: 'tan chang',
  六合: 'lu he',
  穆棱: 'mu ling',
  歙县: 'she xian',
  泌阳: 'bi yang',
  浚县: 'xun xian',
  涡阳: 'guo yang',
  牟定: 'mou ding',
  珲春: 'hun chun',
  称多: 'chen duo',
  筠连: 'jun lian',
  大箐山: 'da qing shan',
  蚌山: 'beng shan',
  闵行: 'min hang',
  覃塘: 'tan tang',
  调兵山: 'diao bing shan',
  // Names of earlier years (the dated tree), checked the same way.
  畹町: 'wan ding',
};

const LISTING_COMMA = '、';

// Shorter fragments first, so a longer one containing them has the last word.
const fragments = Object.entries(PLACE_READINGS)
  .map(([fragment, reading]) => {
    const chars = [...fragment];
    const syllables = reading.split(' ');
    if (syllables.length !== chars.length) {
      throw new Error(`PLACE_READINGS: ${fragment} needs one syllable per character`);
    }
    return { chars, syllables };
  })
  .sort((a, b) => a.chars.length - b.chars.length);

/**
 * Toneless pinyin for a place name: lowercase syllables separated by single spaces, with ü
 * written `v` (绿 → lv) as pinyin input methods type it, so search stays plain ASCII.
 */
export function placePinyin(name: string): { pinyin: string; initials: string } {
  // The listing comma joins several places in one name (西沙、南沙、中沙群岛 in the lists of
  // the 1980s); it has no reading, so the name is read without it.
  const chars = [...name].filter((char) => char !== LISTING_COMMA);
  const syllables = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== chars.length) {
    throw new Error(`placePinyin: cannot read ${JSON.stringify(name)} one syllable per character`);
  }
  syllables.forEach((syllable, index) => {
    if (!/^[a-z]+$/.test(syllable)) {
      throw new Error(`placePinyin: ${JSON.stringify(name)} has no reading for ${chars[index]}`);
    }
  });

  // Corrections overwrite by character position: pinyin-pro returns one syllable per Han
  // character, and a customPinyin dictionary would change its output for every other caller.
  for (const { chars: fragment, syllables: reading } of fragments) {
    for (let start = 0; start + fragment.length <= chars.length; start += 1) {
      if (fragment.every((char, offset) => chars[start + offset] === char)) {
        syllables.splice(start, reading.length, ...reading);
      }
    }
  }

  return {
    pinyin: syllables.join(' '),
    initials: syllables.map((syllable) => syllable[0]).join(''),
  };
}
