import { Injectable } from '@nestjs/common';
import { ConnectorPort } from './ports';

/** What a factory gets: the connector's settings and its decrypted secrets. */
export interface ConnectorDefinition {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly settings: Record<string, unknown>;
  readonly secrets: Record<string, string>;
}

export type ConnectorFactory = (definition: ConnectorDefinition) => ConnectorPort;

/** Checks a kind's settings when HR saves them; throws BAD_USER_INPUT naming the setting. */
export type SettingsCheck = (settings: Record<string, unknown>) => void;

/** Kinds whose records arrive by push (SCIM) or upload (CSV): no pull port. */
export const PUSH_KINDS = ['SCIM', 'CSV'] as const;

/** Connector kinds and how to build their port. Connectors register at module init; tests may add kinds. */
@Injectable()
export class ConnectorRegistry {
  private readonly factories = new Map<string, ConnectorFactory>();
  private readonly checks = new Map<string, SettingsCheck>();

  /** `check`, when given, refuses bad settings as they are saved rather than when the connector first runs. */
  register(kind: string, factory: ConnectorFactory, check?: SettingsCheck): void {
    this.factories.set(kind, factory);
    if (check) this.checks.set(kind, check);
  }

  checkSettings(kind: string, settings: Record<string, unknown>): void {
    this.checks.get(kind)?.(settings);
  }

  kinds(): string[] {
    return [...PUSH_KINDS, ...this.factories.keys()];
  }

  knows(kind: string): boolean {
    return this.kinds().includes(kind);
  }

  /** Whether connectors of this kind can be pulled (run on demand or on a schedule). */
  pulls(kind: string): boolean {
    return this.factories.has(kind);
  }

  /** The pull port of a connector; null for push/upload kinds. */
  build(definition: ConnectorDefinition): ConnectorPort | null {
    const factory = this.factories.get(definition.kind);
    return factory ? factory(definition) : null;
  }
}
