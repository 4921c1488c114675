import type { z } from 'zod';
import { AppError, contract, type Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import { mayUseUpdateChannel, type updateChannels } from '../../src-shared/contract/updates';
import { isRole } from '../../src-shared/domain/roles';
import { parseFeedUrl } from '../../src-shared/domain/update-feed-url';
import { fieldIssues } from '../dispatch';
import type { UpdateController } from './update-controller';
import type { UpdateSettingsFile } from './update-settings';

type UpdateChannel = keyof typeof updateChannels;

/** The signed-in user from the core's `auth.me` answer, or null (signed out, or a malformed answer). */
export function signedInUser(answer: Result<unknown>): Pick<Me, 'userId' | 'role'> | null {
  if (!answer.ok || typeof answer.data !== 'object' || answer.data === null) return null;
  const { userId, role } = answer.data as Record<string, unknown>;
  return typeof userId === 'string' && typeof role === 'string' && isRole(role) ? { userId, role } : null;
}

export interface UpdateCallDeps {
  controller: UpdateController;
  settings: UpdateSettingsFile;
}

/**
 * Answers an `updates.*` call in the Electron shell, which owns the updater. As the core's dispatch
 * does: the payload is checked against the channel's schema, the caller must be signed in (the
 * core's session says who, never the payload), and the role rule of the contract applies.
 */
export async function answerUpdateCall(
  channel: UpdateChannel,
  payload: unknown,
  user: Pick<Me, 'role'> | null,
  windowKey: string,
  deps: UpdateCallDeps,
): Promise<Result<unknown>> {
  if (!user) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } };
  const parsed = (contract[channel].input as z.ZodType).safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    const first = issues[0];
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: first ? `${first.path}: ${first.message}` : 'Not valid.',
        issues,
      },
    };
  }
  if (!mayUseUpdateChannel(channel, user.role)) {
    return {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only an administrator may change where this PC gets updates.' },
    };
  }
  try {
    return { ok: true, data: await run(channel, parsed.data, windowKey, deps) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'The update could not be handled; nothing was changed.' },
    };
  }
}

async function run(
  channel: UpdateChannel,
  input: unknown,
  windowKey: string,
  deps: UpdateCallDeps,
): Promise<unknown> {
  const { controller, settings } = deps;
  switch (channel) {
    case 'updates.status':
      return controller.status();
    case 'updates.check':
      return controller.check();
    case 'updates.setFeed': {
      const { url } = input as z.output<(typeof updateChannels)['updates.setFeed']['input']>;
      const check = url === null ? null : parseFeedUrl(url);
      settings.write({ feedUrl: check?.ok ? check.url : null });
      return controller.status();
    }
    case 'updates.restart':
      return controller.restart();
    case 'updates.reportUnsaved': {
      const { rows } = input as z.output<(typeof updateChannels)['updates.reportUnsaved']['input']>;
      controller.reportUnsaved(windowKey, rows);
      return { recorded: true };
    }
  }
}
