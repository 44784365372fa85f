import { useEffect, useState } from 'react';

/** Where the dashboard is: `#/unit/510106?period=2013`, `#/entry`, `#/approvals`, `#/sign-in`. */
export interface Route {
  screen: 'unit' | 'entry' | 'approvals' | 'sign-in';
  code: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, code] = path.split('/');
  const params = new URLSearchParams(query);
  if (screen === 'entry' || screen === 'approvals' || screen === 'sign-in') {
    return { screen, code: code ?? null, params };
  }
  return { screen: 'unit', code: screen === 'unit' && code ? code : null, params };
}

export function unitHref(code: string | null, period?: string): string {
  const base = code ? `#/unit/${code}` : '#/';
  return period ? `${base}?period=${period}` : base;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}

/** PROVINCE for 510000, CITY for 510100, DISTRICT for the rest (510106, 419001). */
export function levelOf(code: string): 'PROVINCE' | 'CITY' | 'DISTRICT' {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'DISTRICT';
}
