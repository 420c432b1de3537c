// A row's origin stands for its prompt: the draft with its guidance, the refinement of its source text, the summary.
import { describe, expect, it } from 'vitest';
import { previewRequest } from '../ai/prompts';
import { promptFor } from './origin';
import { settings as baseSettings, snippets, ticket } from '../../tests/unit/ai/helpers';

const settings = { ...baseSettings, redact: false };

describe('row origin', () => {
  it('builds the prompt each origin stands for, with knowledge only where it belongs', async () => {
    let asked = 0;
    const getSnippets = async () => {
      asked++;
      return snippets;
    };
    const draft = previewRequest(await promptFor(getSnippets, { kind: 'draft', guidance: 'a short holding response' }, ticket(), settings), settings).text;
    expect(draft).toContain('Approach the agent chose for this reply: a short holding response');
    expect(draft).toContain('Refunds are issued within 5 business days');
    const refine = previewRequest(await promptFor(getSnippets, { kind: 'refine', refinement: { kind: 'shorter' }, sourceText: 'Dear Maria, the long text.' }, ticket(), settings), settings).text;
    expect(refine).toContain('Dear Maria, the long text.');
    expect(refine).toContain('about half as long');
    expect(asked).toBe(2);
    const summary = await promptFor(getSnippets, { kind: 'summary', purpose: 'handoff' }, ticket(), settings);
    expect(asked).toBe(2);
    expect(summary.sources).toEqual([]);
  });
});
