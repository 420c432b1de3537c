// `npm run gen:managed-schema`: writes public/managed_schema.json from the policy's zod schema (scripts/managed-schema.ts).
import { resolve } from 'node:path';
import { writeManagedSchema } from './managed-schema';

const path = resolve('public', 'managed_schema.json');
writeManagedSchema(path);
console.log(`wrote ${path}`);
