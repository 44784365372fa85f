import { describe, expect, it } from 'vitest';
import { parseValue, ValueParseError } from '../../src/value/parse-value';
import { type Qualifier } from '../../src/value/qualifier';

type Row = [
  text: string,
  qualifier: Qualifier,
  value: number,
  lower: number,
  upper: number | null,
  unit: string,
];

const ROW_TITLE = 'reads %s as %s %s in [%s, %s] %s';

function expectReading(...[text, qualifier, value, lower, upper, unit]: Row): void {
  const parsed = parseValue(text);
  expect(parsed.qualifier).toBe(qualifier);
  expect(parsed.value).toBe(value);
  expect(parsed.lower).toBe(lower);
  expect(parsed.upper).toBe(upper);
  expect(parsed.unit).toBe(unit);
}

describe('parseValue', () => {
  describe('on the examples of docs/values.md', () => {
    it.each<Row>([
      ['144959', 'EXACT', 144959, 144959, 144959, ''],
      ['2215个', 'EXACT', 2215, 2215, 2215, '个'],
      ['3.18万', 'ROUNDED', 31800, 31750, 31850, ''],
      ['1890万', 'ROUNDED', 18900000, 18895000, 18905000, ''],
      ['96.96%', 'ROUNDED', 96.96, 96.955, 96.965, '%'],
      ['329余万', 'MORE_THAN', 3290000, 3290000, 3300000, ''],
      ['1800余万元', 'MORE_THAN', 18000000, 18000000, 19000000, '元'],
      ['4亿余元', 'MORE_THAN', 400000000, 400000000, 500000000, '元'],
      ['1.1万多名', 'MORE_THAN', 11000, 11000, 12000, '名'],
      ['20余场次', 'MORE_THAN', 20, 20, 30, '场次'],
      ['近200万元', 'NEARLY', 2000000, 1800000, 2000000, '元'],
      ['近万人次', 'NEARLY', 10000, 9000, 10000, '人次'],
      ['86%以上', 'AT_LEAST', 86, 86, 100, '%'],
      ['上亿元', 'AT_LEAST', 100000000, 100000000, null, '元'],
      ['超过5000人', 'AT_LEAST', 5000, 5000, null, '人'],
      ['1000人以上', 'AT_LEAST', 1000, 1000, null, '人'],
      ['百万人次', 'ABOUT', 1000000, 500000, 1500000, '人次'],
    ])(ROW_TITLE, (...row) => expectReading(...row));
  });

  describe('on figures printed in the seed reports', () => {
    it.each<Row>([
      // 000_fe06438c45f6d525.txt (Chengdu, 2022)
      ['180万名', 'ROUNDED', 1800000, 1795000, 1805000, '名'],
      ['5000余名', 'MORE_THAN', 5000, 5000, 6000, '名'],
      ['8600余场次', 'MORE_THAN', 8600, 8600, 8700, '场次'],
      ['22万余人次', 'MORE_THAN', 220000, 220000, 230000, '人次'],
      ['45.7万元', 'ROUNDED', 457000, 456500, 457500, '元'],
      ['1000余名', 'MORE_THAN', 1000, 1000, 2000, '名'],
      ['1.2万人次', 'ROUNDED', 12000, 11500, 12500, '人次'],
      ['20余万件', 'MORE_THAN', 200000, 200000, 300000, '件'],
      ['1万余项', 'MORE_THAN', 10000, 10000, 20000, '项'],
      ['9.93万份', 'ROUNDED', 99300, 99250, 99350, '份'],
      ['20.37万家', 'ROUNDED', 203700, 203650, 203750, '家'],
      ['558.72万人次', 'ROUNDED', 5587200, 5587150, 5587250, '人次'],
      ['逾180万人', 'AT_LEAST', 1800000, 1800000, null, '人'],
      ['26.8万余个', 'MORE_THAN', 268000, 268000, 269000, '个'],
      ['7851户', 'EXACT', 7851, 7851, 7851, '户'],
      ['3.18万个', 'ROUNDED', 31800, 31750, 31850, '个'],
      ['14.91万个', 'ROUNDED', 149100, 149050, 149150, '个'],
      ['383.01万人', 'ROUNDED', 3830100, 3830050, 3830150, '人'],
      ['186.3万人', 'ROUNDED', 1863000, 1862500, 1863500, '人'],
      ['17.6万人次', 'ROUNDED', 176000, 175500, 176500, '人次'],
      ['300余万名', 'MORE_THAN', 3000000, 3000000, 4000000, '名'],
      // 001_6d2c9e6112c62914.txt (Guiyang, 2019)
      ['185.8万余人次', 'MORE_THAN', 1858000, 1858000, 1859000, '人次'],
      ['6.5亿元', 'ROUNDED', 650000000, 645000000, 655000000, '元'],
      ['350多个', 'MORE_THAN', 350, 350, 360, '个'],
      ['5811.27万元', 'ROUNDED', 58112700, 58112650, 58112750, '元'],
      ['7223人(次)', 'EXACT', 7223, 7223, 7223, '人次'],
      ['608场(次)', 'EXACT', 608, 608, 608, '场次'],
      ['2.5万余人(次)', 'MORE_THAN', 25000, 25000, 26000, '人次'],
      ['27万余元', 'MORE_THAN', 270000, 270000, 280000, '元'],
      ['28.31亿元', 'ROUNDED', 2831000000, 2830500000, 2831500000, '元'],
      ['100%', 'ROUNDED', 100, 99.5, 100, '%'],
      ['3.2万余家', 'MORE_THAN', 32000, 32000, 33000, '家'],
      ['104万人', 'ROUNDED', 1040000, 1035000, 1045000, '人'],
      ['90%以上', 'AT_LEAST', 90, 90, 100, '%'],
      ['40余万张', 'MORE_THAN', 400000, 400000, 500000, '张'],
      // 002_de0d90078638c7b4.txt (Chengdu, Jinjiang, Jinniu, 2013)
      ['2.89万家', 'ROUNDED', 28900, 28850, 28950, '家'],
      ['14.78万个', 'ROUNDED', 147800, 147750, 147850, '个'],
      ['329余万人', 'MORE_THAN', 3290000, 3290000, 3300000, '人'],
      ['143万人', 'ROUNDED', 1430000, 1425000, 1435000, '人'],
      ['3亿多元', 'MORE_THAN', 300000000, 300000000, 400000000, '元'],
      ['239万余人', 'MORE_THAN', 2390000, 2390000, 2400000, '人'],
      ['3892多家', 'MORE_THAN', 3892, 3892, 3893, '家'],
      ['19.96万名', 'ROUNDED', 199600, 199550, 199650, '名'],
      ['6900余万元', 'MORE_THAN', 69000000, 69000000, 70000000, '元'],
      ['21.32亿多元', 'MORE_THAN', 2132000000, 2132000000, 2133000000, '元'],
      ['1379.1万元', 'ROUNDED', 13791000, 13790500, 13791500, '元'],
      ['10万册', 'ROUNDED', 100000, 95000, 105000, '册'],
      ['近20万', 'NEARLY', 200000, 180000, 200000, ''],
      ['2万多人', 'MORE_THAN', 20000, 20000, 30000, '人'],
      ['144959人', 'EXACT', 144959, 144959, 144959, '人'],
      ['96%', 'ROUNDED', 96, 95.5, 96.5, '%'],
      ['232.32万元', 'ROUNDED', 2323200, 2323150, 2323250, '元'],
      ['99.1%', 'ROUNDED', 99.1, 99.05, 99.15, '%'],
      ['95%以上', 'AT_LEAST', 95, 95, 100, '%'],
      ['181386名', 'EXACT', 181386, 181386, 181386, '名'],
      ['5000余万元', 'MORE_THAN', 50000000, 50000000, 60000000, '元'],
      ['2.53万余人次', 'MORE_THAN', 25300, 25300, 25400, '人次'],
      ['310万余元', 'MORE_THAN', 3100000, 3100000, 3200000, '元'],
      ['77余万元', 'MORE_THAN', 770000, 770000, 780000, '元'],
      // 003_4471ee463593ae93.txt (Sichuan, 2021)
      ['1000余万人次', 'MORE_THAN', 10000000, 10000000, 20000000, '人次'],
      ['2000万人次', 'ROUNDED', 20000000, 19995000, 20005000, '人次'],
      ['超500万人次', 'AT_LEAST', 5000000, 5000000, null, '人次'],
      ['6.79万份', 'ROUNDED', 67900, 67850, 67950, '份'],
      ['891.2万人', 'ROUNDED', 8912000, 8911500, 8912500, '人'],
      ['4.55亿元', 'ROUNDED', 455000000, 454500000, 455500000, '元'],
      ['近10万人', 'NEARLY', 100000, 90000, 100000, '人'],
      ['14.1万个', 'ROUNDED', 141000, 140500, 141500, '个'],
      ['1890万人', 'ROUNDED', 18900000, 18895000, 18905000, '人'],
      ['60.3万人', 'ROUNDED', 603000, 602500, 603500, '人'],
      ['超过97%', 'AT_LEAST', 97, 97, 100, '%'],
      ['8.2万余篇', 'MORE_THAN', 82000, 82000, 83000, '篇'],
      ['2.2亿', 'ROUNDED', 220000000, 215000000, 225000000, ''],
      ['7000个以上', 'AT_LEAST', 7000, 7000, null, '个'],
      ['100万人以上', 'AT_LEAST', 1000000, 1000000, null, '人'],
      // 004_40242daf28a04ec9.txt (Jiangdu)
      ['2万多名', 'MORE_THAN', 20000, 20000, 30000, '名'],
      ['2300多名', 'MORE_THAN', 2300, 2300, 2400, '名'],
      ['95.88万元', 'ROUNDED', 958800, 958750, 958850, '元'],
      ['20%以上', 'AT_LEAST', 20, 20, 100, '%'],
      ['7000余人', 'MORE_THAN', 7000, 7000, 8000, '人'],
      ['8309人次', 'EXACT', 8309, 8309, 8309, '人次'],
      ['283958名', 'EXACT', 283958, 283958, 283958, '名'],
    ])(ROW_TITLE, (...row) => expectReading(...row));
  });

  describe('on how digits are written', () => {
    it.each<Row>([
      ['3.5', 'ROUNDED', 3.5, 3.45, 3.55, ''],
      ['12,345', 'EXACT', 12345, 12345, 12345, ''],
      ['1,234.5万', 'ROUNDED', 12345000, 12344500, 12345500, ''],
      ['１２３４', 'EXACT', 1234, 1234, 1234, ''],
      ['９６．９６％', 'ROUNDED', 96.96, 96.955, 96.965, '%'],
      ['１２，３４５人', 'EXACT', 12345, 12345, 12345, '人'],
      ['2.5万余人（次）', 'MORE_THAN', 25000, 25000, 26000, '人次'],
      ['3.18 万 人', 'ROUNDED', 31800, 31750, 31850, '人'],
      ['96.96 %', 'ROUNDED', 96.96, 96.955, 96.965, '%'],
      ['\u30003.18万\u3000', 'ROUNDED', 31800, 31750, 31850, ''],
      ['0.5万', 'ROUNDED', 5000, 4500, 5500, ''],
    ])(ROW_TITLE, (...row) => expectReading(...row));

    it('scales on the printed digits, where floating point gives 2.53 × 10000 = 25299.99…', () => {
      expect(2.53 * 10000).not.toBe(25300);
      expect(parseValue('2.53万余人次').value).toBe(25300);
    });

    it('rounds on the printed digits, where floating point gives 96.96 + 0.005 = 96.96499…', () => {
      expect(96.96 + 0.005).not.toBe(96.965);
      expect(parseValue('96.96%').upper).toBe(96.965);
    });
  });

  describe('on 约 (ABOUT)', () => {
    it.each<Row>([
      // The trailing zeros of a plain integer count are placeholders, not measured digits.
      ['约3000人', 'ABOUT', 3000, 2500, 3500, '人'],
      ['约3200人', 'ABOUT', 3200, 3150, 3250, '人'],
      ['约5人', 'ABOUT', 5, 4.5, 5.5, '人'],
      // Scaled figures, decimals and percentages keep every written digit, as ROUNDED does.
      ['约3.18万', 'ABOUT', 31800, 31750, 31850, ''],
      ['约1890万', 'ABOUT', 18900000, 18895000, 18905000, ''],
      ['约3.5', 'ABOUT', 3.5, 3.45, 3.55, ''],
      ['约90%', 'ABOUT', 90, 89.5, 90.5, '%'],
    ])(ROW_TITLE, (...row) => expectReading(...row));
  });

  describe('on AT_LEAST markers', () => {
    it.each<Row>([
      ['超过5000人', 'AT_LEAST', 5000, 5000, null, '人'],
      ['超500万人次', 'AT_LEAST', 5000000, 5000000, null, '人次'],
      ['逾180万人', 'AT_LEAST', 1800000, 1800000, null, '人'],
      ['突破1000万元', 'AT_LEAST', 10000000, 10000000, null, '元'],
      ['1000人以上', 'AT_LEAST', 1000, 1000, null, '人'],
      ['上万人', 'AT_LEAST', 10000, 10000, null, '人'],
      ['上亿元', 'AT_LEAST', 100000000, 100000000, null, '元'],
    ])(ROW_TITLE, (...row) => expectReading(...row));
  });

  describe('on numbers in words', () => {
    it.each<Row>([
      ['万', 'ABOUT', 10000, 5000, 15000, ''],
      ['十万', 'ABOUT', 100000, 50000, 150000, ''],
      ['百万人次', 'ABOUT', 1000000, 500000, 1500000, '人次'],
      ['千万元', 'ABOUT', 10000000, 5000000, 15000000, '元'],
      ['亿', 'ABOUT', 100000000, 50000000, 150000000, ''],
      ['约万人', 'ABOUT', 10000, 5000, 15000, '人'],
      ['近万人次', 'NEARLY', 10000, 9000, 10000, '人次'],
      ['万余人', 'MORE_THAN', 10000, 10000, 20000, '人'],
      ['上亿元', 'AT_LEAST', 100000000, 100000000, null, '元'],
    ])(ROW_TITLE, (...row) => expectReading(...row));
  });

  describe('on percentages', () => {
    it.each<Row>([
      // At most 100 a percentage is a share, so its interval stops at 100.
      ['86%以上', 'AT_LEAST', 86, 86, 100, '%'],
      ['100%', 'ROUNDED', 100, 99.5, 100, '%'],
      ['近100%', 'NEARLY', 100, 90, 100, '%'],
      // Above 100 it can only be a ratio or growth, and is not capped.
      ['150%', 'ROUNDED', 150, 149.5, 150.5, '%'],
      ['150%以上', 'AT_LEAST', 150, 150, null, '%'],
      ['0%', 'ROUNDED', 0, 0, 0.5, '%'],
    ])(ROW_TITLE, (...row) => expectReading(...row));

    it.each<Row>([
      ['3个百分点', 'ROUNDED', 3, 2.5, 3.5, '个百分点'],
      ['1.5个百分点', 'ROUNDED', 1.5, 1.45, 1.55, '个百分点'],
      ['120个百分点', 'ROUNDED', 120, 119.5, 120.5, '个百分点'],
    ])(`reads percentage points, a difference and not a share: ${ROW_TITLE}`, (...row) =>
      expectReading(...row),
    );
  });

  describe('on text that is not a figure', () => {
    it.each([
      ['1056。万人', 'unexpected "。" after 1056'],
      ['2名3名', 'unexpected "3" after 2名'],
      ['', 'it is empty'],
      ['   ', 'it is empty'],
      ['abc', 'unexpected "a" at the start'],
      ['万万', 'unexpected "万" after 万'],
      ['两万', 'unexpected "两" at the start'],
      ['1 2', 'unexpected "2" after 1'],
      ['3万5千', 'unexpected "5" after 3万'],
      ['-5', 'unexpected "-" at the start'],
      ['近', 'expected a number after 近'],
      ['1,23', 'unexpected "," after 1'],
      ['3.', 'unexpected "." after 3'],
      ['0123', 'unexpected "1" after 0'],
      ['10²', 'unexpected "²" after 10'],
      ['12万职工', 'unexpected "职" after 12万'],
      ['96.96%人', 'unexpected "人" after 96.96%'],
      ['20余万余', 'unexpected "余" after 20余万'],
      ['1000余人以上', '"余" and "以上" both qualify it'],
      ['约1000余人', '"约" and "余" both qualify it'],
      ['上1000人', '"上" is read only before a number in words, as in 上万, 上亿'],
      ['0余人', '"余" after zero'],
    ])('rejects %j: %s', (text, reason) => {
      expect(() => parseValue(text)).toThrow(`cannot read "${text}" as a figure: ${reason}`);
    });

    it('throws a ValueParseError that carries the text it could not read', () => {
      const error = captureError(() => parseValue('1056。万人'));
      expect(error).toBeInstanceOf(ValueParseError);
      expect(error).toMatchObject({ name: 'ValueParseError', text: '1056。万人' });
    });

    it('quotes the text in the message exactly as it was given', () => {
      expect(() => parseValue('１０５６。万人')).toThrow(
        'cannot read "１０５６。万人" as a figure: unexpected "。" after 1056',
      );
    });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
