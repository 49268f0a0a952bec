import { consume } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { analysisContext, libraryContext, storageContext } from '../app/contexts.ts';
import type { StorageHandle } from '../app/storage-handle.ts';
import { CATEGORIES, type Annotation, type FindingReview, type HighlightCategory } from '../core/annotations.ts';
import type { AnalysisService } from '../app/analysis-client.ts';
import type { LibraryService } from '../app/library-service.ts';
import { articleHref } from '../app/routes.ts';
import { findingsForArticle, type Finding } from '../core/findings.ts';
import type { Article, LinkKind } from '../core/types.ts';
import './cl-evidence-card.ts';
import type { OpenThereDetail, ReviewDetail } from './cl-evidence-card.ts';
import './cl-findings-panel.ts';
import type { ClFindingsPanel } from './cl-findings-panel.ts';
import './cl-note-editor.ts';
import type { NoteFields } from './cl-note-editor.ts';
import './cl-notes-panel.ts';
import type { NoteActionDetail } from './cl-notes-panel.ts';
import './cl-shortcuts-help.ts';
import type { ClShortcutsHelp } from './cl-shortcuts-help.ts';
import { KINDS } from './finding-kinds.ts';
import { formatDate, formatReading } from './format.ts';
import { clearOwner, paint } from './highlight-painter.ts';
import { renderMarkdown } from './markdown.ts';
import { focusRing } from './shared-styles.ts';
import { annotatedCopy, printedNotes } from './print-copy.ts';
import { CATEGORY_LABEL, ReaderNotesController } from './reader-notes-controller.ts';
import { TextMap } from './text-map.ts';

type LoadState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; article: Article; body: DocumentFragment };

/**
 * The reader: one article rendered from its Markdown (sanitised), with the library's
 * cross-source findings painted over it and listed beside it.
 */
@customElement('cl-article-view')
export class ClArticleView extends LitElement {
  @consume({ context: libraryContext }) library?: LibraryService;
  @consume({ context: analysisContext }) analysis?: AnalysisService;
  @consume({ context: storageContext, subscribe: true }) @state() storage?: StorageHandle;
  @property({ attribute: 'article-id' }) articleId = '';
  /** A passage to show, from a deep link `#/article/<id>?at=<start>-<end>`. */
  @property({ attribute: false }) at?: { start: number; end: number };

  @state() private view: LoadState = { status: 'loading' };
  @state() private findings: Finding[] = [];
  @state() private analysisStatus = '';
  @state() private hiddenKinds = new Set<LinkKind>();
  /** The reader's own highlights can be hidden too, to see the machine findings alone. */
  @state() private hideOwn = false;
  @state() private activeId: string | null = null;
  @state() private cardOpen = false;
  /** The reader's current text selection inside the article, in reading-text offsets. */
  @state() private selection: { start: number; end: number; top: number; left: number } | null = null;
  /** The note being written: an existing annotation, or a page note (no passage). */
  @state() private editing: { annotation: Annotation | null; initial: NoteFields } | null = null;
  @state() private lastCategory: HighlightCategory = 'important';
  /** The reader's verdicts on machine findings, by link id (kept in IndexedDB). */
  @state() private reviews = new Map<string, FindingReview>();
  @state() private hideDisputed = false;
  private unsubscribeReviews?: () => void;
  /** While printing: the annotated copy of the article that replaces the live one on paper. */
  @state() private printCopy: { copy: HTMLElement; numbered: Annotation[] } | null = null;
  private readonly notes = new ReaderNotesController(this);

  @query('.body') private bodyEl?: HTMLElement;
  @query('cl-findings-panel') private panel?: ClFindingsPanel;
  @query('cl-shortcuts-help') private help?: ClShortcutsHelp;

  private textMap?: TextMap;
  private loadAbort?: AbortController;
  /** Where focus was before the card opened, to return it on close. */
  private returnFocus: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('selectionchange', this.onSelectionChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    if (this.view.status !== 'ready' || !this.bodyEl) return;
    this.printCopy = annotatedCopy(this.bodyEl, this.view.article.text, this.notes.annotations);
  };

