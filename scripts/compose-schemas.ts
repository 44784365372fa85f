import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_PORTS, SERVICES, type ServiceName } from '@union/subgraph-kit';
import { buildCitySchema } from '@union/city';
import { buildDistrictSchema } from '@union/district';
import { buildProvinceSchema } from '@union/province';
import { parse, type GraphQLSchema } from 'graphql';

const builders: Record<ServiceName, () => Promise<GraphQLSchema>> = {
  province: buildProvinceSchema,
  city: buildCitySchema,
  district: buildDistrictSchema,
};

/**
 * The contents of schema/: each subgraph's SDL and the supergraph composed from them by
 * @apollo/composition, the stricter composer. Subgraph URLs are the
 * default ports; the gateway rewrites them for other deployments.
 */
export async function generateSchemaFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const subgraphs = [];
  for (const service of SERVICES) {
    const sdl = printSubgraphSchema(await builders[service]());
    files.set(`${service}.graphql`, `${sdl.trim()}\n`);
    subgraphs.push({
      name: service,
      url: `http://localhost:${DEFAULT_PORTS[service]}/graphql`,
      typeDefs: parse(sdl),
    });
  }
  const composition = composeServices(subgraphs);
  if (composition.errors) {
    throw new Error(
      `composition failed:\n${composition.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  files.set('supergraph.graphql', `${composition.supergraphSdl.trim()}\n`);
  return files;
}
