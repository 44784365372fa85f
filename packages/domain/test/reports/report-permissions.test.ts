import { describe, expect, it } from 'vitest';
import { type Role, type Viewer } from '../../src/identity/viewer';
import {
  whyCannotDecide,
  whyCannotReopen,
  whyCannotSubmit,
} from '../../src/reports/report-permissions';

const viewer = (roles: Role[], units: string[], sub = 'u'): Viewer => ({
  sub,
  name: sub,
  roles,
  units,
});

const JINNIU = { code: '510106', parent: '510100' };
const CHENGDU = { code: '510100', parent: '510000' };
const SICHUAN = { code: '510000', parent: null };
// 东城区 hangs directly under 北京市: its parent is the province.
const DONGCHENG = { code: '110101', parent: '110000' };

describe('whyCannotSubmit', () => {
  it.each([
    [['reporter'], ['510106'], '510106', true],
    [['reporter'], ['510100'], '510106', true],
    [['admin'], ['510000'], '510106', true],
    [['reporter'], ['510104'], '510106', false],
    [['approver'], ['510100'], '510106', false],
    [['viewer'], ['510106'], '510106', false],
  ] as [Role[], string[], string, boolean][])(
    '%j in %j on %s: %s',
    (roles, units, unit, allowed) => {
      expect(whyCannotSubmit(viewer(roles, units), unit) === null).toBe(allowed);
    },
  );

  it('names the role that is missing', () => {
    expect(whyCannotSubmit(viewer(['approver'], ['510100'], 'carl'), '510106')).toBe(
      'submitting a report needs the role reporter or admin; carl has approver',
    );
  });
});

describe('whyCannotDecide', () => {
  it.each([
    ['a Chengdu approver, 金牛区', ['approver'], ['510100'], JINNIU, true],
    ['a Sichuan approver, 金牛区', ['approver'], ['510000'], JINNIU, true],
    ['a Jinniu approver, its own report', ['approver'], ['510106'], JINNIU, false],
    ['a Jinniu reporter, its own report', ['reporter'], ['510106'], JINNIU, false],
    ['a Chengdu reporter, 金牛区', ['reporter'], ['510100'], JINNIU, false],
    ['a Mianyang approver, 金牛区', ['approver'], ['510700'], JINNIU, false],
    ['a Chengdu admin, 金牛区', ['admin'], ['510100'], JINNIU, true],
    ['a Sichuan approver, 成都市', ['approver'], ['510000'], CHENGDU, true],
    ['a Chengdu approver, its own city', ['approver'], ['510100'], CHENGDU, false],
    ['a Beijing approver, 东城区', ['approver'], ['110000'], DONGCHENG, true],
    ['a Sichuan approver, 四川省', ['approver'], ['510000'], SICHUAN, false],
    ['a Sichuan admin, 四川省', ['admin'], ['510000'], SICHUAN, true],
    ['a Guizhou admin, 四川省', ['admin'], ['520000'], SICHUAN, false],
  ] as [string, Role[], string[], typeof JINNIU, boolean][])(
    '%s',
    (_, roles, units, unit, allowed) => {
      expect(whyCannotDecide(viewer(roles, units), unit) === null).toBe(allowed);
    },
  );

  it('says the level above decides, and who that is', () => {
    expect(whyCannotDecide(viewer(['approver'], ['510106'], 'jin'), JINNIU)).toBe(
      "510106's report is decided by the level above it: an approver whose units cover " +
        '510100; jin works in 510106',
    );
    expect(whyCannotDecide(viewer(['reporter'], ['510106'], 'rita'), JINNIU)).toBe(
      'approving or returning a report needs the role approver or admin; rita has reporter',
    );
    expect(whyCannotDecide(viewer(['approver'], ['510000'], 'sam'), SICHUAN)).toBe(
      "a province's report is approved or returned by an admin; sam has approver",
    );
  });
});

describe('whyCannotReopen', () => {
  it('lets only an admin covering the unit reopen it', () => {
    expect(whyCannotReopen(viewer(['admin'], ['510000']), '510106')).toBeNull();
    expect(whyCannotReopen(viewer(['admin'], ['520000']), '510106')).toMatch(/does not cover/);
    expect(whyCannotReopen(viewer(['approver'], ['510000']), '510106')).toMatch(/role admin/);
  });
});
