import { ZodError } from 'zod';
import { AppError } from '../../common/contract';
import { openCoachContext, type CoachContext } from '../coach-context';
import { resolveDbPath } from '../paths';

/** Opens the database for one command and always closes it; schema errors become AppErrors naming the field. */
export async function withApp<T>(dbOption: string | undefined, work: (app: CoachContext) => Promise<T>): Promise<T> {
  const app = openCoachContext(resolveDbPath(dbOption));
  // On stderr, so that --json output on stdout stays machine-readable.
  for (const notice of app.notices) process.stderr.write(`coach: ${notice}\n`);
  try {
    return await work(app);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new AppError('VALIDATION', issue?.message ?? 'invalid input', issue?.path.join('.'));
    }
    throw error;
  } finally {
    await app.close();
  }
}
