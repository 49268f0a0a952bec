/**
 * The IRIs Crosslight writes into Web Annotation files, and how they read back. Ids of our own
 * records ride inside URNs so a re-import finds the same record (and so adds nothing twice).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ARTICLE = 'urn:crosslight:article:';
const ANNOTATION = 'urn:crosslight:annotation:';
const LINK = 'urn:crosslight:link:';
const REVIEW = 'urn:crosslight:review:';

/** `urn:uuid:…` for the usual `crypto.randomUUID()` ids; any other id still gets a valid URN. */
export function annotationIri(id: string): string {
  // The id is kept exactly (no case change), so it reads back as the same record.
  return UUID.test(id) ? `urn:uuid:${id}` : ANNOTATION + encodeId(id);
}

/** Our ids back from our IRIs; an IRI from another tool is kept whole as the id. */
export function annotationIdFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(ANNOTATION)) return decode(iri.slice(ANNOTATION.length));
  return iri;
}

export const articleIri = (id: string) => ARTICLE + encodeId(id);
export const articleIdFromIri = (iri: string) => (iri.startsWith(ARTICLE) ? decode(iri.slice(ARTICLE.length)) : null);
export const linkIri = (id: string) => LINK + encodeId(id);
export const linkIdFromIri = (iri: string) => (iri.startsWith(LINK) ? decode(iri.slice(LINK.length)) : null);
export const reviewIri = (linkId: string) => REVIEW + encodeId(linkId);

/** Half of a surrogate pair, not part of a pair. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * encodeURIComponent, except for half of a surrogate pair: encodeURIComponent throws a URIError
 * on it, and ids come from imported files (any JSON string, "\ud800" included), so one such id
 * used to make the whole export fail. It is written as `%uD800`, a form encodeURIComponent never
 * produces ('%' itself becomes %25), so `decode` gives back the id exactly.
 */
function encodeId(id: string): string {
  let out = '';
  let at = 0;
  for (const m of id.matchAll(LONE_SURROGATE)) {
    out += encodeURIComponent(id.slice(at, m.index)) + '%u' + m[0].charCodeAt(0).toString(16).toUpperCase();
    at = m.index + 1;
  }
  return out + encodeURIComponent(id.slice(at));
}

function decode(s: string): string {
  try {
    return s
      .split(/(%u[0-9A-F]{4})/)
      .map((part, i) => (i % 2 === 1 ? String.fromCharCode(parseInt(part.slice(2), 16)) : decodeURIComponent(part)))
      .join('');
  } catch {
    return s;
  }
}
