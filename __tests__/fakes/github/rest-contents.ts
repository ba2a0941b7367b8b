import { createHash } from 'node:crypto';
import type { RestAnswer, RestContext } from './rest-support.js';
import { findRepository, isAnswer, notFound } from './rest-support.js';

/**
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=`: one file seeded with `state.addFile`, as GitHub's
 * `content-file` (base64, wrapped at 60 characters as GitHub does); 404 when it is not there.
 * Directories and the raw media type are not served.
 */
export function getContent(ctx: RestContext): RestAnswer {
  const repository = findRepository(ctx);
  if (isAnswer(repository)) return repository;
  const ref = ctx.query.get('ref');
  if (ref === null) ctx.strict('the fake serves contents only at an explicit ref');
  const path = ctx.params.path ?? '';
  const text = repository.files.get(ref ?? '')?.get(path);
  if (text === undefined) return notFound();
  const bytes = Buffer.from(text, 'utf8');
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const self = `${ctx.urls.api}/repos/${repository.fullName}/contents/${path}?ref=${ref ?? ''}`;
  const git = `${ctx.urls.api}/repos/${repository.fullName}/git/blobs/${sha}`;
  const html = `${ctx.urls.html}/${repository.fullName}/blob/${ref ?? ''}/${path}`;
  return {
    status: 200,
    body: {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: path.split('/').at(-1) ?? path,
      path,
      content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${repository.fullName}/${ref ?? ''}/${path}`,
      _links: { self, git, html },
    },
  };
}
