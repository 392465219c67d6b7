import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { BankProblem } from './problem.ts';

function describe(error: ErrorObject): { path: string; problem: string } {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      if (missing === 'weights') {
        return { path, problem: 'option has no "weights": every option must say how it moves l1, l2, l3 and hybrid' };
      }
      return { path, problem: `missing required property "${missing}"` };
    }
    case 'additionalProperties':
      return { path, problem: `unknown property "${String(params.additionalProperty)}"` };
    case 'enum':
      return {
        path,
        problem: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return { path, problem: 'is not a valid id: use lowercase letters, digits and single dashes' };
    default:
      return { path, problem: error.message ?? error.keyword };
  }
}

/**
 * Validates each file against its JSON Schema (the same schemas editors use
 * for autocompletion). `schemas` maps schema file names to parsed schemas.
 */
export function createSchemaChecker(schemas: Record<string, object>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const idOf = (name: string) => (schemas[name] as { $id: string }).$id;

  return (file: string, schemaName: string, data: unknown): BankProblem[] => {
    const validate = ajv.getSchema(idOf(schemaName));
    if (!validate) return [{ file, path: '', problem: `no schema named ${schemaName}` }];
    if (validate(data)) return [];
    // One problem per place: ajv reports every failed branch, the first is the clearest.
    const seen = new Set<string>();
    const problems: BankProblem[] = [];
    for (const error of validate.errors ?? []) {
      const { path, problem } = describe(error);
      const key = `${path}|${problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ file, path, problem });
    }
    return problems;
  };
}
