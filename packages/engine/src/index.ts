// @yardstick/engine — compiles a Standard model and enforces it, as pure functions.

// Compile
export type { CompileResult } from "./compile/compile-standard.js";
export { compileRules, compileStandard } from "./compile/compile-standard.js";
export type { CompileOptions } from "./compile/compile-standard.js";
export type { CompileCode } from "./compile/compile-codes.js";
export { compileCodes } from "./compile/compile-codes.js";
export type { CompileRule } from "./compile/rules/compile-rule.js";
export type { Program, StandardPin, CompiledKind } from "./compile/program.js";
export type { Data, Scalar } from "./compile/matcher.js";
export type { TicketMachineEvent } from "./compile/ticket-machine.js";
export { ticketMachine } from "./runtime/ticket-machine.js";

// Run
export type { OpenTicketInput, RecentTicket } from "./runtime/open-ticket.js";
export { openTicket } from "./runtime/open-ticket.js";
export type { TicketEvent } from "./runtime/input.js";
export { applyEvent } from "./runtime/apply-event.js";
export { advance } from "./runtime/advance.js";
export type { ClockStatus, ClockStatusName, TicketStatus } from "./runtime/status.js";
export { status } from "./runtime/status.js";
export type { ClockExplanation, CycleExplanation, ExplainOptions, TimelineEntry } from "./runtime/explain.js";
export { explain } from "./runtime/explain.js";
export type { TicketResult } from "./runtime/result.js";
export { replayTicket } from "./runtime/replay-ticket.js";
export type { BatchStep, BatchTicketResult } from "./runtime/apply-batch.js";
export { applyBatch } from "./runtime/apply-batch.js";

// State and effects
export type { CycleTuple, EventTuple, TicketState } from "./state/ticket-state.js";
export type { ClockCycle, CycleStatus, StoredEvent, WorkingTicket } from "./state/working-ticket.js";
export type { TicketStateFormat1 } from "./state/format-1.js";
export { STATE_FORMAT } from "./state/ticket-state.js";
export { migrateState } from "./state/migrate-state.js";
export type { Effect, EffectKind, EffectPeople } from "./effects/effect.js";
export { EFFECT_KINDS } from "./effects/effect.js";

// Errors
export type { RuntimeErrorCode } from "./errors/engine-error.js";
export { EngineError, isEngineError, runtimeErrorCodes } from "./errors/engine-error.js";

// Duties: plan, reconcile, iCalendar
export type { DutyOccurrence } from "./duties/occurrence.js";
export type { DutyEvent, DutySubject, PlanInput, PlanSite } from "./duties/plan-input.js";
export type { DutyPlan } from "./duties/plan-duties.js";
export { planDuties } from "./duties/plan-duties.js";
export type { DutyExcuse, DutyLog, ReconcileInput } from "./duties/reconcile-input.js";
export type { OccurrenceOutcome, OutcomeStatus, ReconcileResult } from "./duties/reconcile.js";
export { reconcile } from "./duties/reconcile.js";
export type { DutyEffect, DutyEffectKind } from "./duties/duty-effect.js";
export { DUTY_EFFECT_KINDS } from "./duties/duty-effect.js";
export type { DutyDiagnostic, DutyDiagnosticCode } from "./duties/duty-diagnostics.js";
export { dutyDiagnosticCodes } from "./duties/duty-diagnostics.js";
export { runDutyScenario, showOccurrence } from "./duties/duty-scenario.js";
export type { IcsOptions } from "./duties/ics.js";
export { dutiesToIcs } from "./duties/ics.js";

// Time
export { formatLocal, formatShort, instantFrom } from "./time/local-time.js";

// Scenarios (`yardstick test`)
export type { ScenarioResult, ScenarioCheck, ScenarioCoverage, ScenarioReport } from "./scenarios/run-scenarios.js";
export { runScenarios } from "./scenarios/run-scenarios.js";
export { scenarioWords } from "./scenarios/scenario-words.js";
export { explainWords } from "./runtime/explain-words.js";

// Audits (docs/reference/audits.md)
export type { AuditActivity, DutyResult, FactRecord, Facts, Subject } from "./audits/activity.js";
export type { KpiItem, KpiResult } from "./audits/kpi-result.js";
export { meetsTarget } from "./audits/kpi-result.js";
export type { KpiOptions, KpiTable } from "./audits/kpis.js";
export { computeKpis } from "./audits/kpis.js";
export type { Period, PeriodKind } from "./audits/period.js";
export { periodOf } from "./audits/period.js";
export type { ConditionOutcome, CompiledAuditRule, Finding } from "./audits/rules/audit-rule.js";
export type { RuleSubject } from "./audits/rules/reference-rules.js";
export { evaluateRulesReference } from "./audits/rules/reference-rules.js";
export type { CompiledRuleSet, RuleSetOptions } from "./audits/rules/compiled-rules.js";
export { compileRuleSet, countMatches, evaluateRulesCompiled } from "./audits/rules/compiled-rules.js";
export type { Score } from "./audits/scores.js";
export type { AuditOptions, AuditResult } from "./audits/run-audit.js";
export { auditRules, runAudit } from "./audits/run-audit.js";
export type { AuditReport, OutcomeCounts, ReportOptions, TrendPoint } from "./audits/report/build-report.js";
export { buildReport } from "./audits/report/build-report.js";
export type { RenderOptions, ReportFormat } from "./audits/report/render-report.js";
export { renderReport } from "./audits/report/render-report.js";
export type { ReportLang } from "./audits/report/report-text.js";

// Handbook and diagrams (`yardstick graph`, `yardstick handbook`)
export type {
  ClockAction,
  ClockMark,
  WorkflowGraph,
  WorkflowState,
  WorkflowTransition,
} from "./handbook/workflow-graph.js";
export { CLOCK_ACTIONS, workflowGraph } from "./handbook/workflow-graph.js";
export type { MermaidOptions } from "./handbook/mermaid.js";
export { workflowMermaid } from "./handbook/mermaid.js";
export type {
  Handbook,
  HandbookClock,
  HandbookDuty,
  HandbookExample,
  HandbookOptions,
  HandbookTicket,
} from "./handbook/build-handbook.js";
export { buildHandbook } from "./handbook/build-handbook.js";
export type { TimetableRow, WeeklyTimetable } from "./handbook/duty-timetable.js";
export type { DatedWeek, DatedWeekDay, DatedWeekRow } from "./handbook/dated-week.js";
export { datedWeek } from "./handbook/dated-week.js";
export type { HandbookFormat, RenderHandbookOptions } from "./handbook/render-handbook.js";
export { renderHandbook } from "./handbook/render-handbook.js";
export { workflowSvg } from "./handbook/diagram-svg.js";
export type { HandbookLang } from "./handbook/words.js";
