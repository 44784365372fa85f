import { describe, expect, it } from 'vitest';
import {
  figuresDigest,
  openSeal,
  readSealFor,
  type SealedCell,
  type SealPayload,
  sealedVersions,
  signSeal,
} from '../src/reports/audit-seal';

const KEY = 'k'.repeat(64);
const members: SealedCell = {
  metric: 'members',
  version: 2,
  value: 3_295_000,
  lower: 3_290_000,
  upper: 3_300_000,
  text: '329余万人',
  complete: false,
};
const unions: SealedCell = { ...members, metric: 'grassroots_unions', version: 1, text: '1万个' };

const payload = (cells: SealedCell[]): SealPayload => ({
  level: 'City',
  code: '510100',
  period: '2013',
  versions: sealedVersions(cells),
  figures: figuresDigest(cells),
  inconsistent: ['members'],
  checked: cells.length,
  expiresAt: '2026-12-02T18:10:00.000Z',
});

describe('audit seals', () => {
  it('opens what it signed, with the same payload', () => {
    const sealed = payload([members, unions]);
    expect(openSeal(signSeal(sealed, KEY), KEY)).toEqual(sealed);
  });

  it('lists versions and digests figures in metric order, whatever order they come in', () => {
    expect(sealedVersions([members, unions])).toEqual([
      ['grassroots_unions', 1],
      ['members', 2],
    ]);
    expect(figuresDigest([members, unions])).toBe(figuresDigest([unions, members]));
  });

  it('digests the figures, not just the versions', () => {
    const forged = { ...members, lower: 0, upper: 10 };
    expect(figuresDigest([forged])).not.toBe(figuresDigest([members]));
    expect(figuresDigest([{ ...members, complete: true }])).not.toBe(figuresDigest([members]));
  });

  it('refuses a seal signed with another key, or altered', () => {
    const seal = signSeal(payload([members]), KEY);
    expect(openSeal(seal, 'x'.repeat(64))).toHaveProperty('refused');
    const [body, mac] = seal.split('.');
    const cleared = Buffer.from(
      JSON.stringify({ ...payload([members]), inconsistent: [] }),
    ).toString('base64url');
    expect(cleared).not.toBe(body);
    expect(openSeal(`${cleared}.${mac}`, KEY)).toEqual({
      refused: 'its signature does not match: it was not made by this graph, or was altered',
    });
  });

  it('refuses what is not a seal', () => {
    for (const text of ['', 'abc', 'a.b.c']) {
      expect(openSeal(text, KEY)).toHaveProperty('refused');
    }
  });
});

describe('readSealFor', () => {
  const chengdu2013 = { level: 'City' as const, code: '510100', period: '2013' };
  const seal = signSeal(payload([members]), KEY);

  it('gives the payload of our seal of this report before it expires', () => {
    expect(readSealFor(seal, KEY, chengdu2013, new Date('2026-12-02T18:09:59.999Z'))).toEqual(
      payload([members]),
    );
  });

  it('refuses it from the instant it expires', () => {
    expect(readSealFor(seal, KEY, chengdu2013, new Date('2026-12-02T18:10:00.000Z'))).toEqual({
      refused: 'EXPIRED',
      message: 'the audit seal expired at 2026-12-02T18:10:00.000Z; ask for a new auditSeal',
    });
  });

  it("refuses another report's seal, whichever of level, unit or period differs", () => {
    const before = new Date('2026-12-02T18:00:00Z');
    for (const other of [
      { ...chengdu2013, level: 'Province' as const },
      { ...chengdu2013, code: '510700' },
      { ...chengdu2013, period: '2019' },
    ]) {
      expect(readSealFor(seal, KEY, other, before)).toMatchObject({ refused: 'OTHER_REPORT' });
    }
  });

  it('refuses a seal made with another key', () => {
    expect(
      readSealFor(seal, 'x'.repeat(64), chengdu2013, new Date('2026-12-02T18:00:00Z')),
    ).toMatchObject({ refused: 'INVALID' });
  });
});
