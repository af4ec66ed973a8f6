import { runStage } from "./stages.mjs";
await runStage("compile");
