// public/managed_schema.json is generated from the policy's zod schema (scripts/managed-schema.ts, run before every
// build): the committed file must be exactly what the schema gives, in the dialect Chrome accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_PATH, managedSchemaText, toChromeDialect, type ChromeSchema } from '../../../scripts/managed-schema';
import { POLICY_KEYS } from '../../../lib/policy/validate';

const committed = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');

describe('public/managed_schema.json', () => {
  it('is the file the schema generates (run `npm run gen:managed-schema` after changing lib/policy/schema.ts)', () => {
    expect(committed).toBe(managedSchemaText());
  });

  it('keeps to the dialect Chrome loads: one type per schema, no additionalProperties at the top, nothing else', () => {
    const schema = JSON.parse(committed) as ChromeSchema;
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const allowed = new Set(['title', 'description', 'type', 'properties', 'items', 'additionalProperties']);
    const walk = (node: ChromeSchema, path: string) => {
      expect(typeof node.type, path).toBe('string');
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.${k}`);
      if (node.items) walk(node.items, `${path}[]`);
      if (node.additionalProperties) walk(node.additionalProperties, `${path}.*`);
    };
    walk(schema, '');
    expect(Object.keys(schema.properties ?? {})).toEqual([...POLICY_KEYS]);
  });

  it('refuses what Chrome would refuse (a union has no single type)', () => {
    expect(() => toChromeDialect({ type: 'object', properties: { a: { type: ['string', 'number'] } } })).toThrow(/exactly one type/);
    expect(() => toChromeDialect({ type: 'array' })).toThrow(/items/);
  });

  it('declares the connector keys of DESIGN.md "Stable hooks"', () => {
    const props = (JSON.parse(committed) as ChromeSchema).properties!;
    expect(props.toolAutonomy.type).toBe('string');
    expect(props.agentConnectors.type).toBe('boolean');
    const connector = props.connectors.items!.properties!;
    expect(Object.keys(connector)).toEqual(['id', 'name', 'kind', 'url', 'headers', 'tools', 'actions']);
    expect(Object.keys(connector.actions.items!.properties!)).toEqual(
      ['name', 'description', 'method', 'path', 'headers', 'body', 'inputSchema', 'resultPointer']);
  });
});
