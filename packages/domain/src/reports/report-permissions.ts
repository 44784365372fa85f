import { type Viewer, viewerCovers } from '../identity/viewer';

/**
 * Who decides on a unit's report: the level above it. `parent` is the unit's parent code
 * (a district's city, or its province when it has none; a city's province), or null for a
 * province, whose report only an admin covering it decides (the graph has no national level).
 */
export interface ReportUnit {
  code: string;
  parent: string | null;
}

const roles = (viewer: Viewer) => viewer.roles.join(', ') || 'no role';
const units = (viewer: Viewer) => viewer.units.join(', ') || 'no unit';

/**
 * Why a viewer may not submit a unit's report, or null: its own people submit it, a
 * reporter (or an admin) whose subtrees hold the unit, as for entering its figures.
 */
export function whyCannotSubmit(viewer: Viewer, unit: string): string | null {
  if (!viewer.roles.includes('reporter') && !viewer.roles.includes('admin')) {
    return `submitting a report needs the role reporter or admin; ${viewer.sub} has ${roles(viewer)}`;
  }
  if (!viewerCovers(viewer, unit)) {
    return `${viewer.sub} works in ${units(viewer)}, which does not cover ${unit}`;
  }
  return null;
}

/** Who may approve or return a unit's report, in words, for messages. */
export function whoDecides(unit: ReportUnit): string {
  return unit.parent === null
    ? `an admin whose units cover ${unit.code}`
    : `an approver whose units cover ${unit.parent}`;
}

/**
 * Why a viewer may not approve or return a unit's report, or null. The level above decides:
 * an approver (or an admin) whose subtrees hold the unit's parent, which is a strictly higher
 * level: holding 510106 does not let anyone approve 510106's own report, holding 510100 or
 * 510000 does. A province's report is decided by an admin covering it.
 */
export function whyCannotDecide(viewer: Viewer, unit: ReportUnit): string | null {
  if (unit.parent === null) {
    if (!viewer.roles.includes('admin')) {
      return `a province's report is approved or returned by an admin; ${viewer.sub} has ${roles(viewer)}`;
    }
    if (!viewerCovers(viewer, unit.code)) {
      return `${viewer.sub} works in ${units(viewer)}, which does not cover ${unit.code}`;
    }
    return null;
  }
  if (!viewer.roles.includes('approver') && !viewer.roles.includes('admin')) {
    return `approving or returning a report needs the role approver or admin; ${viewer.sub} has ${roles(viewer)}`;
  }
  if (!viewerCovers(viewer, unit.parent)) {
    return (
      `${unit.code}'s report is decided by the level above it: ${whoDecides(unit)}; ` +
      `${viewer.sub} works in ${units(viewer)}`
    );
  }
  return null;
}

/** Why a viewer may not reopen a closed period of a unit, or null: an admin covering it. */
export function whyCannotReopen(viewer: Viewer, unit: string): string | null {
  if (!viewer.roles.includes('admin')) {
    return `reopening a report needs the role admin; ${viewer.sub} has ${roles(viewer)}`;
  }
  if (!viewerCovers(viewer, unit)) {
    return `${viewer.sub} works in ${units(viewer)}, which does not cover ${unit}`;
  }
  return null;
}
