declare const THREAT_ALIGN_VERSION: string | undefined;

/** The product version, set by the bundler; `0.0.0-dev` when running from source. */
export const toolVersion: string =
  typeof THREAT_ALIGN_VERSION === 'string' ? THREAT_ALIGN_VERSION : '0.0.0-dev';
