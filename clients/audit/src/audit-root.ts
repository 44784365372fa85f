import { AuditError } from './audit-error';
import { type SubtreeData } from './subtree-query';

export type RootLevel = 'province' | 'city';

export interface AuditRoot {
  level: RootLevel;
  code: string;
  name: string;
  /** The cities audited below a province root; 0 for a municipality or a city root. */
  cities: number;
}

/**
 * Decides what the code names from the gateway's answer, not from its shape: 110000 is a
 * province whose children are districts, and a code ending in 00 may be a county-level unit.
 */
export function resolveRoot(code: string, data: SubtreeData): AuditRoot {
  if (data.province) {
    const { name, cities } = data.province;
    return { level: 'province', code, name, cities: cities.length };
  }
  if (data.city) return { level: 'city', code, name: data.city.name, cities: 0 };
  if (data.district) {
    const { district } = data;
    const parent = district.city ?? district.province;
    const parentLevel = district.city ? 'city' : 'province';
    throw new AuditError(
      `${code} ${district.name} is a county-level unit: county-level units have no children ` +
        `to audit. Audit its ${parentLevel} instead: --root ${parent.code} (${parent.name}).`,
    );
  }
  throw new AuditError(
    `unknown root ${code}: no province, city or county-level unit has that code`,
  );
}
