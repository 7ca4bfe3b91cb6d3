import { Field } from '@nestjs/graphql';
import { BusinessError, BusinessErrorCode as C, BusinessErrorType, resultUnion } from '@app/shared';
import { CertificationType } from './certification.type';
import { CertificationRecordType } from './record.type';

@BusinessErrorType('DuplicateCredentialError', [C.DUPLICATE_CREDENTIAL], { description: 'This credential id is already recorded for this certification.' })
export class DuplicateCredentialError extends BusinessError {
  @Field() declare field: string;
}

@BusinessErrorType('ExtensionNotAfterExpiryError', [C.EXTENSION_NOT_AFTER_EXPIRY], { description: 'An extension must end after the expiry date (and the record must expire).' })
export class ExtensionNotAfterExpiryError extends BusinessError {
  @Field() declare field: string;
}

@BusinessErrorType('RecordNotCurrentError', [C.RECORD_NOT_CURRENT], { description: 'The record was renewed or revoked; only the current record can change.' })
export class RecordNotCurrentError extends BusinessError {}

@BusinessErrorType('AlreadyRevokedError', [C.ALREADY_REVOKED], { description: 'The record is already revoked.' })
export class AlreadyRevokedError extends BusinessError {}

export const CertificationResult = resultUnion('CertificationResult', CertificationType, [C.DUPLICATE_NAME]);
export const RecordCertificationResult = resultUnion('RecordCertificationResult', CertificationRecordType, [C.DUPLICATE_CREDENTIAL]);
export const ExtendCertificationResult = resultUnion('ExtendCertificationResult', CertificationRecordType, [C.EXTENSION_NOT_AFTER_EXPIRY, C.RECORD_NOT_CURRENT]);
export const RevokeCertificationResult = resultUnion('RevokeCertificationResult', CertificationRecordType, [C.ALREADY_REVOKED]);
