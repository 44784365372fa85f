import { createReadStream } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import {
  type FigureFileRow,
  InvalidInputError,
  periodFromAdx,
  readFigureRow,
  readHeader,
  type RowProblem,
} from '@union/domain';
import { ADX_NAMESPACE } from './adx';
import { FileFormatError } from './file-format-error';

const HEADER = readHeader([
  'code',
  'metric',
  'period',
  'text',
  'reading',
  'note',
  'complete',
  'document',
  'quote',
  'version',
]);

/**
 * Streams an ADX file with a SAX parser: each dataValue becomes a row, numbered from 1 in
 * document order, its group giving the unit and period. Without a text attribute (an ADX file
 * from elsewhere) the value is the text. Malformed or truncated XML is a FileFormatError
 * naming the line.
 */
export async function* readAdx(file: string): AsyncGenerator<FigureFileRow | RowProblem> {
  const name = path.basename(file);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: (FigureFileRow | RowProblem)[] = [];
  let group: { code: string; period: string | RowProblem } | null = null;
  let sawRoot = false;
  let row = 0;
  parser.on('opentag', (tag) => {
    const attribute = (key: string) => tag.attributes[key]?.value ?? '';
    if (!sawRoot) {
      if (tag.local !== 'adx' || tag.uri !== ADX_NAMESPACE) {
        throw new Error(`the root element is not <adx xmlns="${ADX_NAMESPACE}">`);
      }
      sawRoot = true;
      return;
    }
    if (tag.local === 'group') {
      let period: string | RowProblem;
      try {
        period = periodFromAdx(attribute('period'));
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        period = { row: 0, column: 'period', message: error.message };
      }
      group = { code: attribute('orgUnit'), period };
    } else if (tag.local === 'dataValue') {
      row += 1;
      if (group === null) throw new Error('a dataValue outside a group');
      if (typeof group.period !== 'string') {
        ready.push({ ...group.period, row });
        return;
      }
      const text = attribute('text') || attribute('value');
      ready.push(
        readFigureRow(
          HEADER,
          [
            group.code,
            attribute('dataElement'),
            group.period,
            text,
            attribute('reading'),
            attribute('note'),
            attribute('complete'),
            attribute('document'),
            attribute('quote'),
            attribute('version'),
          ],
          row,
        ),
      );
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'group') group = null;
  });
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      parser.write(chunk as string);
      yield* ready.splice(0);
    }
    parser.close();
    yield* ready.splice(0);
  } catch (error) {
    throw new FileFormatError(`${name}: not a readable ADX file: ${(error as Error).message}`);
  }
  if (!sawRoot) throw new FileFormatError(`${name}: the file is empty`);
}
