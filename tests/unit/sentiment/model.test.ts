// The learned alert model (issue 15): its features (accent folding, character n-grams), how it combines with the
// rules (a rule hit vetoed by a confident model, a model-only alert with evidence), and that it is deterministic and
// the committed weights are the ones the training script makes from today's inputs.
import { describe, expect, it } from 'vitest';
import { assessTicket, scoreMessage } from '../../../lib/sentiment';
import { DEFAULT_THRESHOLDS, withModel, type MessageAlert } from '../../../lib/sentiment/assess';
import { decideKind } from '../../../lib/sentiment/model/combine';
import { extractFeatures, FEATURE_BUCKETS, FEATURE_MAX_COUNT, foldText, hashFeature } from '../../../lib/sentiment/model/features';
import { decodeModel, MODEL_KINDS, probabilities, shippedModel, type KindThresholds } from '../../../lib/sentiment/model/model';
import { DATA, MODEL } from '../../../lib/sentiment/model/weights';
import { alertExample, chooseThresholds, encodeModel, inputsHash, nbScaled, nbScales, negativeExample, predict, train, trainScaled, withNbScales, type Example } from '../../../scripts/train-alerts';
import { customer, ticket } from './helpers';

/** The buckets that came from the word at `n` (its unigram, the bigram it ends, its character n-grams). */
function wordBuckets(text: string, n = 0): number[] {
  const { buckets, words } = extractFeatures(text);
  return [...buckets.slice(words[n * 4 + 2]!, words[n * 4 + 3]!)];
}

