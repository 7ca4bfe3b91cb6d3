import dayjs from 'dayjs';

interface Month { month: string; conversations: number; stepsDone: number; stepsOverdue: number }

/** Chart rows, oldest month first, with readable month names. */
export function trendRows(months: Month[]) {
  return months.map((m) => ({
    month: dayjs(`${m.month}-01`).format('MMM YYYY'),
    Conversations: m.conversations,
    'Steps done': m.stepsDone,
    'Steps overdue': m.stepsOverdue,
  }));
}
