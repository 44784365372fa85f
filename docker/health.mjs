// Container health check: exit 0 when the process on the given port answers the given path
// (/readyz by default: for a subgraph, its database answers; /healthz: the process is up).
const [port, path = '/readyz'] = process.argv.slice(2);
fetch(`http://127.0.0.1:${port}${path}`).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