describe('model features', () => {
  it('folds case and accents one unit for one, so offsets stay those of the text', () => {
    expect(foldText('Ça coûte TROP cher, je RÉSILIE')).toBe('ca coute trop cher, je resilie');
    expect(foldText('Kündigung für São Paulo')).toBe('kundigung fur sao paulo');
    const text = 'Já não aguento, ¡qué desastre!';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('gives an accented, unaccented or capitalised word the same buckets', () => {
    expect(wordBuckets('résilier')).toEqual(wordBuckets('resilier'));
    expect(wordBuckets('Kündigung')).toEqual(wordBuckets('kundigung'));
    expect(wordBuckets('ABOGADO')).toEqual(wordBuckets('abogado'));
  });

  it('has character 3- to 5-grams inside a word, with its edges', () => {
    // "<abc>": 3 trigrams, 2 four-grams, 1 five-gram, and the unigram
    expect(wordBuckets('abc')).toHaveLength(1 + 3 + 2 + 1);
    // a second word adds the bigram it ends
    expect(wordBuckets('xy abc', 1)).toHaveLength(1 + 1 + 3 + 2 + 1);
  });

  it('lets inflections and typos share most of their n-grams', () => {
    const share = (a: string, b: string) => {
      const x = new Set(wordBuckets(a).slice(1));
      const y = wordBuckets(b).slice(1);
      return y.filter((g) => x.has(g)).length / y.length;
    };
    expect(share('cancellation', 'cancelation')).toBeGreaterThan(0.5);
    expect(share('kündigen', 'kündige')).toBeGreaterThan(0.5);
    expect(share('cancellation', 'happiness')).toBeLessThan(0.1);
  });

  it('adds the rules verdicts and dropped hits as named features', () => {
    const plain = extractFeatures('I am a lawyer', { kinds: [], dropped: [], score: 0 }).buckets;
    const withRules = extractFeatures('I am a lawyer', { kinds: [], dropped: ['legal_threat:job'], score: 0 }).buckets;
    expect(plain.includes(hashFeature('d:legal_threat:job'))).toBe(false);
    expect(withRules.includes(hashFeature('d:legal_threat:job'))).toBe(true);
    expect(withRules.includes(hashFeature('d:legal_threat'))).toBe(true);
  });

  it('stays bounded on a huge message', () => {
    const { buckets } = extractFeatures('cancel '.repeat(20_000));
    expect(buckets.length).toBeLessThan(4000 * 8);
  });
});

/** A hand-made model: the word "zorblax" means churn; legal threats are never believed; everything else is unlikely. */
function handModel(thresholds?: Partial<KindThresholds>) {
  const K = MODEL_KINDS.length;
  const w = new Float64Array(FEATURE_BUCKETS * K);
  const bias = hashFeature('bias');
  for (let j = 0; j < K; j++) w[bias * K + j] = -3;
  w[bias * K + MODEL_KINDS.indexOf('legal_threat')] = -12;
  for (const b of wordBuckets('zorblax')) w[b * K + MODEL_KINDS.indexOf('churn_risk')] = 1;
  const t: KindThresholds = { alone: 0.5, veto: 0.1, confident: 0.8, ...thresholds };
  return decodeModel(encodeModel(w, Object.fromEntries(MODEL_KINDS.map((k) => [k, t])), 'test'));
}

describe('rules and model combined', () => {
  it('decides per kind: rule kept unless vetoed, model alone when confident', () => {
    const t = { alone: 0.5, veto: 0.1, confident: 0.8 };
    expect(decideKind('combined', true, 0.05, t)).toBeNull(); // vetoed
    expect(decideKind('combined', true, 0.3, t)).toBe('rules');
    expect(decideKind('combined', true, 0.9, t)).toBe('both');
    expect(decideKind('combined', false, 0.7, t)).toBeNull();
    expect(decideKind('combined', false, 0.85, t)).toBe('model');
    expect(decideKind('rules', true, 0, t)).toBe('rules');
    expect(decideKind('model', true, 0.4, t)).toBeNull();
    expect(decideKind('model', false, 0.6, t)).toBe('model');
  });

  it('raises no model alert of a kind the rules\' filters dropped a hit of, and keeps every other verdict', () => {
    const t = { alone: 0.5, veto: 0.1, confident: 0.8 };
    // "Não vou cancelar": the rules dropped the churn hit as negated; the model reads "cancelar"
    expect(decideKind('combined', false, 0.95, t, true)).toBeNull();
    expect(decideKind('combined', true, 0.95, t, true)).toBe('both');
    expect(decideKind('model', false, 0.95, t, true)).toBe('model');
    expect(decideKind('combined', false, 0.95, t, false)).toBe('model');
  });

  it('keeps "I am a lawyer" (a legal hit the job filter dropped) from a legal alert of the model\'s own', () => {
    const text = 'I am a lawyer and I love how simple your invoicing is.';
    const strongModel = { ...shippedModel(), thresholds: { ...shippedModel().thresholds, legal_threat: { alone: 0, veto: 0, confident: 0 } } };
    const rules: MessageAlert[] = [];
    expect(withModel(text, 0.5, rules, ['legal_threat:job'], 'combined', DEFAULT_THRESHOLDS, strongModel).map((a) => a.kind)).not.toContain('legal_threat');
    expect(withModel(text, 0.5, rules, [], 'combined', DEFAULT_THRESHOLDS, strongModel).map((a) => a.kind)).toContain('legal_threat');
  });

  it('drops a rule hit the model confidently disagrees with', () => {
    const text = 'I will sue you.';
    const rule: MessageAlert = { kind: 'legal_threat', severity: 'critical', evidence: text };
    expect(withModel(text, 0, [rule], [], 'combined', DEFAULT_THRESHOLDS, handModel())).toEqual([]);
    // the rules alone keep it (what assessTicket does with detector 'rules')
    expect(withModel(text, 0, [rule], [], 'combined', DEFAULT_THRESHOLDS, handModel({ veto: 0 }))).toHaveLength(1);
  });

  it('keeps a milder anger hit a caller asked for with a more sensitive anger threshold, whatever the model says', () => {
    const text = 'This is disappointing.';
    const rule: MessageAlert = { kind: 'anger', severity: 'warning', evidence: text };
    // at the default the model's veto stands (the hand model gives anger p 0.05, under its veto 0.1)
    expect(withModel(text, -0.6, [rule], [], 'combined', DEFAULT_THRESHOLDS, handModel())).toEqual([]);
    // a caller who lowered the bar (anger fires from -0.1) gets the hit the lower bar found
    expect(withModel(text, -0.2, [rule], [], 'combined', { ...DEFAULT_THRESHOLDS, anger: -0.1 }, handModel()).map((a) => a.kind)).toEqual(['anger']);
  });

  it('raises a model-only alert with its evidence: the sentence of the word that weighed most, and the words', () => {
    const text = 'Hello there. Honestly we are going zorblax next month! Thanks';
    const [alert, ...rest] = withModel(text, 0, [], [], 'combined', DEFAULT_THRESHOLDS, handModel());
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'churn_risk', source: 'model', evidence: 'Honestly we are going zorblax next month!' });
    expect(alert!.words![0]).toBe('zorblax');
  });

  it('leaves the rules alone unchanged: no model alerts, no source mark', () => {
    const { alerts } = assessTicket(ticket([customer('I want to cancel my subscription today, this is a joke.')]), { detector: 'rules' });
    expect(alerts.map((a) => a.kind)).toContain('churn_risk');
    expect(alerts.every((a) => a.source === undefined && a.words === undefined)).toBe(true);
  });
});

