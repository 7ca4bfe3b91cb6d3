import { createUnionType, Field, ObjectType } from '@nestjs/graphql';
import { DuplicateNameError } from '@app/shared';
import { CertificationType } from './certification.type';
import { CertificationRecordType } from './record.type';

@ObjectType('DuplicateCredentialError', { description: 'This credential id is already recorded for this certification.' })
export class DuplicateCredentialError {
  @Field() message: string;
  @Field() field: string;
}

@ObjectType('ExtensionNotAfterExpiryError', { description: 'An extension must end after the expiry date (and the record must expire).' })
export class ExtensionNotAfterExpiryError {
  @Field() message: string;
  @Field() field: string;
}

@ObjectType('RecordNotCurrentError', { description: 'The record was renewed or revoked; only the current record can change.' })
export class RecordNotCurrentError {
  @Field() message: string;
}

@ObjectType('AlreadyRevokedError', { description: 'The record is already revoked.' })
export class AlreadyRevokedError {
  @Field() message: string;
}

export const CertificationResult = createUnionType({
  name: 'CertificationResult',
  types: () => [CertificationType, DuplicateNameError] as const,
  resolveType: (v: object) => (v instanceof DuplicateNameError ? DuplicateNameError : CertificationType),
});

export const RecordCertificationResult = createUnionType({
  name: 'RecordCertificationResult',
  types: () => [CertificationRecordType, DuplicateCredentialError] as const,
  resolveType: (v: object) => (v instanceof DuplicateCredentialError ? DuplicateCredentialError : CertificationRecordType),
});

export const ExtendCertificationResult = createUnionType({
  name: 'ExtendCertificationResult',
  types: () => [CertificationRecordType, ExtensionNotAfterExpiryError, RecordNotCurrentError] as const,
  resolveType: (v: object) =>
    v instanceof ExtensionNotAfterExpiryError ? ExtensionNotAfterExpiryError : v instanceof RecordNotCurrentError ? RecordNotCurrentError : CertificationRecordType,
});

export const RevokeCertificationResult = createUnionType({
  name: 'RevokeCertificationResult',
  types: () => [CertificationRecordType, AlreadyRevokedError] as const,
  resolveType: (v: object) => (v instanceof AlreadyRevokedError ? AlreadyRevokedError : CertificationRecordType),
});

export const failure = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);
