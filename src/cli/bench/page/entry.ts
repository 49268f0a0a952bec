/** The bench page's script: the in-page halves of the browser measures, on globalThis.benchPage. */
import { idb } from './idb.ts';
import { markdownToDom } from './markdown.ts';
import { render } from './render.ts';

const benchPage = { render, markdownToDom, idb };
export type BenchPageApi = typeof benchPage;
(globalThis as unknown as { benchPage: BenchPageApi }).benchPage = benchPage;
