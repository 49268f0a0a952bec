/**
 * Chromium (from version 156) reports a Content-Security-Policy violation as soon as an inline
 * event handler attribute (`onerror=`, `onclick=` ...) is parsed into an inert document, the
 * kind DOMParser makes and DOMPurify parses into, though nothing runs: the policy blocks it.
 * Untrusted HTML (an article's Markdown, a saved page) carries such attributes as an attack or
 * by accident, and every import or rendering of it would then log a violation in the console.
 * Renamed before parsing, each is an unknown attribute (`x-onerror`) that DOMPurify drops, and
 * the policy has nothing to report. This is not the sanitiser: DOMPurify still removes whatever
 * this misses (a handler after a `>` inside a quoted value), and the CSP still blocks it.
 */
const TAG = /<[a-zA-Z][^<>]*>/g;
/** A handler after white space, or right after the tag name and a slash (`<img/onerror=`). */
const HANDLER = /(\s)(on[a-z]+\s*=)/gi;
const AFTER_SLASH = /^(<[a-zA-Z][\w-]*\/)(on[a-z]+\s*=)/i;

export function renameInlineHandlers(html: string): string {
  return html.replace(TAG, (tag) => tag.replace(AFTER_SLASH, '$1x-$2').replace(HANDLER, '$1x-$2'));
}
