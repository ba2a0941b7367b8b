/**
 * A failure the fake Azure DevOps serves for one matching request:
 * - `none`: the normal answer (queued first, it aims a later fault at the k-th request);
 * - `status`: an error status with the service's body (`{ message, typeKey }`) instead of the
 *   normal answer, which is not carried out — 500, 502, 401, 404, or 429 with `retryAfter` seconds;
 * - `hang`: the request is carried out but never answered, the connection held open (a client
 *   without a socket timeout would wait for ever);
 * - `truncate`: the request is carried out and answered 200, with the JSON cut in half.
 */
export type AzureFault =
  | { type: 'none' }
  | { type: 'status'; status: number; retryAfter?: number; message?: string }
  | { type: 'hang' }
  | { type: 'truncate' };

/**
 * Per-route queues of faults. A route is the fake's route key, `METHOD template` as the official
 * description writes it (`POST /{organization}/{project}/{team}/_apis/wit/wiql`).
 */
export class AzureFaults {
  private readonly queues = new Map<string, AzureFault[]>();

  /** Queues faults for the next requests to `route`, in order; each is served once. */
  enqueue(route: string, ...faults: AzureFault[]): void {
    this.queues.set(route, [...(this.queues.get(route) ?? []), ...faults]);
  }

  take(route: string): AzureFault | undefined {
    return this.queues.get(route)?.shift();
  }

  /** Faults queued but never served: a test aiming at the wrong route. */
  pending(): string[] {
    return [...this.queues].flatMap(([route, faults]) => faults.map((f) => `${route}: ${f.type}`));
  }
}

const messages: Record<number, { message: string; typeKey: string }> = {
  401: {
    message: 'TF400813: The user is not authorized to access this resource.',
    typeKey: 'UnauthorizedRequestException',
  },
  404: {
    message: 'TF200016: The following project does not exist.',
    typeKey: 'ProjectDoesNotExistWithNameException',
  },
  429: { message: 'TF400733: The request has been throttled.', typeKey: 'RequestThrottledException' },
  500: { message: 'VS403000: An unexpected error occurred.', typeKey: 'UnexpectedException' },
  502: { message: 'Bad Gateway', typeKey: 'BadGateway' },
};

/** The service's answer for a `status` fault: its body, and Retry-After for a throttled request. */
export function faultAnswer(fault: Extract<AzureFault, { type: 'status' }>): {
  status: number;
  body: unknown;
  headers: Record<string, string>;
} {
  const known = messages[fault.status] ?? { message: 'Server Error', typeKey: 'ServerException' };
  return {
    status: fault.status,
    headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
    body: {
      $id: '1',
      innerException: null,
      message: fault.message ?? known.message,
      typeName: `Microsoft.VisualStudio.Services.WebApi.${known.typeKey}, Microsoft.VisualStudio.Services.WebApi`,
      typeKey: known.typeKey,
      errorCode: 0,
      eventId: 3000,
    },
  };
}

/** The body as a `truncate` fault sends it: the first half of its JSON. */
export function truncated(json: string): string {
  return json.slice(0, Math.floor(json.length / 2));
}
