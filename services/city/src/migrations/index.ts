import { Migration001Cities } from './migration-001-cities';
import { Migration002CityFigures } from './migration-002-city-figures';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [
  { name: '001-cities', class: Migration001Cities },
  { name: '002-city-figures', class: Migration002CityFigures },
];
