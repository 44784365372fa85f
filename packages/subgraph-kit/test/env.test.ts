import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGatewayEnv, readServiceEnv, REPO_ROOT } from '../src/env';

describe('readServiceEnv', () => {
  it('defaults to the fixed port and a SQLite file under data/', () => {
    expect(readServiceEnv('city', {})).toEqual({
      service: 'city',
      port: 4002,
      host: '127.0.0.1',
      databaseUrl: undefined,
      sqlitePath: path.join(REPO_ROOT, 'data', 'city.sqlite'),
      printSql: false,
      auth: {
        jwksUrl: undefined,
        jwksFile: path.join(REPO_ROOT, 'data', 'auth', 'jwks.json'),
        devKeyDir: path.join(REPO_ROOT, 'data', 'auth'),
        issuer: 'union-graph',
        audience: 'union-graph',
        requiredForReads: false,
      },
      reports: {
        sealSecret: undefined,
        sealSecretDir: path.join(REPO_ROOT, 'data', 'auth'),
        sealMinutes: 10,
        entryDays: null,
      },
      gatewayTrust: { secret: undefined, secretDir: path.join(REPO_ROOT, 'data', 'auth') },
    });
  });

  it('takes the port, the PostgreSQL URL, the data folder and SQL printing from the environment', () => {
    const env = readServiceEnv('district', {
      DISTRICT_PORT: '5003',
      DISTRICT_DATABASE_URL: 'postgresql://postgres@db/union_district',
      DATA_DIR: '/tmp/union-data',
      SQL_DEBUG: '1',
    });
    expect(env).toMatchObject({
      port: 5003,
      databaseUrl: 'postgresql://postgres@db/union_district',
      sqlitePath: '/tmp/union-data/district.sqlite',
      printSql: true,
    });
  });

  it('refuses a port that is not a port, naming the variable', () => {
    expect(() => readServiceEnv('province', { PROVINCE_PORT: 'http' })).toThrow(
      'PROVINCE_PORT must be a port number between 0 and 65535, got "http"',
    );
    // Number() alone would read these as 31, 4000 and 4001.
    for (const bad of ['0x1F', '4e3', ' 4001', '65536']) {
      expect(() => readServiceEnv('province', { PROVINCE_PORT: bad })).toThrow(
        `PROVINCE_PORT must be a port number between 0 and 65535, got "${bad}"`,
      );
    }
  });
});

describe('readAuthSettings', () => {
  it('uses a JWKS URL from an identity provider, with its issuer and audience', () => {
    const env = readServiceEnv('city', {
      AUTH_JWKS_URL: 'https://id.example.org/realms/union/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://id.example.org/realms/union',
      AUTH_AUDIENCE: 'union-graph-api',
      AUTH_REQUIRED_FOR_READS: 'on',
    });
    expect(env.auth).toMatchObject({
      jwksUrl: 'https://id.example.org/realms/union/protocol/openid-connect/certs',
      devKeyDir: undefined,
      issuer: 'https://id.example.org/realms/union',
      audience: 'union-graph-api',
      requiredForReads: true,
    });
  });

  it('uses a JWKS file and makes no keys of its own', () => {
    const env = readServiceEnv('city', { AUTH_JWKS_FILE: '/etc/union/jwks.json' });
    expect(env.auth).toMatchObject({ jwksFile: '/etc/union/jwks.json', devKeyDir: undefined });
  });

  it('refuses AUTH_REQUIRED_FOR_READS other than on or off', () => {
    expect(() => readServiceEnv('city', { AUTH_REQUIRED_FOR_READS: 'yes' })).toThrow(
      'AUTH_REQUIRED_FOR_READS must be on or off, got "yes"',
    );
  });
});

describe('readReportSettings', () => {
  it('takes a shared seal secret, its lifetime and the entry deadline from the environment', () => {
    const env = readServiceEnv('city', {
      REPORT_SEAL_SECRET: 'f'.repeat(64),
      REPORT_SEAL_MINUTES: '5',
      REPORT_ENTRY_DAYS: '90',
    });
    expect(env.reports).toEqual({
      sealSecret: 'f'.repeat(64),
      sealSecretDir: undefined,
      sealMinutes: 5,
      entryDays: 90,
    });
  });

  it('reads REPORT_ENTRY_DAYS=0 as closing entry when the period ends', () => {
    expect(readServiceEnv('city', { REPORT_ENTRY_DAYS: '0' }).reports.entryDays).toBe(0);
  });

  it.each([
    [{ REPORT_SEAL_SECRET: 'short' }, 'REPORT_SEAL_SECRET must be at least 32 characters'],
    [{ REPORT_ENTRY_DAYS: '-1' }, 'REPORT_ENTRY_DAYS must be a whole number of days, got "-1"'],
    [{ REPORT_ENTRY_DAYS: '90d' }, 'REPORT_ENTRY_DAYS must be a whole number of days, got "90d"'],
    [
      { REPORT_SEAL_MINUTES: '0' },
      'REPORT_SEAL_MINUTES must be a whole number of minutes from 1, got "0"',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => readServiceEnv('city', env)).toThrow(message);
  });
});

