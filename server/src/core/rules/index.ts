/** The rule set, in the order rules run and are documented. The codes are a stable contract. */
import { ambiguousYear } from './ambiguous-year';
import { deadlineBeforeApproval } from './deadline-before-approval';
import { deadlineOutsidePeriod } from './deadline-outside-period';
import { duplicateStage } from './duplicate-stage';
import { extraCells } from './extra-cells';
import { inputLimit } from './input-limit';
import { invalidDate } from './invalid-date';
import { invalidFrontMatter } from './invalid-front-matter';
import { missingActivity } from './missing-activity';
import { missingColumn } from './missing-column';
import { missingDeadline } from './missing-deadline';
import { missingPeriod } from './missing-period';
import { missingResponsible } from './missing-responsible';
import { missingResult } from './missing-result';
import { missingRoadmapTable } from './missing-roadmap-table';
import { missingSection } from './missing-section';
import { missingStage } from './missing-stage';
import { numbering } from './numbering';
import { personalMissingField } from './personal-missing-field';
import { personalOverdue } from './personal-overdue';
import { personalPeriodLength } from './personal-period-length';
import { personalUnreadMark } from './personal-unread-mark';
import { personalUnservedTask } from './personal-unserved-task';
import { placeholder } from './placeholder';
import { reversedRange } from './reversed-range';
import type { Rule } from './rule';
import { scoreInvalidMark } from './score-invalid-mark';
import { scoreLevels } from './score-levels';
import { scoreMultipleMarks } from './score-multiple-marks';
import { scoreOutOfRange } from './score-out-of-range';
import { scoreUnscored } from './score-unscored';
import { targetDecreasing } from './target-decreasing';
import { stageChronology } from './stage-chronology';
import { stageMismatch } from './stage-mismatch';
import { stageOrder } from './stage-order';
import { unknownKind } from './unknown-kind';
import { unknownResponsible } from './unknown-responsible';
import { unknownStage } from './unknown-stage';
import { unparsedDeadline } from './unparsed-deadline';
import { vagueDeadline } from './vague-deadline';

export const RULES: readonly Rule[] = [
  unknownKind,
  inputLimit,
  invalidFrontMatter,
  missingPeriod,
  missingSection,
  missingRoadmapTable,
  personalMissingField,
  personalPeriodLength,
  missingColumn,
  extraCells,
  missingStage,
  stageOrder,
  duplicateStage,
  unknownStage,
  stageMismatch,
  stageChronology,
  missingActivity,
  missingDeadline,
  unparsedDeadline,
  invalidDate,
  reversedRange,
  deadlineOutsidePeriod,
  deadlineBeforeApproval,
  vagueDeadline,
  ambiguousYear,
  missingResponsible,
  unknownResponsible,
  missingResult,
  placeholder,
  numbering,
  scoreInvalidMark,
  scoreMultipleMarks,
  scoreUnscored,
  scoreLevels,
  targetDecreasing,
  scoreOutOfRange,
  personalUnservedTask,
  personalUnreadMark,
  personalOverdue,
];

export type { Rule };
