/** Every migration, in order. `npm run migration:generate <Name>` appends here. */
import { Foundation1795432663333 } from './1795432663333-Foundation';
export const ALL_MIGRATIONS = [
  Foundation1795432663333,
];
