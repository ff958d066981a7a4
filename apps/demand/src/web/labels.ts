// Words the dashboard uses for levels and demand classes.
import type { DemandClass } from "../pipeline/demand-class";
import type { HierarchyLevel } from "../pipeline/hierarchy";

export const LEVEL_NAMES: Record<HierarchyLevel, string> = {
  total: "All stores",
  state: "State",
  store: "Store",
  category: "Category",
  department: "Department",
  item: "Item",
  item_store: "Item x store",
};

export const CLASS_NAMES: Record<DemandClass, string> = {
  smooth: "Smooth",
  erratic: "Erratic",
  intermittent: "Intermittent",
  lumpy: "Lumpy",
};

export const CLASS_HELP: Record<DemandClass, string> = {
  smooth: "sells most days, in steady amounts",
  erratic: "sells most days, amounts swing",
  intermittent: "many days without a sale, steady amounts when it sells",
  lumpy: "many days without a sale, and big swings when it sells",
};

export const CLASS_TONES = { smooth: "good", erratic: "warn", intermittent: "neutral", lumpy: "bad" } as const;
