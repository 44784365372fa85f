import http from 'node:http';
import { parseArgs } from 'node:util';
import { loops, type Outcome, pause, percentile, send } from './soak-client';
import { SoakFederation } from './soak-federation';

// npm run soak [-- --engine hive|apollo --seconds 60]: the federation's behaviour under
// hostile and failing conditions, on loopback, printed as figures (never a timed test).
// The gateway runs with its default limits. The well-behaved clients each have a token of
// their own and pause 10 ms between requests; the 4 attackers are anonymous, from one address.
//  1. a cheap query's latency idle, then while 4 clients send heavy queries it refuses;
//  2. a mixed soak during which the city subgraph is killed (SIGKILL) and started again;
//  3. SIGTERM to the gateway under load: which requests were answered, refused, or cut.

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'hive' },
    seconds: { type: 'string', default: '60' },
    samples: { type: 'string', default: '400' },
  },
});
const engine = values.engine!;
const soakSeconds = Number(values.seconds);
const samples = Number(values.samples);

const CHEAP = '{ district(code: "510106") { name } }';
const NESTED = `{ province(code: "510000") { ${'cities { province { '.repeat(4)}code${' } }'.repeat(4)} } }`;
const ALIASES = `{ ${Array.from({ length: 2500 }, (_, i) => `a${i}: provinces { cities { code } }`).join(' ')} }`;
const MIXED = [
  CHEAP,
  '{ province(code: "510000") { name cities { name districts { name } } } }',
  `{ city(code: "510100") { name figure(metric: "members", period: "2013") {
      reported { text } districtsSum { reporting expected } } } }`,
  '{ provinces { code name } }',
];

const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (text = '') => console.log(text);

