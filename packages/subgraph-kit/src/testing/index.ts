export * from './graphql-client';
export * from './postgres-database';
export * from './service-harness';
export * from './test-auth';
export * from './migrations-agree';
export * from './test-gateway-trust';
export * from './free-port';
