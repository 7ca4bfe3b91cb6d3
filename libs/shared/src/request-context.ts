import { AsyncLocalStorage } from 'node:async_hooks';

export type Role = 'HR_ADMIN' | 'MANAGER' | 'EMPLOYEE';

/** Who is calling: the employee their token maps to, and their roles. */
export interface Viewer {
  employeeId: string;
  roles: Role[];
  subject: string;
}

/** Per-request state: request id and viewer (null for anonymous). */
export interface RequestContext {
  requestId: string;
  viewer: Viewer | null;
  ip?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
