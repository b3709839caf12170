/* global require, module */
// Test only: VS Code's `github` and `github-enterprise` authentication providers, answered with known fake tokens.
// Loaded beside Onramp by scripts/test-vscode.mjs (a second extension development path). It records every call
// VS Code makes to it, so a test can tell a silent look-up (getSessions only) from a sign-in (createSession).
// Its exports are the control a test uses (see test/vscode/suite/auth.ts); Onramp knows nothing of it.
// It activates at startup ("*"), so its providers are registered before anything asks: VS Code then never
// activates the built-in GitHub sign-in, which it does only for a provider id nobody has registered yet.
// (Activated on demand instead, the built-in one could register after it and take the ids over.)
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS extension, loaded without a build step
const vscode = require('vscode');

/** The account the tests' storage already allows Onramp to use (see scripts/vscode/workbench.mjs). */
const ACCOUNT = { id: 'onramp-tester', label: 'onramp-tester' };
const TOKENS = { github: 'gho_onrampFakeToken0000000000000000000001', 'github-enterprise': 'ghe_onrampFakeToken000000000000000000002' };

function activate(context) {
  /** Every call, in order: { provider, method: 'getSessions' | 'createSession' | 'removeSession', scopes }. */
  const calls = [];
  const providers = {};
  for (const id of Object.keys(TOKENS)) {
    const changed = new vscode.EventEmitter();
    let sessions = [];
    const provider = {
      onDidChangeSessions: changed.event,
      async getSessions(scopes) {
        const found = scopes && scopes.length ? sessions.filter((s) => scopes.every((scope) => s.scopes.includes(scope))) : sessions;
        calls.push({ provider: id, method: 'getSessions', scopes: scopes ? [...scopes] : null, found: found.length });
        return found;
      },
      async createSession(scopes) {
        calls.push({ provider: id, method: 'createSession', scopes: [...scopes] });
        const session = { id: `${id}-${sessions.length + 1}`, accessToken: TOKENS[id], account: ACCOUNT, scopes: [...scopes] };
        sessions = [...sessions, session];
        changed.fire({ added: [session], removed: [], changed: [] });
        return session;
      },
      async removeSession(sessionId) {
        calls.push({ provider: id, method: 'removeSession', scopes: null });
        const removed = sessions.filter((s) => s.id === sessionId);
        sessions = sessions.filter((s) => s.id !== sessionId);
        changed.fire({ added: [], removed, changed: [] });
      },
    };
    providers[id] = {
      /** Signs out: no session left, as after "Sign Out" in the Accounts menu. */
      clear() {
        const removed = sessions;
        sessions = [];
        if (removed.length) changed.fire({ added: [], removed, changed: [] });
      },
      /** A session that exists before the test (the user signed in earlier), without recording a call. */
      add(scopes) {
        const session = { id: `${id}-${sessions.length + 1}`, accessToken: TOKENS[id], account: ACCOUNT, scopes: [...scopes] };
        sessions = [...sessions, session];
        changed.fire({ added: [session], removed: [], changed: [] });
      },
    };
    context.subscriptions.push(
      changed,
      vscode.authentication.registerAuthenticationProvider(id, id === 'github' ? 'GitHub (Onramp test)' : 'GitHub Enterprise Server (Onramp test)', provider, { supportsMultipleAccounts: false }),
    );
  }
  return {
    account: ACCOUNT.label,
    tokens: TOKENS,
    calls,
    /** Forgets the calls and every session. */
    reset() {
      calls.length = 0;
      for (const p of Object.values(providers)) p.clear();
    },
    addSession(provider, scopes) {
      providers[provider].add(scopes);
    },
  };
}

module.exports = { activate };
