/** The host a client should dial: the bound address, or localhost when bound to all. */
export function publicHost(host: string | undefined): string {
  return host === undefined || host === '0.0.0.0' ? 'localhost' : host;
}
