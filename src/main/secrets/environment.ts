import { MemorySecrets } from './memory';

/** The secret an environment variable gives, by the variable's name. */
export const ENVIRONMENT_SECRETS = {
  /** The mailbox password, for whatever mailbox is connected (the person who set it runs this host). */
  FOLLOWTHROUGH_MAIL_PASSWORD: 'mail.password.environment',
} as const;

/**
 * The browser host's secrets: in memory, starting with those its environment gives. Each variable
 * is read once and taken out of `env`, so no process started later inherits the password.
 */
export function secretsFromEnvironment(env: NodeJS.ProcessEnv): MemorySecrets {
  const given: Record<string, string> = {};
  for (const [variable, key] of Object.entries(ENVIRONMENT_SECRETS)) {
    const value = env[variable];
    delete env[variable];
    if (value) given[key] = value;
  }
  return new MemorySecrets(Object.keys(given).length > 0 ? 'environment' : 'memory', given);
}
