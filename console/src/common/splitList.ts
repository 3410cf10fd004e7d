// What an operator types as a list (tags, cities, models): commas, Chinese commas
// or spaces between the items, empty items dropped.
export const splitList = (text: string | undefined) => (text ?? '').split(/[,，\s]+/).filter(Boolean);
