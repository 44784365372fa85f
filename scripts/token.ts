import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@union/domain';
import {
  ensureDevKeys,
  readAuthSettings,
  readDataDir,
  readSigningKey,
  signToken,
} from '@union/subgraph-kit';

// Prints a token signed with the embedded default's key (made under data/auth on first use),
// for development and the README's examples:
//   npm run -s token -- --sub alice --role reporter --unit 510100 [--name 张三] [--expires 8h]
// --role and --unit may repeat. With AUTH_JWKS_URL or AUTH_JWKS_FILE set, tokens come from
// that identity provider instead, and this script refuses.

const USAGE =
  'usage: npm run -s token -- --sub <id> --role <viewer|reporter|approver|admin> ' +
  '[--role ...] --unit <code> [--unit ...] [--name <name>] [--expires <8h|30m|1d>]';

function fail(message: string): never {
  console.error(`token: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      sub: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      expires: { type: 'string', default: '8h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.sub) fail('--sub is required');
const roles = values.role ?? [];
for (const role of roles) {
  if (!ROLES.includes(role as Role)) fail(`unknown role "${role}"`);
}
const units = values.unit ?? [];
for (const unit of units)
  if (!/^\d{6}$/.test(unit)) fail(`a unit is a six-digit code, got "${unit}"`);
if (!/^\d+[smhd]$/.test(values.expires!))
  fail(`--expires is a number and s, m, h or d, got "${values.expires}"`);

const settings = readAuthSettings(process.env, readDataDir());
if (!settings.devKeyDir) {
  fail('AUTH_JWKS_URL or AUTH_JWKS_FILE is set: get tokens from that identity provider');
}
await ensureDevKeys(settings.devKeyDir);
const token = await signToken(
  { sub: values.sub, name: values.name, roles: roles as Role[], units },
  readSigningKey(settings.devKeyDir),
  { issuer: settings.issuer, audience: settings.audience, expiresIn: values.expires },
);
console.log(token);
