import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/*
 * The Node the README asks for is one every installed package accepts: a dependency update that
 * needs a newer Node fails here, not as a wall of EBADENGINE warnings on someone's `npm install`.
 */

const root = resolve(import.meta.dirname, '..');
const read = (name: string) => readFileSync(resolve(root, name), 'utf8');

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

/** Locked packages whose `engines.node` refuses some Node version that `range` allows. */
function refusing(range: string, lock: Lock): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    // Very old packages wrote engines as a list of strings: npm ignores those, so do we.
    const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (!path || !wanted || semver.subset(range, wanted)) return [];
    return [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${wanted}`];
  });
}

/** The README's "Requires Node.js 22 (22.13 or later) or 24" as a semver range. */
function documentedRange(readme: string): string {
  const match = /Requires Node\.js (\d+) \((\d+)\.(\d+) or later\) or (\d+)\b/.exec(readme);
  if (!match) throw new Error('README: no "Requires Node.js N (N.M or later) or K" sentence');
  const [, line, major, minor, next] = match;
  expect(major).toBe(line);
  return `^${major}.${minor}.0 || ^${next}.0.0`;
}

describe('the Node version the README documents', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
  const lock = JSON.parse(read('package-lock.json')) as Lock;
  const range = documentedRange(read('README.md'));

  it('is the one package.json declares', () => {
    expect(semver.validRange(pkg.engines.node)).toBe(semver.validRange(range));
  });

  it('is accepted by every locked package', () => {
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(refusing(range, lock)).toEqual([]);
  });

  it('includes the Node that the scripts run on', () => {
    expect(semver.satisfies(pkg.devDependencies.node!, range)).toBe(true);
  });

  it('catches a package that needs a newer or an older Node', () => {
    const lockWith = (node: string): Lock => ({ packages: { '': {}, 'node_modules/a/node_modules/b': { version: '1.0.0', engines: { node } } } });
    expect(refusing(range, lockWith('>=24'))).toEqual(['b@1.0.0 needs node >=24']);
    expect(refusing(range, lockWith('^20 || ^22.0.0'))).toEqual(['b@1.0.0 needs node ^20 || ^22.0.0']);
    expect(refusing(range, lockWith('>=18'))).toEqual([]);
  });
});
