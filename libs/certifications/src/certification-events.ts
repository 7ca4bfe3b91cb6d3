/** Published (EventEmitter2.emitAsync, inside the transaction) when a certification is recorded or renewed. */
export const CERTIFICATION_RECORDED = 'certification.recorded';

export interface CertificationRecorded {
  employeeId: string;
  certificationId: string;
  recordId: string;
}
