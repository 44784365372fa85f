import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadSeedDataset,
  SEED_DATA_DIR,
  type SeedFigure,
  validateSeedReport,
} from '../../src/seed/seed-dataset';
import { METRICS, metricByCode } from '../../src/metrics/catalog';

// The source reports are news texts and are not part of the repository; a reviewer who has
// them sets SEED_REPORTS_DIR to check every quote against its report word for word.
const seedsDir = process.env.SEED_REPORTS_DIR ?? '';
const haveSeeds = seedsDir !== '' && existsSync(seedsDir);

const reports = loadSeedDataset();
const figures = reports.flatMap((report) =>
  report.figures.map((figure, index) => ({ report, figure, index })),
);
const label = ({ code, metric, period }: SeedFigure) => `${code} ${metric} ${period}`;

describe('seed dataset files', () => {
  it('holds one file per seed report, named after the seed', () => {
    const files = readdirSync(SEED_DATA_DIR).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(5);
    expect(reports.map((report) => report.document)).toEqual(
      files.sort().map((name) => name.replace(/\.json$/, '.txt')),
    );
  });

  it.runIf(haveSeeds)('names a seed document that exists for every report', () => {
    for (const report of reports) {
      expect(existsSync(path.join(seedsDir, report.document)), report.document).toBe(true);
    }
  });

  it('gives every report figures', () => {
    for (const report of reports) expect(report.figures.length, report.document).toBeGreaterThan(0);
  });
});

