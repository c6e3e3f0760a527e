import { expect } from '@open-wc/testing';
import { isTagFree } from '../../src/shared/define.js';
import { collectWarnings } from '../support/helpers.js';

/** Registers the way each registration file does: only when the tag is free. */
function register(tag: string, element: CustomElementConstructor): void {
  if (isTagFree(tag)) customElements.define(tag, element);
}

describe('isTagFree', () => {
  it('lets the first definition of a tag win and never throws on a second', async () => {
    class First extends HTMLElement {
      static version = 'test';
    }
    class Second extends HTMLElement {
      static version = 'test';
    }
    const tag = `sen-test-${Math.random().toString(36).slice(2)}`;
    register(tag, First);
    const warnings = await collectWarnings(async () => register(tag, Second));
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]); // same version: silent
  });

  it('warns, without throwing, when another version holds the tag', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    const tag = `sen-test-${Math.random().toString(36).slice(2)}`;
    register(tag, Old);
    const warnings = await collectWarnings(async () => register(tag, class extends HTMLElement {}));
    expect(customElements.get(tag)).to.equal(Old);
    expect(warnings[0]).to.contain('version 0.0.1 is already registered');
  });
});
