// The app's Prisma store: SQLite by default, PostgreSQL when DATABASE_URL says so (see @verticals/db).
import { defineAppStore } from "@verticals/db";
import type { PrismaClient } from "./generated/sqlite/client";

export type Store = PrismaClient;

export const APP_NAME = "maintenance";

// The generated clients are imported here, in the app, so Next.js bundles the right one.
export const { storeUrl, openStore, migrateStore } = defineAppStore<Store>(APP_NAME, {
  sqlite: () => import("./generated/sqlite/client"),
  postgresql: () => import("./generated/postgresql/client"),
});
