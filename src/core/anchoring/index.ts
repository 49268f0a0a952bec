/** Highlights <-> offsets in an article's reading text. Pure: no DOM, no storage. */
export { anchor, type AnchorOptions, type AnchorResult } from './anchor.ts';
export { hashText } from './hash.ts';
export { reanchorAll } from './reanchor.ts';
export { CONTEXT_LENGTH, describeRange } from './selectors.ts';
