// Type declarations for the lexicon libraries, which ship no types of their own.

declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
  };
}

/** The VADER lexicon itself (word -> mean valence on a -4..4 scale), an ES module inside the package. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}

/** AFINN-165 (word -> -5..5) as packaged by `sentiment`. */
declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number> };
  export default en;
}
