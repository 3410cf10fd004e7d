// Which store names fit: the biggest stores first, a name dropped when its box
// would overlap one already placed (so names in one city never print over each other).
export interface Label {
  id: string;
  x: number;
  y: number;
  text: string;
  weight: number;
}

const CHAR_WIDTH = 11;
const HEIGHT = 13;

export function placeLabels(candidates: Label[]): Label[] {
  const placed: Array<Label & { box: [number, number, number, number] }> = [];
  for (const label of [...candidates].sort((a, b) => b.weight - a.weight)) {
    const box: [number, number, number, number] = [label.x, label.y - HEIGHT, label.x + label.text.length * CHAR_WIDTH, label.y + 2];
    if (placed.some((p) => box[0] < p.box[2] && p.box[0] < box[2] && box[1] < p.box[3] && p.box[1] < box[3])) continue;
    placed.push({ ...label, box });
  }
  return placed;
}
