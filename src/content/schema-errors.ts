import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { ContentProblem } from './editions';
import { ContentError } from './problems';

/** A field's path as an editor reads it: `authors[0]`, `source.url`, `other-piece.title.ar`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** The value at `path` in `data`, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * One problem per schema issue, for `file`: an unknown key names itself, a
 * missing field says it is required, and every other issue keeps the
 * schema's message. `prefix` leads every field (an entry's id in a file of
 * many entries).
 */
export function schemaProblems(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: fieldPath([...prefix, ...issue.path, key]), message: 'unknown field (not in the schema; check its spelling)' }));
    }
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    return [{ file, field: fieldPath([...prefix, ...issue.path]) || '(entry)', message: missing ? 'required field missing' : issue.message }];
  });
}

/**
 * Wraps a content loader so an entry that does not match `schema` fails the
 * build with a `ContentError` naming the file (from the project root) and
 * each field, `file → field: message`, as every other content check does,
 * instead of Astro's own report. `entryInField`: the file holds many
 * entries (a YAML file read by `file()`), so the field starts with the
 * entry's id.
 */
export function withSchemaProblems(loader: Loader, schema: z.ZodType, options: { entryInField?: boolean } = {}): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return loader.load({
        ...context,
        parseData: async (props) => {
          const result = await schema.safeParseAsync(props.data);
          if (!result.success) {
            const file = props.filePath ? relative(root, props.filePath).split(sep).join('/') : `${context.collection} collection`;
            throw new ContentError(schemaProblems(file, props.data, result.error.issues, options.entryInField ? [props.id] : []));
          }
          return context.parseData(props);
        },
      });
    },
  };
}
