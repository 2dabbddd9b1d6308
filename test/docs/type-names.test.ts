// The API's signatures name the model's types (Observation, Plan, Target …) instead of spelling
// out their structure: what an editor's hover and the TypeDoc pages show.
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

it('signatures show the model types by name', () => {
  const root = resolve(__dirname, '../..');
  const entries = ['src/index.ts', 'src/assess/index.ts'].map((f) => resolve(root, f));
  const program = ts.createProgram(entries, { strict: true, exactOptionalPropertyTypes: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const signature = (name: string, entry = entries[0]!) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const symbol = checker.getExportsOfModule(module).find((s) => s.name === name)!;
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const type = checker.getTypeOfSymbolAtLocation(resolved, resolved.valueDeclaration!);
    return checker.signatureToString(type.getCallSignatures()[0]!);
  };
  expect(signature('rollup')).toBe('(observations: readonly Observation[], indicators: readonly Indicator[], hierarchy: Hierarchy, options?: RollupOptions): RollupResult');
  expect(signature('buildScorecard')).toBe('(plan: Plan, observations: readonly Observation[], options: ScorecardOptions): Scorecard');
  expect(signature('hierarchyAt')).toBe('(register: UnitRegister, date: string): Hierarchy');
  expect(signature('predecessorsOf')).toBe('(crosswalk: Crosswalk, newCode: string): readonly CrosswalkLink[]');
  expect(signature('parseTarget')).toBe('(input: unknown): Target');
  expect(signature('scoreAssessment', entries[1])).toBe('(framework: AssessmentFramework, evidence: readonly Evidence[], options?: ScoreOptions): UnitScore[]');
}, 60_000);
