/**
 * Effect keys are derived, never random: `<ticket>/<clock>/<cycle>/<kind>/<level>`. The state stores
 * the part after the ticket id (the ticket id is the same for every key of a ticket).
 */
export function localKey(clock: string, cycle: number, kind: string, level: number | string): string {
  return `${clock}/${cycle}/${kind}/${level}`;
}

export function effectKey(ticket: string, local: string): string {
  return `${ticket}/${local}`;
}
