// Orders the version strings screens report ("2.3.1", "v2.10", "3.0.0-rc.1").
// semver does the comparing; loose strings are coerced to their first x.y.z so
// "2.10" comes after "2.9", as a firmware maker means it.
import semver from 'semver';

function parse(version: string): semver.SemVer | null {
  return semver.parse(version, { loose: true }) ?? semver.coerce(version);
}

/** Negative, zero or positive like a sort comparator; an unreadable version sorts first. */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return left ? 1 : right ? -1 : a.localeCompare(b);
  return semver.compare(left, right);
}

export function isReadableVersion(version: string): boolean {
  return parse(version) !== null;
}
