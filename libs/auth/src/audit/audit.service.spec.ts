import { Logger } from '@nestjs/common';
import type { TransactionHost } from '@app/persistence';
import { AuditService } from './audit.service';
import { AuditEntryRepository } from './audit-entry.repository';

describe('AuditService.recordRefusal', () => {
  const viewer = { employeeId: '5c1f8b0e-6a4e-4e5b-9a43-0d0b7f1c2a3d', roles: [], subject: 'sub' };

  it('a refusal whose entry cannot be written still resolves (the caller keeps its 4xx) and is logged', async () => {
    const tx = { whenSettled: () => Promise.reject(new Error('connection lost')) } as unknown as TransactionHost;
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await expect(new AuditService(new AuditEntryRepository(tx), tx).recordRefusal(viewer, 'INVALID', 'call', 'Operation', 'GET /x')).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('connection lost'));
    logged.mockRestore();
  });
});
