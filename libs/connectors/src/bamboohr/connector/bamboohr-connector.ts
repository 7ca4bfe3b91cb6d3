import { Injectable, OnModuleInit } from '@nestjs/common';
import { BambooHrClient } from '../client';
import { ConnectorDefinition, ConnectorRegistry } from '../../core/registry';
import { bambooHrClientConfig, readBambooHrSettings } from './bamboohr-settings';
import { BambooHrPort } from './bamboohr-port';

export const BAMBOOHR_KIND = 'BAMBOOHR';

/** Builds the port of a BAMBOOHR connector from its settings and decrypted API key. */
export function buildBambooHrPort(definition: ConnectorDefinition): BambooHrPort {
  const settings = readBambooHrSettings(definition.settings);
  return new BambooHrPort(new BambooHrClient(bambooHrClientConfig(definition, settings)), settings);
}

/** Registers the BAMBOOHR kind at module init. */
@Injectable()
export class BambooHrConnectorRegistration implements OnModuleInit {
  constructor(private readonly registry: ConnectorRegistry) {}

  onModuleInit(): void {
    this.registry.register(BAMBOOHR_KIND, buildBambooHrPort);
  }
}
