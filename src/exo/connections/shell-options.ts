import type { RetryPolicy } from '../client/retry.js';

/** Where Connect-ExchangeOnline goes when the command line does not say: Microsoft's cloud, or the sandbox `exosh -Sandbox` started. */
export interface DefaultTarget {
  connectionUri?: string;
  authorizationEndpointUri?: string;
}

/** How the Exchange part of the shell is set up; everything has a production default. */
export interface ExoShellOptions {
  defaults?: DefaultTarget;
  /** Token cache, certificate store and cmdlet catalog live below it; configDir() by default. */
  configDir?: string;
  moduleVersion?: string;
  fetch?: typeof fetch;
  /** Disconnect-ExchangeOnline's confirmation on a terminal; @inquirer/prompts by default. */
  confirm?(message: string): Promise<boolean>;
  openBrowser?(url: string): Promise<void>;
  /** Backoff tuning for the REST client (tests shorten it). */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** Environment consulted for browser detection; process.env by default. */
  processEnv?: NodeJS.ProcessEnv;
}