describe('readGatewayEnv', () => {
  it('defaults to Hive on :4000, the checked-in supergraph, subgraphs on 127.0.0.1, engine merging', () => {
    expect(readGatewayEnv({})).toEqual({
      port: 4000,
      engine: 'hive',
      supergraphPath: path.join(REPO_ROOT, 'schema', 'supergraph.graphql'),
      subgraphUrls: {
        province: 'http://127.0.0.1:4001/graphql',
        city: 'http://127.0.0.1:4002/graphql',
        district: 'http://127.0.0.1:4003/graphql',
      },
      mergeRequests: undefined,
      auth: {
        jwksUrl: undefined,
        jwksFile: path.join(REPO_ROOT, 'data', 'auth', 'jwks.json'),
        devKeyDir: path.join(REPO_ROOT, 'data', 'auth'),
        issuer: 'union-graph',
        audience: 'union-graph',
        requiredForReads: false,
      },
      gatewayTrust: { secret: undefined, secretDir: path.join(REPO_ROOT, 'data', 'auth') },
      rateLimit: undefined,
      maxBodyBytes: undefined,
      upstreamTimeoutMs: undefined,
    });
  });

  it('reads the rate limit and body limit', () => {
    const env = readGatewayEnv({
      GATEWAY_RATE_BURST: '20',
      GATEWAY_RATE_PER_SECOND: '5',
      GATEWAY_MAX_BODY_BYTES: '2000',
    });
    expect(env).toMatchObject({ rateLimit: { burst: 20, perSecond: 5 }, maxBodyBytes: 2000 });
    expect(() => readGatewayEnv({ GATEWAY_RATE_BURST: '20' })).toThrow('set both');
  });

  it.each(['0x1F', '1e3', ' 30', '-5', '0', 'fast', '1.5'])(
    'refuses a body limit, upstream timeout or burst written "%s"',
    (raw) => {
      for (const variable of ['GATEWAY_MAX_BODY_BYTES', 'GATEWAY_UPSTREAM_TIMEOUT_MS']) {
        expect(() => readGatewayEnv({ [variable]: raw })).toThrow(
          `${variable} must be a whole number above 0, got "${raw}"`,
        );
      }
      expect(() =>
        readGatewayEnv({ GATEWAY_RATE_BURST: raw, GATEWAY_RATE_PER_SECOND: '5' }),
      ).toThrow(`GATEWAY_RATE_BURST must be a whole number above 0, got "${raw}"`);
    },
  );

  it.each(['0x1F', '1e3', ' 30', '-5', '0', 'fast'])(
    'refuses a rate per second written "%s"',
    (raw) => {
      expect(() =>
        readGatewayEnv({ GATEWAY_RATE_BURST: '20', GATEWAY_RATE_PER_SECOND: raw }),
      ).toThrow(`GATEWAY_RATE_PER_SECOND must be a positive number, got "${raw}"`);
    },
  );

  it('reads a fractional rate per second', () => {
    const env = readGatewayEnv({ GATEWAY_RATE_BURST: '2', GATEWAY_RATE_PER_SECOND: '0.5' });
    expect(env.rateLimit).toEqual({ burst: 2, perSecond: 0.5 });
  });

  it('refuses a gateway secret shorter than 32 characters', () => {
    expect(() => readGatewayEnv({ GATEWAY_SUBGRAPH_SECRET: 'short' })).toThrow(
      'GATEWAY_SUBGRAPH_SECRET must be at least 32 characters',
    );
  });

  it('follows subgraph ports and explicit URLs', () => {
    const env = readGatewayEnv({ CITY_PORT: '5002', DISTRICT_URL: 'http://district:4003/graphql' });
    expect(env.subgraphUrls.city).toBe('http://127.0.0.1:5002/graphql');
    expect(env.subgraphUrls.district).toBe('http://district:4003/graphql');
  });

  it.each([
    ['on', true],
    ['off', false],
    ['true', true],
    ['0', false],
  ])('reads GATEWAY_MERGE_REQUESTS=%s as %s', (raw, merge) => {
    expect(readGatewayEnv({ GATEWAY_MERGE_REQUESTS: raw }).mergeRequests).toBe(merge);
  });

  it('refuses an unknown engine or merge switch with the value it got', () => {
    expect(() => readGatewayEnv({ GATEWAY_ENGINE: 'router' })).toThrow(
      'GATEWAY_ENGINE must be "hive" or "apollo", got "router"',
    );
    expect(() => readGatewayEnv({ GATEWAY_MERGE_REQUESTS: 'maybe' })).toThrow(
      'GATEWAY_MERGE_REQUESTS must be on or off, got "maybe"',
    );
  });
});