describe('choosing the thresholds (out of fold)', () => {
  const K = MODEL_KINDS.length;
  const j = MODEL_KINDS.indexOf('urgency');
  /** Examples of the urgency kind alone: n of each (label, rule fired, model probability). */
  const rows = (spec: [y: number, rule: number, p: number, n: number][]) => {
    const examples: Example[] = [];
    const oof: Float64Array[] = [];
    for (const [y, rule, p, n] of spec) {
      for (let i = 0; i < n; i++) {
        const ex: Example = { idx: new Int32Array(0), val: new Float64Array(0), y: new Uint8Array(K), w: new Float64Array(K), rule: new Uint8Array(K), filtered: new Uint8Array(K), source: 'test' };
        ex.y[j] = y;
        ex.w[j] = 1;
        ex.rule[j] = rule;
        examples.push(ex);
        oof.push(new Float64Array(K).fill(0.01).fill(p, j, j + 1));
      }
    }
    return chooseThresholds(examples, oof).urgency!;
  };

  it('lets the model veto rule hits it gives under even odds when no threshold brings the kind to the precision floor', () => {
    // rule hits: 40 right where the model agrees, 10 right and 20 wrong where it gives 0.25; no precision of 0.9 exists
    const t = rows([[1, 1, 0.9, 40], [1, 1, 0.25, 10], [0, 1, 0.25, 20], [1, 0, 0.6, 5], [0, 0, 0.02, 100]]);
    expect(t.veto).toBeGreaterThan(0.25);
    expect(t.veto).toBeLessThanOrEqual(0.5);
    expect(t.oof.combined.p).toBeGreaterThan(t.oof.rules.p);
  });

  it('keeps the veto at most 0.15 for a kind that reaches the floor', () => {
    const t = rows([[1, 1, 0.9, 40], [1, 1, 0.25, 10], [0, 1, 0.25, 2], [1, 0, 0.6, 5], [0, 0, 0.02, 100]]);
    expect(t.oof.combined.p).toBeGreaterThanOrEqual(0.9);
    expect(t.veto).toBeLessThanOrEqual(0.15);
  });
});

