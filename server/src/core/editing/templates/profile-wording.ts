/** The built-in profiles as templates name them: Russian words, slugs and labels. */
import { BUILTIN_PROFILES, type Profile } from '../../domain/profiles';

export const PROFILE_RU: Readonly<Record<string, { genitive: string; slug: string; label: string }>> = {
  teachers: { genitive: 'педагогических работников', slug: 'педагоги', label: 'педагоги' },
  pupils: { genitive: 'обучающихся', slug: 'обучающиеся', label: 'обучающиеся' },
  municipal: { genitive: 'педагогических работников (муниципальный уровень)', slug: 'муниципальный', label: 'муниципальный комплекс мер' },
};

export function profileById(id: string): Profile {
  const p = BUILTIN_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no built-in profile ${id}`); // a programming error, not a document's
  return p;
}
