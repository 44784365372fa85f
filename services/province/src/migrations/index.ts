import { Migration001Provinces } from './migration-001-provinces';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [{ name: '001-provinces', class: Migration001Provinces }];
