/** The ADX namespace (IHE QRPH Aggregate Data Exchange, 2015). */
export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';
/** The data set our groups name: one unit's figures for one period. */
export const ADX_DATA_SET = 'UNION_FIGURES';
/**
 * What ADX has no field for travels as extra attributes of dataValue (ADX allows them), so a
 * round trip through our own importer loses nothing: the printed text, the reading, the
 * interval and qualifier, the note, completeness, the source and the cell's version.
 */
export const ADX_VALUE_ATTRIBUTES = [
  'text',
  'reading',
  'lower',
  'upper',
  'qualifier',
  'note',
  'complete',
  'document',
  'quote',
  'version',
] as const;
