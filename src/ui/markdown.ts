import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { renameInlineHandlers } from './inline-handlers.ts';

/** The one configured Marked instance (never the global one, which other code could reconfigure). */
const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Tags and attributes an article never needs. Forms and inputs invite phishing, media and
 * SVG/MathML load or script content, `id`/`name` enable DOM clobbering, `style` can exfiltrate.
 */
const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'img', 'picture', 'source',
  'video', 'audio', 'track', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base', 'template'];
const FORBID_ATTR = ['style', 'id', 'name', 'class', 'srcset', 'formaction', 'action', 'background', 'ping'];
/** Only web, mail and in-page links survive; `javascript:` and `data:` never do. */
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

let hooked = false;
function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      if (href != null && !SAFE_URL.test(href.trim())) node.removeAttribute('href');
      if (node.hasAttribute('href') && !href!.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    }
  });
}

/** Markdown to a sanitised fragment, ready to insert: no HTML string ever reaches innerHTML. */
export function renderMarkdown(markdown: string): DocumentFragment {
  installHooks();
  const html = renameInlineHandlers(marked.parse(markdown) as string);
  return DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    SANITIZE_NAMED_PROPS: true,
  });
}
