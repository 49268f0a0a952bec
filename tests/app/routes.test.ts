import { expect } from '@open-wc/testing';
import { articleHref, parseRoute } from '../../src/app/routes.ts';

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
  ];
  for (const [hash, route] of cases) {
    it(`parses ${JSON.stringify(hash)}`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('builds links that parse back to the same route', () => {
    expect(parseRoute(articleHref('a b/c', { start: 3, end: 9 }))).to.deep.equal({ name: 'article', id: 'a b/c', at: { start: 3, end: 9 } });
  });
});
