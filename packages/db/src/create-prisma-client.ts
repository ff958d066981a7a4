import { createAdapter, type StoreAdapter } from "./adapter";
import { databaseProvider } from "./database-url";

/** A generated client module: what `import("./generated/<provider>/client")` resolves to. */
export interface PrismaClientModule<Client> {
  PrismaClient: new (options: { adapter: StoreAdapter }) => Client;
}

/**
 * Loaders for an app's two generated clients. Only the one the URL needs is imported, so a SQLite
 * deployment never loads the PostgreSQL client and vice versa.
 */
export interface PrismaClientModules<Client> {
  sqlite: () => Promise<PrismaClientModule<Client>>;
  postgresql: () => Promise<PrismaClientModule<unknown>>;
}

/**
 * A PrismaClient for `url` with the matching driver adapter. The result is typed as the SQLite client:
 * both clients come from the same models, and SQLite's query types are the narrower set, so code typed
 * against it runs unchanged on PostgreSQL.
 */
export async function createPrismaClient<Client>(url: string, modules: PrismaClientModules<Client>): Promise<Client> {
  const adapter = createAdapter(url);
  const module = databaseProvider(url) === "sqlite" ? await modules.sqlite() : await modules.postgresql();
  return new module.PrismaClient({ adapter }) as Client;
}
