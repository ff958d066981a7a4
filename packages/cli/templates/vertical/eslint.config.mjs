import base from "@verticals/eslint-config";

export default [...base, { ignores: ["test-results/**", "playwright-report/**", "src/store/generated/**"] }];
