import { Migration001Provinces } from './migration-001-provinces';
import { Migration002ProvinceFigures } from './migration-002-province-figures';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [
  { name: '001-provinces', class: Migration001Provinces },
  { name: '002-province-figures', class: Migration002ProvinceFigures },
];
