import preset from "@verticals/jest-config";

// No store: the portal reads the other apps over HTTP only, so no PostgreSQL global setup.
export default preset;
