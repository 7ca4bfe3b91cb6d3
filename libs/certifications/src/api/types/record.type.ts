import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar, PageOf } from '@app/shared';
import type { RecordView } from '../../record-view';
import type { PartialRecordView } from '../../record-view-columns';
import { CertificationStatusEnum } from './enums';

@ObjectType('CertificationRecord', { description: 'One award of a certification to one employee, with its status today.' })
export class CertificationRecordType {
  @Field(() => ID) id: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID) certificationId: string;
  @Field(() => LocalDateScalar) earnedOn: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last valid day; null: never expires. Never moved by an extension.' }) expiresOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First RENEWAL_DUE day.' }) windowOpensOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last IN_GRACE day.' }) graceEndsOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) extendedUntil: string | null;
  @Field(() => String, { nullable: true }) extensionReason: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revokeReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The record this one renews.' }) renewsId: string | null;
  @Field(() => ID, { nullable: true, description: 'The record that renewed this one.' }) supersededById: string | null;
  @Field(() => String, { nullable: true }) credentialId: string | null;
  @Field(() => String, { nullable: true }) credentialUrl: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field(() => CertificationStatusEnum, { description: 'Status today (organization time zone).' }) status: CertificationStatusEnum;
  @Field(() => Int, { nullable: true, description: 'Days from today to the effective deadline (negative after it); null: never expires.' }) daysLeft: number | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Extended-until date if extended, else expiresOn.' }) effectiveDeadline: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;

  /** A record read with only the fields a query asked for (the others stay unset: they are not resolved). */
  static fromPartial(r: PartialRecordView): CertificationRecordType {
    return Object.assign(new CertificationRecordType(), r) as CertificationRecordType;
  }

  static from(r: RecordView): CertificationRecordType {
    return Object.assign(new CertificationRecordType(), {
      id: r.id,
      employeeId: r.employeeId,
      certificationId: r.certificationId,
      earnedOn: r.earnedOn,
      expiresOn: r.expiresOn,
      windowOpensOn: r.windowOpensOn,
      graceEndsOn: r.graceEndsOn,
      extendedUntil: r.extendedUntil,
      extensionReason: r.extensionReason,
      revokedAt: r.revokedAt,
      revokeReason: r.revokeReason,
      renewsId: r.renewsId,
      supersededById: r.supersededById,
      credentialId: r.credentialId,
      credentialUrl: r.credentialUrl,
      evidenceUrl: r.evidenceUrl,
      status: r.status as CertificationStatusEnum,
      daysLeft: r.daysLeft,
      effectiveDeadline: r.effectiveDeadline,
      createdAt: r.createdAt,
    });
  }
}

export const CertificationRecordPage = PageOf(CertificationRecordType, 'CertificationRecord');
