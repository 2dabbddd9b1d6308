/**
 * Builds a schema when the module loads. It has no side effects, and every call site carries
 * the pure mark as well (bundlers read the mark at the call, not across files), so that a bundler
 * drops every schema a program does not use: a bundle that only checks targets carries no schema
 * and no schema library. @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function schema<T>(build: () => T): T {
  return build();
}
