// Inputs and outputs of Tandem's AI layer. Settings come from the options page / managed policy; snippets come
// from local knowledge ranking; the ticket is the adapter's TicketSnapshot.
import type { AiErrorCode } from './error-codes';

/** The current Sonnet in @anthropic-ai/sdk 1.12's Model union (its own examples use it); a good speed/quality
 *  balance for drafting. 'claude-sonnet-4-5' is marked deprecated in that SDK version. */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';
export const DEFAULT_MAX_TOKENS = 1024;

export interface AiSettings {
  apiKey?: string;
  /** e.g. a company proxy or the local mock; default is Anthropic's API. */
  baseUrl?: string;
  model: string;
  maxTokens: number;
  /** Redact personal data and secrets from everything that leaves the machine. */
  redact: boolean;
  /** Team guidelines for tone and wording (admin-provided). */
  brandVoice?: string;
  /** How drafts are signed. */
  agentName?: string;
}

export interface KbSnippet {
  /** Citation number; assigned 1..n in order when absent. */
  n?: number;
  articleId: string;
  title: string;
  url?: string;
  passage: string;
  /** The ranking's score, when the snippet came from it (the offline draft quotes only hits close to the best). */
  score?: number;
}

export type AiErrorKind = 'auth' | 'rate_limited' | 'overloaded' | 'server' | 'timeout' | 'network' | 'cut' | 'bad_request';

/** A failure the panel can show: `message` is plain English words plus the next step; `code` and `params` are the
 *  same for the panel to word in the agent's language (lib/ai/error-codes.ts). */
export class AiError extends Error {
  readonly kind: AiErrorKind;
  readonly retryAfterMs?: number;
  readonly status?: number;
  /** Absent only on errors made without one (then the panel shows `message`). */
  readonly code?: AiErrorCode;
  readonly params?: string[];
  constructor(kind: AiErrorKind, message: string, extra: { retryAfterMs?: number; status?: number; cause?: unknown; code?: AiErrorCode; params?: string[] } = {}) {
    super(message, extra.cause !== undefined ? { cause: extra.cause } : undefined);
    this.name = 'AiError';
    this.kind = kind;
    this.retryAfterMs = extra.retryAfterMs;
    this.status = extra.status;
    this.code = extra.code;
    if (extra.params?.length) this.params = extra.params;
  }
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'overloaded' || this.kind === 'server' || this.kind === 'network' || this.kind === 'timeout';
  }
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}
