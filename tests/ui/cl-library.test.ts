import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/ui/cl-library.ts';
import type { ClLibrary } from '../../src/ui/cl-library.ts';
import { sampleLibrary } from './fixtures.ts';
import { mountWithLibrary, until } from './mount.ts';

async function mountLibrary(): Promise<ClLibrary> {
  const el = await mountWithLibrary<ClLibrary>(html`<cl-library></cl-library>`, sampleLibrary());
  await until(() => el.shadowRoot!.querySelectorAll('li').length > 0, 'library items');
  return el;
}

describe('cl-library', () => {
  it('lists every article as a timeline, oldest first, undated last', async () => {
    const el = await mountLibrary();
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.title')!.textContent)).to.deep.equal([
      'Barge hits Eastgate bridge',
      'Bridge closed after barge strike',
      'Notes without a date',
    ]);
    expect(items[0].querySelector('time')!.textContent).to.equal('1 Mar 2024');
    expect(items[2].querySelector('time')!.textContent).to.equal('Date unknown');
  });

  it('shows outlet, word count and reading time, and links into the reader', async () => {
    const el = await mountLibrary();
    const first = el.shadowRoot!.querySelector('li')!;
    expect(first.querySelector('.outlet')!.textContent).to.equal('City Wire');
    expect(first.querySelector('.meta')!.textContent).to.match(/^\d+ words · 1 min read/);
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('#/article/2024-03-01-city-wire-bridge');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('3 articles from 3 outlets');
  });

  it('passes axe-core accessibility checks', async () => {
    const el = await mountLibrary();
    await expect(el).to.be.accessible();
  });
});
