import { describe, expect, it } from 'vitest';
import { parseAuditArgs } from '../src/audit-args';
import { AuditError } from '../src/audit-error';

describe('parseAuditArgs', () => {
  it('fills in the defaults and reads GATEWAY_URL', () => {
    expect(
      parseAuditArgs(['--root', '510000', '--period', '2013'], {
        GATEWAY_URL: 'http://gw:4000/graphql',
      }),
    ).toEqual({
      help: false,
      options: {
        root: '510000',
        period: '2013',
        metrics: null,
        format: 'text',
        gatewayUrl: 'http://gw:4000/graphql',
        all: false,
      },
    });
  });

  it('takes metrics repeated or comma-separated, each once', () => {
    const argv = ['--root', '510100', '--period', '2013', '--metric', 'members,grassroots_unions'];
    const parsed = parseAuditArgs([...argv, '--metric', 'members']);
    expect(parsed.help === false && parsed.options.metrics).toEqual([
      'members',
      'grassroots_unions',
    ]);
  });

  it.each([
    [['--period', '2013'], '--root is required'],
    [
      ['--root', '5101', '--period', '2013'],
      '--root must be a six-digit division code, got "5101"',
    ],
    [['--root', '510100'], '--period is required'],
    [['--root', '510100', '--period', '2013', '--format', 'xml'], '--format must be one of'],
    [['--root', '510100', '--period', '2013', '--gateway', 'localhost'], 'http(s) URL'],
    [['--root', '510100', '--period', '2013', '--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j', (argv, message) => {
    expect(() => parseAuditArgs(argv)).toThrow(AuditError);
    expect(() => parseAuditArgs(argv)).toThrow(message);
  });
});
