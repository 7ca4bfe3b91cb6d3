/** Published (EventEmitter2.emitAsync, inside the transaction) with the awards just created, all awaiting approval. */
export const INCENTIVE_AWARDS_PENDING = 'incentives.awards-pending';

export interface IncentiveAwardsPending {
  awardIds: string[];
}
