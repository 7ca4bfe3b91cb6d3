import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@app/shared';

export interface DemoToken { label: string; name: string; token: string }

export async function loadDemoOrganizationIfEmpty(_app: INestApplication, _config: AppConfig): Promise<DemoToken[] | null> {
  return null;
}
