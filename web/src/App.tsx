import { useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { ApprovalQueue } from './approval/approval-queue';
import { EntryForm } from './entry/entry-form';
import { createGraphQLClient } from './graphql-client';
import { LABELS, LanguageContext, type Language } from './labels';
import { useRoute } from './route';
import { SessionContext, TOKEN_KEY, type Session } from './session/session';
import { SignIn } from './session/sign-in';
import { UnitSearch } from './tree/unit-search';
import { UnitTree } from './tree/unit-tree';
import { NationPage } from './unit/nation-page';
import { UnitPage } from './unit/unit-page';

export function App() {
  const [language, setLanguage] = useState<Language>(
    () => (localStorage.getItem('union-graph-language') as Language | null) ?? 'zh',
  );
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(TOKEN_KEY));
  const tokenRef = useRef(token);
  tokenRef.current = token;
  // A new client per caller: the cache never shows one caller what another was allowed to see.
  const client = useMemo(() => createGraphQLClient(() => tokenRef.current), [token]);
  const session: Session = {
    token,
    signIn(next) {
      localStorage.setItem(TOKEN_KEY, next);
      setToken(next);
    },
    signOut() {
      localStorage.removeItem(TOKEN_KEY);
      setToken(null);
    },
  };
  const route = useRoute();
  const labels = LABELS[language];
  const switchLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    localStorage.setItem('union-graph-language', next);
    setLanguage(next);
  };
  return (
    <LanguageContext.Provider value={language}>
      <SessionContext.Provider value={session}>
        <Provider value={client}>
          <header className="top">
            <h1>
              <a href="#/">{labels.title}</a>
            </h1>
            <nav>
              <a href="#/entry">{labels.entry}</a>
              <a href="#/approvals">{labels.approvals}</a>
              <a href="#/sign-in">{token ? labels.signOut : labels.signIn}</a>
              <button className="language" onClick={switchLanguage}>
                {labels.language}
              </button>
            </nav>
          </header>
          <div className="layout">
            <aside>
              <UnitSearch />
              <UnitTree current={route.screen === 'unit' ? route.code : null} />
            </aside>
            <main>
              {route.screen === 'unit' &&
                (route.code ? (
                  <UnitPage
                    key={route.code}
                    code={route.code}
                    period={route.params.get('period')}
                  />
                ) : (
                  <NationPage />
                ))}
              {route.screen === 'entry' && <EntryForm initialCode={route.code} />}
              {route.screen === 'approvals' && <ApprovalQueue />}
              {route.screen === 'sign-in' && <SignIn />}
            </main>
          </div>
        </Provider>
      </SessionContext.Provider>
    </LanguageContext.Provider>
  );
}