  private readonly onAfterPrint = (): void => {
    this.printCopy = null;
  };

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.unsubscribeReviews?.();
    this.loadAbort?.abort();
    clearOwner(this);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articleId')) void this.load(this.articleId);
  }

  /** The controller asks for an update whenever notes change: repaint them too. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    super.requestUpdate(name, oldValue);
    if (name === undefined && this.hasUpdated) void this.updateComplete.then(() => this.paintHighlights());
  }

  private readonly onSelectionChange = (): void => {
    if (!this.shadowRoot || !this.textMap || !this.bodyEl) return;
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? (selection.getComposedRanges?.({ shadowRoots: [this.shadowRoot] })[0] ?? selection.getRangeAt(0)) : null;
    if (!range || range.collapsed || !this.bodyEl.contains(range.startContainer) || !this.bodyEl.contains(range.endContainer)) {
      if (this.selection) this.selection = null;
      return;
    }
    const start = this.textMap.offsetOf(range.startContainer, range.startOffset);
    const end = this.textMap.offsetOf(range.endContainer, range.endOffset);
    if (start < 0 || end <= start) return;
    const rect = new Range();
    rect.setStart(range.startContainer, range.startOffset);
    rect.setEnd(range.endContainer, range.endOffset);
    const box = rect.getBoundingClientRect();
    this.selection = { start, end, top: box.top, left: box.left + box.width / 2 };
  };

  private async highlightSelection(category: HighlightCategory): Promise<Annotation | null> {
    const sel = this.selection;
    if (!sel) return null;
    this.lastCategory = category;
    const created = await this.notes.create(sel.start, sel.end, category);
    if (created) {
      document.getSelection()?.removeAllRanges();
      this.selection = null;
    }
    return created;
  }

  private async openEditor(annotation: Annotation | null): Promise<void> {
    const draftId = annotation ? annotation.id : `new:${this.articleId}`;
    const draft = await this.notes.loadDraft(draftId);
    const base = annotation ?? { note: '', tags: [], category: this.lastCategory };
    this.returnFocus = deepActiveElement();
    this.editing = { annotation, initial: draft ? { note: draft.note, tags: draft.tags, category: base.category } : { note: base.note, tags: base.tags, category: base.category } };
  }

  private draftId(): string {
    return this.editing?.annotation ? this.editing.annotation.id : `new:${this.articleId}`;
  }

  private onDraftChange(e: CustomEvent<NoteFields>): void {
    void this.notes.saveDraft({ id: this.draftId(), article: this.articleId, note: e.detail.note, tags: e.detail.tags, updated: new Date().toISOString() });
  }

  private async onNoteSave(e: CustomEvent<NoteFields>): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const { note, tags, category } = e.detail;
    const saved = editing.annotation ? await this.notes.update(editing.annotation, { note, tags, category }) : await this.notes.createPageNote(note, tags, category);
    if (!saved) return; // the editor stays open with the error and the text
    await this.notes.discardDraft(this.draftId());
    this.closeEditor();
  }

  private closeEditor(): void {
    this.editing = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    void this.updateComplete.then(() => back?.isConnected && back.focus());
  }

  private async onNoteAction(e: CustomEvent<NoteActionDetail>): Promise<void> {
    const a = this.notes.annotations.find((x) => x.id === e.detail.id);
    if (!a) return;
    switch (e.detail.action) {
      case 'edit':
        return this.openEditor(a);
      case 'delete':
        return this.notes.remove(a);
      case 'show': {
        const position = a.target.selectors?.[1];
        if (position) this.scrollToRange(position.start, position.end);
        return;
      }
      case 'reattach':
        if (this.selection) {
          await this.notes.reattach(a, this.selection.start, this.selection.end);
          this.selection = null;
        }
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('view') || changed.has('storage')) {
      void this.notes.attach(this.view.status === 'ready' ? this.view.article : undefined, this.storage?.library ?? null);
    }
    if (changed.has('storage')) this.followReviews();
    if (this.view.status !== 'ready') return;
    if (changed.has('view')) {
      this.textMap = this.bodyEl ? TextMap.build(this.bodyEl, this.view.article.text) : undefined;
      this.showTarget();
    }
    if (['view', 'findings', 'hiddenKinds', 'activeId', 'reviews', 'hideDisputed', 'hideOwn'].some((k) => changed.has(k))) this.paintHighlights();
    if (changed.has('at') && !changed.has('view')) this.showTarget();
  }

  private async load(id: string): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.view = { status: 'loading' };
    this.findings = [];
    this.activeId = null;
    this.cardOpen = false;
    clearOwner(this);
    try {
      const article = await this.library?.article(id);
      if (abort.signal.aborted) return;
      this.view = article ? { status: 'ready', article, body: renderMarkdown(article.markdown) } : { status: 'missing' };
      if (!article) return;
      document.title = `${article.title} · Crosslight`;
      await this.loadFindings(article.id, abort.signal);
    } catch (err) {
      if (!abort.signal.aborted) this.view = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  private async loadFindings(id: string, signal: AbortSignal): Promise<void> {
    if (!this.analysis) return;
    this.analysisStatus = 'Comparing with the other reports…';
    try {
      const result = await this.analysis.result({
        signal,
        onProgress: (p) => (this.analysisStatus = `Comparing with the other reports… ${Math.round((100 * p.done) / Math.max(1, p.total))}%`),
      });
      if (signal.aborted) return;
      this.findings = findingsForArticle(result, id);
      this.analysisStatus = '';
      if (this.at && this.view.status === 'ready') this.showTarget();
    } catch (err) {
      if (!signal.aborted) this.analysisStatus = `Findings are unavailable: ${err instanceof Error ? err.message : String(err)}. The article itself is unaffected.`;
    }
  }

  private visibleFindings(): Finding[] {
    const verdicts = this.verdicts();
    return this.findings.filter((f) => !this.hiddenKinds.has(f.kind) && !(this.hideDisputed && verdicts.get(f.id) === 'disputed'));
  }

  /** A finding is confirmed or disputed when the reader gave that verdict on every link of it. */
  private verdicts(): Map<string, 'confirmed' | 'disputed'> {
    const out = new Map<string, 'confirmed' | 'disputed'>();
    for (const f of this.findings) {
      const vs = new Set(f.counterparts.map((c) => this.reviews.get(c.link.id)?.verdict));
      if (vs.size === 1 && !vs.has(undefined)) out.set(f.id, [...vs][0]!);
    }
    return out;
  }

  private followReviews(): void {
    this.unsubscribeReviews?.();
    const library = this.storage?.library;
    if (!library) return;
    const load = async () => (this.reviews = new Map((await library.reviews.listAll()).map((r) => [r.linkId, r])));
    this.unsubscribeReviews = library.onChange((change) => change.store === 'reviews' && void load());
    void load();
  }

  private async onReview(e: CustomEvent<ReviewDetail>): Promise<void> {
    const library = this.storage?.library;
    if (!library) return;
    const { linkId, verdict } = e.detail;
    const previous = this.reviews.get(linkId);
    try {
      if (verdict === null) await library.reviews.delete(linkId);
      else {
        const now = new Date().toISOString();
        await library.reviews.put({ linkId, verdict, hidden: false, created: previous?.created ?? now, modified: now });
      }
    } catch (err) {
      this.notes.status = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
      this.requestUpdate();
    }
  }

  private paintHighlights(): void {
    const map = this.textMap;
    if (!map) return;
    for (const kind of KINDS) {
      const ranges = this.visibleFindings().filter((f) => f.kind === kind).map((f) => map.range(f.start, f.end));
      paint(this, `cl-${kind}`, ranges.filter((r): r is Range => r !== null));
    }
    for (const category of CATEGORIES) {
      const ranges = this.notes.annotations
        .filter((a) => !this.hideOwn && a.category === category && a.anchor !== 'orphaned' && a.target.selectors)
        .map((a) => map.range(a.target.selectors![1].start, a.target.selectors![1].end));
      paint(this, `cl-note-${category}`, ranges.filter((r): r is Range => r !== null));
    }
    const active = this.findings.find((f) => f.id === this.activeId);
    const target = active ? map.range(active.start, active.end) : this.at ? map.range(this.at.start, this.at.end) : null;
    paint(this, 'cl-active', target ? [target] : []);
  }

  /** Deep link: scroll the linked passage into view, mark it, and open its card if it is a finding. */
  private showTarget(): void {
    if (!this.at || !this.textMap) return;
    const finding = this.findings.find((f) => f.start <= this.at!.start && f.end >= this.at!.end) ?? this.findings.find((f) => f.start < this.at!.end && f.end > this.at!.start);
    this.activeId = finding?.id ?? null;
    this.scrollToRange(this.at.start, this.at.end);
    this.paintHighlights();
  }

  private scrollToRange(start: number, end: number): void {
    const rect = this.textMap?.range(start, end)?.getBoundingClientRect();
    if (!rect) return;
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
  }

  private select(finding: Finding, options: { openCard: boolean; focusItem: boolean }): void {
    this.activeId = finding.id;
    this.scrollToRange(finding.start, finding.end);
    if (options.focusItem) void this.updateComplete.then(() => this.panel?.focusFinding(finding.id));
    if (options.openCard) this.openCard();
  }

  private openCard(): void {
    if (!this.activeId) return;
    this.returnFocus = deepActiveElement();
    this.cardOpen = true;
  }

  private closeCard(): void {
    this.cardOpen = false;
    const back = this.returnFocus;
    this.returnFocus = null;
    void this.updateComplete.then(() => (back?.isConnected ? back.focus() : this.activeId && this.panel?.focusFinding(this.activeId)));
  }

  /** Before following "Open there", remember this passage so Back returns to it. */
  private onOpenThere(_e: CustomEvent<OpenThereDetail>): void {
    const active = this.findings.find((f) => f.id === this.activeId);
    if (active) history.replaceState(history.state, '', articleHref(this.articleId, active));
  }

  /** Click on a highlighted passage: the caret position tells which finding was hit. */
  private onBodyClick(e: MouseEvent): void {
    if ((e.target as Element).closest('a') || !this.textMap || !this.shadowRoot) return;
    if (!document.getSelection()?.isCollapsed) return; // the reader is selecting text, not clicking
    const caret = document.caretPositionFromPoint(e.clientX, e.clientY, { shadowRoots: [this.shadowRoot] });
    if (!caret) return;
    const offset = this.textMap.offsetOf(caret.offsetNode, caret.offset);
    const hit = this.visibleFindings().filter((f) => f.start <= offset && offset < f.end).sort((a, b) => (a.kind === 'shared' ? 1 : 0) - (b.kind === 'shared' ? 1 : 0))[0];
    if (hit) this.select(hit, { openCard: true, focusItem: false });
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || this.view.status !== 'ready') return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (this.help?.isOpen) return;
    const list = this.visibleFindings();
    const index = list.findIndex((f) => f.id === this.activeId);
    const move = (next: Finding | undefined) => {
      if (!next) return;
      e.preventDefault();
      this.cardOpen = false;
      this.select(next, { openCard: false, focusItem: true });
    };
    switch (e.key) {
      case 'j':
        move(list[index + 1] ?? list[0]);
        break;
      case 'k':
        move(index > 0 ? list[index - 1] : list[list.length - 1]);
        break;
      case 'c': {
        const conflicts = list.filter((f) => f.kind === 'contradiction');
        move(conflicts.find((f) => list.indexOf(f) > index) ?? conflicts[0]);
        break;
      }
      case 'Enter':
        // Buttons and links handle Enter themselves.
        if (target && /^(BUTTON|A)$/.test(target.tagName)) return;
        if (this.activeId) {
          e.preventDefault();
          this.openCard();
        }
        break;
      case 'Escape':
        if (this.editing) {
          e.preventDefault();
          this.closeEditor();
        } else if (this.cardOpen) {
          e.preventDefault();
          this.closeCard();
        }
        break;
      case '?':
        e.preventDefault();
        this.help?.open();
        break;
      case 'h':
        if (this.selection) {
          e.preventDefault();
          void this.highlightSelection(this.lastCategory);
        }
        break;
      case 'n':
        e.preventDefault();
        if (this.selection) void this.highlightSelection(this.lastCategory).then((created) => created && this.openEditor(created));
        else {
          const focused = this.notes.annotations.find((a) => a.id === (deepActiveElement() as HTMLElement | null)?.dataset?.note);
          void this.openEditor(focused ?? null);
        }
        break;
    }
  };

  override render() {
    return html`<div class="layout">${this.renderState()}</div><cl-shortcuts-help></cl-shortcuts-help>`;
  }

  private renderState() {
    const back = html`<a class="back" href="#/">← Library</a>`;
    switch (this.view.status) {
      case 'loading':
        return html`<div class="column">${back}<p aria-live="polite">Loading the article…</p></div>`;
      case 'missing':
        return html`<div class="column">${back}<h1>Article not found</h1><p>No article in this library has the id “${this.articleId}”. It may have been removed; go back to the library to pick another.</p></div>`;
      case 'error':
        return html`<div class="column">${back}<p role="alert">The article could not be loaded: ${this.view.message}.</p></div>`;
      case 'ready': {
        const { article, body } = this.view;
        const active = this.findings.find((f) => f.id === this.activeId);
        return html`
          <div class="column">
            ${back}
            <article lang="en">
              <header>
                <p class="outlet">${article.outlet ?? 'Outlet unknown'}</p>
                <h1>${article.title}</h1>
                <p class="byline">
                  <time datetime=${article.published ?? nothing}>${formatDate(article.published)}</time>
                  ${article.author ? html` · <span>${article.author}</span>` : nothing}
                  · <span>${formatReading(article.words)}</span>
                  ${article.url && isWebUrl(article.url) ? html` · <a href=${article.url} rel="noopener noreferrer nofollow" target="_blank">Original</a>` : nothing}
                  · <button type="button" class="print" @click=${() => window.print()} title="Print this article with your highlights and notes inline, or save it as PDF from the print dialog">Print annotated copy</button>
                </p>
              </header>
              <div class="body" @click=${this.onBodyClick}>${body}</div>
              ${this.printCopy
                ? html`<div class="print-only">${this.printCopy.copy}${printedNotes(this.notes.annotations.filter((a) => !a.target.selectors), this.printCopy.numbered)}</div>`
                : nothing}
            </article>
          </div>
          <aside class="side">
            <cl-findings-panel
              .findings=${this.findings}
              .hiddenKinds=${this.hiddenKinds}
              .activeId=${this.activeId}
              .status=${this.analysisStatus}
              .verdicts=${this.verdicts()}
              ?hideDisputed=${this.hideDisputed}
              @cl-hide-disputed=${(e: CustomEvent<boolean>) => (this.hideDisputed = e.detail)}
              @cl-finding-activate=${(e: CustomEvent<{ id: string }>) => {
                const f = this.findings.find((x) => x.id === e.detail.id);
                if (f) this.select(f, { openCard: true, focusItem: false });
              }}
              @cl-kind-toggle=${(e: CustomEvent<{ kind: LinkKind; visible: boolean }>) => {
                const next = new Set(this.hiddenKinds);
                if (e.detail.visible) next.delete(e.detail.kind);
                else next.add(e.detail.kind);
                this.hiddenKinds = next;
              }}
            ></cl-findings-panel>
            <cl-notes-panel
              .annotations=${this.notes.annotations}
              .status=${this.notes.status}
              .undoLabel=${this.notes.undo?.label ?? null}
              .problem=${this.storage?.problem ?? null}
              ?hasSelection=${this.selection !== null}
              ?hideOwn=${this.hideOwn}
              @cl-own-toggle=${(e: CustomEvent<boolean>) => (this.hideOwn = !e.detail)}
              @cl-note-action=${this.onNoteAction}
              @cl-note-undo=${() => this.notes.restore()}
              @cl-page-note-add=${() => this.openEditor(null)}
            ></cl-notes-panel>
          </aside>
          ${this.selection && !this.editing ? this.renderSelectionToolbar(this.selection) : nothing}
          ${this.editing
            ? html`<cl-note-editor class="editor"
                .subject=${this.editing.annotation?.target.selectors ? `On: “${this.editing.annotation.target.selectors[0].exact}”` : 'On the whole article'}
                .initial=${this.editing.initial}
                .error=${this.notes.status.kind === 'error' ? this.notes.status.message : ''}
                @cl-draft-change=${this.onDraftChange} @cl-note-save=${this.onNoteSave} @cl-note-close=${this.closeEditor}></cl-note-editor>`
            : nothing}
          ${this.cardOpen && active
            ? html`<cl-evidence-card class="card" .finding=${active} .own=${{ outlet: article.outlet, published: article.published }}
                .reviews=${this.reviews} ?canReview=${!!this.storage?.library}
                @cl-card-close=${this.closeCard} @cl-open-there=${this.onOpenThere} @cl-review=${this.onReview}></cl-evidence-card>`
            : nothing}`;
      }
    }
  }

  private renderSelectionToolbar(sel: { top: number; left: number }) {
    const top = Math.max(8, sel.top - 48);
    const left = Math.min(Math.max(8, sel.left - 170), window.innerWidth - 348);
    // styleMap writes through the CSSOM, which the CSP allows (inline style attributes it does not).
    return html`<div class="selection-bar" role="toolbar" aria-label="Highlight the selection" style=${styleMap({ top: `${top}px`, left: `${left}px` })}
      @mousedown=${(e: Event) => e.preventDefault() /* keep the selection */}>
      ${CATEGORIES.map((c) => html`<button type="button" title="Highlight as ${CATEGORY_LABEL[c].name} (h)" @click=${() => this.highlightSelection(c)}>
        <span aria-hidden="true">${CATEGORY_LABEL[c].icon}</span> ${CATEGORY_LABEL[c].name}</button>`)}
      <button type="button" title="Highlight and add a note (n)" @click=${() => this.highlightSelection(this.lastCategory).then((a) => a && this.openEditor(a))}>✎ Note</button>
    </div>`;
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; padding: 1.25rem 1rem 5rem; }
      .layout { display: grid; gap: 2rem; justify-content: center; grid-template-columns: minmax(0, 65ch); }
      @media (min-width: 1180px) {
        .layout { grid-template-columns: minmax(0, 65ch) 22rem; }
        .side { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; padding: 0.25rem; }
      }
      /* One column measured in the article's own font size, so the back link lines up with the text. */
      .column { font-size: 1.1875rem; min-width: 0; }
      .back { display: inline-block; margin-bottom: 1rem; color: var(--cl-accent); font-weight: 600; font-size: 1rem; }
      article { font-family: var(--cl-serif); line-height: 1.65; }
      header { margin-bottom: 2rem; border-bottom: 1px solid var(--cl-border); padding-bottom: 1rem; }
      .outlet { font-family: var(--cl-sans); font-size: 0.85rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cl-accent); margin: 0; }
      h1 { font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin: 0.4rem 0 0.75rem; text-wrap: balance; }
      .byline { font-family: var(--cl-sans); font-size: 0.9rem; color: var(--cl-muted); margin: 0; }
      .body :where(p) { margin: 0 0 1.1em; hyphens: auto; }
      .body :where(h2, h3) { font-size: 1.25rem; margin: 2em 0 0.5em; }
      .body :where(blockquote) { margin: 1.2em 0; padding-left: 1em; border-left: 3px solid var(--cl-border); color: var(--cl-muted); }
      a { color: var(--cl-accent); }
      /* Kinds differ by underline style as well as tint: never by colour alone. */
      ::highlight(cl-shared) { background-color: var(--cl-hl-shared); text-decoration: underline solid var(--cl-accent) 1.5px; }
      ::highlight(cl-contradiction) { background-color: var(--cl-hl-contradiction); text-decoration: underline wavy currentColor 1.5px; }
      ::highlight(cl-update) { background-color: var(--cl-hl-update); text-decoration: underline dashed currentColor 2px; }
      ::highlight(cl-active) { background-color: var(--cl-hl-active); }
      ::highlight(cl-note-important) { background-color: var(--cl-note-important); text-decoration: underline double 1px; }
      ::highlight(cl-note-question) { background-color: var(--cl-note-question); text-decoration: underline double 1px; }
      ::highlight(cl-note-disputed) { background-color: var(--cl-note-disputed); text-decoration: underline double 1px; }
      ::highlight(cl-note-follow-up) { background-color: var(--cl-note-follow-up); text-decoration: underline double 1px; }
      .selection-bar { position: fixed; z-index: 25; display: flex; gap: 0.25rem; padding: 0.3rem; border-radius: 8px;
        background: var(--cl-surface); border: 1px solid var(--cl-border); box-shadow: 0 6px 18px rgb(0 0 0 / 0.2); font-family: var(--cl-sans); }
      .selection-bar button { font: inherit; font-size: 0.8rem; padding: 0.25rem 0.5rem; border-radius: 5px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); cursor: pointer; }
      .editor { position: fixed; right: 1rem; bottom: 1rem; width: min(32rem, calc(100vw - 2rem)); z-index: 30; }
      .print-only { display: none; }
      .print { font: inherit; font-size: 0.85em; background: none; border: 0; padding: 0; color: var(--cl-accent); text-decoration: underline; cursor: pointer; }
      @media print {
        :host { padding: 0; }
        .layout { display: block; }
        .side, .back, .print, .selection-bar, .card, .editor, cl-shortcuts-help { display: none !important; }
        .column { font-size: 11pt; }
        .body { display: none; }
        .print-only { display: block; }
        .print-only mark { background: #fff3b0; color: #000; outline: 1px solid #b08800; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        .print-only sup { font-family: var(--cl-sans); font-weight: 700; }
        .print-notes { border-top: 1px solid #999; margin-top: 2em; font-size: 10pt; break-before: auto; }
      }
      .card { position: fixed; right: 1rem; bottom: 1rem; width: min(30rem, calc(100vw - 2rem)); z-index: 20; }
      @media (max-width: 480px) { .column { font-size: 1.0625rem; } }
    `,
  ];
}

/** Front matter is data from a file: only web links become links. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-article-view': ClArticleView;
  }
}
