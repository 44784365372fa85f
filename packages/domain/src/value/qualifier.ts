/** How a printed figure relates to the quantity it reports (DESIGN.md §5). */
export const QUALIFIERS = ['EXACT', 'ROUNDED', 'MORE_THAN', 'NEARLY', 'ABOUT', 'AT_LEAST'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
