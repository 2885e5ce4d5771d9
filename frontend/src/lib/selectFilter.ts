import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { matchesFolded } from './text';

/** Select/Autocomplete filter that ignores case and Vietnamese diacritics (typing `tay ninh` finds Tây Ninh). */
export const vietnameseFilter: OptionsFilter = ({ options, search }) => {
  const out: ComboboxParsedItem[] = [];
  for (const item of options) {
    if ('group' in item) {
      const items: ComboboxItem[] = item.items.filter((i) => matchesFolded(i.label, search));
      if (items.length) out.push({ group: item.group, items });
    } else if (matchesFolded(item.label, search)) {
      out.push(item);
    }
  }
  return out;
};
