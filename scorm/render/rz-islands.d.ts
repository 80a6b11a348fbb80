// The virtual module scripts/scorm.ts writes for the package's client bundle.
declare module 'rz:islands' {
  export const registry: Record<string, import('react').ComponentType<object>>;
}
