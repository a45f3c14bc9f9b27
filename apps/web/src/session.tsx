import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The signed-in person as GET /auth/session tells it (the session itself is an HttpOnly cookie). */
export interface Session {
  signedIn: boolean;
  name?: string;
  email?: string;
  expiresAt?: string;
}

const Context = createContext<Session>({ signedIn: false });

export function useSession(): Session {
  return useContext(Context);
}

/** Where the identity provider's sign-in starts, coming back to `path` afterwards. */
export function signInUrl(path: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(path)}`;
}

/** Asks the API who is signed in before showing anything; `signedOut` renders the sign-in page. */
export function SessionProvider({
  children,
  loading,
  signedOut,
}: {
  children: ReactNode;
  loading: ReactNode;
  signedOut: ReactNode;
}) {
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    let live = true;
    void fetch('/auth/session', { credentials: 'same-origin' })
      .then(async (res) => (res.ok ? ((await res.json()) as Session) : { signedIn: false }))
      .catch(() => ({ signedIn: false }))
      .then((s) => live && setSession(s));
    return () => {
      live = false;
    };
  }, []);
  if (!session) return <>{loading}</>;
  if (!session.signedIn) return <>{signedOut}</>;
  return <Context.Provider value={session}>{children}</Context.Provider>;
}
