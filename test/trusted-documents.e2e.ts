import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth, type TestAuth } from '@union/subgraph-kit/testing';
import { DEFAULT_MANIFEST, loadTrustedDocuments, type RunningGateway } from '@union/gateway';
import { ENGINES, startGateway, startSubgraphs, type Subgraphs } from './support/federation';

// The dashboard's persisted-documents manifest (written by codegen in web/) served by hash,
// and the switch that refuses any other document from anonymous callers, on both engines.

const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
const hashOf = (operationName: string) => {
  const pattern = new RegExp(`(^| )(query|mutation) ${operationName}[ (]`);
  const entry = Object.entries(manifest).find(([, text]) => pattern.test(text));
  if (!entry) throw new Error(`${operationName} is not in the manifest`);
  return entry[0].replace(/^sha256:/, '');
};
// Answers are asserted field by field as the queries shaped them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;

const ARBITRARY = '{ district(code: "510106") { name } }';

describe.each(ENGINES)('trusted documents through the %s gateway', (engine) => {
  let subgraphs: Subgraphs;
  let gateway: RunningGateway;
  let auth: TestAuth;

  beforeAll(async () => {
    auth = await createTestAuth();
    subgraphs = await startSubgraphs('sqlite', auth.settings);
    gateway = await startGateway(engine, subgraphs, {
      trustedDocuments: loadTrustedDocuments(DEFAULT_MANIFEST, true),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  const post = async (body: unknown, token?: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };

  it('serves a dashboard operation by its sha256 as a persisted query', async () => {
    const { status, body } = await post({
      operationName: 'DistrictPage',
      variables: { code: '510106', period: '2013' },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('DistrictPage') } },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.district.name).toBe('金牛区');
    const members = body.data.district.figures.find(
      (f: { metric: string }) => f.metric === 'members',
    );
    expect(members.reported.text).toBe('181386名');
    expect(members.reported.source.quote).toContain('181386');
  });

  it('serves it by documentId too, and over GET', async () => {
    const byId = await post({
      documentId: `sha256:${hashOf('SearchUnits')}`,
      variables: { search: 'jnq' },
    });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data.districts.map((d: { name: string }) => d.name)).toContain('金牛区');
    const url = new URL(gateway.url);
    url.searchParams.set(
      'extensions',
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf('TreeProvinces') } }),
    );
    // Apollo Server's CSRF prevention wants a preflight header on a GET.
    const response = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as Answer;
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces).toHaveLength(31);
  });

  it('answers an unknown hash with PersistedQueryNotFound', async () => {
    const { body } = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(body.errors).toEqual([
      { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
    ]);
  });

  it('refuses a document outside the manifest from an anonymous caller', async () => {
    const { status, body } = await post({ query: ARBITRARY });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(body.errors[0].message).toContain('trusted documents');
  });

  it('refuses an anonymous GET with a document outside the manifest, or unreadable extensions', async () => {
    for (const [name, value] of [
      ['query', ARBITRARY],
      ['extensions', '{not json'],
    ]) {
      const url = new URL(gateway.url);
      url.searchParams.set(name, value!);
      if (name === 'extensions') url.searchParams.set('query', ARBITRARY);
      const response = await fetch(url, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as Answer;
      expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    }
  });

  it('refuses an anonymous batch holding one document outside the manifest', async () => {
    const { status, body } = await post([
      { documentId: hashOf('TreeProvinces') },
      { query: ARBITRARY },
    ]);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('runs a manifest document sent as text for an anonymous caller', async () => {
    const { body } = await post({ query: manifest[`sha256:${hashOf('TreeProvinces')}`] });
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces[0]).toEqual({
      __typename: 'Province',
      code: '110000',
      name: '北京市',
    });
  });

  it('runs any document for a caller with a verified token', async () => {
    const token = await auth.token({
      sub: 'ana',
      name: 'Ana',
      roles: ['viewer'],
      units: ['510000'],
    });
    const { status, body } = await post({ query: ARBITRARY }, token);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { district: { name: '金牛区' } } });
  });
});
