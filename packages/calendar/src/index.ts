export type { Deadline } from "./deadline.js";
export { deadlineKinds } from "./deadline.js";
