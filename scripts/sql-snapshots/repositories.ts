import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** A repository class as its source declares it. */
export interface RepositoryClass {
  /** `libs/<lib>/src/.../<name>.repository.ts`, relative to the repository root, with `/`. */
  file: string;
  lib: string;
  className: string;
  /** Public instance methods, in declaration order. */
  methods: string[];
}

function repositoryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : repositoryFiles(path);
    return entry.name.endsWith('.repository.ts') ? [path] : [];
  });
}

const isPublicInstance = (member: ts.ClassElement): boolean =>
  !(ts.getCombinedModifierFlags(member as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) &&
  !(member.name && ts.isPrivateIdentifier(member.name));

function classesOf(path: string): Array<{ className: string; methods: string[] }> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isClassDeclaration).flatMap((node) => {
    const exported = ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export;
    if (!node.name || !exported) return [];
    const methods = node.members
      .filter((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && isPublicInstance(m))
      .map((m) => m.name.getText(source));
    return [{ className: node.name.text, methods: [...new Set(methods)] }];
  });
}

/** Every exported class of every `*.repository.ts` under libs/, with its public methods (read from the source). */
export function findRepositories(root: string): RepositoryClass[] {
  const libs = join(root, 'libs');
  return repositoryFiles(libs)
    .map((path) => relative(root, path).split(sep).join('/'))
    .sort()
    .flatMap((file) => classesOf(join(root, file)).map((c) => ({ file, lib: file.split('/')[1], ...c })));
}
