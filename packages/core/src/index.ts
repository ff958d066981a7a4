// @verticals/core: the machine-learning runtime every app uses.
// Each section is owned by one module folder; add exports in your own section only.

// --- runtime: backend choice, seeding, training loop, progress, artifacts, attributions
export {};

// --- evaluation: metrics, calibration, thresholds, baselines
