import type { FailOn } from '../core/config/config.js';
import type { Profile } from '../core/expand/expansion.js';

/**
 * A run as every front end asks for it, once its platform's inputs are translated: the CLI's
 * arguments, the Action's inputs and the task's inputs all become this.
 */
export interface RunRequest {
  /** The model's path, relative to the workspace root. */
  model: string;
  /** How messages and reports name the model when not by its path (`<stdin>` for the CLI's `-`). */
  modelShownAs?: string;
  /**
   * The configuration file named explicitly; undefined: `.threat-align.yaml` if there is one;
   * false: the front end looked for one where its users expect it and found none (the defaults).
   */
  config?: string | false;
  /** A knowledge base to use instead of the model's: name@version or a folder. */
  knowledgeBase?: string;
  profile?: Profile;
  /** The backlog option (`file:PATH`, `github`, …); undefined: no backlog, the backlog checks stay quiet. */
  backlog?: string;
  /** `fail-on` given explicitly: it wins over the configuration's `failOn`. */
  failOn?: FailOn;
  /** Judge only the findings new against the base, when the base is known. */
  failOnNewOnly?: boolean;
}

/** The configuration file read when none is named. */
export const defaultConfigFile = '.threat-align.yaml';
