import preset from "@verticals/jest-config";

export default preset;