describe('determinism and the committed weights', () => {
  it('counts a feature at most FEATURE_MAX_COUNT times: a line repeated down a pasted page weighs no more than 30 times', () => {
    // (the old sum grew with every repeat: 'All good here.' 250 times was churn at p 1.0, 30 times p 0.97)
    const page = (n: number) => extractFeatures('All good here. '.repeat(n), { kinds: [], dropped: [], score: 0 });
    expect(Array.from(probabilities(page(250)))).toEqual(Array.from(probabilities(page(30))));
    expect(probabilities(page(250))[MODEL_KINDS.indexOf('churn_risk')]).toBeLessThan(shippedModel().thresholds.churn_risk!.confident);
    const ex = alertExample('again '.repeat(10), [], 'test');
    expect(Math.max(...ex.val)).toBe(FEATURE_MAX_COUNT);
  });

  it('scores the same text the same way every time', () => {
    const text = 'Third time I write about this, nobody answers. Ich kündige!';
    const a = probabilities(extractFeatures(text), shippedModel());
    const b = probabilities(extractFeatures(text), shippedModel());
    expect([...a]).toEqual([...b]);
    expect(scoreMessage(text)).toEqual(scoreMessage(text));
    expect(assessTicket(ticket([customer(text)]))).toEqual(assessTicket(ticket([customer(text)])));
  });

  it('trains to the same weights from the same examples and seed', () => {
    const K = MODEL_KINDS.length;
    const examples: Example[] = ['cancel my plan', 'love the app', 'I will leave you', 'thanks so much'].map((text, i) => {
      const buckets = [...new Set(extractFeatures(text).buckets)].sort((x, y) => x - y);
      const y = new Uint8Array(K);
      y[MODEL_KINDS.indexOf('churn_risk')] = i % 2 === 0 ? 1 : 0;
      return { idx: Int32Array.from(buckets), val: new Float64Array(buckets.length).fill(1), y, w: new Float64Array(K).fill(1), rule: new Uint8Array(K), filtered: new Uint8Array(K), source: 'test' };
    });
    const options = { alpha: 0.1, beta: 1, l1: 0.1, l2: 0.1, epochs: 3, seed: 7 };
    const a = encodeModel(train(examples, options), {}, 'x');
    const b = encodeModel(train(examples, options), {}, 'x');
    expect(a.data.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it('scales the negative label\'s features by naive-Bayes ratios in training and ships weights for the plain features', () => {
    const NEG = MODEL_KINDS.indexOf('negative');
    const texts = ['this is stupid and wrong', 'what a lovely day', 'you are wrong, stop it', 'thanks, that was lovely', 'stupid take', 'a lovely idea'];
    const examples = texts.map((t, i) => negativeExample(t, i % 2 === 0, 'test'));
    const alert = alertExample('I will cancel my plan', ['churn_risk'], 'test');
    const options = { alpha: 0.1, beta: 1, l1: 0.1, l2: 0.1, epochs: 3, seed: 7, nbNegative: 0.5 };
    const scales = nbScales([...examples, alert], 0.5);
    // a word only the negative comments have weighs more than one both classes have; a bucket no comment has stays 1
    const bucket = (text: string) => extractFeatures(text).buckets[0]!;
    expect(scales[bucket('stupid')]).toBeGreaterThan(scales[bucket('this')]!);
    expect(scales[bucket('cancel')]).toBe(1);
    // the alert kinds' examples are left as they are
    expect(nbScaled([alert], scales)[0]).toBe(alert);
    // the shipped (plain-feature) weights give what the scaled model gives on scaled features
    const scaledW = train(nbScaled([...examples, alert], scales), options);
    const plainW = trainScaled([...examples, alert], options);
    expect(plainW).toEqual(withNbScales(scaledW, scales));
    const probe = negativeExample('stupid and wrong, stop', true, 'test');
    expect(predict(plainW, probe)[NEG]).toBeCloseTo(predict(scaledW, nbScaled([probe], scales)[0]!)[NEG]!, 12);
    expect(predict(plainW, probe)[NEG]).toBeGreaterThan(predict(plainW, negativeExample('a lovely day', false, 'test'))[NEG]!);
    // (two trainings over the 2^16 buckets: ~2 s alone, far more on a shared machine)
  }, 60_000);

  it('lets each alert kind weigh only its own rules\' signals, not another kind\'s verdict', () => {
    // (trained on single-label messages, the churn verdict had taught urgency that a churn threat is never urgent)
    const m = shippedModel();
    const K = m.kinds.length;
    const alertKinds = MODEL_KINDS.filter((k) => k !== 'negative');
    const weightOf = (name: string, kind: string) => {
      const row = m.rowOf[hashFeature(name)]!;
      return row === 0 ? 0 : m.weights[(row - 1) * K + m.kinds.indexOf(kind)]!;
    };
    for (const named of alertKinds) {
      expect(weightOf(`r:${named}`, named)).not.toBe(0);
      for (const other of alertKinds.filter((k) => k !== named)) expect([named, other, weightOf(`r:${named}`, other)]).toEqual([named, other, 0]);
    }
  });

  it('ships weights made from today\'s training inputs (else: npm run train:alerts)', () => {
    expect(MODEL.inputsHash).toBe(inputsHash(process.cwd()));
    expect(DATA.length).toBeGreaterThan(1000);
    expect(Object.keys(MODEL.thresholds).sort()).toEqual([...MODEL_KINDS].sort());
  });
});
