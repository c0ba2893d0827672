// Types for scripts/prebuilt.mjs, which stays plain JavaScript so `coach` runs before anything is built.
export declare const root: string;
export declare const rendererDir: string;
export declare function isStale(builtAtMs: number, inputModifiedMs: readonly (number | undefined)[]): boolean;
export declare function currentCliEntry(): string | null;
export declare function buildCli(): Promise<string>;
export declare function ensureCli(): Promise<string>;
export declare function isRendererStale(): boolean;
export declare function buildRenderer(): Promise<void>;
export declare function ensureRenderer(log?: (message: string) => void): Promise<void>;
