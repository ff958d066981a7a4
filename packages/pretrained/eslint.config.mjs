import base from "@verticals/eslint-config";

export default base;
