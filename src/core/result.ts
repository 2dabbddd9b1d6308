/**
 * The result of a calculation that may not be computable: either a value, or the reason it
 * could not be computed (never NaN, never Infinity, never a silent zero). Narrow on `ok`.
 * @category Results
 */
export type Computed<T, Reason extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: Reason; readonly message: string };

/** @internal */
export function computed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** @internal */
export function notComputed<R extends string>(
  reason: R,
  message: string,
): { readonly ok: false; readonly reason: R; readonly message: string } {
  return { ok: false, reason, message };
}
