import { type DivisionLevel } from '@union/domain';
import { GatewayError, requestGateway } from './gateway-request';
import { type ImportChange } from './import-report';

/** How each level names its unit, cell and write fields in the supergraph. */
const NAMES: Record<DivisionLevel, { unit: string; type: string }> = {
  PROVINCE: { unit: 'province', type: 'Province' },
  CITY: { unit: 'city', type: 'City' },
  DISTRICT: { unit: 'district', type: 'District' },
};

/** A cell's figure as it was before the import, every field a restore needs; null: none. */
export interface PriorFigure {
  text: string;
  reading: string | null;
  note: string | null;
  complete: boolean;
  document: string | null;
  quote: string | null;
}

/** A cell the file touches, as it was before the import wrote it. */
export interface PriorCell {
  code: string;
  metric: string;
  period: string;
  /** The version to name when writing (the cell's version before the import). */
  version: number;
  figure: PriorFigure | null;
}

/** A cell an undo could not restore, because someone changed it after the import wrote it. */
export interface UndoFailure {
  row: number;
  code: string;
  metric: string;
  period: string;
  /** The version the import wrote, which the undo named. */
  importedVersion: number;
  /** The gateway's code: CONFLICT when another writer changed the cell, else why. */
  reason: string;
  message: string;
  /** The other writer's version, when the gateway names it. */
  currentVersion: number | null;
}

interface FigureRead {
  version: number;
  reported: {
    text: string;
    reading: string | null;
    note: string | null;
    complete: boolean;
    source: { document: string; quote: string } | null;
  } | null;
}

/** Cells per read: aliases of one query, well within what a gateway plans quickly. */
const READ_CHUNK = 100;

/**
 * Reads the cells through the gateway as they are now: every field a restore needs
 * (text, reading, note, complete, source) and the version, or no figure.
 */
export async function readPriorCells(
  gateway: string,
  token: string | null,
  level: DivisionLevel,
  cells: readonly { code: string; metric: string; period: string }[],
): Promise<PriorCell[]> {
  const prior: PriorCell[] = [];
  for (let start = 0; start < cells.length; start += READ_CHUNK) {
    const chunk = cells.slice(start, start + READ_CHUNK);
    const fields = chunk
      .map(
        (cell, i) =>
          `c${i}: ${NAMES[level].unit}(code: ${JSON.stringify(cell.code)}) {
            figure(metric: ${JSON.stringify(cell.metric)}, period: ${JSON.stringify(cell.period)}) {
              version reported { text reading note complete source { document quote } }
            }
          }`,
      )
      .join('\n');
    const data = await requestGateway<Record<string, { figure: FigureRead } | null>>(
      gateway,
      token,
      `query {\n${fields}\n}`,
      {},
    );
    chunk.forEach((cell, i) => {
      const read = data[`c${i}`]?.figure;
      if (!read) throw new GatewayError(`no unit ${cell.code} to read before the import`);
      const reported = read.reported;
      prior.push({
        ...cell,
        version: read.version,
        figure: reported && {
          text: reported.text,
          reading: reported.reading,
          note: reported.note,
          complete: reported.complete,
          document: reported.source?.document ?? null,
          quote: reported.source?.quote ?? null,
        },
      });
    });
  }
  return prior;
}

/**
 * Undoes one written change of an import, only if the cell still holds what the import
 * wrote (expectedVersion = the import's version): a cell the import created is retracted, a
 * cell it changed is recorded again as it was. Returns null when undone; a failure (another
 * writer changed the cell since: CONFLICT) is returned, never overwritten.
 */
export async function undoChange(
  gateway: string,
  token: string | null,
  level: DivisionLevel,
  change: ImportChange,
  prior: PriorCell,
  reason: string,
): Promise<UndoFailure | null> {
  const { code, metric, period } = change;
  const type = NAMES[level].type;
  try {
    if (prior.figure === null) {
      await requestGateway(
        gateway,
        token,
        `mutation($input: RetractInput!) { retract${type}Figure(input: $input) { version } }`,
        { input: { code, metric, period, expectedVersion: change.version, reason } },
      );
    } else {
      const { document, quote, ...figure } = prior.figure;
      const source = document !== null && quote !== null ? { document, quote } : null;
      await requestGateway(
        gateway,
        token,
        `mutation($input: FigureInput!) { record${type}Figure(input: $input) { version } }`,
        {
          input: {
            code,
            metric,
            period,
            ...figure,
            source,
            expectedVersion: change.version,
            reason,
          },
        },
      );
    }
    return null;
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    const current = error.extensions?.currentVersion;
    return {
      row: change.row,
      code,
      metric,
      period,
      importedVersion: change.version,
      reason: error.code ?? 'GATEWAY_ERROR',
      message: error.message,
      currentVersion: typeof current === 'number' ? current : null,
    };
  }
}
