import { Client, fetchExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { type DocumentNode } from 'graphql';

/**
 * The dashboard's client. Every operation goes out by the sha256 of its text first (the
 * gateway knows the dashboard's manifest), the text only if the gateway does not know the
 * hash; mutations too, so a gateway in trusted-documents mode serves every screen.
 *
 * The cache is normalized: units by code; figures and reports by their federation keys, so
 * a recorded figure updates every screen that shows that cell. Types with no identity of
 * their own (values, rollups, audits) are embedded in their parent.
 */
export function createGraphQLClient(token: () => string | null): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: {
          Province: (p) => p.code as string,
          City: (c) => c.code as string,
          District: (d) => d.code as string,
          ProvinceFigure: (f) => `${f.provinceCode}/${f.metric}/${f.period}`,
          CityFigure: (f) => `${f.cityCode}/${f.metric}/${f.period}`,
          DistrictFigure: (f) => `${f.districtCode}/${f.metric}/${f.period}`,
          ProvinceReport: (r) => `${r.provinceCode}/${r.period}`,
          CityReport: (r) => `${r.cityCode}/${r.period}`,
          DistrictReport: (r) => `${r.districtCode}/${r.period}`,
          Metric: (m) => m.code as string,
          Viewer: (v) => v.sub as string,
          Value: () => null,
          Source: () => null,
          Rollup: () => null,
          CityAudit: () => null,
          ProvinceAudit: () => null,
          Progress: () => null,
          AuditSeal: () => null,
          FigureChange: () => null,
          ReportEvent: () => null,
          UnitChange: () => null,
        },
      }),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => persistedHash(document),
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const current = token();
      return current ? { headers: { authorization: `Bearer ${current}` } } : {};
    },
  });
}

/**
 * The hash codegen computed for the manifest, carried on the typed document; the manifest
 * keys it as `sha256:<hex>`, the persisted-query extension carries the hex.
 */
function persistedHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('a document without a persisted hash: run npm run codegen -w web');
  return hash.replace(/^sha256:/, '');
}
