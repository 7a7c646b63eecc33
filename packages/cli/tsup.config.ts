import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.base.js";

// `shims`: the CommonJS build gets `import.meta.url` (the playground command finds its page by it).
export default defineConfig({ ...packageBuild, shims: true });
