import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { DxInputError, type InputProblem, type ProblemCode } from '../core/errors.js';
import { describe } from './describe-input.js';
import { unreadableError } from '../core/unreadable-input.js';

/**
 * The outcome of a `safe…` parse: the parsed value, or the error that lists every problem.
 * @category Errors
 */
export type SafeParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DxInputError };

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** Turns one zod issue into a problem an IT officer can act on. @internal */
export function problemFromIssue(issue: z.core.$ZodIssue): InputProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const ours = (issue as { params?: { code?: ProblemCode } }).params?.code;
  const input = (issue as { input?: unknown }).input;
  const problem = (code: ProblemCode, message: string): InputProblem => ({ path, code, message });
  if ('input' in issue && input === undefined && issue.code !== 'unrecognized_keys') {
    return problem('missing', 'is required but missing');
  }
  switch (issue.code) {
    case 'invalid_type':
      return problem('invalid_type', `should be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(input)}`);
    case 'invalid_value':
      return problem('invalid_value', `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describe(input)}`);
    case 'unrecognized_keys':
      return problem('invalid_value', `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`);
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return problem('missing', 'should not be empty');
      if (issue.origin === 'array') return problem('invalid_value', `should have at least ${String(issue.minimum)} item(s)`);
      return problem('invalid_value', `should be at least ${String(issue.minimum)}, got ${describe(input)}`);
    case 'too_big':
      return problem('invalid_value', `should be at most ${String(issue.maximum)}, got ${describe(input)}`);
    case 'invalid_format':
      return problem(ours ?? 'invalid_value', issue.message.startsWith('Invalid') ? `has the wrong form: ${describe(input)}` : issue.message);
    case 'invalid_union':
      return problem(ours ?? 'invalid_value', issue.message === 'Invalid input' ? `does not match any accepted form (got ${describe(input)})` : issue.message);
    default:
      return problem(ours ?? 'invalid_value', issue.message);
  }
}

/** Every problem of a zod error, in input order. @internal */
export function problemsOf(error: { readonly issues: readonly z.core.$ZodIssue[] }): InputProblem[] {
  return error.issues.map(problemFromIssue);
}

let english: z.core.$ZodErrorMap | undefined;
/**
 * The options of every parse: the input kept in each issue, and zod's English messages (zod/mini
 * carries none of its own; given per parse, so the global configuration of a program's own zod is
 * left alone). @internal
 */
export function parseOptions(): { readonly reportInput: true; readonly error: z.core.$ZodErrorMap } {
  english ??= en().localeError;
  return { reportInput: true, error: english };
}

/**
 * Runs a schema and returns the value or a DxInputError naming `what`. `at` is where the input
 * stands in the call (a parameter's name, for a function that parses one of its arguments): the
 * problems' paths start there. @internal
 */
export function safeParseWith<S extends z.ZodMiniType>(
  schema: S,
  what: string,
  input: unknown,
  at: readonly (string | number)[] = [],
): SafeParseResult<z.output<S>> {
  let r;
  try {
    r = schema.safeParse(input, parseOptions()) as z.core.util.SafeParseResult<z.output<S>>;
  } catch (e) {
    return failedRead(e, what, input, at);
  }
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: new DxInputError(what, placedAt(problemsOf(r.error), at), r.error.issues) };
}

/** Problems of an input that stands at `at` in the call, with their paths from there. */
const placedAt = (problems: readonly InputProblem[], at: readonly (string | number)[]): readonly InputProblem[] =>
  at.length === 0 ? problems : problems.map((p) => ({ ...p, path: [...at, ...p.path] }));

/** Like safeParseWith, but throws the DxInputError. @internal */
export function parseWith<S extends z.ZodMiniType>(schema: S, what: string, input: unknown, at: readonly (string | number)[] = []): z.output<S> {
  const r = safeParseWith(schema, what, input, at);
  if (!r.ok) throw r.error;
  return r.value;
}

/** Adds a custom issue with one of our problem codes. @internal */
export function addProblem(
  ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
  code: ProblemCode,
  message: string,
  path: (string | number)[] = [],
): void {
  ctx.addIssue({ code: 'custom', message, path, params: { code } });
}

/**
 * What a safe parse answers for an error caught while it read `input`: a failed result when the
 * input throws when read (see unreadableError); any other error is thrown on. @internal
 */
export function failedRead(e: unknown, what: string, input: unknown, at: readonly (string | number)[] = []): { readonly ok: false; readonly error: DxInputError } {
  if (e instanceof DxInputError) return { ok: false, error: e };
  const error = unreadableError(what, { input });
  if (error === undefined) throw e;
  return { ok: false, error: at.length === 0 ? error : new DxInputError(what, placedAt(error.problems, at), [], error.cause) };
}
