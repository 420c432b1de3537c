import { describe, expect, it } from 'vitest';
import { exclusionMatcher, htmlToTextPreservingLines, stripQuotedText } from '../../../adapters/shared/text';
import { toIso } from '../../../adapters/shared/dom';
import { parseHtml } from './helpers';

const text = (html: string, opts = {}) => htmlToTextPreservingLines(parseHtml(`<div id="x">${html}</div>`).getElementById('x'), opts);

describe('htmlToTextPreservingLines', () => {
  it('turns blocks and <br> into line breaks and collapses source whitespace', () => {
    expect(text('<p>One\n   two</p><p>Three<br>four</p><div>five</div>')).toBe('One two\n\nThree\nfour\n\nfive');
    expect(text('a<br><br>b')).toBe('a\n\nb');
    expect(text('<div>x</div><div><br></div><div>y</div>')).toBe('x\n\ny');
  });

  it('renders lists, tables and pre', () => {
    expect(text('<ul><li>a</li><li>b</li></ul><ol><li>c</li><li>d</li></ol>')).toBe('- a\n- b\n\n1. c\n2. d');
    expect(text('<table><tr><td>k</td><td>v</td></tr></table>')).toBe('k\tv');
    expect(text('<pre>  indented\n    code</pre>')).toBe('indented\n    code');
  });

  it('drops chrome, hidden parts, scripts and quotes; keeps emoji images', () => {
    expect(text('<p>Hi <img alt="😀" src="x.png"></p><button>Reply</button><span hidden>secret</span><script>x()</script>')).toBe('Hi 😀');
    expect(text('<p>Keep</p><div class="gmail_quote">On Mon wrote:<blockquote>old</blockquote></div>')).toBe('Keep');
    expect(text('<p>Keep</p><p class="x">drop</p>', { skip: '.x' })).toBe('Keep');
    expect(text('<p>Keep</p><blockquote>quoted</blockquote>', { stripQuotes: false })).toBe('Keep\n\nquoted');
  });

  it('keeps right-to-left and non-Latin text as is', () => {
    expect(text('<p dir="rtl">مرحبا بكم</p><p>שלום</p>')).toBe('مرحبا بكم\n\nשלום');
  });

  // The writer tells tidy() when there is anything to clean up (most messages: nothing, and no scan for it).
  it('cleans up what the markup leaves: spaces before breaks, runs of breaks, non-breaking spaces, cell tabs', () => {
    expect(text('<p>one </p><p>two <br>three</p>')).toBe('one\n\ntwo\nthree');
    expect(text('a<br><br><br><br>b')).toBe('a\n\nb');
    expect(text('<p>a</p><br><br><p>b</p>')).toBe('a\n\nb');
    expect(text('<p>a\u00a0\u00a0b\u00a0</p><p>c</p>')).toBe('a  b\n\nc');
    expect(text('<table><tr><td>k</td><td></td></tr><tr><td>v</td></tr></table>')).toBe('k\nv');
    expect(text('<pre>code  \n\n\n\nmore</pre>')).toBe('code\n\nmore');
    expect(text('<p>Hi <img alt="😀\u00a0"></p><p>x</p>')).toBe('Hi 😀\n\nx');
  });

  it('returns an empty string for nothing', () => {
    expect(htmlToTextPreservingLines(null)).toBe('');
    expect(text('<p> </p><div></div>')).toBe('');
  });
});

describe('leaving out quotes and chrome', () => {
  it('knows which elements a selector list could match without testing every element', () => {
    const m = exclusionMatcher('blockquote, .sig p, .gmail_quote, [data-quoted-text], div#x, a[href]');
    expect(m.any).toBe(false);
    expect([...m.tags].sort()).toEqual(['BLOCKQUOTE', 'P', 'blockquote', 'p']);
    expect(exclusionMatcher('.a, div:not(.b)').any).toBe(true);
    expect(exclusionMatcher('.a > *').any).toBe(true);
    expect(exclusionMatcher('[title="a, b > c"]').any).toBe(false);
  });

  it('leaves out bare elements named through a combinator or a pseudo-class', () => {
    expect(text('<p>Keep</p><div class="sig"><p>Sent from my phone</p></div>', { skip: '.sig p' })).toBe('Keep');
    expect(text('<p>Keep</p><p>drop</p><p>keep too</p>', { skip: 'p:nth-child(2)' })).toBe('Keep\n\nkeep too');
    expect(text('<p>Keep</p><section><p>drop</p></section>', { skip: 'section > *' })).toBe('Keep');
  });

  it('reads the element asked for even when it looks like a quote, but not when it is hidden', () => {
    const doc = parseHtml('<blockquote id="q"><p>Whole message</p><blockquote>older</blockquote></blockquote><div id="h" hidden><p>x</p></div>');
    expect(htmlToTextPreservingLines(doc.getElementById('q'))).toBe('Whole message');
    expect(htmlToTextPreservingLines(doc.getElementById('h'))).toBe('');
  });

  it('ignores an invalid skip selector and still drops quotes', () => {
    expect(text('<p>Keep</p><blockquote>old</blockquote><p class="x">also kept</p>', { skip: '.x[' })).toBe('Keep\n\nalso kept');
  });
});

describe('stripQuotedText', () => {
  it('cuts attribution lines (also wrapped), original-message headers and > lines', () => {
    expect(stripQuotedText('Thanks!\n\nOn Tue, Mar 3, 2026 at 10:05 AM Sam <s@x.com> wrote:\n> hi')).toBe('Thanks!');
    expect(stripQuotedText('Thanks!\nOn Tue, Mar 3, 2026 at 10:05 AM Sam <s@x.com>\nwrote:\n> hi')).toBe('Thanks!');
    expect(stripQuotedText('Danke\n\nAm 3. März 2026 um 10:05 schrieb Sam:\nalt')).toBe('Danke');
    expect(stripQuotedText('Ok\n-----Original Message-----\nFrom: a')).toBe('Ok');
    expect(stripQuotedText('Ok\nFrom: Sam\nSent: Tuesday\nold')).toBe('Ok');
    expect(stripQuotedText('new\n> old\n> older')).toBe('new');
    // (an attribution is the last line, or ends its line with other line terminators)
    expect(stripQuotedText('Thanks\nOn Mon, Sam wrote:')).toBe('Thanks');
    expect(stripQuotedText('Thanks\r\nOn Mon, Sam wrote: \r\nold')).toBe('Thanks');
    expect(stripQuotedText('Thanks\nOn Mon, Sam wrote:\t\u2028old')).toBe('Thanks');
  });

  it('leaves a message that is only a quote, and ordinary text, alone', () => {
    expect(stripQuotedText('> only quoted')).toBe('> only quoted');
    expect(stripQuotedText('On Monday I wrote to you twice.')).toBe('On Monday I wrote to you twice.');
  });
});

describe('toIso', () => {
  it('parses ISO strings and unix timestamps, rejects non-dates', () => {
    expect(toIso('2026-03-03T09:12:00+01:00')).toBe('2026-03-03T08:12:00.000Z');
    expect(toIso('1767225600')).toBe('2026-01-01T00:00:00.000Z');
    expect(toIso('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
    expect(toIso('3 days ago')).toBeUndefined();
    expect(toIso('')).toBeUndefined();
  });
});
