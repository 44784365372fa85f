import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { PLACE_READINGS, placePinyin } from '../src/place-pinyin';

describe('placePinyin', () => {
  it('reads plain names with lowercase spaced syllables and their initials', () => {
    expect(placePinyin('金牛区')).toEqual({ pinyin: 'jin niu qu', initials: 'jnq' });
    expect(placePinyin('成都市')).toEqual({ pinyin: 'cheng du shi', initials: 'cds' });
    expect(placePinyin('四川省')).toEqual({ pinyin: 'si chuan sheng', initials: 'scs' });
  });

  it('takes the first letter of zh, ch and sh syllables as the initial', () => {
    expect(placePinyin('长沙市')).toEqual({ pinyin: 'chang sha shi', initials: 'css' });
    expect(placePinyin('郑州市').initials).toBe('zzs');
  });

  it('writes ü as v', () => {
    expect(placePinyin('绿园区')).toEqual({ pinyin: 'lv yuan qu', initials: 'lyq' });
    expect(placePinyin('吕梁市').pinyin).toBe('lv liang shi');
    expect(placePinyin('略阳县').pinyin).toBe('lve yang xian');
  });

  it.each([
    ['江都区', 'jiang du qu'],
    ['乐亭县', 'lao ting xian'],
    ['蔚县', 'yu xian'],
    ['黄陂区', 'huang pi qu'],
    ['乐清市', 'yue qing shi'],
    ['洪洞县', 'hong tong xian'],
    ['单县', 'shan xian'],
    ['大城县', 'da cheng xian'],
  ])('corrects %s to %s', (name, reading) => {
    expect(placePinyin(name).pinyin).toBe(reading);
  });

  it.each([
    ['花都区', 'hua du qu'],
    ['丰都县', 'feng du xian'],
    ['都匀市', 'du yun shi'],
    ['喀什地区', 'ka shi di qu'],
    ['什邡市', 'shi fang shi'],
    ['塔什库尔干塔吉克自治县', 'ta shi ku er gan ta ji ke zi zhi xian'],
    ['民乐县', 'min le xian'],
    ['曾都区', 'zeng du qu'],
    ['万柏林区', 'wan bai lin qu'],
    ['召陵区', 'shao ling qu'],
    ['大埔县', 'da bu xian'],
    ['吴堡县', 'wu bu xian'],
    ['红寺堡区', 'hong si bu qu'],
    ['尉犁县', 'yu li xian'],
    ['繁峙县', 'fan shi xian'],
    ['宕昌县', 'tan chang xian'],
    ['六合区', 'lu he qu'],
    ['穆棱市', 'mu ling shi'],
    ['歙县', 'she xian'],
    ['泌阳县', 'bi yang xian'],
    ['浚县', 'xun xian'],
    ['涡阳县', 'guo yang xian'],
    ['牟定县', 'mou ding xian'],
    ['珲春市', 'hun chun shi'],
    ['称多县', 'chen duo xian'],
    ['筠连县', 'jun lian xian'],
    ['大箐山县', 'da qing shan xian'],
    ['蚌山区', 'beng shan qu'],
    ['闵行区', 'min hang qu'],
    ['覃塘区', 'tan tang qu'],
    ['调兵山市', 'diao bing shan shi'],
  ])('corrects %s to %s', (name, reading) => {
    expect(placePinyin(name).pinyin).toBe(reading);
  });

  it.each([
    ['重庆市', 'chong qing shi'],
    ['长子县', 'zhang zi xian'],
    ['厦门市', 'xia men shi'],
    ['六安市', 'lu an shi'],
    ['六盘水市', 'liu pan shui shi'],
    ['蚌埠市', 'beng bu shi'],
    ['番禺区', 'pan yu qu'],
    ['吐鲁番市', 'tu lu fan shi'],
    ['丽水市', 'li shui shi'],
    ['东阿县', 'dong e xian'],
    ['铅山县', 'yan shan xian'],
    ['乐山市', 'le shan shi'],
    ['大同市', 'da tong shi'],
    ['单县', 'shan xian'],
  ])('reads %s as %s', (name, reading) => {
    expect(placePinyin(name).pinyin).toBe(reading);
  });

  it('corrects a fragment wherever it occurs in a name', () => {
    expect(placePinyin('江都江都').pinyin).toBe('jiang du jiang du');
    expect(placePinyin('新大城').initials).toBe('xdc');
  });

  it('gives every correction one syllable per character', () => {
    for (const [fragment, reading] of Object.entries(PLACE_READINGS)) {
      expect(reading.split(' ')).toHaveLength([...fragment].length);
      expect(reading).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
  });

  it('leaves pinyin-pro itself unchanged for other callers', () => {
    placePinyin('乐清市');
    expect(pinyin('乐清', { toneType: 'none' })).toBe('le qing');
  });

  it('reads a name of earlier years: 畹町, and a listing comma without a syllable', () => {
    expect(placePinyin('畹町市').pinyin).toBe('wan ding shi');
    expect(placePinyin('西沙、南沙、中沙群岛')).toEqual({
      pinyin: 'xi sha nan sha zhong sha qun dao',
      initials: 'xsnszsqd',
    });
  });

  it('rejects names with characters that have no reading', () => {
    expect(() => placePinyin('A区')).toThrow(/no reading for A/);
  });
});
