import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated, Viewer } from '@app/shared';

export interface AuthedRequest {
  viewer?: Viewer | null;
  headers: Record<string, string | string[] | undefined>;
  id?: string;
}

export function requestOf(context: ExecutionContext): AuthedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  return context.switchToHttp().getRequest<AuthedRequest>();
}

/** The signed-in employee (the guard has already required one). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});
