/** Every template, family by family, in the order they are offered. A new family is one line in FAMILIES. */
import { personalProgramTemplates } from './personal-program';
import { programTemplates } from './programs';
import { roadmapTemplates } from './roadmaps';
import { stageRowTemplates } from './stage-rows';
import { tableTemplates } from './tables';
import type { Template } from './template';

const FAMILIES: readonly (() => Template[])[] = [
  roadmapTemplates,
  programTemplates,
  personalProgramTemplates,
  stageRowTemplates,
  tableTemplates,
];

export const TEMPLATES: readonly Template[] = FAMILIES.flatMap((family) => family());
