import { Migration001Districts } from './migration-001-districts';
import { Migration002DistrictFigures } from './migration-002-district-figures';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [
  { name: '001-districts', class: Migration001Districts },
  { name: '002-district-figures', class: Migration002DistrictFigures },
];
