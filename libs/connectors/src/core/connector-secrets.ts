import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/shared';
import { Connector } from './entities/connector.entity';
import { connectorKeyFrom, SecretBox } from './secret-box';

/** Seals and opens connector secrets with the configured CONNECTOR_SECRET_KEY (checked at boot). */
@Injectable()
export class ConnectorSecrets {
  private readonly box: SecretBox;

  constructor(config: AppConfig) {
    this.box = new SecretBox(connectorKeyFrom(config, config.isProduction));
  }

  seal(connectorId: string, secrets: Record<string, string>): string | null {
    return Object.keys(secrets).length ? this.box.seal(secrets, connectorId) : null;
  }

  open(connector: Pick<Connector, 'id' | 'secretsSealed'>): Record<string, string> {
    return connector.secretsSealed ? this.box.open(connector.secretsSealed, connector.id) : {};
  }
}
