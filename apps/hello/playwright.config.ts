import { defineAppE2EConfig } from "@verticals/playwright-config";

export default defineAppE2EConfig({ port: 3199, appDir: import.meta.dirname });
