import path from 'node:path';
import { FileFormatError } from './file-format-error';

export const FILE_KINDS = ['csv', 'xlsx', 'adx', 'json'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The format a file name says it holds: .csv, .xlsx, .xml or .adx (ADX). */
export function fileKindOf(file: string): Exclude<FileKind, 'json'> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.xml' || extension === '.adx') return 'adx';
  throw new FileFormatError(
    `${path.basename(file)}: a figure file is .csv, .xlsx or ADX (.xml, .adx), got "${extension || 'no extension'}"`,
  );
}
