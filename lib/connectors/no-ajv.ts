// Stands in for the MCP SDK's Ajv validator in the extension build (wxt.config.ts aliases it here). Ajv compiles
// schemas with `new Function`, which the extension's content security policy forbids, and Tandem never uses it
// (lib/connectors/mcp.ts passes its own validator); aliasing keeps Ajv and its formats out of the background bundle.
export class AjvJsonSchemaValidator {
  getValidator<T>() {
    return (input: unknown) => ({ valid: true as const, data: input as T, errorMessage: undefined });
  }
}
