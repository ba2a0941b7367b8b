export { startFakeJira, type FakeJira, type FakeJiraOptions, type JiraFault } from './server.js';
export { descriptionFor, sprintFieldId, type FakeJiraIssue, type FakeSprint } from './issues.js';
