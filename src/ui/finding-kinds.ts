import type { LinkKind } from '../core/types.ts';

/** How each kind shows itself without relying on colour: a glyph, a word and an underline style. */
export const KIND_LABEL: Record<LinkKind, { glyph: string; name: string; underline: string }> = {
  shared: { glyph: '≡', name: 'Shared fact', underline: 'solid underline' },
  contradiction: { glyph: '≠', name: 'Contradiction', underline: 'wavy underline' },
  update: { glyph: '↻', name: 'Update', underline: 'dashed underline' },
};

export const KINDS: LinkKind[] = ['shared', 'contradiction', 'update'];
