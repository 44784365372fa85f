import { createContext, useContext } from 'react';
import { graphql } from '../gql';

/** The signed-in caller's token, kept in the browser's local storage until sign-out. */
export interface Session {
  token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

export const TOKEN_KEY = 'union-graph-token';

export const SessionContext = createContext<Session>({
  token: null,
  signIn: () => undefined,
  signOut: () => undefined,
});

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Who the gateway says the token belongs to (verified there, not read from the token). */
export const MeQuery = graphql(`
  query Me {
    me {
      sub
      name
      roles
      units
    }
  }
`);
