/**
 * Lists the way Vietnamese official documents number points: a), b), c), d), đ), e), g)...
 * (the Vietnamese alphabet, which has đ and no f, j, w, z).
 */
const pointLetters = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

export const pointLabel = (index: number) => `${pointLetters[index % pointLetters.length]!})`;

/** Each item as a point ending ";" and the last "." (items are written without final punctuation). */
export const pointLines = (items: string[]) =>
  items.map((item, index) => `${pointLabel(index)} ${item}${index === items.length - 1 ? '.' : ';'}`);
