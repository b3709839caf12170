// The test sign-in (test/vscode/auth/, loaded beside Onramp by scripts/test-vscode.mjs): VS Code's `github` and
// `github-enterprise` authentication providers answered with known fake tokens, every call recorded.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const FAKE_AUTH_ID = 'onramp-test.fake-github-auth';

export type FakeProvider = 'github' | 'github-enterprise';

/** One call VS Code made to a provider: a look-up (`getSessions`, silent or before a sign-in) or a sign-in (`createSession`). */
export interface FakeAuthCall {
  readonly provider: FakeProvider;
  readonly method: 'getSessions' | 'createSession' | 'removeSession';
  readonly scopes: readonly string[] | null;
  /** For `getSessions`: how many sessions the provider answered with. */
  readonly found?: number;
}

export interface FakeAuth {
  /** The account's name; the test storage already allows Onramp to use it (as if "Allow" had been clicked once). */
  readonly account: string;
  /** The fake access token each provider hands out. */
  readonly tokens: Readonly<Record<FakeProvider, string>>;
  /** Every call so far, oldest first (a live array). */
  readonly calls: readonly FakeAuthCall[];
  /** Forgets the calls and signs out of both providers. */
  reset(): void;
  /** A session that exists before the test: the user signed in earlier. Not recorded as a call. */
  addSession(provider: FakeProvider, scopes: readonly string[]): void;
}

/** The fake providers' control, after checking that VS Code asks them (not the built-in GitHub sign-in). */
export async function fakeAuth(): Promise<FakeAuth> {
  const extension = vscode.extensions.getExtension<FakeAuth>(FAKE_AUTH_ID);
  assert.ok(extension, `${FAKE_AUTH_ID} is loaded beside Onramp (scripts/test-vscode.mjs)`);
  return extension.activate();
}

/** The calls of one kind to one provider, for assertions such as "only silent look-ups before Sign in". */
export function callsOf(auth: FakeAuth, provider: FakeProvider, method?: FakeAuthCall['method']): FakeAuthCall[] {
  return auth.calls.filter((c) => c.provider === provider && (!method || c.method === method));
}
