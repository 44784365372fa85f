import { readGatewayEnv, runUntilSignal } from '@union/subgraph-kit';
import { DEFAULT_DASHBOARD_DIR } from './dashboard';
import { createGateway } from './server';
import { readTrustedDocumentsEnv } from './trusted-documents';

const env = readGatewayEnv();
const trustedDocuments = readTrustedDocumentsEnv();
const dashboardDir = process.env.DASHBOARD_DIR ? process.env.DASHBOARD_DIR : DEFAULT_DASHBOARD_DIR;
await runUntilSignal(
  () => createGateway({ ...env, trustedDocuments, dashboardDir }),
  `gateway (${env.engine})`,
);
