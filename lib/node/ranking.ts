/**
 * How well a score ranks labelled lines: the ROC AUC, the chance that a line with the label scores above one without
 * it (ties count half). 0.5 is a coin; it reads the learned layer apart from any threshold, so a low figure on real
 * writing says the model does not tell the label there, and no calibration can fix that.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number | undefined {
  if (positives.length === 0 || negatives.length === 0) return undefined;
  // Mann–Whitney over the pooled ranks, ties given their average rank.
  const pooled = [...positives.map((score) => ({ score, positive: true })), ...negatives.map((score) => ({ score, positive: false }))];
  pooled.sort((a, b) => a.score - b.score);
  let positiveRanks = 0;
  for (let i = 0; i < pooled.length; ) {
    let j = i;
    while (j < pooled.length && pooled[j].score === pooled[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (pooled[k].positive) positiveRanks += averageRank;
    i = j;
  }
  const n = positives.length;
  return (positiveRanks - (n * (n + 1)) / 2) / (n * negatives.length);
}