describe('seed figures', () => {
  it('use metrics of the catalog', () => {
    const unknown = figures
      .filter(({ figure }) => metricByCode(figure.metric) === undefined)
      .map(({ report, index, figure }) => `${report.document}#${index}: ${figure.metric}`);
    expect(unknown).toEqual([]);
  });

  it('put each code at the level its shape allows', () => {
    for (const { figure } of figures) {
      const shape = figure.code.endsWith('0000')
        ? 'PROVINCE'
        : figure.code.endsWith('00')
          ? 'CITY'
          : 'DISTRICT';
      expect(figure.level, label(figure)).toBe(shape);
    }
  });

  it('use periods YYYY or YYYY-YYYY with the start before the end', () => {
    for (const { figure } of figures) {
      expect(figure.period, label(figure)).toMatch(/^\d{4}(-\d{4})?$/);
      const [start, end] = figure.period.split('-').map(Number);
      if (end !== undefined) expect(start, label(figure)).toBeLessThan(end);
    }
  });

  it('address each (code, metric, period) cell once across all reports', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { report, figure } of figures) {
      const key = label(figure);
      const first = seen.get(key);
      if (first !== undefined) duplicates.push(`${key} in ${first} and ${report.document}`);
      else seen.set(key, report.document);
    }
    expect(duplicates).toEqual([]);
  });

  it('quote the printed text', () => {
    for (const { figure } of figures) expect(figure.quote, label(figure)).toContain(figure.text);
  });

  it('give a reading only where it differs from the printed text', () => {
    for (const { figure } of figures) {
      if (figure.reading !== null) {
        expect(figure.reading, label(figure)).not.toBe(figure.text);
        expect(figure.note, `${label(figure)} explains its reading`).not.toBeNull();
      }
    }
  });

  it('keep the same name for the same code', () => {
    const names = new Map<string, string>();
    for (const { figure } of figures) {
      const name = names.get(figure.code) ?? figure.name;
      names.set(figure.code, name);
      expect(figure.name, label(figure)).toBe(name);
    }
  });

  it.runIf(haveSeeds)('quote their seed document exactly', () => {
    for (const report of reports) {
      const document = readFileSync(path.join(seedsDir, report.document), 'utf8');
      const missing = report.figures
        .filter((figure) => !document.includes(figure.quote))
        .map((figure) => `${label(figure)}: ${figure.quote}`);
      expect(missing, report.document).toEqual([]);
    }
  });

  it('never exceed their total at the same org and period', () => {
    const byCell = new Map(figures.map(({ figure }) => [label(figure), figure]));
    let compared = 0;
    for (const { figure } of figures) {
      const totalOf = metricByCode(figure.metric)?.totalOf;
      if (!totalOf) continue;
      const total = byCell.get(label({ ...figure, metric: totalOf }));
      if (total === undefined) continue;
      compared += 1;
      expect(figure.value, `${label(figure)} ≤ ${label(total)}`).toBeLessThanOrEqual(total.value);
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('validateSeedReport', () => {
  const valid = reports[0];
  const withFigure = (change: Record<string, unknown>) => ({
    ...valid,
    figures: [valid.figures[0], { ...valid.figures[0], ...change }],
  });

  it('returns a valid report unchanged', () => {
    expect(validateSeedReport(structuredClone(valid), 'x.json')).toEqual(valid);
  });

  it('names the file, the figure and the field of a missing field', () => {
    const figure: Record<string, unknown> = { ...valid.figures[0] };
    delete figure.quote;
    expect(() =>
      validateSeedReport({ ...valid, figures: [valid.figures[0], figure] }, 'bad.json'),
    ).toThrow('bad.json: figures[1]: missing field "quote"');
  });

  it('names the file, the figure and the field of a wrong type', () => {
    expect(() => validateSeedReport(withFigure({ value: '3.18万' }), 'bad.json')).toThrow(
      'bad.json: figures[1].value: expected a finite number, got the string "3.18万"',
    );
    expect(() => validateSeedReport(withFigure({ complete: 'no' }), 'bad.json')).toThrow(
      'bad.json: figures[1].complete',
    );
    expect(() => validateSeedReport(withFigure({ reading: 1056 }), 'bad.json')).toThrow(
      'bad.json: figures[1].reading: expected a non-empty string or null, got number',
    );
  });

  it('rejects unknown fields, levels and malformed codes and periods', () => {
    expect(() => validateSeedReport(withFigure({ notes: 'x' }), 'bad.json')).toThrow(
      'bad.json: figures[1]: unknown field "notes"',
    );
    expect(() => validateSeedReport(withFigure({ level: 'COUNTY' }), 'bad.json')).toThrow(
      'figures[1].level',
    );
    expect(() => validateSeedReport(withFigure({ code: '5101' }), 'bad.json')).toThrow(
      'figures[1].code',
    );
    expect(() => validateSeedReport(withFigure({ period: '2013年' }), 'bad.json')).toThrow(
      'figures[1].period',
    );
  });

  it('rejects a malformed report', () => {
    expect(() => validateSeedReport([], 'bad.json')).toThrow('bad.json: top level');
    expect(() => validateSeedReport({ ...valid, figures: {} }, 'bad.json')).toThrow(
      'bad.json: figures: expected an array',
    );
    expect(() => validateSeedReport({ ...valid, published: '13 Sept 2013' }, 'bad.json')).toThrow(
      'bad.json: published',
    );
  });
});

describe('metric catalog', () => {
  it('has unique codes whose totals exist with the same unit and kind', () => {
    expect(new Set(METRICS.map((metric) => metric.code)).size).toBe(METRICS.length);
    for (const metric of METRICS) {
      expect(metricByCode(metric.code)).toBe(metric);
      if (metric.totalOf === null) continue;
      const total = metricByCode(metric.totalOf);
      expect(total, metric.code).toBeDefined();
      expect(total?.unit, metric.code).toBe(metric.unit);
      expect(total?.kind, metric.code).toBe(metric.kind);
    }
  });

  it('never adds percentages', () => {
    for (const metric of METRICS.filter((metric) => metric.unit === '%')) {
      expect(metric.aggregation, metric.code).toBe('NONE');
    }
  });

  it.runIf(haveSeeds)('justifies every added metric with an exact quote from a seed', () => {
    for (const metric of METRICS) {
      if (metric.justification === null) continue;
      const { document, quote } = metric.justification;
      const text = readFileSync(path.join(seedsDir, document), 'utf8');
      expect(text.includes(quote), `${metric.code}: ${quote}`).toBe(true);
    }
  });

  it('has figures for every added metric', () => {
    const used = new Set(figures.map(({ figure }) => figure.metric));
    const unused = METRICS.filter((metric) => metric.justification !== null)
      .map((metric) => metric.code)
      .filter((code) => !used.has(code));
    expect(unused).toEqual([]);
  });
});
