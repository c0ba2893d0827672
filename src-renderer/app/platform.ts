import type { Platform } from '../../src-main/common/actions/keys';

/** Which command key "Mod" is (⌘ on macOS, Ctrl elsewhere) and how key caps are drawn. */
export const PLATFORM: Platform = /Macintosh|Mac OS X/.test(navigator.userAgent) ? 'mac' : 'other';

/** The desktop app has the preload bridge, and with it the native menu's main-process actions. */
export const IS_DESKTOP = window.coach !== undefined;
