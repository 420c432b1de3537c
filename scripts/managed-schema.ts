// public/managed_schema.json, generated from the policy's zod schema (lib/policy/schema.ts): the file Chrome reads
// to know which managed-storage keys the extension takes (manifest `storage.managed_schema`). Written before every
// build (wxt.config.ts `build:before`) and by `npm run gen:managed-schema`; a unit test fails when the committed
// file differs from what the schema gives.
//
// Chrome takes a restricted dialect of JSON Schema and refuses to load the extension when the file is outside it:
// the top level is an object without additionalProperties, and every schema has exactly one `type` (or a $ref).
// So no unions, no type lists. Only type, properties, items, additionalProperties, title and description are
// kept. Enums, ranges, patterns and `required` are left out on purpose: Chrome silently drops a policy value
// that fails them, before Tandem sees it, whereas a value that reaches Tandem is checked by the same schema and
// rejected with a reason the options page and the audit log show.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { managedPolicySchema } from '../lib/policy/schema';

export interface ChromeSchema {
  title?: string;
  description?: string;
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  additionalProperties?: ChromeSchema;
}

type JsonSchema = { type?: unknown; title?: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; additionalProperties?: unknown };

/** One node of zod's JSON Schema in Chrome's dialect (throws on what Chrome would refuse). */
export function toChromeDialect(node: JsonSchema, path = '(top)'): ChromeSchema {
  if (typeof node.type !== 'string') throw new Error(`${path}: Chrome's managed schema needs exactly one type, got ${JSON.stringify(node.type)}`);
  const out: ChromeSchema = {} as ChromeSchema;
  if (node.title) out.title = node.title;
  if (node.description) out.description = node.description;
  out.type = node.type as ChromeSchema['type'];
  if (node.type === 'object') {
    if (node.properties) {
      out.properties = Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, toChromeDialect(value, `${path}.${key}`)]));
    }
    // A map of name to value (request headers). An object of any JSON (a tool's inputSchema) has no one type for
    // its values, so it is declared as a plain object.
    const extra = node.additionalProperties;
    if (path !== '(top)' && extra && typeof extra === 'object' && typeof (extra as JsonSchema).type === 'string') {
      out.additionalProperties = toChromeDialect(extra as JsonSchema, `${path}.*`);
    }
  }
  if (node.type === 'array') {
    if (!node.items) throw new Error(`${path}: a list needs the type of its items`);
    out.items = toChromeDialect(node.items, `${path}[]`);
  }
  return out;
}

/** The managed schema as Chrome reads it. */
export function managedSchema(): ChromeSchema {
  return toChromeDialect(z.toJSONSchema(managedPolicySchema, { io: 'input' }) as JsonSchema);
}

export const MANAGED_SCHEMA_PATH = resolve(import.meta.dirname ?? '.', '..', 'public', 'managed_schema.json');

/** The file's text: what is committed and what the build writes. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}

export function writeManagedSchema(path = MANAGED_SCHEMA_PATH): void {
  writeFileSync(path, managedSchemaText());
}
