// Loading a standard
export type { LoadedSource, LoadOptions, LoadResult, StandardResolver, StandardSource } from "./load/load-standard.js";
export { loadStandard } from "./load/load-standard.js";
export type { LoadCacheStats } from "./load/load-cache.js";
export { createLoadCache, LoadCache } from "./load/load-cache.js";
export { declaredStandard, findDuplicateStandards } from "./load/duplicate-standards.js";

// Diagnostics
export type { Diagnostic, RelatedLocation, Severity, SourcePosition, SourceRange } from "./diagnostics/diagnostic.js";
export type {
  DiagnosticCode,
  DiagnosticCodeEntry,
  DiagnosticStage,
  DiagnosticText,
  Phrased,
  PhrasedCode,
  VariantOf,
  ReferenceKind,
  SeverityOf,
} from "./diagnostics/codes.js";
export {
  defineDiagnosticCodes,
  diagnosticCodes,
  isDiagnosticCode,
  phrase,
  phraseIn,
  say,
} from "./diagnostics/codes.js";
export type { ArgsFor, Bilingual, Lang, PhraseTable, Words } from "./diagnostics/words.js";
export { definePhrases, langFromLocale, LANGS, phraseOf, phrasesIn, templateParams } from "./diagnostics/words.js";
export type { Report, ReportInput } from "./diagnostics/report.js";
export type { ModelReportInput } from "./diagnostics/diagnostic-at.js";
export { diagnosticAt } from "./diagnostics/diagnostic-at.js";
export { toPointer } from "./parse/source-map.js";
export type { FormatOptions } from "./diagnostics/format-diagnostic.js";
export { formatDiagnostic } from "./diagnostics/format-diagnostic.js";
export { didYouMean } from "./diagnostics/did-you-mean.js";
export { suggestionList } from "@yardstick/calendar";
export { DEFAULT_MAX_DIAGNOSTICS } from "./diagnostics/reporter.js";
export type { ParseLimits } from "./parse/parse-yaml.js";
export { DEFAULT_PARSE_LIMITS } from "./parse/parse-yaml.js";
export { DEFAULT_MAX_BYTES } from "./parse/read-source.js";

// The resolved model
export type {
  AuditModel,
  CalendarModel,
  ClockModel,
  EffectiveModel,
  TargetChoiceModel,
  Condition,
  DateRelativeSchedule,
  DutyModel,
  EscalationChainModel,
  EscalationLevel,
  FieldModel,
  KpiModel,
  Label,
  Matcher,
  MatchOperator,
  MatchTest,
  Origin,
  PriorityModel,
  RecurringSchedule,
  RemedyModel,
  RoleModel,
  RuleCondition,
  RuleModel,
  StandardModel,
  StateModel,
  TestExpectation,
  TestModel,
  TestStep,
  TicketKindModel,
  Timed,
  TransitionModel,
  TriggeredSchedule,
  Weekday,
} from "./model/standard-model.js";
export type { ClockStatus, DutyKind, KpiMeasure, Period } from "./model/literals.js";
export { CLOCK_STATUSES, DUTY_KINDS, KPI_MEASURES, PERIODS } from "./model/literals.js";
export { FORMAT_VERSION, StandardModelSchema } from "./model/standard-model.js";
export type { Path } from "@yardstick/calendar";
export { WEEKDAYS } from "@yardstick/calendar";
export type { ModelCheck, ModelProblem } from "./model/check-standard-model.js";
export { checkStandardModel, modelJsonSchema } from "./model/check-standard-model.js";
export type { ModelProblemCode } from "./model/model-problems.js";
export { MODEL_PROBLEM_CODES, modelProblemWords } from "./model/model-problems.js";
export type { ClockPromise } from "./model/clocks.js";
export { appliesToPriority, clockCalendarOf, clockPromises, clockWarningsOf } from "./model/clocks.js";
export { canonicalJson, contentHash } from "./resolve/content-hash.js";

// The language's input schema (one source for the JSON Schema and the input types)
export type { StandardInput } from "./schema/standard-schema.js";
export { StandardInput as StandardInputSchema } from "./schema/standard-schema.js";
export { editorSchema } from "./schema/editor-schema.js";

// Semantic rules
export type { RuleContext, SemanticRule } from "./validate/rule-context.js";
export { specifiedRules } from "./validate/run-rules.js";
export { clockCanStopRule } from "./validate/rules/clock-can-stop-rule.js";
export { clockTargetsRule } from "./validate/rules/clock-targets-rule.js";
export { followOnClocksRule } from "./validate/rules/follow-on-clocks-rule.js";
export { holidayCoverageRule } from "./validate/rules/holiday-coverage-rule.js";
export { escalationOrderRule } from "./validate/rules/escalation-order-rule.js";
export { knownReferencesRule } from "./validate/rules/known-references-rule.js";
export { priorityMatchersRule } from "./validate/rules/priority-matchers-rule.js";
export { reachableStatesRule } from "./validate/rules/reachable-states-rule.js";
export { reportsToCycleRule } from "./validate/rules/reports-to-cycle-rule.js";
export { scheduleWindowsRule } from "./validate/rules/schedule-windows-rule.js";
export { testTimesRule } from "./validate/rules/test-times-rule.js";
export { uniqueIdsRule } from "./validate/rules/unique-ids-rule.js";

// Time expressions
export type { ClockRange, Duration, EscalationTrigger, ParseResult, Percent, TimeOfDay } from "./time/index.js";
export {
  deadlineForms,
  durationForms,
  parseClockRange,
  parseDeadline,
  parseDuration,
  parseEscalationTrigger,
  parsePercent,
  parseTimeOfDay,
} from "./time/index.js";
