// Types for scripts/electron-native.mjs, which stays plain JavaScript so `npm start` needs no build step.
export declare const NATIVE_BINDING_ENV: 'COACH_SQLITE_BINDING';

export interface NativeTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export declare class SetupError extends Error {}

export declare function nativeBindingPath(root: string, target: NativeTarget): string;
export declare function readPackageVersion(root: string, packageName: string): string;
export declare function findElectronBinary(root: string, env?: NodeJS.ProcessEnv): string | undefined;
export declare function isNativeBindingCurrent(bindingPath: string, betterSqliteVersion: string): boolean;
export declare function nodeGypCandidates(
  root: string,
  env?: NodeJS.ProcessEnv,
  execPath?: string,
  platform?: NodeJS.Platform,
): string[];
export declare function ensureElectronBinary(root: string, log?: (message: string) => void): string;
export declare function ensureNativeBinding(
  root: string,
  options: Omit<NativeTarget, 'platform' | 'arch'> & Partial<NativeTarget> & { log?: (message: string) => void },
): string;
