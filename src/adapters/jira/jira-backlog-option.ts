import type { JiraCredentials } from './jira-http.js';

/** Where a Jira backlog is and which of its issues to read: `--backlog jira:…` parsed. */
export interface JiraTarget {
  /** `https://northwind.atlassian.net` or `https://jira.example.com/jira`, without a trailing slash. */
  site: string;
  /** The project key, when the backlog names one (`jira:SITE/SHOP`). */
  project?: string;
  /** The JQL filter that selects the issues: `project = "SHOP"`, or the one given with `?jql=`. */
  jql: string;
  /** Cloud (e-mail + API token, REST v3) or Data Center / Server (personal access token, REST v2). */
  deployment: 'cloud' | 'data-center';
  credentials: JiraCredentials;
}

/** The environment variables a Jira backlog reads (the action and the task set them from inputs). */
export interface JiraEnvironment {
  JIRA_SITE?: string | undefined;
  JIRA_EMAIL?: string | undefined;
  JIRA_API_TOKEN?: string | undefined;
  JIRA_PAT?: string | undefined;
}

const jiraOptionHelp =
  'jira:SITE/PROJECT (such as jira:https://northwind.atlassian.net/SHOP), jira:SITE?jql=JQL, or jira:PROJECT with JIRA_SITE set; credentials from JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_PAT (Data Center)';

const projectKey = /^[A-Z][A-Z0-9_]+$/;

/**
 * Reads `jira:…`: a site URL followed by a project key or `?jql=` (JQL, percent-encoded where it
 * holds `&`, `+` or `%`), or a bare project key with the site in JIRA_SITE. The credentials say
 * the deployment: e-mail and API token are Jira Cloud (Basic), a personal access token Data Center
 * (Bearer). A problem comes back as a sentence that says what to write instead.
 */
export function parseJiraOption(
  option: string,
  env: JiraEnvironment,
): { target: JiraTarget } | { problem: string } {
  const spec = option.replace(/^jira:/, '').trim();
  const parts = splitTarget(spec, env.JIRA_SITE?.trim());
  if ('problem' in parts) return parts;
  const credentials = credentialsFrom(env);
  if ('problem' in credentials) return credentials;
  const { site, project, jql } = parts;
  return {
    target: {
      site,
      ...(project === undefined ? {} : { project }),
      jql: jql ?? `project = "${project ?? ''}" ORDER BY key ASC`,
      deployment: credentials.deployment,
      credentials: credentials.credentials,
    },
  };
}

function splitTarget(
  spec: string,
  siteFromEnv: string | undefined,
): { site: string; project?: string; jql?: string } | { problem: string } {
  const usage = `--backlog takes ${jiraOptionHelp}; not "jira:${spec}"`;
  if (projectKey.test(spec)) {
    if (siteFromEnv === undefined || siteFromEnv === '')
      return {
        problem: `jira:${spec} names no site: set JIRA_SITE to the site URL, or write jira:SITE/${spec}`,
      };
    const site = siteOf(siteFromEnv);
    return site === undefined
      ? { problem: `JIRA_SITE "${siteFromEnv}" is not an http(s) URL` }
      : { site, project: spec };
  }
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return { problem: usage };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: usage };
  if (url.username !== '' || url.password !== '')
    return {
      problem: 'the Jira site URL must not carry credentials: set JIRA_EMAIL and JIRA_API_TOKEN, or JIRA_PAT',
    };
  const jqlIndex = spec.indexOf('?jql=');
  if (jqlIndex !== -1) {
    const site = siteOf(spec.slice(0, jqlIndex));
    const raw = spec.slice(jqlIndex + '?jql='.length);
    let jql: string;
    try {
      jql = decodeURIComponent(raw).trim();
    } catch {
      return { problem: `the JQL after ?jql= is not percent-encoded correctly: "${raw}"` };
    }
    if (site === undefined || jql === '') return { problem: usage };
    return { site, jql };
  }
  if (url.search !== '' || url.hash !== '') return { problem: usage };
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const key = segments.pop();
  if (key === undefined || !projectKey.test(key)) {
    return { problem: `${usage} (the last part of the URL must be a project key such as SHOP)` };
  }
  return { site: `${url.origin}${segments.map((s) => `/${s}`).join('')}`, project: key };
}

function siteOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

function credentialsFrom(
  env: JiraEnvironment,
): { deployment: JiraTarget['deployment']; credentials: JiraCredentials } | { problem: string } {
  const email = env.JIRA_EMAIL?.trim() ?? '';
  const apiToken = env.JIRA_API_TOKEN?.trim() ?? '';
  const pat = env.JIRA_PAT?.trim() ?? '';
  if (pat !== '' && apiToken !== '') {
    return {
      problem:
        'both JIRA_PAT and JIRA_API_TOKEN are set: set JIRA_EMAIL and JIRA_API_TOKEN for Jira Cloud, or only JIRA_PAT for Data Center',
    };
  }
  if (pat !== '') {
    return { deployment: 'data-center', credentials: { authorization: `Bearer ${pat}`, secrets: [pat] } };
  }
  if (apiToken !== '' && email !== '') {
    const basic = Buffer.from(`${email}:${apiToken}`).toString('base64');
    return {
      deployment: 'cloud',
      credentials: { authorization: `Basic ${basic}`, secrets: [apiToken, basic] },
    };
  }
  return {
    problem:
      apiToken !== ''
        ? 'JIRA_API_TOKEN is set but JIRA_EMAIL is not: Jira Cloud takes the e-mail address of the token’s account with it'
        : 'no Jira credentials: set JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud), or JIRA_PAT (Data Center personal access token)',
  };
}
