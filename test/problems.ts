import { DxInputError } from '../src/index.js';

/** The problems a call throws, as `path code` lines; [] when it throws nothing; any other error is rethrown. */
export function problemLines(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof DxInputError) return e.problems.map((p) => `${p.path.join('.')} ${p.code}`);
    throw e;
  }
  return [];
}

/** The problems a call throws, as `path code: message` lines; [] when it throws nothing; any other error is rethrown. */
export function problemMessages(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof DxInputError) return e.problems.map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`);
    throw e;
  }
  return [];
}
