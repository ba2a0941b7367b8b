import type { BacklogFactories } from '../../app/backlog-option.js';
import type { PullRequestFacts } from '../../app/base-model.js';
import type { RunRequest } from '../../app/run-request.js';
import { azureBoardsProvider } from './azure-boards-provider.js';
import { readBaseModel } from './base-model.js';
import type { BuildContext, TaskInputs } from './task-context.js';
import type { TaskIo } from './task-io.js';

/** The task's inputs as a run. */
export function taskRunRequest(inputs: TaskInputs): RunRequest {
  return {
    model: inputs.model,
    ...(inputs.config === undefined ? {} : { config: inputs.config }),
    ...(inputs.knowledgeBase === undefined ? {} : { knowledgeBase: inputs.knowledgeBase }),
    ...(inputs.profile === undefined ? {} : { profile: inputs.profile }),
    backlog: inputs.backlog,
    ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
    failOnNewOnly: inputs.failOnNewOnly,
  };
}

/** The backlog kinds the task builds besides a file: this project's Azure Boards work items. */
export function taskBacklogFactories(inputs: TaskInputs, build: BuildContext, io: TaskIo): BacklogFactories {
  const azure = {
    create: async () => {
      if (build.collectionUrl === '' || build.project === '') {
        return {
          ok: false as const,
          message:
            'threat-align: Azure Boards needs System.CollectionUri and System.TeamProject: run the task in an Azure Pipelines job, or set backlog to file:PATH.',
        };
      }
      return {
        ok: true as const,
        value: azureBoardsProvider({
          client: await io.workItems(),
          collectionUrl: build.collectionUrl,
          project: build.project,
          filter: {
            ...(inputs.areaPath === undefined ? {} : { areaPath: inputs.areaPath }),
            tags: inputs.tags,
            workItemTypes: inputs.workItemTypes,
          },
        }),
      };
    },
  };
  return { azure, 'azure-boards': azure };
}

/**
 * The target branch's model, as the application layer asks for it. A failure to read it (no
 * permission, no token, a shallow clone) makes it unknown, with why: the comparison adds to the
 * report, so failing to make it does not fail the run.
 */
export function taskPullRequestFacts(build: BuildContext, io: TaskIo): PullRequestFacts {
  return {
    readBaseModel: (path) =>
      readBaseModel(build, path, io).catch((error: unknown) => ({
        state: 'unknown' as const,
        reason: (error instanceof Error ? error.message : String(error)).replace(/\.$/, ''),
      })),
  };
}
