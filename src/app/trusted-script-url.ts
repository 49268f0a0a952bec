/**
 * Under the CSP's `require-trusted-types-for 'script'`, script URLs (the service worker, the
 * analysis worker) must come from a named policy. This one admits only same-origin `.js` files
 * that the build emitted, so no article or import text can ever become a script URL.
 */
interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

const BUILT_SCRIPT = /^(?:sw|worker\.[0-9a-f]{10})\.js$/;
let policy: TrustedTypePolicyLike | undefined;

export function trustedScriptUrl(url: string): string {
  if (!BUILT_SCRIPT.test(url)) throw new TypeError(`refusing to load script ${JSON.stringify(url)}`);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('crosslight', {
    createScriptURL: (u) => {
      if (!BUILT_SCRIPT.test(u)) throw new TypeError(`refusing to load script ${JSON.stringify(u)}`);
      return u;
    },
  });
  // The browser accepts a TrustedScriptURL wherever a URL string is typed.
  return policy.createScriptURL(url) as string;
}
