import { expect } from '@open-wc/testing';
import { articleHref, compareHref, parseRoute, storyHref } from '../../src/app/routes.ts';

describe('routes', () => {
  const cases: [string, ReturnType<typeof parseRoute>][] = [
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/article/a-b', { name: 'article', id: 'a-b' }],
    ['#/article/a%20b', { name: 'article', id: 'a b' }],
    ['#/article/x?at=10-25', { name: 'article', id: 'x', at: { start: 10, end: 25 } }],
    ['#/article/x?at=25-10', { name: 'article', id: 'x' }],
    ['#/article/%E0%A4%A', { name: 'not-found', hash: '#/article/%E0%A4%A' }],
    ['#/nowhere', { name: 'not-found', hash: '#/nowhere' }],
    ['#/compare/a/b', { name: 'compare', a: 'a', b: 'b' }],
    ['#/compare/a%2Fx/b%20y', { name: 'compare', a: 'a/x', b: 'b y' }],
    ['#/compare', { name: 'compare', a: '', b: '' }],
    ['#/compare/a/b/c', { name: 'not-found', hash: '#/compare/a/b/c' }],
    ['#/story/s1', { name: 'story', id: 's1' }],
    ['#/story', { name: 'story', id: '' }],
    ['#/notes', { name: 'notes' }],
    ['#/notes/x', { name: 'not-found', hash: '#/notes/x' }],
  ];
  for (const [hash, route] of cases) {
    it(`parses ${JSON.stringify(hash)}`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('builds links that parse back to the same route', () => {
    expect(parseRoute(articleHref('a b/c', { start: 3, end: 9 }))).to.deep.equal({ name: 'article', id: 'a b/c', at: { start: 3, end: 9 } });
    expect(parseRoute(compareHref('a/1', 'b?2'))).to.deep.equal({ name: 'compare', a: 'a/1', b: 'b?2' });
    expect(parseRoute(storyHref('story #1'))).to.deep.equal({ name: 'story', id: 'story #1' });
  });
});
