/** What every workload asks of a reported value, a rollup and, where the graph has it, an audit. */
export const VALUE = 'value lower upper qualifier text';
export const ROLLUP = 'lower upper value reporting expected coverage missing';
export const AUDIT = 'status rule gap explanation';

export const audit = (withAudit: boolean): string => (withAudit ? `audit { ${AUDIT} }` : '');
