/** A Sunday about `weeks` weeks ahead, so a block of about that length starts next week whatever day the suite runs. */
export function raceSundayAhead(weeks: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}