function tally(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.status === 0 ? `no answer (${o.failure})` : `HTTP ${o.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort()
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ');
}

async function cheapLatencies(url: string, agent: http.Agent, token: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    await pause();
    const outcome = await send(url, CHEAP, agent, token);
    if (outcome.status !== 200 || outcome.errors.length > 0) {
      throw new Error(
        `the cheap query failed: ${tally([outcome])} ${JSON.stringify(outcome.errors)}`,
      );
    }
    times.push(outcome.ms);
  }
  return times;
}

async function refusalPhase(federation: SoakFederation): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  const url = federation.gatewayUrl;
  const token = await federation.token('soak-cheap');
  for (let i = 0; i < 50; i += 1) await send(url, CHEAP, agent, token);
  const idle = await cheapLatencies(url, agent, token);

  let stop = false;
  const heavy: Outcome[] = [];
  const heavyAgent = new http.Agent({ keepAlive: true });
  const attackers = loops(
    4,
    () => stop,
    async (i) => {
      heavy.push(await send(url, i % 2 === 0 ? NESTED : ALIASES, heavyAgent));
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const loaded = await cheapLatencies(url, agent, token);
  stop = true;
  await attackers;

  // Refused: an error and no data, with a status below 500 (Hive answers a validation
  // error to an `application/json` client with 200, as GraphQL over HTTP allows).
  const refused = heavy.filter((o) => o.status > 0 && o.status < 500 && o.errors.length > 0);
  line('1. A cheap query, idle and while 4 clients send refused heavy queries');
  line(`   cheap query: ${CHEAP}`);
  line(
    `   heavy queries: province → cities nested 4 times (${NESTED.length} bytes), 2,500 aliases (${ALIASES.length} bytes)`,
  );
  line(
    `   idle:   p50 ${ms(percentile(idle, 50))}, p99 ${ms(percentile(idle, 99))} (${idle.length} requests)`,
  );
  line(
    `   loaded: p50 ${ms(percentile(loaded, 50))}, p99 ${ms(percentile(loaded, 99))} (${loaded.length} requests)`,
  );
  line(
    `   p99 loaded / idle: ${(percentile(loaded, 99) / percentile(idle, 99)).toFixed(2)} (goal ≤ 2)`,
  );
  line(
    `   heavy requests sent: ${heavy.length}; ${tally(heavy)}; refused with an error: ${refused.length}`,
  );
  line(
    `   refusal messages: ${[...new Set(heavy.flatMap((o) => o.errors.map((e) => e.message.slice(0, 70))))].join(' | ')}`,
  );
  agent.destroy();
  heavyAgent.destroy();
}

async function killPhase(federation: SoakFederation): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  const url = federation.gatewayUrl;
  const outcomes: { at: number; outcome: Outcome }[] = [];
  const started = Date.now();
  const end = started + soakSeconds * 1000;
  const killAt = soakSeconds * 250;
  const restartAt = soakSeconds * 417;
  let restartedAt = 0;
  const chaos = (async () => {
    await new Promise((resolve) => setTimeout(resolve, killAt));
    await federation.signal('city', 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, restartAt - killAt));
    federation.launch('city');
    await federation.ready('city');
    restartedAt = Date.now() - started;
  })();
  const tokens = await Promise.all([0, 1, 2, 3].map((i) => federation.token(`soak-${i}`)));
  let n = 0;
  await loops(
    4,
    () => Date.now() >= end,
    async (i) => {
      const query = MIXED[n++ % MIXED.length]!;
      const outcome = await send(url, query, agent, tokens[i]);
      outcomes.push({ at: Date.now() - started, outcome });
      await pause();
    },
  );
  await chaos;
  const all = outcomes.map((o) => o.outcome);
  const fiveHundreds = all.filter((o) => o.status >= 500).length;
  const withErrors = outcomes.filter((o) => o.outcome.errors.length > 0);
  const messages = withErrors.flatMap((o) => o.outcome.errors.map((e) => e.message));
  const namingCity = messages.filter((m) => /\bcity subgraph\b/.test(m)).length;
  const lastError = withErrors.at(-1)?.at ?? 0;
  line();
  line(
    `2. A ${soakSeconds} s mixed soak, 4 clients; the city subgraph killed (SIGKILL) at ${killAt / 1000} s, started again at ${restartAt / 1000} s`,
  );
  line(`   requests: ${all.length}; ${tally(all)}`);
  line(`   HTTP 5xx: ${fiveHundreds} (goal 0)`);
  line(
    `   answers with errors: ${withErrors.length}, from ${((withErrors[0]?.at ?? 0) / 1000).toFixed(1)} s to ${(lastError / 1000).toFixed(1)} s`,
  );
  line(`   error messages: ${messages.length}, naming the city subgraph: ${namingCity}`);
  line(
    `   distinct messages: ${[...new Set(messages.map((m) => m.replace(/\d+/g, 'N')))].slice(0, 5).join(' | ')}`,
  );
  line(
    `   city subgraph ready again at ${(restartedAt / 1000).toFixed(1)} s; last error at ${(lastError / 1000).toFixed(1)} s`,
  );
  agent.destroy();
}

async function sigtermPhase(federation: SoakFederation): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  const url = federation.gatewayUrl;
  const outcomes: { sentAfterSignal: boolean; outcome: Outcome }[] = [];
  let signalled = false;
  let exited = false;
  const tokens = await Promise.all([0, 1, 2, 3].map((i) => federation.token(`soak-term-${i}`)));
  let n = 0;
  const load = loops(
    4,
    () => exited,
    async (i) => {
      const sentAfterSignal = signalled;
      const outcome = await send(url, MIXED[n++ % MIXED.length]!, agent, tokens[i]);
      outcomes.push({ sentAfterSignal, outcome });
      await pause();
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 3000));
  signalled = true;
  const signalAt = Date.now();
  await federation.signal('gateway', 'SIGTERM');
  const exitAfter = Date.now() - signalAt;
  await new Promise((resolve) => setTimeout(resolve, 300));
  exited = true;
  await load;
  const before = outcomes.filter((o) => !o.sentAfterSignal).map((o) => o.outcome);
  const after = outcomes.filter((o) => o.sentAfterSignal).map((o) => o.outcome);
  const cut = outcomes.filter(
    (o) => o.outcome.status === 0 && o.outcome.failure !== 'ECONNREFUSED',
  );
  line();
  line('3. SIGTERM to the gateway under load (4 clients, keep-alive connections)');
  line(`   sent before the signal: ${before.length}; ${tally(before)}`);
  line(`   sent after the signal: ${after.length}; ${tally(after)}`);
  line(`   the gateway exited ${exitAfter} ms after SIGTERM`);
  line(`   requests cut without an answer (not refused): ${cut.length}`);
  agent.destroy();
}

const federation = new SoakFederation();
try {
  line(`union-graph soak, engine ${engine}, node ${process.version}, ${new Date().toISOString()}`);
  await federation.start(engine);
  await refusalPhase(federation);
  await killPhase(federation);
  await sigtermPhase(federation);
} finally {
  await federation.stop();
}
