import type { LmsStatus } from './bridge';

/**
 * Whether this package page talks to an LMS, and how that goes: set by the package's script, read by the
 * package's notices. Browser only; null outside a package or before the script has looked for the LMS.
 */
export interface PackageStatus extends LmsStatus {
  inLms: boolean;
}

let status: PackageStatus | null = null;
const listeners = new Set<() => void>();

export function setPackageStatus(next: PackageStatus): void {
  if (status && status.inLms === next.inLms && status.problems === next.problems && status.leftOut === next.leftOut) return;
  status = next;
  listeners.forEach((listener) => listener());
}

export function subscribeToPackageStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const packageStatus = (): PackageStatus | null => status;
