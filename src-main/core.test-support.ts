import type { Core } from './core';

/**
 * Signs in through `auth.login` from `fromKey` and answers with the key the core drew for the new
 * session: the key a caller held before signing in is never the signed-in one.
 */
export async function signInKey(
  core: Core,
  username: string,
  password: string,
  fromKey = 'window',
): Promise<string> {
  let drawn: string | undefined;
  const answer = await core.dispatch(fromKey, 'auth.login', { username, password }, (key) => {
    drawn = key;
  });
  if (!answer.ok) throw new Error(`sign-in of ${username}: ${answer.error.message}`);
  if (drawn === undefined) throw new Error(`sign-in of ${username} drew no session key`);
  return drawn;
}
