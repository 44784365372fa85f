// Container health check: exit 0 when the subgraph on the given port answers /health.
const port = process.argv[2];
fetch(`http://localhost:${port}/health`).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
