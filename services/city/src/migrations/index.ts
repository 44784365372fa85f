import { Migration001Cities } from './migration-001-cities';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [{ name: '001-cities', class: Migration001Cities }];
