/** How a printed figure relates to the quantity it reports (docs/values.md). */
export const QUALIFIERS = ['EXACT', 'ROUNDED', 'MORE_THAN', 'NEARLY', 'ABOUT', 'AT_LEAST'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
