/** What a user may do: read, enter figures, approve the level below, administer. */
export const ROLES = ['viewer', 'reporter', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, as a verified token says. `units` are the roots of the subtrees the user
 * works in: a Chengdu reporter holds ["510100"], which covers Chengdu and its districts.
 */
export interface Viewer {
  sub: string;
  name: string;
  roles: Role[];
  units: string[];
}

const DIVISION_CODE = /^\d{6}$/;

/**
 * Whether a subtree root covers a unit. GB/T 2260 codes nest by prefix in the project's tree
 * (a district's city is its first four digits + 00, its province its first two + 0000; a
 * test holds every unit of the tree to this), so a root ending in 0000 covers its province,
 * one ending in 00 its city, any other only itself.
 */
export function rootCovers(root: string, unit: string): boolean {
  if (!DIVISION_CODE.test(root) || !DIVISION_CODE.test(unit)) return false;
  if (root === unit) return true;
  if (root.endsWith('0000')) return unit.startsWith(root.slice(0, 2));
  if (root.endsWith('00')) return unit.startsWith(root.slice(0, 4));
  return false;
}

/** Whether any of the viewer's subtrees holds the unit. */
export function viewerCovers(viewer: Viewer, unit: string): boolean {
  return viewer.units.some((root) => rootCovers(root, unit));
}

/**
 * Why a viewer may not write a unit's figures, or null when they may: a reporter or an admin
 * whose subtrees hold the unit (an admin holding ["000000"] is not special: units are codes).
 */
export function whyCannotWrite(viewer: Viewer, unit: string): string | null {
  if (!viewer.roles.includes('reporter') && !viewer.roles.includes('admin')) {
    return `writing figures needs the role reporter or admin; ${viewer.sub} has ${viewer.roles.join(', ') || 'no role'}`;
  }
  if (!viewerCovers(viewer, unit)) {
    return `${viewer.sub} works in ${viewer.units.join(', ') || 'no unit'}, which does not cover ${unit}`;
  }
  return null;
}

/**
 * Reads the claims of a verified token into a Viewer, or says which claim is wrong. Roles
 * outside ROLES and malformed unit codes are refused rather than dropped: a token that
 * claims more than the graph understands is a misconfigured identity provider.
 */
export function viewerFromClaims(claims: Record<string, unknown>): Viewer | string {
  const { sub, name, roles, units } = claims;
  if (typeof sub !== 'string' || sub === '') return 'the token has no sub';
  if (!Array.isArray(roles) || roles.some((role) => !ROLES.includes(role as Role))) {
    return `roles must be a list of ${ROLES.join(', ')}`;
  }
  if (
    !Array.isArray(units) ||
    units.some((unit) => typeof unit !== 'string' || !DIVISION_CODE.test(unit))
  ) {
    return 'units must be a list of six-digit division codes';
  }
  return {
    sub,
    name: typeof name === 'string' && name !== '' ? name : sub,
    roles: roles as Role[],
    units: units as string[],
  };
}
