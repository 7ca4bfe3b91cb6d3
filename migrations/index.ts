/** Every migration, in order. `npm run migration:generate <Name>` appends here. */
import { SyncErrorCode1796419183426 } from './1796419183426-SyncErrorCode';
import { DeliveryErrorCode1796420270468 } from './1796420270468-DeliveryErrorCode';
import { OrgNamesUniqueIgnoringCase1796407806902 } from './1796407806902-OrgNamesUniqueIgnoringCase';
import { PlaybookStepOffset1796401236172 } from './1796401236172-PlaybookStepOffset';
import { ApiGaps1796397564693 } from './1796397564693-ApiGaps';
import { AuditRefusalDetail1796397546243 } from './1796397546243-AuditRefusalDetail';
import { NamesUniqueIgnoringCase1796397503543 } from './1796397503543-NamesUniqueIgnoringCase';
import { SyncRunCheckpoint1796397626159 } from './1796397626159-SyncRunCheckpoint';
import { EmailCaseInsensitive1796397314949 } from './1796397314949-EmailCaseInsensitive';
import { CertificationAttempts1796226807737 } from './1796226807737-CertificationAttempts';
import { ProgramArchive1796226456261 } from './1796226456261-ProgramArchive';
import { AuditActorKind1796226137826 } from './1796226137826-AuditActorKind';
import { ProgramCharters1795437560098 } from './1795437560098-ProgramCharters';
import { Snapshots1795435649734 } from './1795435649734-Snapshots';
import { PracticeBudgetsPlaybooksIncentives1795433926342 } from './1795433926342-PracticeBudgetsPlaybooksIncentives';
import { Connectors1795433663354 } from './1795433663354-Connectors';
import { Notifications1795433535788 } from './1795433535788-Notifications';
import { Certifications1795433427153 } from './1795433427153-Certifications';
import { SkillPaths1795433212990 } from './1795433212990-SkillPaths';
import { Foundation1795432663333 } from './1795432663333-Foundation';
export const ALL_MIGRATIONS = [
  Foundation1795432663333,
  SkillPaths1795433212990,
  Certifications1795433427153,
  Notifications1795433535788,
  Connectors1795433663354,
  PracticeBudgetsPlaybooksIncentives1795433926342,
  Snapshots1795435649734,
  ProgramCharters1795437560098,
  AuditActorKind1796226137826,
  ProgramArchive1796226456261,
  CertificationAttempts1796226807737,
  EmailCaseInsensitive1796397314949,
  NamesUniqueIgnoringCase1796397503543,
  AuditRefusalDetail1796397546243,
  ApiGaps1796397564693,
  SyncRunCheckpoint1796397626159,
  PlaybookStepOffset1796401236172,
  OrgNamesUniqueIgnoringCase1796407806902,
  SyncErrorCode1796419183426,
  DeliveryErrorCode1796420270468,
];
