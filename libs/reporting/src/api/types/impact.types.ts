import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CertificationImpactResult } from '../../impact/impact.service';
import { ImpactInference } from '../../domain/stats';

export enum ImpactVerdictEnum {
  IMPROVED = 'IMPROVED',
  WORSENED = 'WORSENED',
  INCONCLUSIVE = 'INCONCLUSIVE',
}
registerEnumType(ImpactVerdictEnum, { name: 'ImpactVerdict', description: 'IMPROVED / WORSENED only when significant at 95%.' });

@ObjectType('ImpactTest', { description: 'One t-test. Differences in raw metric units; improvement is positive when better.' })
export class ImpactTestType {
  @Field(() => Float, { nullable: true }) meanDifference: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% confidence interval of meanDifference.' }) ciLow: number | null;
  @Field(() => Float, { nullable: true }) ciHigh: number | null;
  @Field(() => Float, { nullable: true }) standardError: number | null;
  @Field(() => Float, { nullable: true }) degreesOfFreedom: number | null;
  @Field(() => Float, { nullable: true }) pValue: number | null;
  @Field({ description: 'Whether a t-test ran (enough people and some variation); without one there is no interval, p-value or degrees of freedom.' }) tested: boolean;
  @Field() significant: boolean;
  @Field(() => Float, { nullable: true }) improvement: number | null;
  @Field(() => ImpactVerdictEnum) verdict: ImpactVerdictEnum;
  @Field(() => String, { nullable: true, description: 'Plain warning, e.g. samples too small to say anything.' }) warning: string | null;

  static fill<T extends ImpactTestType>(target: T, i: ImpactInference): T {
    Object.assign(target, {
      meanDifference: i.meanDifference,
      ciLow: i.ci95?.[0] ?? null,
      ciHigh: i.ci95?.[1] ?? null,
      standardError: i.standardError,
      degreesOfFreedom: i.degreesOfFreedom,
      pValue: i.pValue,
      tested: i.tested,
      significant: i.significant,
      improvement: i.improvement,
      verdict: i.verdict.toUpperCase() as ImpactVerdictEnum,
      warning: i.warning,
    });
    return target;
  }
}

@ObjectType('PairedImpact', { description: "Each certified person's window after earning vs their window before." })
export class PairedImpactType extends ImpactTestType {
  @Field(() => Int) n: number;
  @Field(() => Float, { nullable: true }) meanBefore: number | null;
  @Field(() => Float, { nullable: true }) meanAfter: number | null;
}

@ObjectType('PeerImpact', { description: 'Change of certified people vs change of not-yet-certified peers in the same job role over the same months (Welch).' })
export class PeerImpactType extends ImpactTestType {
  @Field(() => Int) nCertified: number;
  @Field(() => Int) nPeers: number;
  @Field(() => Float, { nullable: true }) meanChangeCertified: number | null;
  @Field(() => Float, { nullable: true }) meanChangePeers: number | null;
}

@ObjectType('CertificationImpact')
export class CertificationImpactType {
  @Field() certificationId: string;
  @Field() certificationName: string;
  @Field({ description: 'Required (not optional) for a job role in the population.' }) requiredHere: boolean;
  @Field() metricKey: string;
  @Field() metricName: string;
  @Field(() => String, { nullable: true }) metricUnit: string | null;
  @Field() higherIsBetter: boolean;
  @Field(() => Int) beforeMonths: number;
  @Field(() => Int) afterMonths: number;
  @Field(() => PairedImpactType) paired: PairedImpactType;
  @Field(() => PeerImpactType) peers: PeerImpactType;
  @Field() summary: string;
  @Field(() => Float, { nullable: true, description: 'Ranking key: the 95% bound of the improvement closest to zero; null when no test ran (not ranked).' }) rankScore: number | null;

  static from(r: CertificationImpactResult): CertificationImpactType {
    const { paired, peers } = r.analysis;
    return Object.assign(new CertificationImpactType(), {
      certificationId: r.certificationId,
      certificationName: r.certificationName,
      requiredHere: r.requiredHere,
      metricKey: r.metric.key,
      metricName: r.metric.name,
      metricUnit: r.metric.unit,
      higherIsBetter: r.metric.higherIsBetter,
      beforeMonths: r.beforeMonths,
      afterMonths: r.afterMonths,
      paired: ImpactTestType.fill(Object.assign(new PairedImpactType(), { n: paired.n, meanBefore: paired.meanBefore, meanAfter: paired.meanAfter }), paired),
      peers: ImpactTestType.fill(
        Object.assign(new PeerImpactType(), { nCertified: peers.nA, nPeers: peers.nB, meanChangeCertified: peers.meanChangeCertified, meanChangePeers: peers.meanChangePeers }),
        peers,
      ),
      summary: r.analysis.summary,
      rankScore: r.rankScore,
    });
  }
}
