/**
 * Where the GitHub adapters say what they do. The action maps it to @actions/core (`core.debug`,
 * `core.warning`), the CLI to stderr, tests to an array.
 */
export interface Logger {
  debug(message: string): void;
  warning(message: string): void;
}

/** A logger that blanks every secret (the token) before a message goes anywhere. */
export function redactingLogger(logger: Logger, secrets: readonly string[]): Logger {
  const hidden = secrets.filter((secret) => secret.length > 0);
  const redact = (message: string): string =>
    hidden.reduce((text, secret) => text.split(secret).join('***'), message);
  return {
    debug: (message) => {
      logger.debug(redact(message));
    },
    warning: (message) => {
      logger.warning(redact(message));
    },
  };
}
