/** Folds Vietnamese text for matching: no case, no diacritics, đ → d (`Đường` and `duong` match). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Every word of the search appears in the text, ignoring case and diacritics. */
export function matchesFolded(text: string, search: string): boolean {
  const hay = fold(text);
  return fold(search)
    .split(' ')
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
