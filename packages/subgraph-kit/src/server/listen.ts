import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { publicHost } from './public-host';

/** Listens (port 0 picks a free one) and gives the URL clients should use for /graphql. */
export async function listen(server: Server, port: number, host = '0.0.0.0'): Promise<string> {
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return `http://${publicHost(host)}:${bound}/graphql`;
}

/** Stops accepting, drops idle keep-alive connections, and resolves once closed. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
