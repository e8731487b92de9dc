// Splits an article's text into runs covered by the same annotations, so nested and overlapping
// spans (an actor inside a quote, a trigger inside an evidence sentence) render as flat elements.
// Offsets are half-open [start, end) UTF-16 offsets, as in schema v1 and JavaScript strings.

/**
 * @param {number} length the text's length
 * @param {Array<{start:number,end:number}>} annotations spans; out-of-range parts are clipped,
 *     empty or inverted spans ignored
 * @returns {Array<{start:number,end:number,covering:Array}>} consecutive runs covering [0, length)
 */
export function runs(length, annotations) {
  const valid = [];
  for (const a of annotations) {
    const start = Math.max(0, Math.min(length, a.start));
    const end = Math.max(0, Math.min(length, a.end));
    if (Number.isInteger(start) && Number.isInteger(end) && start < end) valid.push({ ...a, start, end });
  }
  const cuts = new Set([0, length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...valid].sort((x, y) => x.start - y.start);
  const out = [];
  let open = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    open = open.filter((a) => a.end > start);
    while (next < byStart.length && byStart[next].start <= start) {
      if (byStart[next].end > start) open.push(byStart[next]);
      next++;
    }
    out.push({ start, end, covering: [...open] });
  }
  return out;
}
