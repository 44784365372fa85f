import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSignedBody, signBody } from '../src/gateway-trust/request-signature';

describe('request signatures', () => {
  const body = JSON.stringify({
    query: '{ city(code: $code) { name } }',
    variables: { code: '510100', name: '成都市' },
  });

  it('are the base64 HMAC-SHA256 of the UTF-8 bytes, for text and for bytes alike', () => {
    const expected = createHmac('sha256', 'secret').update(Buffer.from(body, 'utf8'));
    expect(signBody('secret', body)).toBe(expected.digest('base64'));
    expect(signBody('secret', Buffer.from(body, 'utf8'))).toBe(signBody('secret', body));
  });

  it('accept exactly the signed bytes and refuse any change, another secret or junk', () => {
    const signature = signBody('secret', body);
    expect(isSignedBody('secret', Buffer.from(body), signature)).toBe(true);
    expect(isSignedBody('secret', Buffer.from(body.replace('510100', '510104')), signature)).toBe(
      false,
    );
    // The same request written with other spacing is other bytes: the signature is not
    // over a meaning of the body that two writings could share.
    const spaced = JSON.stringify(JSON.parse(body) as unknown, null, 1);
    expect(isSignedBody('secret', Buffer.from(spaced), signature)).toBe(false);
    expect(isSignedBody('other', Buffer.from(body), signature)).toBe(false);
    expect(isSignedBody('secret', Buffer.from(body), '')).toBe(false);
    expect(isSignedBody('secret', Buffer.from(body), 'not base64 at all')).toBe(false);
    expect(isSignedBody('secret', Buffer.from(body), signature.slice(0, -4))).toBe(false);
  });
});
