import { describe, expect, it } from 'vitest';
import { loadDivisionTree } from '../../src/tree/division-tree';
import {
  rootCovers,
  type Viewer,
  viewerFromClaims,
  whyCannotWrite,
} from '../../src/identity/viewer';

const chengduReporter: Viewer = {
  sub: 'alice',
  name: 'Alice',
  roles: ['reporter'],
  units: ['510100'],
};

describe('rootCovers', () => {
  it.each([
    ['510100', '510100', true],
    ['510100', '510106', true],
    ['510100', '510700', false],
    ['510100', '510722', false],
    ['510000', '510106', true],
    ['510000', '510100', true],
    ['510000', '520100', false],
    ['510106', '510106', true],
    ['510106', '510104', false],
    ['110000', '110101', true],
    ['5101', '510106', false],
  ])('%s covers %s: %s', (root, unit, covers) => {
    expect(rootCovers(root, unit)).toBe(covers);
  });

  it('agrees with the tree: every unit is covered by its city and its province', () => {
    const tree = loadDivisionTree();
    for (const district of tree.districts) {
      expect(rootCovers(district.provinceCode, district.code), district.code).toBe(true);
      if (district.cityCode) expect(rootCovers(district.cityCode, district.code)).toBe(true);
    }
    for (const city of tree.cities) expect(rootCovers(city.provinceCode, city.code)).toBe(true);
    const cities = new Set(tree.cities.map((city) => city.code));
    for (const district of tree.districts) {
      // A city-less unit must not fall under some city by prefix.
      if (!district.cityCode) expect(cities.has(`${district.code.slice(0, 4)}00`)).toBe(false);
    }
  });
});

describe('whyCannotWrite', () => {
  it('lets a Chengdu reporter write Jinniu', () => {
    expect(whyCannotWrite(chengduReporter, '510106')).toBeNull();
  });

  it('refuses a Chengdu reporter a Mianyang district, naming both', () => {
    expect(whyCannotWrite(chengduReporter, '510703')).toBe(
      'alice works in 510100, which does not cover 510703',
    );
  });

  it('refuses a viewer anything', () => {
    expect(whyCannotWrite({ ...chengduReporter, roles: ['viewer'] }, '510106')).toBe(
      'writing figures needs the role reporter or admin; alice has viewer',
    );
  });
});

describe('viewerFromClaims', () => {
  it('reads the claims', () => {
    expect(viewerFromClaims({ sub: 'alice', roles: ['reporter'], units: ['510100'] })).toEqual({
      sub: 'alice',
      name: 'alice',
      roles: ['reporter'],
      units: ['510100'],
    });
  });

  it.each([
    [{ roles: [], units: [] }, 'the token has no sub'],
    [
      { sub: 'a', roles: ['owner'], units: [] },
      'roles must be a list of viewer, reporter, approver, admin',
    ],
    [{ sub: 'a', roles: [], units: ['5101'] }, 'units must be a list of six-digit division codes'],
  ])('refuses %j', (claims, why) => {
    expect(viewerFromClaims(claims)).toBe(why);
  });
});
