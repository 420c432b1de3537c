// A thread the helpdesk has not rendered in full (issue 13, reading health): the adapters say so from the markers
// public code shows (adapters/PUBLIC-HOOKS.md: Intercom row 15, Freshdesk rows 14-15), so the panel can tell the
// agent that drafts and alerts see only part of the case.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { intercomAdapter } from '../../../adapters/intercom';
import { layerOver } from '../../../adapters/layered';
import { parseHtml } from './helpers';

const icPage = (occluded: string) =>
  parseHtml(`<div data-conversation-stream><div class="occluded-content">${occluded}</div>
    <div data-part-group-id="g1" data-part-group-category="1"><div class="inbox2__conversation-part" data-part-id="p1"><p>Still broken.</p></div></div>
    <div class="occluded-content"></div></div>`);

describe('intercom: the stream\'s virtual list occludes parts', () => {
  it('"And 12 items before" (or any label, whatever the language) is a partial thread', () => {
    expect(intercomAdapter.threadPartial!(icPage('And 12 items before'))).toBe(true);
    expect(intercomAdapter.threadPartial!(icPage('Y 12 elementos antes'))).toBe(true);
  });
  it('empty occlusion blocks (nothing scrolled out) are not', () => {
    expect(intercomAdapter.threadPartial!(icPage(''))).toBe(false);
    expect(intercomAdapter.threadPartial!(parseHtml('<p>No stream here</p>'))).toBe(false);
  });
});

describe('freshdesk: older conversations not loaded', () => {
  const fdPage = (marker: string) =>
    parseHtml(`<div class="ticket-details"><h2 class="ticket-subject-heading">Refund</h2>${marker}
      <div class="ticket-details__item"><div class="ticket-details__requester">Ana</div><p>Where is my refund?</p></div></div>`);
  it('a shown "load more" button, loader or collapsed run is a partial thread', () => {
    expect(freshdeskAdapter.threadPartial!(fdPage('<button data-test-button="load-more">Load more</button>'))).toBe(true);
    expect(freshdeskAdapter.threadPartial!(fdPage('<div class="conversation-dotted-loader"></div>'))).toBe(true);
    expect(freshdeskAdapter.threadPartial!(fdPage('<div class="ticket-details__item--more">3 more conversations</div>'))).toBe(true);
  });
  it('a hidden one, or none, is not', () => {
    expect(freshdeskAdapter.threadPartial!(fdPage('<button data-test-button="load-more" hidden>Load more</button>'))).toBe(false);
    expect(freshdeskAdapter.threadPartial!(fdPage(''))).toBe(false);
  });
});

describe('a repair layered over the built-in', () => {
  it('keeps the built-in\'s partial-thread signal', () => {
    const repaired = layerOver({ ...freshdeskAdapter, threadPartial: undefined }, intercomAdapter);
    expect(repaired.threadPartial?.(icPage('And 3 items before'))).toBe(true);
  });
});
