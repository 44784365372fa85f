import { useState } from 'react';
import { useQuery } from 'urql';
import { useLabels } from '../labels';
import { MeQuery, useSession } from './session';

/** Paste a token (npm run token, or an identity provider's); the gateway says whose it is. */
export function SignIn() {
  const labels = useLabels();
  const session = useSession();
  const [text, setText] = useState('');
  const [{ data, error }] = useQuery({
    query: MeQuery,
    pause: !session.token,
    requestPolicy: 'network-only',
  });
  return (
    <section className="sign-in">
      <h2>{labels.signIn}</h2>
      {session.token && data?.me && (
        <p className="signed-in">
          {labels.signedInAs} <strong>{data.me.name}</strong> ({data.me.sub}) ·{' '}
          {data.me.roles.join(', ')} · {data.me.units.join(', ')}
        </p>
      )}
      {error && <p className="error">{error.message}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) session.signIn(text.trim());
          setText('');
        }}
      >
        <label>
          {labels.token}
          <textarea
            aria-label={labels.token}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit">{labels.signIn}</button>
        {session.token && (
          <button type="button" onClick={session.signOut}>
            {labels.signOut}
          </button>
        )}
      </form>
    </section>
  );
}
