import { Migration001Districts } from './migration-001-districts';

/** Applied in order; never edit one that has shipped, add the next. */
export const migrations = [{ name: '001-districts', class: Migration001Districts }];
