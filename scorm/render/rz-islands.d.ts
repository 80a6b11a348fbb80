// The virtual module scripts/scorm.mts writes for the package's client bundle.
declare module 'rz:islands' {
  export const registry: Record<string, import('react').ComponentType<object>>;
}
