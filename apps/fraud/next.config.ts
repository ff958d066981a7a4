import { defineAppNextConfig } from "@verticals/next-config";

export default defineAppNextConfig({
  serverExternalPackages: ["@prisma/client"],
  // Responses are small JSON or HTML on loopback/behind a proxy; gzip here cost more CPU per scoring request
  // than the scoring itself (measured), so compression is left to the reverse proxy.
  compress: false,
});
