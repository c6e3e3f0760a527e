/**
 * The letters on a photo placeholder: the first letters of the last two words of the name,
 * upper-cased with their diacritics (`Nguyễn Văn An` → `VA`, `Lê Thị Hồng Nhung` → `HN`,
 * `Trường THPT Long Xuyên` → `LX`, `Ánh` → `Á`).
 *
 * Vietnamese names put the family name first and the given name last, and some 40% of people
 * share a handful of family names, so the end of a name is what tells people apart; an honorific
 * in front (`Ông`, `Bà`) does not change it, and for a collective the end is usually its place.
 * Words that do not start with a letter (`-`, `(1)`, `2023`) are skipped.
 */
export function initials(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(-2)
    .map((word) => [...word][0])
    .join('')
    .toLocaleUpperCase('vi');
}
