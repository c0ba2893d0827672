import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Folders under which plugged-in watches and sync tools show up, per platform: where desktop
 * environments mount USB mass storage, where gvfs exposes MTP-only watches as folders, where
 * antfs-cli keeps one folder per paired device. The coach can add more (kind 'mount_root').
 */
export interface MountRootContext {
  platform: NodeJS.Platform;
  user: string;
  uid: number | null;
  home: string;
}

export function currentMountRootContext(): MountRootContext {
  const info = userInfo();
  return { platform: process.platform, user: info.username, uid: info.uid >= 0 ? info.uid : null, home: homedir() };
}

export function defaultMountRoots(c: MountRootContext = currentMountRootContext()): string[] {
  const antFs = join(c.home, '.config', 'antfs-cli');
  if (c.platform === 'win32') {
    // A and B are floppy letters, C the system disk: a watch appears as one of D: … Z:.
    return [...'DEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `${letter}:\\`);
  }
  if (c.platform === 'darwin') return ['/Volumes', antFs];
  return [
    join('/media', c.user),
    join('/run/media', c.user),
    ...(c.uid !== null ? [join('/run/user', String(c.uid), 'gvfs')] : []),
    antFs,
  ];
}
