import type { CleanupLine } from './types.ts';

/**
 * Finds blocks of an imported body that look like page furniture (a repeated headline, ad
 * markers, comment widgets, share buttons, cookie notices, sign-up prompts, related-link
 * teasers). Nothing is removed here: the reader sees every flagged block and may keep it.
 * The rules are general shapes, and all but the repeated headline only match short blocks,
 * so a real paragraph of article text is never proposed for removal by a keyword alone.
 */
export function detectCleanup(markdown: string, title: string): CleanupLine[] {
  const out: CleanupLine[] = [];
  const headline = normalize(title);
  const seen = new Set<string>();
  splitBlocks(markdown).forEach((block, index) => {
    const text = normalize(block);
    if (text === '') return;
    const reason = (headline !== '' && text === headline ? 'repeats the headline' : null)
      ?? (seen.has(text) && wordCount(text) >= 3 ? 'repeats an earlier paragraph' : null)
      ?? classify(text);
    seen.add(text);
    if (reason) out.push({ index, text: block.trim(), reason });
  });
  return out;
}

/** The body without the flagged blocks the reader did not keep. */
export function applyCleanup(markdown: string, remove: Iterable<number>): string {
  const drop = new Set(remove);
  const kept = splitBlocks(markdown).filter((_, i) => !drop.has(i)).map((b) => b.trim()).filter(Boolean);
  return kept.join('\n\n') + '\n';
}

/** Blank-line separated blocks; fenced code stays one block even with blank lines inside. */
export function splitBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker : null;
    if (fence === null && line.trim() === '' && !marker) {
      if (current.length) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current.join('\n'));
  return blocks;
}

/** Lower case, Markdown and punctuation at the ends stripped, white space collapsed. */
export function normalize(block: string): string {
  return block
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\\([\\`*_[\]<>|~#+\-.!()])/g, '$1')
    .replace(/[*_`~]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const SHARE_WORDS = new Set(['share', 'shares', 'sharing', 'this', 'the', 'article', 'story', 'page', 'on', 'via', 'to', 'facebook', 'twitter', 'x', 'linkedin',
  'whatsapp', 'email', 'e-mail', 'mail', 'print', 'copy', 'copied', 'link', 'url', 'tweet', 'pin', 'pinterest', 'reddit', 'telegram', 'messenger',
  'bluesky', 'threads', 'mastodon', 'flipboard', 'save', 'gift', 'follow', 'us', 'comment', 'comments', 'options', 'close']);
const SHARE_CUES = /\b(share|tweet|facebook|twitter|linkedin|whatsapp|e-?mail|print|copy link|pinterest|reddit|telegram|bluesky|flipboard)\b/;

interface Rule {
  reason: string;
  maxWords: number;
  test: (text: string) => boolean;
}

/** Each rule is a general shape of page furniture; `maxWords` keeps real paragraphs out of reach. */
const RULES: Rule[] = [
  {
    reason: 'advertising marker',
    maxWords: 8,
    test: (t) => /^(advertisement|advertising|ad|ads|sponsored( content| post| links?)?|paid (content|post|partner( content)?)|promoted( content)?|partner content|(story|article) continues below( this)?( advertisement| ad)?|continue reading (below|the main story)|scroll (down )?to continue( with content)?|skip advert(isement)?)$/.test(t),
  },
  {
    reason: 'comments widget',
    maxWords: 10,
    test: (t) => /^(\d+ )?comments?( \d+)?$/.test(t)
      || /^(view|show|load|read|see|leave|add|post|hide|write|open) (all |the |a |your )?(\d+ )?(more )?(comments?|replies|responses)\b/.test(t)
      || /^(join|start) the (conversation|discussion|debate)\b/.test(t)
      || /^comments? (are|have been|is) (now )?(closed|disabled|open)\b/.test(t)
      || /^(be the first to comment|what do you think|have your say)$/.test(t),
  },
  {
    reason: 'share buttons',
    maxWords: 14,
    test: (t) => {
      const words = t.split(/[\s|•·/,]+/).filter(Boolean);
      return SHARE_CUES.test(t) && words.every((w) => SHARE_WORDS.has(w.replace(/[^\p{L}-]/gu, '')) || !/\p{L}/u.test(w));
    },
  },
  {
    reason: 'cookie notice',
    maxWords: 70,
    test: (t) => /\bcookies?\b/.test(t)
      && /\b((we|this (site|website)|our (site|partners)) uses? cookies|use of cookies|cookies? (policy|settings|preferences|notice|consent)|accept( all)? cookies|manage cookies|consent|privacy (policy|notice))\b/.test(t),
  },
  {
    reason: 'newsletter or sign-up prompt',
    maxWords: 40,
    test: (t) => (/\b(sign up|signup|subscribe|register|get our|join)\b/.test(t) && /\b(newsletters?|inbox|e-?mails?|briefings?|digest|updates|alerts)\b/.test(t))
      || /^(subscribe( now| today| here)?|already (a subscriber|have an account)\b.*|(log|sign) in( to .*)?|become a (member|subscriber)\b.*|support (our|independent) journalism\b.*)$/.test(t),
  },
  {
    reason: 'related-links teaser',
    maxWords: 16,
    test: (t) => /^(read more|read next|related( stories| articles| coverage| content| reading| links)?|more on this( story| topic)?|more from [\p{L} ]+|recommended( for you| stories)?|you (may|might) (also )?like|most (read|popular|viewed|shared)|trending( now| stories)?|see also|more stories|further reading|editor'?s picks|top stories)(\s*:|$)/u.test(t),
  },
  {
    reason: 'image credit or caption marker',
    maxWords: 10,
    test: (t) => /^(image|photo|photograph|picture|video)( credit)?s?\s*:/.test(t) || /^(getty images|reuters|ap photo|afp)( via getty images)?$/.test(t),
  },
];

function classify(text: string): string | null {
  const words = wordCount(text);
  for (const rule of RULES) if (words <= rule.maxWords && rule.test(text)) return rule.reason;
  return null;
}
