/**
 * Duty effects, like ticket effects (effects/effect.ts): data with a key derived from the
 * occurrence id and the kind, so a host that delivers at least once and checks the key delivers
 * each exactly once. `at` is when the thing happened or fell due, not when the engine noticed.
 */
export type DutyEffectKind = "duty-due" | "duty-overdue" | "duty-missed" | "duty-escalation";

export const DUTY_EFFECT_KINDS = [
  "duty-due",
  "duty-overdue",
  "duty-missed",
  "duty-escalation",
] as const satisfies readonly DutyEffectKind[];

export interface DutyEffect {
  /** `<occurrence id>/<kind>` (`/<level>` for escalations). */
  key: string;
  kind: DutyEffectKind;
  occurrence: string;
  duty: string;
  at: number;
  site?: string;
  zone?: string;
  item?: string;
  /** Who to tell: the duty's roles and `notify` when due; the escalation level's roles. */
  roles: string[];
  level?: number;
}
