import { compileText } from "../helpers/compile.js";

/** A site standard with one duty of each shape the planner reads. */
export const dutiesYaml = `
standard: duty-site
version: "1"
title: { en: Duty site }
timezone: Asia/Shanghai
calendars:
  office: { hours: { mon-fri: [08:30-12:00, 13:30-17:30] }, holidays: cn-mainland }
roles:
  security: { title: { en: Security } }
  cleaner: { title: { en: Cleaner } }
  supervisor: { title: { en: Supervisor } }
duties:
  night-patrol:
    title: { en: Night patrol }
    role: security
    every: 2h
    between: 22:00-06:00
    tolerance: 10m
    zones: [A, B]
    checkpoints: [gate, car-park, lights]
    escalate: [{ at: breach + 30m, notify: supervisor }]
  night-patrol-rolling:
    title: { en: "Night patrol, rolling" }
    role: security
    every: 2h
    between: 22:00-06:00
    reading: rolling
  garbage:
    title: { en: Garbage }
    role: cleaner
    times: 2
    per: day
  garbage-fixed:
    title: { en: Garbage at fixed times }
    role: cleaner
    at: [09:00, 17:00]
    tolerance: 15m
  lift-disinfection:
    title: { en: Lift disinfection }
    role: cleaner
    times: 1
    per: week
    each: lifts
  office-check:
    title: { en: Office check }
    at: 09:00
    calendar: office
  hourly-round:
    title: { en: Hourly round }
    every: 6h
  fortnightly:
    title: { en: Fortnightly }
    every: 14d
  quarterly-report:
    title: { en: Quarterly report }
    times: 1
    per: quarter
    by: 17:00
  meter-reading:
    title: { en: Meter reading }
    monthly: [1, 31]
  second-saturday:
    title: { en: Second Saturday drill }
    rrule: FREQ=MONTHLY;BYDAY=2SA;BYHOUR=10;BYMINUTE=0
  standing-water:
    title: { en: Standing water }
    role: cleaner
    on: rain_stopped
    within: 1h
    zones: [A, B]
  warranty-reminder:
    title: { en: Warranty reminder }
    before: 1 month
    of: unit.warrantyEnd
  handover-check:
    title: { en: Handover check }
    after: 1 month
    of: handover
`;

export const dutySite = () => compileText(dutiesYaml, "duty-site.yaml");
