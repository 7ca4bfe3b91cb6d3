/** The SCIM 2.0 service provider at /scim/v2: controllers and the providers they need. */
import { ScimAudit } from './scim-audit';
import { ScimAuth } from './scim-auth';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimFallbackController } from './scim-fallback.controller';
import { ScimGroupsController } from './scim-groups.controller';
import { ScimGroupMembership } from './scim-group-membership';
import { ScimGroupsRepository } from './scim-groups.repository';
import { ScimGroupsService } from './scim-groups.service';
import { ScimPushRuns } from './scim-push-runs';
import { ScimUserPush } from './scim-user-push';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersRepository } from './scim-users.repository';
import { ScimUsersService } from './scim-users.service';

export const SCIM_SERVER_PROVIDERS = [
  ScimAuth, ScimAudit, ScimUsersRepository, ScimPushRuns, ScimUserPush, ScimUsersService, ScimGroupsRepository, ScimGroupMembership, ScimGroupsService,
];
/** The fallback comes last: it answers what the others do not serve. */
export const SCIM_SERVER_CONTROLLERS = [ScimDiscoveryController, ScimUsersController, ScimGroupsController, ScimFallbackController];
