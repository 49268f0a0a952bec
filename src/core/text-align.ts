/**
 * Maps offsets of the reading text onto the text the browser rendered. The two hold the same
 * characters in the same order; they differ only in white space between and inside blocks
 * (the reading text separates blocks with a blank line, the DOM with whatever the HTML had).
 * Returns, for every reading offset 0..reading.length, the rendered offset (end positions
 * included), so a span [start, end) maps to [map[start], map[end]).
 */
export function alignOffsets(reading: string, rendered: string): Int32Array {
  const map = new Int32Array(reading.length + 1);
  let j = 0;
  for (let i = 0; i < reading.length; i++) {
    const c = reading[i];
    if (j < rendered.length && rendered[j] === c) {
      map[i] = j++;
      continue;
    }
    if (isSpace(c)) {
      // White space the DOM does not have (block separators): stays where the DOM is.
      map[i] = j;
      continue;
    }
    // Skip white space the DOM has and the reading text does not, then expect the character.
    while (j < rendered.length && rendered[j] !== c && isSpace(rendered[j])) j++;
    map[i] = j;
    if (j < rendered.length && rendered[j] === c) j++;
  }
  map[reading.length] = j;
  return map;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}
