/* eslint-disable @typescript-eslint/no-require-imports -- a pnpmfile is CommonJS */
// better-sqlite3 (examples/sqlite-service, docs/decisions/0080) builds its binding with node-gyp when
// no prebuilt binary can be downloaded. node-gyp then fetches Node's headers from the internet,
// unless told where local ones are: when this Node's own headers are installed beside it (Debian's
// nodejs package puts them in /usr/include/node) and match its version, point node-gyp at them.
// pnpm passes no npm_config_* variables to build scripts by itself since v11, hence this hook.
const { readFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

function localNodeDir() {
  const prefix = dirname(dirname(process.execPath));
  try {
    const header = readFileSync(join(prefix, "include", "node", "node_version.h"), "utf8");
    const part = (name) => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(header)?.[1];
    return `v${part("MAJOR")}.${part("MINOR")}.${part("PATCH")}` === process.version ? prefix : undefined;
  } catch {
    return undefined;
  }
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = process.env.npm_config_nodedir ?? localNodeDir();
      if (nodedir !== undefined) config.extraEnv = { ...config.extraEnv, npm_config_nodedir: nodedir };
      return config;
    },
  },
};
