/** The SCIM 2.0 service provider at /scim/v2: controllers and the providers they need. */
import { ScimAuth } from './scim-auth';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { ScimGroupsController } from './scim-groups.controller';
import { ScimGroupsService } from './scim-groups.service';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersRepository } from './scim-users.repository';
import { ScimUsersService } from './scim-users.service';

export const SCIM_SERVER_PROVIDERS = [ScimAuth, ScimUsersRepository, ScimUsersService, ScimGroupsService];
export const SCIM_SERVER_CONTROLLERS = [ScimDiscoveryController, ScimUsersController, ScimGroupsController];
