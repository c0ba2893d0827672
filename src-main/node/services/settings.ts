import type { Settings } from '../../common/contract';
import { readSettings, writeSettings } from '../db/repositories/settings';
import type { ServiceContext } from './context';

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return readSettings(ctx.db);
}

export async function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings(ctx.db)), ...patch };
  await writeSettings(ctx.db, next);
  ctx.events.emit({ type: 'data.changed', scope: 'settings' });
  return next;
}
