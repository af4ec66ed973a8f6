import { runStage } from "./stages.mjs";
await runStage("frontend");
