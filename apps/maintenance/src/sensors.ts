// What C-MAPSS's 21 sensors measure (Saxena et al. 2008, table 2), for axis labels and trend charts.
export const SENSOR_INFO: Record<number, { symbol: string; description: string; unit: string }> = {
  1: { symbol: "T2", description: "Total temperature at fan inlet", unit: "°R" },
  2: { symbol: "T24", description: "Total temperature at LPC outlet", unit: "°R" },
  3: { symbol: "T30", description: "Total temperature at HPC outlet", unit: "°R" },
  4: { symbol: "T50", description: "Total temperature at LPT outlet", unit: "°R" },
  5: { symbol: "P2", description: "Pressure at fan inlet", unit: "psia" },
  6: { symbol: "P15", description: "Total pressure in bypass duct", unit: "psia" },
  7: { symbol: "P30", description: "Total pressure at HPC outlet", unit: "psia" },
  8: { symbol: "Nf", description: "Physical fan speed", unit: "rpm" },
  9: { symbol: "Nc", description: "Physical core speed", unit: "rpm" },
  10: { symbol: "epr", description: "Engine pressure ratio (P50/P2)", unit: "" },
  11: { symbol: "Ps30", description: "Static pressure at HPC outlet", unit: "psia" },
  12: { symbol: "phi", description: "Ratio of fuel flow to Ps30", unit: "pps/psi" },
  13: { symbol: "NRf", description: "Corrected fan speed", unit: "rpm" },
  14: { symbol: "NRc", description: "Corrected core speed", unit: "rpm" },
  15: { symbol: "BPR", description: "Bypass ratio", unit: "" },
  16: { symbol: "farB", description: "Burner fuel-air ratio", unit: "" },
  17: { symbol: "htBleed", description: "Bleed enthalpy", unit: "" },
  18: { symbol: "Nf_dmd", description: "Demanded fan speed", unit: "rpm" },
  19: { symbol: "PCNfR_dmd", description: "Demanded corrected fan speed", unit: "rpm" },
  20: { symbol: "W31", description: "HPT coolant bleed", unit: "lbm/s" },
  21: { symbol: "W32", description: "LPT coolant bleed", unit: "lbm/s" },
};

/** Sensors shown as trends on an engine's page: the clearest signs of HPC degradation in FD001. */
export const TREND_SENSORS = [4, 3, 11, 12, 7, 20] as const;
