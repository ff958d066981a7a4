import { type AppManifest } from "../manifest";

/** The exported repository's README: the same two commands as the suite, then the app's own README. */
export function exportReadme(app: AppManifest, appReadme: string | undefined): string {
  return `# ${app.title} — ${app.summary}

A standalone ${app.industry} vertical exported from the Verticals suite: the \`${app.name}\` app
(\`apps/${app.name}\`) with only the shared packages it uses.

## Two commands

Needs Node.js 20.19+ (with npm). Everything else, pnpm included, is installed by the commands.

\`\`\`sh
npm run demo   # install, data, training, store, dashboard: served, URL printed (Ctrl+C stops)
npm test       # every test: unit, integration, PostgreSQL and end-to-end in Chromium
\`\`\`

Without real data the first command generates a seeded synthetic twin of the dataset, in its original
public format, and the dashboard labels it **synthetic**. To use real data, point \`VERTICALS_DATA_DIR\` at a
folder laid out as in \`docs/ARCHITECTURE.md\`. To keep the store in PostgreSQL instead of the embedded SQLite
file, set \`DATABASE_URL=postgresql://...\`.

\`\`\`
apps/${app.name}/   the app: src/pipeline (model), src/store (Prisma), app/ (Next.js dashboard), tests
packages/     the shared runtime it uses (data loaders, tfjs runtime and metrics, store helpers, UI kit, CLI)
tooling/      TypeScript, ESLint, jest and Playwright presets
\`\`\`
${appReadme ? `\n---\n\n${appReadme.replace(/^# /m, "## ")}` : ""}`;
}
