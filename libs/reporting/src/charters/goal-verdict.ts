export type GoalDirection = 'AT_LEAST' | 'AT_MOST';

/**
 * Whether a goal is met: null without a sample. A cohort share (`monotonic`) can only grow within
 * its window, so reaching the target is final at once; otherwise (a business metric, whose means
 * still move) the goal is judged only once its window closed. Short of the target with the window
 * open → null (not measurable yet).
 */
export function goalVerdict(actual: number | null, target: number, windowClosed: boolean, direction: GoalDirection, monotonic: boolean): boolean | null {
  if (actual === null) return null;
  const reached = direction === 'AT_LEAST' ? actual >= target : actual <= target;
  if (windowClosed) return reached;
  return monotonic && reached ? true : null;
}
