import { DxInputError, type InputProblem } from './errors.js';

// Input that throws when it is read (a getter, a proxy, an object from a spreadsheet binding):
// every public function passes what it caught through `unreadableInput`. Only when the error came
// from the input is it turned into a DxInputError naming where; otherwise it is passed on as it was
// (a fault of the library's own is not hidden as bad input). The walk runs only after an error,
// so the calls that succeed pay nothing.

type Path = (string | number)[];

/** The most objects the walk looks into: bounded time for any input, a cycle or a very large one. @internal */
export const MAX_VALUES = 1_000_000;

/**
 * What a public function throws for an error `error` caught while it ran on `args` (its arguments
 * by parameter name; a parse's one argument, `input`, is the root of the paths, as in its other
 * problems): the error itself when it is a DxInputError or when every argument reads
 * cleanly, else a DxInputError listing each value that throws when read, the first such error as
 * its `cause`. @internal
 */
export function unreadableInput(error: unknown, what: string, args: Readonly<Record<string, unknown>>): unknown {
  if (error instanceof DxInputError) return error;
  return unreadableError(`input of ${what}`, args) ?? error;
}

/**
 * A DxInputError (`Invalid ${what}: …`) listing each value of `args` that throws when read, or
 * undefined when every one reads cleanly. @internal
 */
export function unreadableError(what: string, args: Readonly<Record<string, unknown>>): DxInputError | undefined {
  const problems: InputProblem[] = [];
  const walk = { seen: new Set<object>(), budget: MAX_VALUES, cause: undefined as unknown };
  for (const [name, value] of Object.entries(args)) findUnreadable(value, name === 'input' ? [] : [name], problems, walk);
  return problems.length === 0 ? undefined : new DxInputError(what, problems, [], walk.cause);
}

function findUnreadable(value: unknown, path: Path, problems: InputProblem[], walk: { seen: Set<object>; budget: number; cause: unknown }): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || walk.seen.has(value) || walk.budget <= 0) return;
  walk.seen.add(value);
  walk.budget--;
  const refused = (at: Path, e: unknown) => {
    walk.cause ??= e;
    problems.push({ path: at, code: 'unreadable', message: `could not be read: it threw "${String((e as Error)?.message ?? e).slice(0, 80)}"` });
  };
  let keys: (string | symbol)[];
  try {
    // A proxy may refuse any read: the one a template string makes is tried too.
    void (value as { [Symbol.toPrimitive]?: unknown })[Symbol.toPrimitive];
    keys = Reflect.ownKeys(value);
  } catch (e) {
    refused(path, e);
    return;
  }
  if (value instanceof Map) {
    try {
      for (const [k, v] of value) findUnreadable(v, [...path, String(k)], problems, walk);
    } catch (e) {
      refused(path, e);
    }
    return;
  }
  for (const key of keys) {
    if (typeof key === 'symbol') continue;
    const at = [...path, Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key];
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch (e) {
      refused(at, e);
      continue;
    }
    findUnreadable(v, at, problems, walk);
  }
}
