import { defineAppNextConfig } from "@verticals/next-config";

export default defineAppNextConfig();
