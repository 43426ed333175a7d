/**
 * The doc-comment check: each name a module exports, and each public member
 * of the classes and interfaces among them, has a doc comment. Used for the
 * package's entry points and for modules kept to the same rule.
 */
import assert from 'node:assert/strict';
import ts from 'typescript';

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

/** "file: name" of every export of these modules (entry name -> source path) without a doc comment; `root` is cut from file names. */
export function undocumentedExports(sources: ReadonlyMap<string, string>, root: string): string[] {
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
