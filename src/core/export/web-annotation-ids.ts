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
  return UUID.test(id) ? `urn:uuid:${id}` : ANNOTATION + encodeURIComponent(id);
}

/** Our ids back from our IRIs; an IRI from another tool is kept whole as the id. */
export function annotationIdFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(ANNOTATION)) return decode(iri.slice(ANNOTATION.length));
  return iri;
}

export const articleIri = (id: string) => ARTICLE + encodeURIComponent(id);
export const articleIdFromIri = (iri: string) => (iri.startsWith(ARTICLE) ? decode(iri.slice(ARTICLE.length)) : null);
export const linkIri = (id: string) => LINK + encodeURIComponent(id);
export const linkIdFromIri = (iri: string) => (iri.startsWith(LINK) ? decode(iri.slice(LINK.length)) : null);
export const reviewIri = (linkId: string) => REVIEW + encodeURIComponent(linkId);

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
