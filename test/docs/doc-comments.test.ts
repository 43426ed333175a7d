/**
 * Every public export has a doc comment: each name exported by an entry point
 * of package.json "exports", and each public member of the classes and
 * interfaces among them (options and events are where users look). The
 * API reference (`npm run docs`) is generated from these comments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The source file behind each entry point: "types": "./dist/src/x.d.ts" is src/x.ts. */
export function entrySources(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { types?: string }> };
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object' || value.types === undefined) continue;
    out.set(key, join(root, value.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.ts')));
  }
  return out;
}

function documented(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  if (symbol.getDocumentationComment(checker).length > 0) return true;
  // A tag alone (@deprecated, @internal) is not documentation; a @param/@returns on a function with text is.
  return (symbol.getDeclarations() ?? []).some((d) => ts.getJSDocCommentsAndTags(d).some((j) => ts.isJSDoc(j) && j.comment !== undefined && j.comment !== ''));
}

function isPublicMember(decl: ts.Declaration): boolean {
  const flags = ts.getCombinedModifierFlags(decl);
  // An override (an error class's name, say) is documented where it is declared first.
  if ((flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Override)) !== 0) return false;
  const name = ts.getNameOfDeclaration(decl);
  if (name !== undefined && (ts.isPrivateIdentifier(name) || (ts.isIdentifier(name) && name.text.startsWith('_')))) return false;
  return ts.isPropertySignature(decl) || ts.isMethodSignature(decl) || ts.isPropertyDeclaration(decl) || ts.isMethodDeclaration(decl) || ts.isGetAccessor(decl) || ts.isSetAccessor(decl);
}

export function undocumented(): string[] {
  const sources = entrySources();
  const program = ts.createProgram([...sources.values()], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const missing = new Set<string>();
  for (const [entry, file] of sources) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    assert.ok(moduleSymbol, `entry ${entry}: ${file} not found`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const where = (symbol.getDeclarations()?.[0]?.getSourceFile().fileName ?? '').slice(root.length);
      if (!documented(symbol, checker)) missing.add(`${where}: ${exported.name}`);
      if ((symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) === 0) continue;
      for (const member of symbol.members?.values() ?? []) {
        const decls = (member.getDeclarations() ?? []).filter(isPublicMember);
        if (decls.length === 0) continue;
        if (!documented(member, checker)) missing.add(`${where}: ${exported.name}.${member.name}`);
      }
    }
  }
  return [...missing].sort();
}

test('every public export of every entry point, and every public member of its classes and interfaces, has a doc comment', () => {
  const missing = undocumented();
  assert.deepEqual(missing, [], `${missing.length} without a doc comment:\n${missing.join('\n')}`);
});
