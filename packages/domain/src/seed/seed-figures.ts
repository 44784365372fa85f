import { type FigureRecord } from '../figure-record';
import { metricByCode } from '../metrics/catalog';
import { readPeriodOrThrow } from '../period';
import { type DivisionLevel, loadDivisionHistory } from '../tree/division-history';
import { whyNotInPeriod } from '../tree/unit-in-period';
import { parseValue } from '../value/parse-value';
import { loadSeedDataset, type SeedLevel, type SeedReport } from './seed-dataset';

/** The units of one level in the dated tree, to check that every seed figure names one. */
function unitCodes(level: SeedLevel): Set<string> {
  return new Set(
    loadDivisionHistory()
      .unitsOf(level satisfies DivisionLevel)
      .map((unit) => unit.code),
  );
}

/**
 * The rows one level stores from the seed reports. Each figure's printed text (or its
 * reading, where the print is a typo) is parsed here; a figure whose parsed value differs
 * from the value its reviewer recorded, an unknown metric, unit or malformed period stops
 * the load with the file and the figure named, so nothing half-read is stored.
 */
export function figureRowsForLevel(
  level: SeedLevel,
  reports: SeedReport[] = loadSeedDataset(),
): FigureRecord[] {
  const codes = unitCodes(level);
  const rows: FigureRecord[] = [];
  for (const report of reports) {
    report.figures.forEach((figure, index) => {
      if (figure.level !== level) return;
      const where = `${report.document} figure ${index} (${figure.code} ${figure.metric} ${figure.period})`;
      const metric = metricByCode(figure.metric);
      if (!metric) throw new Error(`${where}: unknown metric "${figure.metric}"`);
      if (!codes.has(figure.code)) throw new Error(`${where}: no ${level} unit has this code`);
      const period = readPeriodOrThrow(figure.period, where);
      const notInPeriod = whyNotInPeriod(loadDivisionHistory(), figure.code, period);
      if (notInPeriod !== null) throw new Error(`${where}: ${notInPeriod}`);
      const parsed = parseValue(figure.reading ?? figure.text);
      if (parsed.value !== figure.value) {
        throw new Error(
          `${where}: "${figure.reading ?? figure.text}" reads as ${parsed.value}, the dataset says ${figure.value}`,
        );
      }
      rows.push({
        code: figure.code,
        metric: figure.metric,
        period,
        text: figure.text,
        reading: figure.reading,
        value: parsed.value,
        lower: parsed.lower,
        upper: parsed.upper,
        qualifier: parsed.qualifier,
        unit: parsed.unit || metric.unit,
        document: report.document,
        quote: figure.quote,
        note: figure.note,
        complete: figure.complete,
      });
    });
  }
  return rows;
}
