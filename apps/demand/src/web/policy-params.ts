// Reads an order policy from query parameters (serviceLevel, leadTime, review), falling back to the defaults;
// a malformed value is an error naming the parameter (the API answers 400).
import { validatePolicy, type OrderPolicy } from "../pipeline/orders";

export class BadRequestError extends Error {}

function numberParam(params: URLSearchParams, name: string, fallback: number): number {
  const text = params.get(name);
  if (text === null || text.trim() === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new BadRequestError(`query parameter ${name}: expected a number, got ${JSON.stringify(text)}`);
  return value;
}

export function policyFromParams(params: URLSearchParams, defaults: OrderPolicy, horizon: number): OrderPolicy {
  const policy = {
    serviceLevel: numberParam(params, "serviceLevel", defaults.serviceLevel),
    leadTimeDays: numberParam(params, "leadTime", defaults.leadTimeDays),
    reviewDays: numberParam(params, "review", defaults.reviewDays),
  };
  try {
    validatePolicy(policy, horizon);
  } catch (error) {
    throw new BadRequestError((error as Error).message.replace("leadTimeDays", "leadTime").replace("reviewDays", "review"));
  }
  return policy;
}
