import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  isSignedByGateway,
  signRequest,
} from '../src/gateway-trust/request-signature';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members, as Hive Gateway signs', () => {
    expect(
      canonicalJson({
        variables: { representations: [{ z: 1, __typename: 'City', a: [3, { y: null, b: 'x' }] }] },
        query: '{ _entities }',
        gone: undefined,
      }),
    ).toBe(
      '{"query":"{ _entities }","variables":{"representations":[{"__typename":"City","a":[3,{"b":"x","y":null}],"z":1}]}}',
    );
  });

  it('writes undefined in an array as null and uses toJSON, as JSON.stringify does', () => {
    const value = { at: new Date(Date.UTC(2013, 0, 1)), list: [undefined, 1.5, '成都市'] };
    expect(canonicalJson(value)).toBe(
      JSON.stringify({ at: value.at, list: [null, 1.5, '成都市'] }),
    );
  });

  it('reads back as the same value for a large representation list', () => {
    const representations = Array.from({ length: 2000 }, (_, i) => ({
      metric: 'members',
      __typename: 'CityFigure',
      cityCode: String(510100 + i),
      period: '2022',
      reported: i % 3 === 0 ? null : { lower: i, upper: i + 0.5, text: `${i}余人` },
    }));
    const text = canonicalJson({ representations });
    expect(JSON.parse(text)).toEqual({ representations });
    expect(text.indexOf('"__typename"')).toBeLessThan(text.indexOf('"cityCode"'));
  });
});

describe('request signatures', () => {
  it('accepts the signature of the same document and variables and refuses any change', () => {
    const signature = signRequest('secret', '{ a }', { code: '510100' });
    expect(isSignedByGateway('secret', '{ a }', { code: '510100' }, signature)).toBe(true);
    expect(isSignedByGateway('secret', '{ a }', { code: '510104' }, signature)).toBe(false);
    expect(isSignedByGateway('other', '{ a }', { code: '510100' }, signature)).toBe(false);
    // No variables and empty variables are signed alike: a gateway may send either.
    expect(signRequest('secret', '{ a }', {})).toBe(signRequest('secret', '{ a }', null));
  });
});
