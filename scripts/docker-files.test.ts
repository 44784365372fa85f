import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '@union/subgraph-kit';
import { distFileOf, ENTRIES } from './build-dist';

/*
 * No container engine runs where the tests run, so the compose file and the Dockerfile are
 * checked as files: what each service runs, what is published, how health is checked, and
 * that the image runs compiled JavaScript with node as a non-root user.
 */

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  restart?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const services = compose.services;
const APP = ['province', 'city', 'district', 'gateway'];
const dockerfile = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('publishes only the gateway port', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.ports ?? [], name).toEqual(name === 'gateway' ? ['4000:4000'] : []);
    }
  });

  it('restarts every service and checks each one’s health', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.restart, name).toBe('unless-stopped');
      expect(service.healthcheck?.test.length, name).toBeGreaterThan(0);
    }
  });

  it('checks PostgreSQL over TCP, so the image’s socket-only init server does not pass', () => {
    expect(services.postgres!.healthcheck!.test.join(' ')).toMatch(/pg_isready -h 127\.0\.0\.1/);
    for (const name of ['province', 'city', 'district']) {
      expect(services[name]!.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    }
    for (const name of ['province', 'city', 'district']) {
      expect(services.gateway!.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
  });

  it('builds one image once and runs each process’s compiled entry with node', () => {
    const images = new Set(APP.map((name) => services[name]!.image));
    expect(images.size).toBe(1);
    expect(APP.filter((name) => services[name]!.build !== undefined)).toHaveLength(1);
    // ENTRIES lists province, city, district, gateway: the order of APP.
    expect(APP.map((name) => services[name]!.command)).toEqual(
      ENTRIES.map((entry) => ['node', path.relative(REPO_ROOT, distFileOf(entry))]),
    );
  });

  it('lets the gateway reach the subgraphs on the compose network, sharing one secret', () => {
    for (const name of ['province', 'city', 'district']) {
      expect(services[name]!.environment?.[`${name.toUpperCase()}_HOST`]).toBe('0.0.0.0');
    }
    for (const name of APP) expect(services[name]!.volumes).toContain('auth:/app/data/auth');
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const final = stages.at(-1)!;

  it('is multi-stage: the last stage has runtime dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(final).not.toMatch(/npm ci(?! --omit=dev)/);
    expect(final).toMatch(/COPY --from=runtime-deps \/app\/node_modules/);
  });

  it('runs compiled JavaScript with node as a non-root user', () => {
    expect(final).toMatch(/^USER node$/m);
    expect(final).not.toMatch(/tsx/);
    expect(final).toMatch(/^CMD \["node", "gateway\/dist\/index\.js"\]$/m);
    for (const entry of ENTRIES) {
      const dist = path.relative(REPO_ROOT, path.dirname(distFileOf(entry)));
      expect(final).toContain(`COPY --from=build /app/${dist} ${dist}`);
    }
  });
});
