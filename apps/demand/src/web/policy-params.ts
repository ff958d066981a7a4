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
  return policyFrom(
    { serviceLevel: numberParam(params, "serviceLevel", defaults.serviceLevel), leadTime: numberParam(params, "leadTime", defaults.leadTimeDays), review: numberParam(params, "review", defaults.reviewDays) },
    defaults,
    horizon,
  );
}

/** A policy from the API's names (serviceLevel, leadTime, review), each falling back to the default, validated. */
export function policyFrom(values: { serviceLevel?: number; leadTime?: number; review?: number }, defaults: OrderPolicy, horizon: number): OrderPolicy {
  const policy = {
    serviceLevel: values.serviceLevel ?? defaults.serviceLevel,
    leadTimeDays: values.leadTime ?? defaults.leadTimeDays,
    reviewDays: values.review ?? defaults.reviewDays,
  };
  try {
    validatePolicy(policy, horizon);
  } catch (error) {
    throw new BadRequestError((error as Error).message.replace("leadTimeDays", "leadTime").replace("reviewDays", "review"));
  }
  return policy;
}
