// stripMarkdown (lib/kb/text.ts) through marked's lexer: what a passage keeps of an article written in markdown.
import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../../lib/kb/text';

describe('stripMarkdown', () => {
  it('keeps the words and the lines, drops the markup', () => {
    const md = [
      '# Refunds', '', 'Refund **within 14 days** via [the portal](https://x.test/p) ![logo](l.png).', '',
      '> Note: _only_ card payments.', '', '- step one', '- step `two`', '', '1. first', '2. second', '', '---', '',
      '```sh', 'run --now', '```', '', '<div class="x">Call us</div>',
    ].join('\n');
    expect(stripMarkdown(md).split('\n').filter(Boolean)).toEqual([
      'Refunds', 'Refund within 14 days via the portal logo.', 'Note: only card payments.', 'step one', 'step two',
      'first', 'second', 'run --now', 'Call us',
    ]);
  });

  it('leaves underscores inside words alone (macro placeholders, tags)', () => {
    expect(stripMarkdown('Hi {{ticket.requester.first_name}}, tags: double_charge')).toBe('Hi {{ticket.requester.first_name}}, tags: double_charge');
  });

  it('reads a table row by row', () => {
    expect(stripMarkdown('| plan | price |\n|---|---|\n| Pro | 10 |')).toBe('plan price\nPro 10');
  });
});
