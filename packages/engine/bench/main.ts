/**
 * The engine's benchmarks (`pnpm bench`, or `pnpm bench engine`).
 *
 *   node --conditions=@yardstick/source --import tsx --expose-gc packages/engine/bench/main.ts
 */
import { runDutiesBench } from "./duties.js";

runDutiesBench();
